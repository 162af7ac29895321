"""Opening a database and reading it needs no sqlite-utils (its import is a tenth of the app's start); the first
write, transaction or table call makes sqlite-utils' Database, and from then on it answers as before."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database as SqliteUtilsDatabase

from db.connection import applied_steps, connect, migrate_database, open_database
from db.schema import MIGRATION_SET, known_steps, migration_set
from db.structure import STEPS, expected_structure, read_structure

ROOT = Path(__file__).resolve().parents[2]


def test_reads_at_open_leave_sqlite_utils_unloaded_and_a_write_loads_it(min_db_path):
    db = open_database(min_db_path)
    try:
        rows = list(db.query("SELECT slug, name FROM actors ORDER BY slug"))
        assert rows and set(rows[0]) == {"slug", "name"}
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(known_steps())
        assert not db.loaded
        db.execute("UPDATE actors SET name = 'Changed' WHERE slug = ?", [rows[0]["slug"]])
        assert db.loaded and isinstance(db.load(), SqliteUtilsDatabase)
    finally:
        db.close()
    # sqlite-utils' execute commits a write made outside a transaction: another connection sees it.
    other = sqlite3.connect(min_db_path)
    assert other.execute("SELECT name FROM actors WHERE slug = ?", [rows[0]["slug"]]).fetchone() == ("Changed",)
    other.close()


@pytest.mark.parametrize("sql", [
    "SELECT slug, name FROM actors ORDER BY slug",
    "\n  SELECT slug AS name, name AS slug FROM actors ORDER BY slug",      # leading space
    "SELECT a.slug, b.slug FROM actors a JOIN actors b ON a.id = b.id ORDER BY a.slug",   # two columns, one name
    "WITH x AS (SELECT slug FROM actors) SELECT slug FROM x ORDER BY slug",
    "PRAGMA table_info(actors)",
])
def test_query_gives_what_sqlite_utils_gives(min_db_path, sql):
    """Rows before sqlite-utils is loaded are the rows sqlite-utils' own query gives (it renames a repeated
    column, so such a statement goes to it)."""
    db = open_database(min_db_path)
    reference = SqliteUtilsDatabase(sqlite3.connect(min_db_path), execute_plugins=False)
    try:
        assert list(db.query(sql)) == list(reference.query(sql))
    finally:
        db.close()
        reference.close()


def test_the_table_api_and_transactions_go_to_sqlite_utils(min_db):
    count = min_db["actors"].count          # indexing loads it
    assert count == min_db.execute("SELECT count(*) FROM actors").fetchone()[0]
    assert min_db.loaded
    with min_db.atomic():
        min_db.execute("DELETE FROM settings WHERE key = 'nothing'")


def test_applied_steps_are_what_sqlite_utils_migrations_records(tmp_path):
    """The steps read without sqlite-utils match its Migrations' own account, for a new, a part-upgraded and a
    database holding another set's steps too."""
    steps = known_steps()
    db = connect(tmp_path / "part.db")
    assert applied_steps(db) == [] == [m.name for m in migration_set().applied(db.load())]
    migrate_database(db, stop_before=steps[2])
    db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('other', 'x', '2026')")
    assert applied_steps(db) == steps[:2] == [m.name for m in migration_set().applied(db.load())]
    assert migration_set().name == MIGRATION_SET
    db.close()


def test_the_expected_structure_is_what_sqlite_utils_migrations_make():
    """Built by running the steps on a plain connection, it equals the structure Migrations.apply makes."""
    conn = sqlite3.connect(":memory:")
    migration_set().apply(SqliteUtilsDatabase(conn, execute_plugins=False))
    made = read_structure(conn)
    conn.close()
    assert made == expected_structure()
    assert len(STEPS) == len(known_steps()) and made.tables and made.triggers and made.indexes


def test_the_first_window_is_built_and_shown_without_sqlite_utils(full_db_path, tmp_path):
    """In a fresh process, as the app starts: open the database, build the main window and show it; sqlite-utils
    is not imported until the window is settled on screen, then it is."""
    code = f"""
import json, sys
import db.connection
from PySide6.QtWidgets import QApplication
from desktop.shell.app import create_window, settle_after_show
window = create_window({str(full_db_path)!r}, rules_later=True)
window.show()
QApplication.processEvents()
before = "sqlite_utils" in sys.modules
settle_after_show(QApplication.instance(), window.state.db)
print(json.dumps({{"before": before, "after": "sqlite_utils" in sys.modules, "loaded": window.state.db.loaded}}))
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRILEMMA_CONFIG_DIR=str(tmp_path),
               PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    result = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {"before": False, "after": True, "loaded": True}
