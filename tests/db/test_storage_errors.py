"""Full disk, read-only file, busy database: a plain message, the write rolled back, what was saved kept."""

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from db import backup
from db.backup import backup_before, list_backups
from db.connection import open_database, write_transaction
from db.content import delete_item, get_item, list_items, save_item, save_items
from db.errors import (
    DatabaseBusyError,
    DatabaseDamagedError,
    DiskFullError,
    ReadOnlyError,
    StorageError,
    TrilemmaError,
    storage_error,
)


def _big_batch(n=200, prefix="bulk"):
    return [("source", {"id": f"{prefix}-{i}", "title": f"Source {i} " + "x" * 2000}) for i in range(n)]


def _snapshot(db):
    return {kind: list_items(db, kind) for kind in ("actor", "theme", "source", "event", "era")}


def test_a_full_disk_rolls_the_whole_batch_back_with_a_plain_message(min_db):
    """PRAGMA max_page_count makes SQLite answer SQLITE_FULL exactly as a full disk does."""
    save_item(min_db, kind="theme", item={"id": "saved-before", "name": "Saved before"})
    before = _snapshot(min_db)
    pages = min_db.execute("PRAGMA page_count").fetchone()[0]
    min_db.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(DiskFullError) as caught:
        save_items(min_db, _big_batch())
    message = str(caught.value)
    assert message.startswith("The disk is full, so your changes could not be saved.")
    assert "Everything saved before is kept" in message and "Traceback" not in message
    assert not min_db.conn.in_transaction
    assert _snapshot(min_db) == before  # nothing of the batch, everything from before
    min_db.execute("PRAGMA max_page_count = 1073741823")  # space freed: the same batch now saves
    assert save_items(min_db, _big_batch()).count() == 200


def test_a_full_disk_keeps_what_was_saved_after_reopening(min_db_path):
    db = open_database(min_db_path)
    save_item(db, kind="theme", item={"id": "kept", "name": "Kept"})
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
    with pytest.raises(DiskFullError):
        save_items(db, _big_batch())
    db.close()
    db = open_database(min_db_path)
    assert get_item(db, "theme", "kept")["name"] == "Kept"
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT count(*) FROM sources WHERE slug LIKE 'bulk-%'").fetchone()[0] == 0


def _read_only(path: Path) -> Database:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    return Database(conn)


def test_a_read_only_database_refuses_writes_plainly_and_keeps_its_content(min_db_path):
    """Opened read-only (as from a read-only share or a locked-down file): reading works, writing explains."""
    db = _read_only(min_db_path)
    before = _snapshot(db)
    with pytest.raises(ReadOnlyError, match=r"read-only\), so your changes could not be saved"):
        save_item(db, kind="theme", item={"id": "new", "name": "New"})
    with pytest.raises(ReadOnlyError, match="the deletion could not be saved"):
        delete_item(db, kind="era", slug=list_items(db, "era")[0]["id"])
    assert _snapshot(db) == before


def test_a_query_only_connection_maps_to_read_only(min_db):
    min_db.execute("PRAGMA query_only = ON")
    with pytest.raises(ReadOnlyError):
        save_item(min_db, kind="theme", item={"id": "new", "name": "New"})


def test_a_database_locked_beyond_the_timeout_gives_a_plain_message(min_db, min_db_path):
    min_db.execute("PRAGMA busy_timeout = 100")
    other = sqlite3.connect(min_db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusyError) as caught:
            save_item(min_db, kind="theme", item={"id": "waits", "name": "Waits"})
        assert "busy in another Trilemma window" in str(caught.value)
        assert not min_db.conn.in_transaction
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert save_item(min_db, kind="theme", item={"id": "waits", "name": "Waits"})  # free again: it lands


def test_a_write_waits_for_a_short_lock_instead_of_failing(min_db, min_db_path):
    """BEGIN IMMEDIATE waits on the busy timeout, so a brief lock held by another window is not an error."""
    import threading

    other = sqlite3.connect(min_db_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    threading.Timer(0.3, lambda: other.execute("COMMIT")).start()
    assert save_item(min_db, kind="theme", item={"id": "after-wait", "name": "After wait"})
    other.close()


def test_integrity_errors_are_not_disguised_as_storage_errors(min_db):
    with pytest.raises(sqlite3.IntegrityError), write_transaction(min_db):
        min_db.execute("INSERT INTO event_actors (event_id, actor_id) VALUES (9999, 9999)")
    assert not min_db.conn.in_transaction


def test_every_sqlite_failure_of_the_storage_maps_to_one_plain_type():
    def op(code, text):
        exc = sqlite3.OperationalError(text)
        exc.sqlite_errorcode = code
        return storage_error(exc, "your answer could not be saved")

    assert isinstance(op(13, "database or disk is full"), DiskFullError)
    assert isinstance(op(8 | (1 << 8), "attempt to write a readonly database"), ReadOnlyError)
    assert isinstance(op(5, "database is locked"), DatabaseBusyError)
    assert isinstance(op(6, "database table is locked"), DatabaseBusyError)
    assert isinstance(op(11, "database disk image is malformed"), DatabaseDamagedError)
    assert isinstance(op(26, "file is not a database"), DatabaseDamagedError)
    assert type(op(10, "disk I/O error")) is StorageError
    assert op(1, "no such table: x") is None  # a programming error stays loud
    no_code = sqlite3.OperationalError("database or disk is full")
    assert isinstance(storage_error(no_code), DiskFullError)
    for error in (op(13, "x"), op(8, "x"), op(5, "x")):
        assert isinstance(error, TrilemmaError) and "your answer could not be saved" in str(error)


def test_a_full_disk_during_a_backup_leaves_no_partial_file(min_db_path, monkeypatch):
    earlier = backup_before(min_db_path, "manual")

    def full(source, target):
        target.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "_copy", full)
    with pytest.raises(DiskFullError, match="disk is full"):
        backup_before(min_db_path, "before-import")
    assert [b.path for b in list_backups(min_db_path)] == [earlier]
    assert not list(earlier.parent.glob(".*"))


def test_opening_a_database_in_a_missing_folder_is_explained(tmp_path):
    with pytest.raises(TrilemmaError, match="does not exist"):
        open_database(tmp_path / "nowhere" / "x.db")
