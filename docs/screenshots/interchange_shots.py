"""Render the sharing dialogs to PNG (docs/screenshots/): `python docs/screenshots/interchange_shots.py NEW.db`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main(db_path: str) -> None:
    """Open the app on a fresh database, show each dialog and save a picture of it."""
    from PySide6.QtWidgets import QApplication

    from desktop.interchange.export_dialog import ExportDialog
    from desktop.interchange.import_dialog import ImportDialog
    from desktop.interchange.record_store_dialog import RecordStoreDialog
    from desktop.shell.app import create_window

    win = create_window(db_path)
    win.state.set_teacher_mode(True)
    out = Path(__file__).parent
    shots = []
    imp = ImportDialog(win.state, win)
    imp.load(str(ROOT / "tests" / "fixtures" / "gift" / "moodle_docs_style.gift"))
    imp.tree.expandItem(imp.tree.topLevelItem(1))
    shots.append((imp, "import-preview.png"))
    paper = ExportDialog(win.state, "paper", win)
    shots.append((paper, "export-paper.png"))
    lrs = RecordStoreDialog(win.state, win)
    shots.append((lrs, "record-store.png"))
    win.show()
    menu = win.menus["file"]
    menu.popup(win.mapToGlobal(win.rect().topLeft()))
    for _ in range(10):
        QApplication.processEvents()
    menu.grab().save(str(out / "file-menu.png"))
    menu.close()
    for dialog, name in shots:
        dialog.show()
        for _ in range(5):
            QApplication.processEvents()
        dialog.grab().save(str(out / name))
        dialog.close()


if __name__ == "__main__":
    main(sys.argv[1])
