"""ChoiceInput: radio buttons (single choice), check boxes (multiple select) or True/False buttons."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.option_order import valid_order
from desktop.appearance.retranslate import Retranslatable
from desktop.widgets.wrapping_button import WrappingCheckBox, WrappingRadioButton


class ChoiceInput(Retranslatable, QWidget):
    """Options numbered 1–9 for the keyboard; `answer()` is an index, a list of indexes or a bool.

    Options appear in the question's `shown_order` (this attempt's shuffle) when it has one; indexes in
    answers and solutions are always the stored ones, so grading never depends on the order shown."""

    edited = Signal()

    def __init__(self, question: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = question["type"]
        self.question = question
        self.group = QButtonGroup(self)
        self.group.setExclusive(self.kind != "multiple_select")
        layout = QHBoxLayout(self) if self.kind == "true_false" else QVBoxLayout(self)
        labels = self.labels()
        order = question.get("shown_order")
        # self.order[position on screen] = stored index of the option shown there
        self.order = list(order) if self.kind != "true_false" and valid_order(question, order) else list(range(len(labels)))
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.buttons: list[QAbstractButton] = []
        for i in range(len(labels)):
            if self.kind == "true_false":
                button = QPushButton()
                button.setCheckable(True)
                button.setObjectName("trueFalseButton")
                button.setMinimumHeight(44)
                button.setMinimumWidth(140)
            elif self.kind == "multiple_select":
                button = WrappingCheckBox()
            else:
                button = WrappingRadioButton()
            self.group.addButton(button, self.order[i])
            layout.addWidget(button)
            self.buttons.append(button)
        if self.kind == "true_false":
            layout.addStretch(1)
        if self.buttons:   # the focus lands on the first option, which a screen reader reads, not on the row
            self.setFocusProxy(self.buttons[0])
        self.solution_shown = False
        self.locked: list[bool] | None = None   # the checks as answered, kept while locked
        self.retranslate_ui()
        self.group.buttonToggled.connect(self._toggled)

    def _toggled(self, *_args) -> None:
        if self.locked is None:
            self.edited.emit()
            return
        for button, checked in zip(self.buttons, self.locked, strict=True):   # answered: a key or click changes nothing
            if button.isChecked() != checked:
                exclusive = self.group.exclusive()
                self.group.setExclusive(False)
                button.blockSignals(True)
                button.setChecked(checked)
                button.blockSignals(False)
                self.group.setExclusive(exclusive)

    def set_locked(self, locked: bool) -> None:
        """Freeze the choice once answered; the options stay enabled so Tab and a screen reader still reach them."""
        self.locked = [b.isChecked() for b in self.buttons] if locked else None

    def labels(self) -> list[str]:
        """The options' texts in stored order (True and False in the current language for a true-or-false question)."""
        if self.kind == "true_false":
            return [self.tr("True"), self.tr("False")]
        return list(self.question.get("options", []))

    def retranslate_ui(self) -> None:
        """The options' numbers, words and names in the current language (and the solution's marks, if shown)."""
        labels = self.labels()
        for i, button in enumerate(self.buttons):
            label = labels[self.order[i]]
            # Numbers match the keys 1–9; "&" in an option is text, not a mnemonic.
            button.setText(f"{i + 1}.  {label.replace('&', '&&')}")
            button.setAccessibleName(self.tr("Option %1: %2").replace("%1", str(i + 1)).replace("%2", label))
        if self.solution_shown:
            self.show_solution(self.question)

    def count(self) -> int:
        """How many options there are."""
        return len(self.buttons)

    def pick(self, index: int) -> None:
        """Choose option `index` (toggle it for multiple select), as the number keys do."""
        """`index` is the number on screen (0 = the first option shown)."""
        if 0 <= index < len(self.buttons) and self.buttons[index].isEnabled():
            button = self.buttons[index]
            button.setChecked(not button.isChecked() if self.kind == "multiple_select" else True)
            button.setFocus()

    def answer(self):
        """The current answer, or None when nothing is chosen yet (multiple select may be empty)."""
        checked = sorted(self.order[i] for i, b in enumerate(self.buttons) if b.isChecked())
        if self.kind == "multiple_select":
            return checked if checked else None
        if not checked:
            return None
        return checked[0] == 0 if self.kind == "true_false" else checked[0]

    def set_answer(self, value) -> None:
        """Show a given answer (for a resumed or reviewed question)."""
        if self.kind == "true_false":
            value = [0 if value else 1]
        elif not isinstance(value, list):
            value = [value]
        for i, button in enumerate(self.buttons):
            button.setChecked(self.order[i] in value)

    def show_solution(self, question: dict) -> None:
        """Mark the right options (✓) and wrong picks (✗) in words beside them, after answering."""
        self.solution_shown = True
        right = [0 if question.get("answer") else 1] if self.kind == "true_false" else list(question.get("correct", []))
        labels = self.labels()
        for i, button in enumerate(self.buttons):
            text = button.text().split("   ✓")[0].split("   ✗")[0]
            name = self.tr("Option %1: %2").replace("%1", str(i + 1)).replace("%2", labels[self.order[i]])
            marks = []
            if self.order[i] in right:
                text += "   ✓ " + self.tr("right answer")
                marks.append(self.tr("right answer"))
            elif button.isChecked():
                text += "   ✗ " + self.tr("your choice")
            if button.isChecked():
                marks.append(self.tr("your choice"))
            button.setText(text)
            button.setAccessibleName(name + "".join(", " + mark for mark in marks))

    def missing_hint(self) -> str:
        """What to do before the answer can be checked."""
        return self.tr("Choose true or false first.") if self.kind == "true_false" else self.tr("Choose an option first.")
