"""Helpers for the interchange tests: an empty database, a dump to prove nothing changed, attempts."""

from __future__ import annotations

from db.connection import open_database


def empty_db(tmp_path, name="empty.db"):
    """A migrated database with no content at all (no seed)."""
    return open_database(tmp_path / name)


def dump(db) -> str:
    """Every row of every table, as SQL: equal dumps mean the database is unchanged."""
    return "\n".join(db.conn.iterdump())


def add_attempt(db, question_slug: str, *, correct=True, name="Ada", pseudonym="p-7f3a9c") -> int:
    """A student and one attempt on a question; returns the attempt id."""
    row = db.execute("SELECT id FROM students WHERE name = ?", [name]).fetchone()
    if row:
        sid = row[0]
    else:
        sid = db.execute("INSERT INTO students (name, pseudonym, created_at) VALUES (?, ?, '2026-11-01T09:00:00Z')",
                         [name, pseudonym]).lastrowid
    qid, version = db.execute("SELECT id, version FROM questions WHERE slug = ?", [question_slug]).fetchone()
    aid = db.execute(
        "INSERT INTO attempts (student_id, question_id, question_version, answer, correct, score, answered_at) "
        "VALUES (?, ?, ?, '\"2017\"', ?, ?, '2026-11-20T10:15:00Z')",
        [sid, qid, version, int(correct), 1.0 if correct else 0.0]).lastrowid
    db.conn.commit()
    return aid
