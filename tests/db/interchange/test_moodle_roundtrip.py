"""Round trips GIFT → Trilemma → GIFT and XML → Trilemma → XML change nothing Moodle reads; exports grade
in Moodle as Trilemma grades; numbers and metadata that are not what they claim are refused with the place."""

from __future__ import annotations

import itertools
import json
import xml.etree.ElementTree as ET  # noqa: N817 - parsing our own export in a test
from pathlib import Path

import pytest

from db.content import get_item, list_items
from db.grading import grade
from db.interchange import import_file, preview_file
from db.interchange.common import FormatError
from db.interchange.gift import export_gift, parse_gift
from db.interchange.moodle_xml import export_moodle, parse_moodle

from .helpers import dump, empty_db

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
GIFT_FILES = ["format_markers", "numerical_feedback", "matching_distractor", "shortanswer_partial", "editor_markup",
              "untitled_scripts", "moodle_docs_style"]
XML_FILES = ["format_plain_markdown", "numerical_feedback", "matching_distractor", "shortanswer_partial",
             "editor_markup", "truefalse_languages", "categories", "hand_written"]
READ = ("type", "prompt", "explanation", "options", "correct", "feedback", "answer", "tolerance", "answers", "pairs")


def _read(parsed) -> list[dict]:
    """What Moodle reads of each question that Trilemma keeps: text, answers, credit, feedback, in file order."""
    return [{k: pq.item[k] for k in READ if pq.item.get(k) not in (None, [], "")} for pq in parsed.questions]


def _round(tmp_path, source: Path, suffix: str, export) -> tuple[str | bytes, str | bytes]:
    first = empty_db(tmp_path, "first.db")
    import_file(first, source)
    text1, _ = export(first)
    (tmp_path / "again").mkdir()
    again = tmp_path / "again" / source.name  # the same name: the questions cite the same imported file
    again.write_bytes(text1 if isinstance(text1, bytes) else text1.encode("utf-8"))
    second = empty_db(tmp_path, "second.db")
    import_file(second, again)
    text2, _ = export(second)
    return text1, text2


@pytest.mark.parametrize("name", GIFT_FILES)
def test_gift_round_trip_changes_nothing_moodle_reads(tmp_path, name):
    source = FIXTURES / "gift" / f"{name}.gift"
    text1, text2 = _round(tmp_path, source, ".gift", export_gift)
    assert text1 == text2
    original = _read(parse_gift(source.read_text(encoding="utf-8"), source.name))
    exported = _read(parse_gift(text1, "out.gift"))
    assert sorted(original, key=json.dumps) == sorted(exported, key=json.dumps)


@pytest.mark.parametrize("name", XML_FILES)
def test_xml_round_trip_changes_nothing_moodle_reads(tmp_path, name):
    source = FIXTURES / "moodle" / f"{name}.xml"
    text1, text2 = _round(tmp_path, source, ".xml", export_moodle)
    assert text1 == text2
    original = _read(parse_moodle(source.read_bytes(), source.name))
    exported = _read(parse_moodle(text1, "out.xml"))
    assert sorted(original, key=json.dumps) == sorted(exported, key=json.dumps)


def test_plain_text_answers_are_not_html_escaped(quiz_db):
    q = get_item(quiz_db, "question", "q-sa")
    q["answers"] = ["AT&T", "AT and T"]
    m = get_item(quiz_db, "question", "q-ma")
    m["pairs"][0][1] = "China & Co <Ltd>"
    from db.content import save_items

    save_items(quiz_db, [("question", q), ("question", m)])
    gift, _ = export_gift(quiz_db, module="m-every-type")
    assert "\t=AT&T" in gift and "-> China & Co <Ltd>" in gift
    root = ET.fromstring(export_moodle(quiz_db, module="m-every-type")[0])
    sa = next(e for e in root.iter("question") if e.findtext("name/text") == "q-sa")
    assert [a.findtext("text") for a in sa.findall("answer")] == ["AT&T", "AT and T"]
    ma = next(e for e in root.iter("question") if e.findtext("name/text") == "q-ma")
    assert ma.findall("subquestion")[0].findtext("answer/text") == "China & Co <Ltd>"


def test_multiple_select_exports_grade_in_moodle_as_in_trilemma(quiz_db):
    q = get_item(quiz_db, "question", "q-ms")
    gift, _ = export_gift(quiz_db, module="m-every-type")
    assert "~%-50%China" in gift and "~%50%Russia" in gift
    root = ET.fromstring(export_moodle(quiz_db, module="m-every-type")[0])
    ms = next(e for e in root.iter("question") if e.findtext("name/text") == "q-ms")
    fractions = [float(a.get("fraction")) for a in ms.findall("answer")]
    for n in range(len(q["options"]) + 1):
        for picks in itertools.combinations(range(len(q["options"])), n):
            moodle = min(1.0, max(0.0, sum(fractions[i] for i in picks) / 100))  # Moodle's multichoice sum
            assert moodle == pytest.approx(grade(q, list(picks)).score), picks


@pytest.mark.parametrize(("text", "needle"), [
    ("::q-a:: Year? {#nan}", "'nan' is not a finite number"),
    ("::q-a:: Year? {#1e400}", "'1e400' is not a finite number"),
    ("::q-a:: Year? {#2000:1e400}", "'1e400' is not a finite number"),
    ("::q-a:: Year? {#-inf..2000}", "'-inf' is not a finite number"),
    ("::q-a:: Which? {~%1e400%a ~%50%b}", "the weight '1e400'"),
    ('// [trilemma] {"claims": "treaty"}\n::q-a:: Which? {T}', "'claims' must be a list of ids"),
    ('// [trilemma] {"claims": ["x\\n"]}\n::q-a:: Which? {T}', "'claims' must be a list of ids"),
    ('// [trilemma] {"sources": [5]}\n::q-a:: Which? {T}', "'sources' must be a list"),
    ('// [trilemma] {"generated": "yes"}\n::q-a:: Which? {T}', "'generated' must be true or false"),
    ('// [trilemma] {"order": 1e400}\n$CATEGORY: Dates', "'order' must be a whole number"),
    ('// [trilemma] {"order": "2"}\n$CATEGORY: Dates', "'order' must be a whole number"),
    ('// [trilemma] {"module": "m-moscow-pyongyang\\n"}\n$CATEGORY: Dates', "'module' must be an id"),
    ('// [trilemma] {"summary": {"a": 1}}\n$CATEGORY: Dates', "'summary' must be text"),
    ('// [trilemma] {"claims": NaN}\n::q-a:: Which? {T}', "not valid JSON"),
    ('// [trilemma] [1, 2]\n::q-a:: Which? {T}', "must be a JSON object"),
    ("// [trilemma] " + "[" * 5000 + "]" * 5000 + "\n::q-a:: Which? {T}", "nested too deeply"),
    ('// [trilemma] {"claims": \n::q-a:: Which? {T}', "not valid JSON"),
])
def test_gift_numbers_and_metadata_are_refused_with_file_and_line(min_db, tmp_path, text, needle):
    path = tmp_path / "edge.gift"
    path.write_text("::q-ok:: Which? {T}\n\n" + text + "\n", encoding="utf-8")
    before = dump(min_db)
    with pytest.raises(FormatError) as info:
        import_file(min_db, path)
    assert "edge.gift line 3" in str(info.value) and needle in str(info.value), str(info.value)
    assert dump(min_db) == before


def _xml_question(inner: str, links: str = "") -> bytes:
    return ("<quiz>\n<question type='numerical'><name><text>q-a</text></name>"
            f"<questiontext><text>Year?</text></questiontext>{inner}{links}</question></quiz>").encode()


@pytest.mark.parametrize(("data", "needle"), [
    (_xml_question("<answer fraction='100'><text>1961</text><tolerance>1e999</tolerance></answer>"),
     "'1e999' is not a finite number"),
    (_xml_question("<answer fraction='100'><text>NaN</text></answer>"), "'NaN' is not a finite number"),
    (_xml_question("<answer fraction='nan'><text>1961</text></answer>"), "fraction 'nan' is not a finite number"),
    (_xml_question("<answer fraction='100'><text>1961</text></answer>", "<trilemma_links>{\"events\": 3}"
                   "</trilemma_links>"), "'events' must be a list of ids"),
    (_xml_question("<answer fraction='100'><text>1961</text></answer>",
                   "<trilemma_links>" + "{\"a\":" * 3000 + "1" + "}" * 3000 + "</trilemma_links>"),
     "nested too deeply"),
])
def test_xml_numbers_and_links_are_refused_with_file_and_place(min_db, tmp_path, data, needle):
    path = tmp_path / "edge.xml"
    path.write_bytes(data)
    before = dump(min_db)
    with pytest.raises(FormatError) as info:
        preview_file(min_db, path)
    assert "edge.xml line 2 (question 1)" in str(info.value) and needle in str(info.value), str(info.value)
    assert dump(min_db) == before
    assert not list_items(min_db, "question") or "q-a" not in {q["id"] for q in list_items(min_db, "question")}
