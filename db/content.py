"""Content items (actors, events, claims, questions …) as plain dicts: validate, save, read, delete.

One item format serves the seed files, content packs and the editor: the shape documented in
`resources/content/FORMAT.md`. What is particular to a kind lives in its module under `db/kinds/`;
this module holds what all kinds share. Every write runs in one transaction and returns a `Changes`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from db import progress
from db.changes import Changes
from db.connection import write_transaction
from db.errors import NotFoundError, ValidationError
from db.kinds import KIND_ORDER, REGISTRY, TABLES
from db.kinds.claim import CLAIM_STATUSES
from db.kinds.event import EVENT_KINDS
from db.kinds.question import QUESTION_DATA_FIELDS, QUESTION_PURPOSES, QUESTION_TYPES
from db.kinds.relation import DIRECTIONS, RELATION_KINDS
from db.plural import counted

if TYPE_CHECKING:
    from db.connection import Database

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # use fullmatch: "$" would accept a final newline

__all__ = [
    "TABLES", "KIND_ORDER", "CLAIM_STATUSES", "EVENT_KINDS", "QUESTION_DATA_FIELDS", "QUESTION_PURPOSES", "QUESTION_TYPES",
    "DIRECTIONS", "RELATION_KINDS", "slug_ids", "row_id", "validate_item", "save_items", "save_item",
    "delete_item", "list_items", "get_item",
]


def slug_ids(db: Database, table: str) -> dict[str, int]:
    """Map every slug of a table to its row id."""
    return {slug: rid for rid, slug in db.execute(f"SELECT id, slug FROM {table}").fetchall()}


def row_id(db: Database, kind: str, slug: str) -> int | None:
    """The row id of an item, or None."""
    row = db.execute(f"SELECT id FROM {TABLES[kind]} WHERE slug = ?", [slug]).fetchone()
    return row[0] if row else None


# ---------------------------------------------------------------- validation


def validate_item(db: Database, kind: str, item: dict, pending: dict | None = None) -> list[tuple[str, str]]:
    """Problems with an item as (field, message); empty when it may be saved.

    `pending` maps table -> slugs that will exist (items saved in the same batch)."""
    if kind not in REGISTRY:
        return [("kind", f"unknown kind '{kind}'")]
    if not isinstance(item, dict):
        return [("", "must be a table of fields")]
    spec = REGISTRY[kind]
    problems: list[tuple[str, str]] = []
    slug = item.get("id")
    if not isinstance(slug, str) or not SLUG.fullmatch(slug):
        problems.append(("id", f"'{slug}' is not an identifier (lowercase letters, digits and '-')"))
    if spec.required and not (isinstance(item.get(spec.required), str) and item[spec.required].strip()):
        problems.append((spec.required, "must not be empty"))
    spec.check(db, item, problems, pending)
    _check_types(item, problems)
    return problems


# Optional fields stored as they are: text must be text and numbers whole numbers SQLite can hold. A field
# one kind declares is checked on every kind (an item of another kind ignores it, but it must not be junk).
_TEXT_FIELDS = tuple(dict.fromkeys(f for spec in REGISTRY.values() for f in spec.text_fields))
_INT_FIELDS = tuple(dict.fromkeys(f for spec in REGISTRY.values() for f in spec.int_fields))
_SQLITE_INT = range(-(2**63), 2**63)


def _check_types(item: dict, problems: list) -> None:
    """Problems with the type of fields the kind-specific checks leave alone."""
    for name in _TEXT_FIELDS:
        if name in item and not isinstance(item[name], str):
            problems.append((name, "must be text"))
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


# ---------------------------------------------------------------- saving and deleting


def _save_one(db: Database, kind: str, item: dict) -> bool:
    """Write one validated item (inside the caller's transaction); True if anything changed."""
    return REGISTRY[kind].save(db, item)


def save_items(db: Database, items: Iterable[tuple[str, dict]]) -> Changes:
    """Validate and save (kind, item) pairs in one transaction; all or nothing. Returns what changed."""
    batch = list(items)
    pending: dict[str, set] = defaultdict(set)
    for kind, item in batch:
        if kind in TABLES and isinstance(item, dict) and isinstance(item.get("id"), str):
            pending[TABLES[kind]].add(item["id"])
    changes = Changes()
    # Validate inside the write transaction: another window cannot delete what an item refers to
    # between the check and the write.
    with write_transaction(db, "your changes"):
        problems: list[tuple[str, str]] = []
        for number, (kind, item) in enumerate(batch, 1):
            progress.step("checking", number, len(batch))
            for field, msg in validate_item(db, kind, item, pending):
                where = f"{kind} '{item.get('id', '?')}'" if isinstance(item, dict) else kind
                problems.append((f"{where}.{field}" if field else where, msg))
        if problems:
            raise ValidationError(problems)
        for number, (kind, item) in enumerate(sorted(batch, key=lambda pair: KIND_ORDER.index(pair[0])), 1):
            progress.step("saving", number, len(batch))
            if _save_one(db, kind, item):
                changes.add(TABLES[kind], item["id"])
    return changes


def save_item(db: Database, *, kind: str, item: dict) -> Changes:
    """Validate and save one item in its own transaction; return what changed."""
    return save_items(db, [(kind, item)])


def delete_item(db: Database, *, kind: str, slug: str) -> Changes:
    """Delete an item (a question is only hidden, so students' history stays); return what changed."""
    if kind not in REGISTRY:
        raise ValidationError(f"unknown kind '{kind}'", "kind")
    spec = REGISTRY[kind]
    with write_transaction(db, "the deletion"):
        rid = row_id(db, kind, slug)
        if rid is None:
            raise NotFoundError(f"no {kind} with id '{slug}'")
        for link, col, what in spec.used_by:
            n = db.execute(f"SELECT count(*) FROM {link} WHERE {col} = ?", [rid]).fetchone()[0]
            if n:
                raise ValidationError(f"still used by {counted(n, what[:-1], what)}; change those first",
                                      f"{kind} '{slug}'")
        changes = Changes()
        for other in REGISTRY.values():
            for changed in other.before_delete(db, kind, rid):
                changes.add(other.table, changed)
        spec.delete(db, rid)
        return changes.add(spec.table, slug)


# ---------------------------------------------------------------- reading


def list_items(db: Database, kind: str, *, include_deleted: bool = False) -> list[dict]:
    """Every item of a kind in the file format, in a stable order."""
    return REGISTRY[kind].read(db, include_hidden=include_deleted)


def get_item(db: Database, kind: str, slug: str) -> dict:
    """One item in the file format (reading its row and links only); NotFoundError if there is none."""
    found = REGISTRY[kind].read(db, slug=slug, include_hidden=True)
    if not found:
        raise NotFoundError(f"no {kind} with id '{slug}'")
    return found[0]
