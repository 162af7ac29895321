"""make_place: the named container every part of the main window sits in."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def make_place(name: str, title: str, body: QWidget, *, header: bool = True) -> QWidget:
    """A container with objectName `name` (tests and screenshots find it by that) holding `body`."""
    box = QWidget()
    box.setObjectName(name)
    box.setAccessibleName(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(4, 4, 4, 4)
    if header:
        label = QLabel(f"<b>{escape(title)}</b>")
        label.setObjectName(f"{name}Header")
        layout.addWidget(label)
    layout.addWidget(body, 1)
    box.body = body
    return box
