"""Teaching rules: what a teacher's review of the content would catch, beyond what makes an item invalid.

Each rule looks at items in the file format (resources/content/FORMAT.md) and returns findings
(rule, field, message). `python -m db check` reports them for every item (and fails on them, so the
shipped content keeps to them); the editor shows the findings for the item being edited as warnings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from db.content import list_items
from db.grading import normalise, timeline_mismatch

if TYPE_CHECKING:
    from db.connection import Database

# Sites that republish other outlets' reports: a source there is a copy (mark it syndicated, or cite the original).
AGGREGATOR_DOMAINS = (
    "yahoo.com", "msn.com", "news.google.com", "flipboard.com", "aol.com", "newsbreak.com", "headtopics.com",
    "pressreader.com", "newsnow.co.uk", "ground.news", "inkl.com", "theworldnews.net", "menafn.com",
    "devdiscourse.com", "urdupoint.com", "exbulletin.com", "pledgetimes.com", "viewusglobal.com", "5ux.com",
    "issuhub.com", "megalodon.jp", "rationalreview.com", "newsbeezer.com", "latestly.com",
)
TRUE_FALSE_MIN = 4  # below this many true/false questions a module is not judged for balance
TRUE_FALSE_SHARE = 0.25  # the rarer answer must be at least this share
PATTERN_WORDS, PATTERN_MIN = 4, 3  # true/false prompts opening with the same 4 words, 3 or more of them
SHORT_ANSWER_TEXT = 4  # answer texts shorter than this (say "US") are too common to flag in a prompt
IMPORT_NOTE = "Questions imported from"  # the note of the placeholder source an import gives unsourced questions


@dataclass(frozen=True)
class Finding:
    """One teaching problem: which rule, the item it is about, the field, and a sentence saying what is wrong."""

    rule: str
    kind: str
    item: str
    field: str
    message: str

    def line(self) -> str:
        """The finding as one line of `python -m db check` output."""
        return f"{self.kind} '{self.item}'.{self.field}: {self.message} [{self.rule}]"


def _contains(prompt: str, text: str) -> bool:
    words = normalise(text)
    return len(words) >= SHORT_ANSWER_TEXT and f" {words} " in f" {normalise(prompt)} "


def answer_texts(question: dict) -> list[str]:
    """The texts that are the answer (those a prompt must not contain)."""
    qtype = question.get("type")
    try:
        if qtype in ("single_choice", "multiple_select"):
            return [question["options"][i] for i in question.get("correct", [])]
        if qtype == "short_answer":
            return list(question.get("answers", []))
        if qtype == "numeric_year":
            return [str(question["answer"])]
    except (KeyError, IndexError, TypeError):
        return []
    return []


def question_findings(question: dict, sources: dict[str, dict]) -> list[tuple[str, str, str]]:
    """(rule, field, message) for one question on its own; `sources` maps source id → source item."""
    out = []
    prompt = question.get("prompt", "")
    for text in answer_texts(question):
        if _contains(prompt, text):
            out.append(("answer-in-prompt", "prompt", f"the prompt contains its answer “{text}”"))
            break
    if question.get("type") == "place_on_timeline":
        mismatch = timeline_mismatch(question)
        if mismatch:
            out.append(("tolerance-and-prompt", "tolerance", mismatch))
    if not str(question.get("explanation", "")).strip():
        out.append(("no-explanation", "explanation", "no explanation: say why the answer is right, after answering"))
    cited = [c.get("source") for c in question.get("sources", []) if isinstance(c, dict)]
    if not cited:
        out.append(("no-source", "sources", "no source: cite where the answer comes from"))
    elif all(str(sources.get(s, {}).get("note", "")).startswith(IMPORT_NOTE) for s in cited):
        out.append(("no-source", "sources", "only the import's placeholder source: cite where the answer comes from"))
    return out


def claim_findings(claim: dict) -> list[tuple[str, str, str]]:
    """(rule, field, message) for one claim: a status other than confirmed needs a note saying why."""
    if claim.get("status", "confirmed") != "confirmed" and not str(claim.get("note", "")).strip():
        return [("status-without-note", "note",
                 f"status '{claim.get('status')}' without a note: say what public reporting shows")]
    return []


def source_findings(source: dict) -> list[tuple[str, str, str]]:
    """(rule, field, message) for one source: a page on an aggregator's site must be marked syndicated."""
    host = (urlparse(str(source.get("url", ""))).hostname or "").lower()
    if not source.get("syndicated") and any(host == d or host.endswith("." + d) for d in AGGREGATOR_DOMAINS):
        return [("aggregator-not-syndicated", "syndicated",
                 f"{host} republishes other outlets: cite the original, or mark this copy syndicated "
                 "with its original_outlet")]
    return []


def fact_keys(question: dict) -> set[tuple]:
    """What fact a question asks, for finding a fact asked twice: the date of its one event, or its answer
    text about each item it links."""
    links = [f"event:{e}" for e in question.get("events", [])] + [f"claim:{c}" for c in question.get("claims", [])]
    if question.get("type") in ("numeric_year", "place_on_timeline") and len(question.get("events", [])) == 1:
        return {("date", question["events"][0])}
    answers = tuple(sorted(normalise(a) for a in answer_texts(question)))
    if not answers or question.get("type") == "numeric_year":
        return set()
    return {("answer", question.get("type"), answers, link) for link in links}


def module_findings(module: dict, questions: dict[str, dict]) -> list[tuple[str, str, str]]:
    """(rule, field, message) for one module: true/false balance, and the same fact asked twice."""
    out = []
    asked = [questions[q] for q in module.get("questions", []) if q in questions]
    answers = [q.get("answer") for q in asked if q.get("type") == "true_false"]
    if len(answers) >= TRUE_FALSE_MIN:
        rarer = min(answers.count(True), answers.count(False))
        if rarer / len(answers) < TRUE_FALSE_SHARE:
            common = "true" if answers.count(True) > answers.count(False) else "false"
            out.append(("true-false-balance", "questions",
                        f"{len(answers) - rarer} of its {len(answers)} true/false questions are {common}: "
                        "a student can guess the pattern"))
    seen: dict[tuple, str] = {}
    reported: set[tuple[str, str]] = set()
    for q in asked:
        for key in sorted(fact_keys(q), key=str):
            first = seen.setdefault(key, q["id"])
            if first != q["id"] and (first, q["id"]) not in reported:
                reported.add((first, q["id"]))
                what = f"the date of '{key[1]}'" if key[0] == "date" else f"“{key[2][0]}” about '{key[3].split(':')[1]}'"
                out.append(("same-fact-twice", "questions", f"'{first}' and '{q['id']}' both ask {what}"))
    return out


def pattern_findings(questions: list[dict]) -> list[Finding]:
    """True/false questions opening alike ("According to the article, …") whose answers are all the same:
    the opening gives the answer away across the whole content, not just one module."""
    groups: dict[str, list[dict]] = {}
    for q in questions:
        if q.get("type") == "true_false":
            words = normalise(str(q.get("prompt", ""))).split()[:PATTERN_WORDS]
            groups.setdefault(" ".join(words), []).append(q)
    out = []
    for opening, group in groups.items():
        answers = {bool(q.get("answer")) for q in group}
        if len(group) >= PATTERN_MIN and len(answers) == 1:
            out.append(Finding("true-false-balance", "question", group[0]["id"], "prompt",
                               f"all {len(group)} true/false questions opening “{opening} …” are "
                               f"{'true' if answers.pop() else 'false'}: the opening gives the answer away"))
    return out


def teaching_findings(db: Database) -> list[Finding]:
    """Every teaching finding in the database, in kind order."""
    sources = {s["id"]: s for s in list_items(db, "source")}
    questions = {q["id"]: q for q in list_items(db, "question")}
    out: list[Finding] = []
    for s in sources.values():
        out += [Finding(r, "source", s["id"], f, m) for r, f, m in source_findings(s)]
    for c in list_items(db, "claim"):
        out += [Finding(r, "claim", c["id"], f, m) for r, f, m in claim_findings(c)]
    for q in questions.values():
        out += [Finding(r, "question", q["id"], f, m) for r, f, m in question_findings(q, sources)]
    out += pattern_findings(list(questions.values()))
    for mod in list_items(db, "module"):
        out += [Finding(r, "module", mod["id"], f, m) for r, f, m in module_findings(mod, questions)]
    return out


def item_findings(db: Database, kind: str, item: dict) -> list[tuple[str, str, str]]:
    """(rule, field, message) for one item as it is being edited (the editor's warnings)."""
    if kind == "question":
        sources = {s["id"]: s for s in list_items(db, "source")}
        found = question_findings(item, sources)
        # Module rules, as they would stand with this version of the question.
        questions = {q["id"]: q for q in list_items(db, "question")}
        questions[item.get("id", "")] = item
        for mod in list_items(db, "module"):
            if item.get("id") in mod.get("questions", []):
                found += [(r, f, f"module '{mod['id']}': {m}") for r, f, m in module_findings(mod, questions)
                          if r != "same-fact-twice" or f"'{item.get('id')}'" in m]
        return found
    if kind == "claim":
        return claim_findings(item)
    if kind == "source":
        return source_findings(item)
    if kind == "module":
        questions = {q["id"]: q for q in list_items(db, "question")}
        return module_findings(item, questions)
    return []


RULES = ("answer-in-prompt", "true-false-balance", "tolerance-and-prompt", "same-fact-twice", "no-explanation",
         "no-source", "status-without-note", "aggregator-not-syndicated")
