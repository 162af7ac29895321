"""ProgressPage: score per module, mastery over time, most-missed questions, weak spots on the timeline."""

from __future__ import annotations

from html import escape

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QTextOption
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from db import learning
from db.i18n import date_label
from db.queries import progress
from desktop.appearance import text_size
from desktop.appearance.links import speak_label_links
from desktop.appearance.retranslate import Retranslatable
from desktop.appearance.theme import current_theme
from desktop.state import AppState
from desktop.widgets.plain_text import plain_label

BLUE, ORANGE, GREY = "#1f5fa8", "#d35400", "#888888"
SPOT_BASE_PX = 22   # the weak spots' marks sit this far above the bottom of their chart


class _ChartWidget(pg.PlotWidget):
    """A plot that asks for no more than its least height: the page sits in a scroll area that lays it out at the
    height its parts ask for, and pyqtgraph's own 480 px made the page twice a laptop screen's height."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(360, self.minimumHeight())


def _plot(name: str) -> pg.PlotWidget:
    """A quiet plot with no mouse zoom, for a small dashboard chart (`_dress` gives it its title and colours)."""
    plot = _ChartWidget()
    plot.setObjectName(name)
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.setMinimumHeight(220)
    return plot


def _dress(plot: pg.PlotWidget, title: str) -> None:
    """A plot's title and names in the current language, its colours in the current theme."""
    plot.setBackground(current_theme().plot_background)
    plot.setAccessibleName(title)
    plot.setAccessibleDescription(QCoreApplication.translate("ProgressPage", "A chart of your own results, in percent"))
    item = plot.getPlotItem()
    item.setTitle(title, color=current_theme().plot_foreground, size=f"{text_size.point_size(1.1):.1f}pt")
    for side in ("left", "bottom"):
        axis = item.getAxis(side)
        axis.setTextPen(current_theme().plot_foreground)
        axis.setPen(GREY)
        axis.setStyle(tickFont=text_size.relative_font())


def _wrap_note(note: pg.TextItem, plot: pg.PlotWidget) -> None:
    """A note in an empty chart, in the text size and wrapped to the chart's width (at 200 % one line ran past
    both sides)."""
    note.setFont(text_size.relative_font())
    note.setTextWidth(max(plot.getViewBox().width() * 0.9, 120.0))
    note.textItem.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignHCenter))


def _refont(plot: pg.PlotWidget) -> None:
    """The plot's title and ticks in the text size now in use."""
    item = plot.getPlotItem()
    item.setTitle(plot.accessibleName(), color=current_theme().plot_foreground,
                  size=f"{text_size.point_size(1.1):.1f}pt")
    for side in ("left", "bottom"):
        item.getAxis(side).setStyle(tickFont=text_size.relative_font())


def _short(text: str, limit: int) -> str:
    """Text cut to `limit` characters with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def spot_range(years: list[float]) -> tuple[float, float]:
    """The years to show for weak spots: their span with a margin, at least ten years wide."""
    lo, hi = min(years), max(years)
    pad = max((hi - lo) * 0.12, (10 - (hi - lo)) / 2, 1.0)
    return lo - pad, hi + pad


def place_spot_labels(spots: list[dict], widths: dict[str, float], px_per_year: float, lo: float, hi: float,
                      rows: int = 3) -> list[tuple[dict, int, float]]:
    """(spot, row, anchor) for the labels that fit: most-missed first, each in the lowest row where its box (kept
    inside the plot) overlaps no other; anchor 0 / 0.5 / 1 puts the box right of, over or left of its mark."""
    taken: list[list[tuple[float, float]]] = [[] for _ in range(rows)]
    placed = []
    for spot in sorted(spots, key=lambda s: (-s["misses"], s["year"])):
        width = widths[spot["slug"]] / px_per_year
        x = spot["year"]
        edge = 0.0 if x - width / 2 < lo else 1.0 if x + width / 2 > hi else 0.5
        left = x - width * edge
        box = (left, left + width)
        for row in range(rows):
            if all(box[1] <= a or box[0] >= b for a, b in taken[row]):
                taken[row].append(box)
                placed.append((spot, row, edge))
                break
    return placed


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    text_size.set_relative_font(label, 1.1, bold=True)
    return label


class ProgressPage(Retranslatable, QWidget):
    """Reads db.queries.progress for the current student and draws it; refreshes when answers are recorded."""

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setObjectName("progressPage")
        self.stale = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        top = QHBoxLayout()
        self.title = plain_label()  # holds the student's name
        self.title.setObjectName("progressTitle")
        text_size.set_relative_font(self.title, 1.5, bold=True)
        self.totals = QLabel()
        self.totals.setObjectName("progressTotals")
        self.to_quiz = QPushButton()
        self.to_quiz.clicked.connect(lambda: state.view_requested.emit("quiz"))
        top.addWidget(self.title)
        top.addSpacing(16)
        top.addWidget(self.totals, 1)
        top.addWidget(self.to_quiz)
        layout.addLayout(top)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.modules_plot = _plot("moduleScores")
        self.modules_plot.installEventFilter(self)   # its titles' column is cut to its width: drawn again on resize
        self._titles_width = 0
        self.mastery_plot = _plot("masteryOverTime")
        self.spots_plot = _plot("weakSpots")
        self.spots_plot.getPlotItem().hideAxis("left")
        self._spots: list[dict] = []
        self._spot_labels: list[pg.TextItem] = []
        self.spots_plot.getViewBox().sigResized.connect(lambda _box: self._label_spots())
        self.spots_note = QLabel()
        self.spots_note.setObjectName("weakSpotsList")
        self.spots_note.setWordWrap(True)
        self.spots_note.setTextFormat(Qt.RichText)
        self.spots_note.setStyleSheet("color: palette(placeholder-text);")
        # The accessible twin of the plot: each event is a link (Tab reaches it) to the timeline.
        self.spots_note.setTextInteractionFlags(Qt.TextBrowserInteraction)
        self.spots_note.setOpenExternalLinks(False)
        self.spots_note.linkActivated.connect(lambda link: self.show_event(link.removeprefix("event:")))
        speak_label_links(self.spots_note)
        self.missed = QListWidget()
        self.missed.setObjectName("mostMissed")
        self.missed.setWordWrap(True)
        self.missed.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.missed.setStyleSheet("QListWidget::item { padding: 4px; }")
        grid.addWidget(self.modules_plot, 0, 0)
        grid.addWidget(self.mastery_plot, 0, 1)
        missed_box = QVBoxLayout()
        self.missed_heading = _heading("")
        missed_box.addWidget(self.missed_heading)
        missed_box.addWidget(self.missed, 1)
        grid.addLayout(missed_box, 1, 0)
        spots_box = QVBoxLayout()
        spots_box.addWidget(self.spots_plot, 1)
        spots_box.addWidget(self.spots_note)
        grid.addLayout(spots_box, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.content = QWidget()
        self.content.setLayout(grid)
        layout.addWidget(self.content, 1)
        self.empty = QLabel()
        self.empty.setObjectName("progressEmpty")
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty, 1)
        state.changed.connect(self._changed)
        state.student_changed.connect(lambda _sid: self._mark_stale())
        text_size.notifier().changed.connect(self._text_size_changed)
        state.theme_changed.connect(lambda _name: self.retranslate_ui())
        self._texts()

    def _texts(self) -> None:
        self.to_quiz.setText(self.tr("Back to the q&uiz"))
        for plot, title in ((self.modules_plot, self.tr("Score per module (%)")),
                            (self.mastery_plot, self.tr("Mastery over time (%)")),
                            (self.spots_plot, self.tr("Weak spots on the timeline"))):
            _dress(plot, title)
        self.missed.setAccessibleName(self.tr("Questions you missed most often"))
        self.missed.setAccessibleDescription(self.tr("One line per question, the most missed first"))
        self.missed_heading.setText(self.tr("Most missed questions"))
        text_size.set_scaled_html(self.empty, self.tr(
            "<p style='font-size:14pt'>Nobody has picked a name yet.</p>"
            "<p>Pick your name in the <b>Quiz</b> tab; your scores, your progress over time "
            "and the events to look at again will appear here.</p>"))

    def retranslate_ui(self) -> None:
        """Texts, plot titles and colours again, and the results drawn again (now or when next shown)."""
        self._texts()
        self._mark_stale()

    def _changed(self, changes) -> None:
        if any(k in changes for k in ("attempts", "students", "modules", "questions")):
            self._mark_stale()

    def _text_size_changed(self, _percent: int) -> None:
        self._mark_stale()   # the charts' titles, ticks and labels are drawn again in the new size

    def _mark_stale(self) -> None:
        self.stale = True
        if self.isVisible():
            self.refresh()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """The score chart resized by more than a few pixels (the page laid out after it was drawn, a window
        resize): its module titles are cut again to the new column."""
        if (watched is self.modules_plot and event.type() == QEvent.Type.Resize and self.isVisible()
                and abs(self.modules_plot.width() - self._titles_width) > 16):
            QTimer.singleShot(0, self, self._mark_stale)   # drawn now if still shown, else when next shown
        return super().eventFilter(watched, event)

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
            _refont(plot)
        self._spots, self._spot_labels = [], []
        self.missed.clear()
        self.spots_note.setText("")
        self.content.setVisible(sid is not None)
        self.empty.setVisible(sid is None)
        if sid is None:
            self.title.setText(self.tr("Progress"))
            self.totals.setText("")
            return
        db = self.state.db
        self.title.setText(self.tr("%1's progress").replace("%1", learning.student(db, sid)["name"]))
        totals = progress.summary(db, student_id=sid)
        self.totals.setText(" · ".join((self.tr("%n answer(s)", "", totals["attempts"]),
                                        self.tr("%n fully right", "", totals["correct"]),
                                        self.tr("%n different question(s)", "", totals["questions"]))))
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
        # Horizontal bars: module titles read on the left axis, first module at the top.
        ys = list(range(len(modules)))
        scores = [round(m["score"] * 100) for m in modules]
        brushes = [pg.mkBrush(BLUE if m["answered"] else "#c8d6e8") for m in modules]
        item.addItem(pg.BarGraphItem(x0=0, y=ys, width=scores, height=0.62, brushes=brushes, pen=pg.mkPen(None)))
        for y, score, module in zip(ys, scores, modules, strict=True):
            text = f"{score} %" if module["answered"] else self.tr("not started")
            label = pg.TextItem(text, color=current_theme().plot_foreground if module["answered"] else GREY, anchor=(0, 0.5))
            label.setPos(score + 1.5, y)
            item.addItem(label)
        # The titles' column grows with the text, to under half the chart (at 200 % it took nearly all of it and cut
        # the bars and their scores); a title is cut short to the column in pixels (a longer one is not drawn).
        self._titles_width = self.modules_plot.width()
        axis_px = round(min(270 * text_size.point_size() / text_size.default_point_size(),
                            0.45 * self.modules_plot.width()))
        metrics = QFontMetrics(text_size.relative_font())
        item.getAxis("left").setTicks([[(y, metrics.elidedText(_short(m["title"], 36), Qt.TextElideMode.ElideRight,
                                                               axis_px - 12))
                                        for y, m in zip(ys, modules, strict=True)]])
        item.getAxis("left").setWidth(axis_px)
        item.getAxis("left").setStyle(textFillLimits=[(0, 1.0)])  # every title, not just those pyqtgraph thinks fit
        item.invertY(True)
        item.setXRange(0, 118, padding=0)
        item.setYRange(-0.6, len(modules) - 0.4, padding=0)
        item.getAxis("bottom").setTicks([[(x, f"{x} %") for x in range(0, 101, 25)]])
        self.modules_plot.setAccessibleDescription("; ".join(f"{m['title']}: {s} %" for m, s in zip(modules, scores,
                                                                                                    strict=True)))

    def _draw_mastery(self, points: list[dict]) -> None:
        item = self.mastery_plot.getPlotItem()
        item.setYRange(0, 105, padding=0)
        if not points:
            note = pg.TextItem(self.tr("Answer some questions to see your mastery grow."), color=GREY, anchor=(0.5, 0.5))
            _wrap_note(note, self.mastery_plot)
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
        self._spots, self._spot_labels = spots, []
        if not spots:
            item.setYRange(0, 1, padding=0)
            item.setXRange(1945, 2030, padding=0)
            note = pg.TextItem(self.tr("No weak spots: every question you answered is right now."), color=GREY,
                               anchor=(0.5, 0.5))
            _wrap_note(note, self.spots_plot)
            note.setPos(1987, 0.5)
            item.addItem(note)
            return
        self._spot_range = spot_range([s["year"] for s in spots])
        item.setXRange(*self._spot_range, padding=0)   # zoomed to where the marks are, not 1945 to 2030 for three marks
        # The vertical axis is hidden and counts pixels from the bottom (set again at each resize), so the marks
        # keep their place and the labels stack right above them whatever the chart's height.
        item.addItem(pg.InfiniteLine(pos=SPOT_BASE_PX, angle=0, pen=pg.mkPen(GREY, width=1)))
        marks = pg.ScatterPlotItem(x=[s["year"] for s in spots], y=[SPOT_BASE_PX] * len(spots),
                                   size=[10 + 5 * min(s["misses"], 4) for s in spots], symbol="t",
                                   brush=pg.mkBrush(ORANGE), pen=pg.mkPen("w"), data=[s["slug"] for s in spots],
                                   hoverable=True, tip=None)
        marks.sigClicked.connect(lambda _item, points, _ev: self.show_event(points[0].data()) if len(points) else None)
        item.addItem(marks)
        self._label_spots()
        self.spots_plot.setAccessibleDescription("; ".join(f"{s['title']} ({date_label(s['start'], s['end'])})"
                                                           for s in spots))
        links = "; ".join(f"<a href='event:{escape(s['slug'])}'>{escape(s['title'])}</a> ({escape(s['start'][:4])})"
                          for s in spots[:6])
        more = self.tr(" and %1 more").replace("%1", str(len(spots) - 6)) if len(spots) > 6 else ""
        self.spots_note.setText(escape(self.tr("%n event(s) behind questions you got wrong (click to see one on the "
                                               "timeline):", "", len(spots))) + " " + links + escape(more))

    def _label_spots(self) -> None:
        """Label the weak spots at the chart's size now: in rows just above the marks, the most-missed first, as many
        rows as fit inside the chart (at most six), no label over another; the rest are in the list below."""
        item = self.spots_plot.getPlotItem()
        for label in self._spot_labels:
            item.removeItem(label)
        self._spot_labels = []
        box = self.spots_plot.getViewBox()
        width, height = box.width(), box.height()
        if not self._spots or width < 40 or height < 40:
            return
        item.setYRange(0, height, padding=0)
        lo, hi = self._spot_range
        font = text_size.relative_font(0.9)
        labels = {}
        for spot in self._spots:
            label = pg.TextItem(f"{_short(spot['title'], 24)}\n{spot['start'][:4]}",
                                color=current_theme().plot_foreground)
            label.setFont(font)
            labels[spot["slug"]] = label
        row_px = max(label.boundingRect().height() for label in labels.values())
        first_px = SPOT_BASE_PX + 14        # above the largest mark
        rows = max(0, min(6, int((height - first_px) // row_px)))
        widths = {slug: label.boundingRect().width() + 8 for slug, label in labels.items()}   # 4 px clear each side
        for spot, row, edge in place_spot_labels(self._spots, widths, width / (hi - lo), lo, hi, rows=rows):
            label = labels[spot["slug"]]
            label.setAnchor((edge, 1))
            label.setPos(spot["year"], first_px + row_px * row)
            item.addItem(label)
            self._spot_labels.append(label)

    def show_event(self, slug: str) -> None:
        """Select a weak spot's event, move the app's date to it, and bring the timeline forward."""
        spot = next((s for s in progress.weak_spots(self.state.db, student_id=self.state.student_id)
                     if s["slug"] == slug), None) if self.state.student_id is not None else None
        if spot is None:
            return
        self.state.select_event(slug)
        self.state.set_date(spot["year"])
        self.state.view_requested.emit("timeline")
