"""Teaching rules: each is shown to fire on a bad example, to stay quiet on a good one, and to reach `db check`."""

from __future__ import annotations

import pytest

from db.check import check_database
from db.content import get_item, save_items
from db.queries import stats
from db.teaching_rules import RULES, item_findings, teaching_findings

SRC = [{"source": "diplomat-2024", "locator": "¶8"}]


def _q(qid: str, **fields) -> tuple[str, dict]:
    base = {"id": qid, "type": "true_false", "prompt": f"Statement {qid}.", "answer": True,
            "explanation": "Because the sources say so.", "sources": SRC, "claims": [], "events": []}
    return "question", {**base, **fields}


def _rules(db) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in teaching_findings(db):
        out.setdefault(f.rule, []).append(f.item)
    return out


def test_the_small_content_breaks_no_rule(min_db):
    assert teaching_findings(min_db) == []


def test_answer_text_in_the_prompt(min_db):
    save_items(min_db, [
        _q("q-gives-away", type="single_choice", prompt="Vladimir Putin visited Pyongyang in 2024. Who visited?",
           options=["Vladimir Putin", "Xi Jinping"], correct=[0]),
        _q("q-short-given", type="short_answer", prompt="Which capital did Putin visit (Pyongyang)?",
           answers=["Pyongyang"]),
        _q("q-year-given", type="numeric_year", prompt="The treaty of 1961: in which year was it signed?", answer=1961),
        _q("q-fine", type="single_choice", prompt="Who visited Pyongyang in 2024?", options=["Vladimir Putin", "Xi"],
           correct=[0]),
    ])
    assert sorted(_rules(min_db)["answer-in-prompt"]) == ["q-gives-away", "q-short-given", "q-year-given"]


def test_true_false_balance_per_module_and_across_openings(min_db):
    items = [_q(f"q-tf-{i}", answer=True) for i in range(4)]
    items.append(("module", {"id": "m-all-true", "title": "All true", "questions": [i["id"] for _, i in items]}))
    items += [_q(f"q-acc-{i}", prompt=f"According to the article, thing {i} happened.", answer=True) for i in range(3)]
    save_items(min_db, items)
    found = [f for f in teaching_findings(min_db) if f.rule == "true-false-balance"]
    assert [(f.kind, f.item) for f in found] == [("question", "q-acc-0"), ("module", "m-all-true")]
    assert "4 of its 4 true/false questions are true" in found[1].message
    assert "according to the article" in found[0].message
    save_items(min_db, [_q("q-acc-1", prompt="According to the article, thing 1 happened.", answer=False),
                        _q("q-tf-0", answer=False)])
    assert "true-false-balance" not in _rules(min_db), "one false answer in four is balance enough"


def test_a_tolerance_that_contradicts_the_prompt(min_db):
    save_items(min_db, [_q("q-loose", type="place_on_timeline", prompt="Place the visit on the timeline, to the month.",
                           answer="2024-06", tolerance=1)])
    assert _rules(min_db)["tolerance-and-prompt"] == ["q-loose"]


def test_the_same_fact_asked_twice_in_a_module(min_db):
    save_items(min_db, [
        _q("q-year", type="numeric_year", prompt="In which year did it happen?", answer=2024,
           events=["putin-visit-2024"]),
        _q("q-month", type="place_on_timeline", prompt="Place it on the timeline.", answer="2024-06",
           events=["putin-visit-2024"]),
        _q("q-other-date", type="numeric_year", prompt="In which year?", answer=1961, events=["treaty-1961"]),
        ("module", {"id": "m-twice", "title": "Twice", "questions": ["q-year", "q-other-date", "q-month"]}),
    ])
    found = [f for f in teaching_findings(min_db) if f.rule == "same-fact-twice"]
    assert [(f.item, f.message) for f in found] == [
        ("m-twice", "'q-year' and 'q-month' both ask the date of 'putin-visit-2024'")]


def test_a_question_without_explanation_or_with_only_an_import_placeholder_source(min_db):
    save_items(min_db, [
        ("source", {"id": "import-x", "kind": "external", "title": "Imported questions: x.gift",
                    "note": "Questions imported from the GIFT file x.gift on 2026-12-01; check them."}),
        _q("q-bare", explanation=""),
        _q("q-imported", sources=[{"source": "import-x"}]),
    ])
    rules = _rules(min_db)
    assert rules["no-explanation"] == ["q-bare"] and rules["no-source"] == ["q-imported"]


def test_a_claim_not_confirmed_needs_a_note(min_db):
    claim = get_item(min_db, "claim", "c01-putin-visit")
    save_items(min_db, [("claim", {**claim, "status": "incorrect", "note": ""})])
    assert _rules(min_db)["status-without-note"] == ["c01-putin-visit"]
    save_items(min_db, [("claim", {**claim, "status": "incorrect", "note": "Reports say otherwise."})])
    assert "status-without-note" not in _rules(min_db)


@pytest.mark.parametrize("url, syndicated, fires", [
    ("https://menafn.com/story", False, True),
    ("https://www.msn.com/en-us/news/x", False, True),
    ("https://menafn.com/story", True, False),
    ("https://en.yna.co.kr/view/1", False, False),
    ("https://notmenafn.com/x", False, False),
])
def test_a_source_on_an_aggregator_must_be_marked_syndicated(min_db, url, syndicated, fires):
    source = {"id": "copy", "kind": "external", "title": "A report", "url": url}
    if syndicated:
        source.update(syndicated=True, original_outlet="Yonhap")
    save_items(min_db, [("source", source)])
    assert ("copy" in _rules(min_db).get("aggregator-not-syndicated", [])) is fires


def test_every_rule_has_a_test_above():
    tested = {"answer-in-prompt", "true-false-balance", "tolerance-and-prompt", "same-fact-twice", "no-explanation",
              "no-source", "status-without-note", "aggregator-not-syndicated"}
    assert set(RULES) == tested


def test_check_reports_teaching_findings_as_lines(min_db):
    save_items(min_db, [_q("q-bare", explanation="")])
    assert check_database(min_db) == [
        "question 'q-bare'.explanation: no explanation: say why the answer is right, after answering [no-explanation]"]


def test_the_editor_sees_findings_for_the_item_it_edits(min_db):
    unsaved = dict(_q("q-new", type="place_on_timeline", prompt="Place it, to the month.", answer="2024",
                      explanation="")[1])
    rules = {rule for rule, _field, _msg in item_findings(min_db, "question", unsaved)}
    assert rules == {"tolerance-and-prompt", "no-explanation"}
    claim = {**get_item(min_db, "claim", "c01-putin-visit"), "status": "forecast", "note": ""}
    assert [r for r, _f, _m in item_findings(min_db, "claim", claim)] == ["status-without-note"]


def test_stats_count_questions_by_purpose(min_db):
    save_items(min_db, [_q("q-why", purpose="reasoning"), _q("q-capital", purpose="perspective")])
    counts = stats(min_db)["questions_by_purpose"]
    assert counts == {"recall": counts["recall"], "reasoning": 1, "perspective": 1, "source": 0}
    assert counts["recall"] == stats(min_db)["questions"] - 2
