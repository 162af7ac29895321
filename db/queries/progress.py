"""What a student has learned: score per module, mastery over time, most missed, weak spots. Read-only.

Mastery of a question is the score of the student's latest attempt at it; a question never answered
counts 0. A module's score is the mean mastery of its questions.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from db.dates import PartialDate, label_range
from db.i18n import localize_all, text_of

if TYPE_CHECKING:
    from db.connection import Database

# Mastery, everywhere it is shown (the module list, the progress page, the class results), is the score of each
# question's latest answer, leaving out answers given in a "try again" round at the end of a quiz: those come
# right after the answer was shown, so they show the student read it, not that they know it.
COUNTS_FOR_MASTERY = ("(session_id IS NULL OR session_id NOT IN (SELECT id FROM quiz_sessions "
                      "WHERE mode = 'review' AND module_id IS NOT NULL))")


def _latest_scores(db: Database, student_id: int) -> dict[int, tuple[float, int]]:
    """question id -> (score, correct) of the student's latest attempt that counts for mastery."""
    rows = db.execute(
        "SELECT question_id, score, correct FROM attempts WHERE student_id = ? AND " + COUNTS_FOR_MASTERY +
        " ORDER BY answered_at, id", [student_id]).fetchall()
    return {qid: (score, correct) for qid, score, correct in rows}


def module_progress(db: Database, *, student_id: int | None) -> list[dict]:
    """Each module in lesson order: slug, title, summary, total, answered, score (0..1), resume_at (or None)."""
    latest = _latest_scores(db, student_id) if student_id is not None else {}
    members: dict[int, list[int]] = {}
    for mid, qid in db.execute("SELECT mq.module_id, mq.question_id FROM module_questions mq JOIN questions q "
                               "ON q.id = mq.question_id WHERE q.deleted_at IS NULL ORDER BY mq.position"):
        members.setdefault(mid, []).append(qid)
    open_sessions = {}
    if student_id is not None:
        open_sessions = {mid: pos for mid, pos in db.execute(
            "SELECT module_id, position FROM quiz_sessions WHERE student_id = ? AND finished_at IS NULL "
            "AND mode = 'module' ORDER BY id", [student_id])}
    out = []
    for m in localize_all(db, "module", db.query("SELECT id, slug, title, summary FROM modules ORDER BY sort_order, slug")):
        qids = members.get(m["id"], [])
        answered = [latest[q][0] for q in qids if q in latest]
        out.append({"slug": m["slug"], "title": m["title"], "summary": m["summary"], "total": len(qids),
                    "answered": len(answered), "score": sum(answered) / len(qids) if qids else 0.0,
                    "resume_at": open_sessions.get(m["id"])})
    return out


def local_day(stamp: str, tz: dt.tzinfo | None = None) -> str:
    """The calendar day (YYYY-MM-DD) of a stored UTC time, in `tz` (default: this computer's time zone)."""
    when = dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    return when.astimezone(tz).date().isoformat()


def mastery_over_time(db: Database, *, student_id: int, tz: dt.tzinfo | None = None) -> list[dict]:
    """Per day with answers (in `tz`, default local): day (YYYY-MM-DD), mastery (0..1 over every module question), answered."""
    total = db.execute("SELECT count(DISTINCT mq.question_id) FROM module_questions mq JOIN questions q "
                       "ON q.id = mq.question_id WHERE q.deleted_at IS NULL").fetchone()[0]
    latest: dict[int, float] = {}
    out: list[dict] = []
    for qid, score, when in db.execute("SELECT question_id, score, answered_at FROM attempts WHERE student_id = ? "
                                       "AND " + COUNTS_FOR_MASTERY + " ORDER BY answered_at, id", [student_id]):
        latest[qid] = score
        day = local_day(when, tz)
        point = {"day": day, "mastery": sum(latest.values()) / max(total, len(latest)), "answered": len(latest)}
        if out and out[-1]["day"] == day:
            out[-1] = point
        else:
            out.append(point)
    return out


def most_missed(db: Database, *, student_id: int, limit: int = 5) -> list[dict]:
    """Questions the student got wrong most often (still-wrong first): slug, prompt, misses, attempts, fixed (the
    latest answer that counts for mastery is right: not one given in a "try again" round just after the answer)."""
    return list(db.query(
        "SELECT q.slug, q.prompt, sum(1 - a.correct) AS misses, count(*) AS attempts, "
        "coalesce((SELECT l.correct FROM attempts l WHERE l.student_id = a.student_id AND l.question_id = q.id AND "
        + COUNTS_FOR_MASTERY + " ORDER BY l.answered_at DESC, l.id DESC LIMIT 1), 0) AS fixed FROM attempts a "
        "JOIN questions q ON q.id = a.question_id WHERE a.student_id = ? AND q.deleted_at IS NULL "
        "GROUP BY q.id HAVING misses > 0 ORDER BY misses DESC, fixed, q.slug LIMIT ?",
        [student_id, limit]))


def weak_spots(db: Database, *, student_id: int) -> list[dict]:
    """Events behind questions whose latest answer was wrong: slug, title, start, end, label (English), year
    (fractional), misses."""
    latest = _latest_scores(db, student_id)
    wrong = [qid for qid, (_score, correct) in latest.items() if not correct]
    if not wrong:
        return []
    counts: dict[str, dict] = {}
    for slug, title, start, end in db.execute(
        f'SELECT e.slug, e.title, e.start, e."end" FROM question_events qe JOIN events e ON e.id = qe.event_id '
        f"WHERE qe.question_id IN ({', '.join('?' for _ in wrong)})", wrong):
        title = text_of(db, "event", slug, "title", title)
        spot = counts.setdefault(slug, {"slug": slug, "title": title, "start": start, "end": end,
                                        "label": label_range(start, end),
                                        "year": PartialDate.parse(start).start_value(), "misses": 0})
        spot["misses"] += 1
    return sorted(counts.values(), key=lambda s: (s["year"], s["slug"]))


def summary(db: Database, *, student_id: int) -> dict:
    """Totals for the page header: attempts, correct, distinct questions answered, mean score."""
    row = db.execute("SELECT count(*), coalesce(sum(correct), 0), count(DISTINCT question_id), coalesce(avg(score), 0) "
                     "FROM attempts WHERE student_id = ?", [student_id]).fetchone()
    return {"attempts": row[0], "correct": row[1], "questions": row[2], "mean_score": row[3]}

