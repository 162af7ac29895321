"""Render page 1 of a worksheet in Chinese, Korean and Russian to PNG (docs/screenshots/worksheet-LANG.png).

    python docs/screenshots/paper_shots.py NEW.db [TRANSLATIONS_DIR]

TRANSLATIONS_DIR holds LANG/KIND.toml content translations (default: resources/content/i18n). Needs pdftoppm.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main(db_path: str, translations: str | None = None) -> None:
    """Write each language's worksheet of the Korean War module, then its first page as a picture."""
    from db import i18n
    from db.connection import open_database
    from db.interchange import export_file

    if translations:
        i18n.I18N_DIR = Path(translations)
    db = open_database(db_path)
    out = Path(__file__).parent
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ("zh_CN", "ko", "ru"):
            pdf = Path(tmp) / f"{lang}.pdf"
            export_file(db, pdf, "worksheet", module="m-korean-war", lang=lang)
            subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                            str(out / f"worksheet-{lang}")], check=True)


if __name__ == "__main__":
    main(*sys.argv[1:3])
