"""DateControlWidget: Play, a slider from 1950 to today, and a field for a year or month, linked to the app's date."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from db.dates import PartialDate, years_to_date
from db.i18n import month_label
from desktop.appearance import text_size
from desktop.appearance.retranslate import Retranslatable
from desktop.appearance.theme import mark_problem

FIRST_YEAR = 1950
_FIELD = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?\s*$")


def month_index(value: float) -> int:
    """Months since January 1950 for a fractional-year date."""
    day = years_to_date(value)
    return (day.year - FIRST_YEAR) * 12 + day.month - 1


def month_value(index: int) -> float:
    """The fractional-year value of the first day of the month `index` months after January 1950."""
    return PartialDate(FIRST_YEAR + index // 12, index % 12 + 1).start_value()


def parse_field(text: str, last: dt.date) -> tuple[float | None, str]:
    """Read 'YYYY' or 'YYYY-MM' into a fractional year, or return (None, 'format' | 'month' | 'range')."""
    match = _FIELD.match(text)
    if not match:
        return None, "format"
    year, month = int(match.group(1)), int(match.group(2)) if match.group(2) else None
    if month is not None and not 1 <= month <= 12:
        return None, "month"
    if not FIRST_YEAR <= year <= last.year or (year == last.year and (month or 1) > last.month):
        return None, "range"
    return PartialDate(year, month).start_value(), ""


class DateControlWidget(Retranslatable, QWidget):
    """Emits `date_chosen` when the user moves the slider, types a date or plays; `set_value` follows the app."""

    date_chosen = Signal(float)

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.today = today or dt.date.today()
        self.value = float(FIRST_YEAR)
        self.play_button = QPushButton()
        self.play_button.setObjectName("relationsPlay")
        self.play_button.setCheckable(True)
        self.play_button.toggled.connect(self._on_play)
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setObjectName("relationsDateSlider")
        self.slider.setRange(0, (self.today.year - FIRST_YEAR) * 12 + self.today.month - 1)
        self.slider.setSingleStep(1)
        self.slider.setPageStep(12)
        self.slider.setTickPosition(QSlider.TicksBelow)
        self.slider.setTickInterval(120)
        self.slider.valueChanged.connect(self._on_slider)
        self.field = QLineEdit()
        self.field.setObjectName("relationsDateField")
        self.field.returnPressed.connect(self.apply_field)
        self.field.editingFinished.connect(self.apply_field)
        self.date_label = QLabel()
        self.date_label.setObjectName("relationsDateLabel")
        text_size.set_relative_font(self.date_label, 1.3, bold=True)
        self.message = QLabel()
        self.message.setObjectName("relationsDateMessage")
        mark_problem(self.message)
        self.message.setWordWrap(True)
        self.message.hide()
        self.field_label = field_label = QLabel()
        field_label.setBuddy(self.field)
        # Three groups, in one row where the pane is wide enough and in two where it is narrow or the text large,
        # so the slider keeps a length a hand can drag and the field shows its whole date (squeezed into one row,
        # neither did). The play button is placed first so that Tab still goes play, slider, field.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.top_row = QHBoxLayout()
        self.top_row.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.top_row)
        self.top_row.addWidget(self.play_button)
        self.span = QWidget(self)
        span_row = QHBoxLayout(self.span)
        span_row.setContentsMargins(0, 0, 0, 0)
        for w in (QLabel(str(FIRST_YEAR)), self.slider, QLabel(str(self.today.year))):
            span_row.addWidget(w, 1 if w is self.slider else 0)
        self.top_row.addWidget(self.span, 1)
        self.typed = QWidget(self)
        typed_row = QHBoxLayout(self.typed)
        typed_row.setContentsMargins(0, 0, 0, 0)
        for w in (field_label, self.field, self.date_label):
            typed_row.addWidget(w)
        typed_row.addStretch(1)
        self.top_row.addWidget(self.typed)
        self.second_row = QHBoxLayout()
        self.second_row.setContentsMargins(0, 0, 0, 0)
        self.wide = True
        layout.addLayout(self.second_row)
        layout.addWidget(self.message)
        self.timer = QTimer(self)
        self.timer.setInterval(900)
        self.timer.timeout.connect(self.step_year)
        self.retranslate_ui()

    def _fit_to_font(self) -> None:
        """Widths in the current text size: the field holds a whole YYYY-MM, the slider a drag's length; the
        control's least width is that of its two-row form."""
        metrics = self.fontMetrics()
        self.field.setFixedWidth(metrics.horizontalAdvance("0000-00") + 4 * metrics.averageCharWidth())
        self.slider.setMinimumWidth(16 * metrics.averageCharWidth())
        spacing = self.top_row.spacing()
        self.setMinimumWidth(max(self.play_button.sizeHint().width() + spacing + self.span.minimumSizeHint().width(),
                                 self.typed.minimumSizeHint().width()))
        self._arrange()

    def one_row_width(self) -> int:
        """The width the play button, the slider at its least and the typed date need side by side."""
        return (self.play_button.sizeHint().width() + self.span.minimumSizeHint().width()
                + self.typed.sizeHint().width() + 2 * self.top_row.spacing())

    def _arrange(self) -> None:
        """One row where it fits, else the typed date on a second row."""
        wide = self.width() >= self.one_row_width()
        if wide == self.wide:
            return
        self.wide = wide
        (self.second_row if wide else self.top_row).removeWidget(self.typed)
        (self.top_row if wide else self.second_row).addWidget(self.typed)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """A new text size: the field and the slider take widths to match it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "span"):
            self._fit_to_font()

    def retranslate_ui(self) -> None:
        """Texts in the current language (the date itself is written by set_value)."""
        self._on_play_texts(self.play_button.isChecked())
        self.play_button.setToolTip(self.tr("Step through the years one by one (press again to stop)"))
        self.slider.setAccessibleName(self.tr("Date of the relationship map"))
        self.field.setAccessibleName(self.tr("Date (year or year-month)"))
        self.field.setPlaceholderText(self.tr("YYYY or YYYY-MM"))
        self.field_label.setText(self.tr("&Date:"))
        self.set_value(self.value)
        self._fit_to_font()

    def _on_play_texts(self, on: bool) -> None:
        self.play_button.setText(self.tr("■ Stop") if on else self.tr("▶ Play"))
        self.play_button.setAccessibleName(self.tr("Stop playing") if on else self.tr("Play through the years"))

    def set_value(self, value: float) -> None:
        """Show a date chosen elsewhere (the timeline's cursor) without emitting it back."""
        self.value = value
        self.slider.blockSignals(True)
        self.slider.setValue(month_index(value))
        self.slider.blockSignals(False)
        day = years_to_date(value)
        if not self.field.hasFocus() or not self.message.isHidden():
            # The date moved elsewhere (slider, Play, timeline): show it, and drop a stale complaint.
            self.field.setText(f"{day.year:04d}-{day.month:02d}")
            self._clear_problem()
        self.date_label.setText(month_label(day.year, day.month))
        self.slider.setAccessibleDescription(self.date_label.text())

    def _choose(self, value: float) -> None:
        self.set_value(value)
        self.date_chosen.emit(value)

    def _on_slider(self, index: int) -> None:
        self._choose(month_value(index))

    def apply_field(self) -> bool:
        """Read the field; on bad input show what is wrong and keep the date. True when the date moved."""
        text = self.field.text()
        day = years_to_date(self.value)
        if text.strip() in (f"{day.year:04d}-{day.month:02d}", ""):
            self.message.hide()
            return False
        value, code = parse_field(text, self.today)
        if value is None:
            problem = self.problem_text(code, text.strip())
            self.message.setText(problem)
            self.message.show()
            mark_problem(self.field)
            self.field.setAccessibleDescription(problem)
            return False
        self._clear_problem()
        self._choose(value)
        return True

    def _clear_problem(self) -> None:
        self.message.hide()
        mark_problem(self.field, False)
        self.field.setAccessibleDescription("")

    def problem_text(self, code: str, text: str) -> str:
        """What is wrong with the typed date, in a sentence that says how to fix it."""
        if code == "month":
            return self.tr("“%1”: there is no such month; months run from 01 to 12.").replace("%1", text)
        if code == "range":
            return self.tr("“%1” is outside the map: choose a date from %2 to %3.").replace("%1", text).replace(
                "%2", str(FIRST_YEAR)).replace("%3", str(self.today.year))
        return self.tr("“%1” is not a year or a month: type YYYY or YYYY-MM, for example 2017 or 2024-06.").replace(
            "%1", text)

    def _on_play(self, on: bool) -> None:
        self._on_play_texts(on)
        if on:
            if month_index(self.value) + 12 > self.slider.maximum():
                self._choose(month_value(0))  # at the end: start again from 1950
            self.timer.start()
        else:
            self.timer.stop()

    def step_year(self) -> None:
        """Advance one year (Play); stop at today."""
        index = month_index(self.value) + 12
        if index > self.slider.maximum():
            self.play_button.setChecked(False)
            return
        self._choose(month_value(index))
        if index + 12 > self.slider.maximum():
            self.play_button.setChecked(False)
