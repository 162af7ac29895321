"""AppState: the one object views share: the database, the selection, the date, and change signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from db.changes import Changes
from db.errors import TrilemmaError

if TYPE_CHECKING:  # the desktop app reaches the database only through db/
    from sqlite_utils import Database


# Changed items of one kind above which a view that can wait does its re-read beside the window, or when shown
# (a 50,000-event import); below it, views read again at once.
BIG_CHANGE = 1000


class AppState(QObject):
    """Holds the open database and broadcasts every change and selection exactly once."""

    changed = Signal(object)            # db.changes.Changes, after every write
    event_selected = Signal(str)        # event slug, "" for none
    date_changed = Signal(float)        # current date in fractional years
    student_changed = Signal(object)    # student id or None
    teacher_mode_changed = Signal(bool)
    actor_focus_requested = Signal(str)  # actor slug: filter the timeline to its lane
    view_requested = Signal(str)        # name of a place to bring forward
    theme_changed = Signal(str)         # theme name; painted views redraw with desktop.appearance.theme.current_theme()

    def __init__(self, db: Database, db_path: str = "", parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.db_path = db_path
        self.selected_event = ""
        self.current_date = 2024.5
        self.student_id: int | None = None
        self.teacher_mode = False

    def run(self, op: Callable[..., Changes], /, *, origin: object | None = None, **kwargs) -> Changes:
        """Run a db write (keyword arguments only), mark who asked (`origin`), then emit what changed, once.

        Returns the operation's Changes, whose `value` is its result (the new session, the graded answer).
        A refused operation that still wrote something (a wrong PIN's count) carries its changes: they are
        signalled before the error goes on to the caller."""
        try:
            changes = op(self.db, **kwargs)
        except TrilemmaError as exc:
            self.announce(getattr(exc, "changes", None) or Changes(), origin)
            raise
        return self.announce(changes, origin)

    def announce(self, changes: Changes, origin: object | None) -> Changes:
        """Mark who asked and emit what changed (if anything); for a write made on another connection too."""
        changes.origin = origin
        if changes:
            self.changed.emit(changes)
        return changes

    def select_event(self, slug: str) -> None:
        """Select an event everywhere (timeline, details, lists)."""
        if slug != self.selected_event:
            self.selected_event = slug
            self.event_selected.emit(slug)

    def set_date(self, value: float) -> None:
        """Move the app's current date (fractional years) and tell the linked views."""
        if abs(value - self.current_date) > 1e-9:
            self.current_date = value
            self.date_changed.emit(value)

    def set_student(self, student_id: int | None) -> None:
        """Switch the active student profile."""
        if student_id != self.student_id:
            self.student_id = student_id
            self.student_changed.emit(student_id)

    def set_teacher_mode(self, on: bool) -> None:
        """Enter or leave teacher mode (the PIN check happens before this)."""
        if on != self.teacher_mode:
            self.teacher_mode = on
            self.teacher_mode_changed.emit(on)
