"""ImportDialog: read a pack, GIFT or Moodle XML file, show what would change, then apply it in one go.

For GIFT and Moodle XML every question is listed as will import or skipped (file, line, reason); the
good ones are imported together in one transaction. Reading, checking and saving run on a worker thread
(DbWorker) with a progress bar and a Stop button: a big pack never freezes the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.interchange import detect_format, import_file, preview_file
from db.interchange.common import ImportPreview
from desktop.appearance.announce import announce
from desktop.file_dialogs import open_file_name
from desktop.state import AppState
from desktop.widgets import plain_text
from desktop.widgets.db_worker import DbWorker
from desktop.widgets.plain_text import plain_label

LISTED = 200  # ids listed per kind and change; the counts always cover everything


class ImportDialog(QDialog):
    """The preview of an import (per kind: added, updated, unchanged, with the ids) and an Import button."""

    previewed = Signal(bool)  # a preview finished: True when it can be shown, False when refused or stopped
    imported = Signal(bool)   # an import finished: True when saved, False when refused or stopped

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.path: str = ""
        self.fmt: str = ""
        self.preview: ImportPreview | None = None
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import content or questions"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        self.heading = plain_label(self.tr("Choose a content pack (.zip), a GIFT file (.gift, .txt) or a Moodle XML "
                                      "file (.xml). You will see what changes before anything is written."))
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.tree = QTreeWidget()
        self.tree.setObjectName("importPreview")
        self.tree.setAccessibleName(self.tr("What the import would change"))
        self.tree.setHeaderLabels([self.tr("Kind"), self.tr("Added"), self.tr("Updated"), self.tr("Unchanged")])
        self.tree.setColumnWidth(0, 340)
        layout.addWidget(self.tree, 1)
        self.notes = plain_label()  # pack titles, authors and question types come from the file
        self.notes.setObjectName("importNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.PlainText)  # notes quote the file's own text: never rendered
        self.heading.setTextFormat(Qt.PlainText)
        layout.addWidget(self.notes)
        self.worker: DbWorker | None = None
        busy_row = QHBoxLayout()
        self.status = plain_label()
        self.status.setObjectName("importStatus")
        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.setObjectName("importStop")
        self.stop_button.setToolTip(self.tr("Stop reading or importing: nothing is changed"))
        self.stop_button.clicked.connect(self.stop)
        busy_row.addWidget(self.status, 1)
        busy_row.addWidget(self.bar, 2)
        busy_row.addWidget(self.stop_button)
        layout.addLayout(busy_row)
        buttons = QDialogButtonBox()
        self.choose_button = buttons.addButton(self.tr("&Choose file…"), QDialogButtonBox.ActionRole)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        buttons.addButton(QDialogButtonBox.Cancel)
        self.choose_button.clicked.connect(self.choose_file)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._done = None       # what to do with the running job's result
        self._finished = None   # the signal that says the running job ended without a result
        self._show_busy(False)

    def choose_file(self) -> None:
        """Ask for a file, then preview it."""
        path = open_file_name(self, self.windowTitle(),
                              self.tr("Trilemma packs, GIFT, Moodle XML (*.zip *.trilemma *.gift "
                                      "*.txt *.xml);;All files (*)"))  # any name: read by content
        if path:
            self.load(path)

    def load(self, path: str, fmt: str | None = None) -> bool:
        """Start previewing a file on the worker; False (with a message) when it cannot even start.

        `previewed` tells when the preview is shown (True) or was refused or stopped (False); nothing is
        ever written by a preview."""
        self.preview, self.path, self.fmt = None, "", ""
        self.import_button.setEnabled(False)
        self.tree.clear()
        self.notes.setText("")
        try:
            fmt = fmt or detect_format(path)  # from the content: a pack saved as class.pack still imports
        except OSError as exc:
            self._refuse(plain_text.sentence(exc))
            self.previewed.emit(False)
            return False
        self.heading.setText(self.tr("Reading %s…") % Path(path).name)

        def done(preview: ImportPreview) -> None:
            self.preview, self.path, self.fmt = preview, path, fmt
            self._show(preview)
            self.import_button.setEnabled(preview.changes_anything())
            # Once the preview is there (it is read beside the window), the focus goes to what changed: Import
            # when it would change something, else the preview; the heading of the preview is announced.
            (self.import_button if self.import_button.isEnabled() else self.tree).setFocus()
            announce(self.heading, self.heading.text())
            self.previewed.emit(True)

        self._run(lambda db: preview_file(db, path, fmt, skip_invalid=True), done, self.previewed)
        return True

    def _run(self, job, done, finished) -> None:
        """Run `job` on the worker; `done(result)` on success, else a message; `finished(False)` unless done."""
        worker = DbWorker(self.state, job, self)
        self.worker, self._done, self._finished = worker, done, finished
        # Bound methods of this dialog: the worker's signals are queued to the window's thread.
        worker.progressed.connect(self._progress)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.stopped.connect(self._was_stopped)
        worker.finished.connect(worker.deleteLater)
        self._show_busy(True)
        worker.begin()

    def _succeeded(self, result) -> None:
        done = self._done
        self._show_busy(False)
        done(result)

    def _failed(self, message: str) -> None:
        finished = self._finished
        self._show_busy(False)
        self._refuse(message)
        finished.emit(False)

    def _was_stopped(self) -> None:
        finished = self._finished
        self._show_busy(False)
        self.heading.setText(self.tr("Stopped. Nothing was changed."))
        self.tree.clear()
        self.preview = None
        finished.emit(False)

    def busy(self) -> bool:
        """True while a file is being read or imported."""
        return self.worker is not None

    def _show_busy(self, busy: bool) -> None:
        for widget in (self.status, self.bar, self.stop_button):
            widget.setVisible(busy)
        self.stop_button.setEnabled(busy)
        self.choose_button.setEnabled(not busy)
        if busy:
            self.import_button.setEnabled(False)
            self.bar.setRange(0, 0)  # busy until the first report gives a total
            self.status.setText(self.tr("Reading the file…"))
            self.stop_button.setFocus()
        else:
            self.worker = None

    def _progress(self, stage: str, done: int, total: int) -> None:
        words = {"opening": self.tr("Opening the pack…"),
                 "reading": self.tr("Reading the file: %1 of %2"),
                 "checking": self.tr("Checking: %1 of %2"),
                 "saving": self.tr("Comparing with this class: %1 of %2") if self.preview is None
                 else self.tr("Saving: %1 of %2")}
        locale = QLocale()  # the interface language's digit grouping: 50 000, 50,000
        text = words.get(stage, self.tr("Working: %1 of %2"))
        self.status.setText(text.replace("%1", locale.toString(done)).replace("%2", locale.toString(total)))
        scale = max(total // 100_000, 1)  # a progress bar counts in int: characters of a big file are scaled
        self.bar.setRange(0, max(total // scale, 1))
        self.bar.setValue(done // scale)

    def stop(self) -> None:
        """Stop the preview or import that is running; nothing is changed."""
        if self.worker is not None:
            self.stop_button.setEnabled(False)
            self.status.setText(self.tr("Stopping…"))
            self.worker.stop()

    def done(self, result: int) -> None:
        """Closing (Cancel, Esc, the window's close) stops a running preview or import first: nothing is kept."""
        worker = self.worker
        if worker is not None:
            worker.stop_and_wait()
        super().done(result)

    def _show(self, preview: ImportPreview) -> None:
        self.heading.setText(self.tr("%s — this is what importing it would change:") % Path(self.path).name)
        for kind, counts in preview.counts().items():
            row = QTreeWidgetItem([kind, str(counts["added"]), str(counts["updated"]), str(counts["unchanged"])])
            for label, ids in ((self.tr("added"), preview.added.get(kind, [])),
                               (self.tr("updated"), preview.updated.get(kind, []))):
                for slug in ids[:LISTED]:
                    QTreeWidgetItem(row, [f"{label}: {slug}"])
                if len(ids) > LISTED:  # 50,000 lines help no one and take the window's time to build
                    QTreeWidgetItem(row, [self.tr("%s: … and %n more", "", len(ids) - LISTED) % label])
            self.tree.addTopLevelItem(row)
        if preview.rows:
            self._show_rows(preview)
        lines = list(preview.notes)
        if not preview.changes_anything():
            lines.insert(0, self.tr("Everything in this file is already here: nothing would change."))
        self.notes.setText("\n".join(lines))

    def _show_rows(self, preview: ImportPreview) -> None:
        """One line per question and category of the file: will import, or skipped with place and reason."""
        skipped = preview.skipped()
        top = QTreeWidgetItem([self.tr("Questions in the file: %d will import, %d skipped")
                               % (len(preview.rows) - len(skipped), len(skipped))])
        listed = unlisted = 0
        for r in preview.rows:
            if r["status"] == "skip":  # every skipped question is listed with its reason
                text = self.tr("skipped: %s: %s") % (r["where"], r["reason"])
            elif listed < LISTED:
                listed += 1
                text = self.tr("will import: %s (%s)") % (r["id"], r["where"])
            else:
                unlisted += 1
                continue
            QTreeWidgetItem(top, [text]).setToolTip(0, text)
        if unlisted:
            QTreeWidgetItem(top, [self.tr("… and %n more will import", "", unlisted)])
        self.tree.addTopLevelItem(top)
        # Spanning only takes effect once the items are in the tree: the reasons get the whole width.
        top.setFirstColumnSpanned(True)
        for i in range(top.childCount()):
            top.child(i).setFirstColumnSpanned(True)
        top.setExpanded(bool(skipped))

    def _refuse(self, message: str) -> None:
        self.heading.setText(self.tr("This file cannot be imported. Nothing was changed."))
        plain_text.warning(self, self.tr("Import refused"), self.tr("Nothing was changed.\n\n%s") % message)

    def apply(self) -> None:
        """Import the previewed file in one transaction on the worker, then tell every view what changed."""
        if self.preview is None or self.worker is not None:
            return
        path, fmt = self.path, self.fmt

        def done(changes) -> None:
            self.state.announce(changes, self)
            count = changes.count()
            text = (self.tr("One item was added or updated. Students' progress was kept.") if count == 1 else
                    self.tr("%n items were added or updated. Students' progress was kept.", "", count))
            self.imported.emit(True)
            plain_text.information(self, self.tr("Import done"), text)
            self.accept()

        self._run(lambda db: import_file(db, path=path, fmt=fmt, skip_invalid=True), done, self.imported)
