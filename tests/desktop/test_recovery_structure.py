"""The app meets a structurally damaged or emptied database with the same recovery choices as a corrupt one."""

import sqlite3

from db.backup import backup_before
from db.connection import open_database
from desktop.shell.recovery import RESTORE, open_with_recovery


def _drop_attempts(path):
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE attempts")
    conn.commit()
    conn.close()


def test_the_app_offers_the_backup_for_a_dropped_table(min_db_path):
    events = open_database(min_db_path).execute("SELECT count(*) FROM events").fetchone()[0]
    backup_before(min_db_path, "manual")
    _drop_attempts(min_db_path)
    problems = []
    db = open_with_recovery(min_db_path, lambda p: problems.append(p) or RESTORE, opener=open_database)
    assert problems[0].kind == "damaged" and "attempts" in problems[0].message
    assert db.execute("SELECT count(*) FROM attempts").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == events


def test_the_app_offers_the_backup_for_an_emptied_file(min_db_path):
    backup_before(min_db_path, "manual")
    for side in ("-wal", "-shm"):
        min_db_path.with_name(min_db_path.name + side).unlink(missing_ok=True)
    min_db_path.write_bytes(b"")
    problems = []
    db = open_with_recovery(min_db_path, lambda p: problems.append(p) or RESTORE, opener=open_database)
    assert problems[0].backup is not None
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] > 0
