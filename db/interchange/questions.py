"""What GIFT and Moodle XML share: which types they carry, and turning parsed questions into a batch.

Both formats carry a question's text, answers, per-answer feedback and general feedback, but not
Trilemma's links (claims, events, sources). On export the links travel in a comment or tag Moodle
ignores; on import links that name nothing known are dropped, an existing question keeps its own,
and a new question without a known source cites the imported file (a source item made for it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from db import progress
from db.content import get_item, list_items, slug_ids, validate_item
from db.errors import NotFoundError, TrilemmaError
from db.i18n_items import localized, localized_all
from db.interchange.common import FormatError, ImportPreview, Items, apply_items, preview_items, slugify

if TYPE_CHECKING:
    from db.connection import Database

SUPPORTED_TYPES = ("single_choice", "multiple_select", "true_false", "short_answer", "numeric_year", "match")
TYPE_FIELDS = {
    "single_choice": ("options", "correct", "feedback"),
    "multiple_select": ("options", "correct", "feedback"),
    "true_false": ("answer", "feedback"),
    "short_answer": ("answers", "feedback"),
    "numeric_year": ("answer", "tolerance", "feedback"),
    "match": ("pairs",),
}
MAX_FILE_BYTES = 10 * 1024 * 1024


@dataclass
class ParsedQuestion:
    """One question read from a file, with the place it came from (for messages)."""

    where: str
    item: dict
    module: str | None = None
    links: dict = field(default_factory=dict)


@dataclass
class ParsedModule:
    """A category of the file, which becomes a module."""

    where: str
    id: str
    title: str
    extra: dict = field(default_factory=dict)


@dataclass
class ParsedFile:
    """Everything read from one file: questions, modules (categories) and notes for the preview."""

    questions: list[ParsedQuestion] = field(default_factory=list)
    modules: dict[str, ParsedModule] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    # Places of questions or categories that could not be read: (where, id or "", reason).
    failed: list[tuple[str, str, str]] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)  # "where: which type" of each question skipped

    def fail(self, exc: FormatError, qid: str = "") -> None:
        """Record a question or category that cannot be imported, with each of its problems."""
        self.problems.extend(exc.problems)
        for where, message in exc.problems:
            self.failed.append((where, qid, message))


def read_text(path: str | Path) -> str:
    """A text file's content as UTF-8 (a BOM is allowed); FormatError naming the place otherwise."""
    path = Path(path)
    data = path.read_bytes()
    if len(data) > MAX_FILE_BYTES:
        raise FormatError(f"the file is larger than {MAX_FILE_BYTES // 1024 // 1024} MB", path.name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FormatError("not UTF-8 text; save the file as UTF-8", f"{path.name} line {line}") from exc


_GENERATED = re.compile(r"gen-(year|month|date|order|first|who-one|who)-(.+)")
_SAME = ("type", "prompt", "options", "correct", "answer", "items", "explanation")


def in_language(db: Database, questions: list[dict], lang: str | None) -> list[dict]:
    """Questions in `lang`: the translators' text where there is one; a generated question nobody translated
    is made again in the language, when what the generator makes in English is still exactly the question."""
    if not lang or lang == "en":
        return questions
    from db.generate import generate_questions

    made: dict[tuple[str, str | None], dict[str, dict]] = {}

    def generated(anchor: str, language: str | None) -> dict[str, dict]:
        if (anchor, language) not in made:
            try:
                made[anchor, language] = {g["id"]: g for g in generate_questions(db, event_slugs=[anchor], lang=language)}
            except TrilemmaError:
                made[anchor, language] = {}
        return made[anchor, language]

    out = []
    for q in questions:
        local = localized("question", q, lang, db)
        match = _GENERATED.fullmatch(q["id"]) if q.get("generated") and local == q else None
        if match:
            english = generated(match.group(2), None).get(q["id"])
            if english is not None and all(english.get(k) == q.get(k) for k in _SAME):
                again = generated(match.group(2), lang)[q["id"]]
                local = {**q, **{k: again[k] for k in ("prompt", "explanation", "options") if k in again}}
        out.append(local)
    return out


def questions_to_export(db: Database, module: str | None,
                        lang: str | None = None) -> tuple[list[tuple[dict | None, list[dict]]], list[str]]:
    """[(module or None, its questions)] of the supported types (in `lang` where translated), and those skipped
    ("q-7 (place on timeline)")."""
    questions = {q["id"]: q for q in in_language(db, list_items(db, "question"), lang)}
    modules = list_items(db, "module")
    if module is not None:
        try:
            modules = [get_item(db, "module", module)]
        except NotFoundError as exc:
            raise FormatError(str(exc), "--module") from exc
    modules = localized_all("module", modules, lang, db)
    skipped: list[str] = []
    placed: set[str] = set()
    groups: list[tuple[dict | None, list[dict]]] = []
    for mod in modules:
        group = []
        for qid in mod["questions"]:
            q = questions.get(qid)
            if q is None or qid in placed:
                continue
            placed.add(qid)
            if q["type"] in SUPPORTED_TYPES:
                group.append(q)
            else:
                skipped.append(f"{qid} ({q['type'].replace('_', ' ')})")
        groups.append((mod, group))
    if module is None:
        loose = [q for qid, q in questions.items() if qid not in placed]
        skipped += [f"{q['id']} ({q['type'].replace('_', ' ')})" for q in loose if q["type"] not in SUPPORTED_TYPES]
        groups.insert(0, (None, [q for q in loose if q["type"] in SUPPORTED_TYPES]))
    return groups, skipped


def links_of(question: dict) -> dict:
    """The links a file carries for a question (claims, events, sources, generated, purpose)."""
    out = {k: question[k] for k in ("claims", "events", "sources") if question.get(k)}
    if question.get("generated"):
        out["generated"] = True
    if question.get("purpose", "recall") != "recall":
        out["purpose"] = question["purpose"]
    return out


def module_extra(module: dict) -> dict:
    """What a file carries for a module beyond its title."""
    return {"module": module["id"], "summary": module.get("summary", ""), "order": module.get("order", 100)}


class IdPool:
    """Ids already given in one file; `claim` hands out `base`, `base-2`, `base-3` … in constant time."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.next: dict[str, int] = {}

    def __contains__(self, slug: str) -> bool:
        return slug in self.used

    def claim(self, base: str) -> str:
        """`base` if free, else the next free `base-N`."""
        candidate, n = base, self.next.get(base, 2)
        while candidate in self.used:
            candidate, n = f"{base}-{n}", n + 1
        self.next[base] = n
        self.used.add(candidate)
        return candidate


def id_from_title(title: str, prompt: str, taken: IdPool) -> str:
    """A question id: the title itself when it is an id already, else one made from title or prompt."""
    if re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", title or "") and title not in taken:
        return taken.claim(title)
    words = " ".join((title or prompt).split()[:8])
    return taken.claim(slugify(words, "q"))


def _origin_id(qid: str, pq: ParsedQuestion, fallback_id: str, existing: dict, taken: IdPool,
               notes: list[str]) -> str:
    """The question's id, kept apart from an unrelated question of another file that has the same id."""
    if qid not in existing or pq.links.get("sources"):
        return qid  # new, or a file Trilemma wrote (its links name the question's own sources)
    if any(c.get("source") == fallback_id for c in existing[qid].get("sources", [])):
        return qid  # imported from a file of the same name before: this import updates it
    new = taken.claim(slugify(f"{fallback_id.removeprefix('import-')} {qid.removeprefix('q-')}", "q"))
    notes.append(f"{pq.where}: the id '{qid}' belongs to a question from another file; "
                 f"this one is imported as '{new}'")
    return new


def build_items(db: Database, parsed: ParsedFile, file_name: str, fmt_label: str, *,
                skip_invalid: bool = False) -> tuple[Items, list[dict]]:
    """A validated batch and one row per question and category (will import or skipped, with the reason).

    Without skip_invalid, any problem refuses the whole file: FormatError lists every problem at once."""
    known = {t: set(slug_ids(db, t)) for t in ("claims", "events", "sources", "questions", "modules")}
    fallback_id = slugify(Path(file_name).stem, "import")
    existing: dict[str, dict] = {}
    if any(pq.item["id"] in known["questions"] for pq in parsed.questions):  # read once, not per question
        existing = {q["id"]: q for q in list_items(db, "question", include_deleted=True)}
    taken = IdPool()
    for pq in parsed.questions:
        taken.used.add(pq.item["id"])
    rows = [{"where": w, "kind": "question", "id": qid, "status": "skip", "reason": r} for w, qid, r in parsed.failed]
    questions: list[tuple[ParsedQuestion, dict]] = []
    for pq in parsed.questions:
        item = dict(pq.item)
        item["id"] = _origin_id(item["id"], pq, fallback_id, existing, taken, parsed.notes)
        current = existing.get(item["id"])
        for key in ("claims", "events"):
            wanted = [x for x in pq.links.get(key, []) if x in known[key]]
            item[key] = wanted or (current or {}).get(key, [])
        sources = [c for c in pq.links.get("sources", []) if c["source"] in known["sources"]]
        item["sources"] = sources or (current or {}).get("sources", []) or [{"source": fallback_id}]
        if pq.links.get("generated") is True:
            item["generated"] = True
        if isinstance(pq.links.get("purpose"), str):
            item["purpose"] = pq.links["purpose"]  # validated with the item: an unknown purpose is named
        questions.append((pq, item))
    pending = {"questions": {item["id"] for _, item in questions}, "sources": {fallback_id},
               "modules": set(parsed.modules)}
    good: list[tuple[ParsedQuestion, dict]] = []
    for number, (pq, item) in enumerate(questions, 1):
        progress.step("reading", number, len(questions))
        problems = _problems(db, "question", item, pending)
        rows.append({"where": pq.where, "kind": "question", "id": item["id"],
                     "status": "skip" if problems else "import", "reason": "; ".join(problems)})
        if not problems:
            good.append((pq, item))
    items: Items = [("question", item) for _, item in good]
    if any(c == {"source": fallback_id} for _, item in good for c in item["sources"]):
        items.insert(0, ("source", {
            "id": fallback_id, "kind": "external", "title": f"Imported questions: {file_name}",
            "note": f"Questions imported from the {fmt_label} file {file_name} on "
                    f"{datetime.now(UTC).date().isoformat()}; check them against the article.",
        }))
    by_module: dict[str, list[str]] = {}
    for pq, item in good:
        if pq.module:
            by_module.setdefault(pq.module, []).append(item["id"])
    existing_modules = {m["id"]: m for m in list_items(db, "module")} if parsed.modules else {}
    pending["questions"] = {item["id"] for _, item in good}
    for mid, mod in parsed.modules.items():
        current = existing_modules.get(mid)
        order = (current or {}).get("questions", [])
        module = {"id": mid, "title": mod.title,
                  "summary": mod.extra.get("summary", (current or {}).get("summary", "")),
                  "order": mod.extra.get("order", (current or {}).get("order", 100)),
                  "questions": order + [q for q in by_module.get(mid, []) if q not in order]}
        problems = _problems(db, "module", module, pending)
        rows.append({"where": mod.where, "kind": "module", "id": mid, "status": "skip" if problems else "import",
                     "reason": "; ".join(problems)})
        if not problems:
            items.append(("module", module))
    rows.sort(key=lambda r: _line_key(r["where"]))
    bad = [r for r in rows if r["status"] == "skip"]
    if bad and not skip_invalid:
        raise FormatError([(r["where"], r["reason"]) for r in bad])
    return items, rows


def _line_key(where: str) -> tuple[int, str]:
    m = re.search(r"line (\d+)", where)
    return (int(m.group(1)) if m else 0, where)


def _problems(db: Database, kind: str, item: dict, pending: dict) -> list[str]:
    """The content rules' problems with one item, as text."""
    return [f"{fld}: {msg}" if fld else msg for fld, msg in validate_item(db, kind, item, pending)]


def preview_parsed(db: Database, read: tuple[Items, list[dict], list[str]]) -> ImportPreview:
    """The preview of a read file (batch, rows, notes), with one row per question (will import or skipped)."""
    items, rows, notes = read
    preview = preview_items(db, items, notes)
    preview.rows = rows
    return preview


def apply_parsed(db: Database, read: tuple[Items, list[dict], list[str]]):
    """Save a read file's batch (batch, rows, notes) in one transaction."""
    return apply_items(db, read[0])


def read_parsed(db: Database, parsed: ParsedFile, file_name: str, label: str, empty: str, *,
                skip_invalid: bool = False) -> tuple[Items, list[dict], list[str]]:
    """A parsed GIFT or Moodle XML file as (batch, per-question rows, notes); FormatError when it holds no question."""
    if not parsed.questions and not parsed.problems:
        if parsed.unsupported:
            raise FormatError([tuple(w.split(": ", 1)) for w in parsed.unsupported])
        raise FormatError(empty, file_name)
    items, rows = build_items(db, parsed, file_name, label, skip_invalid=skip_invalid)
    return items, rows, parsed.notes


def answer_feedback(question: dict, answer) -> list[str]:
    """The per-answer feedback (kept from GIFT / Moodle XML) a student who gave `answer` sees, as Moodle shows it."""
    from db.grading import normalise

    feedback = question.get("feedback") or []
    kind = question.get("type")
    picked: list[int] = []
    if kind == "single_choice" and isinstance(answer, int) and not isinstance(answer, bool):
        picked = [answer]
    elif kind == "multiple_select" and isinstance(answer, (list, tuple)):
        picked = sorted({a for a in answer if isinstance(a, int) and not isinstance(a, bool)})
    elif kind == "true_false" and isinstance(answer, bool):
        picked = [1 if answer == question.get("answer") else 0]  # [if wrong, if right]
    elif kind == "short_answer" and isinstance(answer, str) and normalise(answer):
        accepted = [normalise(a) for a in question.get("answers", []) if isinstance(a, str)]
        picked = [accepted.index(normalise(answer))] if normalise(answer) in accepted else []
    elif kind == "numeric_year" and isinstance(answer, int) and not isinstance(answer, bool):
        right, tolerance = question.get("answer"), question.get("tolerance", 0) or 0
        picked = [0] if isinstance(right, int) and abs(answer - right) <= tolerance else []
    return [feedback[i] for i in picked if 0 <= i < len(feedback) and isinstance(feedback[i], str) and feedback[i]]
