"""The shipped questions and modules: the issue's floors, every claim covered, and answers students can trust."""

from __future__ import annotations

import re
from collections import Counter

from db.content import QUESTION_TYPES, list_items
from db.dates import PartialDate, span
from db.queries import stats

ARTICLE = "diplomat-2024"


def _questions(db) -> dict[str, dict]:
    return {q["id"]: q for q in list_items(db, "question")}


def test_counts_meet_the_floors(full_db):
    counts = stats(full_db)
    assert counts["questions"] >= 90
    assert counts["modules"] >= 6
    assert set(counts["question_types"]) == set(QUESTION_TYPES)
    for qtype, n in counts["question_types"].items():
        assert n >= 5, f"only {n} {qtype} questions"


def test_every_claim_is_tested_by_some_question(full_db):
    claims = {c["id"] for c in list_items(full_db, "claim")}
    linked = {c for q in _questions(full_db).values() for c in q["claims"]}
    assert claims - linked == set(), "claims no question tests"


def test_contested_claims_are_asked_as_the_article_tells_them(full_db):
    """For every contested or outdated claim, some question asks what the article says and its explanation adds more."""
    questions = _questions(full_db).values()
    for claim in list_items(full_db, "claim"):
        if claim["status"] not in ("contested", "outdated"):
            continue
        asking = [q for q in questions if claim["id"] in q["claims"] and re.search(r"\barticle\b", q["prompt"], re.I)]
        assert asking, f"{claim['id']}: no question asks what the article says"


def test_every_module_is_a_non_empty_lesson_and_every_question_is_in_one(full_db):
    modules = list_items(full_db, "module")
    questions = _questions(full_db)
    placed = Counter(q for m in modules for q in m["questions"])
    for module in modules:
        assert len(module["questions"]) >= 10, module["id"]
        assert module["summary"].strip(), module["id"]
        types = {questions[q]["type"] for q in module["questions"]}
        assert len(types) >= 5, f"{module['id']} uses only {types}"
    assert set(questions) - set(placed) == set(), "questions in no module"
    assert [q for q, n in placed.items() if n > 1] == [], "questions in two modules"


def test_every_question_has_an_explanation_sources_and_events(full_db):
    for q in _questions(full_db).values():
        assert len(q["explanation"].strip()) >= 40, f"{q['id']}: explanation too thin"
        assert q["sources"], f"{q['id']} has no source"
        if not q.get("generated"):
            cites = {c["source"]: c.get("locator", "") for c in q["sources"]}
            assert ARTICLE in cites, f"{q['id']} does not cite the article"
            for para in re.findall(r"\d+", cites[ARTICLE]):
                assert 8 <= int(para) <= 28, f"{q['id']}: ¶{para} is not a paragraph of the article's body"
            assert re.fullmatch(r"¶\d+(, ¶\d+)*", cites[ARTICLE]), f"{q['id']}: locator '{cites[ARTICLE]}'"


def test_choices_are_distinct_and_well_formed(full_db):
    for q in _questions(full_db).values():
        if q["type"] in ("single_choice", "multiple_select"):
            options = [re.sub(r"\W+", " ", o).strip().casefold() for o in q["options"]]
            assert len(set(options)) == len(options), f"{q['id']}: two options say the same"
            assert len(q["options"]) >= 3, f"{q['id']}: too few options"
            if q["type"] == "multiple_select":
                assert len(q["correct"]) < len(q["options"]), f"{q['id']}: every option is right"
        if q["type"] == "match":
            assert len(q["pairs"]) >= 3, q["id"]
        if q["type"] == "short_answer":
            assert all(a.strip() for a in q["answers"]), q["id"]


def test_dated_answers_agree_with_the_events_they_link(full_db):
    events = {e["id"]: e for e in list_items(full_db, "event")}
    for q in _questions(full_db).values():
        linked = [span(events[e]["start"], events[e].get("end")) for e in q["events"]]
        if q["type"] == "numeric_year":
            assert any(int(a) <= q["answer"] < b + 1 for a, b in linked), f"{q['id']}: {q['answer']} matches no event"
        if q["type"] == "place_on_timeline":
            date = PartialDate.parse(q["answer"])
            lo, hi = date.start_value(), date.end_value()
            assert any(lo < b and a < hi for a, b in linked), f"{q['id']}: {q['answer']} matches no linked event"


def test_order_questions_can_be_answered(full_db):
    """Items are in date order and no two overlap, so there is exactly one right order."""
    events = {e["id"]: e for e in list_items(full_db, "event")}
    for q in _questions(full_db).values():
        if q["type"] != "order":
            continue
        spans = [span(events[e]["start"], events[e].get("end")) for e in q["items"]]
        assert len(spans) >= 3, q["id"]
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert end <= start, f"{q['id']}: two items overlap or are out of order"
        assert set(q["items"]) <= set(q["events"]), f"{q['id']}: items missing from its events"


def test_the_right_option_is_not_always_in_the_same_place(full_db):
    """Options are shown as written, so a pattern in where the answer sits would give it away."""
    places = Counter(q["correct"][0] for q in _questions(full_db).values() if q["type"] == "single_choice")
    total = sum(places.values())
    assert max(places.values()) <= total * 0.4, places
    assert len(places) >= 3, places


def test_the_right_option_does_not_stand_out_by_length(full_db):
    """A right answer much longer than the wrong ones is a giveaway."""
    for q in _questions(full_db).values():
        if q["type"] != "single_choice":
            continue
        right = len(q["options"][q["correct"][0]])
        wrong = [len(o) for i, o in enumerate(q["options"]) if i not in q["correct"]]
        assert right <= 1.8 * sum(wrong) / len(wrong), f"{q['id']}: the right option is much longer than the others"


def test_true_false_questions_are_balanced(full_db):
    answers = Counter(q["answer"] for q in _questions(full_db).values() if q["type"] == "true_false")
    assert min(answers[True], answers[False]) >= 0.35 * sum(answers.values()), answers


def test_generated_questions_are_marked_and_reviewed(full_db):
    for q in _questions(full_db).values():
        assert q["id"].startswith("gen-") == bool(q.get("generated")), q["id"]
