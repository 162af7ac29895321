"""BarPlotWidget: horizontal bars with their labels and values written out, in fonts big enough to project."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.appearance import text_size
from desktop.appearance.i18n import local_number
from desktop.appearance.theme import current_theme

# Text to project: this many times the application font, so that the text size keys reach it too.
FONT_SCALE = 1.5
# Bands with a text label each, so colour is never the only cue.
BANDS = ((0.5, "#c0392b"), (0.8, "#d68910"), (1.01, "#1e8449"))


def band_color(share: float) -> str:
    """Red below 50 %, amber below 80 %, green above."""
    return next(color for limit, color in BANDS if share < limit)


class BarPlotWidget(QWidget):
    """Bars from 0 to 100 % (or counts), one per row, top to bottom in the order given."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel()
        text_size.set_relative_font(self.title, FONT_SCALE * 1.2)
        self.plot = pg.PlotWidget()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.set_title(title)
        self.restyle()
        self.labels: list[str] = []
        self.values: list[float] = []
        self._last: tuple[tuple, dict] | None = None
        self._refont()
        text_size.notifier().changed.connect(self._text_size_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)

    def _refont(self) -> None:
        self.font = text_size.relative_font(FONT_SCALE)
        for name in ("left", "bottom"):
            self.plot.getAxis(name).setTickFont(self.font)

    def _text_size_changed(self, _percent: int) -> None:
        """Larger or smaller text: the ticks and the written values are drawn again in the new size."""
        self._refont()
        if self._last is not None:
            args, kwargs = self._last
            self.set_bars(*args, **kwargs)

    def set_title(self, title: str) -> None:
        """Name the chart (again after a language change)."""
        self.title.setText(f"<b>{title}</b>")
        self.plot.setAccessibleName(title)
        self.plot.setAccessibleDescription(self.tr("A bar chart; the results table holds the same numbers"))

    def restyle(self) -> None:
        """The plot's paper and axes in the current theme (the bars take it when drawn again)."""
        self.plot.setBackground(current_theme().plot_background)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setTextPen(current_theme().plot_foreground)
            axis.setPen(current_theme().plot_foreground)

    def set_bars(self, labels: list[str], values: list[float], *, percent: bool = True, notes: list[str] | None = None,
                 max_label: int = 38) -> None:
        """Draw one bar per label; `notes` are written after each bar's value (e.g. "12 students")."""
        self._last = ((labels, values), {"percent": percent, "notes": notes, "max_label": max_label})
        self.labels, self.values = list(labels), list(values)
        self.plot.clear()
        n = len(values)
        if not n:
            text = pg.TextItem(self.tr("No answers yet"), color=current_theme().plot_foreground, anchor=(0.5, 0.5))
            text.setFont(self.font)
            self.plot.addItem(text)
            for side in ("left", "bottom"):   # no numbers on an empty chart (it showed -0.4 … 0.2)
                self.plot.getAxis(side).setTicks([[]])
            self.plot.setXRange(-1, 1, padding=0)
            self.plot.setYRange(-1, 1, padding=0)
            return
        top = max(values) if not percent else 1.0
        ys = list(range(n - 1, -1, -1))  # first row at the top
        brushes = [pg.mkBrush(QColor(band_color(v) if percent else "#2e6da4")) for v in values]
        self.plot.addItem(pg.BarGraphItem(x0=[0] * n, y=ys, height=0.65, width=values, brushes=brushes,
                                          pen=pg.mkPen("#333")))
        for y, value, note in zip(ys, values, notes or [""] * n, strict=True):
            shown = f"{value * 100:.0f}%" if percent else local_number(value, 2)  # '1,5' in Russian
            text = pg.TextItem(f" {shown}" + (f"  ({note})" if note else ""), color=current_theme().plot_foreground,
                               anchor=(0, 0.5))
            text.setFont(self.font)
            text.setPos(value, y)
            self.plot.addItem(text)
        short = [label if len(label) <= max_label else label[: max_label - 1] + "…" for label in labels]
        self.plot.getAxis("left").setTicks([list(zip(ys, short, strict=True))])
        if percent:
            self.plot.getAxis("bottom").setTicks([[(x / 100, f"{x}%") for x in range(0, 101, 25)]])
        else:
            step = max(1, int(top) // 8 + 1)
            self.plot.getAxis("bottom").setTicks([[(x, str(x)) for x in range(0, int(top) + step + 1, step)]])
        # Leave room right of the longest bar for its value and note.
        longest = max((len(note) for note in notes or []), default=0)
        self.plot.setXRange(0, (top or 1) * (1.3 + 0.02 * longest), padding=0)
        self.plot.setYRange(-0.6, n - 0.4, padding=0)
