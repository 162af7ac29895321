"""The date control stays usable at any text size and pane width: a slider a hand can drag, a field showing its
whole date, and the typed date on a second row when one row would squeeze them."""

import datetime as dt

from PySide6.QtWidgets import QApplication

from desktop.appearance import text_size
from desktop.relations.date_control import DateControlWidget


def _show(qtbot, width):
    control = DateControlWidget(today=dt.date(2026, 12, 1))
    qtbot.addWidget(control)
    control.set_value(2024.5)
    control.resize(width, 120)
    with qtbot.waitExposed(control):
        control.show()
    QApplication.processEvents()
    return control


def _usable(control):
    metrics = control.field.fontMetrics()
    assert control.field.width() >= metrics.horizontalAdvance(control.field.text()) + 8, "the date is cut"
    assert control.slider.width() >= 12 * metrics.averageCharWidth(), f"slider {control.slider.width()} px"
    assert control.width() >= control.minimumWidth()


def test_a_narrow_pane_at_200_percent_puts_the_typed_date_on_a_second_row(qtbot, restore_appearance):
    """At 200 % in a 560 px pane (a 1366×768 laptop's map pane) the field and the slider keep usable widths: the
    typed date moves under the slider instead of squeezing it to a stub."""
    text_size.apply_scale(200)
    control = _show(qtbot, 560)
    assert not control.wide
    assert control.typed.geometry().top() >= control.slider.mapTo(control, control.slider.rect().bottomLeft()).y()
    _usable(control)


def test_a_wide_pane_keeps_one_row_and_a_live_size_change_rearranges(qtbot, restore_appearance):
    """At 100 % a wide pane shows one row; Ctrl+= up to 200 % then widens the field at once and wraps the row."""
    text_size.apply_scale(100)
    control = _show(qtbot, 700)
    assert control.wide
    _usable(control)
    narrow_field = control.field.width()
    text_size.apply_scale(200)
    QApplication.processEvents()
    assert control.field.width() > 1.5 * narrow_field
    assert not control.wide
    _usable(control)
