"""ImportDialog: read a pack, GIFT or Moodle XML file, show what would change, then apply it in one go.

For GIFT and Moodle XML every question is listed as will import or skipped (file, line, reason); the
good ones are imported together in one transaction."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.errors import TrilemmaError
from db.interchange import detect_format, import_file, preview_file
from db.interchange.common import ImportPreview
from desktop.appearance.announce import announce
from desktop.file_dialogs import open_file_name
from desktop.state import AppState
from desktop.widgets import plain_text
from desktop.widgets.plain_text import plain_label


class ImportDialog(QDialog):
    """The preview of an import (per kind: added, updated, unchanged, with the ids) and an Import button."""

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

    def choose_file(self) -> None:
        """Ask for a file, then preview it."""
        path = open_file_name(self, self.windowTitle(),
                              self.tr("Trilemma packs, GIFT, Moodle XML (*.zip *.trilemma *.gift "
                                      "*.txt *.xml);;All files (*)"))  # any name: read by content
        if path and self.load(path):
            # Back from the file chooser, the focus goes to what changed: Import when it would change something,
            # else the preview; the heading of the preview is announced.
            (self.import_button if self.import_button.isEnabled() else self.tree).setFocus()
            announce(self.heading, self.heading.text())

    def load(self, path: str, fmt: str | None = None) -> bool:
        """Preview a file; on a problem, say what and where in a message box (nothing is changed)."""
        self.preview, self.path, self.fmt = None, "", ""
        self.import_button.setEnabled(False)
        self.tree.clear()
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            fmt = fmt or detect_format(path)  # from the content: a pack saved as class.pack still imports
            preview = preview_file(self.state.db, path, fmt, skip_invalid=True)
        except (TrilemmaError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            self._refuse(str(exc))
            return False
        QApplication.restoreOverrideCursor()
        self.preview, self.path, self.fmt = preview, path, fmt
        self._show(preview)
        self.import_button.setEnabled(preview.changes_anything())
        return True

    def _show(self, preview: ImportPreview) -> None:
        self.heading.setText(self.tr("%s — this is what importing it would change:") % Path(self.path).name)
        for kind, counts in preview.counts().items():
            row = QTreeWidgetItem([kind, str(counts["added"]), str(counts["updated"]), str(counts["unchanged"])])
            for label, ids in ((self.tr("added"), preview.added.get(kind, [])),
                               (self.tr("updated"), preview.updated.get(kind, []))):
                for slug in ids:
                    QTreeWidgetItem(row, [f"{label}: {slug}"])
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
        for r in preview.rows:
            if r["status"] == "skip":
                text = self.tr("skipped: %s: %s") % (r["where"], r["reason"])
            else:
                text = self.tr("will import: %s (%s)") % (r["id"], r["where"])
            QTreeWidgetItem(top, [text]).setToolTip(0, text)
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
        """Import the previewed file in one transaction, through the app's write path."""
        if self.preview is None:
            return
        try:
            changes = self.state.run(import_file, origin=self, path=self.path, fmt=self.fmt, skip_invalid=True)
        except (TrilemmaError, OSError) as exc:
            self._refuse(str(exc))
            return
        count = changes.count()
        done = (self.tr("One item was added or updated. Students' progress was kept.") if count == 1 else
                self.tr("%n items were added or updated. Students' progress was kept.", "", count))
        plain_text.information(self, self.tr("Import done"), done)
        self.accept()
