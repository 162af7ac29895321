"""TranslationPanel: an item's text fields in one content language beside their English, flagged when missing
or made from English that has changed since ("may be out of date"); saving asks the editor for one undo step."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP as _T  # noqa: N814 - a short mark for strings to translate
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.content import get_item
from db.errors import NotFoundError
from db.translation_files import FIELDS, LANGUAGES, LIST_FIELDS, check_against, check_value
from db.translations import coverage, item_translations
from desktop.appearance import i18n
from desktop.appearance.retranslate import Retranslatable
from desktop.editor.kinds import tr
from desktop.state import AppState

FIELD_LABELS = {"name": _T("Name"), "former_name": _T("Former name"), "summary": _T("Summary"), "title": _T("Title"),
                "text": _T("What the article says"), "note": _T("Note"), "label": _T("Label"), "prompt": _T("Question"),
                "explanation": _T("Explanation"), "options": _T("Options"), "answers": _T("Accepted answers"),
                "feedback": _T("Feedback"), "pairs": _T("Pairs"), "chapter": _T("Chapter")}
LONG_FIELDS = ("summary", "text", "note", "prompt", "explanation")


def as_text(field: str, value) -> str:
    """A translated value as the editor shows it: lists one entry per line, pairs as 'left = right'."""
    if value is None:
        return ""
    if field == "pairs":
        return "\n".join(f"{left} = {right}" for left, right in value)
    if field in LIST_FIELDS:
        return "\n".join(value)
    return value


def from_text(field: str, text: str):
    """What the teacher typed as a value to save (None when empty); a pair line without ' = ' stays whole."""
    if field not in LIST_FIELDS:
        return text.strip() or None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if field == "pairs":
        return [[part.strip() for part in line.split("=", 1)] if "=" in line else [line] for line in lines] or None
    return lines or None


class TranslationPanel(Retranslatable, QWidget):
    """The current item's translation into one language; `save_requested(kind, id, lang, values)` on Save."""

    save_requested = Signal(str, list)  # language, [(kind, id, {field: value})]: one undo step
    reloaded = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setObjectName("translationPanel")
        self.kind, self.slug = "", ""
        self.fields: dict[str, dict] = {}
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.rows: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        # Each row's key: the field, or "<stop id>/<field>" for a story's stop; owner: (kind, id, field).
        self.owner: dict[str, tuple[str, str, str]] = {}
        self.lang_combo = QComboBox()
        self.lang_combo.setObjectName("translationLanguage")
        for code in LANGUAGES:
            self.lang_combo.addItem(i18n.LANGUAGES.get(code, code), code)
        if i18n.current_language() in LANGUAGES:
            self.lang_combo.setCurrentIndex(self.lang_combo.findData(i18n.current_language()))
        self.lang_label = QLabel()
        self.lang_label.setBuddy(self.lang_combo)
        self.coverage = QLabel()
        self.coverage.setObjectName("translationCoverage")
        self.coverage.setWordWrap(True)
        self.coverage.setTextFormat(Qt.PlainText)
        self.grid = QGridLayout()
        self.problem = QLabel()
        self.problem.setObjectName("translationProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.PlainText)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveTranslation")
        self.save_button.clicked.connect(self.save)
        top = QHBoxLayout()
        top.addWidget(self.lang_label)
        top.addWidget(self.lang_combo)
        top.addStretch(1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.coverage)
        layout.addLayout(self.grid)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.lang_combo.currentIndexChanged.connect(lambda _i: (self._show_coverage(), self.reload()))
        self._counts: dict[str, dict] = {}   # coverage per language, counted again only when content changes
        self.refresh_coverage()

    @property
    def lang(self) -> str:
        """The content language shown."""
        return self.lang_combo.currentData()

    def retranslate_ui(self) -> None:
        """Titles and labels in the current language (the texts are content)."""
        self.lang_label.setText(tr("&Language:"))
        self.lang_combo.setAccessibleName(tr("Language of the translation"))
        self.save_button.setText(tr("Save translation"))
        self._show_coverage()
        self._row_texts()  # the typed translations stay

    def _row_texts(self) -> None:
        for key, (name, english, flag) in self.rows.items():
            info, field = self.fields[key], self.owner[key][2]
            name.setText(tr(FIELD_LABELS.get(field, field)))
            english.setText(tr("English: %s") % as_text(field, info["english"]))
            flag.setText(tr("⚠ May be out of date: the English changed since it was translated.") if info["outdated"]
                         else tr("Not translated yet.") if info["text"] is None else "")
            self.editors[key].setAccessibleName(tr("%s, translated") % tr(FIELD_LABELS.get(field, field)))
        if self.fields:
            self._check()
        elif not self.slug:
            self.problem.setText(tr("Save the item first to translate it."))

    def set_item(self, kind: str, slug: str | None) -> None:
        """Show the translation of an item (none for a new, unsaved item)."""
        self.kind, self.slug = kind, slug or ""
        self.reload()

    def reload(self) -> None:
        """Read the translation again (after a save, an undo, another language)."""
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.editors.clear()
        self.rows.clear()
        self.owner.clear()
        self.fields = {}
        headings: dict[str, str] = {}  # key of a stop's first row -> the stop's English title
        if self.kind in FIELDS and self.slug:
            try:
                for field, info in item_translations(self.state.db, self.kind, self.slug, self.lang).items():
                    self.fields[field], self.owner[field] = info, (self.kind, self.slug, field)
                if self.kind == "story":
                    for stop in get_item(self.state.db, "story", self.slug).get("stops", []):
                        stop_slug = f"{self.slug}/{stop['id']}"
                        infos = item_translations(self.state.db, "story_stop", stop_slug, self.lang)
                        for i, (field, info) in enumerate(infos.items()):
                            key = f"{stop['id']}/{field}"
                            self.fields[key], self.owner[key] = info, ("story_stop", stop_slug, field)
                            if i == 0:
                                headings[key] = stop.get("title") or stop["id"]
            except NotFoundError:
                self.fields, self.owner = {}, {}  # deleted meanwhile (an undo of its creation)
        self.setVisible(self.kind in FIELDS)
        if not self.fields:
            self.problem.setText("")
            self.save_button.setEnabled(False)
            self._row_texts()
            self.reloaded.emit()
            return
        row = 0
        for key, info in self.fields.items():
            field = self.owner[key][2]
            if key in headings:  # a story's stop begins: its English title as a heading
                heading = QLabel(headings[key])
                heading.setTextFormat(Qt.PlainText)
                heading.setObjectName("stopHeading")
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self.grid.addWidget(heading, row, 0, 1, 2)
                row += 1
            name, english = QLabel(), QLabel()
            english.setTextFormat(Qt.PlainText)  # content is shown as text, never as markup
            english.setWordWrap(True)
            english.setObjectName(f"english_{key}")
            english.setTextInteractionFlags(Qt.TextSelectableByMouse)
            editor = QPlainTextEdit() if field in LONG_FIELDS or field in LIST_FIELDS else QLineEdit()
            editor.setObjectName(f"translation_{key}")
            if isinstance(editor, QPlainTextEdit):
                editor.setPlainText(as_text(field, info["text"]))
                editor.setTabChangesFocus(True)
                editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 4 + 12)
                editor.textChanged.connect(self._check)
            else:
                editor.setText(as_text(field, info["text"]))
                editor.textChanged.connect(self._check)
            flag = QLabel()
            flag.setObjectName(f"flag_{key}")
            name.setBuddy(editor)
            self.editors[key] = editor
            self.rows[key] = (name, english, flag)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(english, row, 1)
            self.grid.addWidget(editor, row + 1, 1)
            self.grid.addWidget(flag, row + 2, 1)
            row += 3
        self._row_texts()
        self.reloaded.emit()

    def refresh_coverage(self) -> None:
        """Count the coverage again (it reads every item: after a change, not on every item shown)."""
        self._counts = coverage(self.state.db)
        self.retranslate_ui()

    def _show_coverage(self) -> None:
        try:
            counts = self._counts[self.lang]
        except LookupError:
            self.coverage.setText("")
            return
        # Two counts, one sentence each: a message has one %n, so each count gets its own plural forms.
        missing = tr("%1 of the content translated; %n text(s) missing.", "", counts["missing"]) \
            .replace("%1", f"{counts['percent']:g} %")
        outdated = tr("%n text(s) may be out of date.", "", counts["outdated"])
        self.coverage.setText(missing + " " + outdated)

    def flagged(self) -> bool:
        """True when a field of the item shown is not translated or may be out of date."""
        return any(info["text"] is None or info["outdated"] for info in self.fields.values())

    def values(self) -> dict:
        """row key -> the value typed (None when empty), for every field shown."""
        return {key: from_text(self.owner[key][2], e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text())
                for key, e in self.editors.items()}

    def changed(self) -> dict:
        """The rows whose typed value differs from the saved translation."""
        return {key: value for key, value in self.values().items() if value != self.fields[key]["text"]}

    def problems(self) -> list[str]:
        """What keeps the typed translation from being saved, one line per field."""
        out = []
        for key, value in self.values().items():
            if value is None:
                continue
            field = self.owner[key][2]
            label = tr(FIELD_LABELS.get(field, field))
            english = self.fields[key]["english"]
            if check_value(field, value):
                out.append(tr("%s: write each pair as 'left = right'.") % label if field == "pairs"
                           else tr("%s: give every entry some text.") % label)
            elif check_against(field, value, english):
                out.append(tr("%1: %n entry(ies), but the English has %2; give them in the same order.", "", len(value))
                           .replace("%1", label).replace("%2", str(len(english))))
        return out

    def _check(self) -> None:
        problems = self.problems()
        self.problem.setText("⚠ " + "\n".join(problems) if problems else "")
        self.save_button.setEnabled(bool(self.changed()) and not problems)

    def save(self) -> None:
        """Ask for the changed fields to be saved (stamped with today's English) as one undoable step."""
        if self.problems() or not self.changed():
            return
        groups: dict[tuple[str, str], dict] = {}
        for key, value in self.changed().items():
            kind, slug, field = self.owner[key]
            groups.setdefault((kind, slug), {})[field] = value
        self.save_requested.emit(self.lang, [(kind, slug, values) for (kind, slug), values in groups.items()])
