"""PartialDateAxisItem: a time axis over fractional years whose ticks adapt from decades to days (any year)."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from db.dates import date_to_years, years_to_date
from db.i18n import cjk_date

# (unit, step) from finest to coarsest. Days step within a month (1, 8, 15, 22 for weeks).
STEPS = (
    ("day", 1), ("day", 2), ("day", 7), ("month", 1), ("month", 3), ("month", 6),
    ("year", 1), ("year", 2), ("year", 5), ("year", 10), ("year", 20), ("year", 50), ("year", 100),
)
APPROX_YEARS = {"day": 1 / 365.25, "month": 1 / 12, "year": 1.0}
SAMPLES = {"day": "28 Sep 2024", "month": "Sep 2024", "year": "2024"}
MINOR_PX = 10.0     # minor ticks closer than this are left out
LABEL_GAP_PX = 18.0
# The unlabelled step drawn between labelled ticks: years under decades, months under years, and so on.
MINOR_OF = {("year", 100): ("year", 10), ("year", 50): ("year", 10), ("year", 20): ("year", 5),
            ("year", 10): ("year", 1), ("year", 5): ("year", 1), ("year", 2): ("year", 1),
            ("year", 1): ("month", 3), ("month", 6): ("month", 1), ("month", 3): ("month", 1),
            ("month", 1): ("day", 7), ("day", 7): ("day", 1), ("day", 2): ("day", 1)}


def step_years(unit: str, step: int) -> float:
    """Approximate length of a step in years."""
    return APPROX_YEARS[unit] * step


def choose_steps(px_per_year: float, label_px: dict[str, float]) -> tuple[tuple[str, int], tuple[str, int] | None]:
    """The labelled step (the finest whose labels fit) and the unlabelled minor step below it."""
    major_i = len(STEPS) - 1
    for i, (unit, step) in enumerate(STEPS):
        if step_years(unit, step) * px_per_year >= label_px[unit] + LABEL_GAP_PX:
            major_i = i
            break
    major = STEPS[major_i]
    minor = MINOR_OF.get(major)
    if minor is not None and step_years(*minor) * px_per_year < MINOR_PX:
        minor = None
    return major, minor


def tick_dates(unit: str, step: int, lo: float, hi: float) -> list[dt.date]:
    """Every calendar day on a step's grid between two fractional years (works before 1970)."""
    lo, hi = max(lo, 1.0), min(hi, 9998.0)
    if hi < lo:
        return []
    if unit == "year":          # 1 January of year y is exactly y.0: no filtering needed
        first = math.ceil(lo / step) * step
        return [dt.date(y, 1, 1) for y in range(int(first), int(math.floor(hi)) + 1, step)]
    start, end = years_to_date(lo), years_to_date(hi)
    out = []
    if unit == "month":
        y, m = start.year, start.month
        while (y, m) <= (end.year, end.month):
            if (m - 1) % step == 0:
                out.append(dt.date(y, m, 1))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    else:
        day = start - dt.timedelta(days=1)
        while day <= end + dt.timedelta(days=1):
            # Restart each month on the 1st; skip a last step that would crowd the next 1st.
            if step == 1 or ((day.day - 1) % step == 0 and day.day <= 29 - step):
                out.append(day)
            day += dt.timedelta(days=1)
    return [d for d in out if lo <= date_to_years(d) <= hi]


def format_tick(day: dt.date, unit: str, locale: QLocale | None = None) -> str:
    """A tick label at a unit's precision: '1950', 'Jun 2024', '18 Jun 2024'."""
    if unit == "year":
        return str(day.year)
    cjk = cjk_date(day.year, day.month, day.day if unit == "day" else None) if locale is None else None
    if cjk:
        return cjk
    month = (locale or QLocale()).monthName(day.month, QLocale.FormatType.ShortFormat)
    if unit == "month":
        return f"{month} {day.year}"
    return f"{day.day} {month} {day.year}"


def _positions(days: list[dt.date], unit: str) -> list[float]:
    """Fractional years of tick dates (years need no calendar arithmetic)."""
    return [float(d.year) for d in days] if unit == "year" else [date_to_years(d) for d in days]


def _tick_levels(lo: float, hi: float, size: float, widths: dict[str, float]) -> tuple:
    """Labelled and unlabelled tick positions for a range over `size` pixels, the labels, and the steps."""
    if size <= 0 or hi <= lo:
        return [], {}, ("year", 10), None
    major_step, minor_step = choose_steps(size / (hi - lo), widths)
    days = tick_dates(*major_step, lo, hi)
    major = _positions(days, major_step[0])
    labels = {round(v, 9): format_tick(d, major_step[0]) for v, d in zip(major, days, strict=True)}
    levels = [(step_years(*major_step), major)]
    if minor_step is not None:
        minor = [v for v in _positions(tick_dates(*minor_step, lo, hi), minor_step[0]) if round(v, 9) not in labels]
        levels.append((step_years(*minor_step), minor))
    return levels, labels, major_step, minor_step


class PartialDateAxisItem(pg.AxisItem):
    """Bottom axis over fractional years: decades, years, months or days depending on the zoom."""

    def __init__(self, orientation: str = "bottom", **kwargs):
        super().__init__(orientation, **kwargs)
        self.major: tuple[str, int] = ("year", 10)
        self.minor: tuple[str, int] | None = None
        self._labels: dict[float, str] = {}
        self._widths: dict[str, float] | None = None
        self._memo: dict[tuple, tuple] = {}
        self._specs: tuple | None = None             # what paint() draws until the range or size changes
        self._text_size: dict[str, tuple[float, float]] = {}
        # Years take no SI prefix; with it on, pyqtgraph rebuilds an (empty) HTML label on every range change.
        self.autoSIPrefix = False

    def label_widths(self) -> dict[str, float]:
        """Pixel width of a typical label of each unit, in the axis font."""
        if self._widths is None:
            metrics = QFontMetricsF(self.style.get("tickFont") or self.font())
            self._widths = {unit: metrics.horizontalAdvance(sample) for unit, sample in SAMPLES.items()}
        return self._widths

    def font_changed(self) -> None:
        """Measure labels again in the new font (after a text size change) and redraw."""
        self._widths = None
        self._text_size.clear()
        self._memo.clear()
        self.picture = None
        self.update()

    def major_values(self, lo: float, hi: float, size: float) -> list[float]:
        """Where the labelled ticks fall for a range drawn over `size` pixels (for grid lines)."""
        width = self.geometry().width()
        # The axis spans the view's width: ask with its own width so the ticks it draws this frame are reused.
        levels = self._ticks(lo, hi, width if abs(width - size) <= 3 else size)[0]
        return levels[0][1] if levels else []

    def tickValues(self, minVal, maxVal, size):  # noqa: N802, N803 - pyqtgraph override
        levels, labels, self.major, self.minor = self._ticks(minVal, maxVal, size)
        self._labels = labels
        return levels

    def _ticks(self, lo: float, hi: float, size: float) -> tuple:
        """(levels, labels, major step, minor step) for a range, remembered: the grid asks in the same frame."""
        key = (lo, hi, round(size))
        if key not in self._memo:
            if len(self._memo) > 4:
                self._memo.clear()
            self._memo[key] = _tick_levels(lo, hi, size, self.label_widths())
        return self._memo[key]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph override
        return [self._labels.get(round(v, 9), "") for v in values]

    def labels_in_view(self) -> list[str]:
        """The labels of the major ticks last computed (for tests and the accessible description)."""
        return list(self._labels.values())

    # ------------------------------------------------------------------ drawing
    # pyqtgraph's generic axis records a QPicture from per-tick Points and measures every label with the painter
    # on every range change; zooming changes the range every frame, so this axis draws its few ticks directly.

    def paint(self, p: QPainter, opt, widget):  # noqa: D102 - pyqtgraph override
        if self.orientation != "bottom" or self.grid is not False or self._tickLevels is not None:
            return super().paint(p, opt, widget)
        if self.picture is None or self._specs is None:
            self.picture = True       # pyqtgraph sets it to None when the range, size or style changes
            self._specs = self._bottom_specs()
        if self._specs:
            self._draw_specs(p, *self._specs)

    def _tick_pens(self) -> list[QPen]:
        """The major and minor tick pens (the minor one at half opacity, as pyqtgraph draws them)."""
        pens = []
        for level in range(2):
            pen = QPen(self.tickPen())
            color = QColor(pen.color())
            color.setAlpha(int(255 / (level + 1)))
            pen.setColor(color)
            pens.append(pen)
        return pens

    def _label_size(self, text: str, metrics: QFontMetricsF) -> tuple[float, float]:
        size = self._text_size.get(text)
        if size is None:
            if len(self._text_size) > 2000:
                self._text_size.clear()
            size = self._text_size[text] = (metrics.horizontalAdvance(text) + 2, metrics.height() * 0.8)
        return size

    def _bottom_specs(self) -> tuple | None:
        """Axis line, (pen, tick lines) per level and label rectangles for the current range, in item pixels."""
        bounds = self.mapRectFromParent(self.geometry())
        width = bounds.width()
        lo, hi = self.range
        if width <= 0 or hi <= lo:
            return None
        levels = self.tickValues(lo, hi, width)
        scale = width / (hi - lo)
        top = bounds.top()
        tick_length = self.style["tickLength"]
        lines = []
        for pen, (i, (_spacing, values)) in zip(self._tick_pens(), enumerate(levels[:2]), strict=False):
            x = (np.asarray(values, dtype=float) - lo) * scale
            x = x[(x >= 0) & (x <= width)]
            end = top + tick_length / (i * 0.5 + 1.0)
            lines.append((pen, [QLineF(v, top, v, end) for v in x.tolist()]))
        font = self.style["tickFont"] or self.font()
        metrics = QFontMetricsF(font)
        below = max(0, tick_length) + self.style["tickTextOffset"][1]
        inside = self.boundingRect()
        texts = []
        height = 0.0
        for v in levels[0][1] if levels else []:
            x = (v - lo) * scale
            text = self._labels.get(round(v, 9), "")
            if not text or x < 0 or x > width:
                continue
            w, height = self._label_size(text, metrics)
            rect = QRectF(x - w / 2, top + below, w, height)
            if inside & rect == rect:      # a label cut by the axis' ends is left out
                texts.append((rect, text))
        self._updateMaxTextSize(height)
        axis_line = QLineF(bounds.left() - 1, top + 1, bounds.right() + 1, top + 1)
        return axis_line, lines, texts, font

    def _draw_specs(self, p: QPainter, axis_line: QLineF, lines: list, texts: list, font) -> None:
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.setPen(self.pen())
        p.drawLine(axis_line)
        for pen, level in lines:          # pens made with the specs, when the range changes, not every paint
            if level:
                p.setPen(pen)
                p.drawLines(level)
        p.setFont(font)
        p.setPen(self.textPen())
        p.setClipRect(self.boundingRect().toAlignedRect())
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextDontClip)
        for rect, text in texts:
            p.drawText(rect, flags, text)
        p.restore()
