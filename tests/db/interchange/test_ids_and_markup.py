"""Ids are checked as whole strings on every path; text that looks like markup is stored as written on every path
(GIFT [plain] and [markdown], Moodle XML plain text, category names, packs) and never read as HTML."""

from __future__ import annotations

import json
import zipfile

import pytest

from db.content import get_item, list_items, validate_item
from db.interchange import import_file
from db.interchange.common import FormatError
from db.interchange.pack import FORMAT_NAME

from .helpers import dump

NEWLINE_ID = "m-moscow-pyongyang\n"


@pytest.mark.parametrize("slug", [NEWLINE_ID, "m-moscow-pyongyang\r", " m-x", "m-x ", "m-x\n\n"])
def test_an_id_followed_by_a_newline_is_not_an_id(min_db, slug):
    problems = validate_item(min_db, "module", {"id": slug, "title": "M", "questions": []})
    assert ("id", f"'{slug}' is not an identifier (lowercase letters, digits and '-')") in problems


def test_a_pack_with_such_an_id_is_refused_and_nothing_changes(min_db, tmp_path):
    path = tmp_path / "p.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": FORMAT_NAME, "format_version": 1,
                                                 "counts": {"module": 1}}))
        zf.writestr("content.json", json.dumps({"module": [{"id": NEWLINE_ID, "title": "M", "questions": []}]}))
    before = dump(min_db)
    with pytest.raises(FormatError, match="is not an identifier"):
        import_file(min_db, path)
    assert dump(min_db) == before


def test_gift_metadata_and_xml_idnumbers_with_a_newline_never_become_ids(min_db, tmp_path):
    gift = tmp_path / "m.gift"
    gift.write_text('// [trilemma] {"module": "m-moscow-pyongyang\\n"}\n$CATEGORY: Moscow\n\n::q-a:: Which? {T}\n',
                    encoding="utf-8")
    with pytest.raises(FormatError, match="m.gift line 1: Trilemma's metadata: 'module' must be an id"):
        import_file(min_db, gift)
    xml = tmp_path / "m.xml"
    xml.write_bytes(b"<quiz><question type='category'><category><text>$course$/top/Moscow</text></category>"
                    b"<idnumber>m-moscow\n</idnumber></question><question type='truefalse'><name><text>q-b</text>"
                    b"</name><questiontext><text>Which?</text></questiontext><answer fraction='100'><text>true</text>"
                    b"</answer><answer fraction='0'><text>false</text></answer></question></quiz>")
    import_file(min_db, xml)
    assert all("\n" not in m["id"] for m in list_items(min_db, "module"))


def test_markup_in_plain_text_and_category_names_is_stored_as_written_on_every_path(min_db, tmp_path):
    gift = tmp_path / "plain.gift"
    gift.write_text("$CATEGORY: $course$/top/<b>Bold<//b> module\n\n"  # "//" is a "/" in a category name
                    "::q-plain::[plain]Is <b>this</b> bold? {TRUE#[plain]No, <i>that</i> is.}\n\n"
                    "::q-md::[markdown]Is <script>alert(1)</script> run? {FALSE}\n", encoding="utf-8")
    import_file(min_db, gift)
    assert get_item(min_db, "question", "q-plain")["prompt"] == "Is <b>this</b> bold?"
    assert get_item(min_db, "question", "q-plain")["feedback"] == ["No, <i>that</i> is.", ""]  # [if wrong, if right]
    assert get_item(min_db, "question", "q-md")["prompt"] == "Is <script>alert(1)</script> run?"
    assert "<b>Bold</b> module" in {m["title"] for m in list_items(min_db, "module")}
    xml = tmp_path / "plain.xml"
    xml.write_bytes(b"<quiz><question type='category'><category><text>$course$/top/&lt;i&gt;Week&lt;//i&gt;</text>"
                    b"</category></question><question type='truefalse'><name><text>q-xml-plain</text></name>"
                    b"<questiontext format='plain_text'><text>Is &lt;b&gt;this&lt;/b&gt; bold?</text></questiontext>"
                    b"<answer fraction='100'><text>true</text></answer><answer fraction='0'><text>false</text>"
                    b"</answer></question></quiz>")
    import_file(min_db, xml)
    assert get_item(min_db, "question", "q-xml-plain")["prompt"] == "Is <b>this</b> bold?"
    assert "<i>Week</i>" in {m["title"] for m in list_items(min_db, "module")}
