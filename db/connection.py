"""Open a Trilemma database: pragmas, damage and version checks, migrations."""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import (
    DatabaseDamagedError,
    ReadOnlyError,
    SchemaTooNewError,
    StorageError,
    TrilemmaError,
    storage_error,
)
from db.schema import MIGRATION_SET, SCHEMA_VERSION, applied_steps, known_steps, migration_set

if TYPE_CHECKING:
    import sqlite_utils

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class Database:
    """sqlite-utils' Database over one connection, made the first time something needs it.

    Importing sqlite-utils costs about a tenth of the app's start (its command-line, plugin and date libraries come
    with it), and the first window only reads. So until something needs more, a statement that only reads (a
    SELECT, or a PRAGMA through `execute`) runs on the connection itself, as sqlite-utils' own `execute` and
    `query` run such a statement; anything else (a write, a transaction, a table's API, any other attribute) makes
    the sqlite-utils Database, and from then on every call goes to it. `load()` makes it ahead of need (the app
    does so once its window is on screen)."""

    def __init__(self, conn: sqlite3.Connection, *, read_only: bool = False):
        self.conn = conn
        self.read_only = read_only
        self._loaded: sqlite_utils.Database | None = None

    def load(self) -> sqlite_utils.Database:
        """The sqlite-utils Database (made now if it was not yet)."""
        if self._loaded is None:
            from sqlite_utils import Database as Loaded

            # No plugins are used: skipping them skips a scan of every installed package. Recursive triggers were
            # turned on when the connection was opened.
            self._loaded = Loaded(self.conn, recursive_triggers=False, execute_plugins=False)
        return self._loaded

    @property
    def loaded(self) -> bool:
        """True once the sqlite-utils Database has been made."""
        return self._loaded is not None

    def execute(self, sql: str, parameters=None) -> sqlite3.Cursor:
        """sqlite-utils' `execute`; a read before the Database is made runs on the connection."""
        if self._loaded is None and _first_keyword(sql) in ("SELECT", "PRAGMA"):
            return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)
        return self.load().execute(sql, parameters)

    def query(self, sql: str, params=None) -> Iterator[dict]:
        """sqlite-utils' `query` (rows as dicts); a SELECT before the Database is made runs on the connection."""
        if self._loaded is None and _first_keyword(sql) == "SELECT":
            cursor = self.conn.execute(sql) if params is None else self.conn.execute(sql, params)
            keys = [column[0] for column in cursor.description]
            if len(set(keys)) == len(keys):
                return (dict(zip(keys, row, strict=True)) for row in cursor)
            # Two columns of one name: sqlite-utils renames the second; let it run the statement.
        return self.load().query(sql, params)

    def close(self) -> None:
        self.conn.close()

    def __getattr__(self, name: str):
        return getattr(self.load(), name)

    def __getitem__(self, name: str):
        return self.load()[name]

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _first_keyword(sql: str) -> str:
    """The statement's first word in capitals ("" when it starts otherwise, as with a comment)."""
    words = sql.split(None, 1)
    return words[0].upper() if words and words[0].isalpha() else ""


def connect(path: str | Path, *, read_only: bool = False) -> Database:
    """A connection with foreign keys on, WAL, a busy timeout and durable commits; no migrations.

    read_only=True opens a file that cannot be written (a read-only folder or file): every write then fails
    with ReadOnlyError, and `db.read_only` is True."""
    if read_only:
        conn = _connect_read_only(Path(path))
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    db = Database(conn, read_only=read_only)
    db.execute("PRAGMA recursive_triggers = ON")   # as sqlite-utils sets it
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if str(path) != ":memory:" and not read_only:
        db.execute("PRAGMA journal_mode = WAL")
    # FULL: a confirmed answer must survive a power cut, not just a crash.
    db.execute("PRAGMA synchronous = FULL")
    return db


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """Open a file for reading only; a WAL database whose folder cannot hold its -shm is read as it is on disk."""
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
    # No -shm can be made beside it: nobody can write there either, so the file is what there is.
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, check_same_thread=False)


def writable(path: Path) -> bool:
    """True if this user may write the database file (when it exists) and the folder its -wal goes in."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(folder, os.W_OK)


def check_file(path: Path) -> None:
    """Raise DatabaseDamagedError if an existing file is not a whole SQLite database.

    An empty (0-byte) file is a new database, unless it has backups: then it was emptied by accident,
    and starting a fresh, empty class on it would hide the class's data."""
    if not path.exists():
        return
    if path.is_file() and path.stat().st_size == 0:
        from db.backup import list_backups
        from db.plural import counted

        found = list_backups(path)
        if found:
            raise DatabaseDamagedError(f"{path} is empty (0 bytes), but it has {counted(len(found), 'backup')} in "
                                       f"{found[0].path.parent}; the newest is from {found[0].label}")
        return
    if path.is_dir():
        raise DatabaseDamagedError(f"{path} is a folder, not a database file")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseDamagedError(f"{path} is not a SQLite database (its first bytes are wrong)")


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
    read_only = target is not None and not writable(target)
    if read_only and not (target.exists() and target.stat().st_size > 0):
        raise ReadOnlyError(f"The folder {target.parent} cannot be written, so no database can be made there as "
                            f"{target.name}. Choose another place (--db FILE) or ask for write access.")
    db = None
    try:
        db = connect(path, read_only=read_only)
        if check and target is not None and target.exists() and target.stat().st_size > 0:
            result = db.execute("PRAGMA quick_check").fetchall()
            if result != [("ok",)]:
                detail = "; ".join(str(row[0]) for row in result[:3])
                raise DatabaseDamagedError(f"{path} failed its integrity check: {detail}")
        unknown, pending = schema_state(db)
        user_version = db.execute("PRAGMA user_version").fetchone()[0]
        if unknown or user_version > SCHEMA_VERSION:
            raise SchemaTooNewError(
                f"{path} was written by a newer version of Trilemma (schema "
                f"{max(user_version, SCHEMA_VERSION + len(unknown))}, this app knows up to {SCHEMA_VERSION}). "
                "It was not changed. Update Trilemma to open it."
            )
        if migrate and pending and read_only:
            raise ReadOnlyError(f"{path} needs an upgrade for this version of Trilemma, but its folder or file is "
                                "read-only, so it was not changed. Ask for write access, or open a copy.")
        if migrate and pending:
            _upgrade(db)
        if check and (migrate or not pending):
            _check_structure(db, path)
        return db
    except TrilemmaError:
        _close_quietly(db)
        raise
    except sqlite3.DatabaseError as exc:
        _close_quietly(db)
        mapped = storage_error(exc, f"{path} could not be opened")
        if mapped is not None and not isinstance(mapped, DatabaseDamagedError):
            raise mapped from exc
        raise DatabaseDamagedError(f"{path} cannot be read as a database: {exc}") from exc


def _upgrade(db: Database) -> None:
    """Back up a database that holds data, then apply the pending steps under one write lock."""
    from db.backup import backup_before, holds_data

    if applied_steps(db) and holds_data(db):
        backup_before(db, "before-migration")
    # One IMMEDIATE transaction: two windows starting at once cannot both run a step, and an
    # upgrade interrupted by a crash leaves the old schema whole.
    db.execute("BEGIN IMMEDIATE")
    try:
        if schema_state(db)[1]:
            migrate_database(db)
        db.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise


def _check_structure(db: Database, path: str | Path) -> None:
    """Refuse a database whose tables, columns, indexes or triggers are not what the migrations made."""
    from db.structure import structure_problems

    problems = structure_problems(db)
    if problems:
        more = f" and {len(problems) - 3} more" if len(problems) > 3 else ""
        raise DatabaseDamagedError(f"{path} is damaged: {'; '.join(problems[:3])}{more}")


def _close_quietly(db: Database | None) -> None:
    if db is not None:
        with contextlib.suppress(sqlite3.Error):
            db.close()


@contextlib.contextmanager
def write_transaction(db: Database, what: str = "your change") -> Iterator[Database]:
    """One write transaction (BEGIN IMMEDIATE, so it waits for other writers); all or nothing.

    Disk full, read-only file, a database busy beyond the timeout or a damaged file raise the
    matching db.errors type with a plain message naming `what`; the transaction is rolled back."""
    try:
        if db.conn.in_transaction:
            with db.atomic():  # nested: a savepoint inside the caller's transaction
                yield db
            return
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
            db.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
            raise
    except sqlite3.DatabaseError as exc:
        mapped = None if isinstance(exc, sqlite3.IntegrityError) else storage_error(exc, f"{what} could not be saved")
        if mapped is None:
            raise
        raise mapped from exc


def migrate_database(db: Database, *, stop_before: str | None = None) -> list[str]:
    """Apply pending migration steps, each in its own transaction; return the names applied."""
    before = set(applied_steps(db))
    migration_set().apply(db.load(), stop_before=stop_before)
    after = applied_steps(db)
    db.execute(f"PRAGMA user_version = {len(after)}")
    return [name for name in after if name not in before]


def writes(what: str) -> Callable:
    """Decorator: run a `fn(db, ...)` write as one write_transaction, reads included (no check-then-write race)."""

    def decorate(fn: Callable) -> Callable:
        @functools.wraps(fn)
        def wrapper(db: Database, *args, **kwargs):
            with write_transaction(db, what):
                return fn(db, *args, **kwargs)

        return wrapper

    return decorate


__all__ = ["connect", "open_database", "migrate_database", "schema_state", "write_transaction", "writes", "MIGRATION_SET",
           "StorageError"]
