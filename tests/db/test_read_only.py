"""A database in a folder (or a file) this user cannot write opens read-only: everything can be read, every write
is refused with a sentence, and nothing on disk changes. (Root may write anywhere, so the permission check is
stood in for where the test runs as root.)"""

import pytest

from db import connection
from db.connection import open_database, write_transaction
from db.errors import ReadOnlyError


@pytest.fixture
def unwritable(monkeypatch):
    monkeypatch.setattr(connection, "writable", lambda path: False)


def test_a_read_only_class_opens_for_reading(min_db_path, unwritable):
    before = min_db_path.read_bytes()
    db = open_database(min_db_path)
    assert db.read_only
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] > 0
    with pytest.raises(ReadOnlyError, match="cannot be written"), write_transaction(db, "your answer"):
        db.execute("INSERT INTO students (name, pseudonym, created_at) VALUES ('Ada', 'Ada', '2026')")
    db.close()
    assert min_db_path.read_bytes() == before


def test_no_database_is_made_in_a_folder_that_cannot_be_written(tmp_path, unwritable):
    with pytest.raises(ReadOnlyError, match="cannot be written, so no database can be made"):
        open_database(tmp_path / "new.db")
    assert not (tmp_path / "new.db").exists()


def test_a_writable_class_is_not_read_only(min_db):
    assert min_db.read_only is False
