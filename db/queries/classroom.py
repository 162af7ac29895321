"""How the class is doing: per question, per student and module, per module; and CSV export. Read-only.

Definitions (the same as a student's own progress page, db.queries.progress):
- a question's *correct share* is the share of its attempts that were correct, leaving out the answers given in
  a "try again" round just after the answer was shown (they say the student read it, not that it is easy);
- its *most common wrong answer* is the wrong answer given most often, in the words the student saw
  (read from the attempt's snapshot of the question, so later edits do not change it);
- a student's *mastery* of a module is the mean score of their latest attempt at each of its
  questions, unanswered questions counting 0;
- a module's *class average* is the mean mastery of the students who answered at least one of its questions.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from db.i18n import texts_of
from db.queries.progress import COUNTS_FOR_MASTERY, module_progress

if TYPE_CHECKING:
    from db.connection import Database

TABLES = ("questions", "students", "modules")


def describe_answer(question: dict, answer) -> str:
    """An answer in readable words, using the question as the student saw it."""
    options = question.get("options") or []
    qtype = question.get("type")
    if qtype == "single_choice" and isinstance(answer, int) and 0 <= answer < len(options):
        return options[answer]
    if qtype == "multiple_select" and isinstance(answer, list):
        return "; ".join(options[i] if isinstance(i, int) and 0 <= i < len(options) else str(i) for i in answer) or "—"
    if qtype == "true_false" and isinstance(answer, bool):
        return "true" if answer else "false"
    if qtype == "order" and isinstance(answer, list):
        titles = question.get("item_titles") or {}
        return " → ".join(str(titles.get(s, s)) for s in answer)
    if qtype == "match" and isinstance(answer, dict):
        return "; ".join(f"{k} → {v}" for k, v in answer.items())
    return str(answer)


def question_results(db: Database) -> list[dict]:
    """Every question with answers, hardest first: slug, prompt, module titles, attempts, students,
    correct_share (0..1), wrong_answer ("" if none), wrong_count, deleted."""
    module_title, question_prompt = texts_of(db, "module", "title"), texts_of(db, "question", "prompt")
    modules: dict[int, list[str]] = {}
    for qid, slug, title in db.execute("SELECT mq.question_id, m.slug, m.title FROM module_questions mq JOIN modules m "
                                       "ON m.id = mq.module_id ORDER BY m.sort_order"):
        modules.setdefault(qid, []).append(module_title(slug, title))
    stats: dict[int, dict] = {}
    for qid, slug, prompt, deleted, answer, correct, snapshot, student in db.execute(
        "SELECT q.id, q.slug, q.prompt, q.deleted_at, a.answer, a.correct, a.question_snapshot, a.student_id "
        "FROM attempts a JOIN questions q ON q.id = a.question_id WHERE " + COUNTS_FOR_MASTERY + " ORDER BY a.id"
    ):
        if qid not in stats:
            prompt = question_prompt(slug, prompt)  # in the teacher's language, as students read it
        s = stats.setdefault(qid, {"slug": slug, "prompt": prompt, "modules": ", ".join(modules.get(qid, [])),
                                   "attempts": 0, "correct": 0, "students": set(), "wrong": Counter(),
                                   "deleted": deleted is not None})
        s["attempts"] += 1
        s["correct"] += int(bool(correct))
        s["students"].add(student)
        if not correct:
            try:
                text = describe_answer(json.loads(snapshot or "{}"), json.loads(answer))
            except (ValueError, TypeError):
                text = str(answer)
            s["wrong"][text] += 1
    out = []
    for s in stats.values():
        wrong = s.pop("wrong").most_common(1)
        s["students"] = len(s["students"])
        s["correct_share"] = s.pop("correct") / s["attempts"]
        s["wrong_answer"], s["wrong_count"] = wrong[0] if wrong else ("", 0)
        out.append(s)
    return sorted(out, key=lambda r: (r["correct_share"], -r["attempts"], r["slug"]))


def student_mastery(db: Database) -> list[dict]:
    """Every student by name: id, name, pseudonym, answered (attempts), mastery {module slug: 0..1}, and
    started (slugs of modules with at least one answer)."""
    out = []
    for s in db.query("SELECT s.id, s.name, s.pseudonym, count(a.id) AS answered FROM students s "
                      "LEFT JOIN attempts a ON a.student_id = s.id GROUP BY s.id ORDER BY s.name"):
        progress = module_progress(db, student_id=s["id"])
        s["mastery"] = {m["slug"]: m["score"] for m in progress}
        s["started"] = {m["slug"] for m in progress if m["answered"]}
        out.append(s)
    return out


def module_averages(db: Database, students: list[dict] | None = None) -> list[dict]:
    """Every module in lesson order: slug, title, questions, students (who answered any), average (0..1 or None)."""
    students = student_mastery(db) if students is None else students
    out = []
    for m in module_progress(db, student_id=None):
        scores = [s["mastery"][m["slug"]] for s in students if m["slug"] in s["started"]]
        out.append({"slug": m["slug"], "title": m["title"], "questions": m["total"], "students": len(scores),
                    "average": sum(scores) / len(scores) if scores else None})
    return out


def _cell(value) -> str:
    """A share as a percentage; formulas are defused by csv_text."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value * 100:.0f}%"
    return str(value)


def table_rows(db: Database, table: str) -> tuple[list[str], list[list]]:
    """(header, rows) of one results table as the CSV file and the dashboard show it."""
    if table == "questions":
        header = ["question", "prompt", "modules", "attempts", "students", "correct", "most common wrong answer",
                  "times given", "deleted"]
        rows = [[r["slug"], r["prompt"], r["modules"], r["attempts"], r["students"], r["correct_share"],
                 r["wrong_answer"], r["wrong_count"], "yes" if r["deleted"] else ""] for r in question_results(db)]
    elif table == "students":
        modules = module_progress(db, student_id=None)
        header = ["student", "pseudonym", "answers", *[m["title"] for m in modules]]
        # A module the student never started shows empty, not 0 %.
        rows = [[s["name"], s["pseudonym"], s["answered"],
                 *[s["mastery"][m["slug"]] if m["slug"] in s["started"] else None for m in modules]]
                for s in student_mastery(db)]
    elif table == "modules":
        header = ["module", "title", "questions", "students", "class average"]
        rows = [[m["slug"], m["title"], m["questions"], m["students"], m["average"]] for m in module_averages(db)]
    else:
        raise ValueError(f"unknown results table '{table}' (use one of {', '.join(TABLES)})")
    return header, rows


def write_csv(db: Database, path: str | Path, table: str) -> int:
    """Write one results table as CSV (RFC 4180, UTF-8 with a BOM so spreadsheet apps read accents, every cell
    guarded against formulas, header included); return rows written."""
    from db.interchange.spreadsheet import csv_text

    header, rows = table_rows(db, table)
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        handle.write(csv_text(header, ([_cell(v) for v in row] for row in rows)))
    return len(rows)
