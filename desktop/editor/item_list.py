"""ItemListWidget: pick a kind, search, and choose items (several at once for question generation)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.content import list_items
from db.translation_files import LANGUAGES
from db.translations import item_states
from desktop.appearance import i18n
from desktop.appearance.retranslate import Retranslatable
from desktop.editor.kinds import KIND_LABELS, title_of, tr
from desktop.state import AppState


class ItemListWidget(Retranslatable, QWidget):
    """A list of the items of one kind with a search box; `current_changed(kind, id)` on selection."""

    current_changed = Signal(str, str)
    kind_changed = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        # Asked before the current item or kind changes; returning False keeps the current one.
        self.guard: Callable[[], bool] = lambda: True
        self._kind_index = 0
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("editorKind")
        for kind in KIND_LABELS:
            self.kind_combo.addItem("", kind)
        self.show_combo = QComboBox()  # all items, or those a language lacks or has out of date
        self.show_combo.setObjectName("editorTranslationFilter")
        self.show_combo.addItem("", None)
        for lang in LANGUAGES:
            for state_name in ("missing", "outdated"):
                self.show_combo.addItem("", f"{state_name}:{lang}")
        self._states: dict = {}
        self.search = QLineEdit()
        self.search.setObjectName("editorSearch")
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("editorItems")
        self.list.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.list.setAlternatingRowColors(True)
        self.list.setTextElideMode(Qt.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        form = QFormLayout()
        self.kind_label, self.search_label = QLabel(), QLabel()
        form.addRow(self.kind_label, self.kind_combo)
        form.addRow(self.search_label, self.search)
        self.show_label = QLabel()
        self.show_label.setBuddy(self.show_combo)
        form.addRow(self.show_label, self.show_combo)
        self.kind_label.setBuddy(self.kind_combo)
        self.search_label.setBuddy(self.search)
        self.retranslate_ui()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        self.kind_combo.currentIndexChanged.connect(self._on_kind)
        self.search.textChanged.connect(self._filter)
        self.show_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.list.currentItemChanged.connect(self._on_current)
        self.reload()

    def retranslate_ui(self) -> None:
        """Labels, names and the kinds in the current language (the items' titles are content)."""
        self.kind_combo.setAccessibleName(tr("Kind of item"))
        for i, label in enumerate(KIND_LABELS.values()):
            self.kind_combo.setItemText(i, tr(label))
        self.search.setAccessibleName(tr("Search items"))
        self.search.setPlaceholderText(tr("Search titles and ids…"))
        self.list.setAccessibleName(tr("Items"))
        self.list.setAccessibleDescription(tr("Items of the chosen kind; arrow keys move, Shift or Ctrl selects several"))
        self.kind_label.setText(tr("&Kind:"))
        self.show_label.setText(tr("S&how:"))
        self.show_combo.setAccessibleName(tr("Show items"))
        for i in range(self.show_combo.count()):
            wanted = (self.show_combo.itemData(i) or "").split(":") if i else None
            name = i18n.LANGUAGES.get(wanted[1], wanted[1]) if wanted else ""
            self.show_combo.setItemText(i, tr("All items") if not wanted else
                                        tr("Not yet translated into %s") % name if wanted[0] == "missing"
                                        else tr("Translation may be out of date: %s") % name)
        self.search_label.setText(tr("Se&arch:"))

    @property
    def kind(self) -> str:
        """The kind shown now."""
        return self.kind_combo.currentData()

    def set_kind(self, kind: str) -> None:
        """Show another kind of item."""
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def _on_kind(self) -> None:
        if self.kind_combo.currentIndex() != self._kind_index and not self.guard():
            blocked = self.kind_combo.blockSignals(True)
            self.kind_combo.setCurrentIndex(self._kind_index)
            self.kind_combo.blockSignals(blocked)
            return
        self._kind_index = self.kind_combo.currentIndex()
        self.reload(keep="")
        self.kind_changed.emit(self.kind)

    def reload(self, keep: str | None = None) -> None:
        """Read the items again, keeping (or moving to) the item `keep`."""
        keep = keep if keep is not None else self.current_id()
        blocked = self.list.blockSignals(True)
        self.list.clear()
        for item in list_items(self.state.db, self.kind):
            entry = QListWidgetItem(f"{title_of(self.kind, item)}\n{item['id']}")
            entry.setData(Qt.UserRole, item["id"])
            entry.setToolTip(item["id"])
            self.list.addItem(entry)
        self.list.blockSignals(blocked)
        wanted = self.show_combo.currentData().split(":") if self.show_combo.currentData() else None
        self._states = item_states(self.state.db, wanted[1]) if wanted else {}
        self._filter(self.search.text())
        if keep:
            self.select(keep, emit=False)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        wanted = self.show_combo.currentData().split(":") if self.show_combo.currentData() else None
        for row in range(self.list.count()):
            entry = self.list.item(row)
            hidden = bool(needle) and needle not in entry.text().casefold()
            if wanted:
                hidden |= wanted[0] not in self._states.get((self.kind, entry.data(Qt.UserRole)), ())
            entry.setHidden(hidden)

    def _on_current(self, current, previous) -> None:
        if previous is not None and current is not previous and not self.guard():
            blocked = self.list.blockSignals(True)
            self.list.setCurrentItem(previous)
            self.list.blockSignals(blocked)
            return
        self.current_changed.emit(self.kind, current.data(Qt.UserRole) if current else "")

    def current_id(self) -> str:
        """The id of the current item ("" if none)."""
        entry = self.list.currentItem()
        return entry.data(Qt.UserRole) if entry else ""

    def selected_ids(self) -> list[str]:
        """Ids of every selected item, in list order."""
        return [self.list.item(r).data(Qt.UserRole) for r in range(self.list.count())
                if self.list.item(r).isSelected()]

    def select(self, slug: str, *, emit: bool = True) -> bool:
        """Make an item current; False if it is not in the list."""
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.UserRole) == slug:
                self.list.item(row).setHidden(False)   # the chosen item shows even where the search would hide it
                blocked = self.list.blockSignals(not emit)
                self.list.setCurrentRow(row)
                self.list.blockSignals(blocked)
                return True
        return False

    def ids(self) -> list[str]:
        """Every id listed (hidden by the search or not)."""
        return [self.list.item(r).data(Qt.UserRole) for r in range(self.list.count())]
