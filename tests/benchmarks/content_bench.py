"""Benchmark (run by hand): reading content items. Prints one JSON line.

    .venv/bin/python tests/benchmarks/content_bench.py [EXTRA_EVENTS]

On the real content plus EXTRA_EVENTS made-up events (default 5000): one item read by id
(`get_item`, which reads that row and its links only), every item of a kind (`list_items`), and
one save of an unchanged item, per kind, in milliseconds (median of several runs).
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def _median_ms(fn, runs: int = 7) -> float:
    return round(statistics.median(timeit.repeat(fn, number=1, repeat=runs)) * 1000, 3)


def main(extra: int = 5000) -> None:
    """Measure and print."""
    from db.connection import open_database
    from db.content import KIND_ORDER, get_item, list_items, save_item, save_items
    from db.seed import seed

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.db")
        seed(db)
        template = list_items(db, "event")[0]
        save_items(db, [("event", {**template, "id": f"bench-event-{i}", "title": f"Made-up event {i}"})
                        for i in range(extra)])
        out: dict = {"extra_events": extra, "get_item_ms": {}, "list_items_ms": {}, "save_unchanged_ms": {}}
        for kind in KIND_ORDER:
            items = list_items(db, kind)
            item = items[len(items) // 2]
            out["get_item_ms"][kind] = _median_ms(lambda k=kind, s=item["id"]: get_item(db, k, s))
            out["list_items_ms"][kind] = _median_ms(lambda k=kind: list_items(db, k), runs=3)
            out["save_unchanged_ms"][kind] = _median_ms(lambda k=kind, i=item: save_item(db, kind=k, item=i))
        db.close()
    print(json.dumps(out, sort_keys=True))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
