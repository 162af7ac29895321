"""A student in a story: the stop they left off at, and check answers stored as attempts."""

from __future__ import annotations

import datetime as dt

import pytest

from db import learning
from db.errors import ValidationError
from db.queries.stories import stop_index, story, story_list
from db.story_progress import record_check_answer, resume_stop, save_position

T0 = dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)


def _student(db) -> int:
    changes = learning.create_student(db, name="Ana", now=T0)
    (sid,) = changes["students"]
    return sid


def test_a_story_resumes_at_the_stop_last_saved(min_db):
    sid = _student(min_db)
    assert resume_stop(min_db, student_id=sid, story="st-test") is None
    save_position(min_db, student_id=sid, story="st-test", stop="the-low-point", now=T0)
    save_position(min_db, student_id=sid, story="st-test", stop="the-visit", now=T0)
    assert resume_stop(min_db, student_id=sid, story="st-test") == "the-visit"
    assert stop_index(story(min_db, "st-test"), "the-visit") == 2


def test_a_position_at_a_stop_the_story_lacks_is_refused(min_db):
    sid = _student(min_db)
    with pytest.raises(ValidationError):
        save_position(min_db, student_id=sid, story="st-test", stop="nowhere", now=T0)


def test_a_check_answer_is_stored_as_an_attempt_and_graded(min_db):
    sid = _student(min_db)
    changes = record_check_answer(min_db, student_id=sid, question_slug="q-visit-rare", answer=True, now=T0)
    assert changes.value.correct
    row = min_db.execute("SELECT q.slug, a.session_id, a.correct FROM attempts a JOIN questions q "
                         "ON q.id = a.question_id WHERE a.student_id = ?", [sid]).fetchall()
    assert row == [("q-visit-rare", None, 1)]
    assert learning.next_due(min_db, student_id=sid) is not None


def test_the_place_reads_chapters_claims_and_events_of_each_stop(min_db):
    item = story(min_db, "st-test")
    assert item["chapters"] == ["Allies", "Moscow"]
    assert [s["chapter_index"] for s in item["stops"]] == [0, 0, 1]
    assert item["stops"][2]["claim_info"][0]["status"]
    assert item["stops"][0]["event_info"][0]["slug"] == "treaty-1961"
    assert story_list(min_db) == [{"slug": "st-test", "title": "Test story",
                                   "summary": "Three stops across the fixture's events.", "stops": 3}]
