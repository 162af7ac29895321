"""Render the quiz screenshots for the README: a question, its feedback, and the progress page.

Run by hand: `QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/quiz_screenshots.py`.
A throwaway database gets a student with a few days of answers (times are set explicitly).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from db import learning  # noqa: E402
from desktop.shell.app import create_window  # noqa: E402

OUT = Path(__file__).resolve().parent
MODULE, SHOWN = "m-moscow-pyongyang", "q-mp-satellite-help"


def right_answer(question: dict):
    """The correct answer to any question, in grading's format."""
    kind = question["type"]
    if kind == "single_choice":
        return question["correct"][0]
    if kind == "multiple_select":
        return list(question["correct"])
    if kind in ("true_false", "numeric_year", "place_on_timeline"):
        return question["answer"]
    if kind == "order":
        return list(question["items"])
    if kind == "match":
        return {left: right for left, right in question["pairs"]}
    return question["answers"][0]


def wrong_answer(question: dict):
    """A plausible wrong answer (used for some history)."""
    kind = question["type"]
    if kind == "single_choice":
        return (question["correct"][0] + 1) % len(question["options"])
    if kind == "true_false":
        return not question["answer"]
    if kind == "numeric_year":
        return question["answer"] + 3
    if kind == "place_on_timeline":
        return f"{int(question['answer'][:4]) - 2}-01"
    if kind == "order":
        return list(reversed(question["items"]))
    return right_answer(question) if kind != "short_answer" else "no idea"


def take(db, student: int, module: str, count: int, day: dt.datetime, miss_every: int) -> None:
    """Answer the first `count` questions of a module's session on a given day."""
    sid = learning.unfinished_session(db, student_id=student, module=module)
    if sid is None:
        sid = max(learning.start_session(db, student_id=student, module=module, now=day)["sessions"])
    for i in range(count):
        info = learning.session_info(db, sid)
        if info["current"] is None:
            return
        q = learning.question_for_display(db, info["current"])
        answer = wrong_answer(q) if i % miss_every == miss_every - 1 else right_answer(q)
        learning.record_answer(db, student_id=student, session_id=sid, question_slug=q["id"], answer=answer,
                               now=day + dt.timedelta(minutes=i))


def main() -> None:
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    win = create_window(folder / "shots.db")
    win.resize(1280, 820)
    db = win.state.db
    mina = max(learning.create_student(db, name="Mina")["students"])
    start = dt.datetime(2026, 11, 16, 9, tzinfo=dt.UTC)
    take(db, mina, "m-low-point-and-thaw", 19, start, 4)
    take(db, mina, "m-pandemic-closure", 19, start + dt.timedelta(days=2), 3)
    take(db, mina, "m-three-principles", 12, start + dt.timedelta(days=5), 5)
    take(db, mina, "m-low-point-and-thaw", 0, start + dt.timedelta(days=7), 4)
    take(db, mina, "m-seoul-summit-2024", 18, start + dt.timedelta(days=8), 6)
    position = learning.module_question_slugs(db, MODULE).index(SHOWN)
    take(db, mina, MODULE, position, start + dt.timedelta(days=11), 7)
    win.state.set_student(mina)
    win.show_view("quiz")
    win.show()
    page = win.quiz_widget
    page.open_module(MODULE)
    session = page.session
    for _ in range(5):
        app.processEvents()
    session.view.input.pick(2)  # a wrong answer, so the feedback shows the right one
    app.processEvents()
    win.grab().save(str(OUT / "quiz-question.png"))
    session.view.submit()
    for _ in range(5):
        app.processEvents()
    win.grab().save(str(OUT / "quiz-feedback.png"))
    win.show_view("progress")
    for _ in range(5):
        app.processEvents()
    win.grab().save(str(OUT / "progress.png"))
    # The end of a quiz, with the questions just missed offered again.
    jae = max(learning.create_student(db, name="Jae")["students"])
    take(db, jae, "m-three-principles", 99, start + dt.timedelta(days=12), 3)
    finished = db.execute("SELECT max(id) FROM quiz_sessions WHERE student_id = ?", [jae]).fetchone()[0]
    win.state.set_student(jae)
    win.show_view("quiz")
    page.session.open(finished)
    page.stack.setCurrentWidget(page.session)
    for _ in range(5):
        app.processEvents()
    win.grab().save(str(OUT / "quiz-summary.png"))
    win.close()
    print(f"wrote {OUT / 'quiz-question.png'}, quiz-feedback.png, progress.png, quiz-summary.png")


if __name__ == "__main__":
    main()
