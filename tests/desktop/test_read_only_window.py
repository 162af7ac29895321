"""A class opened read-only says so in the window for as long as it is open, and the window marks its file so
that a restore elsewhere is refused while it is open."""

import pytest
from PySide6.QtWidgets import QLabel

from db import connection
from db.backup import backup_before, restore_backup
from db.errors import DatabaseBusyError


def test_the_window_says_a_read_only_class_is_not_saved(qtbot, min_db_path, monkeypatch):
    from desktop.shell.app import create_window

    monkeypatch.setattr(connection, "writable", lambda path: False)
    window = create_window(min_db_path)
    qtbot.addWidget(window)
    note = window.findChild(QLabel, "readOnlyNote")
    assert note is not None and str(min_db_path.parent) in note.text() and "not saved" in note.text()


def test_a_writable_class_shows_no_read_only_note(window):
    assert window.findChild(QLabel, "readOnlyNote") is None


def test_an_open_window_stops_a_restore_of_its_file(qtbot, min_db_path):
    from desktop.shell.app import create_window

    taken = backup_before(min_db_path, "manual")
    window = create_window(min_db_path)
    qtbot.addWidget(window)
    with pytest.raises(DatabaseBusyError, match="open in another Trilemma window"):
        restore_backup(taken, min_db_path)
    window.state.open_mark.release()
    assert restore_backup(taken, min_db_path) is not None
