"""Moodle XML questions: export of the types GIFT carries, and import (read in moodle_xml_parse).

Categories become modules; a `<trilemma_links>` element, which Moodle ignores, carries Trilemma's
links so a round trip keeps them.
"""

from __future__ import annotations

import html
import json
import xml.etree.ElementTree as ET  # noqa: N817 - only to build the export, never to parse input
from pathlib import Path
from typing import TYPE_CHECKING

from db.interchange.moodle_xml_parse import MOODLE_TYPES, parse_moodle
from db.interchange.questions import (
    links_of,
    module_extra,
    questions_to_export,
    read_parsed,
)

if TYPE_CHECKING:
    from db.connection import Database

__all__ = ["MOODLE_TYPES", "export_moodle", "parse_moodle", "read_moodle", "write_moodle"]

# ---------------------------------------------------------------- export


def _html(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")


def _text(parent: ET.Element, tag: str, text: str, fmt: str | None = "html") -> ET.Element:
    """A formatted text element; HTML-escaped only where Moodle reads HTML (plain answers stay as written)."""
    el = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(el, "text").text = _html(text) if fmt in ("html", "moodle_auto_format") else text
    return el


def _answer(parent: ET.Element, fraction: float, text: str, feedback: str = "", fmt: str | None = "html") -> ET.Element:
    attrs = {"fraction": f"{fraction:.5f}".rstrip("0").rstrip(".")}
    if fmt:
        attrs["format"] = fmt
    el = ET.SubElement(parent, "answer", attrs)
    ET.SubElement(el, "text").text = _html(text) if fmt in ("html", "moodle_auto_format") else text
    _text(el, "feedback", feedback)
    return el


def question_to_xml(q: dict) -> ET.Element:
    """One question as a Moodle XML <question> element."""
    mtype = {"single_choice": "multichoice", "multiple_select": "multichoice", "true_false": "truefalse",
             "short_answer": "shortanswer", "numeric_year": "numerical", "match": "matching"}[q["type"]]
    el = ET.Element("question", {"type": mtype})
    name = ET.SubElement(el, "name")
    ET.SubElement(name, "text").text = q["id"]
    _text(el, "questiontext", q["prompt"])
    _text(el, "generalfeedback", q.get("explanation", ""))
    ET.SubElement(el, "defaultgrade").text = "1"
    ET.SubElement(el, "idnumber").text = q["id"]
    fb = q.get("feedback") or []

    def fb_at(i: int) -> str:
        return fb[i] if i < len(fb) else ""

    if q["type"] in ("single_choice", "multiple_select"):
        single = q["type"] == "single_choice"
        ET.SubElement(el, "single").text = "true" if single else "false"
        ET.SubElement(el, "shuffleanswers").text = "true"
        ET.SubElement(el, "answernumbering").text = "abc"
        # A wrong pick costs what a right one earns, as Trilemma grades multiple select (never below 0).
        share = 100 / len(q["correct"])
        for i, option in enumerate(q["options"]):
            right = i in q["correct"]
            _answer(el, (100 if single else share) if right else (0 if single else -share), option, fb_at(i))
    elif q["type"] == "true_false":
        right_fb, wrong_fb = fb_at(1), fb_at(0)
        _answer(el, 100 if q["answer"] else 0, "true", right_fb if q["answer"] else wrong_fb, fmt="moodle_auto_format")
        _answer(el, 0 if q["answer"] else 100, "false", wrong_fb if q["answer"] else right_fb, fmt="moodle_auto_format")
    elif q["type"] == "short_answer":
        ET.SubElement(el, "usecase").text = "0"
        for i, accepted in enumerate(q["answers"]):
            _answer(el, 100, accepted, fb_at(i), fmt="plain_text")
    elif q["type"] == "numeric_year":
        ans = _answer(el, 100, str(q["answer"]), fb_at(0), fmt="plain_text")
        ET.SubElement(ans, "tolerance").text = str(q.get("tolerance", 0))
    elif q["type"] == "match":
        ET.SubElement(el, "shuffleanswers").text = "true"
        for left, right in q["pairs"]:
            sub = _text(el, "subquestion", left)
            ans = ET.SubElement(sub, "answer")
            ET.SubElement(ans, "text").text = right  # Moodle keeps matching answers as plain text
    links = links_of(q)
    if links:
        ET.SubElement(el, "trilemma_links").text = json.dumps(links, ensure_ascii=False)
    return el


def export_moodle(db: Database, *, module: str | None = None, lang: str | None = None) -> tuple[bytes, dict]:
    """Moodle XML bytes for every supported question (or one module's), in `lang` where translated, and a summary."""
    groups, skipped = questions_to_export(db, module, lang)
    quiz = ET.Element("quiz")
    quiz.append(ET.Comment(" Questions exported from Trilemma; categories are Trilemma's modules. "))
    count = 0
    for mod, questions in groups:
        if mod is not None:
            cat = ET.SubElement(quiz, "question", {"type": "category"})
            c = ET.SubElement(cat, "category")
            ET.SubElement(c, "text").text = f"$course$/top/{mod['title'].replace('/', '//')}"
            _text(cat, "info", mod.get("summary", ""))
            ET.SubElement(cat, "idnumber").text = mod["id"]
            ET.SubElement(cat, "trilemma_links").text = json.dumps(module_extra(mod), ensure_ascii=False)
        for q in questions:
            quiz.append(question_to_xml(q))
            count += 1
    ET.indent(quiz)
    data = b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="utf-8") + b"\n"
    return data, {"questions": count, "skipped": skipped}


def write_moodle(db: Database, path: str | Path, *, module: str | None = None, lang: str | None = None) -> dict:
    """Write questions to a Moodle XML file (in `lang` where translated); return {questions, skipped}."""
    data, summary = export_moodle(db, module=module, lang=lang)
    Path(path).write_bytes(data)
    return summary


# ---------------------------------------------------------------- import


def read_moodle(db: Database, path: str | Path, *, skip_invalid: bool = False):
    """Parse a Moodle XML file into a batch, the per-question rows and notes; FormatError naming places otherwise."""
    path = Path(path)
    return read_parsed(db, parse_moodle(path.read_bytes(), path.name), path.name, "Moodle XML",
                       "no questions of a type Trilemma knows were found", skip_invalid=skip_invalid)
