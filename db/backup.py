"""Backups with SQLite's online backup API: taken before migrations and imports, rotated, restored safely.

Backups live in a `backups/` folder beside the database, named
`<stem>.<UTC timestamp>.<reason>.db`; the newest `KEEP_BACKUPS` are kept. Restoring copies a backup
into a temporary file, checks it, saves the current (damaged) file aside and only then replaces it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import DatabaseDamagedError, DiskFullError, ReadOnlyError, StorageError, TrilemmaError, storage_error

if TYPE_CHECKING:
    from db.connection import Database

KEEP_BACKUPS = 5
BACKUP_DIR = "backups"
_STAMP = "%Y%m%d-%H%M%S-%f"
_REASON = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Backup:
    """One backup file: where it is, when it was taken (UTC) and why."""

    path: Path
    taken_at: datetime
    reason: str

    @property
    def label(self) -> str:
        """'2026-11-28 10:30 (before-import)' in local time, for messages and lists."""
        local = self.taken_at.astimezone()
        return f"{local:%Y-%m-%d %H:%M:%S} ({self.reason.replace('-', ' ')})"


def database_path(db_or_path: Database | str | Path) -> Path | None:
    """The file behind a connection or path; None for an in-memory database."""
    if not isinstance(db_or_path, str | os.PathLike):   # an open database
        for _seq, name, file in db_or_path.execute("PRAGMA database_list").fetchall():
            if name == "main":
                return Path(file) if file else None
        return None
    return None if str(db_or_path) == ":memory:" else Path(db_or_path)


def backup_dir(db_path: str | Path) -> Path:
    """The folder holding the backups of a database file."""
    return Path(db_path).parent / BACKUP_DIR


def list_backups(db_path: str | Path) -> list[Backup]:
    """The backups of a database, newest first."""
    db_path = Path(db_path)
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    pattern = re.compile(rf"^{re.escape(db_path.stem)}\.(\d{{8}}-\d{{6}}-\d{{6}})\.([a-z0-9-]+)\.db$")
    found = []
    for entry in folder.iterdir():
        match = pattern.match(entry.name)
        if match and entry.is_file():
            taken = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
            found.append(Backup(entry, taken, match.group(2)))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def backup_before(db_or_path: Database | str | Path, reason: str, *, keep: int = KEEP_BACKUPS) -> Path | None:
    """Back up a database (open connection or file) before a risky step; return the backup file.

    Returns None for an in-memory database or a file that does not exist yet (nothing to lose).
    Raises DatabaseDamagedError if the copy fails its integrity check (the older backups are kept),
    and a StorageError subclass if the disk is full or read-only."""
    db_path = database_path(db_or_path)
    if db_path is None or not db_path.exists() or db_path.stat().st_size == 0:
        return None
    tag = _REASON.sub("-", reason.lower()).strip("-") or "manual"
    folder = backup_dir(db_path)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise _os_error(exc, f"the backup folder {folder}") from exc
    while True:
        stamp = datetime.now(UTC).strftime(_STAMP)
        final = folder / f"{db_path.stem}.{stamp}.{tag}.db"
        if not final.exists():
            break
    partial = folder / f".{final.name}.partial"
    try:
        if not isinstance(db_or_path, str | os.PathLike):
            _copy(db_or_path.conn, partial)
        else:
            with contextlib.closing(_open_read_only(db_path)) as source:
                _copy(source, partial)
        problems = _integrity(partial)
        if problems:
            raise DatabaseDamagedError(f"{db_path} is damaged ({problems}); no new backup was made, "
                                       "the older backups are kept")
        _fsync(partial)
        os.replace(partial, final)
        _fsync(folder)
    except sqlite3.Error as exc:
        raise (storage_error(exc, f"no backup of {db_path.name} was made")
               or DatabaseDamagedError(f"{db_path} could not be backed up: {exc}")) from exc
    except OSError as exc:
        raise _os_error(exc, f"the backup of {db_path.name}") from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    rotate(db_path, keep)
    _sweep_partials(folder)
    return final


def rotate(db_path: str | Path, keep: int = KEEP_BACKUPS) -> list[Path]:
    """Delete all but the newest `keep` backups of a database; return the files removed."""
    removed = []
    for old in list_backups(db_path)[max(keep, 1):]:
        with contextlib.suppress(OSError):
            old.path.unlink()
            removed.append(old.path)
    return removed


def save_aside(db_path: str | Path, *, move: bool = True, keep_wal: bool = False) -> Path | None:
    """Keep a (damaged) database under a timestamped name beside it, with its -wal; return the new name.

    With move=False the main file is copied, so the original stays in place until it is replaced; with
    keep_wal=True its -wal is copied too and left in place (the caller checkpoints it)."""
    db_path = Path(db_path)
    if not db_path.exists():
        return None
    stamp = datetime.now(UTC).strftime(_STAMP)
    aside = db_path.with_name(f"{db_path.stem}.damaged-{stamp}{db_path.suffix or '.db'}")
    try:
        if move:
            os.replace(db_path, aside)
        else:
            shutil.copy2(db_path, aside)
        # The -wal belongs to the damaged file: left beside a new file, SQLite would replay it there.
        side = Path(f"{db_path}-wal")
        if side.exists():
            if keep_wal:
                shutil.copy2(side, Path(f"{aside}-wal"))
            else:
                os.replace(side, Path(f"{aside}-wal"))
        shm = Path(f"{db_path}-shm")
        if shm.exists() and not keep_wal:
            os.replace(shm, Path(f"{aside}-shm"))
        for written in (aside, Path(f"{aside}-wal")):
            if written.exists():
                _fsync(written)
        _fsync(db_path.parent)
    except OSError as exc:
        raise _os_error(exc, f"saving {db_path.name} aside") from exc
    return aside


def restore_backup(backup: Backup | str | Path, db_path: str | Path) -> Path | None:
    """Replace a database with a backup, safely; return where the replaced file was saved aside.

    The backup is copied into a temporary file and checked first: if it is damaged too,
    DatabaseDamagedError is raised and nothing is changed. A database open in a Trilemma window is
    refused (DatabaseBusyError). Every step leaves at `db_path` either the old state, its last
    committed write included, or the backup: the old file and its -wal are copied aside, then its
    -wal is checkpointed into it, and only an empty -wal is removed before the backup takes its place."""
    from db.presence import sole_access

    source = Path(backup.path if isinstance(backup, Backup) else backup)
    db_path = Path(db_path)
    if not source.is_file():
        raise TrilemmaError(f"the backup {source} does not exist")
    temp = db_path.with_name(f".{db_path.name}.restoring")
    try:
        with sole_access(db_path, f"restoring {source.name}"):
            try:
                with contextlib.closing(_open_read_only(source)) as src:
                    _copy(src, temp)
                problems = _integrity(temp)
            except sqlite3.DatabaseError as exc:
                mapped = storage_error(exc, f"{source.name} was not restored")
                if mapped is not None and not isinstance(mapped, DatabaseDamagedError):
                    raise mapped from exc
                problems = str(exc)
            if problems:
                raise DatabaseDamagedError(f"the backup {source.name} is damaged too ({problems}); nothing was changed")
            _fsync(temp)
            aside = save_aside(db_path, move=False, keep_wal=True)
            _checkpoint(db_path)
            for suffix in ("-wal", "-shm"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            os.replace(temp, db_path)
            _fsync(db_path.parent)
    except OSError as exc:
        raise _os_error(exc, f"restoring {source.name}") from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    return aside


def _checkpoint(db_path: Path) -> bool:
    """Write a database's -wal into the file and empty it; False when the file cannot take it (damaged)."""
    if not Path(f"{db_path}-wal").exists() or not db_path.exists():
        return True
    try:
        with contextlib.closing(sqlite3.connect(str(db_path), timeout=5)) as conn:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        return busy == 0
    except sqlite3.Error:
        return False  # the old file is damaged: its copy aside (with the -wal) is what is kept


def _sweep_partials(folder: Path, older_than: float = 3600.0) -> None:
    """Remove copies left half-written by a crash during a backup (old enough not to be in progress)."""
    now = time.time()
    for leftover in folder.glob(".*.partial"):
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > older_than:
                leftover.unlink()


def holds_data(db: Database) -> bool:
    """True if any table of the database has a row (an empty new file needs no backup)."""
    names = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '\\_sqlite%' ESCAPE '\\' AND name NOT LIKE 'search_index%'").fetchall()]
    return any(db.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchone() for name in names)


# ---------------------------------------------------------------- helpers


def _open_read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def _copy(source: sqlite3.Connection, target: Path) -> None:
    """Online backup of a whole database into a self-contained file (no -wal)."""
    target.unlink(missing_ok=True)
    with contextlib.closing(sqlite3.connect(str(target))) as dest:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
        dest.commit()


def _integrity(path: Path) -> str:
    """'' if the file passes PRAGMA integrity_check, else the first problems."""
    with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    return "" if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:3])


def _fsync(path: Path) -> None:
    """Flush a file or folder to disk (folders: so a rename survives a power cut)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _os_error(exc: OSError, what: str) -> StorageError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(f"The disk is full, so {what} could not be written. Nothing was changed.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReadOnlyError(f"No permission to write {what} ({exc.strerror}). Nothing was changed.")
    return StorageError(f"{what} failed: {exc.strerror or exc}. Nothing was changed.")
