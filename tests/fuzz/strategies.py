"""Hypothesis strategies for the fuzzers: plausible inputs bent in every direction, and plain junk."""

from __future__ import annotations

import io
import json
import math
import zipfile

from hypothesis import strategies as st

from db.content import KIND_ORDER, QUESTION_TYPES

# Identifiers that exist in tests/fixtures/content_min, so references sometimes resolve.
ACTORS = ["china", "north-korea", "russia"]
THEMES = ["summitry"]
SOURCES = ["diplomat-2024"]
EVENTS = ["treaty-1961", "low-point-2017", "putin-visit-2024"]
SLUGS = ACTORS + THEMES + SOURCES + EVENTS + ["new-item", "q-new", "m-new", "x"]
MARKUP = ["<b>bold</b>", "<script>alert(1)</script>", '<img src="http://example.org/x.png">', "&amp;&lt;",
          "<a href='javascript:alert(1)'>x</a>", "]]>", "<![CDATA[x]]>", "\x00", "\u202erlt", "👍🏽", "中国", "조선",
          "Россия", "'; DROP TABLE events; --", "%s%n", "{{x}}", "\\", "\r\n", " ", "", "\t"]
DATES = ["1961", "1961-07", "1961-07-11", "2024-13", "2024-02-30", "2023-02-29", "0000", "-500", "1961-7-1",
         "", "9999-12-31", "1961-07-11T10:00", "19610711", "1e3", " 1961", "2024-00", "1991-12"]
BIG_INTS = [0, -1, 1, 5, 6, 2**31, 2**63 - 1, 2**63, -(2**63) - 1, 2**70, 10**30]
FIELDS = ["name", "title", "text", "prompt", "summary", "note", "explanation", "short", "color", "former_name",
          "renamed", "published", "url", "outlet", "start", "end", "kind", "importance", "paragraph", "actors",
          "themes", "sources", "events", "claims", "a", "b", "strength", "direction", "label", "opened_by",
          "closed_by", "status", "type", "options", "correct", "answer", "tolerance", "items", "pairs", "answers",
          "questions", "order", "generated", "feedback"]

text = st.one_of(st.text(max_size=30), st.sampled_from(MARKUP), st.sampled_from(SLUGS))
scalar = st.one_of(st.none(), st.booleans(), st.integers(-5, 3000), st.sampled_from(BIG_INTS),
                   st.floats(allow_nan=True, allow_infinity=True), text, st.sampled_from(DATES))
junk = st.recursive(scalar, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4),
                    max_leaves=10)
cite = st.fixed_dictionaries({"source": st.sampled_from(SOURCES + ["missing"])},
                             optional={"locator": text})


def _plausible(field: str) -> st.SearchStrategy:
    """A value that fits the field's shape most of the time."""
    if field in ("actors",):
        return st.lists(st.sampled_from(ACTORS + ["nobody"]), max_size=4)
    if field in ("themes",):
        return st.lists(st.sampled_from(THEMES + ["nothing"]), max_size=3)
    if field in ("events", "items"):
        return st.lists(st.sampled_from(EVENTS + ["never"]), max_size=4)
    if field == "sources":
        return st.lists(cite, max_size=3)
    if field in ("a", "b"):
        return st.sampled_from(ACTORS + ["", "nobody"])
    if field in ("start", "end", "renamed", "published"):
        return st.sampled_from(DATES)
    if field in ("importance", "strength", "paragraph", "order", "tolerance"):
        return st.one_of(st.integers(-3, 8), st.sampled_from(BIG_INTS))
    if field == "type":
        return st.sampled_from([*QUESTION_TYPES, "essay"])
    if field == "options":
        return st.lists(text, max_size=5)
    if field == "correct":
        return st.lists(st.integers(-2, 6), max_size=4)
    if field == "answer":
        return st.one_of(st.booleans(), st.integers(900, 3100), st.sampled_from(DATES))
    if field == "pairs":
        return st.lists(st.lists(text, min_size=2, max_size=3), max_size=4)
    if field in ("answers", "questions", "feedback"):
        return st.lists(text, max_size=4)
    return text


CITE = [{"source": "diplomat-2024", "locator": "¶3"}]
VALID = {
    "actor": {"name": "New actor", "short": "NA", "color": "#123456", "order": 5, "summary": "s"},
    "theme": {"name": "New theme"},
    "source": {"kind": "external", "title": "T", "outlet": "O", "published": "2024-06", "url": "https://example.org"},
    "event": {"title": "E", "start": "2001-02", "kind": "context", "importance": 3, "actors": ["china"],
              "themes": ["summitry"], "summary": "s", "paragraph": 3, "sources": CITE},
    "era": {"name": "Era", "start": "1990", "end": "2000", "summary": "s", "sources": CITE},
    "relation": {"a": "china", "b": "russia", "kind": "partnership", "label": "l", "strength": 3, "direction": "",
                 "start": "2001", "opened_by": "treaty-1961", "summary": "s", "sources": CITE},
    "claim": {"paragraph": 2, "text": "t", "status": "contested", "note": "n", "events": ["treaty-1961"], "sources": CITE},
    "question": {"type": "single_choice", "prompt": "Pick", "options": ["a", "b", "c"], "correct": [1],
                 "explanation": "x", "events": ["treaty-1961"], "sources": CITE},
    "module": {"title": "M", "summary": "s", "order": 1, "questions": []},
}


@st.composite
def _bent(draw, kind: str) -> dict:
    """A valid item of a kind with a few fields changed, removed or added."""
    base = dict(VALID.get(kind, VALID["event"]))
    if kind == "question" and draw(st.booleans()):
        case = dict(draw(st.sampled_from(list(ANSWER_CASES.values()))))
        base = {**case, "sources": CITE}
    base["id"] = draw(st.sampled_from(SLUGS + ["fresh-one", "fresh-two"]))
    for _ in range(draw(st.integers(0, 3))):
        field = draw(st.sampled_from(FIELDS + list(base)))
        if draw(st.integers(0, 3)) == 0:
            base.pop(field, None)
        else:
            base[field] = draw(st.one_of(_plausible(field), _plausible(field), junk))
    return base


def item(kind: str) -> st.SearchStrategy:
    """An item of a kind: mostly a valid one bent a little; sometimes any fields at all."""
    optional = {f: st.one_of(_plausible(f), _plausible(f), junk) for f in FIELDS}
    loose = st.fixed_dictionaries({"id": st.one_of(st.sampled_from(SLUGS), text, junk)}, optional=optional)
    return st.one_of(_bent(kind), _bent(kind), _bent(kind), loose)


kind = st.one_of(st.sampled_from(KIND_ORDER), st.sampled_from(KIND_ORDER), text)
kind_item = kind.flatmap(lambda k: st.tuples(st.just(k), st.one_of(item(k if k in KIND_ORDER else "event"), junk)))


def form_inputs() -> st.SearchStrategy:
    """(kind, item) as an editor form would submit it."""
    return kind_item


def edit_inputs() -> st.SearchStrategy:
    """(saves, deletes) for the editor's apply_edit."""
    return st.tuples(st.lists(kind_item, max_size=3),
                     st.lists(st.tuples(kind, st.one_of(st.sampled_from(SLUGS), text)), max_size=2))


def text_inputs() -> st.SearchStrategy:
    """What a person can type into one field (and a few things they cannot)."""
    return st.one_of(st.text(max_size=80), st.sampled_from(MARKUP), junk)


# ---------------------------------------------------------------- quiz answers

ANSWER_CASES = {
    "q-single": {"type": "single_choice", "prompt": "Pick", "options": ["a", "b", "c"], "correct": [1]},
    "q-multi": {"type": "multiple_select", "prompt": "Pick some", "options": ["a", "b", "c"], "correct": [0, 2]},
    "q-tf": {"type": "true_false", "prompt": "True?", "answer": True},
    "q-order": {"type": "order", "prompt": "Order", "items": ["treaty-1961", "low-point-2017", "putin-visit-2024"]},
    "q-match": {"type": "match", "prompt": "Match", "pairs": [["China", "Beijing"], ["Russia", "Moscow"]]},
    "q-place": {"type": "place_on_timeline", "prompt": "When", "answer": "2017-06", "tolerance": 2},
    "q-short": {"type": "short_answer", "prompt": "Who", "answers": ["Kim", "Kim Jong Un"]},
    "q-year": {"type": "numeric_year", "prompt": "Year", "answer": 1961, "tolerance": 1},
}


def answer_inputs() -> st.SearchStrategy:
    """(question slug, answer) for record_answer: right shapes with odd values, and wrong shapes."""
    shaped = st.one_of(st.integers(-5, 5), st.lists(st.integers(-3, 5), max_size=4), st.booleans(),
                       st.lists(st.sampled_from(EVENTS + ["x"]), max_size=4),
                       st.dictionaries(st.sampled_from(["China", "Russia", "x"]), text, max_size=3),
                       st.sampled_from(DATES), text, st.sampled_from(BIG_INTS))
    return st.tuples(st.sampled_from(list(ANSWER_CASES)), st.one_of(shaped, junk))


# ---------------------------------------------------------------- files


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf") if math.isinf(value) else repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value if v is not None) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(str(k), ensure_ascii=False)} = {_toml_value(v)}"
                               for k, v in value.items() if v is not None) + "}"
    return '""'


def to_toml(sections: dict[str, list]) -> str:
    """Arrays of tables as TOML text (None values left out, as TOML has no null)."""
    out = []
    for name, entries in sections.items():
        for entry in entries:
            out.append(f"[[{json.dumps(name, ensure_ascii=False) if not name.isidentifier() else name}]]")
            if isinstance(entry, dict):
                out += [f"{json.dumps(str(k), ensure_ascii=False)} = {_toml_value(v)}"
                        for k, v in entry.items() if v is not None]
            out.append("")
    return "\n".join(out)


sections = st.dictionaries(kind, st.lists(st.one_of(item("event"), item("actor"), item("question"), junk), max_size=3),
                           max_size=4)


@st.composite
def _mutated(draw, base: st.SearchStrategy) -> bytes:
    """A well-formed file with a few bytes flipped, cut or inserted."""
    data = bytearray(draw(base))
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        op = draw(st.sampled_from(["flip", "cut", "insert"]))
        if op == "flip":
            data[at] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[at:]
        else:
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
    return bytes(data)


def toml_inputs() -> st.SearchStrategy:
    """Seed TOML files: generated sections, mutated ones, raw text and raw bytes."""
    good = sections.map(lambda s: to_toml(s).encode("utf-8", "surrogatepass"))
    return st.one_of(good, good, _mutated(good), st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
                     st.binary(max_size=200))


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, body in members.items():
            zf.writestr(name, body)
    return buffer.getvalue()


@st.composite
def _pack(draw) -> bytes:
    sections = st.sampled_from(KIND_ORDER).flatmap(lambda k: st.tuples(st.just(k), st.lists(item(k), max_size=3)))
    content = draw(st.lists(sections, max_size=4).map(dict) | st.dictionaries(kind, st.lists(junk, max_size=2),
                                                                              max_size=3) | junk)
    counts = {k: len(v) for k, v in content.items() if isinstance(v, list)} if isinstance(content, dict) else {}
    manifest = {"format": draw(st.sampled_from(["trilemma-pack", "trilemma-pack", "other"])),
                "format_version": draw(st.sampled_from([1, 1, 1, 2, "1", None])), "title": draw(text),
                "author": draw(text), "created": draw(st.sampled_from(["2026-11-28T10:00:00Z", *DATES])),
                "counts": draw(st.just(counts) | st.just(counts) | st.dictionaries(text, st.integers(-1, 5), max_size=3)
                               | junk)}
    if draw(st.integers(0, 5)) == 0:
        manifest = draw(junk)
    members = {"manifest.json": json.dumps(manifest).encode(), "content.json": json.dumps(content).encode()}
    extra = draw(st.sampled_from([None, None, None, None, "../evil.json", "/abs.json", "a/b.json", "manifest.json",
                                  "x" * 300]))
    if extra:
        members[extra] = b"{}"
    if draw(st.integers(0, 9)) == 0:
        members.pop(draw(st.sampled_from(sorted(members))), None)
    return _zip(members)


def pack_inputs() -> st.SearchStrategy:
    """Content pack files: generated zips, mutated zips, raw bytes."""
    return st.one_of(_pack(), _pack(), _mutated(_pack()), st.binary(max_size=300))


# Numbers that are not what they look like: not finite, too large, other notations (issue 18).
NUMERIC_EDGES = ["nan", "NaN", "-nan", "inf", "-inf", "Infinity", "1e400", "-1e400", "1e999", "1e308", "0x7b9",
                 "1_961", "١٩٦١", "1961.0000001", "9" * 40, "-0", "+1961", ".5", "1961e0", "", " ", "1e-400"]
numeric = st.one_of(st.sampled_from(NUMERIC_EDGES), st.integers(-10, 3000).map(str),
                    st.floats(allow_nan=True, allow_infinity=True).map(repr))
META_KEYS = ["claims", "events", "sources", "generated", "module", "summary", "order"]
_meta_value = {"claims": st.lists(st.sampled_from(["c-one", "m-moscow-pyongyang\n", "", "UPPER"]) | text, max_size=3),
               "events": st.lists(st.sampled_from(EVENTS + ["never"]), max_size=3),
               "sources": st.lists(cite | junk, max_size=2), "generated": st.booleans(),
               "module": st.sampled_from(["m-cat", "m-cat\n", "Week 1", ""]), "summary": text,
               "order": st.one_of(st.integers(-5, 5), st.sampled_from(BIG_INTS))}


@st.composite
def metadata(draw) -> str:
    """Trilemma's metadata as a file carries it: right keys with right or wrong types, deep nesting, NaN, junk."""
    choice = draw(st.integers(0, 9))
    if choice == 0:  # nested very deep, as raw JSON text
        depth = draw(st.integers(1, 4000))
        return draw(st.sampled_from(["[", '{"a":'])) * depth + "1" + draw(st.sampled_from(["]", "}"])) * depth
    if choice == 1:
        return draw(st.sampled_from(['{"order": NaN}', '{"order": Infinity}', '{"order": 1e400}', "{", "[]", "null",
                                     '{"claims": "c-one"}', '"text"']))
    value = {k: draw(st.one_of(_meta_value[k], _meta_value[k], junk))
             for k in draw(st.lists(st.sampled_from(META_KEYS), max_size=4, unique=True))}
    return json.dumps(value if choice > 2 else draw(junk), ensure_ascii=False)


idnumbers = st.sampled_from(["Week 1", "q-x", "q-x\n", "中文", ""]) | text
GIFT_NUMERIC = ["{{#{n}}}", "{{#1961:{n}}}", "{{#{n}..1970}}", "{{#=%{n}%1961#fb ~#other}}", "{{~%{n}%a ~%50%b}}",
                "{{#{n}:{n}}}", "{{=%{n}%Kim}}"]


GIFT_TOKENS = ["::", "::Title::", "{", "}", "=", "~", "#", "####", "->", "%50%", "%-100%", "%100%", "TRUE", "FALSE",
               "T", "F", "\n", "\n\n", "$CATEGORY: m-cat", "$CATEGORY:", "// comment", "// [trilemma] {\"events\": [1]}",
               "// [trilemma] {", "\\{", "\\=", "\\~", "\\#", "\\:", "\\n", "[html]", "[markdown]", "[plain]",
               "#1961:2", "#1961..1970", "#abc", ":", " ", "Which year?", "China", "Kim"] + MARKUP
GIFT_ANSWERS = ["{{={0} ~{1} ~{2}}}", "{{T}}", "{{FALSE}}", "{{={0} ={1}}}", "{{#1961:1}}", "{{#1960..1962}}",
                "{{#{3}}}", "{{={0} -> {1} ={2} -> {0}}}", "{{~%50%{0} ~%50%{1} ~%-100%{2}}}", "{{={0}#{1} ~{2}#{0}}}",
                "{{}}", "{{={0}}}", "{{~{0} ~{1}}}", "{{T#{0}#{1}}}", "{{={0} ~{1} ####{2}}}"]
words = st.one_of(st.sampled_from(["China", "Russia", "Kim", "1961", "Pyongyang", "a b", "x"]), text)


@st.composite
def _gift(draw) -> bytes:
    blocks = []
    if draw(st.booleans()):
        blocks.append(f"$CATEGORY: {draw(st.sampled_from(['m-cat', 'Module one', '', 'm-cat/sub']) | text)}")
    for _ in range(draw(st.integers(1, 4))):
        fills = [draw(words) for _ in range(3)] + [draw(st.integers(-10, 3000)).__str__()]
        title = draw(st.sampled_from(["", "::q-one:: ", "::Question two:: ", "::::", ":: :: "]) | text.map(
            lambda t: f"::{t}:: "))
        answer = draw(st.sampled_from(GIFT_ANSWERS)).format(*fills)
        prompt = draw(st.sampled_from(["Which one?", "[html]<p>Which <b>one</b>?</p>", "[markdown]*Which*?"]) | words)
        if draw(st.integers(0, 3)) == 0:  # a numeric edge value where a number belongs
            answer = draw(st.sampled_from(GIFT_NUMERIC)).format(n=draw(numeric))
        block = f"{title}{prompt} {answer}"
        if draw(st.integers(0, 3)) == 0:  # Trilemma's metadata comment, right or bent
            block = f"// [trilemma] {draw(metadata())}\n{block}"
        if draw(st.integers(0, 3)) == 0:  # a stray token somewhere
            at = draw(st.integers(0, len(block)))
            block = block[:at] + draw(st.sampled_from(GIFT_TOKENS)) + block[at:]
        blocks.append(block)
    return "\n\n".join(blocks).encode("utf-8", "surrogatepass")


def gift_inputs() -> st.SearchStrategy:
    """GIFT text: generated questions (bent a little), token soup, raw text and raw bytes."""
    tokens = st.lists(st.one_of(st.sampled_from(GIFT_TOKENS), st.text(max_size=10)), max_size=40).map("".join)
    return st.one_of(_gift(), _gift(), _gift(), tokens.map(lambda t: t.encode("utf-8", "surrogatepass")),
                     st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=200))


MOODLE_TYPES = ["multichoice", "truefalse", "shortanswer", "numerical", "matching", "ordering", "essay", "cloze",
                "category", "description", "ddwtos", ""]


CANONICAL = {
    "multichoice": '<answer fraction="100"><text>{0}</text></answer><answer fraction="0"><text>{1}-x</text></answer>'
                   "<single>true</single>",
    "truefalse": '<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>',
    "shortanswer": '<answer fraction="100"><text>{0}</text></answer>',
    "numerical": '<answer fraction="100"><text>1961</text><tolerance>1</tolerance></answer>',
    "matching": "<subquestion><text>{0}</text><answer><text>{1}</text></answer></subquestion>"
                "<subquestion><text>{0}-2</text><answer><text>{1}-2</text></answer></subquestion>",
}


def _x(value: str, raw: bool) -> str:
    return value if raw else value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


@st.composite
def _moodle(draw) -> bytes:
    raw = draw(st.integers(0, 7)) == 0  # now and then, text is put in unescaped
    parts = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>"]
    if draw(st.integers(0, 19)) == 0:
        parts.append('<!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>')
    parts.append("<quiz>")
    for _ in range(draw(st.integers(0, 3))):
        qtype = draw(st.sampled_from(MOODLE_TYPES[:5] * 3 + MOODLE_TYPES) | text)
        qtext = draw(st.sampled_from(["Which?", "<![CDATA[<p>Which <b>one</b>?</p>]]>", "&lt;p&gt;Which?&lt;/p&gt;"])
                     | words.map(lambda t: _x(t, raw)))
        body = [f"<name><text>{_x(draw(words), raw)}</text></name>",
                f"<questiontext format=\"{draw(st.sampled_from(['html', 'plain_text', 'moodle_auto_format', 'x']))}\">"
                f"<text>{qtext}</text></questiontext>",
                f"<generalfeedback><text>{_x(draw(words), raw)}</text></generalfeedback>"]
        for i in range(draw(st.integers(0, 4))):
            fraction = draw(st.sampled_from(["100", "0"] * 3 + ["50", "-100", "33.33333", "abc", "", "1e999", "nan"]))
            answer = draw(st.sampled_from(["true", "false", "1961", "China", "Russia"]) | words) if i else (
                draw(st.sampled_from(["true", "1961", "Kim"])))
            body.append(f"<answer fraction=\"{fraction}\"><text>{_x(answer, raw)}</text>"
                        f"<feedback><text>{_x(draw(words), raw)}</text></feedback>"
                        f"{draw(st.sampled_from(['', '<tolerance>1</tolerance>', '<tolerance>x</tolerance>']))}</answer>")
        for _ in range(draw(st.integers(0, 3)) if qtype == "matching" else 0):
            body.append(f"<subquestion><text>{_x(draw(words), raw)}</text><answer><text>{_x(draw(words), raw)}</text>"
                        "</answer></subquestion>")
        if draw(st.integers(0, 4)) == 0:  # a numeric edge value in a fraction, answer or tolerance
            edge = _x(draw(numeric), raw)
            body.append(draw(st.sampled_from([f'<answer fraction="{edge}"><text>1961</text></answer>',
                                              f'<answer fraction="100"><text>{edge}</text></answer>',
                                              f'<answer fraction="100"><text>1961</text><tolerance>{edge}</tolerance>'
                                              "</answer>"])))
        if draw(st.integers(0, 3)) == 0:  # Trilemma's links, right or bent
            body.append(f"<trilemma_links>{_x(draw(metadata()), False)}</trilemma_links>")
        if draw(st.integers(0, 9)) == 0:
            body.append(f"<idnumber>{_x(draw(idnumbers), raw)}</idnumber>")
        if qtype == "category":
            body = [f"<category><text>{_x(draw(words), raw)}</text></category>", *body[3:]]
        elif qtype in CANONICAL and draw(st.booleans()):  # a well-formed question with odd texts
            body = body[:2] + [CANONICAL[qtype].format(*(_x(draw(words), raw) for _ in range(2)))]
        single = draw(st.sampled_from(["", "<single>true</single>", "<single>false</single>", "<single>x</single>"]))
        parts.append(f"<question type=\"{_x(qtype, raw)}\">{''.join(body)}{single}</question>")
    parts.append("</quiz>")
    return "".join(parts).encode("utf-8", "surrogatepass")


def moodle_inputs() -> st.SearchStrategy:
    """Moodle XML: generated quizzes, mutated ones, raw text and raw bytes."""
    return st.one_of(_moodle(), _moodle(), _mutated(_moodle()), st.text(max_size=200).map(
        lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=200))
