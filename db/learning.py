"""Students, quiz sessions, answers and spaced review (FSRS). Every write is one transaction.

Times are UTC text `YYYY-MM-DDTHH:MM:SSZ` so they sort and compare in SQL; every function that
depends on the clock takes `now` so tests (and a teacher's script) control time.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from typing import TYPE_CHECKING

from fsrs import Card, Rating, Scheduler

from db.changes import Changes
from db.connection import writes
from db.errors import NotFoundError, QuizMovedOnError, ValidationError
from db.grading import AnswerError, Grade, grade
from db.i18n import localize, localize_all, text_of
from db.option_order import attempt_seed, option_order
from db.queries import event_titles
from db.question_spacing import question_facts, spaced_order

if TYPE_CHECKING:
    from db.connection import Database

MAX_NAME = 60
REVIEW_LIMIT = 20
# A right answer given this fast (and without doubt) counts as Easy.
EASY_SECONDS = 6.0
# Classroom review works in days: no minute-long learning steps, no fuzz (reproducible dues).
SCHEDULER = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)


def utc(now: dt.datetime | None = None) -> dt.datetime:
    """`now` (or the current time) as an aware UTC datetime without microseconds."""
    now = now or dt.datetime.now(dt.UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=dt.UTC)
    return now.astimezone(dt.UTC).replace(microsecond=0)


def stamp(now: dt.datetime | None = None) -> str:
    """A UTC time as sortable text."""
    return utc(now).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- students


def _clean_name(db: Database, name, student_id: int | None = None) -> str:
    if not isinstance(name, str) or not name.strip():
        raise ValidationError("type a name", "name")
    name = " ".join(name.split())
    if len(name) > MAX_NAME:
        raise ValidationError(f"a name has at most {MAX_NAME} characters", "name")
    row = db.execute("SELECT id FROM students WHERE name = ? COLLATE NOCASE", [name]).fetchone()
    if row and row[0] != student_id:
        raise ValidationError(f"there is already a student called '{name}'", "name")
    return name


@writes("the new student")
def create_student(db: Database, *, name: str, now: dt.datetime | None = None) -> Changes:
    """Add a student profile (a name, no password) with a random pseudonym for exports; value: its id."""
    clean = _clean_name(db, name)
    changes = Changes()
    with db.atomic():
        while True:
            pseudonym = "student-" + secrets.token_hex(4)
            if not db.execute("SELECT 1 FROM students WHERE pseudonym = ?", [pseudonym]).fetchone():
                break
        cur = db.execute("INSERT INTO students (name, pseudonym, created_at) VALUES (?, ?, ?)",
                         [clean, pseudonym, stamp(now)])
        changes.add("students", cur.lastrowid)
        changes.value = cur.lastrowid
    return changes


@writes("the new name")
def rename_student(db: Database, *, student_id: int, name: str) -> Changes:
    """Change a student's name (the pseudonym stays)."""
    student(db, student_id)
    clean = _clean_name(db, name, student_id)
    changes = Changes()
    with db.atomic():
        db.execute("UPDATE students SET name = ? WHERE id = ?", [clean, student_id])
        changes.add("students", student_id)
    return changes


def list_students(db: Database) -> list[dict]:
    """Every student: id, name, pseudonym, created_at, last_active (or None), by name."""
    return list(db.query(
        "SELECT s.id, s.name, s.pseudonym, s.created_at, max(a.answered_at) AS last_active FROM students s "
        "LEFT JOIN attempts a ON a.student_id = s.id GROUP BY s.id ORDER BY s.name COLLATE NOCASE"))


def student(db: Database, student_id: int) -> dict:
    """One student; NotFoundError if there is none."""
    rows = list(db.query("SELECT id, name, pseudonym, created_at FROM students WHERE id = ?", [student_id]))
    if not rows:
        raise NotFoundError(f"no student with id {student_id}")
    return rows[0]


# ---------------------------------------------------------------- questions as shown


def question_for_display(db: Database, slug: str) -> dict:
    """A question in the item format plus what a view shows with it: titles, dates, sources, claims."""
    rows = list(db.query("SELECT * FROM questions WHERE slug = ?", [slug]))
    if not rows:
        raise NotFoundError(f"no question with id '{slug}'")
    r = rows[0]
    item = {"id": r["slug"], "type": r["type"], "prompt": r["prompt"], **json.loads(r["data"] or "{}"),
            "explanation": r["explanation"], "version": r["version"], "purpose": r["purpose"]}
    item["events"] = [e["slug"] for e in db.query(
        "SELECT e.slug FROM question_events qe JOIN events e ON e.id = qe.event_id WHERE qe.question_id = ? "
        "ORDER BY e.start, e.slug", [r["id"]])]
    item["claims"] = [c["slug"] for c in db.query(
        "SELECT c.slug FROM question_claims qc JOIN claims c ON c.id = qc.claim_id WHERE qc.question_id = ? "
        "ORDER BY c.slug", [r["id"]])]
    item["event_info"] = list(db.query(
        'SELECT e.slug, e.title, e.start, e."end" FROM question_events qe JOIN events e ON e.id = qe.event_id '
        "WHERE qe.question_id = ? ORDER BY e.start, e.slug", [r["id"]]))
    item["claim_info"] = list(db.query(
        "SELECT c.slug, c.paragraph, c.text, c.status, c.note FROM question_claims qc JOIN claims c "
        "ON c.id = qc.claim_id WHERE qc.question_id = ? ORDER BY c.paragraph, c.slug", [r["id"]]))
    item["source_info"] = list(db.query(
        "SELECT s.slug, s.kind, s.title, s.outlet, s.published, s.url, s.syndicated, s.original_outlet, qs.locator "
        "FROM question_sources qs "
        "JOIN sources s ON s.id = qs.source_id WHERE qs.question_id = ? ORDER BY s.kind = 'external', s.slug",
        [r["id"]]))
    item["sources"] = [{"source": s["slug"], "locator": s["locator"]} if s["locator"] else {"source": s["slug"]}
                       for s in item["source_info"]]
    if r["type"] == "order":
        titles = event_titles(db, item["items"])
        item["item_titles"] = {s: titles.get(s, s) for s in item["items"]}
    # In the content language: what the student reads, and what the answer is graded against (a short
    # answer accepts the translated answers and the English ones; a match pairs the translated texts).
    localize("question", item, None, db)
    localize_all(db, "event", item["event_info"])
    localize_all(db, "claim", item["claim_info"])
    return item


# ---------------------------------------------------------------- sessions


def _question_ids(db: Database, slugs: list[str]) -> list[int]:
    ids = dict(db.execute("SELECT slug, id FROM questions").fetchall())
    return [ids[s] for s in slugs]


def module_question_slugs(db: Database, module: str) -> list[str]:
    """The questions of a module in their lesson order (hidden questions left out)."""
    row = db.execute("SELECT id FROM modules WHERE slug = ?", [module]).fetchone()
    if row is None:
        raise NotFoundError(f"no module with id '{module}'")
    return [s for (s,) in db.execute(
        "SELECT q.slug FROM module_questions mq JOIN questions q ON q.id = mq.question_id "
        "WHERE mq.module_id = ? AND q.deleted_at IS NULL ORDER BY mq.position", [row[0]]).fetchall()]


@writes("the new quiz")
def start_session(db: Database, *, student_id: int, module: str | None = None, now: dt.datetime | None = None,
                  limit: int = REVIEW_LIMIT, questions: list[str] | None = None, retry_of: str | None = None) -> Changes:
    """Start a module session (module slug) or a review (module None): of the questions due, or of `questions`
    (say, those just missed, to try again at once; `retry_of` names the module they were missed in).
    Value: the new session's id.

    The question order (lesson order, spaced so no question follows one about the same event or claim) is
    fixed and stored. An unfinished session of the same kind is closed first. A "try again" round is stored as a
    review that names its module, so that it can be resumed after a restart like any quiz."""
    student(db, student_id)
    if questions is not None:
        askable = set(askable_questions(db))
        slugs = [s for s in dict.fromkeys(questions) if s in askable][:limit]
        if not slugs:
            raise ValidationError("none of these questions can be asked again", "questions")
        row = db.execute("SELECT id FROM modules WHERE slug = ?", [retry_of]).fetchone() if retry_of else None
        module_id, module = (row[0] if row else None), None
    elif module is not None:
        slugs = module_question_slugs(db, module)
        if not slugs:
            raise ValidationError(f"module '{module}' has no questions yet", "module")
        module_id = db.execute("SELECT id FROM modules WHERE slug = ?", [module]).fetchone()[0]
    else:
        slugs = due_reviews(db, student_id=student_id, now=now)[:limit]
        if not slugs:
            raise ValidationError("no questions are due for review", "review")
        module_id = None
    # No question right after one about the same event or claim: its feedback would give the answer away.
    slugs = spaced_order(slugs, question_facts(db, slugs))
    changes = Changes()
    with db.atomic():
        for (old,) in db.execute(
            "SELECT id FROM quiz_sessions WHERE student_id = ? AND module_id IS ? AND mode = ? AND finished_at IS NULL",
            [student_id, module_id, "module" if module else "review"]).fetchall():
            db.execute("UPDATE quiz_sessions SET finished_at = ? WHERE id = ?", [stamp(now), old])
            changes.add("sessions", old)
        cur = db.execute(
            "INSERT INTO quiz_sessions (student_id, module_id, mode, question_ids, position, started_at) "
            "VALUES (?, ?, ?, ?, 0, ?)",
            [student_id, module_id, "module" if module else "review", json.dumps(_question_ids(db, slugs)), stamp(now)])
        changes.add("sessions", cur.lastrowid)
        changes.value = cur.lastrowid
    return changes


def askable_questions(db: Database) -> list[str]:
    """Slugs of every question that can be asked (not deleted)."""
    return [s for (s,) in db.execute("SELECT slug FROM questions WHERE deleted_at IS NULL ORDER BY slug")]


def missed_in_session(db: Database, session_id: int) -> list[str]:
    """A session's questions answered less than fully right, or ticked "I'm not sure", in the session's order."""
    rows = db.execute(
        "SELECT q.slug FROM attempts a JOIN questions q ON q.id = a.question_id WHERE a.session_id = ? "
        "AND q.deleted_at IS NULL AND (a.score < 1 OR a.doubt) ORDER BY a.id", [session_id]).fetchall()
    return list(dict.fromkeys(slug for (slug,) in rows))


def unfinished_session(db: Database, *, student_id: int, module: str | None) -> int | None:
    """The id of the student's unfinished session for a module (None: the review session), if any."""
    row = db.execute(
        "SELECT s.id FROM quiz_sessions s LEFT JOIN modules m ON m.id = s.module_id WHERE s.student_id = ? "
        "AND s.finished_at IS NULL AND s.mode = ? AND (m.slug IS ? OR ? IS NULL) ORDER BY s.id DESC LIMIT 1",
        [student_id, "module" if module else "review", module, module]).fetchone()
    return row[0] if row else None


def unfinished_retry(db: Database, *, student_id: int) -> int | None:
    """The id of the student's latest unfinished "try again" round (a review naming its module), if any."""
    row = db.execute(
        "SELECT id FROM quiz_sessions WHERE student_id = ? AND finished_at IS NULL AND mode = 'review' "
        "AND module_id IS NOT NULL ORDER BY id DESC LIMIT 1", [student_id]).fetchone()
    return row[0] if row else None


def session_info(db: Database, session_id: int) -> dict:
    """A session: id, student_id, mode, module (slug or None), title, questions (slugs), position, total, finished."""
    rows = list(db.query(
        "SELECT s.*, m.slug AS module, m.title AS module_title FROM quiz_sessions s "
        "LEFT JOIN modules m ON m.id = s.module_id WHERE s.id = ?", [session_id]))
    if not rows:
        raise NotFoundError(f"no quiz session {session_id}")
    s = rows[0]
    slug_of = {rid: slug for slug, rid in db.execute("SELECT slug, id FROM questions").fetchall()}
    questions = [slug_of[q] for q in json.loads(s["question_ids"]) if q in slug_of]
    scores = [r[0] for r in db.execute("SELECT score FROM attempts WHERE session_id = ? ORDER BY id", [session_id])]
    retry = s["mode"] == "review" and s["module"] is not None
    title = text_of(db, "module", s["module"], "title", s["module_title"]) if s["module"] else None
    return {"id": s["id"], "student_id": s["student_id"], "mode": s["mode"], "module": s["module"],
            "retry_of": title if retry else None,
            "title": title or "Review", "questions": questions, "position": s["position"],
            "total": len(questions), "finished": s["finished_at"] is not None, "scores": scores,
            "current": questions[s["position"]] if s["position"] < len(questions) else None}


def current_question(db: Database, session_id: int) -> dict | None:
    """The session's current question as shown, with `shown_order` (this attempt's option order); None when done."""
    info = session_info(db, session_id)
    if info["current"] is None:
        return None
    return _as_shown(db, info)


def _as_shown(db: Database, info: dict) -> dict:
    shown = question_for_display(db, info["current"])
    order = option_order(shown, attempt_seed(info["id"], info["position"], info["current"]))
    if order is not None:
        shown["shown_order"] = order
    return shown


# ---------------------------------------------------------------- answers and review


def rating_for(result: Grade, *, doubt: bool, seconds: float | None = None) -> Rating:
    """FSRS rating for an answer: wrong → Again, right with doubt → Hard, right → Good, right and fast → Easy."""
    if not result.correct:
        return Rating.Again
    if doubt:
        return Rating.Hard
    if seconds is not None and 0 < seconds <= EASY_SECONDS:
        return Rating.Easy
    return Rating.Good


@writes("your answer")
def record_answer(db: Database, *, student_id: int, session_id: int, question_slug: str, answer, doubt: bool = False,
                  seconds: float | None = None, now: dt.datetime | None = None) -> Changes:
    """Grade an answer to the session's current question; store the attempt, advance, reschedule: one commit.

    The value is the `Grade`: the answer is graded here, once, and the feedback shows this result."""
    info = session_info(db, session_id)
    if info["student_id"] != student_id:
        raise ValidationError("this quiz belongs to another student", "session")
    if info["finished"]:
        raise QuizMovedOnError("This quiz was already finished, in another window or before a restart.")
    if info["current"] != question_slug:
        raise QuizMovedOnError("This quiz has moved on to another question, in another window open for the same "
                               "student.")
    shown = _as_shown(db, info)  # the order the student saw is kept with the attempt (and its snapshot)
    try:
        result = grade(shown, answer)
    except AnswerError as exc:
        raise ValidationError(str(exc), "answer") from exc
    changes, when = Changes(value=result), utc(now)
    with db.atomic():
        store_attempt(db, changes, student_id=student_id, session_id=session_id, shown=shown, answer=answer,
                      result=result, doubt=doubt, seconds=seconds, when=when)
        position = info["position"] + 1
        db.execute("UPDATE quiz_sessions SET position = ?, finished_at = ? WHERE id = ?",
                   [position, stamp(when) if position >= info["total"] else None, session_id])
        changes.add("sessions", session_id)
    return changes


def store_attempt(db: Database, changes: Changes, *, student_id: int, session_id: int | None, shown: dict, answer,
                  result: Grade, doubt: bool, seconds: float | None, when: dt.datetime) -> None:
    """Insert a graded attempt (with the question as shown) and reschedule the question's review card."""
    qid = db.execute("SELECT id FROM questions WHERE slug = ?", [shown["id"]]).fetchone()[0]
    cur = db.execute(
        "INSERT INTO attempts (student_id, question_id, session_id, question_version, question_snapshot, answer, "
        "correct, score, doubt, answered_at, shown_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [student_id, qid, session_id, shown["version"], json.dumps(shown, ensure_ascii=False, sort_keys=True),
         json.dumps(answer, ensure_ascii=False), int(result.correct), result.score, int(bool(doubt)), stamp(when),
         json.dumps(shown["shown_order"], ensure_ascii=False) if "shown_order" in shown else None])
    changes.add("attempts", cur.lastrowid)
    row = db.execute("SELECT card FROM reviews WHERE student_id = ? AND question_id = ?", [student_id, qid]).fetchone()
    card = Card.from_json(row[0]) if row else Card(due=when)
    card, _log = SCHEDULER.review_card(card, rating_for(result, doubt=doubt, seconds=seconds), when)
    db.execute("INSERT INTO reviews (student_id, question_id, card, due) VALUES (?, ?, ?, ?) "
               "ON CONFLICT (student_id, question_id) DO UPDATE SET card = excluded.card, due = excluded.due",
               [student_id, qid, card.to_json(), stamp(card.due)])
    changes.add("reviews", shown["id"])


def last_attempt(db: Database, *, session_id: int) -> dict | None:
    """The newest attempt of a session with its grade (to show feedback again after a restart)."""
    rows = list(db.query("SELECT a.*, q.slug FROM attempts a JOIN questions q ON q.id = a.question_id "
                         "WHERE a.session_id = ? ORDER BY a.id DESC LIMIT 1", [session_id]))
    if not rows:
        return None
    row = rows[0]
    row["answer"] = json.loads(row["answer"])
    row["question"] = json.loads(row["question_snapshot"])
    if row.get("shown_order"):
        row["shown_order"] = json.loads(row["shown_order"])
        row["question"]["shown_order"] = row["shown_order"]
    return row


def due_reviews(db: Database, *, student_id: int, now: dt.datetime | None = None) -> list[str]:
    """Slugs of the student's questions due for review at `now`, most overdue first."""
    return [s for (s,) in db.execute(
        "SELECT q.slug FROM reviews r JOIN questions q ON q.id = r.question_id WHERE r.student_id = ? "
        "AND q.deleted_at IS NULL AND r.due <= ? ORDER BY r.due, q.slug", [student_id, stamp(now)]).fetchall()]


def next_due(db: Database, *, student_id: int) -> str | None:
    """When the student's next review falls due (UTC text), or None if nothing is scheduled."""
    row = db.execute("SELECT min(r.due) FROM reviews r JOIN questions q ON q.id = r.question_id "
                     "WHERE r.student_id = ? AND q.deleted_at IS NULL", [student_id]).fetchone()
    return row[0] if row else None
