"""A student in a story: where they left off (to resume there) and their answers to its check questions."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from db.changes import Changes
from db.connection import writes
from db.errors import NotFoundError, ValidationError
from db.grading import AnswerError, grade
from db.learning import question_for_display, stamp, store_attempt, student, utc

if TYPE_CHECKING:
    from db.connection import Database


def _story_id(db: Database, story: str) -> int:
    row = db.execute("SELECT id FROM stories WHERE slug = ?", [story]).fetchone()
    if row is None:
        raise NotFoundError(f"no story with id '{story}'")
    return row[0]


def resume_stop(db: Database, *, student_id: int, story: str) -> str | None:
    """The id of the stop the student last looked at in a story, or None (start at the beginning)."""
    row = db.execute("SELECT stop FROM story_progress WHERE student_id = ? AND story_id = "
                     "(SELECT id FROM stories WHERE slug = ?)", [student_id, story]).fetchone()
    return row[0] if row else None


@writes("your place in the story")
def save_position(db: Database, *, student_id: int, story: str, stop: str, now: dt.datetime | None = None) -> Changes:
    """Remember the stop the student is at, so the story opens there next time."""
    student(db, student_id)
    story_id = _story_id(db, story)
    if db.execute("SELECT 1 FROM story_stops WHERE story_id = ? AND slug = ?", [story_id, stop]).fetchone() is None:
        raise ValidationError(f"the story '{story}' has no stop '{stop}'", "stop")
    db.execute("INSERT INTO story_progress (student_id, story_id, stop, updated_at) VALUES (?, ?, ?, ?) "
               "ON CONFLICT (student_id, story_id) DO UPDATE SET stop = excluded.stop, updated_at = excluded.updated_at",
               [student_id, story_id, stop, stamp(now)])
    return Changes().add("story_progress", story)


@writes("your answer")
def record_check_answer(db: Database, *, student_id: int, question_slug: str, answer, doubt: bool = False,
                        seconds: float | None = None, now: dt.datetime | None = None) -> Changes:
    """Grade the answer to a stop's check question and store it as an attempt (outside any quiz session).

    The value is the `Grade`, as for a quiz answer; the question's review is rescheduled the same way."""
    student(db, student_id)
    shown = question_for_display(db, question_slug)
    try:
        result = grade(shown, answer)
    except AnswerError as exc:
        raise ValidationError(str(exc), "answer") from exc
    changes = Changes(value=result)
    store_attempt(db, changes, student_id=student_id, session_id=None, shown=shown, answer=answer, result=result,
                  doubt=doubt, seconds=seconds, when=utc(now))
    return changes
