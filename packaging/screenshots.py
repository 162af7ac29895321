"""Render the README's screenshots for each language and theme (offscreen), into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py [OUT_DIR]

Each shot is a fresh main window on a fresh database, with an event selected so every pane has content.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVENT = "putin-visit-pyongyang-2024"
SHOTS = {  # file name: (language, theme, text size, view)
    "main-zh_CN.png": ("zh_CN", "light", 100, None),
    "main-ko.png": ("ko", "light", 100, None),
    "main-ru.png": ("ru", "light", 100, None),
    "main-dark.png": ("en", "dark", 100, None),
    "main-high-contrast.png": ("en", "high-contrast", 100, None),
    "main-large-text.png": ("en", "light", 150, None),
    "main-text-200.png": ("en", "light", 200, None),
    "quiz-ru-dark.png": ("ru", "dark", 100, "quiz"),
}

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
from desktop.shell.app import create_window
from desktop.shell.startup import apply_appearance
app = QApplication(sys.argv[:1])
lang, theme, size, view, db, out, event = sys.argv[1:8]
apply_appearance(lang, theme, int(size))
win = create_window(db)
win.state.select_event(event)
if view != "-":
    win.show_view(view)
win.resize(1440, 900)
win.show()
for _ in range(10):
    app.processEvents()
sys.exit(0 if win.grab().save(out) else 1)
"""


def main(out_dir: str | None = None) -> int:
    """Write every screenshot; returns the number that failed."""
    out = Path(out_dir) if out_dir else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRILEMMA_CONFIG_DIR=tempfile.mkdtemp())
    failed = 0
    for name, (lang, theme, size, view) in SHOTS.items():
        with tempfile.TemporaryDirectory() as tmp:
            result = subprocess.run([sys.executable, "-c", SCRIPT, lang, theme, str(size), view or "-",
                                     str(Path(tmp) / "shot.db"), str(out / name), EVENT],
                                    cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        print(name, "ok" if result.returncode == 0 else f"FAILED\n{result.stderr}")
        failed += result.returncode != 0
    return failed


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
