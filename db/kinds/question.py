"""Questions: eight types of quiz question, their answer data, and what they test (claims, events, sources)."""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING

from db.dates import PartialDate
from db.errors import ValidationError
from db.kinds.base import Kind, Pending, Problems, cite, grouped, ids_of, link_rows, refs, replace_links, sources, whole
from db.schema import QUESTION_PURPOSES

if TYPE_CHECKING:
    from db.connection import Database

QUESTION_TYPES = (
    "single_choice", "multiple_select", "true_false", "order", "match",
    "place_on_timeline", "short_answer", "numeric_year",
)
# The fields a question keeps in its `data` column (the rest have columns or link tables).
QUESTION_DATA_FIELDS = ("options", "correct", "answer", "tolerance", "items", "pairs", "answers", "feedback")


class Question(Kind):
    """A question: type, prompt, answer data, explanation; deleting one only hides it (answers keep history)."""

    name, table, required = "question", "questions", "prompt"
    hidden = "deleted_at IS NULL"
    text_fields = ("explanation",)
    refers = (("claims", "claim"), ("events", "event"), ("items", "event"), ("sources", "source"))
    unlinks = (("claims", "claim"), ("events", "event"))
    # An order question's events are answer data, not links: deleting one would leave the question invalid.
    blocks = (("items", "event", "the order question '{id}' lists it; take it out of that question first"),)

    def check(self, db: Database, item: dict, problems: Problems, pending: Pending) -> None:
        if item.get("type") not in QUESTION_TYPES:
            problems.append(("type", f"must be one of {', '.join(QUESTION_TYPES)}"))
        else:
            check_data(db, item, problems, pending)
            check_feedback(item, problems)
        if item.get("purpose", "recall") not in QUESTION_PURPOSES:
            problems.append(("purpose", f"must be one of {', '.join(QUESTION_PURPOSES)}"))
        refs(db, "claims", item.get("claims", []), "claims", problems, pending)
        refs(db, "events", item.get("events", []), "events", problems, pending)
        sources(db, item, problems, pending)

    def referred(self, item: dict) -> list[tuple[str, str]]:
        # Only an order question's `items` are events; another type's stray field names nothing.
        return super().referred(item if item.get("type") == "order" else {**item, "items": []})

    def row(self, db: Database, item: dict) -> dict:
        data = {k: item[k] for k in QUESTION_DATA_FIELDS if k in item}
        row = {"type": item["type"], "prompt": item["prompt"].strip(),
               "data": json.dumps(data, ensure_ascii=False, sort_keys=True),
               "explanation": item.get("explanation", ""), "generated": int(bool(item.get("generated"))),
               "purpose": item.get("purpose") or "recall", "deleted_at": None}
        existing = db.execute("SELECT type, prompt, data, explanation, version FROM questions WHERE slug = ?",
                              [item["id"]]).fetchone()
        if existing and tuple(existing[:4]) != (row["type"], row["prompt"], row["data"], row["explanation"]):
            row["version"] = existing[4] + 1  # attempts keep the version they answered
        return row

    def save_links(self, db: Database, rid: int, item: dict) -> bool:
        changed = link_rows(db, "question_claims", "question_id", rid, "claims", "claim_id", item.get("claims", []))
        changed |= link_rows(db, "question_events", "question_id", rid, "events", "event_id", item.get("events", []))
        cites = item.get("sources", [])
        ids = ids_of(db, "sources", [c["source"] for c in cites])
        return replace_links(db, "question_sources", "question_id", rid,
                             [{"question_id": rid, "source_id": ids[c["source"]], "locator": c.get("locator", "")}
                              for c in cites]) or changed

    def items(self, db: Database, rows: list[dict], ids: list[int] | None) -> list[dict]:
        claims = grouped(db, "SELECT qc.question_id, c.slug FROM question_claims qc JOIN claims c ON c.id = qc.claim_id",
                         "qc.question_id", ids, "c.slug")
        events = grouped(db, "SELECT qe.question_id, e.slug FROM question_events qe JOIN events e ON e.id = qe.event_id",
                         "qe.question_id", ids, "e.start, e.slug")
        cited = grouped(db, "SELECT qs.question_id, s.slug, qs.locator FROM question_sources qs "
                            "JOIN sources s ON s.id = qs.source_id", "qs.question_id", ids, "s.slug")
        out = []
        for r in rows:
            item = {"id": r["slug"], "type": r["type"], "prompt": r["prompt"], **json.loads(r["data"]),
                    "explanation": r["explanation"], "claims": claims.get(r["id"], []),
                    "events": events.get(r["id"], []),
                    "sources": [cite(s, loc) for s, loc in cited.get(r["id"], [])]}
            if r["purpose"] != "recall":
                item["purpose"] = r["purpose"]
            if r["generated"]:
                item["generated"] = True
            out.append(item)
        return out

    def delete(self, db: Database, rid: int) -> None:
        # Hidden, not removed: students' attempts and reviews keep pointing at it (modules let go of it first).
        db.execute("UPDATE questions SET deleted_at = datetime('now') WHERE id = ?", [rid])


def _choices(item: dict, problems: Problems) -> None:
    qtype, options, correct = item.get("type"), item.get("options"), item.get("correct")
    if not isinstance(options, list) or len(options) < 2 or not all(isinstance(o, str) and o.strip() for o in options):
        problems.append(("options", "give at least two non-empty options"))
        return
    if len({o.strip().casefold() for o in options}) != len(options):
        problems.append(("options", "two options have the same text"))
    if not isinstance(correct, list) or not all(isinstance(c, int) and not isinstance(c, bool) for c in correct):
        problems.append(("correct", "must list the numbers of the correct options"))
        return
    if any(c < 0 or c >= len(options) for c in correct):
        problems.append(("correct", "the correct answer is not among the options"))
    elif qtype == "single_choice" and len(set(correct)) != 1:
        problems.append(("correct", "one correct answer is expected" if correct else "no correct answer is marked"))
    elif qtype == "multiple_select" and not correct:
        problems.append(("correct", "mark at least one correct option"))


def check_data(db: Database, item: dict, problems: Problems, pending: Pending) -> None:
    """Check the answer data of a question of a known type."""
    qtype = item.get("type")
    tolerance = item.get("tolerance", 0)
    if qtype in ("single_choice", "multiple_select"):
        _choices(item, problems)
    elif qtype == "true_false":
        if not isinstance(item.get("answer"), bool):
            problems.append(("answer", "must be true or false"))
    elif qtype == "numeric_year":
        if not whole(item.get("answer"), 1000, 2999):
            problems.append(("answer", "must be a year, such as 2017"))
        if not whole(tolerance, 0, math.inf):
            problems.append(("tolerance", "must be a whole number of years, 0 or more"))
    elif qtype == "place_on_timeline":
        try:
            PartialDate.parse(str(item.get("answer", "")), "answer")
        except ValidationError as exc:
            problems.extend(exc.problems)
        if not whole(tolerance, 0, math.inf):
            problems.append(("tolerance", "must be a whole number of months, 0 or more"))
    elif qtype == "short_answer":
        answers = item.get("answers")
        if not isinstance(answers, list) or not answers or not all(isinstance(a, str) and a.strip() for a in answers):
            problems.append(("answers", "give at least one accepted answer"))
    elif qtype == "order":
        items = item.get("items")
        if not isinstance(items, list) or len(items) < 2 or not all(isinstance(i, str) for i in items):
            problems.append(("items", "give at least two events to put in order"))
        else:
            if len(set(items)) != len(items):
                problems.append(("items", "an event is listed twice"))
            refs(db, "events", items, "items", problems, pending, unique=False)
    elif qtype == "match":
        pairs = item.get("pairs")
        if not isinstance(pairs, list) or len(pairs) < 2 or not all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(s, str) and s.strip() for s in p) for p in pairs
        ):
            problems.append(("pairs", "give at least two pairs, each [left, right]"))
        elif len({p[0] for p in pairs}) != len(pairs) or len({p[1] for p in pairs}) != len(pairs):
            problems.append(("pairs", "each left and each right side must be different"))


def check_feedback(item: dict, problems: Problems) -> None:
    """Optional per-answer feedback (from GIFT / Moodle XML): one text per option or accepted answer."""
    feedback = item.get("feedback")
    if feedback is None:
        return
    if not isinstance(feedback, list) or not all(isinstance(f, str) for f in feedback):
        problems.append(("feedback", "must be a list of texts"))
        return
    expected = {"single_choice": "options", "multiple_select": "options", "short_answer": "answers"}.get(item.get("type"))
    if expected and isinstance(item.get(expected), list) and len(feedback) != len(item[expected]):
        problems.append(("feedback", f"give one text per entry of '{expected}' ({len(item[expected])})"))
    elif item.get("type") == "true_false" and len(feedback) != 2:
        problems.append(("feedback", "give two texts: for a wrong answer, then for a right one"))

