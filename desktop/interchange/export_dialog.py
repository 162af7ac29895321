"""ExportDialog: choose what to write (pack, GIFT/Moodle XML, PDF, class results) and where; errors in a box."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db.content import list_items
from db.errors import TrilemmaError
from db.i18n_items import localized
from db.interchange import export_file
from desktop.appearance import i18n
from desktop.appearance.announce import announce
from desktop.file_dialogs import save_file_name
from desktop.state import AppState
from desktop.widgets import plain_text


def _t(text: str) -> str:
    return QT_TRANSLATE_NOOP("ExportDialog", text)


# mode -> [(format, label, file filter, default suffix, teacher only)]
FORMATS = {
    # Packs and question files carry every right answer, so they need teacher mode like the answer key.
    "pack": [("pack", _t("Content pack (all content, or one module and what it needs)"), _t("Content packs (*.zip)"),
              ".zip", True)],
    "questions": [("gift", _t("GIFT text (Moodle and many other tools)"), _t("GIFT files (*.gift *.txt)"), ".gift", True),
                  ("moodle", _t("Moodle XML"), _t("Moodle XML (*.xml)"), ".xml", True)],
    "paper": [("worksheet", _t("Worksheet for students"), _t("PDF (*.pdf)"), ".pdf", False),
              ("answer-key", _t("Answer key (teachers only)"), _t("PDF (*.pdf)"), ".pdf", True),
              ("handout", _t("Timeline handout of a period"), _t("PDF (*.pdf)"), ".pdf", False)],
    "results": [("csv", _t("Spreadsheet (CSV), one row per answer"), _t("CSV (*.csv)"), ".csv", True),
                ("xapi", _t("xAPI statements (JSON), pseudonymous"), _t("JSON (*.json)"), ".json", True)],
}
# The formats that can be written in a language (content packs and results stay as stored).
LANGUAGE_FORMATS = ("gift", "moodle", "worksheet", "answer-key", "handout")


class ExportDialog(QDialog):
    """One export: the format, the module or period, then a file name; the result is summarised."""

    def __init__(self, state: AppState, mode: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.state, self.mode = state, mode
        self.setObjectName(f"exportDialog_{mode}")
        titles = {"pack": self.tr("Export content pack"), "questions": self.tr("Export questions"),
                  "paper": self.tr("Print worksheet, answer key or timeline handout"),
                  "results": self.tr("Export class results")}
        self.setWindowTitle(titles[mode])
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        for i, (fmt, label, _, _, teacher) in enumerate(FORMATS[mode]):
            button = QRadioButton(self.tr(label))
            button.setObjectName(f"format_{fmt}")
            button.setAccessibleName(self.tr(label))
            button.setEnabled(not teacher or state.teacher_mode)
            if teacher and not state.teacher_mode:
                button.setToolTip(self.tr("Enter teacher mode (Teacher menu) to use this."))
            self.group.addButton(button, i)
            layout.addWidget(button)
        self.group.buttons()[0].setChecked(True)
        form = QFormLayout()
        self.module = QComboBox()
        self.module.setAccessibleName(self.tr("Module"))
        if mode != "paper":
            self.module.addItem(self.tr("All modules"), None)
        for m in list_items(state.db, "module"):  # titles in the interface's language, like the quiz's list
            self.module.addItem(localized("module", m, i18n.current_language(), state.db)["title"], m["id"])
        form.addRow(self.tr("&Module:"), self.module)
        self.start, self.end = QSpinBox(), QSpinBox()
        for box, name, value in ((self.start, self.tr("From year"), 2017), (self.end, self.tr("To year"), 2024)):
            box.setRange(1900, 2100)
            box.setValue(value)
            box.setAccessibleName(name)
        form.addRow(self.tr("&From year:"), self.start)
        form.addRow(self.tr("&To year:"), self.end)
        # Questions and paper in a language: each language in its own name, the interface's first.
        self.language = QComboBox()
        self.language.setObjectName("exportLanguage")
        self.language.setAccessibleName(self.tr("Language of the questions and the printed words"))
        for code, native in i18n.LANGUAGES.items():
            self.language.addItem(native, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        form.addRow(self.tr("&Language:"), self.language)
        self.title, self.author = QLineEdit(), QLineEdit()
        self.title.setAccessibleName(self.tr("Pack title"))
        self.author.setAccessibleName(self.tr("Author"))
        form.addRow(self.tr("T&itle:"), self.title)
        form.addRow(self.tr("&Author:"), self.author)
        layout.addLayout(form)
        self.form = form
        self.result_label = QLabel("")
        self.result_label.setObjectName("exportResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        layout.addWidget(self.result_label)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.save_button = buttons.addButton(self.tr("&Save as…"), QDialogButtonBox.AcceptRole)
        self.save_button.setObjectName("saveButton")
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.group.idToggled.connect(lambda *_: self._update())
        self._update()

    def fmt(self) -> str:
        """The chosen format name (pack, gift, moodle, worksheet, answer-key, handout, csv, xapi)."""
        return FORMATS[self.mode][self.group.checkedId()][0]

    def _teacher_only(self) -> bool:
        """True if the chosen format carries answers and teacher mode is off."""
        return FORMATS[self.mode][self.group.checkedId()][4] and not self.state.teacher_mode

    def _update(self) -> None:
        locked = self._teacher_only()
        self.save_button.setEnabled(not locked)
        self.result_label.setText(self.tr("This export contains every right answer: enter teacher mode (Teacher "
                                          "menu) to save it.") if locked else "")
        fmt = self.fmt()
        show = {self.module: fmt != "handout", self.start: fmt == "handout", self.end: fmt == "handout",
                self.title: fmt == "pack", self.author: fmt == "pack", self.language: fmt in LANGUAGE_FORMATS}
        for widget, visible in show.items():
            widget.setVisible(visible)
            self.form.labelForField(widget).setVisible(visible)

    def choose_file(self) -> None:
        """Ask where to save, then export."""
        _, _, filt, suffix, _ = FORMATS[self.mode][self.group.checkedId()]
        path = save_file_name(self, self.windowTitle(), f"trilemma-{self.fmt()}{suffix}", self.tr(filt))
        if path:
            if not path.lower().endswith(suffix) and "." not in path.rsplit("/", 1)[-1]:
                path += suffix
            if self.export_to(path) is not None:
                # Back from the file chooser, the focus goes to what changed: the line saying what was saved.
                self.result_label.setFocus()
                announce(self.result_label, self.result_label.text())

    def export_to(self, path: str) -> dict | None:
        """Write the chosen export to `path`; show what was written, or the problem in a message box."""
        if self._teacher_only():  # the button is disabled too; this guards every other way in
            plain_text.warning(self, self.tr("Export failed"), self.tr("Nothing was written.\n\n%s") % self.tr(
                "This export contains every right answer: enter teacher mode (Teacher menu) to save it."))
            return None
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            summary = export_file(self.state.db, path, self.fmt(), module=self.module.currentData(),
                                  start=self.start.value(), end=self.end.value(),
                                  title=self.title.text().strip(), author=self.author.text().strip(),
                                  lang=self.language.currentData() if self.fmt() in LANGUAGE_FORMATS else None)
        except (TrilemmaError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            plain_text.warning(self, self.tr("Export failed"), self.tr("Nothing was written.\n\n%s")
                               % plain_text.sentence(exc))
            return None
        QApplication.restoreOverrideCursor()
        parts = [self.count_text(k, v) for k, v in summary.items() if isinstance(v, int) and not isinstance(v, bool)]
        parts += [self.count_text(k, n) for k, n in (summary.get("counts") or {}).items() if n]
        text = self.tr("Saved %s: %s.") % (path, ", ".join(parts)) if parts else self.tr("Saved %s.") % path
        if summary.get("skipped"):
            text += " " + self.tr("Skipped (no equivalent in this format): %s.") % ", ".join(summary["skipped"])
        self.result_label.setText(text)
        return summary

    def count_text(self, key: str, n: int) -> str:
        """A count of an export's summary as words: "12 questions", "1 page" (the keys are the data layer's)."""
        texts = {
            "attempts": self.tr("%n attempt(s)", "", n), "statements": self.tr("%n statement(s)", "", n),
            "questions": self.tr("%n question(s)", "", n), "pages": self.tr("%n page(s)", "", n),
            "events": self.tr("%n event(s)", "", n), "eras": self.tr("%n era(s)", "", n),
            "stops": self.tr("%n stop(s)", "", n), "actor": self.tr("%n actor(s)", "", n),
            "theme": self.tr("%n theme(s)", "", n), "source": self.tr("%n source(s)", "", n),
            "event": self.tr("%n event(s)", "", n), "era": self.tr("%n era(s)", "", n),
            "relation": self.tr("%n relation(s)", "", n), "claim": self.tr("%n claim(s)", "", n),
            "question": self.tr("%n question(s)", "", n), "module": self.tr("%n module(s)", "", n),
            "story": self.tr("%n story(ies)", "", n),
        }
        return texts.get(key) or f"{n} {key.replace('_', ' ')}"
