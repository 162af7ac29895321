"""MatchInput: one drop-down list of partners per left item."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from desktop.appearance.retranslate import Retranslatable
from desktop.quiz.order_input import shown


class MatchInput(Retranslatable, QWidget):
    """`answer()` maps each left item to the partner chosen for it."""

    edited = Signal()

    def __init__(self, question: dict, parent: QWidget | None = None):
        super().__init__(parent)
        pairs = [tuple(p) for p in question.get("pairs", [])]
        rights = shown(question, [right for _left, right in pairs])
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(16)
        layout.setVerticalSpacing(8)
        layout.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        self.combos: dict[str, QComboBox] = {}
        for i, (left, _right) in enumerate(pairs):
            combo = QComboBox()
            combo.setObjectName(f"matchCombo{i}")
            combo.addItem("", None)
            for right in rights:
                combo.addItem(right, right)
            combo.setMinimumWidth(260)
            combo.currentIndexChanged.connect(lambda _i, c=combo: self._changed(c))
            label = QLabel(left.replace("&", "&&"))
            label.setTextFormat(Qt.PlainText)  # imported text with markup shows as text
            label.setMinimumWidth(min(420, label.sizeHint().width()))
            label.setWordWrap(True)
            label.setBuddy(combo)
            layout.addRow(label, combo)
            self.combos[left] = combo
        if self.combos:
            self.setFocusProxy(next(iter(self.combos.values())))
        self.locked: dict | None = None   # combo → index as answered, while locked
        self.retranslate_ui()

    def _changed(self, combo: QComboBox) -> None:
        if self.locked is None:
            self.edited.emit()
        elif combo.currentIndex() != self.locked[combo]:   # answered: a key or the mouse changes nothing
            combo.blockSignals(True)
            combo.setCurrentIndex(self.locked[combo])
            combo.blockSignals(False)

    def set_locked(self, locked: bool) -> None:
        """Freeze the partners once answered; the lists stay enabled so Tab and a screen reader still reach them."""
        self.locked = {c: c.currentIndex() for c in self.combos.values()} if locked else None

    def retranslate_ui(self) -> None:
        """"Choose…" and each list's name in the current language."""
        for left, combo in self.combos.items():
            combo.setItemText(0, self.tr("Choose…"))
            combo.setAccessibleName(self.tr("Partner for %1").replace("%1", left))

    def answer(self):
        """left → chosen right, or None while some item has no partner."""
        chosen = {left: combo.currentData() for left, combo in self.combos.items()}
        return None if any(v is None for v in chosen.values()) else chosen

    def set_answer(self, value: dict) -> None:
        """Show given partners."""
        for left, combo in self.combos.items():
            index = combo.findData(value.get(left))
            combo.setCurrentIndex(max(index, 0))

    def missing_hint(self) -> str:
        """What to do before the answer can be checked."""
        return self.tr("Choose a partner for every item first.")
