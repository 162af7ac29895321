"""Spoken announcements: a change a screen reader would not notice by itself (a grade, an error, a new date).

Qt 6.8+ sends a QAccessibleAnnouncementEvent to the platform's accessibility bus (AT-SPI on Linux, where Orca
speaks it). Every announcement is also kept in `recent`, newest last, so tests and a developer can see what was
said without a screen reader."""

from __future__ import annotations

from collections import deque

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

recent: deque[str] = deque(maxlen=50)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Ask screen readers to speak `text` (plain text) on behalf of `widget`; `assertive` interrupts speech."""
    text = " ".join(text.split())
    if not text:
        return
    recent.append(text)
    if not QAccessible.isActive():
        return   # no screen reader listens: building the event would only cost time
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
