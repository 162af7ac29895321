"""Benchmark the timeline: `python tests/benchmarks/bench_timeline.py --events N` prints one JSON line.

Builds N synthetic events over 1950–2025 in a temporary database, opens the TimelineWidget offscreen and
measures the first paint (loading included), 60 zoom and 60 pan steps each forced to a full repaint (the
range changes, the whole view is marked dirty, Qt paints it), and the peak memory; then runs the same steps
on a bare pyqtgraph scatter of the same N points in this process, as the baseline. CPU times are printed too:
on a shared machine wall times swing with other people's work. Run by hand (it is not a test); repeat it and
compare medians.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

ACTORS = [("china", "China", "#b3261e"), ("north-korea", "North Korea", "#6a3d9a"),
          ("russia", "Russia", "#1f5fa8"), ("united-states", "United States", "#0b6e4f"),
          ("south-korea", "South Korea", "#a14a00"), ("japan", "Japan", "#c2185b"),
          ("ukraine", "Ukraine", "#7a6a00"), ("iran", "Iran", "#37474f")]
THEMES = ["summitry", "nuclear", "trade", "war"]
WORDS = ("summit treaty visit test sanctions talks border trade aid missile exercise statement "
         "delegation agreement launch meeting crisis vote accord").split()
SIZE = (1400, 700)


def build_database(path: Path, n: int, seed: int = 7) -> None:
    """A database with the bench actors and themes and n random events (bulk SQL: this is test data)."""
    from db.connection import open_database
    from db.content import save_items

    db = open_database(path)
    items = [("source", {"id": "bench", "kind": "external", "title": "Synthetic benchmark data"})]
    items += [("actor", {"id": s, "name": name, "short": s[:2].upper(), "color": c, "order": i + 1,
                         "summary": "", "sources": [{"source": "bench"}]}) for i, (s, name, c) in enumerate(ACTORS)]
    items += [("theme", {"id": t, "name": t.title()}) for t in THEMES]
    save_items(db, items)
    actor_ids = [r[0] for r in db.execute("SELECT id FROM actors ORDER BY sort_order")]
    theme_ids = [r[0] for r in db.execute("SELECT id FROM themes")]
    rng = random.Random(seed)
    events, links, themes = [], [], []
    for i in range(1, n + 1):
        year = rng.randint(1950, 2025)
        precision = rng.choices(("day", "month", "year"), (6, 3, 1))[0]
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        start = {"year": f"{year:04d}", "month": f"{year:04d}-{month:02d}",
                 "day": f"{year:04d}-{month:02d}-{day:02d}"}[precision]
        title = f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} {rng.choice(WORDS)} #{i}"
        kind = rng.choice(("article", "context", "post-article"))
        events.append((i, f"bench-{i}", title, start, precision, kind, rng.choice((1, 1, 2, 2, 3, 3, 4, 5))))
        for actor in rng.sample(actor_ids, rng.choice((1, 1, 2, 2, 3))):
            links.append((i, actor))
        themes.append((i, rng.choice(theme_ids)))
    with db.conn:
        db.conn.executemany("INSERT INTO events (id, slug, title, start, start_precision, kind, importance) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)", events)
        db.conn.executemany("INSERT INTO event_actors (event_id, actor_id) VALUES (?, ?)", links)
        db.conn.executemany("INSERT INTO event_themes (event_id, theme_id) VALUES (?, ?)", themes)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def steps() -> list[tuple[float, float]]:
    """60 zoom steps (in, then out, around moving centres) then 60 pan steps, as view ranges."""
    out = []
    lo, hi = 1949.0, 2027.0
    for i in range(60):
        factor = 0.82 if i < 40 else 1.3
        centre = lo + (hi - lo) * (0.3 + 0.4 * ((i * 7) % 10) / 10)
        lo, hi = centre - (centre - lo) * factor, centre + (hi - centre) * factor
        lo, hi = max(lo, 1949.0), min(hi, 2027.0)
        out.append((lo, hi))
    width = hi - lo
    for i in range(60):
        shift = width * 0.05 * (1 if (i // 15) % 2 == 0 else -1)
        lo, hi = lo + shift, hi + shift
        if lo < 1949.0 or hi > 2027.0:
            lo, hi = lo - 2 * shift, hi - 2 * shift
        out.append((lo, hi))
    return out


def time_frames(view, set_range, app) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds per step: change the range, mark the whole view dirty, let Qt paint it all."""
    app.processEvents()
    wall, cpu = [], []
    for lo, hi in steps():
        t, c = time.perf_counter(), time.process_time()
        set_range(lo, hi)
        view.viewport().update()
        app.processEvents()
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    return wall, cpu


def summary(times: list[float]) -> tuple[float, float]:
    """Median and 95th percentile."""
    ordered = sorted(times)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print one JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    args = parser.parse_args(argv)

    import numpy as np
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    from db.connection import open_database
    from desktop.state import AppState
    from desktop.timeline import TimelineWidget

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        build_database(path, args.events)
        db = open_database(path)
        state = AppState(db, str(path))
        start, start_cpu = time.perf_counter(), time.process_time()
        widget = TimelineWidget(state)
        widget.resize(*SIZE)
        widget.show()
        app.processEvents()
        widget.plot.viewport().repaint()
        first_paint = (time.perf_counter() - start) * 1000
        first_paint_cpu = (time.process_time() - start_cpu) * 1000
        frames, frames_cpu = time_frames(widget.plot, lambda a, b: widget.set_view(a, b, record=False), app)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        shown = len(widget.model.order)
        widget.close()
        widget.deleteLater()
        app.processEvents()
        db.close()

        # Baseline: a bare scatter of the same points (event starts, one row per lane), same size and steps.
        data_x = np.array(sorted(random.Random(1).uniform(1950, 2026) for _ in range(args.events)))
        data_y = np.array([random.Random(i).randint(0, 7) + 0.5 for i in range(args.events)])
        plot = pg.PlotWidget()
        plot.resize(*SIZE)
        plot.addItem(pg.ScatterPlotItem(data_x, data_y, size=10, pen=None, brush=pg.mkBrush("#444")))
        plot.show()
        app.processEvents()
        base, base_cpu = time_frames(plot, lambda a, b: plot.setXRange(a, b, padding=0), app)
        plot.close()

    p50, p95 = summary(frames)
    b50, b95 = summary(base)
    c50, c95 = summary(frames_cpu)
    bc50, bc95 = summary(base_cpu)
    # The required figures first; CPU times follow because wall times swing with other work on a shared machine.
    print(json.dumps({"events": args.events, "shown": shown, "first_paint_ms": round(first_paint, 1),
                      "frame_ms_p50": round(p50, 2), "frame_ms_p95": round(p95, 2), "rss_mb": round(rss, 1),
                      "baseline_frame_ms_p50": round(b50, 2), "baseline_frame_ms_p95": round(b95, 2),
                      "first_paint_cpu_ms": round(first_paint_cpu, 1), "frame_cpu_ms_p50": round(c50, 2),
                      "frame_cpu_ms_p95": round(c95, 2), "baseline_frame_cpu_ms_p50": round(bc50, 2),
                      "baseline_frame_cpu_ms_p95": round(bc95, 2)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
