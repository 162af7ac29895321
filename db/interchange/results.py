"""Class results: a CSV for the teacher, and xAPI statements (one per answer) for a learning record store.

xAPI statements are pseudonymous: the actor is an account (the school's home page + the student's
random pseudonym), never the name. Each statement's id is derived from the attempt, so sending the
same answer twice is recognised by the record store as the same statement.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import NotFoundError, TrilemmaError
from db.interchange import xapi_interactions
from db.interchange.spreadsheet import csv_text
from db.settings import setting

if TYPE_CHECKING:
    from db.connection import Database

ANSWERED = "http://adlnet.gov/expapi/verbs/answered"
INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
HOME_PAGE_KEY = "school.home_page"
ACTIVITY_BASE_KEY = "xapi.activity_base"
DEFAULT_HOME_PAGE = "https://school.example/trilemma"
DEFAULT_ACTIVITY_BASE = "https://trilemma.example/activities"
INTERACTION_TYPES = xapi_interactions.TYPES
CSV_COLUMNS = ("student", "pseudonym", "question", "question_type", "question_version", "module", "answered_at",
               "correct", "score", "doubt", "answer")
# A namespace of our own, so statement ids never collide with another tool's.
STATEMENT_NAMESPACE = uuid.UUID("6f1c7d0e-5b8a-4c39-9a57-2f3b1e8d4c60")


def attempt_rows(db: Database, *, module: str | None = None, attempt_ids: list[int] | None = None) -> list[dict]:
    """Attempts with their student, question and first module, oldest first (optionally one module's)."""
    where, params = [], []
    if module is not None:
        if not db.execute("SELECT 1 FROM modules WHERE slug = ?", [module]).fetchone():
            raise NotFoundError(f"no module with id '{module}'")
        where.append("a.question_id IN (SELECT mq.question_id FROM module_questions mq JOIN modules m "
                     "ON m.id = mq.module_id WHERE m.slug = ?)")
        params.append(module)
    if attempt_ids is not None:
        where.append(f"a.id IN ({', '.join('?' for _ in attempt_ids)})")
        params.extend(attempt_ids)
    sql = ("SELECT a.id, s.name AS student, s.pseudonym, q.slug AS question, q.type AS question_type, q.prompt, "
           "a.question_version, a.answered_at, a.correct, a.score, a.doubt, a.answer, a.question_snapshot, "
           "a.session_id, q.data, q.explanation, "
           "(SELECT m.slug FROM module_questions mq JOIN modules m ON m.id = mq.module_id "
           " WHERE mq.question_id = q.id ORDER BY m.sort_order, m.slug LIMIT 1) AS module "
           "FROM attempts a JOIN students s ON s.id = a.student_id JOIN questions q ON q.id = a.question_id"
           + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY a.answered_at, a.id")
    return list(db.query(sql, params))


def results_csv(db: Database, *, module: str | None = None) -> str:
    """Every answer of the class as CSV text (RFC 4180, one row per attempt, formulas defused), with a header."""
    rows = []
    for r in attempt_rows(db, module=module):
        answer = json.loads(r["answer"])
        rows.append((r["student"], r["pseudonym"], r["question"], r["question_type"], r["question_version"],
                     r["module"] or "", r["answered_at"], "yes" if r["correct"] else "no", f"{r['score']:.2f}",
                     "yes" if r["doubt"] else "no",
                     answer if isinstance(answer, str) else json.dumps(answer, ensure_ascii=False)))
    return csv_text(CSV_COLUMNS, rows)


def write_results_csv(db: Database, path: str | Path, *, module: str | None = None) -> dict:
    """Write the class results CSV (UTF-8 with a BOM so spreadsheets read accents); return {attempts}."""
    try:
        text = results_csv(db, module=module)
    except NotFoundError as exc:
        raise TrilemmaError(f"--module: {exc}") from exc
    # newline="" keeps the CRLF row ends as written (no translation on Windows).
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        handle.write(text)
    return {"attempts": len(attempt_rows(db, module=module))}


def _timestamp(text: str) -> str:
    """An attempt's time as ISO 8601 UTC with Z."""
    text = text.replace(" ", "T")
    if text.endswith("+00:00"):
        text = text[:-6] + "Z"
    return text if text.endswith("Z") or "+" in text[10:] else text + "Z"


def statement(row: dict, *, home_page: str, activity_base: str) -> dict:
    """The xAPI statement of one attempt row (see attempt_rows)."""
    score = round(float(row["score"]), 4)
    activity = f"{activity_base.rstrip('/')}/questions/{row['question']}"
    answer = json.loads(row["answer"])
    shown = _shown(row)
    stmt = {
        "id": str(uuid.uuid5(STATEMENT_NAMESPACE, f"{home_page}|{row['pseudonym']}|{row['id']}|{row['answered_at']}")),
        "actor": {"objectType": "Agent", "account": {"homePage": home_page, "name": row["pseudonym"]}},
        "verb": {"id": ANSWERED, "display": {"en-US": "answered"}},
        "object": {"objectType": "Activity", "id": activity,
                   "definition": {"type": INTERACTION, "name": {"en": shown["prompt"][:200]},
                                  **xapi_interactions.definition(shown)}},
        "result": {"success": bool(row["correct"]),
                   "score": {"scaled": score, "raw": score, "min": 0, "max": 1},
                   "response": xapi_interactions.response(shown, answer)},
        "timestamp": _timestamp(row["answered_at"]),
        "context": {"platform": "Trilemma",
                    "extensions": {f"{activity_base.rstrip('/')}/extensions/question-version": row["question_version"]}},
    }
    if row.get("session_id") is not None:  # the quiz session, as a UUID a record store can group by
        stmt["context"]["registration"] = str(uuid.uuid5(
            STATEMENT_NAMESPACE, f"{home_page}|{row['pseudonym']}|session|{row['session_id']}"))
    if row.get("module"):
        stmt["context"]["contextActivities"] = {
            "grouping": [{"objectType": "Activity", "id": f"{activity_base.rstrip('/')}/modules/{row['module']}"}]}
    return stmt


def _shown(row: dict) -> dict:
    """The question as the student saw it (the attempt's snapshot), or as it is now for an attempt without one."""
    try:
        snapshot = json.loads(row.get("question_snapshot") or "{}")
    except ValueError:
        snapshot = {}
    if isinstance(snapshot, dict) and snapshot.get("type") == row["question_type"] and snapshot.get("prompt"):
        return snapshot
    data = json.loads(row.get("data") or "{}")
    return {**(data if isinstance(data, dict) else {}), "type": row["question_type"], "prompt": row["prompt"]}


def statements(db: Database, *, module: str | None = None, attempt_ids: list[int] | None = None) -> list[dict]:
    """xAPI statements for the class's attempts (or the given ones), oldest first."""
    home = setting(db, HOME_PAGE_KEY) or DEFAULT_HOME_PAGE
    base = setting(db, ACTIVITY_BASE_KEY) or DEFAULT_ACTIVITY_BASE
    return [statement(r, home_page=home, activity_base=base)
            for r in attempt_rows(db, module=module, attempt_ids=attempt_ids)]


def statements_by_attempt(db: Database, attempt_ids: list[int]) -> dict[int, dict]:
    """{attempt id: its xAPI statement} for the given attempts."""
    home = setting(db, HOME_PAGE_KEY) or DEFAULT_HOME_PAGE
    base = setting(db, ACTIVITY_BASE_KEY) or DEFAULT_ACTIVITY_BASE
    return {r["id"]: statement(r, home_page=home, activity_base=base)
            for r in attempt_rows(db, attempt_ids=attempt_ids)}


def write_xapi(db: Database, path: str | Path, *, module: str | None = None) -> dict:
    """Write the class's xAPI statements as one JSON array (what an LRS's POST /statements takes)."""
    try:
        stmts = statements(db, module=module)
    except NotFoundError as exc:
        raise TrilemmaError(f"--module: {exc}") from exc
    Path(path).write_text(json.dumps(stmts, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return {"statements": len(stmts)}
