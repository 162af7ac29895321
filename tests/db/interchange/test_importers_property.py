"""Property: every importer, fed generated input, either imports cleanly or refuses with a
TrilemmaError that has a message; a refused file leaves the database exactly as it was."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.errors import TrilemmaError
from db.interchange import import_file
from db.interchange.pack import import_pack

from .helpers import dump

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

GIFT_TOKENS = st.sampled_from([
    "::", "::t1::", "{", "}", "=", "~", "#", "####", "%50%", "%-100%", "->", "\\", "\\{", "\\}", "\\:", "\\n",
    "T", "FALSE", "#1961", ":1", "..", "1960", "x", " ", "\n", "\n\n", "// c\n", "$CATEGORY: a/b\n", "[html]",
    "<b>", "</b>", "<script>", "&amp;", "Pyongyang", "é", "中",
])
XML_TOKENS = st.sampled_from([
    "<quiz>", "</quiz>", '<question type="multichoice">', '<question type="truefalse">', '<question type="numerical">',
    '<question type="matching">', '<question type="category">', "</question>", "<questiontext>", "</questiontext>",
    "<text>", "</text>", '<answer fraction="100">', '<answer fraction="0">', "</answer>", "<single>false</single>",
    "<subquestion>", "</subquestion>", "<tolerance>1</tolerance>", "1961", "true", "false", "abc", "&lt;b&gt;",
    "<![CDATA[<p>x</p>]]>", '<!DOCTYPE q [<!ENTITY e "x">]>', "&e;", " ", "\n", "<name><text>n</text></name>",
])


def _check(db, run):
    before = dump(db)
    try:
        run()
    except TrilemmaError as exc:
        assert str(exc).strip(), "an error without a message"
        assert dump(db) == before, "a refused import changed the database"


@SETTINGS
@given(st.lists(GIFT_TOKENS | st.text(max_size=8), max_size=40).map("".join))
def test_gift_importer_never_crashes(min_db, tmp_path, text):
    path = tmp_path / "gen.gift"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    _check(min_db, lambda: import_file(min_db, path, "gift"))


@SETTINGS
@given(st.lists(XML_TOKENS | st.text(max_size=6), max_size=40).map("".join))
def test_moodle_importer_never_crashes(min_db, tmp_path, text):
    path = tmp_path / "gen.xml"
    path.write_bytes(text.encode("utf-8", errors="surrogatepass"))
    _check(min_db, lambda: import_file(min_db, path, "moodle"))


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=10),
                    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4),
                    max_leaves=12)
KINDS = st.sampled_from(["actor", "theme", "source", "event", "question", "module", "student"])
ITEM = st.fixed_dictionaries({"id": st.sampled_from(["china", "new-x", "q-low-year", "Bad Id", "m-basics"])},
                             optional={"name": st.text(max_size=6), "title": st.text(max_size=6),
                                       "type": st.sampled_from(["true_false", "numeric_year", "essay"]),
                                       "answer": JSON, "start": st.sampled_from(["2017", "2017-13", "x"]),
                                       "sources": JSON, "questions": JSON, "actors": JSON})


@pytest.mark.filterwarnings("ignore:Duplicate name")
@SETTINGS
@given(manifest=st.fixed_dictionaries({"format": st.sampled_from(["trilemma-pack", "other"]),
                                       "format_version": st.sampled_from([1, 2, 0, "1", True])},
                                      optional={"counts": JSON, "title": JSON}),
       content=st.dictionaries(KINDS, st.lists(ITEM, max_size=3), max_size=3) | JSON,
       names=st.lists(st.sampled_from(["manifest.json", "content.json", "../x.json", "extra.txt"]), min_size=0,
                      max_size=3, unique=True),
       cut=st.integers(min_value=0, max_value=400))
def test_pack_importer_never_crashes(min_db, tmp_path, manifest, content, names, cut):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        zf.writestr("content.json", json.dumps(content))
        for name in names:
            zf.writestr(name, "{}")
    data = buffer.getvalue()
    path = tmp_path / "gen.zip"
    path.write_bytes(data if cut == 0 else data[:-cut])
    _check(min_db, lambda: import_pack(min_db, path))
