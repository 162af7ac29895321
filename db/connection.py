"""Open a Trilemma database: pragmas, damage and version checks, migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from db.errors import DatabaseDamagedError, SchemaTooNewError, TrilemmaError
from db.schema import MIGRATION_SET, SCHEMA_VERSION, known_steps, migrations

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def connect(path: str | Path) -> Database:
    """A connection with foreign keys on, WAL, a busy timeout and durable commits; no migrations."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    db = Database(conn)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if str(path) != ":memory:":
        db.execute("PRAGMA journal_mode = WAL")
    # FULL: a confirmed answer must survive a power cut, not just a crash.
    db.execute("PRAGMA synchronous = FULL")
    return db


def check_file(path: Path) -> None:
    """Raise DatabaseDamagedError if an existing file is not a whole SQLite database."""
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise DatabaseDamagedError(f"{path} is a folder, not a database file")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseDamagedError(f"{path} is not a SQLite database (its first bytes are wrong)")


def applied_steps(db: Database) -> list[str]:
    """Names of the migration steps recorded in this database."""
    return [m.name for m in migrations.applied(db)]


def schema_state(db: Database) -> tuple[list[str], list[str]]:
    """(steps this app does not know, steps still pending) for an open database."""
    applied = applied_steps(db)
    known = known_steps()
    unknown = [name for name in applied if name not in known]
    pending = [name for name in known if name not in applied]
    return unknown, pending


def open_database(path: str | Path, *, migrate: bool = True, check: bool = True) -> Database:
    """Open (creating if needed) and upgrade a database; refuse a damaged or newer one unchanged."""
    target = Path(path) if str(path) != ":memory:" else None
    if target is not None:
        if check:
            check_file(target)
        if not target.parent.exists():
            raise TrilemmaError(f"the folder {target.parent} does not exist")
    try:
        db = connect(path)
        if check and target is not None and target.exists() and target.stat().st_size > 0:
            result = db.execute("PRAGMA quick_check").fetchall()
            if result != [("ok",)]:
                detail = "; ".join(str(row[0]) for row in result[:3])
                db.close()
                raise DatabaseDamagedError(f"{path} failed its integrity check: {detail}")
        unknown, pending = schema_state(db)
        user_version = db.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamagedError(f"{path} cannot be read as a database: {exc}") from exc
    if unknown or user_version > SCHEMA_VERSION:
        db.close()
        raise SchemaTooNewError(
            f"{path} was written by a newer version of Trilemma (schema {max(user_version, SCHEMA_VERSION + len(unknown))}, "
            f"this app knows up to {SCHEMA_VERSION}). It was not changed. Update Trilemma to open it."
        )
    if migrate and pending:
        migrate_database(db)
    return db


def migrate_database(db: Database, *, stop_before: str | None = None) -> list[str]:
    """Apply pending migration steps, each in its own transaction; return the names applied."""
    before = set(applied_steps(db))
    migrations.apply(db, stop_before=stop_before)
    done = [name for name in applied_steps(db) if name not in before]
    version = len(applied_steps(db))
    db.execute(f"PRAGMA user_version = {version}")
    return done


__all__ = ["connect", "open_database", "migrate_database", "schema_state", "MIGRATION_SET"]
