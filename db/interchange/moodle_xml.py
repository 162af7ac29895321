"""Moodle XML questions: import and export of the types GIFT carries, parsed with defusedxml.

The file is refused outright if it declares a DTD (no entity expansion, no external entities:
billion laughs and XXE never get a chance). Categories become modules; a `<trilemma_links>` element,
which Moodle ignores, carries Trilemma's links so a round trip keeps them.
"""

from __future__ import annotations

import bisect
import html
import json
import re
import xml.etree.ElementTree as ET  # noqa: N817 - only to build the export, never to parse input
from pathlib import Path

import defusedxml
import defusedxml.ElementTree as SafeET  # noqa: N812
from sqlite_utils import Database

from db.changes import Changes
from db.interchange.common import FormatError, ImportPreview, plain_text, slugify
from db.interchange.questions import (
    MAX_FILE_BYTES,
    IdPool,
    ParsedFile,
    ParsedModule,
    ParsedQuestion,
    apply_parsed,
    build_items,
    id_from_title,
    links_of,
    module_extra,
    preview_parsed,
    questions_to_export,
)

MOODLE_TYPES = {"multichoice", "truefalse", "shortanswer", "numerical", "matching"}


# ---------------------------------------------------------------- export


def _html(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")


def _text(parent: ET.Element, tag: str, text: str, fmt: str | None = "html") -> ET.Element:
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
        share = 100 / len(q["correct"])
        for i, option in enumerate(q["options"]):
            right = i in q["correct"]
            _answer(el, (100 if single else share) if right else (0 if single else -100), option, fb_at(i))
    elif q["type"] == "true_false":
        right_fb, wrong_fb = fb_at(1), fb_at(0)
        _answer(el, 100 if q["answer"] else 0, "true", right_fb if q["answer"] else wrong_fb, fmt="moodle_auto_format")
        _answer(el, 0 if q["answer"] else 100, "false", wrong_fb if q["answer"] else right_fb, fmt="moodle_auto_format")
    elif q["type"] == "short_answer":
        ET.SubElement(el, "usecase").text = "0"
        for i, accepted in enumerate(q["answers"]):
            _answer(el, 100, accepted, fb_at(i), fmt="moodle_auto_format")
    elif q["type"] == "numeric_year":
        ans = _answer(el, 100, str(q["answer"]), fb_at(0), fmt="moodle_auto_format")
        ET.SubElement(ans, "tolerance").text = str(q.get("tolerance", 0))
    elif q["type"] == "match":
        ET.SubElement(el, "shuffleanswers").text = "true"
        for left, right in q["pairs"]:
            sub = _text(el, "subquestion", left)
            ans = ET.SubElement(sub, "answer")
            ET.SubElement(ans, "text").text = _html(right)
    links = links_of(q)
    if links:
        ET.SubElement(el, "trilemma_links").text = json.dumps(links, ensure_ascii=False)
    return el


def export_moodle(db: Database, *, module: str | None = None) -> tuple[bytes, dict]:
    """Moodle XML bytes for every supported question (or one module's), and a summary."""
    groups, skipped = questions_to_export(db, module)
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


def write_moodle(db: Database, path: str | Path, *, module: str | None = None) -> dict:
    """Write questions to a Moodle XML file; return {questions, skipped}."""
    data, summary = export_moodle(db, module=module)
    Path(path).write_bytes(data)
    return summary


# ---------------------------------------------------------------- import


def _parse_xml(data: bytes, name: str) -> ET.Element:
    """The root element, parsed safely; FormatError naming the problem and place otherwise."""
    try:
        return SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DTDForbidden:
        raise FormatError("the file declares a DTD (<!DOCTYPE …>), which Moodle XML never needs; refused so no "
                          "entity can be expanded or fetched", f"{name} line {_line_of(data, b'<!DOCTYPE')}") from None
    except defusedxml.EntitiesForbidden:
        raise FormatError("the file declares entities; refused (entity expansion)", name) from None
    except defusedxml.ExternalReferenceForbidden:
        raise FormatError("the file refers to an external entity; refused", name) from None
    except ET.ParseError as exc:
        line, col = exc.position
        message = re.sub(r": line \d+, column \d+$", "", str(exc))
        raise FormatError(f"not well-formed XML ({message})", f"{name} line {line}, column {col + 1}") from None
    except (LookupError, ValueError) as exc:  # e.g. encoding="UHF-8" in the XML declaration
        raise FormatError(f"cannot be read as XML ({exc})", f"{name} line 1") from None


def _line_of(data: bytes, needle: bytes, nth: int = 0) -> int:
    pos = -1
    for _ in range(nth + 1):
        pos = data.find(needle, pos + 1)
        if pos < 0:
            return 1
    return data.count(b"\n", 0, pos) + 1


def _fmt_text(el: ET.Element | None, where: str, default_fmt: str = "html") -> str:
    if el is None:
        return ""
    fmt = el.get("format", default_fmt)
    text_el = el.find("text")
    raw = (text_el.text if text_el is not None else el.text) or ""
    return plain_text(raw, where, is_html=fmt in ("html", "moodle_auto_format"))


def _fraction(answer: ET.Element, where: str) -> float:
    value = answer.get("fraction", "0")
    try:
        return float(value)
    except ValueError:
        raise FormatError(f"the answer's fraction '{value}' is not a number", where) from None


def _whole(text: str, what: str, where: str) -> int:
    try:
        value = float(text)
    except ValueError:
        raise FormatError(f"the numeric {what} '{text}' is not a number", where) from None
    if value != int(value):
        raise FormatError(f"the numeric {what} {value:g} is not a whole number; Trilemma's number questions are years",
                          where)
    return int(value)


def _question_data(q: ET.Element, qtype: str, where: str) -> dict:
    answers = q.findall("answer")
    if qtype == "multichoice":
        single = (q.findtext("single") or "true").strip().lower() in ("true", "1")
        options, fractions, feedback = [], [], []
        for a in answers:
            options.append(_fmt_text(a, where))
            fractions.append(_fraction(a, where))
            feedback.append(_fmt_text(a.find("feedback"), where))
        if single:
            correct = [i for i, f in enumerate(fractions) if f >= 100]
            if len(correct) != 1:
                raise FormatError("a single-answer question needs exactly one answer with fraction 100", where)
            item = {"type": "single_choice", "options": options, "correct": correct}
        else:
            correct = [i for i, f in enumerate(fractions) if f > 0]
            if not correct:
                raise FormatError("no answer has a positive fraction", where)
            item = {"type": "multiple_select", "options": options, "correct": correct}
        if any(feedback):
            item["feedback"] = feedback
        return item
    if qtype == "truefalse":
        by_text = {_fmt_text(a, where).lower(): a for a in answers}
        if set(by_text) != {"true", "false"}:
            raise FormatError("a true/false question needs the answers 'true' and 'false'", where)
        answer = _fraction(by_text["true"], where) >= 100
        right, wrong = (by_text["true"], by_text["false"]) if answer else (by_text["false"], by_text["true"])
        fb = [_fmt_text(wrong.find("feedback"), where), _fmt_text(right.find("feedback"), where)]
        return {"type": "true_false", "answer": answer, **({"feedback": fb} if any(fb) else {})}
    if qtype == "shortanswer":
        full = [a for a in answers if _fraction(a, where) >= 100]
        if not full:
            raise FormatError("no accepted answer has fraction 100", where)
        item = {"type": "short_answer", "answers": [_fmt_text(a, where) for a in full]}
        fb = [_fmt_text(a.find("feedback"), where) for a in full]
        return {**item, **({"feedback": fb} if any(fb) else {})}
    if qtype == "numerical":
        full = [a for a in answers if _fraction(a, where) >= 100 and (a.findtext("text") or "").strip() != "*"]
        if not full:
            raise FormatError("no numeric answer has fraction 100", where)
        a = full[0]
        item = {"type": "numeric_year", "answer": _whole((a.findtext("text") or "").strip(), "answer", where),
                "tolerance": abs(_whole((a.findtext("tolerance") or "0").strip(), "tolerance", where))}
        fb = _fmt_text(a.find("feedback"), where)
        return {**item, **({"feedback": [fb]} if fb else {})}
    if qtype == "matching":
        pairs = []
        for sub in q.findall("subquestion"):
            left = _fmt_text(sub, where)
            right = plain_text((sub.findtext("answer/text") or ""), where)
            if left:
                pairs.append([left, right])
        return {"type": "match", "pairs": pairs}
    raise ValueError(qtype)


def parse_moodle(data: bytes, name: str = "file") -> ParsedFile:
    """Parse Moodle XML bytes into questions and categories; problems collected with their places."""
    if len(data) > MAX_FILE_BYTES:
        raise FormatError(f"the file is larger than {MAX_FILE_BYTES // 1024 // 1024} MB", name)
    root = _parse_xml(data, name)
    if root.tag != "quiz":
        raise FormatError(f"the root element is <{root.tag}>, not <quiz>: this is not a Moodle XML question file",
                          f"{name} line 1")
    parsed = ParsedFile()
    taken = IdPool()
    module: str | None = None
    # Line of each <question> tag, found once (ElementTree keeps no line numbers).
    newlines = [m.start() for m in re.finditer(rb"\n", data)]
    starts = [bisect.bisect_left(newlines, m.start()) + 1 for m in re.finditer(rb"<question[\s>/]", data)]
    for n, q in enumerate(root.findall("question")):
        qtype = q.get("type", "")
        where = f"{name} line {starts[n] if n < len(starts) else 1} (question {n + 1})"
        try:
            if qtype == "category":
                path = (q.findtext("category/text") or "").strip()
                title = ([s for s in re.split(r"(?<!/)/(?!/)", path) if s][-1:] or ["Imported"])[0].replace("//", "/")
                extra = _links(q)
                mid = extra.get("module") if isinstance(extra.get("module"), str) else None
                mid = mid or (q.findtext("idnumber") or "").strip() or slugify(title, "m")
                parsed.modules[mid] = ParsedModule(where, mid, title.strip() or "Imported",
                                                   {k: v for k, v in extra.items() if k in ("summary", "order")})
                module = mid
                continue
            if qtype not in MOODLE_TYPES:
                parsed.notes.append(f"{where}: a '{qtype}' question has no equivalent in Trilemma (skipped)")
                continue
            prompt = _fmt_text(q.find("questiontext"), where)
            if not prompt:
                raise FormatError("the question has no text", where)
            title = (q.findtext("idnumber") or "").strip() or (q.findtext("name/text") or "").strip()
            item = {"id": id_from_title(title, prompt, taken), "prompt": prompt,
                    **_question_data(q, qtype, where),
                    "explanation": _fmt_text(q.find("generalfeedback"), where)}
            links = {k: v for k, v in _links(q).items() if k in ("claims", "events", "sources", "generated", "purpose")}
            parsed.questions.append(ParsedQuestion(where, item, module, links))
        except FormatError as exc:
            parsed.problems.extend(exc.problems)
    return parsed


def _links(q: ET.Element) -> dict:
    text = q.findtext("trilemma_links")
    if not text:
        return {}
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def read_moodle(db: Database, path: str | Path):
    """Parse a Moodle XML file into a validated batch and notes; FormatError naming places otherwise."""
    path = Path(path)
    parsed = parse_moodle(path.read_bytes(), path.name)
    if not parsed.questions and not parsed.problems:
        raise FormatError("no questions of a type Trilemma knows were found", path.name)
    return build_items(db, parsed, path.name, "Moodle XML"), parsed.notes


def preview_moodle(db: Database, path: str | Path) -> ImportPreview:
    """What importing a Moodle XML file would change; nothing is written."""
    items, notes = read_moodle(db, path)
    return preview_parsed(db, items, notes)


def import_moodle(db: Database, path: str | Path) -> Changes:
    """Import a Moodle XML file in one transaction; return what changed."""
    items, _ = read_moodle(db, path)
    return apply_parsed(db, items)
