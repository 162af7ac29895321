"""Render docs/screenshots/editor.png and dashboard.png: `python docs/screenshots/teacher_shots.py NEW.db`.

NEW.db is created as a throw-away class: the bundled content plus twelve made-up students answering at
random skill levels. It is put into teacher mode without a PIN, and the editor shows a deliberate mistake
(which is not saved)."""

import datetime as dt
import os
import random
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from db import learning  # noqa: E402
from db.connection import open_database  # noqa: E402
from db.content import list_items  # noqa: E402
from db.seed import seed  # noqa: E402
from desktop.shell.app import create_window  # noqa: E402

NAMES = ["Ana", "Ben", "Chloé", "Dae-jung", "Elif", "Farid", "Grace", "Hana", "Ivan", "Jun", "Kofi", "Lena"]

OUT = Path(__file__).resolve().parent


def settle() -> None:
    """Let Qt lay out and paint."""
    for _ in range(8):
        QApplication.processEvents()


def _answer(q: dict, right: bool, rng: random.Random):
    """A right or a plausible wrong answer in grading's format."""
    t = q["type"]
    if t == "single_choice":
        return q["correct"][0] if right else rng.choice([i for i in range(len(q["options"])) if i not in q["correct"]])
    if t == "multiple_select":
        return list(q["correct"]) if right else [i for i in range(len(q["options"])) if i not in q["correct"]][:1]
    if t == "true_false":
        return q["answer"] if right else not q["answer"]
    if t == "numeric_year":
        return q["answer"] if right else q["answer"] + rng.choice([-3, 2, 5])
    if t == "order":
        return list(q["items"]) if right else list(reversed(q["items"]))
    if t == "match":
        pairs = dict(q["pairs"])
        if not right:
            keys = list(pairs)
            pairs[keys[0]], pairs[keys[1]] = pairs[keys[1]], pairs[keys[0]]
        return pairs
    if t == "place_on_timeline":
        return q["answer"] if right else str(int(q["answer"][:4]) - 4)
    return q["answers"][0] if right else "no idea"


def make_class(db_path: str) -> None:
    """A new database with the content and twelve students' answers."""
    db = open_database(db_path)
    seed(db)
    rng = random.Random(4)
    now = dt.datetime(2026, 11, 20, 9, tzinfo=dt.UTC)
    modules = [m["id"] for m in list_items(db, "module")]
    for name in NAMES:
        student = next(iter(learning.create_student(db, name=name, now=now)["students"]))
        skill = rng.uniform(0.45, 0.95)
        for module in modules[: rng.randint(3, len(modules))]:
            session = next(iter(learning.start_session(db, student_id=student, module=module, now=now)["sessions"]))
            for slug in learning.module_question_slugs(db, module):
                question = learning.question_for_display(db, slug)
                learning.record_answer(db, student_id=student, session_id=session, question_slug=slug,
                                       answer=_answer(question, rng.random() < skill, rng), now=now)
    db.close()


def main(db_path: str) -> None:
    """Write both screenshots."""
    win = create_window(db_path)
    win.state.set_teacher_mode(True)
    win.resize(1440, 900)
    win.show()
    editor = win.findChild(QWidget, "editor").body
    editor.items.set_kind("question")
    editor.items.search.setText("first meeting")
    slug = editor.items.ids()[0]
    for candidate in editor.items.ids():
        editor.items.select(candidate)
        if editor.form.original.get("type") == "single_choice" and not editor.items.list.currentItem().isHidden():
            slug = candidate
            break
    editor.items.select(slug)
    options = editor.form.fields["options"]
    wrong = 0 if editor.form.original["correct"] != [0] else 1
    options.set_correct(wrong, True)  # two ticks where one is expected: the form says so under the field
    settle()
    win.grab().save(str(OUT / "editor.png"))
    win.show_view("dashboard")
    dash = win.findChild(QWidget, "dashboard").body
    dash.pages.setCurrentIndex(dash.PAGES.index("questions"))
    settle()
    win.grab().save(str(OUT / "dashboard.png"))
    win.close()


if __name__ == "__main__":
    if Path(sys.argv[1]).exists():
        sys.exit(f"{sys.argv[1]} exists; give the name of a new, throw-away database")
    make_class(sys.argv[1])
    main(sys.argv[1])
