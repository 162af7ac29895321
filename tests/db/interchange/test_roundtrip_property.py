"""Property: any question text survives GIFT and Moodle XML export and import unchanged, specials included."""

from __future__ import annotations

import xml.etree.ElementTree as ET  # noqa: N817 - serialising our own export

from hypothesis import given, settings
from hypothesis import strategies as st

from db.interchange.gift import parse_gift, question_to_gift
from db.interchange.moodle_xml import parse_moodle, question_to_xml

# Plain text as a teacher types it: any printable characters, GIFT's specials and HTML's included,
# single spaces, no leading or trailing space. Two limits of GIFT itself (no escape exists for them):
# an answer may not start with "%" (a weight) and a prompt may not start with "[" (a text format).
CHARS = st.characters(blacklist_categories=("Cs", "Cc", "Co", "Zl", "Zp", "Zs"), max_codepoint=0x2FFF)
WORD = st.text(CHARS | st.sampled_from(list("~=#{}:\\<>&%;/-")), min_size=1, max_size=8)
TEXT = st.lists(WORD, min_size=1, max_size=6).map(" ".join)
ANSWER = TEXT.filter(lambda t: not t.startswith("%") and "->" not in t)
PROMPT = TEXT.filter(lambda t: not t.startswith("["))


@st.composite
def questions(draw):
    kind = draw(st.sampled_from(["single_choice", "multiple_select", "true_false", "short_answer", "numeric_year",
                                 "match"]))
    q = {"id": "q-gen", "type": kind, "prompt": draw(PROMPT), "explanation": draw(st.just("") | TEXT)}
    if kind in ("single_choice", "multiple_select"):
        options = draw(st.lists(ANSWER, min_size=2, max_size=5, unique_by=str.casefold))
        q["options"] = options
        if kind == "single_choice":
            q["correct"] = [draw(st.integers(0, len(options) - 1))]
        else:
            q["correct"] = sorted(draw(st.sets(st.integers(0, len(options) - 1), min_size=1)))
    elif kind == "true_false":
        q["answer"] = draw(st.booleans())
    elif kind == "short_answer":
        q["answers"] = draw(st.lists(ANSWER, min_size=1, max_size=3))
    elif kind == "numeric_year":
        q["answer"], q["tolerance"] = draw(st.integers(1000, 2999)), draw(st.integers(0, 20))
    else:
        q["pairs"] = [[a, b] for a, b in draw(st.lists(st.tuples(ANSWER, ANSWER), min_size=2, max_size=4))]
    return q


def _same(parsed: dict, q: dict) -> None:
    for key, value in q.items():
        assert parsed.get(key, "" if key == "explanation" else None) == value, (key, parsed.get(key), value)


@settings(max_examples=300, deadline=None)
@given(questions())
def test_gift_round_trip(q):
    parsed = parse_gift(question_to_gift(q) + "\n", "gen.gift")
    assert not parsed.problems, parsed.problems
    _same(parsed.questions[0].item, q)


@settings(max_examples=300, deadline=None)
@given(questions())
def test_moodle_round_trip(q):
    quiz = ET.Element("quiz")
    quiz.append(question_to_xml(q))
    parsed = parse_moodle(ET.tostring(quiz, encoding="utf-8"), "gen.xml")
    assert not parsed.problems, parsed.problems
    _same(parsed.questions[0].item, q)
