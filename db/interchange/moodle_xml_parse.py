"""Reading Moodle XML questions, parsed with defusedxml; one bad question never blocks the others.

The file is refused outright if it declares a DTD (no entity expansion, no external entities:
billion laughs and XXE never get a chance). What Trilemma cannot keep (partial credit, catch-all
feedback, matching distractors, images) is named in a note for the preview.
"""

from __future__ import annotations

import bisect
import re
import xml.etree.ElementTree as ET  # noqa: N817 - only for the types and ParseError, never to parse input

import defusedxml
import defusedxml.ElementTree as SafeET  # noqa: N812

from db.content import SLUG
from db.interchange.common import FormatError, finite_number, plain_text, slugify
from db.interchange.metadata import read_meta
from db.interchange.questions import (
    MAX_FILE_BYTES,
    IdPool,
    ParsedFile,
    ParsedModule,
    ParsedQuestion,
    id_from_title,
)

MOODLE_TYPES = {"multichoice", "truefalse", "shortanswer", "numerical", "matching"}
HTML_FORMATS = ("html", "moodle_auto_format")
YEAR_LIMIT = 100_000


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


class _Reader:
    """Reads the pieces of one <question>, collecting notes about what cannot be kept."""

    def __init__(self, where: str, notes: list[str]):
        self.where, self.notes = where, notes

    def note(self, text: str) -> None:
        self.notes.append(f"{self.where}: {text}")

    def text(self, el: ET.Element | None, default_fmt: str = "html") -> str:
        """A formatted text element as plain text (HTML turned into text; plain and markdown kept as written)."""
        if el is None:
            return ""
        text_el = el.find("text")
        raw = (text_el.text if text_el is not None else el.text) or ""
        return plain_text(raw, self.where, is_html=el.get("format", default_fmt) in HTML_FORMATS, notes=self.notes)

    def plain(self, el: ET.Element | None) -> str:
        """An answer Moodle keeps as plain text (short answer, number, matching right side)."""
        return ((el.findtext("text") if el is not None else "") or "").strip()

    def fraction(self, answer: ET.Element) -> float:
        return finite_number(answer.get("fraction", "0"), "the answer's fraction", self.where, limit=100)

    def whole(self, text: str, what: str) -> int:
        value = finite_number(text, f"the numeric {what}", self.where, limit=YEAR_LIMIT)
        if value != int(value):
            raise FormatError(f"the numeric {what} {value:g} is not a whole number; Trilemma's number questions "
                              "are years", self.where)
        return int(value)

    def feedback(self, answers: list[ET.Element]) -> list[str]:
        return [self.text(a.find("feedback")) for a in answers]


def _multichoice(r: _Reader, q: ET.Element, answers: list[ET.Element]) -> dict:
    single = (q.findtext("single") or "true").strip().lower() in ("true", "1")
    options = [r.text(a) for a in answers]
    fractions = [r.fraction(a) for a in answers]
    if single:
        correct = [i for i, f in enumerate(fractions) if f >= 100]
        if len(correct) != 1:
            raise FormatError("a single-answer question needs exactly one answer with fraction 100", r.where)
        if any(0 < f < 100 for f in fractions):
            r.note("partial credit for other answers is not kept: Trilemma's single choice is right or wrong")
        item = {"type": "single_choice", "options": options, "correct": correct}
    else:
        correct = [i for i, f in enumerate(fractions) if f > 0]
        if not correct:
            raise FormatError("no answer has a positive fraction", r.where)
        item = {"type": "multiple_select", "options": options, "correct": correct}
    feedback = r.feedback(answers)
    return {**item, **({"feedback": feedback} if any(feedback) else {})}


def _truefalse(r: _Reader, answers: list[ET.Element]) -> dict:
    by_text = {r.plain(a).lower(): a for a in answers}
    if set(by_text) == {"true", "false"}:
        true_el, false_el = by_text["true"], by_text["false"]
    elif len(answers) == 2:  # Moodle writes the true answer first, whatever the language of its text
        true_el, false_el = answers
        r.note(f"the answers '{r.plain(true_el)}' and '{r.plain(false_el)}' were read by position as true and false")
    else:
        raise FormatError("a true/false question needs two answers, true then false", r.where)
    answer = r.fraction(true_el) >= 100
    right, wrong = (true_el, false_el) if answer else (false_el, true_el)
    fb = [r.text(wrong.find("feedback")), r.text(right.find("feedback"))]
    return {"type": "true_false", "answer": answer, **({"feedback": fb} if any(fb) else {})}


def _shortanswer(r: _Reader, answers: list[ET.Element]) -> dict:
    full = [a for a in answers if r.fraction(a) >= 100]
    if not full:
        raise FormatError("no accepted answer has fraction 100", r.where)
    for a in answers:
        if a not in full:
            r.note(f"the answer '{r.plain(a)}' ({r.fraction(a):g}% credit) is not kept: Trilemma's short answers "
                   "are right or wrong")
    item = {"type": "short_answer", "answers": [r.plain(a) for a in full]}
    fb = r.feedback(full)
    return {**item, **({"feedback": fb} if any(fb) else {})}


def _numerical(r: _Reader, answers: list[ET.Element]) -> dict:
    full = [a for a in answers if r.fraction(a) >= 100 and r.plain(a) != "*"]
    if not full:
        raise FormatError("no numeric answer has fraction 100", r.where)
    for a in answers:
        if a is not full[0]:
            r.note(f"the answer '{r.plain(a)}' ({r.fraction(a):g}% credit) and its feedback are not kept: Trilemma "
                   "gives credit within the first answer's tolerance")
    a = full[0]
    item = {"type": "numeric_year", "answer": r.whole(r.plain(a), "answer"),
            "tolerance": abs(r.whole((a.findtext("tolerance") or "0").strip(), "tolerance"))}
    fb = r.text(a.find("feedback"))
    return {**item, **({"feedback": [fb]} if fb else {})}


def _matching(r: _Reader, q: ET.Element) -> dict:
    pairs = []
    for sub in q.findall("subquestion"):
        left, right = r.text(sub), r.plain(sub.find("answer"))
        if left:
            pairs.append([left, right])
        elif right:
            r.note(f"the extra right-hand answer '{right}' is not kept: Trilemma's matching has no distractors")
    return {"type": "match", "pairs": pairs}


def _question_data(r: _Reader, q: ET.Element, qtype: str) -> dict:
    answers = q.findall("answer")
    if qtype == "multichoice":
        return _multichoice(r, q, answers)
    if qtype == "truefalse":
        return _truefalse(r, answers)
    if qtype == "shortanswer":
        return _shortanswer(r, answers)
    if qtype == "numerical":
        return _numerical(r, answers)
    return _matching(r, q)


def _valid_id(text: str, prefix: str) -> str:
    """An idnumber as Trilemma's id: kept when it is one already, else made into one (`Week 1` → `m-week-1`)."""
    text = text.strip()
    return text if not text or SLUG.fullmatch(text) else slugify(text, prefix)


def _category(q: ET.Element, where: str, parsed: ParsedFile) -> str:
    path = (q.findtext("category/text") or "").strip()
    title = ([s for s in re.split(r"(?<!/)/(?!/)", path) if s][-1:] or ["Imported"])[0].replace("//", "/")
    extra = _links(q, where, ("module", "summary", "order"))
    title = title.strip() or "Imported"
    mid = extra.get("module") or _valid_id(q.findtext("idnumber") or "", "m") or slugify(title, "m")
    parsed.modules[mid] = ParsedModule(where, mid, title, {k: v for k, v in extra.items() if k != "module"})
    return mid


def _links(q: ET.Element, where: str, allowed: tuple[str, ...]) -> dict:
    text = q.findtext("trilemma_links")
    return read_meta(text, where, allowed) if text and text.strip() else {}


def parse_moodle(data: bytes, name: str = "file") -> ParsedFile:
    """Parse Moodle XML bytes into questions and categories; problems collected per question with their places."""
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
                module = _category(q, where, parsed)
                continue
            if qtype not in MOODLE_TYPES:
                skip = f"the question type '{qtype[:40]}' has no equivalent in Trilemma"
                parsed.notes.append(f"{where}: {skip} (skipped)")
                parsed.unsupported.append(f"{where}: {skip}")
                continue
            r = _Reader(where, parsed.notes)
            links = _links(q, where, ("claims", "events", "sources", "generated", "purpose"))
            prompt = r.text(q.find("questiontext"))
            if not prompt:
                raise FormatError("the question has no text", where)
            title = _valid_id(q.findtext("idnumber") or "", "q") or (q.findtext("name/text") or "").strip()
            item = {"id": id_from_title(title, prompt, taken), "prompt": prompt, **_question_data(r, q, qtype),
                    "explanation": r.text(q.find("generalfeedback"))}
            parsed.questions.append(ParsedQuestion(where, item, module, links))
        except FormatError as exc:
            parsed.fail(exc)
    return parsed
