"""OrderInput: put events in order by dragging, with Move up/down buttons or Alt+Up/Alt+Down."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from db.option_order import valid_order
from desktop.appearance.retranslate import Retranslatable

TITLE_ROLE = Qt.UserRole + 1


def shuffled(question: dict, values: list) -> list:
    """The values in a stable shuffled order (seeded by the question id) that is never the given order.

    Used where no attempt decides the order (a preview); a quiz attempt brings its own `shown_order`."""
    out = list(values)
    if len(out) < 2:
        return out
    random.Random(question.get("id", "")).shuffle(out)
    if out == list(values):
        out = out[1:] + out[:1]
    return out


def shown(question: dict, values: list) -> list:
    """The attempt's `shown_order` when the question carries a valid one, else a stable shuffle."""
    order = question.get("shown_order")
    return list(order) if valid_order(question, order) else shuffled(question, values)


class OrderInput(Retranslatable, QWidget):
    """A list of events to reorder; `answer()` is the list of event ids, earliest first."""

    edited = Signal()

    def __init__(self, question: dict, parent: QWidget | None = None):
        super().__init__(parent)
        titles = question.get("item_titles") or {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName("orderList")
        self.list.setDragDropMode(QAbstractItemView.InternalMove)
        self.list.setDefaultDropAction(Qt.MoveAction)
        self.list.setAlternatingRowColors(True)
        for slug in shown(question, list(question.get("items", []))):
            item = QListWidgetItem()
            item.setData(Qt.UserRole, slug)
            item.setData(TITLE_ROLE, titles.get(slug, slug))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.list.setFixedHeight(12 + 34 * self.list.count())
        self.list.model().rowsMoved.connect(lambda *_: self._renumber())
        layout.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.up = QPushButton()
        self.up.clicked.connect(lambda: self.move(-1))
        self.down = QPushButton()
        self.down.clicked.connect(lambda: self.move(1))
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self, context=Qt.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.move(s))
        self.setFocusProxy(self.list)
        self.locked = False
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Names and buttons in the current language."""
        self.list.setAccessibleName(self.tr("Events to put in order, earliest first"))
        self.up.setText(self.tr("Move &up"))
        self.up.setAccessibleName(self.tr("Move the chosen event earlier"))
        self.down.setText(self.tr("Move &down"))
        self.down.setAccessibleName(self.tr("Move the chosen event later"))
        self._renumber()

    def move(self, step: int) -> None:
        """Move the current event `step` places (−1 earlier, +1 later)."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count() or not self.list.isEnabled() or self.locked:
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._renumber()

    def _renumber(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setText(f"{row + 1}.  {item.data(TITLE_ROLE)}")
        self.edited.emit()

    def answer(self) -> list[str]:
        """Event ids in the order shown."""
        return [self.list.item(r).data(Qt.UserRole) for r in range(self.list.count())]

    def set_answer(self, value: list[str]) -> None:
        """Show the events in a given order."""
        items = {self.list.item(r).data(Qt.UserRole): self.list.item(r) for r in range(self.list.count())}
        while self.list.count():
            self.list.takeItem(0)
        for slug in value:
            if slug in items:
                self.list.addItem(items.pop(slug))
        for item in items.values():
            self.list.addItem(item)
        self._renumber()

    def set_locked(self, locked: bool) -> None:
        """Once answered the order is frozen, but the list stays reachable: the arrow keys still read it."""
        self.locked = locked
        self.list.setDragDropMode(QAbstractItemView.NoDragDrop if locked else QAbstractItemView.InternalMove)
        self.up.setEnabled(not locked)
        self.down.setEnabled(not locked)

    def missing_hint(self) -> str:
        """Never shown: an order is always complete."""
        return ""
