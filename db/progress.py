"""Progress and cancel for long operations (big imports), without Qt.

A caller that wants to follow an operation runs it inside `reporting(callback)`; the operation calls
`step(stage, done, total)` in its loops. The callback sees (stage, done, total) a few dozen times a
second at most, and may raise `CancelledError` to stop: a write in progress is then rolled back. The
reporter belongs to the current thread (a context variable), so a worker thread's import never
reports into the window's own operations.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar

from db.errors import TrilemmaError

Callback = Callable[[str, int, int], None]
INTERVAL_S = 0.03  # at most ~33 reports a second: cheap for 50,000 items, smooth for a progress bar

_reporter: ContextVar[list | None] = ContextVar("trilemma_progress", default=None)


class CancelledError(TrilemmaError):
    """The user stopped the operation; nothing it would have written was kept."""

    def __init__(self, message: str = "stopped before anything was changed"):
        super().__init__(message)


@contextlib.contextmanager
def reporting(callback: Callback) -> Iterator[None]:
    """Send this thread's progress steps to `callback` while the block runs."""
    token = _reporter.set([callback, 0.0])
    try:
        yield
    finally:
        _reporter.reset(token)


def step(stage: str, done: int, total: int) -> None:
    """Report `done` of `total` for a stage ("reading", "checking", "saving"); may raise CancelledError."""
    state = _reporter.get()
    if state is None:
        return
    now = time.monotonic()
    if done < total and now - state[1] < INTERVAL_S:
        return
    state[1] = now
    state[0](stage, done, total)
