"""Benchmark start-up: `python tests/benchmarks/bench_startup.py [--runs 5]` prints one JSON line.

Times, from process start (just before the child process is spawned) to the first painted window: the app
(`python -m desktop` on a database seeded beforehand, as every start after the first is) and, as the baseline,
a bare PySide6 + pyqtgraph window showing a scatter of 1,000 points, in alternation in the same run, and prints
the medians and their ratio (the target is at most 1.3). Both children run with the same platform plugin
(offscreen unless --platform says otherwise) and report when the first paint of their window has finished
(see PROBE). Run by hand (it is not a test); on a shared machine repeat it and compare medians, or add
--instructions: the instructions each executes to its first paint do not change with the machine's load.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Installed in the child before anything else runs: when the child imports PySide6.QtWidgets (not before, so the
# import order stays the program's own), QWidget.show is wrapped so that a named top-level window, once shown, has
# its native window watched for its first Expose with an area on screen. Qt paints the whole window while it handles
# that event (QWidgetWindow syncs its backing store then), so a timer of 0 set there fires once the first paint has
# finished, and reports. An application-wide event filter would see the same moment but would also run Python for
# every event of the program (5,274 for the app, 1,416 for the baseline), charging the busier window for the probe.
PROBE = r"""
import importlib.util, os, sys

def _install(QtWidgets):
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _FirstPaint(QObject):
        done = False
        def eventFilter(self, obj, event):
            if not self.done and event.type() == QEvent.Type.Expose and obj.isExposed():
                self.done = True
                QTimer.singleShot(0, lambda: (sys.stdout.write("painted\n"), sys.stdout.flush(), os._exit(0)))
            return False

    first_paint = _FirstPaint()
    show = QtWidgets.QWidget.show

    def show_watched(widget):
        show(widget)
        if widget.isWindow() and widget.objectName() and widget.windowHandle() is not None:
            widget.windowHandle().installEventFilter(first_paint)

    QtWidgets.QWidget.show = show_watched

class _WhenQtWidgetsLoads:
    # The probe waits for the program to import Qt itself, so it does not change what is imported when.
    def find_spec(self, name, path=None, target=None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            _install(module)
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, _WhenQtWidgetsLoads())
"""

BASELINE = r"""
import numpy as np
import pyqtgraph as pg
from PySide6 import QtWidgets
app = QtWidgets.QApplication([])
window = pg.PlotWidget()
window.setObjectName("baseline")
rng = np.random.default_rng(7)
window.addItem(pg.ScatterPlotItem(x=rng.uniform(1950, 2026, 1000), y=rng.uniform(0, 8, 1000)))
window.resize(1350, 720)
window.show()
app.exec()
"""

APP = r"""
import runpy, sys
sys.argv = ["trilemma", "--db", {db!r}]
runpy.run_module("desktop", run_name="__main__")
"""


def time_child(code: str, env: dict) -> float:
    """Seconds from spawning `python -c code` (after the probe) to its report of the first painted window."""
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", PROBE + code], env=env, cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    elapsed = time.perf_counter() - start
    if "painted" not in result.stdout:
        raise RuntimeError(f"no first paint reported:\n{result.stderr[-2000:]}")
    return elapsed


def count_instructions(code: str, env: dict) -> int:
    """Instructions the child executes until its report of the first painted window (valgrind's callgrind): the
    same on a loaded machine as on a quiet one, where seconds are not."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise SystemExit("--instructions needs valgrind (apt-get install valgrind)")
    result = subprocess.run([valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c",
                             PROBE + code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
    if "painted" not in result.stdout:
        raise RuntimeError(f"no first paint reported:\n{result.stderr[-2000:]}")
    found = [line for line in result.stderr.splitlines() if "Collected :" in line]
    return int(found[-1].rsplit(":", 1)[1].strip())


def main(argv: list[str] | None = None) -> int:
    """Run both, alternating, and print the medians and the ratio as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    parser.add_argument("--instructions", action="store_true",
                        help="also count the instructions each executes to its first paint (one run each, valgrind)")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="trilemma-bench-startup-"))
    try:
        env = dict(os.environ, QT_QPA_PLATFORM=args.platform, TRILEMMA_CONFIG_DIR=str(folder),
                   TRILEMMA_SITE_CONFIG=str(folder / "none.toml"),
                   PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
        # Every start after the first finds its compiled bytecode, as an installed app does (the warm-up runs write it):
        # a machine-wide PYTHONDONTWRITEBYTECODE would otherwise charge the app, never the baseline, for compiling.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        db = folder / "trilemma.db"
        subprocess.run([sys.executable, "-m", "db", "init", str(db)], env=env, cwd=ROOT, check=True,
                       capture_output=True)
        app_code = APP.format(db=str(db))
        time_child(BASELINE, env)          # warm the file cache for both before timing
        time_child(app_code, env)
        apps, bases = [], []
        for _ in range(args.runs):
            bases.append(time_child(BASELINE, env))
            apps.append(time_child(app_code, env))
        app_s, base_s = statistics.median(apps), statistics.median(bases)
        figures = {"platform": args.platform, "runs": args.runs, "app_s": round(app_s, 3),
                   "baseline_s": round(base_s, 3), "ratio": round(app_s / base_s, 2),
                   "app_all": [round(v, 3) for v in apps], "baseline_all": [round(v, 3) for v in bases]}
        if args.instructions:
            app_i, base_i = count_instructions(app_code, env), count_instructions(BASELINE, env)
            figures.update(app_instructions=app_i, baseline_instructions=base_i,
                           instructions_ratio=round(app_i / base_i, 2))
        print(json.dumps(figures))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
