"""TimelineInput: place a marker on a year axis (drag or click), refined by year and month boxes."""

from __future__ import annotations

import datetime as dt
import math

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from db.dates import PartialDate
from db.i18n import date_label, month_label, month_names
from desktop.appearance import text_size
from desktop.appearance.retranslate import Retranslatable
from desktop.appearance.theme import current_theme, legible

FIRST_YEAR = 1945
NO_YEAR = FIRST_YEAR - 1  # the year box's "not placed yet" value


def year_range(question: dict) -> tuple[int, int]:
    """The axis: 1945 to next year, widened (never narrowed) to hold the answer with room around it."""
    last = dt.date.today().year + 1
    try:
        target = PartialDate.parse(str(question.get("answer", ""))).year
    except Exception:  # noqa: BLE001 - a broken preview question still gets an axis
        target = last
    return min(FIRST_YEAR, target - 10), max(last, target + 5)


class TimelineInput(Retranslatable, QWidget):
    """`answer()` is the month placed, as "YYYY-MM", or None before the student places the marker."""

    edited = Signal()

    def __init__(self, question: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.first, self.last = year_range(question)
        self.placed = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        theme = current_theme()
        # The marker in the theme's highlight and the right date in its "right" colour, both readable on the plot.
        self.mark_color = legible(theme.highlight, theme.plot_background, ratio=4.5)
        self.right_color = legible(theme.right, theme.plot_background, ratio=4.5)
        self.plot = pg.PlotWidget(background=theme.plot_background)
        self.plot.setObjectName("timelineAnswerPlot")
        self.plot.setFocusPolicy(Qt.NoFocus)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        item = self.plot.getPlotItem()
        item.hideAxis("left")
        item.setXRange(self.first, self.last + 1, padding=0.01)
        item.setYRange(0, 1, padding=0)
        axis = item.getAxis("bottom")
        axis.setTextPen(theme.plot_foreground)
        axis.setPen("#888888")
        self.marker = pg.InfiniteLine(pos=(self.first + self.last) / 2, angle=90, movable=True,
                                      pen=pg.mkPen(self.mark_color, width=3, style=Qt.DashLine),
                                      hoverPen=pg.mkPen("#e67e22", width=4),
                                      bounds=(self.first, self.last + 1 - 1 / 12))
        # Labels sit on a patch of the background, above the lines, so a line never strikes through a date.
        self.label = pg.TextItem("", color=self.mark_color, anchor=(0.5, 0), fill=theme.plot_background)
        self.label.setZValue(20)
        self.label.setPos(self.marker.value(), 0.95)
        item.addItem(self.marker)
        item.addItem(self.label)
        self.marker.sigPositionChangeFinished.connect(lambda line: self._set_month_index(self._index_at(line.value())))
        self.marker.sigPositionChanged.connect(lambda line: self.label.setPos(line.value(), 0.95))
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        layout.addWidget(self.plot)
        self._fit_to_font()

        row = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setObjectName("placeYear")
        self.year.setRange(NO_YEAR, self.last)
        self.year.setValue(NO_YEAR)
        self.month = QComboBox()
        self.month.setObjectName("placeMonth")
        self.month.addItems([""] + month_names())
        self.year_label, self.month_label = QLabel(), QLabel()
        self.year_label.setBuddy(self.year)
        self.month_label.setBuddy(self.month)
        for w in (self.year_label, self.year, self.month_label, self.month):
            row.addWidget(w)
        self.hint = QLabel()
        self.hint.setObjectName("placeHint")
        self.hint.setWordWrap(True)   # at large text it takes two lines instead of squeezing the month box
        row.addSpacing(12)
        row.addWidget(self.hint, 1)
        layout.addLayout(row)
        self.year.valueChanged.connect(self._boxes_changed)
        self.month.currentIndexChanged.connect(self._boxes_changed)
        self.setFocusProxy(self.year)
        self.retranslate_ui()

    def _fit_to_font(self) -> None:
        """The axis's years, the placed month and the plot's height in the current text size (the years kept the
        size the plot was built with, and at 200 % they were cut by the fixed height)."""
        font = text_size.relative_font()
        self.plot.getPlotItem().getAxis("bottom").setStyle(tickFont=font)
        for item in self.plot.getPlotItem().items:
            if isinstance(item, pg.TextItem):
                item.setFont(font)
        self.plot.setFixedHeight(round(96 * text_size.point_size() / text_size.default_point_size()))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """A new text size reaches the plot's text at once."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "plot"):
            self._fit_to_font()

    def set_locked(self, locked: bool) -> None:
        """Once answered the year box is read-only (still reached by Tab and read), the month and marker frozen."""
        self.year.setReadOnly(locked)
        self.month.setEnabled(not locked)
        self.marker.setMovable(not locked)
        self.plot.setEnabled(not locked)

    def retranslate_ui(self) -> None:
        """Names, labels, the hint and the month names in the current language."""
        self.plot.setAccessibleName(self.tr("Year axis: drag or click to place the marker"))
        self.year.setSpecialValueText(self.tr("Year?"))
        self.year.setAccessibleName(self.tr("Year of the marker"))
        for i, name in enumerate([self.tr("Month?")] + month_names()):
            self.month.setItemText(i, name)
        self.month.setAccessibleName(self.tr("Month of the marker"))
        self.year_label.setText(self.tr("&Year:"))
        self.month_label.setText(self.tr("&Month:"))
        self.hint.setText(self.tr("Drag the marker, click the axis, or type a year and a month."))

    def _index_at(self, x: float) -> int:
        """Month number (year × 12 + month − 1) under an axis position."""
        return math.floor(x * 12)

    def _clicked(self, event) -> None:
        if not self.isEnabled():
            return
        pos = self.plot.getPlotItem().vb.mapSceneToView(event.scenePos())
        self._set_month_index(self._index_at(pos.x()))

    def _boxes_changed(self) -> None:
        if self.year.value() == NO_YEAR:
            return
        month = self.month.currentIndex() or 6  # a year alone puts the marker mid-year until a month is chosen
        self._set_month_index(self.year.value() * 12 + month - 1, from_boxes=True)

    def _set_month_index(self, index: int, from_boxes: bool = False) -> None:
        index = min(max(index, self.first * 12), self.last * 12 + 11)
        year, month = divmod(index, 12)
        self.placed = True
        self.marker.setPen(pg.mkPen(self.mark_color, width=3))
        self.marker.blockSignals(True)
        self.marker.setValue(year + (month + 0.5) / 12)
        self.marker.blockSignals(False)
        self.label.setPos(self.marker.value(), 0.95)
        self.label.setText(month_label(year, month + 1))
        if not from_boxes:
            self.year.blockSignals(True)
            self.month.blockSignals(True)
            self.year.setValue(year)
            self.month.setCurrentIndex(month + 1)
            self.year.blockSignals(False)
            self.month.blockSignals(False)
        elif self.month.currentIndex() == 0:
            self.month.blockSignals(True)
            self.month.setCurrentIndex(month + 1)
            self.month.blockSignals(False)
        self.edited.emit()

    def answer(self):
        """"YYYY-MM" of the marker, or None before it is placed."""
        if not self.placed:
            return None
        year, month = divmod(self._index_at(self.marker.value()), 12)
        return f"{year:04d}-{month + 1:02d}"

    def set_answer(self, value: str) -> None:
        """Place the marker on a partial date (a bare year goes to June)."""
        date = PartialDate.parse(value)
        self._set_month_index(date.year * 12 + (date.month or 6) - 1)

    def show_solution(self, question: dict) -> None:
        """Draw the right date on the axis beside the student's marker, after answering."""
        try:
            target = PartialDate.parse(str(question.get("answer", "")))
        except Exception:  # noqa: BLE001 - nothing to draw for a broken preview question
            return
        start, end = target.start_value(), target.end_value()
        item = self.plot.getPlotItem()
        shade = QColor(self.right_color)
        shade.setAlpha(90)
        self.solution = pg.LinearRegionItem((start, end), movable=False, brush=pg.mkBrush(shade),
                                            pen=pg.mkPen(self.right_color, width=2))
        item.addItem(self.solution)
        label = pg.TextItem(self.tr("right: %1").replace("%1", date_label(target.iso())), color=self.right_color,
                            anchor=(0.5, 1), fill=current_theme().plot_background)
        label.setFont(text_size.relative_font())
        label.setZValue(20)
        label.setPos((start + end) / 2, 0.3)
        item.addItem(label)

    def missing_hint(self) -> str:
        """What to do before the answer can be checked."""
        return self.tr("Place the marker first.")
