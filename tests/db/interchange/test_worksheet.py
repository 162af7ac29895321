"""Paper: worksheets, answer keys and timeline handouts render as PDFs with the right text on them."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from db.content import get_item, save_item
from db.errors import TrilemmaError
from db.interchange.worksheet import _printed_options, write_handout, write_worksheet


def _text(path) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_worksheet_has_every_question_and_no_answers(full_db, tmp_path):
    module = get_item(full_db, "module", "m-moscow-pyongyang")
    out = write_worksheet(full_db, tmp_path / "ws.pdf", module=module["id"])
    assert out["questions"] == len(module["questions"]) > 10 and out["pages"] >= 2
    text = " ".join(_text(tmp_path / "ws.pdf").split())
    assert (tmp_path / "ws.pdf").read_bytes().startswith(b"%PDF")
    for n, qid in enumerate(module["questions"], start=1):
        prompt = get_item(full_db, "question", qid)["prompt"]
        assert f"{n}. {' '.join(prompt.split()[:4])}" in text, qid
    assert "Answer:" not in text and "Name:" in text
    first = get_item(full_db, "question", module["questions"][0])
    if first.get("explanation"):
        assert " ".join(first["explanation"].split()[:6]) not in text, "the worksheet gives the answer away"


def test_answer_key_gives_answers_and_sources(quiz_db, tmp_path):
    write_worksheet(quiz_db, tmp_path / "key.pdf", module="m-every-type", answer_key=True)
    text = " ".join(_text(tmp_path / "key.pdf").split())
    letter = {q: {o: "ABCD"[i] for i, o in enumerate(_printed_options(get_item(quiz_db, "question", q)))}
              for q in ("q-sc", "q-ms")}
    assert f"Answer: {letter['q-sc']['Pyongyang']}. Pyongyang" in text
    picks = sorted(("Russia", "North Korea"), key=lambda o: letter["q-ms"][o])
    assert f"Answer: {letter['q-ms'][picks[0]]}. {picks[0]}; {letter['q-ms'][picks[1]]}. {picks[1]}" in text
    assert "Answer: False" in text and "Answer: Vladimir Putin / Putin" in text
    assert "Answer: 1961 (accept 1960–1962)" in text
    assert "Sources:" in text and "¶8" in text


def test_answer_key_names_the_status_of_each_claim_a_question_tests(min_db, tmp_path):
    claim = get_item(min_db, "claim", "c01-putin-visit")
    save_item(min_db, kind="claim", item=dict(claim, status="forecast", note="Not yet."))
    slug = min_db.execute("SELECT q.slug FROM question_claims qc JOIN questions q ON q.id = qc.question_id").fetchone()[0]
    save_item(min_db, kind="module", item={"id": "m-one", "title": "One", "questions": [slug]})
    write_worksheet(min_db, tmp_path / "key.pdf", module="m-one", answer_key=True)
    text = " ".join(_text(tmp_path / "key.pdf").split())
    assert "The article (¶8): Putin made a rare trip abroad. — Forecast: A prediction, not yet a fact." in text
    write_worksheet(min_db, tmp_path / "ws.pdf", module="m-one")
    assert "Forecast" not in _text(tmp_path / "ws.pdf"), "the students' sheet does not give the verdict away"


def test_printed_choices_are_shuffled_so_the_first_is_not_always_right(full_db):
    from db.content import list_items

    choice = [q for q in list_items(full_db, "question") if q["type"] == "single_choice"]
    first_right = sum(1 for q in choice if _printed_options(q)[0] == q["options"][q["correct"][0]])
    assert len(choice) > 20 and first_right / len(choice) < 0.5


def test_handout_lists_the_period_only(full_db, tmp_path):
    out = write_handout(full_db, tmp_path / "h.pdf", start=2017, end=2019)
    text = " ".join(_text(tmp_path / "h.pdf").split())
    assert out["events"] > 3 and "2017–2019" in text
    from db.queries import event_rows
    inside = [e for e in event_rows(full_db) if "2017" <= e["start"][:4] <= "2019"]
    outside = [e for e in event_rows(full_db) if e["start"][:4] >= "2023" and len(e["title"]) > 25]
    assert inside and outside
    assert all(" ".join(e["title"].split()[:5]) in text for e in inside)
    assert not any(e["title"] in text for e in outside), "an event outside the period was printed"
    with pytest.raises(TrilemmaError, match="comes after"):
        write_handout(full_db, tmp_path / "x.pdf", start=2020, end=2010)


def test_unknown_module_is_named(full_db, tmp_path):
    with pytest.raises(TrilemmaError, match="no module with id 'm-nope'"):
        write_worksheet(full_db, tmp_path / "x.pdf", module="m-nope")


def test_timeline_strip_numbers_never_overlap_and_stay_on_the_page(full_db):
    from db.interchange.paper_font import latin_fonts
    from db.interchange.worksheet import _TimelineStrip
    from db.queries import eras, event_rows

    strip = _TimelineStrip(1950, 2025, eras(full_db), event_rows(full_db), 500.0, latin_fonts()[0])
    assert 1 <= len(strip.label_rows) <= _TimelineStrip.MAX_LABEL_LANES
    for lane in strip.label_rows:
        for (x1, _, w1), (x2, _, w2) in zip(lane, lane[1:], strict=False):
            assert x1 + w1 / 2 < x2 - w2 / 2, "two numbers overlap"
        assert all(w / 2 <= x <= 500 - w / 2 for x, _, w in lane)
    for lane in strip.era_rows:
        assert all(a[1] <= b[0] for a, b in zip(lane, lane[1:], strict=False)), "two eras overlap in one row"


def test_a_text_too_long_for_a_page_is_a_plain_error(min_db, tmp_path):
    from db.content import save_item
    event = get_item(min_db, "event", "low-point-2017")
    event["summary"] = "word " * 9000
    save_item(min_db, kind="event", item=event)
    with pytest.raises(TrilemmaError, match="too long to fit on one page") as info:
        write_handout(min_db, tmp_path / "h.pdf")
    assert "Flowable" not in str(info.value), "reportlab's internals must not reach the teacher"
