"""Content items (actors, events, claims, questions …) as plain dicts: validate, save, read, delete.

One item format serves the seed files, content packs and the editor: the shape documented in
`resources/content/FORMAT.md`. Every write runs in one transaction and returns a `Changes`.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable

from sqlite_utils import Database

from db.changes import Changes
from db.connection import write_transaction
from db.dates import PartialDate, check_interval
from db.errors import NotFoundError, ValidationError
from db.schema import CLAIM_STATUSES, QUESTION_PURPOSES

# Kind (singular, as in files) -> table. Order matters: later kinds refer to earlier ones.
TABLES = {
    "actor": "actors",
    "theme": "themes",
    "source": "sources",
    "event": "events",
    "era": "eras",
    "relation": "relations",
    "claim": "claims",
    "question": "questions",
    "module": "modules",
}
KIND_ORDER = tuple(TABLES)
EVENT_KINDS = ("article", "context", "post-article")
RELATION_KINDS = ("alliance", "partnership", "warming", "strained", "rivalry", "hostility", "dependence")
DIRECTIONS = ("", "a->b", "b->a")
QUESTION_TYPES = (
    "single_choice", "multiple_select", "true_false", "order", "match",
    "place_on_timeline", "short_answer", "numeric_year",
)
QUESTION_DATA_FIELDS = ("options", "correct", "answer", "tolerance", "items", "pairs", "answers", "feedback")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # use fullmatch: "$" would accept a final newline
COLOR = re.compile(r"#[0-9a-fA-F]{6}")


# ---------------------------------------------------------------- lookups


def slug_ids(db: Database, table: str) -> dict[str, int]:
    """Map every slug of a table to its row id."""
    return {slug: rid for rid, slug in db.execute(f"SELECT id, slug FROM {table}").fetchall()}


def row_id(db: Database, kind: str, slug: str) -> int | None:
    """The row id of an item, or None."""
    row = db.execute(f"SELECT id FROM {TABLES[kind]} WHERE slug = ?", [slug]).fetchone()
    return row[0] if row else None


# ---------------------------------------------------------------- validation


def _text(item: dict, name: str) -> str:
    value = item.get(name, "")
    return value.strip() if isinstance(value, str) else value


def _refs(db: Database, table: str, slugs, field: str, problems: list, pending: dict | None,
          unique: bool = True) -> None:
    known = slug_ids(db, table)
    extra = (pending or {}).get(table, set())
    if not isinstance(slugs, list):
        problems.append((field, "must be a list"))
        return
    seen: set[str] = set()
    for slug in slugs:
        if not isinstance(slug, str):
            problems.append((field, f"{slug!r} is not an identifier"))
            continue
        if slug not in known and slug not in extra:
            problems.append((field, f"'{slug}' names no {table[:-1]}"))
        elif unique and slug in seen:  # each link is stored once: a repeat would break the link table
            problems.append((field, f"'{slug}' is listed twice"))
        seen.add(slug)


def _sources(db: Database, item: dict, problems: list, pending: dict | None, required: bool = True) -> None:
    sources = item.get("sources", [])
    if not isinstance(sources, list):
        problems.append(("sources", "must be a list of {source, locator}"))
        return
    if required and not sources:
        problems.append(("sources", "no source: every item must say where it comes from"))
    slugs = []
    for i, cite in enumerate(sources):
        if not isinstance(cite, dict) or not isinstance(cite.get("source"), str):
            problems.append((f"sources[{i}]", "must be a table with a 'source' id"))
        else:
            if cite["source"] in slugs:
                problems.append((f"sources[{i}]", f"'{cite['source']}' is cited twice; give one locator for it"))
            slugs.append(cite["source"])
    # A repeat is reported above, per citation; _refs would name it a second time.
    _refs(db, "sources", slugs, "sources", problems, pending, unique=False)


def _interval(item: dict, problems: list, end_allowed: bool = True) -> None:
    start, end = item.get("start", ""), item.get("end", "") or ""
    try:
        check_interval(start, end if end_allowed else "", "")
    except ValidationError as exc:
        problems.extend((w.lstrip(".") or "start", m) for w, m in exc.problems)


def _validate_question_data(db: Database, item: dict, problems: list, pending: dict | None) -> None:
    qtype = item.get("type")
    options, correct = item.get("options"), item.get("correct")
    if qtype in ("single_choice", "multiple_select"):
        if not isinstance(options, list) or len(options) < 2 or not all(isinstance(o, str) and o.strip() for o in options):
            problems.append(("options", "give at least two non-empty options"))
            return
        if len({o.strip().casefold() for o in options}) != len(options):
            problems.append(("options", "two options have the same text"))
        if not isinstance(correct, list) or not all(isinstance(c, int) and not isinstance(c, bool) for c in correct):
            problems.append(("correct", "must list the numbers of the correct options"))
            return
        if any(c < 0 or c >= len(options) for c in correct):
            problems.append(("correct", "the correct answer is not among the options"))
        elif qtype == "single_choice" and len(set(correct)) != 1:
            problems.append(("correct", "one correct answer is expected" if correct else "no correct answer is marked"))
        elif qtype == "multiple_select" and not correct:
            problems.append(("correct", "mark at least one correct option"))
    elif qtype == "true_false":
        if not isinstance(item.get("answer"), bool):
            problems.append(("answer", "must be true or false"))
    elif qtype == "numeric_year":
        answer, tolerance = item.get("answer"), item.get("tolerance", 0)
        if not isinstance(answer, int) or isinstance(answer, bool) or not 1000 <= answer <= 2999:
            problems.append(("answer", "must be a year, such as 2017"))
        if not isinstance(tolerance, int) or isinstance(tolerance, bool) or tolerance < 0:
            problems.append(("tolerance", "must be a whole number of years, 0 or more"))
    elif qtype == "place_on_timeline":
        try:
            PartialDate.parse(str(item.get("answer", "")), "answer")
        except ValidationError as exc:
            problems.extend(exc.problems)
        tolerance = item.get("tolerance", 0)
        if not isinstance(tolerance, int) or isinstance(tolerance, bool) or tolerance < 0:
            problems.append(("tolerance", "must be a whole number of months, 0 or more"))
    elif qtype == "short_answer":
        answers = item.get("answers")
        if not isinstance(answers, list) or not answers or not all(isinstance(a, str) and a.strip() for a in answers):
            problems.append(("answers", "give at least one accepted answer"))
    elif qtype == "order":
        items = item.get("items")
        if not isinstance(items, list) or len(items) < 2 or not all(isinstance(i, str) for i in items):
            problems.append(("items", "give at least two events to put in order"))
        else:
            if len(set(items)) != len(items):
                problems.append(("items", "an event is listed twice"))
            _refs(db, "events", items, "items", problems, pending, unique=False)
    elif qtype == "match":
        pairs = item.get("pairs")
        if not isinstance(pairs, list) or len(pairs) < 2 or not all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(s, str) and s.strip() for s in p) for p in pairs
        ):
            problems.append(("pairs", "give at least two pairs, each [left, right]"))
        else:
            if len({p[0] for p in pairs}) != len(pairs) or len({p[1] for p in pairs}) != len(pairs):
                problems.append(("pairs", "each left and each right side must be different"))


def _validate_feedback(item: dict, problems: list) -> None:
    """Optional per-answer feedback (from GIFT / Moodle XML): one text per option or accepted answer."""
    feedback = item.get("feedback")
    if feedback is None:
        return
    if not isinstance(feedback, list) or not all(isinstance(f, str) for f in feedback):
        problems.append(("feedback", "must be a list of texts"))
        return
    expected = {"single_choice": "options", "multiple_select": "options", "short_answer": "answers"}.get(item.get("type"))
    if expected and isinstance(item.get(expected), list) and len(feedback) != len(item[expected]):
        problems.append(("feedback", f"give one text per entry of '{expected}' ({len(item[expected])})"))
    elif item.get("type") == "true_false" and len(feedback) != 2:
        problems.append(("feedback", "give two texts: for a wrong answer, then for a right one"))


def _validate_syndication(item: dict, problems: list) -> None:
    """A source's optional `syndicated` flag (a copy through an aggregator) and its `original_outlet`."""
    syndicated = item.get("syndicated", False)
    if not isinstance(syndicated, bool):
        problems.append(("syndicated", "must be true or false"))
    original = item.get("original_outlet", "")
    if not isinstance(original, str):
        problems.append(("original_outlet", "must be text"))
    elif original.strip() and syndicated is False:
        problems.append(("original_outlet", "only a syndicated copy names an original outlet; set syndicated = true"))


def validate_item(db: Database, kind: str, item: dict, pending: dict | None = None) -> list[tuple[str, str]]:
    """Problems with an item as (field, message); empty when it may be saved.

    `pending` maps table -> slugs that will exist (items saved in the same batch)."""
    if kind not in TABLES:
        return [("kind", f"unknown kind '{kind}'")]
    problems: list[tuple[str, str]] = []
    if not isinstance(item, dict):
        return [("", "must be a table of fields")]
    slug = item.get("id")
    if not isinstance(slug, str) or not SLUG.fullmatch(slug):
        problems.append(("id", f"'{slug}' is not an identifier (lowercase letters, digits and '-')"))
    required = {"actor": "name", "theme": "name", "source": "title", "event": "title", "era": "name",
                "claim": "text", "question": "prompt", "module": "title"}.get(kind)
    if required and not (isinstance(item.get(required), str) and item[required].strip()):
        problems.append((required, "must not be empty"))
    if kind == "actor":
        if item.get("color") and not COLOR.fullmatch(str(item["color"])):
            problems.append(("color", "must be a colour like #1f5fa8"))
        if item.get("renamed"):
            try:
                PartialDate.parse(str(item["renamed"]), "renamed")
            except ValidationError as exc:
                problems.extend(exc.problems)
    elif kind == "source":
        if item.get("kind", "external") not in ("article", "external"):
            problems.append(("kind", "must be 'article' or 'external'"))
        if item.get("published"):
            try:
                PartialDate.parse(str(item["published"]), "published")
            except ValidationError as exc:
                problems.extend(exc.problems)
        _validate_syndication(item, problems)
    elif kind in ("event", "era", "relation"):
        _interval(item, problems)
        _sources(db, item, problems, pending)
        if kind == "event":
            if item.get("kind", "context") not in EVENT_KINDS:
                problems.append(("kind", f"must be one of {', '.join(EVENT_KINDS)}"))
            imp = item.get("importance", 3)
            if not isinstance(imp, int) or isinstance(imp, bool) or not 1 <= imp <= 5:
                problems.append(("importance", "must be a whole number from 1 to 5"))
            if not item.get("actors"):
                problems.append(("actors", "name at least one actor"))
            _refs(db, "actors", item.get("actors", []), "actors", problems, pending)
            _refs(db, "themes", item.get("themes", []), "themes", problems, pending)
        if kind == "relation":
            a, b = item.get("a"), item.get("b")
            _refs(db, "actors", [x for x in (a, b) if x], "a/b", problems, pending, unique=False)
            if not a or not b:
                problems.append(("a/b", "a relation needs two actors"))
            elif a == b:
                problems.append(("b", "a relation needs two different actors"))
            if item.get("kind") not in RELATION_KINDS:
                problems.append(("kind", f"must be one of {', '.join(RELATION_KINDS)}"))
            strength = item.get("strength", 3)
            if not isinstance(strength, int) or isinstance(strength, bool) or not 1 <= strength <= 5:
                problems.append(("strength", "must be a whole number from 1 to 5"))
            if item.get("direction", "") not in DIRECTIONS:
                problems.append(("direction", "must be '', 'a->b' or 'b->a'"))
            for name in ("opened_by", "closed_by"):
                if item.get(name):
                    _refs(db, "events", [item[name]], name, problems, pending)
    elif kind == "claim":
        if item.get("status") not in CLAIM_STATUSES:
            problems.append(("status", f"must be one of {', '.join(CLAIM_STATUSES)}"))
        para = item.get("paragraph")
        if para is not None and (not isinstance(para, int) or isinstance(para, bool) or para < 1):
            problems.append(("paragraph", "must be a paragraph number"))
        _refs(db, "events", item.get("events", []), "events", problems, pending)
        _sources(db, item, problems, pending)
    elif kind == "question":
        if item.get("type") not in QUESTION_TYPES:
            problems.append(("type", f"must be one of {', '.join(QUESTION_TYPES)}"))
        else:
            _validate_question_data(db, item, problems, pending)
            _validate_feedback(item, problems)
        if item.get("purpose", "recall") not in QUESTION_PURPOSES:
            problems.append(("purpose", f"must be one of {', '.join(QUESTION_PURPOSES)}"))
        _refs(db, "claims", item.get("claims", []), "claims", problems, pending)
        _refs(db, "events", item.get("events", []), "events", problems, pending)
        _sources(db, item, problems, pending)
    elif kind == "module":
        _refs(db, "questions", item.get("questions", []), "questions", problems, pending)
    _check_types(item, problems)
    return problems


# Optional fields stored as they are: text must be text and numbers whole numbers SQLite can hold.
_TEXT_FIELDS = ("short", "summary", "note", "label", "outlet", "url", "explanation")
_INT_FIELDS = ("order", "paragraph")
_SQLITE_INT = range(-(2**63), 2**63)


def _check_types(item: dict, problems: list) -> None:
    """Problems with the type of fields the kind-specific checks leave alone."""
    for name in _TEXT_FIELDS:
        if name in item and not isinstance(item[name], str):
            problems.append((name, "must be text"))
    if item.get("former_name") is not None and not isinstance(item["former_name"], str):
        problems.append(("former_name", "must be text"))
    for name in _INT_FIELDS:
        value = item.get(name)
        if name in item and not (name == "paragraph" and value is None) and (
                not isinstance(value, int) or isinstance(value, bool) or value not in _SQLITE_INT):
            problems.append((name, "must be a whole number"))
    for name, value in item.items():
        if isinstance(value, int) and not isinstance(value, bool) and value not in _SQLITE_INT \
                and name not in _INT_FIELDS:
            problems.append((name, "is too large"))
    sources = item.get("sources")
    if isinstance(sources, list):
        for i, cite in enumerate(sources):
            if isinstance(cite, dict) and "locator" in cite and not isinstance(cite["locator"], str):
                problems.append((f"sources[{i}].locator", "must be text"))


def _raise_if_invalid(db: Database, kind: str, item: dict, pending: dict | None = None) -> None:
    problems = validate_item(db, kind, item, pending)
    if problems:
        where = f"{kind} '{item.get('id', '?')}'" if isinstance(item, dict) else kind
        raise ValidationError([(f"{where}.{field}" if field else where, msg) for field, msg in problems])


# ---------------------------------------------------------------- saving


def _precision(text: str | None) -> str | None:
    return PartialDate.parse(text).precision if text else None


def _upsert(db: Database, table: str, slug: str, row: dict) -> tuple[int, bool]:
    """Insert or update by slug; return (id, changed)."""
    existing = db.execute(f"SELECT * FROM {table} WHERE slug = ?", [slug]).fetchone()
    if existing is None:
        cols = ["slug", *row]
        cur = db.execute(
            f"INSERT INTO {table} ({', '.join(_q(c) for c in cols)}) VALUES ({', '.join('?' for _ in cols)})",
            [slug, *row.values()],
        )
        return cur.lastrowid, True
    names = [d[0] for d in db.execute(f"SELECT * FROM {table} LIMIT 0").description]
    current = dict(zip(names, existing, strict=True))
    diff = {k: v for k, v in row.items() if current.get(k) != v}
    if diff:
        db.execute(
            f"UPDATE {table} SET {', '.join(f'{_q(k)} = ?' for k in diff)} WHERE id = ?",
            [*diff.values(), current["id"]],
        )
    return current["id"], bool(diff)


def _q(column: str) -> str:
    return f'"{column}"'


def _replace_links(db: Database, table: str, owner_col: str, owner_id: int, rows: list[dict]) -> bool:
    """Replace an item's link rows; return True if they differ from before."""
    cols = sorted({k for r in rows for k in r})
    before = db.execute(f"SELECT * FROM {table} WHERE {owner_col} = ?", [owner_id]).fetchall()
    names = [d[0] for d in db.execute(f"SELECT * FROM {table} LIMIT 0").description]
    before_set = {tuple(sorted((k, v) for k, v in zip(names, r, strict=True) if k in cols)) for r in before}
    after_set = {tuple(sorted((k, r[k]) for k in cols)) for r in rows}
    if before_set == after_set and len(before) == len(rows):
        return False
    db.execute(f"DELETE FROM {table} WHERE {owner_col} = ?", [owner_id])
    for r in rows:
        db.execute(
            f"INSERT INTO {table} ({', '.join(r)}) VALUES ({', '.join('?' for _ in r)})", list(r.values())
        )
    return True


def _citations(db: Database, column: str, owner_id: int, sources: list[dict]) -> bool:
    ids = slug_ids(db, "sources")
    rows = [{column: owner_id, "source_id": ids[c["source"]], "locator": c.get("locator", "")} for c in sources]
    return _replace_links(db, "citations", column, owner_id, rows)


def _save_one(db: Database, kind: str, item: dict) -> bool:
    """Write one validated item (inside the caller's transaction); True if anything changed."""
    slug = item["id"]
    table = TABLES[kind]
    if kind == "actor":
        row = {"name": item["name"].strip(), "former_name": item.get("former_name") or None,
               "renamed": item.get("renamed") or None, "short": item.get("short", ""),
               "color": item.get("color", "#555555"), "sort_order": item.get("order", 100),
               "summary": item.get("summary", "")}
        return _upsert(db, table, slug, row)[1]
    if kind == "theme":
        return _upsert(db, table, slug, {"name": item["name"].strip()})[1]
    if kind == "source":
        row = {"kind": item.get("kind", "external"), "title": item["title"].strip(),
               "outlet": item.get("outlet", ""), "published": item.get("published") or None,
               "url": item.get("url", ""), "note": item.get("note", ""),
               "syndicated": int(bool(item.get("syndicated"))),
               "original_outlet": (item.get("original_outlet") or "").strip()}
        return _upsert(db, table, slug, row)[1]
    if kind in ("event", "era", "relation"):
        end = item.get("end") or None
        row = {"start": item["start"], "start_precision": _precision(item["start"]),
               "end": end, "end_precision": _precision(end), "summary": item.get("summary", "")}
        if kind == "event":
            row.update(title=item["title"].strip(), kind=item.get("kind", "context"),
                       importance=item.get("importance", 3), paragraph=item.get("paragraph"))
        elif kind == "era":
            row.update(name=item["name"].strip())
        else:
            actors, events = slug_ids(db, "actors"), slug_ids(db, "events")
            row.update(actor_a=actors[item["a"]], actor_b=actors[item["b"]], kind=item["kind"],
                       label=item.get("label", ""), strength=item.get("strength", 3),
                       direction=item.get("direction", ""),
                       opened_by=events.get(item.get("opened_by") or ""),
                       closed_by=events.get(item.get("closed_by") or ""))
        rid, changed = _upsert(db, table, slug, row)
        if kind == "event":
            actors, themes = slug_ids(db, "actors"), slug_ids(db, "themes")
            changed |= _replace_links(db, "event_actors", "event_id", rid,
                                      [{"event_id": rid, "actor_id": actors[a]} for a in item.get("actors", [])])
            changed |= _replace_links(db, "event_themes", "event_id", rid,
                                      [{"event_id": rid, "theme_id": themes[t]} for t in item.get("themes", [])])
        changed |= _citations(db, f"{kind}_id", rid, item.get("sources", []))
        return changed
    if kind == "claim":
        row = {"paragraph": item.get("paragraph"), "text": item["text"].strip(),
               "status": item["status"], "note": item.get("note", "")}
        rid, changed = _upsert(db, table, slug, row)
        events = slug_ids(db, "events")
        changed |= _replace_links(db, "claim_events", "claim_id", rid,
                                  [{"claim_id": rid, "event_id": events[e]} for e in item.get("events", [])])
        changed |= _citations(db, "claim_id", rid, item.get("sources", []))
        return changed
    if kind == "question":
        data = {k: item[k] for k in QUESTION_DATA_FIELDS if k in item}
        row = {"type": item["type"], "prompt": item["prompt"].strip(),
               "data": json.dumps(data, ensure_ascii=False, sort_keys=True),
               "explanation": item.get("explanation", ""), "generated": int(bool(item.get("generated"))),
               "purpose": item.get("purpose") or "recall", "deleted_at": None}
        existing = db.execute("SELECT id, type, prompt, data, explanation, version FROM questions WHERE slug = ?",
                              [slug]).fetchone()
        if existing and (existing[1], existing[2], existing[3], existing[4]) != (
            row["type"], row["prompt"], row["data"], row["explanation"]
        ):
            row["version"] = existing[5] + 1  # attempts keep the version they answered
        rid, changed = _upsert(db, table, slug, row)
        claims, events, sources = slug_ids(db, "claims"), slug_ids(db, "events"), slug_ids(db, "sources")
        changed |= _replace_links(db, "question_claims", "question_id", rid,
                                  [{"question_id": rid, "claim_id": claims[c]} for c in item.get("claims", [])])
        changed |= _replace_links(db, "question_events", "question_id", rid,
                                  [{"question_id": rid, "event_id": events[e]} for e in item.get("events", [])])
        changed |= _replace_links(db, "question_sources", "question_id", rid,
                                  [{"question_id": rid, "source_id": sources[c["source"]],
                                    "locator": c.get("locator", "")} for c in item.get("sources", [])])
        return changed
    if kind == "module":
        row = {"title": item["title"].strip(), "summary": item.get("summary", ""),
               "sort_order": item.get("order", 100)}
        rid, changed = _upsert(db, table, slug, row)
        questions = slug_ids(db, "questions")
        changed |= _replace_links(db, "module_questions", "module_id", rid,
                                  [{"module_id": rid, "question_id": questions[q], "position": i}
                                   for i, q in enumerate(item.get("questions", []))])
        return changed
    raise ValueError(kind)


def save_items(db: Database, items: Iterable[tuple[str, dict]], *, origin: object | None = None) -> Changes:
    """Validate and save (kind, item) pairs in one transaction; all or nothing. Returns what changed."""
    batch = list(items)
    pending: dict[str, set] = defaultdict(set)
    for kind, item in batch:
        if kind in TABLES and isinstance(item, dict) and isinstance(item.get("id"), str):
            pending[TABLES[kind]].add(item["id"])
    changes = Changes(origin=origin)
    # Validate inside the write transaction: another window cannot delete what an item refers to
    # between the check and the write.
    with write_transaction(db, "your changes"):
        problems: list[tuple[str, str]] = []
        for kind, item in batch:
            for field, msg in validate_item(db, kind, item, pending):
                where = f"{kind} '{item.get('id', '?')}'" if isinstance(item, dict) else kind
                problems.append((f"{where}.{field}" if field else where, msg))
        if problems:
            raise ValidationError(problems)
        ordered = sorted(batch, key=lambda pair: KIND_ORDER.index(pair[0]))
        for kind, item in ordered:
            if _save_one(db, kind, item):
                changes.add(TABLES[kind], item["id"])
    return changes


def save_item(db: Database, *, kind: str, item: dict, origin: object | None = None) -> Changes:
    """Validate and save one item in its own transaction; return what changed."""
    return save_items(db, [(kind, item)], origin=origin)


def delete_item(db: Database, *, kind: str, slug: str, origin: object | None = None) -> Changes:
    """Delete an item (a question is only hidden, so students' history stays); return what changed."""
    if kind not in TABLES:
        raise ValidationError(f"unknown kind '{kind}'", "kind")
    table = TABLES[kind]
    with write_transaction(db, "the deletion"):
        return _delete(db, kind, table, slug, origin)


def _delete(db: Database, kind: str, table: str, slug: str, origin: object | None) -> Changes:
    rid = row_id(db, kind, slug)
    if rid is None:
        raise NotFoundError(f"no {kind} with id '{slug}'")
    users = {
        "actor": [("event_actors", "actor_id", "events"), ("relations", "actor_a", "relations"),
                  ("relations", "actor_b", "relations")],
        "theme": [("event_themes", "theme_id", "events")],
        "source": [("citations", "source_id", "items"), ("question_sources", "source_id", "questions")],
    }.get(kind, [])
    for link, col, what in users:
        n = db.execute(f"SELECT count(*) FROM {link} WHERE {col} = ?", [rid]).fetchone()[0]
        if n:
            raise ValidationError(f"still used by {n} {what}; change those first", f"{kind} '{slug}'")
    changes = Changes(origin=origin)
    if kind == "question":
        db.execute("UPDATE questions SET deleted_at = datetime('now') WHERE id = ?", [rid])
        db.execute("DELETE FROM module_questions WHERE question_id = ?", [rid])
    else:
        db.execute(f"DELETE FROM {table} WHERE id = ?", [rid])
    changes.add(table, slug)
    return changes


# ---------------------------------------------------------------- reading


def _grouped(db: Database, sql: str) -> dict[int, list]:
    out: dict[int, list] = defaultdict(list)
    for owner, *rest in db.execute(sql).fetchall():
        out[owner].append(rest[0] if len(rest) == 1 else rest)
    return out


def _cites(db: Database, column: str) -> dict[int, list[dict]]:
    rows = _grouped(db, f"SELECT c.{column}, s.slug, c.locator FROM citations c JOIN sources s ON s.id = c.source_id "
                        f"WHERE c.{column} IS NOT NULL ORDER BY c.id")
    return {k: [_cite(s, loc) for s, loc in v] for k, v in rows.items()}


def _cite(source: str, locator: str) -> dict:
    return {"source": source, "locator": locator} if locator else {"source": source}


def _interval_fields(row: dict) -> dict:
    out = {"start": row["start"]}
    if row["end"]:
        out["end"] = row["end"]
    return out


def list_items(db: Database, kind: str, *, include_deleted: bool = False) -> list[dict]:
    """Every item of a kind in the file format, in a stable order."""
    table = TABLES[kind]
    order = {"actors": "sort_order, slug", "events": "start, slug", "eras": "start, slug",
             "relations": "start, slug", "modules": "sort_order, slug"}.get(table, "slug")
    where = "" if include_deleted or kind != "question" else " WHERE deleted_at IS NULL"
    rows = list(db.query(f"SELECT * FROM {table}{where} ORDER BY {order}"))
    out = []
    if kind == "actor":
        for r in rows:
            item = {"id": r["slug"], "name": r["name"], "short": r["short"], "color": r["color"],
                    "order": r["sort_order"], "summary": r["summary"]}
            if r["former_name"]:
                item["former_name"] = r["former_name"]
            if r["renamed"]:
                item["renamed"] = r["renamed"]
            out.append(item)
    elif kind == "theme":
        out = [{"id": r["slug"], "name": r["name"]} for r in rows]
    elif kind == "source":
        for r in rows:
            item = {"id": r["slug"], "kind": r["kind"], "title": r["title"]}
            item.update({k: r[k] for k in ("outlet", "published", "url", "note") if r[k]})
            if r["syndicated"]:
                item["syndicated"] = True
            if r["original_outlet"]:
                item["original_outlet"] = r["original_outlet"]
            out.append(item)
    elif kind == "event":
        actors = _grouped(db, "SELECT ea.event_id, a.slug FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
                              "ORDER BY a.sort_order")
        themes = _grouped(db, "SELECT et.event_id, t.slug FROM event_themes et JOIN themes t ON t.id = et.theme_id "
                              "ORDER BY t.slug")
        cites = _cites(db, "event_id")
        for r in rows:
            item = {"id": r["slug"], "title": r["title"], **_interval_fields(r), "kind": r["kind"],
                    "importance": r["importance"], "actors": actors.get(r["id"], []),
                    "themes": themes.get(r["id"], [])}
            if r["paragraph"] is not None:
                item["paragraph"] = r["paragraph"]
            item.update(summary=r["summary"], sources=cites.get(r["id"], []))
            out.append(item)
    elif kind == "era":
        cites = _cites(db, "era_id")
        out = [{"id": r["slug"], "name": r["name"], **_interval_fields(r), "summary": r["summary"],
                "sources": cites.get(r["id"], [])} for r in rows]
    elif kind == "relation":
        actors = {rid: slug for slug, rid in slug_ids(db, "actors").items()}
        events = {rid: slug for slug, rid in slug_ids(db, "events").items()}
        cites = _cites(db, "relation_id")
        for r in rows:
            item = {"id": r["slug"], "a": actors[r["actor_a"]], "b": actors[r["actor_b"]], "kind": r["kind"],
                    "label": r["label"], "strength": r["strength"], "direction": r["direction"],
                    **_interval_fields(r)}
            if r["opened_by"]:
                item["opened_by"] = events[r["opened_by"]]
            if r["closed_by"]:
                item["closed_by"] = events[r["closed_by"]]
            item.update(summary=r["summary"], sources=cites.get(r["id"], []))
            out.append(item)
    elif kind == "claim":
        events = _grouped(db, "SELECT ce.claim_id, e.slug FROM claim_events ce JOIN events e ON e.id = ce.event_id "
                              "ORDER BY e.start, e.slug")
        cites = _cites(db, "claim_id")
        for r in rows:
            item = {"id": r["slug"], "paragraph": r["paragraph"], "text": r["text"], "status": r["status"],
                    "note": r["note"], "events": events.get(r["id"], []), "sources": cites.get(r["id"], [])}
            if item["paragraph"] is None:
                del item["paragraph"]
            out.append(item)
    elif kind == "question":
        claims = _grouped(db, "SELECT qc.question_id, c.slug FROM question_claims qc JOIN claims c ON c.id = qc.claim_id "
                              "ORDER BY c.slug")
        events = _grouped(db, "SELECT qe.question_id, e.slug FROM question_events qe JOIN events e ON e.id = qe.event_id "
                              "ORDER BY e.start, e.slug")
        sources = _grouped(db, "SELECT qs.question_id, s.slug, qs.locator FROM question_sources qs "
                               "JOIN sources s ON s.id = qs.source_id ORDER BY s.slug")
        for r in rows:
            item = {"id": r["slug"], "type": r["type"], "prompt": r["prompt"], **json.loads(r["data"]),
                    "explanation": r["explanation"], "claims": claims.get(r["id"], []),
                    "events": events.get(r["id"], []),
                    "sources": [_cite(s, loc) for s, loc in sources.get(r["id"], [])]}
            if r["purpose"] != "recall":
                item["purpose"] = r["purpose"]
            if r["generated"]:
                item["generated"] = True
            out.append(item)
    elif kind == "module":
        questions = _grouped(db, "SELECT mq.module_id, q.slug FROM module_questions mq JOIN questions q "
                                 "ON q.id = mq.question_id WHERE q.deleted_at IS NULL ORDER BY mq.position")
        out = [{"id": r["slug"], "title": r["title"], "summary": r["summary"], "order": r["sort_order"],
                "questions": questions.get(r["id"], [])} for r in rows]
    return out


def get_item(db: Database, kind: str, slug: str) -> dict:
    """One item in the file format; NotFoundError if there is none."""
    # Small tables: reading the list keeps one code path for the shape of an item.
    for item in list_items(db, kind, include_deleted=True):
        if item["id"] == slug:
            return item
    raise NotFoundError(f"no {kind} with id '{slug}'")
