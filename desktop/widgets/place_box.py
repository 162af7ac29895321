"""make_place: the named container every part of the main window sits in."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def make_place(name: str, title: str, body: QWidget, *, header: bool = True) -> QWidget:
    """A container with objectName `name` (tests and screenshots find it by that) holding `body`."""
    box = QWidget()
    box.setObjectName(name)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(4, 4, 4, 4)
    box.header = None
    if header:
        box.header = QLabel()
        box.header.setObjectName(f"{name}Header")
        layout.addWidget(box.header)
    layout.addWidget(body, 1)
    box.body = body
    set_place_title(box, title)
    return box


def set_place_title(box: QWidget, title: str) -> None:
    """Name a place (its accessible name and its header, if it has one), e.g. again after a language change."""
    box.setAccessibleName(title)
    if box.header is not None:
        box.header.setText(f"<b>{escape(title)}</b>")
