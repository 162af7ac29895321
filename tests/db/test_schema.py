"""Opening databases: pragmas, migrations step by step, refusal of damaged and newer databases."""

import sqlite3

import pytest

from db.connection import applied_steps, connect, migrate_database, open_database
from db.errors import DatabaseDamagedError, SchemaTooNewError
from db.schema import SCHEMA_VERSION, known_steps


def test_new_database_has_every_step_and_the_pragmas(tmp_path):
    db = open_database(tmp_path / "new.db")
    assert applied_steps(db) == known_steps()
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_each_step_upgrades_from_the_one_before(tmp_path):
    """A database stopped after each step upgrades to the latest with its data intact."""
    steps = known_steps()
    for i, name in enumerate(steps[1:], start=1):
        path = tmp_path / f"at_{i}.db"
        db = connect(path)
        migrate_database(db, stop_before=name)
        assert applied_steps(db) == steps[:i]
        db.execute("INSERT INTO actors (slug, name) VALUES ('china', 'China')")
        db.conn.commit()
        db.close()
        db = open_database(path)
        assert applied_steps(db) == steps
        assert db.execute("SELECT name FROM actors").fetchall() == [("China",)]
        db.close()


def test_newer_schema_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "future.db"
    db = open_database(path)
    db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
               "VALUES ('trilemma', 'm999_from_the_future', '2030-01-01')")
    db.conn.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer version of Trilemma"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my lesson notes, not a database")
    with pytest.raises(DatabaseDamagedError, match="not a SQLite database"):
        open_database(path)
    assert path.read_text().startswith("these are my lesson notes")


def test_a_truncated_database_is_refused(tmp_path, min_db_path):
    data = min_db_path.read_bytes()
    broken = tmp_path / "broken.db"
    broken.write_bytes(data[: len(data) // 3])
    with pytest.raises(DatabaseDamagedError):
        open_database(broken)


def test_foreign_keys_are_enforced(min_db):
    with pytest.raises(sqlite3.IntegrityError):
        min_db.execute("INSERT INTO event_actors (event_id, actor_id) VALUES (9999, 9999)")
