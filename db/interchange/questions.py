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

from sqlite_utils import Database

from db.content import get_item, list_items, slug_ids, validate_item
from db.errors import NotFoundError
from db.interchange.common import FormatError, ImportPreview, Items, apply_items, preview_items, slugify

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


def questions_to_export(db: Database, module: str | None) -> tuple[list[tuple[dict | None, list[dict]]], list[str]]:
    """[(module or None, its questions)] of the supported types, and ids skipped with the reason."""
    questions = {q["id"]: q for q in list_items(db, "question")}
    modules = list_items(db, "module")
    if module is not None:
        try:
            modules = [get_item(db, "module", module)]
        except NotFoundError as exc:
            raise FormatError(str(exc), "--module") from exc
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
                skipped.append(f"{qid} ({q['type']} has no equivalent)")
        groups.append((mod, group))
    if module is None:
        loose = [q for qid, q in questions.items() if qid not in placed]
        skipped += [f"{q['id']} ({q['type']} has no equivalent)" for q in loose if q["type"] not in SUPPORTED_TYPES]
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


def build_items(db: Database, parsed: ParsedFile, file_name: str, fmt_label: str) -> Items:
    """Turn parsed questions and categories into a validated batch; FormatError naming places if not."""
    if parsed.problems:
        raise FormatError(parsed.problems)
    known = {t: set(slug_ids(db, t)) for t in ("claims", "events", "sources", "questions", "modules")}
    fallback_id = slugify(Path(file_name).stem, "import")
    fallback_needed = False
    items: Items = []
    existing_questions: dict[str, dict] | None = None
    for pq in parsed.questions:
        item = dict(pq.item)
        existing = None
        if item["id"] in known["questions"]:
            if existing_questions is None:  # read once: get_item per question would be quadratic
                existing_questions = {q["id"]: q for q in list_items(db, "question", include_deleted=True)}
            existing = existing_questions[item["id"]]
        for key, table in (("claims", "claims"), ("events", "events")):
            wanted = [x for x in pq.links.get(key, []) if isinstance(x, str) and x in known[table]]
            item[key] = wanted or (existing or {}).get(key, [])
        sources = [c for c in pq.links.get("sources", [])
                   if isinstance(c, dict) and c.get("source") in known["sources"]]
        item["sources"] = sources or (existing or {}).get("sources", [])
        if not item["sources"]:
            item["sources"] = [{"source": fallback_id}]
            fallback_needed = True
        if pq.links.get("generated") is True:
            item["generated"] = True
        if isinstance(pq.links.get("purpose"), str):
            item["purpose"] = pq.links["purpose"]  # validated with the item: an unknown purpose is named
        items.append(("question", item))
    if fallback_needed:
        items.insert(0, ("source", {
            "id": fallback_id, "kind": "external", "title": f"Imported questions: {file_name}",
            "note": f"Questions imported from the {fmt_label} file {file_name} on "
                    f"{datetime.now(UTC).date().isoformat()}; check them against the article.",
        }))
    by_module: dict[str, list[str]] = {}
    for pq in parsed.questions:
        if pq.module:
            by_module.setdefault(pq.module, []).append(pq.item["id"])
    existing_modules = {m["id"]: m for m in list_items(db, "module")} if parsed.modules else {}
    for mid, mod in parsed.modules.items():
        current = existing_modules.get(mid)
        order = (current or {}).get("questions", [])
        merged = order + [q for q in by_module.get(mid, []) if q not in order]
        items.append(("module", {"id": mid, "title": mod.title,
                                 "summary": mod.extra.get("summary", (current or {}).get("summary", "")),
                                 "order": mod.extra.get("order", (current or {}).get("order", 100)),
                                 "questions": merged}))
    _check_items(db, items, {pq.item["id"]: pq.where for pq in parsed.questions},
                 {mid: m.where for mid, m in parsed.modules.items()})
    return items


def _check_items(db: Database, items: Items, question_places: dict, module_places: dict) -> None:
    """Validate each item by the content rules and report problems at the file's places."""
    pending: dict[str, set] = {}
    for kind, item in items:
        pending.setdefault({"question": "questions", "module": "modules", "source": "sources"}[kind], set()).add(item["id"])
    problems = []
    for kind, item in items:
        place = (question_places if kind == "question" else module_places).get(item["id"], "")
        for fld, msg in validate_item(db, kind, item, pending):
            problems.append((place, f"{kind} '{item['id']}'.{fld}: {msg}" if fld else f"{kind} '{item['id']}': {msg}"))
    if problems:
        raise FormatError(problems)


def preview_parsed(db: Database, items: Items, notes: list[str]) -> ImportPreview:
    """The preview of a parsed file's batch."""
    return preview_items(db, items, notes)


def apply_parsed(db: Database, items: Items):
    """Save a parsed file's batch in one transaction."""
    return apply_items(db, items)
