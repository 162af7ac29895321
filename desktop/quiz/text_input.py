"""TextAnswerInput: a line for a short answer, or a spin box for a year."""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from db.grading import read_year
from desktop.appearance.retranslate import Retranslatable

NO_YEAR = 1899  # the spin box's "no answer yet" value, shown blank (Up then starts at 1900)
_YEAR_TYPING = re.compile(r"(?:в\s*)?\d{0,4}\s*(?:年|년|г\.?|го|год[ау]?)?")  # a year half typed


class YearBox(QSpinBox):
    """A spin box for a year that also takes it typed the local way: 2024年, 2024년, 2024 г., ２０２４."""

    def validate(self, text: str, pos: int):
        year = read_year(text)
        if year is not None:
            state = QValidator.Acceptable if self.minimum() < year <= self.maximum() else QValidator.Intermediate
            return state, text, pos
        if _YEAR_TYPING.fullmatch(unicodedata.normalize("NFKC", text).casefold()):
            return QValidator.Intermediate, text, pos  # on the way to a year
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> int:
        year = read_year(text)
        return year if year is not None else super().valueFromText(text)


class TextAnswerInput(Retranslatable, QWidget):
    """Short answer (`answer()` is text) or numeric year (`answer()` is an int)."""

    edited = Signal()

    def __init__(self, question: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = question["type"]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.kind == "numeric_year":
            self.editor = YearBox()
            self.editor.setObjectName("yearAnswer")
            self.editor.setRange(NO_YEAR, 2100)
            # A blank (not "Year?") so typed digits are accepted straight away.
            self.editor.setSpecialValueText(" ")
            self.editor.setValue(NO_YEAR)
            self.editor.setMinimumWidth(140)
            self.editor.valueChanged.connect(lambda *_: self.edited.emit())
        else:
            self.editor = QLineEdit()
            self.editor.setObjectName("shortAnswer")
            self.editor.setMaxLength(200)
            self.editor.setMinimumWidth(320)
            self.editor.textChanged.connect(lambda *_: self.edited.emit())
        self.label = None
        if self.kind == "numeric_year":
            self.label = QLabel()
            self.label.setBuddy(self.editor)
            layout.addWidget(self.label)
        layout.addWidget(self.editor)
        layout.addStretch(1)
        self.setFocusProxy(self.editor)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Names and placeholder in the current language."""
        if self.kind == "numeric_year":
            self.editor.setAccessibleName(self.tr("Your answer: a year"))
            self.label.setText(self.tr("&Year:"))
        else:
            self.editor.setPlaceholderText(self.tr("Type your answer"))
            self.editor.setAccessibleName(self.tr("Your answer"))

    def answer(self):
        """The typed answer, or None when nothing is entered yet."""
        if self.kind == "numeric_year":
            value = self.editor.value()
            return None if value == NO_YEAR else value
        return self.editor.text() if self.editor.text().strip() else None

    def set_answer(self, value) -> None:
        """Show a given answer."""
        if self.kind == "numeric_year":
            self.editor.setValue(int(value))
        else:
            self.editor.setText(str(value))

    def set_locked(self, locked: bool) -> None:
        """Once answered the field is read-only, not disabled: Tab and a screen reader still reach the answer."""
        self.editor.setReadOnly(locked)

    def missing_hint(self) -> str:
        """What to do before the answer can be checked."""
        return self.tr("Enter a year first.") if self.kind == "numeric_year" else self.tr("Type an answer first.")
