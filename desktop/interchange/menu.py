"""The File menu's sharing entries, and the background sender of queued xAPI statements."""

from __future__ import annotations

import contextlib
import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from db.connection import connect

SEND_EVERY_MS = 60_000
log = logging.getLogger("trilemma")



def _lrs():
    """db.interchange.lrs, imported when first needed (the first window needs none of the exports)."""
    from db.interchange import lrs

    return lrs

class InterchangeMenu(QObject):
    """Adds Import…, the exports, printing and the record store to File; sends the outbox in the background."""

    sent = Signal(object)  # the Changes of a background send, delivered to the window's thread

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.state = window.state
        menu = window.menus["file"]
        first = menu.actions()[0] if menu.actions() else None
        self.actions: dict[str, QAction] = {}
        entries = [
            ("import", "Ctrl+I", self.open_import, True),
            # Packs and question files hold every right answer: teacher mode only (worksheets do not).
            ("pack", "", lambda: self.open_export("pack"), True),
            ("questions", "", lambda: self.open_export("questions"), True),
            ("paper", "Ctrl+P", lambda: self.open_export("paper"), False),
            ("results", "", lambda: self.open_export("results"), True),
            ("lrs", "", self.open_record_store, True),
        ]
        self.teacher_only = []
        for name, shortcut, slot, teacher in entries:
            action = QAction(window)
            action.setObjectName(f"action_{name}")
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, s=slot: s())
            menu.insertAction(first, action)
            self.actions[name] = action
            if teacher:
                self.teacher_only.append(action)
        menu.insertSeparator(first)
        self.retranslate_ui()
        self.state.teacher_mode_changed.connect(self._apply)
        self._apply(self.state.teacher_mode)
        self.dialog = None
        self._sender: threading.Thread | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(SEND_EVERY_MS)
        self.timer.timeout.connect(self.send_in_background)
        self.state.changed.connect(self._on_changed)
        self.sent.connect(lambda changes: self.state.announce(changes, self))
        # Whether a record store is set is looked up once the window is up (the first send is a minute away anyway):
        # neither the look-up nor the sending code is needed to show the window.
        QTimer.singleShot(3000, self, self._restart_timer)

    def retranslate_ui(self) -> None:
        """The File menu's sharing entries in the current language (the window calls this)."""
        texts = {
            "import": self.tr("&Import…"), "pack": self.tr("Export content &pack…"),
            "questions": self.tr("Export &questions (GIFT / Moodle XML)…"),
            "paper": self.tr("&Print worksheet / answer key / timeline handout (PDF)…"),
            "results": self.tr("Export class &results (CSV / xAPI)…"), "lrs": self.tr("Record &store (xAPI)…"),
        }
        for name, text in texts.items():
            self.actions[name].setText(text)
        if hasattr(self, "_teacher"):
            self._apply(self._teacher)

    def _apply(self, teacher: bool) -> None:
        self._teacher = teacher
        for action in self.teacher_only:
            action.setEnabled(teacher)
            action.setToolTip("" if teacher else self.tr("Teacher mode only (Teacher menu)"))

    def _show(self, dialog) -> None:
        self.dialog = dialog
        dialog.setModal(True)
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()

    def open_import(self) -> None:
        """Open the import dialog and ask for a file."""
        from desktop.interchange.import_dialog import ImportDialog

        dialog = ImportDialog(self.state, self.window)
        self._show(dialog)
        dialog.choose_file()

    def open_export(self, mode: str) -> None:
        """Open the export dialog for packs, questions, paper or results."""
        from desktop.interchange.export_dialog import ExportDialog

        self._show(ExportDialog(self.state, mode, self.window))

    def open_record_store(self) -> None:
        """Open the record store settings."""
        from desktop.interchange.record_store_dialog import RecordStoreDialog

        dialog = RecordStoreDialog(self.state, self.window)
        dialog.finished.connect(lambda _r: self._restart_timer())
        self._show(dialog)

    def _restart_timer(self) -> None:
        if self.state.db_path and _lrs().is_configured(self.state.db):
            self.timer.start()
        else:
            self.timer.stop()

    def _on_changed(self, changes) -> None:
        if "attempts" in changes and _lrs().is_configured(self.state.db):
            self.state.run(_lrs().queue_new_attempts, origin=self)
            QTimer.singleShot(2000, self.send_in_background)

    def send_in_background(self) -> None:
        """Send the outbox on a worker thread with its own connection, so the window never waits on the network."""
        if not self.state.db_path or (self._sender and self._sender.is_alive()):
            return

        def work(path: str) -> None:
            db = connect(path)
            try:
                changes = _lrs().send_pending(db)
            except Exception:  # noqa: BLE001 - a background send must never take the app down
                log.exception("sending xAPI statements failed")
                return
            finally:
                db.close()
            with contextlib.suppress(RuntimeError):  # the window was closed while the statements went out
                self.sent.emit(changes)

        self._sender = threading.Thread(target=work, args=(self.state.db_path,), daemon=True)
        self._sender.start()
