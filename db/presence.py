"""Which databases a Trilemma window has open, so a restore never swaps a file from under a window.

A window holds a shared lock (`flock`, independent of SQLite's own byte-range locks) on its database
file for as long as it is open; a restore asks for an exclusive one and refuses when it cannot get it.
Where `fcntl` is missing (Windows) nothing is marked and the check always passes.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from db.errors import DatabaseBusyError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None


class OpenMark:
    """A window's mark on its database file; release() (or garbage collection) lifts it."""

    def __init__(self, path: str | Path):
        self.fd: int | None = None
        if fcntl is None or str(path) == ":memory:":
            return
        try:
            self.fd = os.open(path, os.O_RDONLY)
            fcntl.flock(self.fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            self.release()  # a restore holds it right now; the window works, it just is not marked

    def release(self) -> None:
        """Lift the mark (closing the descriptor releases the lock)."""
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = None

    def __del__(self):
        self.release()


@contextlib.contextmanager
def sole_access(path: str | Path, what: str) -> Iterator[None]:
    """Hold an exclusive mark on a database file for `what`; DatabaseBusyError if a window has it open."""
    path = Path(path)
    if fcntl is None or not path.exists():
        yield
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        yield  # unreadable: the step itself reports it
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise DatabaseBusyError(
                f"{path.name} is open in another Trilemma window, so {what} was not done and nothing was changed. "
                "Close that window first, then try again.") from None
        yield
    finally:
        os.close(fd)
