"""Errors the data layer raises: each says what is wrong and where."""

from __future__ import annotations


class TrilemmaError(Exception):
    """Base class: a problem a user can be told about in plain words."""


class SchemaTooNewError(TrilemmaError):
    """The database was written by a newer Trilemma; it is opened for nothing."""


class DatabaseDamagedError(TrilemmaError):
    """The file is not a readable SQLite database, or fails its integrity check."""


class ValidationError(TrilemmaError):
    """Input that breaks a content rule; `problems` lists (where, message) pairs."""

    def __init__(self, problems: list[tuple[str, str]] | str, where: str = ""):
        if isinstance(problems, str):
            problems = [(where, problems)]
        self.problems = problems
        super().__init__("; ".join(f"{w}: {m}" if w else m for w, m in problems))


class MissingReference(str):
    """A problem's message that an identifier names no item of a kind: the English sentence, which also carries
    the kind and the identifier, so that an interface can say it in its own words."""

    kind: str
    slug: str

    def __new__(cls, kind: str, slug: str) -> MissingReference:
        text = super().__new__(cls, f"'{slug}' names no {kind}")
        text.kind, text.slug = kind, slug
        return text


class QuizMovedOnError(TrilemmaError):
    """The quiz is no longer at the question answered: it went on (or ended) elsewhere, e.g. in a second window
    open for the same student."""


class NotFoundError(TrilemmaError):
    """An identifier that names no item."""


class StorageError(TrilemmaError):
    """The disk or another program stopped a read or write; what was saved before is kept."""


class DiskFullError(StorageError):
    """The disk (or the database's size limit) is full; the write was rolled back."""


class ReadOnlyError(StorageError):
    """The database file or its folder cannot be written; the write was rolled back."""


class DatabaseBusyError(StorageError):
    """Another window or program held the database longer than the busy timeout."""


# SQLite primary result codes (the low byte of an extended code).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26


def storage_error(exc: Exception, outcome: str = "your change was not saved") -> TrilemmaError | None:
    """The plain-words error for a SQLite failure of the disk or the file, or None if it is not one.

    `outcome` says what did not happen ("your answer was not saved") and is put into the message."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    kept = "Everything saved before is kept."
    if primary == _SQLITE_FULL or "database or disk is full" in text:
        return DiskFullError(f"The disk is full, so {outcome}. {kept} Free some space (or ask for help) and try again.")
    if primary == _SQLITE_READONLY or "readonly database" in text:
        return ReadOnlyError(f"The database cannot be written (the file or its folder is read-only), so {outcome}. "
                             f"{kept} Ask for write access, or open a copy.")
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text or "is busy" in text:
        return DatabaseBusyError(f"The database is busy in another Trilemma window or program, so {outcome}. "
                                 f"{kept} Try again in a moment.")
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return DatabaseDamagedError(f"The database file is damaged ({exc}), so {outcome}. "
                                    "Restart Trilemma to restore a backup.")
    if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN) or "disk i/o error" in text or "unable to open" in text:
        return StorageError(f"The disk could not be read or written ({exc}), so {outcome}. {kept}")
    return None
