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
from pathlib import Path
from typing import TYPE_CHECKING

from db.interchange.gift_parse import parse_gift
from db.interchange.gift_text import META, SPECIAL
from db.interchange.questions import (
    links_of,
    module_extra,
    questions_to_export,
    read_parsed,
    read_text,
)

if TYPE_CHECKING:
    from db.connection import Database

__all__ = ["export_gift", "parse_gift", "question_to_gift", "read_gift", "write_gift"]

# ---------------------------------------------------------------- export


def escape(text: str, *, is_html: bool = True) -> str:
    """Text safe inside GIFT: specials escaped, newlines as \\n; in HTML fields, HTML's specials as entities.

    Short-answer answers and matching right sides are plain text in Moodle: `AT&T` stays `AT&T`."""
    if is_html:
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
        # Each wrong pick costs as much as a right one earns, as Trilemma grades (never below 0).
        right = 100 / len(q["correct"])
        body = [f"\t~%{_weight(right) if i in q['correct'] else _weight(-right)}%{escape(o)}{_fb(fb, i)}"
                for i, o in enumerate(q["options"])]
    elif t == "true_false":
        extra = "".join(f"#{escape(f)}" for f in (fb or [])[:2]) if fb and any(fb) else ""
        body = [f"\t{'TRUE' if q['answer'] else 'FALSE'}{extra}"]
    elif t == "short_answer":
        body = [f"\t={escape(a, is_html=False)}{_fb(fb, i)}" for i, a in enumerate(q["answers"])]
    elif t == "numeric_year":
        body = [f"\t#{q['answer']}:{q.get('tolerance', 0)}{_fb(fb, 0)}"]
    elif t == "match":
        body = [f"\t={escape(a)} -> {escape(b, is_html=False)}" for a, b in q["pairs"]]
    if q.get("explanation"):
        body.append(f"\t####{escape(q['explanation'])}")
    return "\n".join([*lines, head, *body, "}"])


def export_gift(db: Database, *, module: str | None = None, lang: str | None = None) -> tuple[str, dict]:
    """The GIFT text for every supported question (or one module's), in `lang` where translated, and a summary."""
    groups, skipped = questions_to_export(db, module, lang)
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


def write_gift(db: Database, path: str | Path, *, module: str | None = None, lang: str | None = None) -> dict:
    """Write questions to a GIFT file (in `lang` where translated); return {questions, skipped}."""
    text, summary = export_gift(db, module=module, lang=lang)
    Path(path).write_text(text, encoding="utf-8")
    return summary


# ---------------------------------------------------------------- import


def read_gift(db: Database, path: str | Path, *, skip_invalid: bool = False):
    """Parse a GIFT file into a batch, the per-question rows and notes; FormatError naming lines otherwise."""
    path = Path(path)
    return read_parsed(db, parse_gift(read_text(path), path.name), path.name, "GIFT",
                       "no questions found (GIFT questions end with answers in braces { })", skip_invalid=skip_invalid)
