"""Teacher mode in the window: PIN on first use, refusal with a visible wait, change PIN, places only for teachers."""

import json
import subprocess
import sys
import time

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from db import teacher
from db.connection import open_database
from desktop.shell.app import create_window


def _window(qtbot, path):
    win = create_window(path)
    qtbot.addWidget(win)
    return win


def _submit(dialog, pin="", confirm=None, old=None):
    if old is not None:
        dialog.old_edit.setText(old)
    dialog.pin_edit.setText(pin)
    if confirm is not None:
        dialog.confirm_edit.setText(confirm)
    dialog.try_accept()


def test_first_use_sets_a_pin_and_opens_the_teacher_places(qtbot, min_db_path):
    win = _window(qtbot, min_db_path)
    assert win.findChild(QWidget, "editor") is None and win.findChild(QWidget, "dashboard") is None
    assert not win.teacher.leave_action.isEnabled()
    win.teacher.enter_action.trigger()
    dialog = win.teacher.dialog
    assert dialog.mode == "set"
    _submit(dialog, "2468", "2486")
    assert "differ" in dialog.message.text()
    assert not teacher.has_pin(win.state.db)
    _submit(dialog, "2468", "2468")
    assert dialog.result() == QDialog.Accepted
    assert win.state.teacher_mode
    assert win.findChild(QWidget, "editor") is not None
    assert win.findChild(QWidget, "dashboard") is not None
    assert win.tabs.currentWidget().objectName() == "editor"
    stored = win.state.db.execute("SELECT value FROM settings WHERE key = 'teacher.pin'").fetchone()[0]
    assert "2468" not in stored and json.loads(stored)["alg"] == "scrypt"


def test_leaving_returns_to_the_student_view_and_removes_the_places(qtbot, min_db_path):
    win = _window(qtbot, min_db_path)
    student_tabs = win.tabs.count()
    win.state.set_teacher_mode(True)
    assert win.tabs.count() == student_tabs + 2
    win.teacher.leave_action.trigger()
    assert not win.state.teacher_mode
    assert win.tabs.count() == student_tabs
    assert "editor" not in win.places and "dashboard" not in win.places
    qtbot.waitUntil(lambda: win.findChild(QWidget, "editor") is None)
    assert win.tabs.currentWidget() is win.explore_split
    win.show_view("editor")  # a student asking for the editor gets nothing
    assert win.tabs.currentWidget() is win.explore_split


def test_a_wrong_pin_is_refused_and_shows_the_growing_wait(qtbot, min_db_path):
    win = _window(qtbot, min_db_path)
    teacher.set_pin(win.state.db, pin="2468")
    now = [1_000_000.0]
    win.teacher.enter_action.trigger()
    dialog = win.teacher.dialog
    dialog.clock = lambda: now[0]
    assert dialog.mode == "enter"
    _submit(dialog, "1111")
    assert not win.state.teacher_mode
    assert "Try again in 1 s" in dialog.message.text()
    assert not dialog.ok_button.isEnabled()
    now[0] += 1
    dialog._tick()
    assert dialog.ok_button.isEnabled()
    _submit(dialog, "2222")
    assert "Try again in 2 s" in dialog.message.text()
    _submit(dialog, "2468")  # the right PIN during the wait is refused unchecked
    assert not win.state.teacher_mode
    now[0] += 2
    dialog._tick()
    _submit(dialog, "2468")
    assert win.state.teacher_mode


def test_the_wait_is_shown_again_after_a_restart(qtbot, min_db_path):
    win = _window(qtbot, min_db_path)
    teacher.set_pin(win.state.db, pin="2468")
    now = time.time() - 5
    for _ in range(3):  # three wrong tries, each after the previous wait ran out; the last wait (4 s) still runs
        now += teacher.verify_pin(win.state.db, pin="0000", now=now).value.retry_after
    assert teacher.failures(win.state.db) == 3
    assert teacher.wait_seconds(win.state.db) > 0
    win.close()
    again = _window(qtbot, min_db_path)
    again.teacher.enter_action.trigger()
    assert "Try again in" in again.teacher.dialog.message.text()
    assert not again.teacher.dialog.ok_button.isEnabled()


def test_change_pin_needs_the_old_pin(qtbot, min_db_path):
    win = _window(qtbot, min_db_path)
    teacher.set_pin(win.state.db, pin="2468")
    win.state.set_teacher_mode(True)
    win.teacher.change_action.trigger()
    dialog = win.teacher.dialog
    dialog.clock = lambda: 1_000_000.0
    _submit(dialog, "9876", "9876", old="1357")
    assert dialog.result() != QDialog.Accepted
    assert "Wrong PIN" in dialog.message.text()
    dialog.clock = lambda: 1_000_100.0
    dialog._tick()
    _submit(dialog, "9876", "9876", old="2468")
    assert dialog.result() == QDialog.Accepted
    assert teacher.verify_pin(win.state.db, pin="9876", now=1_000_200.0).value.ok


def test_screenshot_may_skip_the_pin_only_without_one(tmp_path, min_db_path):
    out = tmp_path / "editor.png"
    cmd = [sys.executable, "-m", "desktop", "--db", str(min_db_path), "--teacher", "--view", "editor",
           "--screenshot", str(out)]
    ok = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stderr
    assert out.exists()
    from db.connection import open_database

    db = open_database(min_db_path)
    teacher.set_pin(db, pin="2468")
    db.close()
    out.unlink()
    refused = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert refused.returncode == 2
    assert "without a teacher PIN" in refused.stderr and not out.exists()


def test_a_damaged_pin_shows_a_message_not_a_traceback(qtbot, min_db_path):
    win = _window(qtbot, min_db_path)
    teacher.set_pin(win.state.db, pin="2468")
    win.state.db.execute("UPDATE settings SET value = '{}' WHERE key = ?", [teacher.PIN_KEY])
    win.teacher.enter_action.trigger()
    _submit(win.teacher.dialog, "2468")
    assert "reset-pin" in win.teacher.dialog.message.text()
    assert not win.state.teacher_mode


def test_a_wrong_pin_is_signalled_as_a_change(qtbot, full_db_path):
    from db.changes import Changes
    from desktop.state import AppState

    state = AppState(open_database(full_db_path))
    teacher.set_pin(state.db, pin="2468")
    seen: list[Changes] = []
    state.changed.connect(seen.append)
    check = state.run(teacher.verify_pin, origin="dialog", pin="0000", now=1_000_000.0)
    assert not check.value.ok and check.origin == "dialog"
    assert seen == [check] and teacher.FAILURES_KEY in check["settings"]
    with pytest.raises(teacher.PinRefusedError):
        state.run(teacher.change_pin, origin="dialog", old="1111", new="9876", now=1_000_100.0)
    assert len(seen) == 2 and seen[1].origin == "dialog" and teacher.FAILURES_KEY in seen[1]["settings"]
    assert teacher.failures(state.db) == 2
