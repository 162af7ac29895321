"""xAPI: statements per answer, an outbox kept until a REAL record store (Ralph on 127.0.0.1) takes them."""

from __future__ import annotations

import json
import time
import urllib.request

import pytest
from lrs_support import PASSWORD, USER, RalphServer, free_port

from db.errors import ValidationError
from db.interchange.lrs import outbox_status, queue_new_attempts, save_lrs_settings, send_pending
from db.interchange.results import ANSWERED, results_csv, statements

from .helpers import add_attempt


@pytest.fixture
def ralph(tmp_path):
    server = RalphServer(tmp_path / "ralph", free_port())
    yield server
    server.stop()


def test_statement_shape(quiz_db):
    add_attempt(quiz_db, "q-sc", correct=True)
    add_attempt(quiz_db, "q-tf", correct=False)
    quiz_db.execute("INSERT INTO settings (key, value) VALUES ('school.home_page', 'https://school.example/9b')")
    quiz_db.conn.commit()
    first, second = statements(quiz_db)
    assert first["verb"]["id"] == ANSWERED == "http://adlnet.gov/expapi/verbs/answered"
    assert first["actor"] == {"objectType": "Agent", "account": {"homePage": "https://school.example/9b",
                                                                  "name": "p-7f3a9c"}}
    assert "Ada" not in json.dumps(first), "the student's name must never leave the machine in a statement"
    assert first["object"]["id"] == "https://trilemma.example/activities/questions/q-sc"
    assert first["result"]["success"] is True
    assert first["result"]["score"] == {"scaled": 1.0, "raw": 1.0, "min": 0, "max": 1}
    assert second["result"]["success"] is False and second["result"]["score"]["scaled"] == 0.0
    assert first["timestamp"] == "2026-11-20T10:15:00Z"
    assert first["id"] != second["id"] and statements(quiz_db)[0]["id"] == first["id"], "ids must be stable"


def test_csv_has_a_row_per_answer_and_defuses_formulas(quiz_db):
    add_attempt(quiz_db, "q-sc", name="=HYPERLINK(1)", pseudonym="p-1")
    lines = results_csv(quiz_db).splitlines()
    assert lines[0].startswith("student,pseudonym,question")
    assert lines[1].startswith("'=HYPERLINK(1),p-1,q-sc,single_choice,1,m-every-type,2026-11-20T10:15:00Z,yes,1.00")


def test_nothing_is_queued_or_sent_without_a_configured_store(quiz_db, monkeypatch):
    add_attempt(quiz_db, "q-sc")

    def no_network(*args, **kwargs):
        raise AssertionError("a network connection was opened without a configured record store")

    monkeypatch.setattr(urllib.request, "urlopen", no_network)
    assert queue_new_attempts(quiz_db).value == 0
    assert send_pending(quiz_db, force=True).value.skipped == "no record store is set up"
    assert quiz_db.execute("SELECT count(*) FROM xapi_outbox").fetchone()[0] == 0
    assert "nothing is sent" in outbox_status(quiz_db)["text"]


def test_settings_are_validated(quiz_db):
    with pytest.raises(ValidationError, match="endpoint: 'ftp://x' is not a web address"):
        save_lrs_settings(quiz_db, endpoint="ftp://x", key="k")


def test_statements_wait_while_the_store_is_down_and_arrive_when_it_is_up(quiz_db, ralph):
    for slug in ("q-sc", "q-tf", "q-ny"):
        add_attempt(quiz_db, slug)
    save_lrs_settings(quiz_db, endpoint=ralph.url, key=USER, secret=PASSWORD)

    down = send_pending(quiz_db).value  # nothing listens on the port yet
    assert down.sent == 0 and down.pending == 3 and "cannot be reached" in down.error
    status = outbox_status(quiz_db)
    assert status["pending"] == 3 and status["failures"] == 1 and "next try in 10 s" in status["text"]
    assert send_pending(quiz_db).value.skipped == "waiting before the next try"
    again = send_pending(quiz_db, now=time.time() + 11).value
    assert again.error and outbox_status(quiz_db)["failures"] == 2, "the wait must grow after another failure"

    ralph.start()
    up = send_pending(quiz_db, now=time.time() + 3600).value
    assert (up.sent, up.pending, up.error) == (3, 0, "")
    stored = ralph.statements()
    assert len(stored) == 3
    assert {s["verb"]["id"] for s in stored} == {"http://adlnet.gov/expapi/verbs/answered"}
    assert {s["actor"]["account"]["name"] for s in stored} == {"p-7f3a9c"}
    assert {s["object"]["id"].rsplit("/", 1)[1] for s in stored} == {"q-sc", "q-tf", "q-ny"}
    assert outbox_status(quiz_db)["failures"] == 0 and "All 3 statements delivered" in outbox_status(quiz_db)["text"]

    add_attempt(quiz_db, "q-ma")  # a new answer is queued and sent on the next round
    assert send_pending(quiz_db).value.sent == 1
    # A crash after the store took a statement but before we marked it: sending again must not duplicate it.
    quiz_db.execute("UPDATE xapi_outbox SET sent_at = NULL WHERE id = (SELECT min(id) FROM xapi_outbox)")
    quiz_db.conn.commit()
    assert send_pending(quiz_db).value.sent == 1
    assert len(ralph.statements()) == 4


def test_a_wrong_secret_is_reported_and_statements_are_kept(quiz_db, ralph):
    ralph.start()
    add_attempt(quiz_db, "q-sc")
    save_lrs_settings(quiz_db, endpoint=ralph.url, key=USER, secret="wrong")
    result = send_pending(quiz_db).value
    assert "refused the key and secret" in result.error and result.pending == 1
    assert ralph.statements() == []


def test_answers_given_in_a_real_quiz_become_statements_and_csv_rows(quiz_db):
    from db.learning import create_student, record_answer, session_info, start_session

    sid = next(iter(create_student(quiz_db, name="Bo")["students"]))
    session = next(iter(start_session(quiz_db, student_id=sid, module="m-every-type")["sessions"]))
    first = session_info(quiz_db, session)["current"]
    assert first == "q-sc"
    record_answer(quiz_db, student_id=sid, session_id=session, question_slug="q-sc", answer=1)  # wrong: Beijing
    second = session_info(quiz_db, session)["current"]
    record_answer(quiz_db, student_id=sid, session_id=session, question_slug=second, answer=[0, 1])
    pseudonym = quiz_db.execute("SELECT pseudonym FROM students WHERE id = ?", [sid]).fetchone()[0]
    stmts = statements(quiz_db)
    assert [s["object"]["id"].rsplit("/", 1)[1] for s in stmts] == ["q-sc", second]
    assert [s["result"]["success"] for s in stmts] == [False, True]
    assert {s["actor"]["account"]["name"] for s in stmts} == {pseudonym}
    assert stmts[0]["object"]["definition"]["interactionType"] == "choice"
    rows = results_csv(quiz_db, module="m-every-type").splitlines()
    assert len(rows) == 3 and rows[1].startswith(f"Bo,{pseudonym},q-sc,single_choice,1,m-every-type,")
    assert ",no,0.00,no," in rows[1]
