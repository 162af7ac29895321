"""Rebuild the main window after a language switch, keeping what the user was doing.

Every widget reads its text when it is built, so a fresh window is in the new language everywhere. The
new window gets a fresh AppState on the same database (the old widgets stay connected to the old one,
which never emits again) with the same selected event, date, student and teacher mode.
"""

from __future__ import annotations

import sys

import shiboken6
from PySide6.QtWidgets import QMainWindow

from desktop.state import AppState

KEPT = ("selected_event", "current_date", "student_id", "teacher_mode")
_windows: list[QMainWindow] = []  # keeps the newest window alive when the caller holds only the old one
# A replaced window is hidden at once and deleted at a later switch once nothing else holds it (main() keeps
# its first window, a test its fixture): deleting a window someone still holds would crash them.
_retired: list[QMainWindow] = []
_OWN_REFERENCES = 3  # the list, the loop variable and getrefcount's argument


def rebuild_window(old: QMainWindow) -> QMainWindow:
    """A new main window in the current language in place of `old`, which is hidden and deleted."""
    from desktop.main_window import MainWindow

    old_state = old.state
    state = AppState(old_state.db, old_state.db_path)
    for name in KEPT:
        setattr(state, name, getattr(old_state, name))
    new = MainWindow(state)
    new.state = state
    current = old.tabs.currentWidget()
    current_name = current.objectName() if current is not None else ""
    if old.isMaximized():
        new.showMaximized()
    else:
        new.setGeometry(old.geometry())
    for split in ("explore_split", "lower_split"):
        if hasattr(old, split) and hasattr(new, split):
            getattr(new, split).setSizes(getattr(old, split).sizes())
    # Views that do not read the state on construction learn it the usual way.
    if state.selected_event:
        state.event_selected.emit(state.selected_event)
    state.date_changed.emit(state.current_date)
    if state.student_id is not None:
        state.student_changed.emit(state.student_id)
    for i in range(new.tabs.count()):
        if new.tabs.widget(i).objectName() == current_name:
            new.tabs.setCurrentIndex(i)
            break
    else:
        new.tabs.setCurrentIndex(min(old.tabs.currentIndex(), new.tabs.count() - 1))
    if old.isVisible():
        new.show()
    old.hide()
    for stale in list(_retired):
        if not shiboken6.isValid(stale):
            _retired.remove(stale)
        elif sys.getrefcount(stale) <= _OWN_REFERENCES:
            _retired.remove(stale)
            stale.deleteLater()
    _retired.append(old)
    _windows[:] = [new]
    return new
