"""Render the start-up recovery dialogs and a storage message offscreen (run by hand from the repo root)."""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from db.backup import backup_before, list_backups  # noqa: E402
from db.connection import open_database  # noqa: E402
from db.errors import storage_error  # noqa: E402
from desktop.shell.recovery import Problem, RecoveryDialog  # noqa: E402

OUT = Path(__file__).resolve().parent


def grab(widget, name: str) -> None:
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    widget.grab().save(str(OUT / name))


def main() -> None:
    app = QApplication.instance() or QApplication([])  # noqa: F841 - keeps the application alive
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "trilemma.db"
        db = open_database(path)
        db.execute("INSERT INTO themes (slug, name) VALUES ('a', 'A')")
        db.conn.commit()
        backup_before(db, "before-import")
        db.close()
        shown = Path.home() / ".local/share/Trilemma/trilemma.db"
        grab(RecoveryDialog(Problem("damaged", f"{shown} failed its integrity check: database disk image is "
                                    "malformed", shown, list_backups(path)[0])), "recovery-damaged.png")
        grab(RecoveryDialog(Problem("too_new", "newer", shown)), "recovery-newer.png")
        full = storage_error(type("Full", (Exception,), {"sqlite_errorcode": 13})("database or disk is full"),
                             "your answer could not be saved")
        box = QMessageBox(QMessageBox.Icon.Warning, "Trilemma", str(full))
        grab(box, "storage-disk-full.png")


if __name__ == "__main__":
    main()
