"""make_place: the named container every part of the main window sits in."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


def make_place(name: str, title: str, body: QWidget, *, header: bool = True, scroll: bool = False) -> QWidget:
    """A container with objectName `name` (tests and screenshots find it by that) holding `body`.

    With `scroll`, the body sits in a scroll area: when the window is smaller than the body's least size
    (a small screen, large text, a long language) the body scrolls instead of forcing the window to grow
    past the screen or being cut off."""
    box = QWidget()
    box.setObjectName(name)
    box.setAccessibleName(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(4, 4, 4, 4)
    if header:
        label = QLabel(f"<b>{escape(title)}</b>")
        label.setObjectName(f"{name}Header")
        label.setWordWrap(True)   # a long title at large text wraps instead of widening the window
        layout.addWidget(label)
    if scroll:
        area = QScrollArea()
        area.setObjectName(f"{name}Scroll")
        area.setAccessibleName(title)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # Tab goes to the controls inside, not the frame
        area.setWidget(body)
        layout.addWidget(area, 1)
        box.scroll_area = area
    else:
        layout.addWidget(body, 1)
    box.body = body
    return box
