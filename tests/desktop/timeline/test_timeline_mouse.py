"""The timeline by mouse, with raw events: wheel zoom around the pointer, drag to pan, right-drag or
Shift+drag to zoom to a range, double-click to move the date."""

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

B = Qt.MouseButton
M = Qt.KeyboardModifier


def send_drag(widget, start, end, button, modifiers=M.NoModifier, steps=6):
    """Press, move in steps and release, as a user would."""
    def event(kind, pos, buttons, which):
        return QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), which, buttons, modifiers)

    QApplication.sendEvent(widget, event(QEvent.Type.MouseButtonPress, start, button, button))
    for i in range(1, steps + 1):
        pos = start + (end - start) * i / steps
        QApplication.sendEvent(widget, event(QEvent.Type.MouseMove, QPoint(round(pos.x()), round(pos.y())), button,
                                             B.NoButton))
    QApplication.sendEvent(widget, event(QEvent.Type.MouseButtonRelease, end, B.NoButton, button))


def to_pixel(tl, x):
    return QPoint(round(tl.view_box.mapViewToDevice(QPointF(x, 0)).x()), 0)


def lane_y(tl, lane=1.5):
    return round(tl.view_box.mapViewToDevice(QPointF(2000, lane)).y())


def test_right_drag_zooms_to_the_dragged_range(timeline):
    timeline.set_view(1960, 2020)
    y = lane_y(timeline)
    start, end = to_pixel(timeline, 1980) + QPoint(0, y), to_pixel(timeline, 1990) + QPoint(0, y)
    send_drag(timeline.plot.viewport(), start, end, B.RightButton)
    lo, hi = timeline.view()
    assert lo == pytest.approx(1980, abs=0.2) and hi == pytest.approx(1990, abs=0.2)


def test_shift_drag_zooms_and_a_plain_drag_pans(qtbot, timeline):
    timeline.set_view(1960, 2020)
    y = lane_y(timeline)
    send_drag(timeline.plot.viewport(), to_pixel(timeline, 2000) + QPoint(0, y), to_pixel(timeline, 2010) + QPoint(0, y),
              B.LeftButton, M.ShiftModifier)
    lo, hi = timeline.view()
    assert hi - lo == pytest.approx(10, abs=0.3)
    qtbot.wait(QApplication.doubleClickInterval() + 100)   # two quick presses would make a double click
    send_drag(timeline.plot.viewport(), to_pixel(timeline, 2005) + QPoint(0, y), to_pixel(timeline, 2007) + QPoint(0, y),
              B.LeftButton)
    lo2, hi2 = timeline.view()
    assert hi2 - lo2 == pytest.approx(hi - lo) and lo2 == pytest.approx(lo - 2, abs=0.2)


def test_the_wheel_zooms_around_the_pointer(timeline):
    timeline.set_view(1960, 2020)
    pointer = to_pixel(timeline, 1970) + QPoint(0, lane_y(timeline))
    viewport = timeline.plot.viewport()
    wheel = QWheelEvent(QPointF(pointer), QPointF(viewport.mapToGlobal(pointer)), QPoint(0, 0), QPoint(0, 240),
                        B.NoButton, M.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, wheel)
    lo, hi = timeline.view()
    assert hi - lo < 60
    under = timeline.view_box.mapDeviceToView(QPointF(pointer)).x()
    assert under == pytest.approx(1970, abs=0.3)          # the date under the pointer stayed put
    assert timeline.view_box.viewRange()[1] == pytest.approx([timeline.eras_item.top, 3])   # lanes never move


def test_double_click_on_empty_space_moves_the_date(qtbot, timeline):
    timeline.set_view(1960, 2020)
    pos = to_pixel(timeline, 1985) + QPoint(0, lane_y(timeline, 2.9))
    viewport = timeline.plot.viewport()
    qtbot.mousePress(viewport, B.LeftButton, pos=pos)
    qtbot.mouseRelease(viewport, B.LeftButton, pos=pos)
    qtbot.mouseDClick(viewport, B.LeftButton, pos=pos)
    qtbot.mouseRelease(viewport, B.LeftButton, pos=pos)
    assert timeline.state.current_date == pytest.approx(1985, abs=0.2)
