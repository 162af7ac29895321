"""GIFT (Moodle's plain-text question format): import and export.

Types: single choice `{=right ~wrong}`, multiple select `{~%50%a ~%50%b ~%-100%c}`, true/false `{T}`,
short answer `{=a =b}`, numerical `{#1961:1}` / `{#1960..1962}` (Trilemma keeps whole years),
matching `{=a -> b =c -> d}`. `$CATEGORY:` lines become modules; `::title::` is the question id;
`#feedback` follows an answer; `####text` is the general feedback (Trilemma's explanation).
Escapes `\\~ \\= \\# \\{ \\} \\:` and `\\n`; whole-line `//` comments; a `// [trilemma] {...}` comment
carries Trilemma's links, which Moodle ignores. Errors name the line and what is wrong.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from sqlite_utils import Database

from db.changes import Changes
from db.interchange.common import FormatError, ImportPreview, plain_text, slugify
from db.interchange.questions import (
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
    read_text,
)

SPECIAL = "~=#{}:"
# Escaped specials become private-use characters while parsing, then turn back into themselves.
_PLACEHOLDER = {c: chr(0xE000 + i) for i, c in enumerate(SPECIAL + "\\")}
_RESTORE = {v: k for k, v in _PLACEHOLDER.items()}
_NEWLINE = chr(0xE010)  # an escaped \n, kept apart from the file's own line breaks
META = "// [trilemma] "


# ---------------------------------------------------------------- export


def escape(text: str) -> str:
    """Text safe inside GIFT: specials escaped, HTML's specials as entities, newlines as \\n."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("\\", "\\\\")
    for c in SPECIAL:
        text = text.replace(c, "\\" + c)
    return text.replace("\r\n", "\n").replace("\n", "\\n")


def _weight(value: float) -> str:
    return f"{value:.5f}".rstrip("0").rstrip(".")


def _fb(feedback: list[str] | None, i: int) -> str:
    if feedback and i < len(feedback) and feedback[i]:
        return f" #{escape(feedback[i])}"
    return ""


def question_to_gift(q: dict) -> str:
    """One question as a GIFT block (without the blank line that ends it)."""
    lines = [f"{META}{json.dumps(links_of(q), ensure_ascii=False)}"] if links_of(q) else []
    head = f"::{escape(q['id'])}:: {escape(q['prompt'])} {{"
    fb = q.get("feedback")
    body: list[str] = []
    t = q["type"]
    if t == "single_choice":
        body = [f"\t{'=' if i in q['correct'] else '~'}{escape(o)}{_fb(fb, i)}" for i, o in enumerate(q["options"])]
    elif t == "multiple_select":
        right = 100 / len(q["correct"])
        body = [f"\t~%{_weight(right) if i in q['correct'] else '-100'}%{escape(o)}{_fb(fb, i)}"
                for i, o in enumerate(q["options"])]
    elif t == "true_false":
        extra = "".join(f"#{escape(f)}" for f in (fb or [])[:2]) if fb and any(fb) else ""
        body = [f"\t{'TRUE' if q['answer'] else 'FALSE'}{extra}"]
    elif t == "short_answer":
        body = [f"\t={escape(a)}{_fb(fb, i)}" for i, a in enumerate(q["answers"])]
    elif t == "numeric_year":
        body = [f"\t#{q['answer']}:{q.get('tolerance', 0)}{_fb(fb, 0)}"]
    elif t == "match":
        body = [f"\t={escape(a)} -> {escape(b)}" for a, b in q["pairs"]]
    if q.get("explanation"):
        body.append(f"\t####{escape(q['explanation'])}")
    return "\n".join([*lines, head, *body, "}"])


def export_gift(db: Database, *, module: str | None = None) -> tuple[str, dict]:
    """The GIFT text for every supported question (or one module's), and a summary."""
    groups, skipped = questions_to_export(db, module)
    blocks = ["// Questions exported from Trilemma. Categories are Trilemma's modules; each title is the "
              "question's id.\n// Lines starting with // [trilemma] keep Trilemma's links; Moodle ignores them."]
    count = 0
    for mod, questions in groups:
        if mod is not None:
            blocks.append(f"{META}{json.dumps(module_extra(mod), ensure_ascii=False)}\n"
                          f"$CATEGORY: $course$/top/{mod['title'].replace('/', '//')}")
        for q in questions:
            blocks.append(question_to_gift(q))
            count += 1
    return "\n\n".join(blocks) + "\n", {"questions": count, "skipped": skipped}


def write_gift(db: Database, path: str | Path, *, module: str | None = None) -> dict:
    """Write questions to a GIFT file; return {questions, skipped}."""
    text, summary = export_gift(db, module=module)
    Path(path).write_text(text, encoding="utf-8")
    return summary


# ---------------------------------------------------------------- import


def _protect(text: str) -> str:
    """Replace escaped specials by placeholders (a lone trailing backslash stays)."""
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            if nxt in _PLACEHOLDER:
                out.append(_PLACEHOLDER[nxt])
                i += 2
                continue
            if nxt == "n":
                out.append(_NEWLINE)
                i += 2
                continue
        out.append(c)
        i += 1
    return "".join(out)


def _restore(text: str) -> str:
    return "".join(_RESTORE.get(c, c) for c in text)


def _blocks(text: str):
    """(first line number, lines) of each block separated by blank lines; comment lines blanked."""
    block: list[str] = []
    start = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() == "":
            if any(x.strip() for x in block):
                yield start, block
            block, start = [], 0
            continue
        if not block:
            start = number
        block.append(line)
    if any(x.strip() for x in block):
        yield start, block


class _Block:
    """One question block: its text (comments blanked, escapes protected) and line arithmetic."""

    def __init__(self, name: str, start: int, lines: list[str]):
        self.name, self.start = name, start
        self.meta: dict = {}
        self.first: int | None = None
        kept = []
        for offset, line in enumerate(lines):
            stripped = line.strip()
            if stripped.startswith(META.strip()):
                try:
                    value = json.loads(stripped[len(META.strip()):])
                    self.meta = value if isinstance(value, dict) else {}
                except json.JSONDecodeError:
                    self.meta = {}
                kept.append("")
            elif stripped.startswith("//"):
                kept.append("")
            else:
                kept.append(line)
            if kept[-1].strip() and self.first is None:
                self.first = start + offset
        self.text = _protect("\n".join(kept))

    def line(self, index: int) -> int:
        """The file line of a character index in the block's text."""
        return self.start + self.text.count("\n", 0, max(0, index))

    def where(self, index: int | None = None) -> str:
        """'file line N' for a place in this block."""
        return f"{self.name} line {self.line(index) if index is not None else (self.first or self.start)}"


def _clean(text: str, where: str, fmt: str = "moodle") -> str:
    """Final plain text of a piece: restore escapes, join lines, refuse active markup."""
    text = re.sub(r"\s*\n\s*", " ", text)
    text = re.sub(r" {2,}", " ", _restore(text)).replace(_NEWLINE, "\n")
    return plain_text(text, where, is_html=fmt in ("moodle", "html"))


def _split_answers(body: str, markers: str) -> list[tuple[str, str, int]]:
    """(marker, text, offset) for each answer starting with one of `markers`."""
    out: list[tuple[str, str, int]] = []
    for m in re.finditer(f"[{re.escape(markers)}]", body):
        out.append((m.group(), "", m.start()))
    pieces = []
    for i, (mark, _, pos) in enumerate(out):
        end = out[i + 1][2] if i + 1 < len(out) else len(body)
        pieces.append((mark, body[pos + 1:end], pos))
    return pieces


def _weighted(text: str) -> tuple[float | None, str]:
    m = re.match(r"\s*%(-?\d+(?:\.\d+)?)%", text)
    if not m:
        return None, text
    return float(m.group(1)), text[m.end():]


def _feedback(text: str) -> tuple[str, str]:
    if "#" in text:
        answer, fb = text.split("#", 1)
        return answer, fb
    return text, ""


def _number(text: str, where: str) -> float:
    try:
        return float(text.strip())
    except ValueError:
        raise FormatError(f"the numeric answer '{_restore(text.strip())}' is not a number", where) from None


def _whole(value: float, what: str, where: str) -> int:
    if value != int(value):
        raise FormatError(f"{what} {value:g} is not a whole number; Trilemma's number questions are years", where)
    return int(value)


def _parse_numeric(b: _Block, body: str, offset: int, fmt: str) -> dict:
    where = b.where(offset)
    body = body[1:]  # the leading '#'
    answers = _split_answers(body, "=") if body.strip().startswith("=") else [("=", body, 0)]
    best = None
    for _, text, pos in answers:
        weight, text = _weighted(text)
        value, fb = _feedback(text)
        value = value.strip()
        here = b.where(offset + 1 + pos)
        if not value:
            raise FormatError("a numeric answer is empty", here)
        if ".." in value:
            low_text, high_text = value.split("..", 1)
            low, high = _number(low_text, here), _number(high_text, here)
            if high < low:
                raise FormatError(f"the range {low:g}..{high:g} runs backwards", here)
            answer, tolerance = (low + high) / 2, (high - low) / 2
        elif ":" in value:
            a, t = value.split(":", 1)
            answer, tolerance = _number(a, here), abs(_number(t, here))
        else:
            answer, tolerance = _number(value, here), 0.0
        if weight is None or weight == 100:
            if best is None:
                best = (answer, tolerance, fb, here)
    if best is None:
        raise FormatError("no numeric answer gets full credit", where)
    answer, tolerance, fb, here = best
    item = {"type": "numeric_year", "answer": _whole(answer, "the answer", here),
            "tolerance": _whole(tolerance, "the tolerance", here)}
    if fb.strip():
        item["feedback"] = [_clean(fb, here, fmt)]
    return item


def _parse_answers(b: _Block, body: str, offset: int, fmt: str) -> dict | None:
    """The type-specific fields for an answer section; None for types Trilemma skips."""
    stripped = body.strip()
    if not stripped:
        return None  # essay
    if stripped.startswith("#"):
        return _parse_numeric(b, stripped, offset + body.index("#"), fmt)
    tf = re.fullmatch(r"(T|F|TRUE|FALSE)\s*((?:#[^#]*){0,2})", stripped, flags=re.I)
    if tf:
        item = {"type": "true_false", "answer": tf.group(1).upper().startswith("T")}
        fbs = [x for x in tf.group(2).split("#")[1:]]
        if any(f.strip() for f in fbs):
            fbs = (fbs + ["", ""])[:2]
            item["feedback"] = [_clean(f, b.where(offset), fmt) for f in fbs]
        return item
    pieces = _split_answers(body, "=~")
    if not pieces or body[: pieces[0][2]].strip():
        raise FormatError("answers must start with = (right) or ~ (wrong)", b.where(offset))
    if all(m == "=" for m, _, _ in pieces) and any("->" in t for _, t, _ in pieces):
        pairs = []
        for _, text, pos in pieces:
            if "->" not in text:
                raise FormatError("every pair of a matching question needs '->'", b.where(offset + pos))
            left, right = text.split("->", 1)
            pairs.append([_clean(left, b.where(offset + pos), fmt), _clean(right, b.where(offset + pos), fmt)])
        return {"type": "match", "pairs": pairs}
    parsed = []
    for mark, text, pos in pieces:
        here = b.where(offset + pos)
        weight, text = _weighted(text)
        answer, fb = _feedback(text)
        answer_text = _clean(answer, here, fmt)
        if not answer_text:
            raise FormatError("an answer is empty", here)
        parsed.append((mark, weight, answer_text, _clean(fb, here, fmt), here))
    feedback = [p[3] for p in parsed]
    if all(m == "=" for m, *_ in parsed):
        full = [p for p in parsed if p[1] is None or p[1] == 100]
        if not full:
            raise FormatError("no accepted answer gets full credit", b.where(offset))
        item = {"type": "short_answer", "answers": [p[2] for p in full]}
        if any(p[3] for p in full):
            item["feedback"] = [p[3] for p in full]
        return item
    options = [p[2] for p in parsed]
    equals = [i for i, p in enumerate(parsed) if p[0] == "="]
    if equals:
        if len(equals) > 1:
            raise FormatError("a multiple-choice question has more than one right answer (=); "
                              "use ~%50% weights for several right answers", parsed[equals[1]][4])
        item = {"type": "single_choice", "options": options, "correct": equals}
    else:
        correct = [i for i, p in enumerate(parsed) if (p[1] or 0) > 0]
        if not correct:
            raise FormatError("no answer is right: mark one with = or give weights like ~%50%", b.where(offset))
        item = {"type": "multiple_select", "options": options, "correct": correct}
    if any(feedback):
        item["feedback"] = feedback
    return item


def _matching_brace(text: str, open_at: int) -> int:
    return text.find("}", open_at + 1)


def parse_gift(text: str, name: str = "file") -> ParsedFile:
    """Parse GIFT text into questions and categories; problems are collected with their lines."""
    parsed = ParsedFile()
    taken = IdPool()
    module: str | None = None
    for start, lines in _blocks(text):
        b = _Block(name, start, lines)
        body = b.text.strip()
        if not body:
            continue
        try:
            if body.startswith("$CATEGORY:"):
                path = _restore(body[len("$CATEGORY:"):].strip())
                segment = [s for s in re.split(r"(?<!/)/(?!/)", path) if s][-1:] or ["Imported"]
                title = segment[0].replace("//", "/").strip() or "Imported"
                mid = b.meta.get("module") if isinstance(b.meta.get("module"), str) else None
                mid = mid or slugify(title, "m")
                parsed.modules[mid] = ParsedModule(b.where(), mid, title, {k: v for k, v in b.meta.items()
                                                                          if k in ("summary", "order")})
                module = mid
                continue
            parsed_q = _parse_question(b, taken)
            if parsed_q is None:
                continue
            parsed_q.module = module
            parsed.questions.append(parsed_q)
        except FormatError as exc:
            parsed.problems.extend(exc.problems)
        except _Skip as skip:
            parsed.notes.append(f"{b.where()}: {skip} (skipped)")
    return parsed


class _Skip(Exception):  # noqa: N818 - a signal, not an error
    """A question of a kind Trilemma does not have; it is skipped with a note."""


def _parse_question(b: _Block, taken: IdPool) -> ParsedQuestion | None:
    text = b.text
    lead = len(text) - len(text.lstrip())
    rest = text.lstrip()
    title = ""
    if rest.startswith("::"):
        end = rest.find("::", 2)
        if end < 0:
            raise FormatError("the title started with '::' is never closed with '::'", b.where(lead))
        title = _restore(rest[2:end]).strip()
        lead += end + 2
        rest = rest[end + 2:]
    fmt = "moodle"
    m = re.match(r"\s*\[(html|moodle|plain|markdown)\]", rest)
    if m:
        fmt = m.group(1)
        lead += m.end()
        rest = rest[m.end():]
    open_at = rest.find("{")
    close_stray = rest.find("}")
    if open_at < 0:
        if close_stray >= 0:
            raise FormatError("'}' without a '{' before it (write \\} for a brace in text)", b.where(lead + close_stray))
        raise _Skip("text without answers is a description")
    if 0 <= close_stray < open_at:
        raise FormatError("'}' without a '{' before it (write \\} for a brace in text)", b.where(lead + close_stray))
    close_at = _matching_brace(rest, open_at)
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
        raise FormatError("a second answer section: a question has one pair of braces", b.where(lead + close_at + 1 + pos))
    answers = rest[open_at + 1:close_at]
    explanation = ""
    if "####" in answers:
        answers, explanation = answers.split("####", 1)
    before = rest[:open_at]
    prompt_raw = before + (" _____ " + after if after.strip() else "")
    where = b.where(lead)
    prompt = _clean(prompt_raw, where, fmt)
    data = _parse_answers(b, answers, lead + open_at + 1, fmt)
    if data is None:
        raise _Skip("an essay question (empty braces) has no equivalent in Trilemma")
    if not prompt:
        raise FormatError("the question has no text before its answers", where)
    qid = id_from_title(title, prompt, taken)
    item = {"id": qid, "prompt": prompt, **data, "explanation": _clean(explanation, where, fmt)}
    return ParsedQuestion(b.where(), item, links={k: v for k, v in b.meta.items()
                                                 if k in ("claims", "events", "sources", "generated", "purpose")})


def read_gift(db: Database, path: str | Path):
    """Parse a GIFT file into a validated batch and notes; FormatError naming lines if it may not be imported."""
    path = Path(path)
    parsed = parse_gift(read_text(path), path.name)
    if not parsed.questions and not parsed.problems:
        raise FormatError("no questions found (GIFT questions end with answers in braces { })", path.name)
    return build_items(db, parsed, path.name, "GIFT"), parsed.notes


def preview_gift(db: Database, path: str | Path) -> ImportPreview:
    """What importing a GIFT file would change; nothing is written."""
    items, notes = read_gift(db, path)
    return preview_parsed(db, items, notes)


def import_gift(db: Database, path: str | Path) -> Changes:
    """Import a GIFT file in one transaction; return what changed."""
    items, _ = read_gift(db, path)
    return apply_parsed(db, items)
