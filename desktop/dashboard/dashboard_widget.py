"""DashboardWidget: class results per module, question and student, with plots and CSV export."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.queries import classroom
from desktop.appearance import text_size
from desktop.appearance.announce import announce
from desktop.appearance.retranslate import Retranslatable
from desktop.dashboard.bar_plot import FONT_SCALE, BarPlotWidget
from desktop.dashboard.results_model import ResultsTableModel
from desktop.file_dialogs import save_file_name
from desktop.state import AppState

TABLE_SCALE = 1.3   # the tables are read from the back of the room too
MAX_COLUMN_PX = 380
BAND_NAMES = ("0–19%", "20–39%", "40–59%", "60–79%", "80–100%")


class DashboardWidget(Retranslatable, QWidget):
    """Three pages (modules, questions, students), each a plot to project and a sortable table."""

    PAGES = ("modules", "questions", "students")

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setObjectName("dashboardWidget")
        self._stale = False
        self.summary = QLabel()
        self.summary.setObjectName("dashboardSummary")
        text_size.set_relative_font(self.summary, FONT_SCALE)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportCsv")
        self.export_button.clicked.connect(self.export_csv)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)
        self.pages = QTabWidget()
        self.pages.setObjectName("dashboardPages")
        self.models: dict[str, ResultsTableModel] = {}
        self.tables: dict[str, QTableView] = {}
        self.plots: dict[str, BarPlotWidget] = {}
        for name in self.PAGES:
            self.plots[name] = BarPlotWidget("")
            self.pages.addTab(self._page(name), "")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.message = QLabel()
        self.message.setObjectName("dashboardMessage")
        layout.addWidget(self.message)
        state.changed.connect(self._on_changed)
        text_size.notifier().changed.connect(self.fit_columns)
        state.theme_changed.connect(lambda _name: self.restyle())
        self._texts()
        self.reload()

    def _texts(self) -> None:
        self.export_button.setText(self.tr("E&xport CSV…"))
        self.export_button.setToolTip(self.tr("Save the table of the page shown as a CSV file for a spreadsheet"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the results again"))
        titles = {"modules": self.tr("Class average per module"),
                  "questions": self.tr("Hardest questions: share answered correctly"),
                  "students": self.tr("Students per mastery band (all modules; no names, safe to project)")}
        tabs = {"modules": self.tr("&Modules"), "questions": self.tr("Q&uestions"), "students": self.tr("&Students")}
        for i, name in enumerate(self.PAGES):
            self.plots[name].set_title(titles[name])
            self.pages.setTabText(i, tabs[name])
            self.tables[name].setAccessibleName(self.tr("Results table: %s") % titles[name])
            self.tables[name].setAccessibleDescription(self.tr("One row per item; arrow keys move, click a header to sort"))

    def retranslate_ui(self) -> None:
        """Texts in the current language; the tables and plots are read again (now or when next shown)."""
        self._texts()
        self._redraw()

    def restyle(self) -> None:
        """The plots in the current theme's colours, drawn again (now or when next shown)."""
        for plot in self.plots.values():
            plot.restyle()
        self._redraw()

    def _redraw(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def _page(self, name: str) -> QWidget:
        model = ResultsTableModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(Qt.UserRole)
        table = QTableView()
        table.setObjectName(f"results_{name}")
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)  # keep the lesson / hardest-first order
        proxy.sort(-1)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        table.horizontalHeader().setResizeContentsPrecision(40)  # fit columns to the first rows, not every row
        table.horizontalHeader().setStretchLastSection(True)
        text_size.set_relative_font(table, TABLE_SCALE)
        self.models[name], self.tables[name] = model, table
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.plots[name])
        split.addWidget(table)
        split.setSizes([430, 300])
        return split

    def fit_columns(self, _percent: int = 0) -> None:
        """Columns as wide as their headings and first rows in the current text size (at most MAX_COLUMN_PX at
        100 %, more with larger text); after a text size change too, when the headings had been cut."""
        cap = round(MAX_COLUMN_PX * text_size.point_size() / text_size.default_point_size())
        for name, table in self.tables.items():
            table.resizeColumnsToContents()
            for col in range(self.models[name].columnCount()):
                table.setColumnWidth(col, min(table.columnWidth(col), cap))

    def _on_changed(self, changes) -> None:
        if any(kind in changes for kind in ("attempts", "students", "questions", "modules")):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True  # a teacher saving questions in the editor should not wait for this redraw

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Read every result again and redraw."""
        self._stale = False
        db = self.state.db
        students = classroom.student_mastery(db)
        modules = classroom.module_averages(db, students)
        questions = classroom.question_results(db)
        for name in self.PAGES:
            self.models[name].set_rows(*classroom.table_rows(db, name))
        self.fit_columns()
        shown = [m for m in modules if m["average"] is not None]
        self.plots["modules"].set_bars([m["title"] for m in shown], [m["average"] for m in shown],
                                       notes=[self._students(m["students"]) for m in shown])
        # One or two answers say little: plot questions most of the class answered, when there are such.
        enough = min(3, max((q["attempts"] for q in questions), default=0))
        hardest = [q for q in questions if q["attempts"] >= enough][:10]
        self.plots["questions"].set_bars([q["prompt"] for q in hardest], [q["correct_share"] for q in hardest],
                                         notes=[self.tr("often: %s") % _short(q["wrong_answer"], 32) if q["wrong_answer"]
                                                else "" for q in hardest], max_label=56)
        counts = [0] * len(BAND_NAMES)
        for s in students:
            started = [s["mastery"][m] for m in s["started"]]
            if started:
                counts[min(int(sum(started) / len(started) * 5), 4)] += 1
        self.plots["students"].set_bars(list(BAND_NAMES) if any(counts) else [], counts if any(counts) else [],
                                        percent=False)
        answers = sum(s["answered"] for s in students)
        self.summary.setText(f"<b>{self._students(len(students))}</b> · "
                             + self.tr("%n answer(s)", "", answers) + " · "
                             + self.tr("%n question(s) answered", "", len(questions)))

    def _students(self, n: int) -> str:
        """'1 student', '12 students' (the plural forms of each language)."""
        return self.tr("%n student(s)", "", n)

    def export_csv(self, path: str | None = None) -> str:
        """Save the shown page's table as CSV (asks where unless `path` is given); returns the path or ""."""
        name = self.PAGES[self.pages.currentIndex()]
        if path is None:
            path = save_file_name(self, self.tr("Export class results"), f"trilemma-{name}.csv",
                                  self.tr("CSV files (*.csv)"))
        if not path:
            return ""
        try:
            rows = classroom.write_csv(self.state.db, path, name)
        except OSError as exc:
            self.message.setText("⚠ " + self.tr("Could not write %s: %s") % (path, exc.strerror or exc))
            announce(self.message, self.message.text().lstrip("⚠ "), assertive=True)
            return ""
        self.message.setText(self.tr("Saved %n row(s) to %1", "", rows).replace("%1", path))
        announce(self.message, self.message.text())   # back from the file chooser: say what was saved
        return path


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
