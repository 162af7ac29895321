"""Benchmark (run by hand): does the window answer while a 50,000-event pack is previewed and imported?

`QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_import_responsive.py [EVENTS]` prints one JSON
object. A 10 ms timer on the window's thread stands for the user's input: the longest gap between two
ticks is how long a click or key would wait. The same preview run on the window's thread (as before the
worker) is the baseline, measured in the same run.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from db.connection import open_database  # noqa: E402
from db.interchange import preview_file  # noqa: E402
from db.seed import seed  # noqa: E402
from tests.db.test_progress import bulk_pack  # noqa: E402


class Gaps:
    """The longest wait between two ticks of a 10 ms timer on the window's thread."""

    def __init__(self):
        self.last = time.perf_counter()
        self.longest = 0.0
        self.ticks = 0
        self.over = 0  # waits longer than 100 ms
        self.timer = QTimer()
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        if now - self.last > 0.1:
            self.over += 1
        self.last = now
        self.ticks += 1

    def start(self) -> None:
        self.last, self.longest, self.ticks, self.over = time.perf_counter(), 0.0, 0, 0
        self.timer.start(10)

    def stop(self) -> dict:
        self.timer.stop()
        return {"longest_wait_ms": round(self.longest * 1000, 1), "waits_over_100_ms": self.over, "ticks": self.ticks}


def wait_for(app, signal, after_s: float = 0.3) -> list:
    """Run the event loop until `signal` fires and `after_s` more (showing the result counts too)."""
    got: list = []
    signal.connect(lambda *args: got.append(args))
    while not got:
        app.processEvents()
        time.sleep(0.001)
    until = time.perf_counter() + after_s
    while time.perf_counter() < until:
        app.processEvents()
        time.sleep(0.001)
    return list(got[0])


def main() -> None:
    """Build the pack, then time the worker's preview and import, and the old way's preview, with the timer."""
    from desktop.interchange.import_dialog import ImportDialog
    from desktop.shell.app import create_window
    from desktop.widgets import plain_text

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    src = open_database(folder / "src.db")
    seed(src)
    pack = bulk_pack(src, folder / "big.zip", count)
    window = create_window(folder / "class.db")
    window.state.set_teacher_mode(True)
    plain_text.information = lambda *a, **k: None
    dialog = ImportDialog(window.state, window)
    dialog.show()
    settle = time.perf_counter() + 1.0  # the dialog's first paint is not the import's doing
    while time.perf_counter() < settle:
        app.processEvents()
        time.sleep(0.001)
    gaps = Gaps()
    out: dict = {"events": count, "pack_mb": round(pack.stat().st_size / 1e6, 1)}

    gaps.start()
    started = time.perf_counter()
    dialog.load(str(pack))
    ok = wait_for(app, dialog.previewed)
    out["worker_preview"] = {"ok": ok[0], "seconds": round(time.perf_counter() - started, 2), **gaps.stop()}

    gaps.start()
    started = time.perf_counter()
    dialog.apply()
    ok = wait_for(app, dialog.imported)
    out["worker_import"] = {"ok": ok[0], "seconds": round(time.perf_counter() - started, 2), **gaps.stop()}

    # Baseline: the same preview on the window's thread, as the dialog did before the worker.
    gaps.start()
    started = time.perf_counter()
    QTimer.singleShot(0, lambda: preview_file(window.state.db, pack))
    deadline = time.perf_counter() + 0.05
    while time.perf_counter() < deadline or gaps.ticks < 2:
        app.processEvents()
        time.sleep(0.001)
    out["baseline_preview_on_window_thread"] = {"seconds": round(time.perf_counter() - started, 2), **gaps.stop()}
    out["target_ms"] = 100
    print(json.dumps(out))


if __name__ == "__main__":
    main()
