"""Options are shuffled per attempt, the order shown is kept with the attempt, and grading ignores it."""

from __future__ import annotations

import datetime as dt
import json

from db import learning
from db.grading import grade
from db.option_order import attempt_seed, option_order, valid_order

T0 = dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)
FIRST_IS_RIGHT = {"id": "q-imported", "type": "single_choice", "prompt": "Which city hosted the 2024 summit?",
                  "options": ["Pyongyang", "Beijing", "Moscow", "Seoul"], "correct": [0]}


def test_an_order_is_a_rearrangement_fixed_by_its_seed():
    order = option_order(FIRST_IS_RIGHT, "1/0/q-imported")
    assert sorted(order) == [0, 1, 2, 3] and valid_order(FIRST_IS_RIGHT, order)
    assert option_order(FIRST_IS_RIGHT, "1/0/q-imported") == order, "the same attempt shows the same order again"
    assert len({tuple(option_order(FIRST_IS_RIGHT, f"{s}/0/q-imported")) for s in range(20)}) > 5


def test_an_imported_question_whose_first_option_is_right_is_not_answered_by_position():
    firsts = [option_order(FIRST_IS_RIGHT, attempt_seed(s, 0, "q-imported"))[0] for s in range(400)]
    share = firsts.count(0) / len(firsts)
    assert 0.15 < share < 0.35, f"the right option came first in {share:.0%} of attempts"


def test_order_questions_never_start_in_the_right_order_and_match_shuffles_the_right_sides():
    question = {"type": "order", "items": ["a", "b"]}
    assert all(option_order(question, str(s)) == ["b", "a"] for s in range(30))
    match = {"type": "match", "pairs": [["x", "1"], ["y", "2"], ["z", "3"]]}
    assert {tuple(option_order(match, str(s))) for s in range(30)} > {("1", "2", "3")}
    assert option_order({"type": "true_false", "answer": True}, "1") is None
    assert not valid_order(match, ["1", "2", "2"]) and not valid_order(match, ["1", "2"])


def test_grading_does_not_depend_on_the_order_shown():
    for s in range(10):
        shown = dict(FIRST_IS_RIGHT, shown_order=option_order(FIRST_IS_RIGHT, str(s)))
        assert grade(shown, 0).correct and not grade(shown, 1).correct


def _session(db, name="Ana") -> tuple[int, int]:
    (student,) = learning.create_student(db, name=name, now=T0)["students"]
    (session,) = learning.start_session(db, student_id=student, module="m-all-types", now=T0)["sessions"]
    return student, session


def test_the_order_a_student_saw_is_stored_with_the_attempt_and_shown_again(min_db):
    student, session = _session(min_db)
    shown = learning.current_question(min_db, session)
    assert shown["id"] == "q-who-visited" and valid_order(shown, shown["shown_order"])
    assert learning.current_question(min_db, session)["shown_order"] == shown["shown_order"], "a restart shows it alike"
    right = shown["correct"][0]
    learning.record_answer(min_db, student_id=student, session_id=session, question_slug=shown["id"], answer=right,
                           now=T0)
    stored = min_db.execute("SELECT shown_order, correct FROM attempts WHERE session_id = ?", [session]).fetchone()
    assert json.loads(stored[0]) == shown["shown_order"] and stored[1] == 1
    again = learning.last_attempt(min_db, session_id=session)
    assert again["shown_order"] == shown["shown_order"] == again["question"]["shown_order"]


def test_each_attempt_gets_its_own_order(min_db):
    orders = set()
    for n in range(6):
        _student, session = _session(min_db, f"student {n}")
        orders.add(tuple(learning.current_question(min_db, session)["shown_order"]))
    assert len(orders) > 1, "every session showed the options in the same order"


def test_questions_without_options_store_no_order(min_db):
    student, session = _session(min_db)
    for _ in range(2):  # single choice, multiple select
        q = learning.current_question(min_db, session)
        learning.record_answer(min_db, student_id=student, session_id=session, question_slug=q["id"],
                               answer=q["correct"] if q["type"] == "multiple_select" else q["correct"][0], now=T0)
    q = learning.current_question(min_db, session)
    assert q["type"] == "true_false" and "shown_order" not in q
    learning.record_answer(min_db, student_id=student, session_id=session, question_slug=q["id"], answer=True, now=T0)
    assert min_db.execute("SELECT shown_order FROM attempts ORDER BY id DESC").fetchone()[0] is None


def test_imported_gift_questions_whose_first_answer_is_right_are_shuffled_in_the_quiz(min_db, tmp_path):
    from db.content import save_item
    from db.interchange import import_file

    gift = tmp_path / "teacher.gift"
    gift.write_text("::capital::Which city is North Korea's capital? {=Pyongyang ~Seoul ~Beijing ~Moscow}\n",
                    encoding="utf-8")
    import_file(min_db, gift, "gift")
    save_item(min_db, kind="module", item={"id": "m-imported", "title": "Imported", "questions": ["capital"]})
    first_shown_right = 0
    for n in range(12):
        (student,) = learning.create_student(min_db, name=f"S{n}", now=T0)["students"]
        (session,) = learning.start_session(min_db, student_id=student, module="m-imported", now=T0)["sessions"]
        shown = learning.current_question(min_db, session)
        assert shown["correct"] == [0], "the file's order is kept in the data"
        first_shown_right += shown["shown_order"][0] == 0
    assert first_shown_right < 8, f"the right answer came first in {first_shown_right} of 12 quizzes"
