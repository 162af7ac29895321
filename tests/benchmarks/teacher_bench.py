"""Benchmark (run by hand): teacher mode's costs. Prints one JSON line.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/teacher_bench.py

On a throw-away class (the real content plus twelve made-up students, about a thousand answers, built by
docs/screenshots/teacher_shots.py): one PIN check (scrypt, the cost a guesser pays per try), opening the
editor, validating a form, one undoable save and its undo (each one durable commit), and a full redraw of
the class results.
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
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "docs" / "screenshots"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _median_ms(fn, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times) * 1000, 2)


def main() -> None:
    """Measure and print."""
    from PySide6.QtWidgets import QWidget
    from teacher_shots import make_class

    from db import teacher
    from db.content import get_item
    from desktop.shell.app import create_window

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "class.db"
        make_class(str(path))
        win = create_window(path)
        db = win.state.db
        teacher.set_pin(db, pin="2468")
        out = {"pin_check_ms": _median_ms(lambda: teacher.verify_pin(db, pin="2468").value)}
        start = time.perf_counter()
        win.state.set_teacher_mode(True)
        out["enter_teacher_mode_ms"] = round((time.perf_counter() - start) * 1000, 1)
        editor = win.findChild(QWidget, "editor").body
        editor.items.set_kind("event")
        slug = editor.items.ids()[len(editor.items.ids()) // 2]
        editor.items.select(slug)
        out["validate_form_ms"] = _median_ms(editor._on_edited)
        title = get_item(db, "event", slug)["title"]

        def save_and_undo() -> None:
            editor.form.fields["title"].set(title + " (edited)")
            editor.save()
            editor.undo_action.trigger()

        out["save_plus_undo_ms"] = _median_ms(save_and_undo)
        dashboard = win.findChild(QWidget, "dashboard").body
        out["dashboard_reload_ms"] = _median_ms(dashboard.reload, runs=3)
        out["answers"] = db.execute("SELECT count(*) FROM attempts").fetchone()[0]
        out["students"] = db.execute("SELECT count(*) FROM students").fetchone()[0]
        win.close()
        db.close()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
