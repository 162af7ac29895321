"""Start-up recovery: damaged, newer and busy databases are explained and offer safe choices, never a loop."""

import sqlite3

import pytest

from db import connection
from db.backup import backup_before, list_backups
from db.connection import connect, migrate_database, open_database
from db.errors import DatabaseDamagedError
from db.schema import known_steps
from desktop.shell.recovery import FRESH, QUIT, RESTORE, RETRY, Problem, RecoveryDialog, open_with_recovery


def _damage(path):
    data = path.read_bytes()
    path.write_bytes(data[:4096] + b"\x00garbage" * 2000)


class Answers:
    """Plays the user: returns the given choices in turn and records every problem shown."""

    def __init__(self, *choices, on_ask=None):
        self.choices = list(choices)
        self.problems: list[Problem] = []
        self.on_ask = on_ask

    def __call__(self, problem: Problem) -> str:
        self.problems.append(problem)
        if self.on_ask:
            self.on_ask(problem)
        return self.choices.pop(0) if self.choices else QUIT


def test_damaged_database_is_restored_from_the_latest_backup(min_db_path):
    events = open_database(min_db_path).execute("SELECT count(*) FROM events").fetchone()[0]
    latest = backup_before(min_db_path, "before-import")
    _damage(min_db_path)
    user = Answers(RESTORE)
    db = open_with_recovery(min_db_path, user, opener=open_database)
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == events
    [problem] = user.problems
    assert problem.kind == "damaged" and problem.backup.path == latest
    assert problem.choices == (RESTORE, FRESH, QUIT)
    assert len(list(min_db_path.parent.glob("min.damaged-*.db"))) == 1


def test_a_damaged_backup_is_reported_and_the_next_one_offered(min_db_path):
    older = backup_before(min_db_path, "manual")
    newer = backup_before(min_db_path, "before-import")
    newer.write_bytes(newer.read_bytes()[:5000])
    _damage(min_db_path)
    user = Answers(RESTORE, RESTORE)
    db = open_with_recovery(min_db_path, user, opener=open_database)
    assert db is not None
    first, second = user.problems
    assert first.backup.path == newer and not first.note
    assert second.backup.path == older and "damaged too" in second.note


def test_when_no_backup_is_left_only_fresh_or_quit_is_offered(min_db_path):
    only = backup_before(min_db_path, "manual")
    only.write_bytes(b"not a database at all")
    _damage(min_db_path)
    user = Answers(RESTORE, FRESH)
    db = open_with_recovery(min_db_path, user, opener=open_database)
    assert user.problems[1].backup is None and user.problems[1].choices == (FRESH, QUIT)
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == 0  # fresh, empty: the app seeds it
    assert list(min_db_path.parent.glob("min.damaged-*.db"))


def test_start_fresh_keeps_the_damaged_file_aside(min_db_path):
    _damage(min_db_path)
    damaged = min_db_path.read_bytes()
    db = open_with_recovery(min_db_path, Answers(FRESH), opener=open_database)
    assert db is not None
    [aside] = min_db_path.parent.glob("min.damaged-*.db")
    assert aside.read_bytes() == damaged


def test_quit_leaves_the_damaged_file_untouched(min_db_path):
    _damage(min_db_path)
    before = min_db_path.read_bytes()
    assert open_with_recovery(min_db_path, Answers(QUIT), opener=open_database) is None
    assert min_db_path.read_bytes() == before
    assert not list(min_db_path.parent.glob("*damaged-*"))


def test_never_a_loop_even_if_every_choice_fails(tmp_path):
    def always_damaged(path):
        raise DatabaseDamagedError("still damaged")

    user = Answers(*[FRESH] * 1000)
    assert open_with_recovery(tmp_path / "x.db", user, opener=always_damaged) is None
    assert len(user.problems) <= 50


def test_a_newer_database_is_explained_and_not_changed(min_db_path):
    db = open_database(min_db_path)
    db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
               "VALUES ('trilemma', 'm999_future', '2030-01-01')")
    db.conn.commit()
    db.close()
    before = min_db_path.read_bytes()
    user = Answers(RESTORE)  # not offered: ignored
    assert open_with_recovery(min_db_path, user, opener=open_database) is None
    [problem] = user.problems
    assert problem.kind == "too_new" and problem.choices == (QUIT,)
    assert min_db_path.read_bytes() == before


def test_a_busy_database_can_be_retried(tmp_path, monkeypatch):
    """Another process holding the write lock during an upgrade: explained, and Try again works."""
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 100)
    path = tmp_path / "old.db"
    db = connect(path)
    migrate_database(db, stop_before=known_steps()[-1])
    db.execute("INSERT INTO actors (slug, name) VALUES ('china', 'China')")
    db.conn.commit()
    db.close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    user = Answers(RETRY, on_ask=lambda problem: other.execute("ROLLBACK"))
    db = open_with_recovery(path, user, opener=open_database)
    [problem] = user.problems
    assert problem.kind == "busy" and "busy in another Trilemma window" in problem.message
    assert [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations")] == known_steps()
    other.close()


def test_the_dialog_offers_the_choices_by_keyboard_and_names(qtbot, min_db_path):
    backup = backup_before(min_db_path, "before-import")
    [info] = list_backups(min_db_path)
    dialog = RecoveryDialog(Problem("damaged", "file is not a database", min_db_path, info))
    qtbot.addWidget(dialog)
    assert set(dialog.buttons) == {RESTORE, FRESH, QUIT}
    assert dialog.defaultButton() is dialog.buttons[RESTORE]
    assert dialog.escapeButton() is dialog.buttons[QUIT]
    assert all(b.accessibleName() for b in dialog.buttons.values())
    assert "is damaged" in dialog.text() and info.label in dialog.informativeText()
    assert backup.exists()
    dialog.show()
    qtbot.mouseClick(dialog.buttons[FRESH], qtbot_left())
    assert dialog.choice() == FRESH


def test_the_dialog_for_a_newer_database_only_closes(qtbot, tmp_path):
    dialog = RecoveryDialog(Problem("too_new", "newer", tmp_path / "a.db"))
    qtbot.addWidget(dialog)
    assert list(dialog.buttons) == [QUIT]
    assert "newer version" in dialog.text() and "not changed" in dialog.informativeText()
    assert dialog.choice() == QUIT


def test_the_app_refuses_a_damaged_database_without_a_traceback(min_db_path, tmp_path, capsys, monkeypatch,
                                                                 restore_appearance):
    """Non-interactive start (--screenshot) on a damaged file: one plain line, exit code 2, file kept."""
    import sys

    from desktop.shell.app import main

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)

    _damage(min_db_path)
    before = min_db_path.read_bytes()
    assert main(["--db", str(min_db_path), "--screenshot", str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "cannot be read as a database" in err
    assert min_db_path.read_bytes() == before


def test_a_plain_error_reaching_the_top_is_shown_as_is(qtbot, monkeypatch):
    from db.errors import DiskFullError
    from desktop.shell import app
    from desktop.widgets import plain_text

    shown = []
    monkeypatch.setattr(plain_text, "warning", lambda parent, title, text: shown.append(text))
    error = DiskFullError("The disk is full, so your answer was not saved.")
    app._excepthook(DiskFullError, error, None)
    app._excepthook(KeyError, KeyError("x"), None)
    assert shown[0] == "The disk is full, so your answer was not saved."
    assert shown[1].startswith("Something went wrong")


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _no_real_dialogs(monkeypatch):
    """A modal dialog in a test would hang it: fail loudly instead."""
    import desktop.shell.recovery

    def refuse(*args, **kwargs):
        raise AssertionError("a modal recovery dialog was opened in a test")

    monkeypatch.setattr(desktop.shell.recovery, "ask_with_dialog", refuse)
