"""A quiz never asks, right after a question, one about the same claim or event (its feedback gave the answer)."""

from __future__ import annotations

import datetime as dt

from db import learning
from db.content import list_items, save_items
from db.question_spacing import CLAIM_COST, clashes, order_cost, question_facts, spaced_order

T0 = dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)


def _facts(**links: str) -> dict[str, frozenset[str]]:
    return {q: frozenset(f.split()) for q, f in links.items()}


def test_questions_on_the_same_claim_are_moved_apart_keeping_the_lesson_order_otherwise():
    facts = _facts(a="claim:c1 event:e1", b="claim:c1", c="event:e2", d="event:e3")
    order = spaced_order(["a", "b", "c", "d"], facts)
    assert clashes(order, facts) == [] and sorted(order) == ["a", "b", "c", "d"]
    assert order[0] == "a", "the lesson still opens with its first question"
    assert spaced_order(["a", "c", "b", "d"], facts) == ["a", "c", "b", "d"], "an order without clashes is kept"


def test_shared_claims_are_avoided_before_shared_events_when_not_everything_can_be_spaced():
    facts = _facts(a="event:summit claim:c1", b="event:summit claim:c1", c="event:summit", d="event:other")
    order = spaced_order(["a", "b", "c", "d"], facts)
    assert order_cost(order, facts) < CLAIM_COST, order
    one_event = _facts(a="event:e", b="event:e", c="event:e")
    assert spaced_order(["a", "b", "c"], one_event) == ["a", "b", "c"], "nothing to gain: the lesson order stays"


def test_a_module_session_is_stored_spaced(min_db):
    base = {"type": "true_false", "explanation": "Because.", "sources": [{"source": "diplomat-2024"}], "events": []}
    questions = [
        {**base, "id": "q-claim-1", "prompt": "Putin's trip was rare.", "answer": True, "claims": ["c01-putin-visit"]},
        {**base, "id": "q-claim-2", "prompt": "Putin travels abroad often.", "answer": False,
         "claims": ["c01-putin-visit"]},
        {**base, "id": "q-other", "prompt": "The treaty dates from 1961.", "answer": True, "claims": [],
         "events": ["treaty-1961"]},
    ]
    save_items(min_db, [("question", q) for q in questions] + [("module", {
        "id": "m-spaced", "title": "Spaced", "questions": [q["id"] for q in questions]})])
    (student,) = learning.create_student(min_db, name="Ana", now=T0)["students"]
    (session,) = learning.start_session(min_db, student_id=student, module="m-spaced", now=T0)["sessions"]
    assert learning.session_info(min_db, session)["questions"] == ["q-claim-1", "q-other", "q-claim-2"]


def test_no_shipped_module_asks_a_claim_twice_in_a_row(full_db):
    for module in list_items(full_db, "module"):
        slugs = learning.module_question_slugs(full_db, module["id"])
        facts = question_facts(full_db, slugs)
        order = spaced_order(slugs, facts)
        assert sorted(order) == sorted(slugs)
        assert order_cost(order, facts) < CLAIM_COST, f"{module['id']}: {clashes(order, facts)}"
