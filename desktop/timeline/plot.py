"""TimelinePlotWidget: the pyqtgraph view of the timeline, turning keys into named timeline actions."""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeyEvent

from desktop.appearance.theme import current_theme
from desktop.timeline.axis import PartialDateAxisItem
from desktop.timeline.palette import TimelinePalette, timeline_palette
from desktop.timeline.viewbox import TimelineViewBox

K = Qt.Key
# (key, modifiers) -> action name handled by TimelineWidget.run_action
KEYS = {
    (K.Key_Left, "alt"): "back", (K.Key_Right, "alt"): "forward",
    (K.Key_Left, ""): "previous", (K.Key_Right, ""): "next",
    (K.Key_Left, "shift"): "pan-left", (K.Key_Right, "shift"): "pan-right",
    (K.Key_PageUp, ""): "page-left", (K.Key_PageDown, ""): "page-right",
    (K.Key_Up, ""): "lane-up", (K.Key_Down, ""): "lane-down",
    (K.Key_Plus, ""): "zoom-in", (K.Key_Equal, ""): "zoom-in", (K.Key_Minus, ""): "zoom-out",
    (K.Key_Home, ""): "fit", (K.Key_Return, ""): "centre", (K.Key_Enter, ""): "centre",
    (K.Key_Escape, ""): "clear", (K.Key_BracketLeft, ""): "date-earlier", (K.Key_BracketRight, ""): "date-later",
    (K.Key_D, ""): "date-here",
}
# What the keys do, for the accessible description and Help ▸ Keyboard shortcuts.
KEY_HELP = (
    ("Right / Left", QT_TRANSLATE_NOOP("TimelineWidget", "Next / previous event in time")),
    ("Up / Down", QT_TRANSLATE_NOOP("TimelineWidget", "Nearest event in the lane above / below")),
    ("Shift+Left / Shift+Right", QT_TRANSLATE_NOOP("TimelineWidget", "Pan a little earlier / later")),
    ("Page Up / Page Down", QT_TRANSLATE_NOOP("TimelineWidget", "Pan a whole screen")),
    (QT_TRANSLATE_NOOP("TimelineWidget", "+ / −, mouse wheel"), QT_TRANSLATE_NOOP("TimelineWidget", "Zoom in / out")),
    (QT_TRANSLATE_NOOP("TimelineWidget", "Right-drag or Shift+drag"),
     QT_TRANSLATE_NOOP("TimelineWidget", "Zoom to the dragged range")),
    ("Home", QT_TRANSLATE_NOOP("TimelineWidget", "Fit all events")),
    ("Alt+Left / Alt+Right", QT_TRANSLATE_NOOP("TimelineWidget", "Back / forward through earlier views")),
    ("Enter", QT_TRANSLATE_NOOP("TimelineWidget", "Centre the selected event")),
    ("Escape", QT_TRANSLATE_NOOP("TimelineWidget", "Clear the selection")),
    ("[ / ]", QT_TRANSLATE_NOOP("TimelineWidget", "Move the date cursor earlier / later")),
    ("D", QT_TRANSLATE_NOOP("TimelineWidget", "Put the date cursor on the selected event")),
    ("Tab", QT_TRANSLATE_NOOP("TimelineWidget", "Leave the timeline")),
)


def _modifier_name(mods: Qt.KeyboardModifier) -> str:
    if mods & Qt.KeyboardModifier.AltModifier:
        return "alt"
    if mods & Qt.KeyboardModifier.ShiftModifier:
        return "shift"
    if mods & Qt.KeyboardModifier.ControlModifier:
        return "ctrl"
    return ""


class TimelinePlotWidget(pg.PlotWidget):
    """The plot: lanes down, time across; every key press becomes a named action."""

    def __init__(self, parent=None, pal: TimelinePalette | None = None):
        self.axis = PartialDateAxisItem("bottom")
        self.view_box = TimelineViewBox()
        super().__init__(parent, viewBox=self.view_box, axisItems={"bottom": self.axis})
        self.run_action: Callable[[str], bool] = lambda _name: False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("timelinePlot")
        item = self.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        for hidden in ("top", "right"):   # hidden, but linked: with SI prefixes on they rebuild an HTML label per frame
            item.getAxis(hidden).enableAutoSIPrefix(False)
        left = item.getAxis("left")
        left.setStyle(tickLength=0)
        left.enableAutoSIPrefix(False)
        self.set_palette(pal or timeline_palette(current_theme()))

    def set_palette(self, pal: TimelinePalette) -> None:
        """Paint the axes and the background in a theme's timeline colours."""
        for axis in (self.getPlotItem().getAxis("left"), self.axis):
            axis.setPen(pal.axis_pen)
            axis.setTextPen(pg.mkPen(pal.text))
        self.setBackground(pal.background)

    def keyPressEvent(self, ev: QKeyEvent):  # noqa: N802 - Qt override
        mods = ev.modifiers()
        if ev.key() in (K.Key_Tab, K.Key_Backtab) and mods & Qt.KeyboardModifier.ControlModifier:
            forward = ev.key() == K.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier
            super().focusNextPrevChild(forward)
            return
        name = KEYS.get((K(ev.key()), _modifier_name(mods)))
        if name is None and ev.text() in ("+", "-"):
            name = "zoom-in" if ev.text() == "+" else "zoom-out"
        if name and self.run_action(name):
            ev.accept()
            return
        super().keyPressEvent(ev)
