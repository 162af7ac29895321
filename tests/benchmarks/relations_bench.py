"""Benchmark (run by hand): how fast the relationship map follows the date. Prints one JSON line.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/relations_bench.py [DB]

Measures, on the real content: `db.queries.relations.relations_at` and `compare` (milliseconds per call), the
panel's full update for a new date (query, graph, labels, table; no animation), and the time to
build the panel. A timeline dragging its cursor asks for one update per mouse move, so the update must
stay well under a frame (16 ms) for the map to follow smoothly.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 3)


def main() -> None:
    """Run the measurements and print them as JSON."""
    from PySide6.QtWidgets import QApplication

    from db.connection import open_database
    from db.queries import relations as rel
    from db.seed import seed
    from desktop.relations import RelationsPanel
    from desktop.state import AppState

    app = QApplication.instance() or QApplication([])
    path = sys.argv[1] if len(sys.argv) > 1 else str(Path(tempfile.mkdtemp()) / "bench.db")
    db = open_database(path)
    if not db.execute("SELECT count(*) FROM events").fetchone()[0]:
        seed(db)
    rows = rel.all_relations(db)
    state = AppState(db)
    start = time.perf_counter()
    panel = RelationsPanel(state)
    panel.resize(1060, 560)
    panel.show()
    app.processEvents()
    build_ms = (time.perf_counter() - start) * 1000
    panel.graph.animation_ms = 0
    dates = [1950 + i * 0.37 for i in range(200)]
    it = iter(dates * 10)
    out = {
        "relations": len(rows),
        "relations_at_ms": _ms(lambda: rel.relations_at(db, 2024.5, rows), 200),
        "relations_at_uncached_ms": _ms(lambda: rel.relations_at(db, 2024.5), 50),
        "compare_ms": _ms(lambda: rel.compare(db, 2017.4, 2024.5, rows), 100),
        "panel_set_date_ms": _ms(lambda: state.set_date(next(it)), 200),
        "panel_build_ms": round(build_ms, 1),
    }
    print(json.dumps(out))
    panel.close()


if __name__ == "__main__":
    main()
