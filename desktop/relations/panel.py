"""RelationsPanel: the relationship map, its table twin and the comparison, linked to the app's date."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.dates import PartialDate, years_to_date
from db.i18n import month_label
from db.queries import relations as rel
from desktop.appearance.announce import announce
from desktop.appearance.retranslate import Retranslatable
from desktop.relations.compare_widget import CompareWidget
from desktop.relations.date_control import DateControlWidget
from desktop.relations.graph_view import RelationGraphView
from desktop.relations.history_widget import RelationHistoryWidget
from desktop.relations.legend import RelationLegendWidget
from desktop.relations.map_detail import compact_chrome
from desktop.relations.table_model import COL_LABEL, SLUG_ROLE, RelationsTableModel
from desktop.state import AppState


class RelationsPanel(Retranslatable, QWidget):
    """Everything in the `relations` place; reads through `db.queries.relations`, never writes."""

    def __init__(self, state: AppState, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.setObjectName("relationsPanel")
        self.state = state
        self.rows: list[dict] = []       # every relation (cached; reloaded when content changes)
        self.actors: dict[str, dict] = {}
        self.current: list[dict] = []    # the relations valid at the current date
        self.day = dt.date(1950, 1, 1)
        self._subject: tuple = ()        # what the history pane shows: ("pair", a, b) or ("actor", slug)
        self.date_control = DateControlWidget(self, today)
        self.graph = RelationGraphView()
        self.legend = RelationLegendWidget()
        self.history = RelationHistoryWidget()
        self.table_model = RelationsTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("relationsTable")
        self.table.setModel(self.table_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        # Columns are fitted to their contents when the table is in view (ResizeToContents measured every cell of
        # the hidden table at each date change, a third of a second at start-up).
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setSectionResizeMode(COL_LABEL, QHeaderView.Stretch)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().currentRowChanged.connect(
            lambda index, _old: index.isValid() and self.graph.select(f"edge:{index.data(SLUG_ROLE)}"))
        # The comparison (two more maps and a table) is built when first wanted: the first view does not show it.
        self.compare_page = QWidget()
        self.compare_page.setObjectName("comparePage")
        QVBoxLayout(self.compare_page).setContentsMargins(0, 0, 0, 0)
        self._compare: CompareWidget | None = None
        self._today = today

        self.map_box = map_box = QWidget()
        box = QVBoxLayout(map_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.graph, 1)
        box.addWidget(self.legend)
        self.hint = QLabel()
        self.hint_text = ""
        self.hint.setObjectName("relationsHint")
        self.hint.setWordWrap(True)
        self.hint.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        box.addWidget(self.hint)
        self.compact_chrome = False
        map_box.installEventFilter(self)
        self.split = QSplitter(Qt.Horizontal)
        self.split.addWidget(map_box)
        self.split.addWidget(self.history)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([700, 300])
        self.history.setMinimumWidth(240)
        self.split.setCollapsible(0, False)
        self.history.hide()  # until a line or a country is chosen: the map gets the room
        self.tabs = QTabWidget()
        self.tabs.setObjectName("relationsTabs")
        for page in (self.split, self.table, self.compare_page):
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_control)
        layout.addWidget(self.tabs, 1)
        # The Map / Table / Compare tabs come before the map: Tab reaches the choice of view, then what it shows.
        self.setTabOrder(self.tabs.tabBar(), self.graph)

        self.date_control.date_chosen.connect(self.state.set_date)
        self.graph.edge_activated.connect(self.show_edge)
        self.graph.node_activated.connect(self.show_actor)
        # What the arrow keys reached, in words, for sighted keyboard users (screen readers get the description).
        self.graph.focus_moved.connect(lambda text: self.set_hint("▸ " + text))
        self.history.event_link.connect(self.open_event)
        self.history.pair_link.connect(self.show_pair)
        state.date_changed.connect(self.set_date)
        state.changed.connect(self._on_changed)
        state.theme_changed.connect(lambda _name: self.restyle())
        self._texts()
        self._hint_style()
        self.reload()
        self.set_date(state.current_date, animate=False)
        # The comparison is worked out when its tab is first opened: the first view does not show it.
        self._compared = False
        self.tabs.currentChanged.connect(self._tab_opened)

    @property
    def compare(self) -> CompareWidget:
        """The comparison of two dates (built now if it was not yet)."""
        if self._compare is None:
            compare = self._compare = CompareWidget(self, self._today)
            self.compare_page.layout().addWidget(compare)
            compare.compare_requested.connect(self.run_compare)
            compare.edge_activated.connect(self._open_from_compare)
            compare.node_activated.connect(lambda slug: self._open_from_compare("", slug))
            compare.model.colors = self.graph.colors
            compare.set_actors(list(self.actors.values()))
            if self.compare_page.isVisible():   # its tab is open: show it now, laid out, as a tab's page is shown
                self.compare_page.layout().activate()
                compare.show()
        return self._compare

    def _tab_opened(self, index: int) -> None:
        if self.tabs.widget(index) is self.table:
            self.table.resizeColumnsToContents()
        if self.tabs.widget(index) is self.compare_page and not self._compared:
            self.compare.request()

    def _texts(self) -> None:
        self.setAccessibleName(self.tr("Relations between the countries"))
        self.table.setAccessibleName(self.tr("Relations at the chosen date, as a table"))
        self.tabs.setAccessibleName(self.tr("Ways to see the relations"))
        for page, text in ((self.split, self.tr("&Map")), (self.table, self.tr("T&able")),
                           (self.compare_page, self.tr("C&ompare two dates"))):
            self.tabs.setTabText(self.tabs.indexOf(page), text)
        self.set_hint(self.tr("Click a line to see that pair's history, or a country to list its relations. "
                              "Keyboard: Tab to the map, arrow keys to move, Enter to open."))

    def _hint_style(self) -> None:
        colors = self.graph.colors  # the hint sits on the map's paper, under its key
        self.hint.setStyleSheet(f"color: {colors.hint_text}; background: {colors.background}; padding: 2px 4px;")

    def _redraw(self) -> None:
        """Draw the map, the table, the history and the comparison again (names, words or colours changed)."""
        self.reload()
        self.set_date(self.state.current_date, animate=False)
        self.table_model.headerDataChanged.emit(Qt.Horizontal, 0, self.table_model.columnCount() - 1)
        if self._compare is not None:
            self.compare.request()

    def retranslate_ui(self) -> None:
        """Every text in the current language, and what the map shows drawn again with its words (when shown)."""
        self._texts()
        self.when_shown(self._redraw)

    def restyle(self) -> None:
        """The map, its key, its hint, the history and the comparison in the theme's colours."""
        compare = self._compare
        for view in (self.graph, *(compare.maps if compare is not None else ())):
            view.restyle()
        self.legend.restyle()
        self.history.colors = self.graph.colors
        if compare is not None:
            compare.model.colors = self.graph.colors
        self._hint_style()
        self.when_shown(self._redraw)

    # ------------------------------------------------------------------ size

    def set_hint(self, text: str) -> None:
        """Show a hint under the map: wrapped, or on one line cut short under a small map (whole in the tooltip)."""
        self.hint_text = text
        self.hint.setToolTip(text if self.compact_chrome else "")
        self.hint.setAccessibleDescription(text)
        if self.compact_chrome:
            width = max(40, self.map_box.width() - 10)
            short = self.hint.fontMetrics().elidedText(text, Qt.ElideRight, width)
            if short != text:   # never half a word ("Ent…"): cut back to the end of the last whole one
                short = re.sub(r"\s*[^\W\d_]*[A-Za-z\u0400-\u04ff]…$", "…", short) if len(short) > 2 else short
            self.hint.setText(short)
        else:
            self.hint.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.map_box and event.type() == QEvent.Resize:
            # One row each for the legend and the hint when the map would be small with them in full.
            self.compact_chrome = compact_chrome(event.size().width(), event.size().height())
            self.legend.set_compact(self.compact_chrome)
            self.hint.setWordWrap(not self.compact_chrome)
            self.set_hint(self.hint_text)
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ data

    def reload(self) -> None:
        """Read every actor and relation again (after the content changed)."""
        db = self.state.db
        self.actors = rel.actors_by_slug(db)
        self.rows = rel.all_relations(db)
        self.graph.set_actors(list(self.actors.values()), self._names())
        if self._compare is not None:
            self.compare.set_actors(list(self.actors.values()))

    def _names(self) -> dict[str, str]:
        return {slug: rel.actor_name_on(a, self.day) for slug, a in self.actors.items()}

    def day_label(self) -> str:
        """The current date as a student reads it: 'June 2017'."""
        return month_label(self.day.year, self.day.month)

    def set_date(self, value: float, animate: bool = True) -> None:
        """Show the relations valid at a fractional-year date (the app's date moved, or the panel started)."""
        self.day = years_to_date(value)
        self.date_control.set_value(value)
        self.current = rel.relations_at(self.state.db, self.day, self.rows)
        self.current.sort(key=lambda r: (self._order(r), r["first_day"]))
        self.graph.set_names(self._names())
        self.graph.show_relations(self.current, animate=animate)
        self.table_model.set_rows(self.current)
        if self.table.isVisible():
            self.table.resizeColumnsToContents()
        self._refresh_details()

    def _order(self, r: dict) -> tuple:
        order = {slug: i for i, slug in enumerate(self.actors)}
        return tuple(sorted((order.get(r["a"], 99), order.get(r["b"], 99))))

    def _on_changed(self, changes) -> None:
        if changes.origin is self or not any(k in changes for k in ("relations", "actors", "events")):
            return
        self.reload()
        self.set_date(self.state.current_date, animate=False)
        if self._compare is not None:
            self.compare.request()

    # ------------------------------------------------------------------ details

    def _refresh_details(self) -> None:
        subject = self._subject
        # The same subject again at a new date: said once when opened, not at every step of the slider.
        if subject and subject[0] == "pair":
            self.show_pair(*subject[1:], say=False)
        elif subject and subject[0] == "actor":
            self.show_actor(subject[1], focus_timeline=False, say=False)

    def show_edge(self, slug: str) -> None:
        """Show the history of the pair an edge belongs to."""
        r = next((r for r in self.rows if r["slug"] == slug), None)
        if r is not None:
            self.show_pair(r["a"], r["b"], focus=slug)
            self._select_row(slug)

    def _select_row(self, slug: str) -> None:
        """Keep the table twin on the same relation as the map."""
        model = self.table_model
        for row in range(model.rowCount()):
            if model.index(row, 0).data(SLUG_ROLE) == slug:
                self.table.selectRow(row)
                return

    def show_pair(self, a: str, b: str, focus: str = "", say: bool = True) -> None:
        """Show one pair's relations over time, marking those valid now (scrolled to `focus`, a relation slug)."""
        if a not in self.actors or b not in self.actors:
            return
        self._subject = ("pair", a, b)
        self.history.show()
        names = self._names()
        self.history.show_pair(names[a], names[b], rel.pair_history(self.state.db, a, b, self.rows),
                               self.day, self.day_label(), focus)
        if say:
            announce(self.history, self.tr("The history of %1 and %2 is shown beside the map.")
                     .replace("%1", names[a]).replace("%2", names[b]))

    def show_actor(self, slug: str, focus_timeline: bool = True, say: bool = True) -> None:
        """Show an actor's relations, and ask the timeline to filter to its lane."""
        if slug not in self.actors:
            return
        self._subject = ("actor", slug)
        self.history.show()
        now = rel.actor_relations(self.state.db, slug, self.day, self.rows)
        ever = rel.actor_relations(self.state.db, slug, None, self.rows)
        self.history.show_actor(self._names()[slug], now, ever, self.day_label())
        if focus_timeline:
            self.state.actor_focus_requested.emit(slug)
            announce(self.history, self.tr("The relations of %1 are shown beside the map; the timeline now shows only "
                                           "the lane of %1.").replace("%1", self._names()[slug]))
        elif say:
            announce(self.history, self.tr("The relations of %1 are shown beside the map.")
                     .replace("%1", self._names()[slug]))

    def open_event(self, slug: str) -> None:
        """Follow an event link: select the event and move the date to its start."""
        start = rel.event_start(self.state.db, slug)
        self.state.select_event(slug)
        announce(self.history, self.tr("The event is selected on the timeline and shown in the event details."))
        if start:
            self.state.set_date(PartialDate.parse(start).start_value())

    def _on_table_activated(self, index) -> None:
        slug = index.data(SLUG_ROLE)
        if slug:
            self.graph.select(f"edge:{slug}")
            self.show_edge(slug)

    def _open_from_compare(self, edge: str, actor: str = "") -> None:
        """A line or a country clicked on a comparison map: show its history beside the main map."""
        self.tabs.setCurrentWidget(self.split)
        if edge:
            self.graph.select(f"edge:{edge}")
            self.show_edge(edge)
        else:
            self.graph.select(f"node:{actor}")
            self.show_actor(actor)

    def run_compare(self, first: float, second: float) -> None:
        """Compare the relations at two dates and show the result."""
        self._compared = True
        names = tuple({slug: rel.actor_name_on(a, rel.as_day(when)) for slug, a in self.actors.items()}
                      for when in (first, second))
        self.compare.set_result(rel.compare(self.state.db, first, second, self.rows), first, second, names)
