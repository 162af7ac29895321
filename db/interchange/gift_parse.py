"""Reading GIFT: the answer section of each question type, questions and categories.

What Trilemma cannot keep (partial-credit answers, a numerical catch-all, matching distractors) is
named in a note for the preview, never dropped silently. Numbers must be finite and of a sane size.
"""

from __future__ import annotations

import re

from db.interchange.common import FormatError, finite_number, slugify
from db.interchange.gift_text import FORMAT_MARKER, Block, blocks, restore
from db.interchange.questions import IdPool, ParsedFile, ParsedModule, ParsedQuestion, id_from_title

YEAR_LIMIT = 100_000  # far beyond any year; keeps 1e400 and friends out


def _split_answers(body: str, markers: str) -> list[tuple[str, str, int]]:
    """(marker, text, offset) for each answer starting with one of `markers`."""
    starts = [(m.group(), m.start()) for m in re.finditer(f"[{re.escape(markers)}]", body)]
    return [(mark, body[pos + 1:(starts[i + 1][1] if i + 1 < len(starts) else len(body))], pos)
            for i, (mark, pos) in enumerate(starts)]


def _weighted(text: str, where: str) -> tuple[float | None, str]:
    m = re.match(r"\s*%([^%]*)%", text)
    if not m:
        return None, text
    return finite_number(m.group(1), "the weight", where, limit=100), text[m.end():]


def _feedback(text: str) -> tuple[str, str]:
    answer, _, fb = text.partition("#")
    return answer, fb


def _whole(value: float, what: str, where: str) -> int:
    if value != int(value):
        raise FormatError(f"{what} {value:g} is not a whole number; Trilemma's number questions are years", where)
    return int(value)


def _numeric_value(value: str, here: str) -> tuple[float, float]:
    """(answer, tolerance) of `1961`, `1961:1` or `1960..1962`."""
    if ".." in value:
        low_text, high_text = value.split("..", 1)
        low = finite_number(restore(low_text), "the numeric answer", here, YEAR_LIMIT)
        high = finite_number(restore(high_text), "the numeric answer", here, YEAR_LIMIT)
        if high < low:
            raise FormatError(f"the range {low:g}..{high:g} runs backwards", here)
        return (low + high) / 2, (high - low) / 2
    if ":" in value:
        a, t = value.split(":", 1)
        return (finite_number(restore(a), "the numeric answer", here, YEAR_LIMIT),
                abs(finite_number(restore(t), "the tolerance", here, YEAR_LIMIT)))
    return finite_number(restore(value), "the numeric answer", here, YEAR_LIMIT), 0.0


def _parse_numeric(b: Block, body: str, offset: int, fmt: str) -> dict:
    where = b.where(offset)
    body = body[1:]  # the leading '#'
    # As Moodle reads it: everything from the first '~' on is feedback for other answers; then '=' answers.
    tilde = body.find("~")
    right = body if tilde < 0 else body[:tilde]
    answers = _split_answers(right, "=") if right.strip()[:1] == "=" else [("=", right, 0)]
    if tilde >= 0:
        answers += [(m, t, tilde + pos) for m, t, pos in _split_answers(body[tilde:], "~")]
    best = None
    for mark, text, pos in answers:
        here = b.where(offset + 1 + pos)
        weight, text = _weighted(text, here)
        value, fb = _feedback(text)
        value = value.strip()
        if mark == "~" or (weight is not None and weight <= 0):
            if fb.strip():
                b.note(here, "feedback for other answers is not kept (Trilemma says how far off a year is)")
            continue
        if not value:
            raise FormatError("a numeric answer is empty", here)
        answer, tolerance = _numeric_value(value, here)
        if weight is None or weight == 100:
            if best is None:
                best = (answer, tolerance, fb, here)
                continue
        b.note(here, f"the answer {restore(value)} ({weight if weight is not None else 100:g}% credit) is not kept: "
                     "Trilemma gives credit within the first answer's tolerance")
    if best is None:
        raise FormatError("no numeric answer gets full credit", where)
    answer, tolerance, fb, here = best
    item = {"type": "numeric_year", "answer": _whole(answer, "the answer", here),
            "tolerance": _whole(tolerance, "the tolerance", here)}
    if fb.strip():
        item["feedback"] = [b.clean(fb, here, fmt)]
    return item


def _parse_match(b: Block, pieces, offset: int, fmt: str) -> dict:
    pairs = []
    for _, text, pos in pieces:
        here = b.where(offset + pos)
        if "->" not in text:
            raise FormatError("every pair of a matching question needs '->'", here)
        left, right = text.split("->", 1)
        left_text, right_text = b.clean(left, here, fmt), b.clean(right, here, "plain")
        if not left_text:
            b.note(here, f"the extra right-hand answer '{right_text}' is not kept: Trilemma's matching has no "
                         "distractors")
            continue
        pairs.append([left_text, right_text])
    return {"type": "match", "pairs": pairs}


def _parse_short(b: Block, parsed: list, offset: int) -> dict:
    full = [p for p in parsed if p[1] is None or p[1] == 100]
    if not full:
        raise FormatError("no accepted answer gets full credit", b.where(offset))
    for p in parsed:
        if p not in full:
            b.note(p[4], f"the answer '{p[2]}' ({p[1]:g}% credit) is not kept: Trilemma's short answers are "
                         "right or wrong")
    item = {"type": "short_answer", "answers": [p[2] for p in full]}
    if any(p[3] for p in full):
        item["feedback"] = [p[3] for p in full]
    return item


def _parse_answers(b: Block, body: str, offset: int, fmt: str) -> dict | None:
    """The type-specific fields for an answer section; None for types Trilemma skips."""
    stripped = body.strip()
    if not stripped:
        return None  # essay
    if stripped.startswith("#"):
        return _parse_numeric(b, stripped, offset + body.index("#"), fmt)
    tf = re.fullmatch(r"(T|F|TRUE|FALSE)\s*((?:#[^#]*){0,2})", stripped, flags=re.I)
    if tf:
        item = {"type": "true_false", "answer": tf.group(1).upper().startswith("T")}
        fbs = tf.group(2).split("#")[1:]
        if any(f.strip() for f in fbs):
            item["feedback"] = [b.clean(f, b.where(offset), fmt) for f in (fbs + ["", ""])[:2]]
        return item
    pieces = _split_answers(body, "=~")
    if not pieces or body[: pieces[0][2]].strip():
        raise FormatError("answers must start with = (right) or ~ (wrong)", b.where(offset))
    if all(m == "=" for m, _, _ in pieces) and any("->" in t for _, t, _ in pieces):
        return _parse_match(b, pieces, offset, fmt)
    shortanswer = all(m == "=" for m, _, _ in pieces)
    parsed = []
    for mark, text, pos in pieces:
        here = b.where(offset + pos)
        weight, text = _weighted(text, here)
        answer, fb = _feedback(text)
        # Short answers are plain text in Moodle; choices are formatted text.
        answer_text = b.clean(answer, here, "plain" if shortanswer else fmt)
        if not answer_text:
            raise FormatError("an answer is empty", here)
        parsed.append((mark, weight, answer_text, b.clean(fb, here, fmt), here))
    if shortanswer:
        return _parse_short(b, parsed, offset)
    feedback = [p[3] for p in parsed]
    options = [p[2] for p in parsed]
    equals = [i for i, p in enumerate(parsed) if p[0] == "="]
    if equals:
        if len(equals) > 1:
            raise FormatError("a multiple-choice question has more than one right answer (=); "
                              "use ~%50% weights for several right answers", parsed[equals[1]][4])
        item = {"type": "single_choice", "options": options, "correct": equals}
        for p in parsed:
            if p[0] == "~" and (p[1] or 0) != 0:
                b.note(p[4], f"the weight {p[1]:g}% of '{p[2]}' is not kept: a single choice is right or wrong")
    else:
        correct = [i for i, p in enumerate(parsed) if (p[1] or 0) > 0]
        if not correct:
            raise FormatError("no answer is right: mark one with = or give weights like ~%50%", b.where(offset))
        item = {"type": "multiple_select", "options": options, "correct": correct}
    if any(feedback):
        item["feedback"] = feedback
    return item


class Skip(Exception):  # noqa: N818 - a signal, not an error
    """A question of a kind Trilemma does not have; it is skipped with a note."""


def _category(b: Block, body: str, parsed: ParsedFile) -> str:
    """Read a `$CATEGORY:` block into a module; return its id."""
    meta = b.meta(("module", "summary", "order"))
    path = restore(body[len("$CATEGORY:"):].strip())
    segment = [s for s in re.split(r"(?<!/)/(?!/)", path) if s][-1:] or ["Imported"]
    title = segment[0].replace("//", "/").strip() or "Imported"
    mid = meta.get("module") or slugify(title, "m")
    parsed.modules[mid] = ParsedModule(b.where(), mid, title, {k: v for k, v in meta.items() if k != "module"})
    return mid


def parse_gift(text: str, name: str = "file") -> ParsedFile:
    """Parse GIFT text into questions and categories; problems are collected per question with their lines."""
    parsed = ParsedFile()
    taken = IdPool()
    module: str | None = None
    for start, lines in blocks(text):
        b = Block(name, start, lines, parsed.notes)
        body = b.text.strip()
        if not body:
            continue
        try:
            if body.startswith("$CATEGORY:"):
                module = _category(b, body, parsed)
                continue
            parsed_q = _parse_question(b, taken)
            parsed_q.module = module
            parsed.questions.append(parsed_q)
        except FormatError as exc:
            parsed.fail(exc)
        except Skip as skip:
            parsed.notes.append(f"{b.where()}: {skip} (skipped)")
            parsed.unsupported.append(f"{b.where()}: {skip}")
    return parsed


def _braces(b: Block, rest: str, lead: int) -> tuple[int, int]:
    """Where the answer section opens and closes; FormatError for stray or nested braces."""
    open_at, close_stray = rest.find("{"), rest.find("}")
    if open_at < 0:
        if close_stray >= 0:
            raise FormatError("'}' without a '{' before it (write \\} for a brace in text)", b.where(lead + close_stray))
        raise Skip("text without answers is a description")
    if 0 <= close_stray < open_at:
        raise FormatError("'}' without a '{' before it (write \\} for a brace in text)", b.where(lead + close_stray))
    close_at = rest.find("}", open_at + 1)
    if close_at < 0:
        raise FormatError("the '{' opened here is never closed: add '}' before the next blank line",
                          b.where(lead + open_at))
    inner_open = rest.find("{", open_at + 1, close_at)
    if inner_open >= 0:
        raise FormatError("a '{' inside the answers: the previous '{' is not closed (write \\{ for a brace in text)",
                          b.where(lead + inner_open))
    after = rest[close_at + 1:]
    if "{" in after or "}" in after:
        pos = min(i for i in (after.find("{"), after.find("}")) if i >= 0)
        raise FormatError("a second answer section: a question has one pair of braces",
                          b.where(lead + close_at + 1 + pos))
    return open_at, close_at


def _parse_question(b: Block, taken: IdPool) -> ParsedQuestion:
    links = b.meta(("claims", "events", "sources", "generated", "purpose"))
    text = b.text
    lead = len(text) - len(text.lstrip())
    rest = text.lstrip()
    title = ""
    if rest.startswith("::"):
        end = rest.find("::", 2)
        if end < 0:
            raise FormatError("the title started with '::' is never closed with '::'", b.where(lead))
        title = restore(rest[2:end]).strip()
        lead += end + 2
        rest = rest[end + 2:]
    fmt = "moodle"
    m = FORMAT_MARKER.match(rest)
    if m:
        fmt = m.group(1)
        lead += m.end()
        rest = rest[m.end():]
    open_at, close_at = _braces(b, rest, lead)
    answers = rest[open_at + 1:close_at]
    explanation = ""
    if "####" in answers:
        answers, explanation = answers.split("####", 1)
    after = rest[close_at + 1:]
    prompt_raw = rest[:open_at] + (" _____ " + after if after.strip() else "")
    where = b.where(lead)
    prompt = b.clean(prompt_raw, where, fmt)
    data = _parse_answers(b, answers, lead + open_at + 1, fmt)
    if data is None:
        raise Skip("an essay question (empty braces) has no equivalent in Trilemma")
    if not prompt:
        raise FormatError("the question has no text before its answers", where)
    item = {"id": id_from_title(title, prompt, taken), "prompt": prompt, **data,
            "explanation": b.clean(explanation, where, fmt)}
    return ParsedQuestion(b.where(), item, links=links)
