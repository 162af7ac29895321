"""Moodle XML: hand-written files import with the right types; round trips; entity tricks refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.content import get_item, list_items
from db.interchange import import_file, preview_file
from db.interchange.common import FormatError
from db.interchange.moodle_xml import write_moodle
from db.interchange.questions import SUPPORTED_TYPES, TYPE_FIELDS

from .helpers import add_attempt, dump, empty_db

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "moodle"


def _essence(q: dict) -> dict:
    keep = ("id", "type", "prompt", "explanation", *TYPE_FIELDS[q["type"]])
    return {k: q[k] for k in keep if k in q and q[k] not in (None, [])}


def test_hand_written_file_imports_with_the_right_types(min_db):
    preview = preview_file(min_db, FIXTURES / "hand_written.xml", "moodle")
    assert preview.counts()["question"]["added"] == 6
    assert any("'essay'" in n and "hand_written.xml line" in n for n in preview.notes)
    import_file(min_db, FIXTURES / "hand_written.xml", "moodle")
    q = {i["id"]: i for i in list_items(min_db, "question")}
    city = q["q-summit-city"]
    assert city["prompt"] == "Where did the June 2024 summit take place?"
    assert (city["type"], city["correct"], city["explanation"]) == ("single_choice", [0], "Putin flew to Pyongyang.")
    assert city["feedback"] == ["Right.", ""]
    assert (q["q-signatories"]["type"], q["q-signatories"]["correct"]) == ("multiple_select", [0, 1])
    assert (q["tf-china"]["answer"], q["tf-china"]["feedback"]) == (False, ["It did not.", "Correct."])
    assert q["q-visitor"]["answers"] == ["Vladimir Putin", "Putin"]
    assert (q["q-treaty-year"]["answer"], q["q-treaty-year"]["tolerance"]) == (1961, 1)
    assert q["q-capitals"]["pairs"][1] == ["Pyongyang", "North Korea"]
    assert get_item(min_db, "module", "m-the-triangle")["questions"][0] == "q-summit-city"


def test_round_trip_into_an_empty_database_keeps_every_supported_question(quiz_db, tmp_path):
    path = tmp_path / "out.xml"
    write_moodle(quiz_db, path)
    target = empty_db(tmp_path)
    import_file(target, path, "moodle")
    got = {q["id"]: q for q in list_items(target, "question")}
    supported = [q for q in list_items(quiz_db, "question") if q["type"] in SUPPORTED_TYPES]
    assert len(supported) >= 7
    for q in supported:
        assert _essence(got[q["id"]]) == _essence(q), q["id"]
    assert get_item(target, "module", "m-every-type")["questions"] == get_item(quiz_db, "module", "m-every-type")["questions"]
    assert not preview_file(quiz_db, path, "moodle").changes_anything()


def test_round_trip_of_text_that_looks_like_markup(quiz_db, tmp_path):
    q = get_item(quiz_db, "question", "q-sc")
    q["prompt"] = "Is 3 < 5 & 7 > 2 in <this> line?\nSecond line."
    from db.content import save_item
    save_item(quiz_db, kind="question", item=q)
    path = tmp_path / "out.xml"
    write_moodle(quiz_db, path, module="m-every-type")
    target = empty_db(tmp_path)
    import_file(target, path, "moodle")
    assert get_item(target, "question", "q-sc")["prompt"] == q["prompt"]


def test_import_updates_by_id_and_keeps_attempts(quiz_db, tmp_path):
    attempt = add_attempt(quiz_db, "q-tf")
    path = tmp_path / "out.xml"
    write_moodle(quiz_db, path)
    path.write_text(path.read_text(encoding="utf-8").replace("It did not.", "No: it did not."), encoding="utf-8")
    assert preview_file(quiz_db, path, "moodle").updated == {"question": ["q-tf"]}
    import_file(quiz_db, path, "moodle")
    assert get_item(quiz_db, "question", "q-tf")["explanation"] == "No: it did not."
    assert quiz_db.execute("SELECT question_id FROM attempts WHERE id = ?", [attempt]).fetchone()[0] == \
        quiz_db.execute("SELECT id FROM questions WHERE slug = 'q-tf'").fetchone()[0]


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<quiz><question type="shortanswer"><questiontext><text>&lol4;</text></questiontext>
<answer fraction="100"><text>x</text></answer></question></quiz>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<quiz><question type="shortanswer"><questiontext><text>&secret;</text></questiontext>
<answer fraction="100"><text>x</text></answer></question></quiz>"""


@pytest.mark.parametrize(("data", "needles"), [
    (BILLION_LAUGHS, ["DTD", "line 2", "entity"]),
    (XXE, ["DTD", "line 2"]),
    (b"<quiz><question type='truefalse'>", ["not well-formed XML", "line 1, column"]),
    (b"<html><body/></html>", ["not <quiz>"]),
    (b"<quiz>\n<question type='numerical'><questiontext><text>Year?</text></questiontext>\n"
     b"<answer fraction='100'><text>about 1961</text></answer></question></quiz>",
     ["line 2 (question 1)", "'about 1961' is not a number"]),
    (b"<quiz><question type='multichoice'><questiontext format='html'><text>&lt;script&gt;x&lt;/script&gt;</text>"
     b"</questiontext><answer fraction='100'><text>a</text></answer><answer fraction='0'><text>b</text></answer>"
     b"</question></quiz>", ["question 1", "no text"]),  # the script is removed: nothing is left
])
def test_hostile_and_broken_files_are_refused_with_the_place(min_db, tmp_path, data, needles):
    path = tmp_path / "bad.xml"
    path.write_bytes(data)
    before = dump(min_db)
    with pytest.raises(FormatError) as info:
        import_file(min_db, path, "moodle")
    for needle in needles:
        assert needle in str(info.value), str(info.value)
    assert "root:" not in str(info.value)
    assert dump(min_db) == before


def test_round_trip_of_the_real_content(full_db, tmp_path):
    path = tmp_path / "all.xml"
    summary = write_moodle(full_db, path)
    target = empty_db(tmp_path)
    import_file(target, path, "moodle")
    got = {q["id"]: q for q in list_items(target, "question")}
    supported = [q for q in list_items(full_db, "question") if q["type"] in SUPPORTED_TYPES]
    assert summary["questions"] == len(supported) > 50
    for q in supported:
        assert _essence(got[q["id"]]) == _essence(q), q["id"]
    assert len(summary["skipped"]) == len(list_items(full_db, "question")) - len(supported)
    from db.check import check_database
    assert check_database(target, teaching=False) == [], "the imported database breaks a content rule"
