"""Grade a student's answer to a question (item format, see resources/content/FORMAT.md). Pure.

Answer formats, per question type:

- single_choice: int, an index into `options`.
- multiple_select: list of distinct ints. Score = (right picks − wrong picks) / number of right
  options, never below 0; correct only when the picks are exactly the right options.
- true_false: bool.
- order: list of the question's event ids (each exactly once). Score = share of all pairs of events
  the student put in the right relative order (Kendall-style); correct only when the order is exact.
- match: dict left → right. Score = share of left items given their right partner.
- place_on_timeline: partial ISO date ("2018", "2018-06" or "2018-06-12"). Both dates are read as
  month spans; the distance is the gap in months from the target's span to the furthest month of
  the student's span (0 when every month named lies inside the target). Full credit up to
  `tolerance` months; then credit falls linearly to 0 at `3 × tolerance + 12` months.
  So the answer's precision and `tolerance` are the rule (see `timeline_rule`): "2018-06" with
  tolerance 0 gives full credit only for June 2018, "2018" for any month of 2018. A prompt that says
  "to the month" must use a month answer and tolerance 0 (`timeline_mismatch`, `python -m db check`).
  A date typed the local way ("2024年6月", "2024년 6월", "июнь 2024 г.", full-width digits) is read too.
- short_answer: str, compared with every accepted answer ignoring case, accents, punctuation,
  spacing and a leading "the", "a" or "an" (a question shown in a translation accepts the translated
  answers and the English ones: db.i18n.localize).
- numeric_year: int year (or text such as "2024年", "2024년", "2024 г.", "２０２４"); correct within `tolerance` years.

A malformed answer raises AnswerError (a ValueError) saying what was expected; never anything else.

Feedback comes twice: as English text (`detail`, `expected`: the CLI, tests, anything without a
translator) and as data an interface renders in its own language: `message` (one of MESSAGES) with
`params`, and `expected_kind` (one of EXPECTED_KINDS) with a typed `expected_value`. Dates in params
and values are ISO partial dates, years are ints, counts are ints.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from db.dates import MONTHS, PartialDate
from db.errors import ValidationError
from db.i18n import RU_MONTHS, RU_MONTHS_OF


class AnswerError(ValueError):
    """An answer (or question) that cannot be graded, with a message saying what was expected."""


@dataclass(frozen=True)
class Grade:
    """The outcome of grading one answer."""

    correct: bool
    score: float  # 0..1
    expected: str  # the right answer, in words a student can read
    detail: str  # one sentence about this answer (what was right, how far off)
    message: str = ""  # id of the detail sentence (a key of MESSAGES); "" when only the English text is known
    params: dict = field(default_factory=dict, hash=False)  # the values the sentence names (see MESSAGES)
    expected_kind: str = ""  # how to write expected_value (a key of EXPECTED_KINDS); "" = use `expected`
    expected_value: object = field(default=None, hash=False)


# Message id → the params it carries. One sentence each; a renderer in another language needs nothing else.
MESSAGES = {
    "right": (),  # "Right."
    "chose": ("option",),  # single choice, wrong: the option text picked
    "all_options": (),  # multiple select, exactly right
    "some_options": ("hits", "right", "wrong"),  # multiple select: right picks of `right` correct ones, wrong picks
    "answered": ("answer",),  # true/false, wrong: the bool answered
    "in_order": (),  # order, exactly right
    "pairs_in_order": ("good", "pairs"),  # order: pairs of events in the right order, of all pairs
    "all_match": (),  # match, exactly right
    "pairs_match": ("good", "pairs"),  # match: pairs right, of all pairs
    "date_exact": ("placed",),  # place on timeline: ISO partial date placed
    "date_close": ("placed", "months"),  # within tolerance: months off
    "date_late": ("placed", "months"),  # beyond tolerance (write with gap_parts for long gaps)
    "date_early": ("placed", "months"),
    "no_answer": (),  # short answer left empty
    "not_accepted": ("text",),  # short answer, wrong: the text given (stripped)
    "year_close": ("year", "years"),  # numeric year within tolerance: years off
    "year_late": ("year", "years"),
    "year_early": ("year", "years"),
}
# Expected-value kind → its type: text str; options, sequence list[str]; pairs list[[str, str]]; bool bool;
# date ISO partial date str; year {"year": int, "tolerance": int}.
EXPECTED_KINDS = ("text", "options", "bool", "sequence", "pairs", "date", "year")


def gap_parts(months: int) -> tuple[int, int]:
    """A gap in months as it is written: (0, months) under two years, else (years, months left)."""
    return (0, months) if months < 24 else divmod(months, 12)


def grade(question: dict, answer) -> Grade:
    """Grade `answer` against `question`; raises AnswerError if the answer has the wrong shape."""
    if not isinstance(question, dict):
        raise AnswerError("the question must be a table of fields")
    qtype = question.get("type")
    grader = _GRADERS.get(qtype)
    if grader is None:
        raise AnswerError(f"unknown question type {qtype!r}")
    try:
        return grader(question, answer)
    except AnswerError:
        raise
    except (KeyError, TypeError, IndexError, AttributeError) as exc:
        raise AnswerError(f"question '{question.get('id', '?')}' is incomplete for its type {qtype}: {exc}") from exc


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _single_choice(q: dict, answer) -> Grade:
    options, right = q["options"], q["correct"][0]
    if not _is_int(answer) or not 0 <= answer < len(options):
        raise AnswerError(f"pick one option by its number, 0 to {len(options) - 1} (got {answer!r})")
    ok = answer == right
    detail = "Right." if ok else f"You chose “{options[answer]}”."
    message, params = ("right", {}) if ok else ("chose", {"option": options[answer]})
    return Grade(ok, 1.0 if ok else 0.0, options[right], detail, message, params, "text", options[right])


def _multiple_select(q: dict, answer) -> Grade:
    options, right = q["options"], set(q["correct"])
    if not isinstance(answer, (list, tuple, set, frozenset)) or not all(_is_int(a) for a in answer):
        raise AnswerError(f"pick options by their numbers, as a list (got {answer!r})")
    picks = list(answer)
    if len(set(picks)) != len(picks):
        raise AnswerError("an option is picked twice")
    if any(not 0 <= a < len(options) for a in picks):
        raise AnswerError(f"option numbers run from 0 to {len(options) - 1} (got {sorted(picks)})")
    hits, misses = len(right & set(picks)), len(set(picks) - right)
    score = max(0.0, (hits - misses) / len(right))
    ok = set(picks) == right
    wanted = [options[i] for i in sorted(right)]
    if ok:
        detail, message, params = "Right: you picked every correct option and nothing else.", "all_options", {}
    else:
        detail = (f"You picked {hits} of {len(right)} correct options"
                  + (f" and {_plural(misses, 'wrong one')}." if misses else "."))
        message, params = "some_options", {"hits": hits, "right": len(right), "wrong": misses}
    return Grade(ok, score, "; ".join(wanted), detail, message, params, "options", wanted)


def _true_false(q: dict, answer) -> Grade:
    if not isinstance(answer, bool):
        raise AnswerError(f"answer true or false (got {answer!r})")
    right = bool(q["answer"])
    ok = answer == right
    detail = "Right." if ok else f"You answered “{'True' if answer else 'False'}”."
    message, params = ("right", {}) if ok else ("answered", {"answer": answer})
    return Grade(ok, 1.0 if ok else 0.0, "True" if right else "False", detail, message, params, "bool", right)


def _order(q: dict, answer) -> Grade:
    items = list(q["items"])
    titles = q.get("item_titles") or {}
    if not isinstance(answer, (list, tuple)) or sorted(map(str, answer)) != sorted(items) or len(answer) != len(items):
        raise AnswerError(f"put each of the {len(items)} events in order exactly once (got {answer!r})")
    rank = {slug: i for i, slug in enumerate(items)}
    placed = [rank[a] for a in answer]
    pairs = [(i, j) for i in range(len(placed)) for j in range(i + 1, len(placed))]
    good = sum(1 for i, j in pairs if placed[i] < placed[j])
    ok = good == len(pairs)
    sequence = [titles.get(s, s) for s in items]
    detail = "Right: every event is in its place." if ok else f"{good} of {len(pairs)} pairs of events are in the right order."
    message, params = ("in_order", {}) if ok else ("pairs_in_order", {"good": good, "pairs": len(pairs)})
    return Grade(ok, good / len(pairs), " → ".join(sequence), detail, message, params, "sequence", sequence)


def _match(q: dict, answer) -> Grade:
    pairs = [tuple(p) for p in q["pairs"]]
    if not isinstance(answer, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in answer.items()):
        raise AnswerError(f"give a partner for each left item, as left → right (got {answer!r})")
    lefts = {left for left, _ in pairs}
    unknown = [k for k in answer if k not in lefts]
    if unknown:
        raise AnswerError(f"{unknown[0]!r} is not one of the items to match")
    good = sum(1 for left, right in pairs if answer.get(left) == right)
    ok = good == len(pairs)
    expected = "; ".join(f"{left} → {right}" for left, right in pairs)
    detail = "Right: every pair matches." if ok else f"{good} of {len(pairs)} pairs match."
    message, params = ("all_match", {}) if ok else ("pairs_match", {"good": good, "pairs": len(pairs)})
    return Grade(ok, good / len(pairs), expected, detail, message, params, "pairs", [list(p) for p in pairs])


def _months(date: PartialDate) -> tuple[int, int]:
    """A partial date as an inclusive span of month numbers (year × 12 + month − 1)."""
    base = date.year * 12
    if date.month is None:
        return base, base + 11
    return base + date.month - 1, base + date.month - 1


def zero_credit_months(tolerance: int) -> int:
    """How many months off a placed marker gets no credit at all."""
    return 3 * tolerance + 12


# What a prompt promises about grading: "to the month" means only the right month earns full credit.
_PROMPT_GRAIN = re.compile(r"\bto the (month|year)\b", re.IGNORECASE)


def timeline_rule(question: dict) -> tuple[str, int]:
    """(grain, tolerance) of a place_on_timeline question: full credit for a date inside the answer's
    month ("month", a day counts as its month) or year ("year"), widened by `tolerance` months."""
    target = PartialDate.parse(str(question["answer"]))
    return ("year" if target.month is None else "month"), int(question.get("tolerance", 0) or 0)


def prompt_grain(prompt: str) -> str | None:
    """"month" or "year" when the prompt says "to the month" / "to the year", else None."""
    found = _PROMPT_GRAIN.search(prompt or "")
    return found.group(1).lower() if found else None


def timeline_mismatch(question: dict) -> str:
    """Why a place_on_timeline question's grading does not match its prompt ("" when it does)."""
    said = prompt_grain(question.get("prompt", ""))
    try:
        grain, tolerance = timeline_rule(question)
    except (ValidationError, KeyError, TypeError, ValueError):
        return ""  # an invalid answer is validation's message, not this one
    if said == "month" and grain != "month":
        return "the prompt says 'to the month' but the answer is only a year"
    if said == "month" and tolerance:
        return (f"the prompt says 'to the month' but a date {_plural(tolerance, 'month')} off still gets full credit; "
                "set tolerance = 0")
    if said == "year" and grain != "year":
        return "the prompt says 'to the year' but the answer names a month; give the answer as a year"
    return ""


# A year or date as students write them in each content language (after NFKC, so full-width digits count):
# 2024年 / 2024년 / 2024 г. / в 2024 году; 2024年6月18日 / 2024년 6월 18일 / 18 июня 2024 г. / June 2024.
_YEAR = re.compile(r"(?:в\s+)?(\d{1,4})\s*(?:年|년|г\.?|гг\.?|год[ау]?)?\.?")
_CJK_DATE = re.compile(r"(\d{1,4})\s*[年년]\s*(?:(\d{1,2})\s*[月월]\s*(?:(\d{1,2})\s*[日일])?)?")
_WORD_DATE = re.compile(r"(?:(\d{1,2})\s+)?([^\W\d_]+)\s+(\d{1,4})\s*(?:г\.?|год[ау]?)?\.?")
_MONTH_WORDS = {name.casefold(): i for names in (MONTHS, RU_MONTHS, RU_MONTHS_OF) for i, name in enumerate(names) if i}


def read_year(text) -> int | None:
    """A year typed the local way ("2024", "２０２４", "2024年", "2024년", "2024 г."), or None."""
    if _is_int(text):
        return text
    if not isinstance(text, str):
        return None
    found = _YEAR.fullmatch(unicodedata.normalize("NFKC", text).strip().casefold())
    return int(found.group(1)) if found else None


def read_date(text: str) -> str | None:
    """A partial date typed the local way ("2024年6月", "2024년 6월 18일", "июнь 2024 г.", "June 2024") as ISO."""
    if not isinstance(text, str):
        return None
    plain = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    try:
        return PartialDate.parse(plain).iso()
    except ValidationError:
        pass
    parts = None
    if found := _CJK_DATE.fullmatch(plain):
        parts = found.groups()
    elif (found := _WORD_DATE.fullmatch(plain)) and found.group(2) in _MONTH_WORDS:
        parts = (found.group(3), _MONTH_WORDS[found.group(2)], found.group(1))
    elif (year := read_year(plain)) is not None:
        parts = (year, None, None)
    if parts is None:
        return None
    year, month, day = (int(p) if p is not None else None for p in parts)
    iso = f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if month and day else "")
    try:
        return PartialDate.parse(iso).iso()
    except ValidationError:
        return None


def _place_on_timeline(q: dict, answer) -> Grade:
    target = PartialDate.parse(str(q["answer"]))
    tolerance = int(q.get("tolerance", 0) or 0)
    if isinstance(answer, str):
        try:
            PartialDate.parse(answer)
        except ValidationError:
            answer = read_date(answer) or answer  # a local form; what cannot be read is the parser's message
    if not isinstance(answer, str):
        raise AnswerError(f"place the marker on a date such as 2018 or 2018-06 (got {answer!r})")
    try:
        placed = PartialDate.parse(answer, "answer")
    except ValidationError as exc:
        raise AnswerError(str(exc)) from exc
    (a0, a1), (b0, b1) = _months(target), _months(placed)
    # The worst month the student's span allows: a bare year cannot earn credit for a month it did not name.
    gap = max(max(0, b - a1, a0 - b) for b in (b0, b1))
    zero = zero_credit_months(tolerance)
    score = 1.0 if gap <= tolerance else max(0.0, 1 - (gap - tolerance) / (zero - tolerance))
    ok = gap <= tolerance
    params = {"placed": placed.iso(), "months": gap}
    if gap == 0:
        detail, message, params = f"Right on: {placed.label()}.", "date_exact", {"placed": placed.iso()}
    elif ok:
        detail, message = f"{placed.label()} is {_plural(gap, 'month')} off, close enough.", "date_close"
    else:
        years, months = gap_parts(gap)
        off = _plural(years, "year") + (f" {_plural(months, 'month')}" if months else "") if years else _plural(gap, "month")
        late = b1 > a1
        detail = f"{placed.label()} is {off} {'too late' if late else 'too early'}."
        message = "date_late" if late else "date_early"
    return Grade(ok, round(score, 4), target.label(), detail, message, params, "date", target.iso())


_ARTICLES = re.compile(r"^(?:(?:the|a|an) )+")


def normalise(text: str) -> str:
    """Text reduced for comparison: no accents, case, punctuation, extra spaces or leading article."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    words = "".join(c if c.isalnum() else " " for c in bare.replace("'", "").replace("’", ""))
    return _ARTICLES.sub("", " ".join(words.split()))


def _short_answer(q: dict, answer) -> Grade:
    accepted = [a for a in q["answers"] if isinstance(a, str)]
    if not isinstance(answer, str):
        raise AnswerError(f"type an answer as text (got {answer!r})")
    given = normalise(answer)
    ok = bool(given) and any(given == normalise(a) for a in accepted)
    detail = "Right." if ok else ("No answer given." if not given else f"“{answer.strip()}” is not what we were looking for.")
    message, params = ("right", {}) if ok else ("no_answer", {}) if not given else ("not_accepted", {"text": answer.strip()})
    return Grade(ok, 1.0 if ok else 0.0, accepted[0], detail, message, params, "text", accepted[0])


def _numeric_year(q: dict, answer) -> Grade:
    answer = read_year(answer) if isinstance(answer, str) else answer
    if not _is_int(answer):
        raise AnswerError(f"answer with a year, such as 2017 (got {answer!r})")
    right, tolerance = int(q["answer"]), int(q.get("tolerance", 0) or 0)
    off = abs(answer - right)
    ok = off <= tolerance
    params = {"year": answer, "years": off}
    if off == 0:
        detail, message, params = "Right.", "right", {}
    elif ok:
        detail, message = f"{answer} is {_plural(off, 'year')} off, close enough.", "year_close"
    else:
        detail = f"{answer} is {_plural(off, 'year')} {'too late' if answer > right else 'too early'}."
        message = "year_late" if answer > right else "year_early"
    expected = str(right) if not tolerance else f"{right} (± {_plural(tolerance, 'year')})"
    return Grade(ok, 1.0 if ok else 0.0, expected, detail, message, params, "year",
                 {"year": right, "tolerance": tolerance})


_GRADERS = {
    "single_choice": _single_choice,
    "multiple_select": _multiple_select,
    "true_false": _true_false,
    "order": _order,
    "match": _match,
    "place_on_timeline": _place_on_timeline,
    "short_answer": _short_answer,
    "numeric_year": _numeric_year,
}
