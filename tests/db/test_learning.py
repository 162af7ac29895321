"""Students, sessions, answers in one transaction, FSRS review, and progress data."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from db import learning
from db.connection import open_database
from db.errors import NotFoundError, QuizMovedOnError, ValidationError
from db.queries import progress

T0 = dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)
ALL_TYPES = "m-all-types"
RIGHT = {  # in the module's order
    "q-who-visited": 1, "q-treaty-parties": [0, 2], "q-visit-rare": True, "q-low-year": 2017, "q-place-visit": "2024-06",
    "q-order-three": ["treaty-1961", "low-point-2017", "putin-visit-2024"],
    "q-match-years": {"Sino-North Korean treaty": "1961", "Relations hit a low": "2017", "Putin visits Pyongyang": "2024"},
    "q-short-capital": "pyongyang",
}


def only(keys: set) -> int:
    (key,) = keys
    return key


def new_student(db, name="Ana") -> int:
    return only(learning.create_student(db, name=name, now=T0)["students"])


def test_students_are_created_listed_and_renamed_with_a_pseudonym(min_db):
    ana = new_student(min_db)
    new_student(min_db, "bo")
    rows = learning.list_students(min_db)
    assert [r["name"] for r in rows] == ["Ana", "bo"]
    assert rows[0]["pseudonym"].startswith("student-") and rows[0]["pseudonym"] != rows[1]["pseudonym"]
    changes = learning.rename_student(min_db, student_id=ana, name="  Ana   Maria ")
    assert changes["students"] == {ana}
    assert learning.student(min_db, ana)["name"] == "Ana Maria"


@pytest.mark.parametrize(("name", "message"), [("", "type a name"), ("   ", "type a name"), (None, "type a name"),
                                               ("x" * 61, "at most 60"), ("ANA", "already a student")])
def test_bad_student_names_are_refused_with_a_message(min_db, name, message):
    new_student(min_db)
    with pytest.raises(ValidationError, match=message):
        learning.create_student(min_db, name=name)
    assert len(learning.list_students(min_db)) == 1


def test_a_session_keeps_the_module_order_and_advances_with_each_answer(min_db):
    ana = new_student(min_db)
    sid = only(learning.start_session(min_db, student_id=ana, module=ALL_TYPES, now=T0)["sessions"])
    info = learning.session_info(min_db, sid)
    assert info["questions"] == list(RIGHT) and info["position"] == 0 and info["current"] == "q-who-visited"
    changes = learning.record_answer(min_db, student_id=ana, session_id=sid, question_slug="q-who-visited",
                                     answer=0, now=T0)
    assert changes["sessions"] == {sid} and changes["reviews"] == {"q-who-visited"} and len(changes["attempts"]) == 1
    info = learning.session_info(min_db, sid)
    assert info["position"] == 1 and info["current"] == "q-treaty-parties" and info["scores"] == [0.0]


def test_writes_return_their_value_and_the_grade_is_the_one_stored(min_db):
    created = learning.create_student(min_db, name="Cy", now=T0)
    assert created.value == only(created["students"])
    started = learning.start_session(min_db, student_id=created.value, module=ALL_TYPES, now=T0)
    assert started.value == only(started["sessions"])
    answered = learning.record_answer(min_db, student_id=created.value, session_id=started.value,
                                      question_slug="q-who-visited", answer=0, now=T0)
    wrong = answered.value
    assert (wrong.correct, wrong.score) == (False, 0.0)
    right = learning.record_answer(min_db, student_id=created.value, session_id=started.value,
                                   question_slug="q-treaty-parties", answer=[0, 2], now=T0).value
    assert (right.correct, right.score) == (True, 1.0)
    assert learning.session_info(min_db, started.value)["scores"] == [wrong.score, right.score]


def test_every_type_graded_and_stored_with_version_and_snapshot(min_db):
    ana = new_student(min_db)
    sid = only(learning.start_session(min_db, student_id=ana, module=ALL_TYPES, now=T0)["sessions"])
    for slug, answer in RIGHT.items():
        learning.record_answer(min_db, student_id=ana, session_id=sid, question_slug=slug, answer=answer, now=T0)
    info = learning.session_info(min_db, sid)
    assert info["finished"] and info["scores"] == [1.0] * 8 and info["current"] is None
    row = next(min_db.query("SELECT * FROM attempts WHERE session_id = ? ORDER BY id LIMIT 1 OFFSET 5", [sid]))
    snapshot = json.loads(row["question_snapshot"])
    assert row["question_version"] == 1 and snapshot["id"] == "q-order-three"
    assert snapshot["item_titles"]["treaty-1961"] == "Sino-North Korean treaty"
    assert json.loads(row["answer"]) == RIGHT["q-order-three"]
    with pytest.raises(QuizMovedOnError, match="already finished"):
        learning.record_answer(min_db, student_id=ana, session_id=sid, question_slug="q-short-capital", answer="x")


def test_an_answer_is_committed_when_given_and_survives_reopening(min_db_path):
    db = open_database(min_db_path)
    ana = new_student(db)
    sid = only(learning.start_session(db, student_id=ana, module=ALL_TYPES, now=T0)["sessions"])
    learning.record_answer(db, student_id=ana, session_id=sid, question_slug="q-who-visited", answer=1, now=T0)
    # A second connection sees it without the first closing or committing anything else.
    other = open_database(min_db_path)
    assert other.execute("SELECT count(*) FROM attempts").fetchone()[0] == 1
    assert learning.unfinished_session(other, student_id=ana, module=ALL_TYPES) == sid
    assert learning.session_info(other, sid)["current"] == "q-treaty-parties"
    other.close()
    db.close()


@pytest.mark.parametrize(("slug", "answer", "message"), [
    ("q-who-visited", "Putin", "pick one option"),
    ("q-treaty-parties", "q-low-year", "moved on to another question"),
])
def test_bad_answers_change_nothing(min_db, slug, answer, message):
    ana = new_student(min_db)
    sid = only(learning.start_session(min_db, student_id=ana, module=ALL_TYPES, now=T0)["sessions"])
    with pytest.raises((ValidationError, QuizMovedOnError), match=message):
        learning.record_answer(min_db, student_id=ana, session_id=sid, question_slug=slug, answer=answer, now=T0)
    assert min_db.execute("SELECT count(*) FROM attempts").fetchone()[0] == 0
    assert min_db.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0
    assert learning.session_info(min_db, sid)["position"] == 0


def test_a_failed_write_rolls_back_the_whole_answer(min_db, monkeypatch):
    ana = new_student(min_db)
    sid = only(learning.start_session(min_db, student_id=ana, module=ALL_TYPES, now=T0)["sessions"])

    class Broken:
        def review_card(self, *a, **k):
            raise RuntimeError("disk on fire")

    monkeypatch.setattr(learning, "SCHEDULER", Broken())
    with pytest.raises(RuntimeError):
        learning.record_answer(min_db, student_id=ana, session_id=sid, question_slug="q-who-visited", answer=1, now=T0)
    assert min_db.execute("SELECT count(*) FROM attempts").fetchone()[0] == 0
    assert learning.session_info(min_db, sid)["position"] == 0


def test_another_students_session_is_refused(min_db):
    ana, bo = new_student(min_db), new_student(min_db, "Bo")
    sid = only(learning.start_session(min_db, student_id=ana, module=ALL_TYPES, now=T0)["sessions"])
    with pytest.raises(ValidationError, match="another student"):
        learning.record_answer(min_db, student_id=bo, session_id=sid, question_slug="q-who-visited", answer=1)


def test_starting_again_closes_the_unfinished_session(min_db):
    ana = new_student(min_db)
    first = only(learning.start_session(min_db, student_id=ana, module=ALL_TYPES, now=T0)["sessions"])
    changes = learning.start_session(min_db, student_id=ana, module=ALL_TYPES, now=T0)
    second = max(changes["sessions"])
    assert changes["sessions"] == {first, second}
    assert learning.unfinished_session(min_db, student_id=ana, module=ALL_TYPES) == second
    with pytest.raises(NotFoundError):
        learning.start_session(min_db, student_id=ana, module="m-nope")


def test_a_try_again_round_names_its_module_and_stays_resumable(min_db):
    """A round of missed questions is a review naming its module: found again after a restart, not closed by a
    due-review or by the module's own session, and never shown as the module's own place to resume."""
    ana = new_student(min_db)
    slugs = learning.module_question_slugs(min_db, ALL_TYPES)[:2]
    retry = only(learning.start_session(min_db, student_id=ana, questions=slugs, retry_of=ALL_TYPES, now=T0)
                 ["sessions"])
    info = learning.session_info(min_db, retry)
    assert info["mode"] == "review" and info["retry_of"] and info["questions"] == slugs
    learning.start_session(min_db, student_id=ana, module=ALL_TYPES, now=T0)
    assert learning.unfinished_retry(min_db, student_id=ana) == retry
    assert all(m["resume_at"] is None or m["slug"] == ALL_TYPES for m in progress.module_progress(min_db, student_id=ana))
    plain = only(learning.start_session(min_db, student_id=ana, questions=slugs, now=T0)["sessions"])
    assert learning.session_info(min_db, plain)["retry_of"] is None
    assert learning.unfinished_retry(min_db, student_id=ana) == retry


def test_ratings_map_wrong_doubt_right_and_fast():
    from fsrs import Rating

    from db.grading import Grade

    right, wrong = Grade(True, 1.0, "x", ""), Grade(False, 0.5, "x", "")
    assert learning.rating_for(wrong, doubt=False) == Rating.Again
    assert learning.rating_for(wrong, doubt=True) == Rating.Again
    assert learning.rating_for(right, doubt=True, seconds=2) == Rating.Hard
    assert learning.rating_for(right, doubt=False, seconds=30) == Rating.Good
    assert learning.rating_for(right, doubt=False, seconds=3) == Rating.Easy


def test_a_missed_question_comes_back_due_before_a_known_one(min_db):
    ana = new_student(min_db)
    sid = only(learning.start_session(min_db, student_id=ana, module=ALL_TYPES, now=T0)["sessions"])
    for slug, answer in RIGHT.items():
        wrong = {"q-who-visited": 2, "q-low-year": 1990}
        doubt = slug == "q-visit-rare"
        learning.record_answer(min_db, student_id=ana, session_id=sid, question_slug=slug,
                               answer=wrong.get(slug, answer), doubt=doubt, now=T0)
    assert learning.due_reviews(min_db, student_id=ana, now=T0 + dt.timedelta(hours=1)) == []
    next_day = T0 + dt.timedelta(days=1, minutes=1)
    assert learning.due_reviews(min_db, student_id=ana, now=next_day) == ["q-low-year", "q-visit-rare", "q-who-visited"]
    review = only(learning.start_session(min_db, student_id=ana, module=None, now=next_day)["sessions"])
    info = learning.session_info(min_db, review)
    # The two questions on the same claim (due together) are asked apart.
    assert info["mode"] == "review" and info["title"] == "Review"
    assert info["questions"] == ["q-visit-rare", "q-low-year", "q-who-visited"]
    learning.record_answer(min_db, student_id=ana, session_id=review, question_slug="q-visit-rare", answer=True,
                           now=next_day)
    # Answered right this time: it leaves the due list for days, the others stay due.
    learning.record_answer(min_db, student_id=ana, session_id=review, question_slug="q-low-year", answer=2017,
                           now=next_day)
    assert "q-low-year" not in learning.due_reviews(min_db, student_id=ana, now=next_day + dt.timedelta(hours=1))
    assert learning.unfinished_session(min_db, student_id=ana, module=None) == review
    with pytest.raises(ValidationError, match="no questions are due"):
        learning.start_session(min_db, student_id=new_student(min_db, "Cy"), module=None, now=next_day)


def test_progress_reports_module_scores_mastery_misses_and_weak_spots(min_db):
    ana = new_student(min_db)
    sid = only(learning.start_session(min_db, student_id=ana, module=ALL_TYPES, now=T0)["sessions"])
    learning.record_answer(min_db, student_id=ana, session_id=sid, question_slug="q-who-visited", answer=0, now=T0)
    learning.record_answer(min_db, student_id=ana, session_id=sid, question_slug="q-treaty-parties", answer=[0],
                           now=T0)
    modules = {m["slug"]: m for m in progress.module_progress(min_db, student_id=ana)}
    assert modules[ALL_TYPES]["answered"] == 2 and modules[ALL_TYPES]["total"] == 8
    assert modules[ALL_TYPES]["score"] == pytest.approx(0.5 / 8) and modules[ALL_TYPES]["resume_at"] == 2
    assert modules["m-basics"]["answered"] == 0 and modules["m-basics"]["resume_at"] is None
    # The next day the student retakes the module and gets the first question right.
    day2 = T0 + dt.timedelta(days=1)
    sid2 = only(learning.start_session(min_db, student_id=ana, module=ALL_TYPES, now=day2)["sessions"] - {sid})
    learning.record_answer(min_db, student_id=ana, session_id=sid2, question_slug="q-who-visited", answer=1, now=day2)
    curve = progress.mastery_over_time(min_db, student_id=ana, tz=dt.UTC)
    assert [p["day"] for p in curve] == ["2026-11-28", "2026-11-29"]
    assert curve[0]["mastery"] == pytest.approx(0.5 / 8) and curve[1]["mastery"] == pytest.approx(1.5 / 8)
    missed = progress.most_missed(min_db, student_id=ana)
    assert [m["slug"] for m in missed] == ["q-treaty-parties", "q-who-visited"]
    spots = progress.weak_spots(min_db, student_id=ana)
    assert [s["slug"] for s in spots] == ["treaty-1961"]  # q-who-visited was put right
    assert spots[0]["label"] == "11 July 1961" and 1961.5 < spots[0]["year"] < 1961.6
    # Days are the student's own: 09:00 UTC is already the next day in UTC+16 (no such zone; a clear test).
    assert progress.local_day("2026-11-28T09:00:00Z", dt.timezone(dt.timedelta(hours=16))) == "2026-11-29"
    assert progress.summary(min_db, student_id=ana) == {"attempts": 3, "correct": 1, "questions": 2,
                                                        "mean_score": pytest.approx(1.5 / 3)}


def test_missed_and_unsure_questions_make_a_retry_session(min_db):
    from db.content import delete_item

    ana = new_student(min_db)
    sid = only(learning.start_session(min_db, student_id=ana, module=ALL_TYPES, now=T0)["sessions"])
    learning.record_answer(min_db, student_id=ana, session_id=sid, question_slug="q-who-visited", answer=0, now=T0)
    learning.record_answer(min_db, student_id=ana, session_id=sid, question_slug="q-treaty-parties", answer=[0, 2],
                           now=T0)
    learning.record_answer(min_db, student_id=ana, session_id=sid, question_slug="q-visit-rare", answer=True,
                           doubt=True, now=T0)
    for slug in ("q-low-year", "q-place-visit"):
        learning.record_answer(min_db, student_id=ana, session_id=sid, question_slug=slug, answer=RIGHT[slug], now=T0)
    learning.record_answer(min_db, student_id=ana, session_id=sid, question_slug="q-order-three",
                           answer=["low-point-2017", "treaty-1961", "putin-visit-2024"], now=T0)   # partly right
    missed = learning.missed_in_session(min_db, sid)
    assert missed == ["q-who-visited", "q-visit-rare", "q-order-three"]
    retry = only(learning.start_session(min_db, student_id=ana, questions=missed, now=T0)["sessions"])
    info = learning.session_info(min_db, retry)
    # The two questions on the same claim are not asked back to back.
    assert info["mode"] == "review" and info["position"] == 0
    assert info["questions"] == ["q-who-visited", "q-order-three", "q-visit-rare"]
    delete_item(min_db, kind="question", slug="q-visit-rare")
    # Starting another closes the unfinished retry (both sessions are in the changes; the new one is the latest).
    again = max(learning.start_session(min_db, student_id=ana, questions=missed + ["no-such"], now=T0)["sessions"])
    assert learning.session_info(min_db, retry)["finished"]
    assert learning.session_info(min_db, again)["questions"] == ["q-who-visited", "q-order-three"]
    with pytest.raises(ValidationError, match="none of these questions"):
        learning.start_session(min_db, student_id=ana, questions=["q-visit-rare"], now=T0)


def test_a_right_answer_just_after_seeing_the_answer_is_not_mastery(min_db):
    """Right in the "try again" round at the end of the quiz: the module list, the progress curve and the class
    results still count the miss; right again in a later review, it counts."""
    from db.queries import classroom

    ana = new_student(min_db)
    sid = only(learning.start_session(min_db, student_id=ana, module=ALL_TYPES, now=T0)["sessions"])
    learning.record_answer(min_db, student_id=ana, session_id=sid, question_slug="q-who-visited", answer=0, now=T0)
    retry = only(learning.start_session(min_db, student_id=ana, questions=["q-who-visited"], retry_of=ALL_TYPES,
                                        now=T0)["sessions"])
    learning.record_answer(min_db, student_id=ana, session_id=retry, question_slug="q-who-visited", answer=1, now=T0)

    def mastery() -> tuple[float, float, float]:
        module = next(m for m in progress.module_progress(min_db, student_id=ana) if m["slug"] == ALL_TYPES)
        curve = progress.mastery_over_time(min_db, student_id=ana, tz=dt.UTC)
        cls = next(s for s in classroom.student_mastery(min_db) if s["id"] == ana)["mastery"][ALL_TYPES]
        return module["score"], curve[-1]["mastery"], cls

    assert mastery() == (0.0, 0.0, 0.0)
    # Nor does it make the question look easier in "Hardest questions", or mark it fixed in "Most missed".
    hardest = next(q for q in classroom.question_results(min_db) if q["slug"] == "q-who-visited")
    assert hardest["correct_share"] == 0.0 and hardest["attempts"] == 1
    missed = next(m for m in progress.most_missed(min_db, student_id=ana) if m["slug"] == "q-who-visited")
    assert not missed["fixed"]
    later = T0 + dt.timedelta(days=2)
    review = only(learning.start_session(min_db, student_id=ana, questions=["q-who-visited"], now=later)["sessions"])
    learning.record_answer(min_db, student_id=ana, session_id=review, question_slug="q-who-visited", answer=1,
                           now=later)
    assert mastery() == (pytest.approx(1 / 8), pytest.approx(1 / 8), pytest.approx(1 / 8))
    assert next(q for q in classroom.question_results(min_db) if q["slug"] == "q-who-visited")["correct_share"] == 0.5
    assert next(m for m in progress.most_missed(min_db, student_id=ana) if m["slug"] == "q-who-visited")["fixed"]
