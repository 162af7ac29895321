"""Restoring a backup never loses the database: a window that has it open stops the restore, and a power cut
after any file operation of the restore leaves either the old state (its last committed write included, even
one still in a hot -wal) or the backup, never something in between."""

import os
import shutil
import sqlite3

import pytest

from db import backup as backup_module
from db.backup import backup_before, restore_backup
from db.cli import main as db_main
from db.connection import open_database
from db.errors import DatabaseBusyError
from db.presence import OpenMark


class PowerCut(BaseException):
    """The machine stops: nothing after it runs, not even cleanup."""


def _students(path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM students")}
    finally:
        conn.close()


def _add_student(db, name):
    with db.conn:
        db.execute("INSERT INTO students (name, pseudonym, created_at) VALUES (?, ?, '2026-12-01')", [name, name])


@pytest.fixture
def hot_wal_case(min_db_path, tmp_path):
    """A database whose last committed write ('Bea') is only in its -wal, as a power cut leaves it, and a
    backup taken before 'Ada' and 'Bea' were added."""
    db = open_database(min_db_path)
    taken = backup_before(db, "manual")
    _add_student(db, "Ada")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("PRAGMA wal_autocheckpoint = 0")
    _add_student(db, "Bea")
    frozen = tmp_path / "frozen"
    frozen.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy2(f"{min_db_path}{suffix}", frozen / f"min.db{suffix}")
    db.close()
    assert os.path.getsize(frozen / "min.db-wal") > 0
    return frozen, taken


def _fresh_copy(frozen, tmp_path, n):
    case = tmp_path / f"case{n}"
    shutil.copytree(frozen, case)
    return case / "min.db"


def test_restore_keeps_the_write_that_was_only_in_the_wal_aside(hot_wal_case, tmp_path):
    frozen, taken = hot_wal_case
    path = _fresh_copy(frozen, tmp_path, "whole")
    aside = restore_backup(taken, path)
    assert _students(path) == set()
    assert _students(aside) == {"Ada", "Bea"}


def test_a_power_cut_after_any_file_operation_leaves_the_old_state_or_the_backup(hot_wal_case, tmp_path, monkeypatch):
    frozen, taken = hot_wal_case
    real = {"replace": os.replace, "unlink": os.unlink, "copy2": shutil.copy2,
            "checkpoint": backup_module._checkpoint, "copy": backup_module._copy}
    outcomes = []
    for n in range(0, 20):
        path = _fresh_copy(frozen, tmp_path, n)
        done = {"count": 0}

        def step(name, n=n, done=done):
            def run(*args, **kwargs):
                if done["count"] >= n:
                    raise PowerCut(name)
                done["count"] += 1
                return real[name](*args, **kwargs)
            return run

        monkeypatch.setattr(os, "replace", step("replace"))
        monkeypatch.setattr(os, "unlink", step("unlink"))
        monkeypatch.setattr(shutil, "copy2", step("copy2"))
        monkeypatch.setattr(backup_module, "_checkpoint", step("checkpoint"))
        monkeypatch.setattr(backup_module, "_copy", step("copy"))
        try:
            restore_backup(taken, path)
            finished = True
        except PowerCut:
            finished = False
        monkeypatch.undo()
        state = _students(path)
        assert state in ({"Ada", "Bea"}, set()), f"after {n} file operations the database holds {state}"
        outcomes.append(state == set())
        if finished:
            break
    assert outcomes[0] is False and outcomes[-1] is True  # the cut came before and after the swap
    assert len(outcomes) >= 5                              # and between several steps of it


def test_restore_is_refused_while_a_window_has_the_database_open(min_db_path, capsys):
    taken = backup_before(min_db_path, "manual")
    before = min_db_path.read_bytes()
    mark = OpenMark(min_db_path)
    with pytest.raises(DatabaseBusyError, match="open in another Trilemma window"):
        restore_backup(taken, min_db_path)
    assert db_main(["restore", str(min_db_path)]) != 0
    assert "open in another Trilemma window" in capsys.readouterr().err
    assert min_db_path.read_bytes() == before
    assert not list(min_db_path.parent.glob("*damaged-*"))
    mark.release()
    assert restore_backup(taken, min_db_path) is not None
