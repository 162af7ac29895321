"""DbWorker: runs a long database job (an import, a big re-read) on a thread of its own, with progress and stop.

The window keeps answering while a 50,000-item pack is read, checked and saved, or while the timeline reads
50,000 new events back. The worker opens its own connection to the class database (a connection belongs to
one thread); what it writes is committed in one transaction, so a stop rolls everything back and the
window's connection sees either nothing or the whole import. A database only in memory (tests) has no
second connection: the job then runs on the window's connection in the caller's thread, with the same signals.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QThread, Signal

from db import progress
from db.connection import connect
from db.errors import TrilemmaError
from desktop.widgets.plain_text import sentence

log = logging.getLogger("trilemma")

_RUNNING: set = set()  # parentless workers still running: kept alive until their thread ends


class DbWorker(QThread):
    """Runs `job(db)` with progress reports; ends with exactly one of succeeded, failed or stopped."""

    progressed = Signal(str, int, int)  # stage ("reading", "checking", "saving"), done, total
    succeeded = Signal(object)          # what the job returned (an ImportPreview or Changes)
    failed = Signal(str)                # a sentence naming what is wrong and where
    stopped = Signal()                  # the user stopped it: nothing was changed

    def __init__(self, state, job: Callable, parent=None):
        super().__init__(parent)
        self.state = state
        self.job = job
        self._stop = threading.Event()

    def stop_and_wait(self) -> None:
        """Stop the job and wait for its thread to end (before the dialog or the app goes)."""
        self.stop()
        self.wait()

    def stop(self) -> None:
        """Ask the job to stop at its next step (a write in progress is rolled back)."""
        self._stop.set()

    def own_connection(self) -> bool:
        """True when the job can run on a connection of its own (the database is a file)."""
        return self.state.db_path not in ("", ":memory:")

    def begin(self) -> None:
        """Start on a thread of its own, or run here when the database lives only in memory.

        A worker without a parent outlives the widget that started it until its job ends (a thread may not
        be destroyed while it runs), and the app waits for it before quitting."""
        if self.own_connection():
            if self.parent() is None:
                _RUNNING.add(self)
                self.finished.connect(lambda: _RUNNING.discard(self))
                app = QCoreApplication.instance()
                if app is not None:
                    app.aboutToQuit.connect(self.stop_and_wait)
            self.start()
        else:
            self._work(self.state.db)

    def run(self) -> None:  # QThread override: runs on the worker thread
        try:
            db = connect(self.state.db_path, read_only=getattr(self.state.db, "read_only", False))
        except Exception as exc:  # the message box names the file; never a traceback
            self.failed.emit(f"{self.state.db_path} could not be opened for the import: {exc}")
            return
        try:
            self._work(db)
        finally:
            db.close()

    def _work(self, db) -> None:
        # A full garbage collection over a 50,000-item import holds the interpreter for 200–300 ms, and it
        # runs on whichever thread allocates next, often the window's: none while the job runs. What the job
        # made is freed by reference counting when it ends, so the next collection is small again.
        collecting = gc.isenabled()
        gc.disable()
        try:
            with progress.reporting(self._report):
                result = self.job(db)
        except progress.CancelledError:
            self.stopped.emit()
        except TrilemmaError as exc:  # "where: what" kept: an import's where is the file, line or entry
            self.failed.emit(str(exc))
        except OSError as exc:
            self.failed.emit(sentence(exc))
        except (ValueError, TypeError, RecursionError, MemoryError) as exc:  # a reader's gap: still a sentence
            log.warning("reading failed: %r", exc)
            self.failed.emit(f"The file could not be read: {exc}".rstrip(".") + ".")
        else:
            self.succeeded.emit(result)
        finally:
            if collecting:
                gc.enable()

    def _report(self, stage: str, done: int, total: int) -> None:
        if self._stop.is_set():
            raise progress.CancelledError()
        self.progressed.emit(stage, done, total)
