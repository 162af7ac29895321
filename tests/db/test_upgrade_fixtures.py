"""Every earlier schema upgrades: one real database per migration step (tests/fixtures/schema) is opened by this app."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from db.backup import list_backups
from db.connection import applied_steps, open_database
from db.content import get_item, list_items
from db.queries import search
from db.schema import SCHEMA_VERSION, known_steps

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "schema"


def _tables(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def test_every_migration_step_has_a_fixture():
    """A new migration step fails this test until it adds rows to make_fixtures.py and runs it."""
    missing = [s for s in known_steps() if not (FIXTURES / f"after_{s}.db").exists()]
    assert not missing, (f"no upgrade fixture for {missing}: add rows for it to ROWS in "
                         "tests/fixtures/schema/make_fixtures.py and run that script")


@pytest.mark.parametrize("step", known_steps())
def test_fixture_upgrades_to_the_latest_schema_with_its_data(step, tmp_path):
    source = FIXTURES / f"after_{step}.db"
    path = tmp_path / "school.db"
    shutil.copy(source, path)
    steps = known_steps()
    before = _tables(path)
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")] == \
        steps[: steps.index(step) + 1], "the fixture holds exactly the steps up to its own"
    conn.close()

    db = open_database(path)
    assert applied_steps(db) == steps
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    after = _tables(path)
    for table, count in before.items():
        if table != "_sqlite_migrations":
            assert after[table] == count, f"{table} lost or gained rows in the upgrade"

    # The content reads back in the item format, texts intact.
    russia = get_item(db, "actor", "russia")
    assert russia["former_name"] == "Soviet Union" and russia["summary"] == "Россия"
    visit = get_item(db, "event", "putin-visit-2024")
    assert visit["start"] == "2024-06" and visit["summary"].startswith("<script>")
    assert {r["id"] for r in list_items(db, "relation")} == {"cn-kp-alliance", "ru-kp-partnership"}
    # Search (added by m003) indexes rows that existed before it.
    assert any(hit["slug"] == "treaty-1961" for hit in search(db, "treaty"))
    if "students" in before:
        assert db.execute("SELECT name FROM students ORDER BY id").fetchall() == [("Zoë Kim",), ("李明",)]
        assert db.execute("SELECT answer, score FROM attempts WHERE id = 1").fetchone() == ("1961", 1.0)
    # An upgrade of a database holding data is preceded by a backup (none when nothing was pending).
    assert len(list_backups(path)) == (0 if step == steps[-1] else 1)
    db.close()
