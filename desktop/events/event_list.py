"""EventListWidget: every event in a sortable table; the keyboard and screen-reader twin of the timeline."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from db import queries
from desktop.appearance.retranslate import Retranslatable
from desktop.events.event_table_model import COL_DATE, COL_TITLE, EventTableModel
from desktop.state import AppState


class EventListWidget(Retranslatable, QWidget):
    """A table of events kept in sync with the app's selection."""

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.model = EventTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.view = QTableView(self)
        self.view.setObjectName("eventTable")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(COL_TITLE, QHeaderView.Stretch)
        self.view.horizontalHeader().setSectionResizeMode(COL_DATE, QHeaderView.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        state.event_selected.connect(self.show_event)
        state.changed.connect(self._on_changed)
        self._texts()
        self.reload()

    def _texts(self) -> None:
        self.view.setAccessibleName(self.tr("Events"))
        self.view.setAccessibleDescription(self.tr("All events in date order; select one to see its details"))

    def retranslate_ui(self) -> None:
        """Its names, headers and kinds in the current language."""
        self._texts()
        self.when_shown(self.reload)

    def reload(self) -> None:
        """Read every event again."""
        names = {a["slug"]: a["name"] for a in queries.actors(self.state.db)}
        self.model.set_rows(queries.event_rows(self.state.db), names)
        self.proxy.sort(-1)
        self.show_event(self.state.selected_event)

    def _on_changed(self, changes) -> None:
        if "events" in changes or "actors" in changes:
            self.reload()

    def _on_current(self, current, _previous) -> None:
        if current.isValid():
            self.state.select_event(self.proxy.data(current, Qt.UserRole))

    def show_event(self, slug: str) -> None:
        """Select and scroll to an event's row."""
        row = self.model.row_of(slug)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid() and self.view.currentIndex().row() != index.row():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def set_filter_text(self, text: str) -> None:
        """Show only rows containing a text."""
        self.proxy.setFilterFixedString(text)
