"""PickerDialog: choose items of one kind from a searchable, checkable list, by keyboard alone.

Typing filters by title or id (in the filter box, or anywhere in the list), arrows move, Space ticks or
unticks, Enter accepts, Esc cancels; in an ordered list Alt+Up and Alt+Down move the chosen item, and
sources keep an optional "where in it" (a locator) edited below the list. With `single`, nothing is ticked:
Enter (or a double click) chooses the highlighted item, and an `optional` choice has "Choose none".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
)

from desktop.editor.fields import tr

ID_ROLE = Qt.UserRole + 1
TITLE_ROLE = Qt.UserRole + 2
SEARCH_ROLE = Qt.UserRole + 3


def missing(slug: str) -> str:
    """How an id that no item has (any more) is shown where its title would be."""
    return tr("%1 (no such item any more)").replace("%1", slug)


class PickerDialog(QDialog):
    """Choose (and for `ordered`, order) ids among `choices` [(id, title)]; `chosen` [(id, locator)] come ticked.

    With `single`, one id is chosen (the highlighted one, on Enter); `optional` adds "Choose none"."""

    def __init__(self, title: str, choices: list[tuple[str, str]], chosen: list[tuple[str, str]], *,
                 ordered: bool = False, locators: bool = False, single: bool = False, optional: bool = False,
                 parent=None):
        super().__init__(parent)
        self.setObjectName("pickerDialog")
        self.setWindowTitle(title)
        self.ordered, self.with_locators, self.single = ordered, locators, single
        self.order = [slug for slug, _ in chosen]
        self.locators = {slug: locator for slug, locator in chosen if locator}
        titles = dict(choices)
        self.model = QStandardItemModel(self)
        # The chosen ones first, in their order (ids no longer there stay, so nothing is dropped silently),
        # then the rest by title.
        for slug in self.order:
            self.model.appendRow(self._entry(slug, titles.get(slug, "")))
        for slug, name in choices:
            if slug not in self.order:
                self.model.appendRow(self._entry(slug, name))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)

        self.filter = QLineEdit()
        self.filter.setObjectName("pickerFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(tr("Filter by title or id"))
        self.filter.setPlaceholderText(tr("Type to filter by title or id"))
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        self.view = QListView()
        self.view.setObjectName("pickerList")
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(tr("Items to choose: Enter chooses the highlighted one") if single
                                    else tr("Items to choose: Space ticks or unticks"))
        self.view.setEditTriggers(QListView.NoEditTriggers)
        self.view.setUniformItemSizes(True)
        self.view.installEventFilter(self)
        if single:
            self.view.doubleClicked.connect(lambda _index: self.accept())
        self.view.selectionModel().currentChanged.connect(self._show_locator)
        self.model.itemChanged.connect(self._on_ticked)
        self.count = QLabel()
        self.count.setObjectName("pickerCount")

        top = QFormLayout()
        filter_label = QLabel(tr("&Filter:"))
        filter_label.setBuddy(self.filter)
        top.addRow(filter_label, self.filter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        if ordered:
            self._order_buttons(layout)
        if locators:
            self.locator = QLineEdit()
            self.locator.setObjectName("pickerLocator")
            self.locator.setAccessibleName(tr("Where in the source (optional)"))
            self.locator.setPlaceholderText(tr("¶8, a page"))
            self.locator.textEdited.connect(self._set_locator)
            where = QFormLayout()
            where_label = QLabel(tr("&Where in it:"))
            where_label.setBuddy(self.locator)
            where.addRow(where_label, self.locator)
            layout.addLayout(where)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setDefault(True)
        if single and optional:
            self.none_button = self.buttons.addButton(tr("Choose &none"), QDialogButtonBox.ResetRole)
            self.none_button.setObjectName("pickerNone")
            self.none_button.setAutoDefault(False)
            self.none_button.clicked.connect(self.choose_none)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._refresh()
        self.view.setCurrentIndex(self.proxy.index(0, 0))  # in a single choice, the chosen one: it comes first
        self.filter.setFocus()
        self.resize(720, 480)

    def _order_buttons(self, layout) -> None:
        row = QHBoxLayout()
        for text, step, keys in ((tr("Move up"), -1, "Alt+Up"), (tr("Move down"), 1, "Alt+Down")):
            button = QPushButton(text)
            button.setAutoDefault(False)  # Enter means OK, whatever had the focus before
            button.setObjectName("pickerUp" if step < 0 else "pickerDown")
            button.setToolTip(f"{text} ({QKeySequence(keys).toString(QKeySequence.NativeText)})")
            button.clicked.connect(lambda _=False, s=step: self.move_current(s))
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

    def _entry(self, slug: str, title: str) -> QStandardItem:
        entry = QStandardItem()
        entry.setData(slug, ID_ROLE)
        entry.setData(title, TITLE_ROLE)
        entry.setData(f"{title} {slug}", SEARCH_ROLE)
        entry.setToolTip(slug)
        entry.setEditable(False)
        if not self.single:
            entry.setCheckable(True)
            entry.setCheckState(Qt.Checked if slug in self.order else Qt.Unchecked)
        return entry

    # ------------------------------------------------------------ keys

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.KeyPress:
            return super().eventFilter(watched, event)
        key, text = event.key(), event.text()
        if event.modifiers() & Qt.AltModifier and key in (Qt.Key_Up, Qt.Key_Down):
            self.move_current(-1 if key == Qt.Key_Up else 1)  # Alt+Up / Alt+Down, from the list or the filter
            return True
        if key in (Qt.Key_Return, Qt.Key_Enter) and not event.modifiers() & ~Qt.KeypadModifier:
            self.accept()  # Enter accepts from the filter and the list alike (not "move up", a focused button)
            return True
        if watched is self.filter and key in (Qt.Key_Down, Qt.Key_Up, Qt.Key_PageDown, Qt.Key_PageUp):
            self.view.setFocus()  # the arrows go on in the list
            return False
        if watched is self.view and event.modifiers() & ~Qt.ShiftModifier == Qt.NoModifier:
            if key == Qt.Key_Backspace:
                self.filter.setText(self.filter.text()[:-1])
                return True
            if text and text.isprintable() and not text.isspace():
                self.filter.setText(self.filter.text() + text)  # type-to-filter without leaving the list
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ state

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))  # the best match is where Space acts

    def _current_slug(self) -> str:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else ""

    def _on_ticked(self, entry: QStandardItem) -> None:
        slug = entry.data(ID_ROLE)
        if entry.checkState() == Qt.Checked and slug not in self.order:
            self.order.append(slug)  # a newly ticked item comes last
        elif entry.checkState() != Qt.Checked and slug in self.order:
            self.order.remove(slug)
        self._refresh()

    def move_current(self, step: int) -> None:
        """Move the current chosen item earlier (-1) or later (+1) in the order."""
        slug = self._current_slug()
        if not self.ordered or slug not in self.order:
            return
        i = self.order.index(slug)
        j = max(0, min(len(self.order) - 1, i + step))
        self.order.insert(j, self.order.pop(i))
        # Keep the rows in the chosen order too, so the list reads as the order it makes.
        rows = {self.model.item(r).data(ID_ROLE): r for r in range(self.model.rowCount())}
        first = min(rows[s] for s in self.order)
        blocked = self.model.blockSignals(True)
        taken = {s: self.model.takeRow(rows[s]) for s in sorted(self.order, key=lambda s: -rows[s])}
        for offset, s in enumerate(self.order):
            self.model.insertRow(first + offset, taken[s])
        self.model.blockSignals(blocked)
        self.proxy.invalidate()
        self._refresh()
        self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.indexFromItem(taken[slug][0])))

    def _refresh(self) -> None:
        blocked = self.model.blockSignals(True)
        for r in range(self.model.rowCount()):
            entry = self.model.item(r)
            slug, title = entry.data(ID_ROLE), entry.data(TITLE_ROLE)
            text = f"{title} — {slug}" if title else slug
            if self.ordered and slug in self.order:
                text = f"{self.order.index(slug) + 1}. {text}"
            if self.locators.get(slug) and slug in self.order:
                text += f" ({self.locators[slug]})"
            if not title:  # an id kept although no item has it any more
                text = missing(slug)
            if self.single and slug in self.order:
                text = "✓ " + text  # no tick boxes here: the mark says which one is chosen now
            entry.setText(text)
        self.model.blockSignals(blocked)
        self.view.viewport().update()
        if self.single:
            self.count.setText(tr("Enter chooses the highlighted one; Esc keeps what was chosen."))
        else:
            self.count.setText(tr("Chosen: %1").replace("%1", str(len(self.order))))
        self._show_locator()

    def _show_locator(self, *_args) -> None:
        if not self.with_locators:
            return
        slug = self._current_slug()
        self.locator.setEnabled(slug in self.order)
        if self.locator.text() != self.locators.get(slug, ""):
            self.locator.setText(self.locators.get(slug, ""))

    def _set_locator(self, text: str) -> None:
        slug = self._current_slug()
        if slug in self.order:
            self.locators[slug] = text.strip()
            self._refresh()

    def accept(self) -> None:
        """Keep the choice; in a single choice that is the highlighted item (none highlighted: nothing to keep)."""
        if self.single:
            slug = self._current_slug()
            if not slug:
                QApplication.beep()  # the filter matches nothing: Enter must not clear what was chosen
                return
            self.order = [slug]
        super().accept()

    def choose_none(self) -> None:
        """Accept with nothing chosen (an optional single choice)."""
        self.order = []
        QDialog.accept(self)

    def result_value(self) -> list[tuple[str, str]]:
        """The chosen (id, locator) pairs, in order."""
        return [(slug, self.locators.get(slug, "")) for slug in self.order]

    # ------------------------------------------------------------ for tests and scripts

    def shown_ids(self) -> list[str]:
        """The ids the filter lets through, top to bottom."""
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in range(self.proxy.rowCount())]
