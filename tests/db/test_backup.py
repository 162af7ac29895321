"""Backups: online copies before risky steps, rotation, listing, and a restore that never makes things worse."""

import sqlite3

import pytest

from db import backup
from db.backup import backup_before, list_backups, restore_backup, rotate, save_aside
from db.connection import connect, migrate_database, open_database
from db.content import save_item
from db.errors import DatabaseDamagedError
from db.interchange import import_file
from db.interchange.pack import write_pack
from db.schema import known_steps
from db.seed import seed

from tests_support import MIN_CONTENT


def _count(path, table="events"):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_backup_of_an_open_database_holds_its_committed_rows(min_db, min_db_path):
    """The online backup copies what is committed, including rows still only in the -wal file."""
    min_db.execute("INSERT INTO themes (slug, name) VALUES ('only-in-wal', 'Only in the WAL')")
    min_db.conn.commit()
    path = backup_before(min_db, "Before import!")
    assert path.parent == min_db_path.parent / "backups"
    assert path.name.startswith("min.") and path.name.endswith(".before-import.db")
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT name FROM themes WHERE slug = 'only-in-wal'").fetchone() == ("Only in the WAL",)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    [listed] = list_backups(min_db_path)
    assert listed.path == path and listed.reason == "before-import"
    assert "before import" in listed.label


def test_backup_of_a_path_and_of_nothing(min_db_path, tmp_path):
    assert backup_before(min_db_path, "manual").exists()
    assert backup_before(tmp_path / "missing.db", "manual") is None
    assert backup_before(":memory:", "manual") is None


def test_only_the_newest_backups_are_kept(min_db_path):
    made = [backup_before(min_db_path, f"step {i}", keep=3) for i in range(5)]
    kept = [b.path for b in list_backups(min_db_path)]
    assert kept == list(reversed(made[-3:]))
    assert not any(p.exists() for p in made[:2])
    assert rotate(min_db_path, keep=1) == kept[1:]


def test_backups_of_another_database_in_the_same_folder_are_not_listed_or_rotated(min_db_path, tmp_path):
    other = tmp_path / "other.db"
    open_database(other).close()
    backup_before(min_db_path, "manual")
    theirs = backup_before(other, "manual")
    assert [b.path for b in list_backups(other)] == [theirs]
    rotate(min_db_path, keep=1)
    assert theirs.exists()


def test_migration_of_a_database_with_data_takes_a_backup_first(tmp_path):
    """Opening an older database that holds data backs it up (still at its old schema) before upgrading."""
    path = tmp_path / "old.db"
    db = connect(path)
    migrate_database(db, stop_before=known_steps()[1])
    db.execute("INSERT INTO actors (slug, name) VALUES ('china', 'China')")
    db.conn.commit()
    db.close()
    open_database(path).close()
    [taken] = list_backups(path)
    assert taken.reason == "before-migration"
    conn = sqlite3.connect(taken.path)
    steps = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
    assert steps == known_steps()[:1]
    assert conn.execute("SELECT name FROM actors").fetchall() == [("China",)]


def test_a_new_or_current_database_takes_no_backup(tmp_path, min_db_path):
    open_database(tmp_path / "new.db").close()
    open_database(min_db_path).close()
    assert list_backups(tmp_path / "new.db") == [] and list_backups(min_db_path) == []


def test_restore_replaces_a_damaged_file_and_keeps_it_aside(min_db_path):
    good = backup_before(min_db_path, "manual")
    events = _count(good)
    damaged = min_db_path.read_bytes()[:4096] + b"\0" * 8192
    min_db_path.write_bytes(damaged)
    with pytest.raises(DatabaseDamagedError):
        open_database(min_db_path)
    aside = restore_backup(good, min_db_path)
    assert aside.read_bytes() == damaged and "damaged-" in aside.name
    db = open_database(min_db_path)
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == events
    db.close()
    assert good.exists()  # the backup itself is kept for another restore


def test_restoring_a_damaged_backup_changes_nothing(min_db_path):
    bad = backup_before(min_db_path, "manual")
    data = bad.read_bytes()
    bad.write_bytes(data[: len(data) // 2])
    before = min_db_path.read_bytes()
    with pytest.raises(DatabaseDamagedError, match="damaged too"):
        restore_backup(bad, min_db_path)
    assert min_db_path.read_bytes() == before
    assert not list(min_db_path.parent.glob("*.restoring"))
    assert not list(min_db_path.parent.glob("*damaged-*"))


def test_restore_moves_a_stale_wal_aside(min_db_path):
    """A -wal left by the damaged file must not be replayed onto the restored one."""
    good = backup_before(min_db_path, "manual")
    wal = min_db_path.with_name(min_db_path.name + "-wal")
    wal.write_bytes(b"stale wal of the damaged file")
    aside = restore_backup(good, min_db_path)
    assert not wal.exists()
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"stale wal of the damaged file"


def test_save_aside_moves_the_file_and_its_wal(min_db_path):
    wal = min_db_path.with_name(min_db_path.name + "-wal")
    wal.write_bytes(b"w")
    aside = save_aside(min_db_path)
    assert not min_db_path.exists() and not wal.exists()
    assert aside.exists() and aside.with_name(aside.name + "-wal").exists()
    assert save_aside(min_db_path) is None


def test_a_damaged_database_makes_no_backup_and_keeps_the_old_ones(min_db_path, monkeypatch):
    first = backup_before(min_db_path, "manual")
    monkeypatch.setattr(backup, "_integrity", lambda path: "row 3 missing from index")
    with pytest.raises(DatabaseDamagedError, match="older backups are kept"):
        backup_before(min_db_path, "manual")
    assert [b.path for b in list_backups(min_db_path)] == [first]
    assert not list((min_db_path.parent / "backups").glob(".*partial"))


def test_every_import_takes_a_backup_of_the_state_before_it(min_db, min_db_path, tmp_path):
    """A pack import (the path every importer shares) is preceded by a backup without the imported items."""
    other = open_database(tmp_path / "other.db")
    seed(other, MIN_CONTENT)
    save_item(other, kind="theme", item={"id": "brought-in", "name": "Brought in by the pack"})
    write_pack(other, tmp_path / "p.trilemma-pack")
    import_file(min_db, tmp_path / "p.trilemma-pack", "pack")
    [taken] = list_backups(min_db_path)
    assert taken.reason == "before-import"
    conn = sqlite3.connect(taken.path)
    assert conn.execute("SELECT count(*) FROM themes WHERE slug = 'brought-in'").fetchone()[0] == 0
    conn.close()
    assert min_db.execute("SELECT count(*) FROM themes WHERE slug = 'brought-in'").fetchone()[0] == 1


def test_the_command_line_lists_takes_and_restores_backups(min_db_path, capsys):
    """`python -m db backup|backups|restore`: for a teacher or IT person without the app."""
    import json

    from db.cli import main

    assert main(["backup", str(min_db_path)]) == 0
    taken = json.loads(capsys.readouterr().out)["backup"]
    assert main(["backups", str(min_db_path)]) == 0
    [listed] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert listed["file"] == taken and listed["reason"] == "manual"
    min_db_path.write_bytes(b"garbage")
    assert main(["restore", str(min_db_path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["restored"] == taken and "damaged-" in out["kept_aside"]
    assert open_database(min_db_path).execute("SELECT count(*) FROM events").fetchone()[0] > 0


def test_restore_without_backups_says_so(tmp_path, capsys):
    from db.cli import main

    path = tmp_path / "lonely.db"
    open_database(path).close()
    assert main(["restore", str(path)]) == 2
    assert "has no backups" in capsys.readouterr().err


def test_a_gift_import_takes_a_backup_too(min_db, min_db_path, tmp_path):
    gift = tmp_path / "q.gift"
    gift.write_text("::q-one:: Which year was the treaty? {=1961 ~1950 ~1970}\n", encoding="utf-8")
    import_file(min_db, gift, "gift")
    assert [b.reason for b in list_backups(min_db_path)] == ["before-import"]


def test_a_copy_left_half_written_by_a_crash_is_swept_later(min_db_path):
    import os

    first = backup_before(min_db_path, "manual")
    stale = first.parent / ".min.20260101-000000-000000.manual.db.partial"
    fresh = first.parent / ".min.20990101-000000-000000.manual.db.partial"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"in progress elsewhere")
    os.utime(stale, (0, 0))
    backup_before(min_db_path, "manual")
    assert not stale.exists() and fresh.exists()
    assert [b.path for b in list_backups(min_db_path)][-1] == first  # never listed as a backup
