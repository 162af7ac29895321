"""CompareWidget: two dates side by side: which relations appeared, ended or changed kind between them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.dates import years_to_date
from db.i18n import month_label as _month_label
from db.queries.relations import APPEARED, CHANGED_KIND, ENDED, UNCHANGED
from desktop.appearance.retranslate import Retranslatable
from desktop.appearance.theme import mark_problem
from desktop.relations.compare_model import CompareTableModel
from desktop.relations.date_control import parse_field
from desktop.relations.graph_view import RelationGraphView


def month_label(value: float) -> str:
    """'June 2017' for a fractional-year date."""
    day = years_to_date(value)
    return _month_label(day.year, day.month)


class CompareWidget(Retranslatable, QWidget):
    """Two date fields, a Compare button and a table; emits `compare_requested(first, second)`."""

    compare_requested = Signal(float, float)
    edge_activated = Signal(str)  # a line clicked on either map
    node_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.today = today or dt.date.today()
        self.first = QLineEdit("2017-06")
        self.second = QLineEdit("2024-07")
        for field in (self.first, self.second):
            field.setMaximumWidth(110)
            field.returnPressed.connect(self.request)
        self.first.setObjectName("compareFirst")
        self.second.setObjectName("compareSecond")
        self.button = QPushButton()
        self.button.setObjectName("compareButton")
        self.button.clicked.connect(self.request)
        self.summary = QLabel()
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)
        self.message = QLabel()
        mark_problem(self.message)
        self.message.hide()
        self.model = CompareTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("compareTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.maps = (RelationGraphView(), RelationGraphView())
        self.map_titles = (QLabel(), QLabel())
        for title in self.map_titles:
            title.setWordWrap(True)   # long in Russian: wrap rather than widen the window
        maps = QWidget()
        maps_row = QHBoxLayout(maps)
        maps_row.setContentsMargins(0, 0, 0, 0)
        for i, (view, title) in enumerate(zip(self.maps, self.map_titles, strict=True)):
            view.setObjectName(f"compareMap{i + 1}")
            view.animation_ms = 0
            view.edge_activated.connect(self.edge_activated)
            view.node_activated.connect(self.node_activated)
            title.setStyleSheet("font-weight: bold;")
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(view, 1)
            maps_row.addLayout(column, 1)
        self.split = QSplitter(Qt.Vertical)
        self.split.addWidget(maps)
        self.split.addWidget(self.table)
        self.split.setSizes([300, 260])
        self.first_label, self.with_label = QLabel(), QLabel()
        self.first_label.setBuddy(self.first)
        row = QHBoxLayout()
        for w in (self.first_label, self.first, self.with_label, self.second, self.button):
            row.addWidget(w)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        # The maps and the table scroll inside the tab when it is short: the tab's minimum height would otherwise
        # be the whole relations place's, and on a 1366×768 screen the Map tab would have to scroll.
        self.scroll = QScrollArea()
        self.scroll.setObjectName("compareScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setWidget(self.split)
        layout.addWidget(self.scroll, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Texts in the current language (a comparison shown is redone by the panel)."""
        for field, name in ((self.first, self.tr("First date to compare")),
                            (self.second, self.tr("Second date to compare"))):
            field.setAccessibleName(name)
            field.setPlaceholderText(self.tr("YYYY or YYYY-MM"))
        self.button.setText(self.tr("&Compare"))
        self.button.setAccessibleName(self.tr("Compare the two dates"))
        self.table.setAccessibleName(self.tr("Relations at the two dates and what changed"))
        self.first_label.setText(self.tr("Compare &from"))
        self.with_label.setText(self.tr("with"))

    def request(self) -> bool:
        """Read both fields; ask for the comparison, or say which field is wrong. True when asked."""
        values = []
        for field, which in ((self.first, self.tr("first date")), (self.second, self.tr("second date"))):
            value, code = parse_field(field.text(), self.today)
            if value is None:
                self.message.setText(self.tr("The %1 “%2” is not usable: type YYYY or YYYY-MM between %3 and %4.")
                                     .replace("%1", which).replace("%2", field.text().strip())
                                     .replace("%3", "1950").replace("%4", str(self.today.year)))
                self.message.show()
                field.setFocus()
                return False
            values.append(value)
        self.message.hide()
        self.compare_requested.emit(values[0], values[1])
        return True

    def set_actors(self, actors: list[dict]) -> None:
        """Create the nodes of both maps (after the actors changed)."""
        for view in self.maps:
            view.set_actors(actors, {a["slug"]: a["name"] for a in actors})

    def set_result(self, rows: list[dict], first: float, second: float,
                   names: tuple[dict[str, str], dict[str, str]] = ({}, {})) -> None:
        """Show a comparison from `db.queries.relations.compare`: both maps, what changed marked, and the table."""
        self.model.set_rows(rows, month_label(first), month_label(second))
        for i, (view, side, changed) in enumerate(((self.maps[0], "before", "ended"), (self.maps[1], "after", "appeared"))):
            view.set_names(names[i])
            view.show_relations([r for e in rows for r in e[side]], animate=False)
            view.mark({r["slug"] for e in rows for r in e[changed]}, dim_others=True)
        self.map_titles[0].setText(self.tr("%1 — labelled: what ended by the second date").replace("%1", month_label(first)))
        self.map_titles[1].setText(self.tr("%1 — labelled: what is new since the first date").replace("%1", month_label(second)))
        count = {s: sum(1 for e in rows if e["status"] == s) for s in (APPEARED, ENDED, CHANGED_KIND, UNCHANGED)}
        # One count per message: each takes its own plural form ("1 pair gained", "3 pairs gained").
        parts = (self.tr("%n pair(s) gained a relation", "", count[APPEARED]),
                 self.tr("%n lost all", "", count[ENDED]), self.tr("%n changed kind", "", count[CHANGED_KIND]),
                 self.tr("%n stayed the same", "", count[UNCHANGED]))
        self.summary.setText(self.tr("From %1 to %2: %3.").replace("%1", month_label(first))
                             .replace("%2", month_label(second)).replace("%3", ", ".join(parts)))
