"""Benchmark (run by hand): how quickly an answer is saved and the quiz pages fill. Prints one JSON line.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/quiz_bench.py

On a throw-away database with the real content: `record_answer` (grade, attempt, session, FSRS card;
one durable commit with synchronous=FULL), starting a module session, the progress queries for a student
with ~1,000 attempts, building a QuestionView per question type, and the progress page's full redraw.
A student should never wait for an answer to be saved: the target is well under 100 ms.
"""

from __future__ import annotations

import datetime as dt
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


def _median_ms(times: list[float]) -> float:
    return round(statistics.median(times) * 1000, 2)


def main() -> None:
    from PySide6.QtWidgets import QApplication
    from quiz_screenshots import right_answer, wrong_answer

    from db import learning
    from db.connection import open_database
    from db.queries import progress
    from db.seed import seed
    from desktop.quiz.question_view import QuestionView

    app = QApplication.instance() or QApplication([])
    db = open_database(Path(tempfile.mkdtemp()) / "bench.db")
    seed(db)
    student = max(learning.create_student(db, name="Bench")["students"])
    modules = [m["slug"] for m in db.query("SELECT slug FROM modules ORDER BY sort_order")]
    answer_times, start_times = [], []
    day = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    for round_ in range(7):
        for i, module in enumerate(modules):
            t = time.perf_counter()
            sid = max(learning.start_session(db, student_id=student, module=module, now=day)["sessions"])
            start_times.append(time.perf_counter() - t)
            while (current := learning.session_info(db, sid)["current"]) is not None:
                q = learning.question_for_display(db, current)
                answer = wrong_answer(q) if (round_ + i + len(answer_times)) % 4 == 0 else right_answer(q)
                t = time.perf_counter()
                learning.record_answer(db, student_id=student, session_id=sid, question_slug=current, answer=answer,
                                       now=day)
                answer_times.append(time.perf_counter() - t)
            day += dt.timedelta(days=1)
    progress_times = []
    for _ in range(5):
        t = time.perf_counter()
        progress.module_progress(db, student_id=student)
        progress.mastery_over_time(db, student_id=student)
        progress.most_missed(db, student_id=student)
        progress.weak_spots(db, student_id=student)
        learning.due_reviews(db, student_id=student, now=day)
        progress_times.append(time.perf_counter() - t)
    view_times: dict[str, list[float]] = {}
    for (slug, kind) in db.execute("SELECT slug, type FROM questions WHERE deleted_at IS NULL").fetchall():
        q = learning.question_for_display(db, slug)
        t = time.perf_counter()
        view = QuestionView(q)
        view.show()
        app.processEvents()
        view_times.setdefault(kind, []).append(time.perf_counter() - t)
        view.close()
        view.deleteLater()
    from desktop.progress.progress_page import ProgressPage
    from desktop.state import AppState

    state = AppState(db)
    state.student_id = student
    page = ProgressPage(state)
    page.resize(1280, 760)
    page.show()
    redraw = []
    for _ in range(5):
        t = time.perf_counter()
        page.refresh()
        app.processEvents()
        redraw.append(time.perf_counter() - t)
    print(json.dumps({
        "attempts": len(answer_times),
        "record_answer_ms_median": _median_ms(answer_times),
        "record_answer_ms_max": round(max(answer_times) * 1000, 2),
        "start_session_ms_median": _median_ms(start_times),
        "progress_queries_ms_median": _median_ms(progress_times),
        "question_view_ms_median": {k: _median_ms(v) for k, v in sorted(view_times.items())},
        "progress_page_redraw_ms_median": _median_ms(redraw),
    }))


if __name__ == "__main__":
    main()
