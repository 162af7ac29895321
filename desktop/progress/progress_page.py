"""ProgressPage: score per module, mastery over time, most-missed questions, weak spots on the timeline."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from db import learning, progress
from desktop.state import AppState

BLUE, ORANGE, GREY = "#1f5fa8", "#d35400", "#888888"


def _plot(name: str, title: str) -> pg.PlotWidget:
    """A quiet white plot with no mouse zoom, for a small dashboard chart."""
    plot = pg.PlotWidget(background="w")
    plot.setObjectName(name)
    plot.setAccessibleName(title)
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.setMinimumHeight(220)
    item = plot.getPlotItem()
    item.setTitle(title, color="#222222", size="11pt")
    for side in ("left", "bottom"):
        axis = item.getAxis(side)
        axis.setTextPen("#333333")
        axis.setPen(GREY)
    return plot


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class ProgressPage(QWidget):
    """Reads db.progress for the current student and draws it; refreshes when answers are recorded."""

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setObjectName("progressPage")
        self.stale = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("progressTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.totals = QLabel()
        self.totals.setObjectName("progressTotals")
        self.to_quiz = QPushButton(self.tr("Back to the &quiz"))
        self.to_quiz.clicked.connect(lambda: state.view_requested.emit("quiz"))
        top.addWidget(self.title)
        top.addSpacing(16)
        top.addWidget(self.totals, 1)
        top.addWidget(self.to_quiz)
        layout.addLayout(top)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.modules_plot = _plot("moduleScores", self.tr("Score per module (%)"))
        self.mastery_plot = _plot("masteryOverTime", self.tr("Mastery over time (%)"))
        self.spots_plot = _plot("weakSpots", self.tr("Weak spots on the timeline"))
        self.spots_plot.getPlotItem().hideAxis("left")
        self.modules_key = QLabel()
        self.modules_key.setObjectName("moduleKey")
        self.modules_key.setWordWrap(True)
        self.modules_key.setTextFormat(Qt.PlainText)
        self.missed = QListWidget()
        self.missed.setObjectName("mostMissed")
        self.missed.setAccessibleName(self.tr("Questions you missed most often"))
        self.missed.setWordWrap(True)
        self.missed.setStyleSheet("QListWidget::item { padding: 4px; }")
        left = QVBoxLayout()
        left.addWidget(self.modules_plot, 1)
        left.addWidget(self.modules_key)
        grid.addLayout(left, 0, 0)
        grid.addWidget(self.mastery_plot, 0, 1)
        missed_box = QVBoxLayout()
        missed_box.addWidget(_heading(self.tr("Most missed questions")))
        missed_box.addWidget(self.missed, 1)
        grid.addLayout(missed_box, 1, 0)
        grid.addWidget(self.spots_plot, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid, 1)
        state.changed.connect(self._changed)
        state.student_changed.connect(lambda _sid: self._mark_stale())

    def _changed(self, changes) -> None:
        if any(k in changes for k in ("attempts", "students", "modules", "questions")):
            self._mark_stale()

    def _mark_stale(self) -> None:
        self.stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        if self.stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Redraw everything for the current student."""
        self.stale = False
        sid = self.state.student_id
        for plot in (self.modules_plot, self.mastery_plot, self.spots_plot):
            plot.getPlotItem().clear()
        self.missed.clear()
        if sid is None:
            self.title.setText(self.tr("Progress"))
            self.totals.setText(self.tr("Pick your name in the Quiz tab to see your progress."))
            self.modules_key.setText("")
            return
        db = self.state.db
        self.title.setText(self.tr("%1's progress").replace("%1", learning.student(db, sid)["name"]))
        totals = progress.summary(db, student_id=sid)
        self.totals.setText(self.tr("%1 answers · %2 fully right · %3 different questions").replace(
            "%1", str(totals["attempts"])).replace("%2", str(totals["correct"])).replace("%3", str(totals["questions"])))
        self._draw_modules(progress.module_progress(db, student_id=sid))
        self._draw_mastery(progress.mastery_over_time(db, student_id=sid))
        self._draw_spots(progress.weak_spots(db, student_id=sid))
        missed = progress.most_missed(db, student_id=sid, limit=8)
        for row in missed:
            mark = "✓ " if row["fixed"] else "✗ "
            text = self.tr("%1 (missed %2 of %3)").replace("%1", row["prompt"]).replace(
                "%2", str(row["misses"])).replace("%3", str(row["attempts"]))
            self.missed.addItem(mark + text)
        if not missed:
            self.missed.addItem(self.tr("Nothing missed yet."))

    def _draw_modules(self, modules: list[dict]) -> None:
        item = self.modules_plot.getPlotItem()
        xs = list(range(1, len(modules) + 1))
        heights = [round(m["score"] * 100) for m in modules]
        brushes = [pg.mkBrush(BLUE if m["answered"] else "#c8d6e8") for m in modules]
        item.addItem(pg.BarGraphItem(x=xs, height=heights, width=0.6, brushes=brushes, pen=pg.mkPen(None)))
        for x, h in zip(xs, heights, strict=True):
            label = pg.TextItem(f"{h} %", color="#222222", anchor=(0.5, 1))
            label.setPos(x, h + 2)
            item.addItem(label)
        item.setYRange(0, 110, padding=0)
        item.setXRange(0.4, len(modules) + 0.6, padding=0)
        item.getAxis("bottom").setTicks([[(x, str(x)) for x in xs]])
        self.modules_key.setText("   ".join(f"{i}. {m['title']}" for i, m in enumerate(modules, start=1)))
        self.modules_plot.setAccessibleDescription("; ".join(f"{m['title']}: {h} %" for m, h in zip(modules, heights,
                                                                                                     strict=True)))

    def _draw_mastery(self, points: list[dict]) -> None:
        item = self.mastery_plot.getPlotItem()
        item.setYRange(0, 105, padding=0)
        if not points:
            note = pg.TextItem(self.tr("Answer some questions to see your mastery grow."), color=GREY, anchor=(0.5, 0.5))
            note.setPos(0, 50)
            item.addItem(note)
            item.setXRange(-1, 1)
            return
        xs = list(range(len(points)))
        ys = [p["mastery"] * 100 for p in points]
        item.plot(xs, ys, pen=pg.mkPen(BLUE, width=3), symbol="o", symbolSize=9, symbolBrush=BLUE, symbolPen="w")
        step = max(1, len(points) // 6)
        item.getAxis("bottom").setTicks([[(x, points[x]["day"][5:]) for x in xs[::step]]])
        item.setXRange(-0.5, len(points) - 0.5, padding=0.05)
        self.mastery_plot.setAccessibleDescription("; ".join(f"{p['day']}: {round(p['mastery'] * 100)} %" for p in points))

    def _draw_spots(self, spots: list[dict]) -> None:
        item = self.spots_plot.getPlotItem()
        item.setYRange(0, 1, padding=0)
        if not spots:
            note = pg.TextItem(self.tr("No weak spots: every question you answered is right now."), color=GREY,
                               anchor=(0.5, 0.5))
            note.setPos(1990, 0.5)
            item.addItem(note)
            item.setXRange(1950, 2030)
            return
        years = [s["year"] for s in spots]
        item.addItem(pg.InfiniteLine(pos=0.25, angle=0, pen=pg.mkPen(GREY, width=1)))
        item.addItem(pg.ScatterPlotItem(x=years, y=[0.25] * len(spots), size=[10 + 5 * s["misses"] for s in spots],
                                        symbol="t", brush=pg.mkBrush(ORANGE), pen=pg.mkPen("w")))
        font = QFont()
        font.setPointSizeF(8.5)
        for i, spot in enumerate(spots):
            label = pg.TextItem(f"{spot['title']}\n{spot['label']}", color="#333333", anchor=(0.5, 1))
            label.setFont(font)
            label.setPos(spot["year"], 0.38 + 0.3 * (i % 2))
            item.addItem(label)
        low, high = min(years), max(years)
        margin = max(3.0, (high - low) * 0.15)
        item.setXRange(low - margin, high + margin, padding=0)
        self.spots_plot.setAccessibleDescription("; ".join(f"{s['title']} ({s['label']})" for s in spots))
