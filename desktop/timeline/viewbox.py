"""TimelineViewBox: time-only zoom and pan; drag with the right button or Shift+left to zoom to a range."""

from __future__ import annotations

import pyqtgraph as pg
from pyqtgraph import Point
from PySide6.QtCore import Qt, Signal


class TimelineViewBox(pg.ViewBox):
    """A ViewBox whose lanes stay put: the mouse moves only along time, keys are left to the widget."""

    range_dragged = Signal(float, float)   # a range chosen by dragging, in fractional years

    def __init__(self, **kwargs):
        super().__init__(enableMenu=False, **kwargs)
        self.setMouseEnabled(x=True, y=False)
        self.setMouseMode(pg.ViewBox.PanMode)
        self.invertY(True)

    @staticmethod
    def _zoom_drag(ev) -> bool:
        shift = bool(ev.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        return ev.button() == Qt.MouseButton.RightButton or (ev.button() == Qt.MouseButton.LeftButton and shift)

    def mouseDragEvent(self, ev, axis=None):  # noqa: N802 - pyqtgraph override
        if axis is not None or not self._zoom_drag(ev):
            super().mouseDragEvent(ev, axis)
            return
        ev.accept()
        start, end = ev.buttonDownPos(ev.button()), ev.pos()
        top, bottom = 0.0, self.height()
        if not ev.isFinish():
            self.updateScaleBox(Point(start.x(), top), Point(end.x(), bottom))
            return
        self.rbScaleBox.hide()
        to_data = self.childGroup.mapFromParent
        a, b = sorted((to_data(start).x(), to_data(end).x()))
        if b > a:
            self.range_dragged.emit(a, b)

    def keyPressEvent(self, ev):  # noqa: N802 - the widget handles every key
        ev.ignore()
