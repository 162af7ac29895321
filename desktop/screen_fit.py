"""fit_to_screen: the main window's first size and place, inside the screen's available area."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1440, 900)   # roomy where the screen allows it
# What a window manager adds around a window (title bar, borders): the frame is unknown before the first show.
FRAME = QSize(16, 48)


def available_area(widget: QWidget | None = None) -> QRect:
    """The part of the widget's screen (else the primary one) that windows may use: no panels or docks."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, PREFERRED.width(), PREFERRED.height())


def first_size(area: QRect, preferred: QSize = PREFERRED) -> QSize:
    """The preferred size, made smaller where the available area (less a window frame) is smaller."""
    return QSize(max(min(preferred.width(), area.width() - FRAME.width()), 320),
                 max(min(preferred.height(), area.height() - FRAME.height()), 240))


def fit_to_screen(window: QWidget, preferred: QSize = PREFERRED) -> QRect:
    """Size the window to fit its screen's available area and centre it there, frame included (move() places the
    frame's corner); returns the new geometry."""
    area = available_area(window)
    size = first_size(area, preferred)
    window.resize(size)
    window.move(area.x() + max((area.width() - size.width() - FRAME.width()) // 2, 0),
                area.y() + max((area.height() - size.height() - FRAME.height()) // 2, 0))
    return window.geometry()
