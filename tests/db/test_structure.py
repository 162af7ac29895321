"""A database whose structure was damaged by hand (a dropped table, column, index or trigger) is refused at open
with a sentence naming what is missing, listed by `db check`, and offered the same recovery as a corrupt file."""

import sqlite3

import pytest

from db.backup import backup_before
from db.cli import main as db_main
from db.connection import open_database
from db.errors import DatabaseDamagedError
from db.structure import structure_problems


def _execute(path, sql):
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_a_whole_database_has_no_structure_problem(min_db):
    assert structure_problems(min_db, extras=True) == []


@pytest.mark.parametrize("sql, expected", [
    ("DROP TABLE attempts", "the table 'attempts' is missing"),
    ("ALTER TABLE sources DROP COLUMN note", "the column 'sources.note' is missing"),
    ("DROP INDEX events_start", "the index 'events_start' is missing"),
])
def test_what_is_missing_is_named_at_open(min_db_path, sql, expected):
    _execute(min_db_path, sql)
    with pytest.raises(DatabaseDamagedError) as err:
        open_database(min_db_path)
    assert expected in str(err.value) and str(min_db_path) in str(err.value)


def test_a_dropped_trigger_is_found(min_db_path):
    db = open_database(min_db_path)
    [name] = db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' LIMIT 1").fetchone()
    db.close()
    _execute(min_db_path, f'DROP TRIGGER "{name}"')
    with pytest.raises(DatabaseDamagedError, match=f"the trigger '{name}' is missing"):
        open_database(min_db_path)


def test_check_lists_structure_problems_and_exits_1(min_db_path, capsys):
    _execute(min_db_path, "DROP TABLE attempts")
    assert db_main(["check", str(min_db_path)]) == 1
    assert "structure: the table 'attempts' is missing" in capsys.readouterr().out


def test_a_table_trilemma_does_not_make_is_noted_by_check_but_opens(min_db_path, capsys):
    _execute(min_db_path, "CREATE TABLE notes_of_mine (x)")
    open_database(min_db_path).close()
    assert db_main(["check", str(min_db_path)]) == 1
    assert "'notes_of_mine' is not one Trilemma makes" in capsys.readouterr().out


def test_an_emptied_file_with_backups_is_damaged_not_a_new_class(min_db_path):
    backup_before(min_db_path, "manual")
    for side in ("-wal", "-shm"):
        min_db_path.with_name(min_db_path.name + side).unlink(missing_ok=True)
    min_db_path.write_bytes(b"")
    with pytest.raises(DatabaseDamagedError, match="empty \\(0 bytes\\), but it has 1 backup in "):
        open_database(min_db_path)

def test_an_empty_file_without_backups_is_a_new_database(tmp_path):
    path = tmp_path / "new.db"
    path.write_bytes(b"")
    assert open_database(path).execute("SELECT count(*) FROM events").fetchone()[0] == 0
