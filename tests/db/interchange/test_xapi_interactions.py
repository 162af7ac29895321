"""xAPI statements carry interaction activities (type, choices / source / target, correct pattern) and the
response in xAPI's format, with the quiz session as the registration; valid for Ralph and stored by a real Ralph."""

from __future__ import annotations

import uuid

import pytest
from lrs_support import PASSWORD, USER, RalphServer, free_port
from ralph.models.xapi.base.statements import BaseXapiStatement

from db.interchange.lrs import queue_new_attempts, save_lrs_settings, send_pending
from db.interchange.results import statements
from db.learning import create_student, question_for_display, record_answer, session_info, start_session

# An answer for each type, as a student gives it (some right, some wrong).
PATTERN = {"choice", "true-false", "sequencing", "matching", "fill-in", "numeric", "other"}


def _answer(q: dict):
    kind = q["type"]
    if kind == "single_choice":
        return q["correct"][0]
    if kind == "multiple_select":
        return [q["correct"][0], next(i for i in range(len(q["options"])) if i not in q["correct"])]
    if kind == "true_false":
        return not q["answer"]
    if kind == "order":
        return list(reversed(q["items"]))
    if kind == "match":
        lefts, rights = [p[0] for p in q["pairs"]], [p[1] for p in q["pairs"]]
        return dict(zip(lefts, rights[1:] + rights[:1], strict=True))
    if kind == "place_on_timeline":
        return q["answer"]
    if kind == "short_answer":
        return q["answers"][0].upper()
    return q["answer"] + 1  # numeric_year


def _quiz(db, name: str, module: str) -> tuple[int, dict]:
    """A student answers a whole module; returns the session id and {question id: (question, answer)}."""
    sid = next(iter(create_student(db, name=name)["students"]))
    session = next(iter(start_session(db, student_id=sid, module=module)["sessions"]))
    given = {}
    while (current := session_info(db, session)["current"]) is not None:
        q = question_for_display(db, current)
        given[current] = (q, _answer(q))
        record_answer(db, student_id=sid, session_id=session, question_slug=current, answer=given[current][1])
    return session, given


@pytest.fixture
def answered(min_db):
    first, given = _quiz(min_db, "Ana", "m-all-types")
    second, _ = _quiz(min_db, "Ben", "m-all-types")
    return min_db, first, second, given


def test_every_type_has_its_interaction_definition_and_response(answered):
    db, _, _, given = answered
    by_question = {}
    for s in statements(db):
        by_question.setdefault(s["object"]["id"].rsplit("/", 1)[1], s)
    assert {q["type"] for q, _ in given.values()} >= {"single_choice", "multiple_select", "true_false", "order",
                                                        "match", "short_answer", "numeric_year"}
    for slug, (q, answer) in given.items():
        d, response = by_question[slug]["object"]["definition"], by_question[slug]["result"]["response"]
        kind = q["type"]
        if kind in ("single_choice", "multiple_select"):
            assert d["interactionType"] == "choice"
            assert [c["description"]["en"] for c in d["choices"]] == q["options"]
            assert d["correctResponsesPattern"] == ["[,]".join(map(str, sorted(q["correct"])))]
            picks = [answer] if isinstance(answer, int) else answer
            assert response == "[,]".join(map(str, sorted(picks)))
        elif kind == "true_false":
            assert (d["interactionType"], d["correctResponsesPattern"]) == (
                "true-false", ["true" if q["answer"] else "false"])
            assert response == ("true" if answer else "false")
        elif kind == "order":
            assert d["interactionType"] == "sequencing" and [c["id"] for c in d["choices"]] == q["items"]
            assert d["correctResponsesPattern"] == ["[,]".join(q["items"])] and response == "[,]".join(answer)
        elif kind == "match":
            assert d["interactionType"] == "matching"
            source = {c["description"]["en"]: c["id"] for c in d["source"]}
            target = {c["description"]["en"]: c["id"] for c in d["target"]}
            assert d["correctResponsesPattern"] == ["[,]".join(f"{source[a]}[.]{target[b]}" for a, b in q["pairs"])]
            assert response == "[,]".join(f"{source[a]}[.]{target[b]}" for a, b in answer.items())
        elif kind == "short_answer":
            assert d["interactionType"] == "fill-in" and response == answer
            assert d["correctResponsesPattern"] == [f"{{case_matters=false}}{a}" for a in q["answers"]]
        elif kind == "numeric_year":
            tol = q.get("tolerance", 0)
            assert d["interactionType"] == "numeric" and response == str(answer)
            assert d["correctResponsesPattern"] == [f"{q['answer'] - tol}[:]{q['answer'] + tol}" if tol
                                                    else str(q["answer"])]
        assert d["interactionType"] in PATTERN


def test_the_registration_is_the_quiz_session(answered):
    db, first, second, given = answered
    stmts = statements(db)
    registrations = {s["context"]["registration"] for s in stmts}
    assert len(registrations) == 2 and all(uuid.UUID(r).version == 5 for r in registrations)
    per_student = {}
    for s in stmts:
        per_student.setdefault(s["actor"]["account"]["name"], set()).add(s["context"]["registration"])
    assert sorted(len(v) for v in per_student.values()) == [1, 1]
    assert statements(db)[0]["context"]["registration"] == stmts[0]["context"]["registration"], "stable"


def test_statements_are_valid_for_ralphs_models_and_a_real_ralph_stores_them(answered, tmp_path):
    db, _, _, given = answered
    stmts = statements(db)
    for s in stmts:
        BaseXapiStatement.model_validate(s)  # raises on anything Ralph's xAPI models refuse
    server = RalphServer(tmp_path / "ralph", free_port())
    try:
        server.start()
        save_lrs_settings(db, endpoint=server.url, key=USER, secret=PASSWORD)
        queue_new_attempts(db)
        result = send_pending(db, force=True).value
        assert (result.sent, result.error) == (len(stmts), "")
        stored = {s["id"]: s for s in server.statements()}
    finally:
        server.stop()
    assert set(stored) == {s["id"] for s in stmts}
    for s in stmts:
        kept = stored[s["id"]]
        assert kept["object"]["definition"] == s["object"]["definition"]
        assert kept["result"]["response"] == s["result"]["response"]
        assert kept["context"]["registration"] == s["context"]["registration"]
