"""Editor writes: saves and deletes in one transaction, and what a delete would unlink (for undo)."""

from __future__ import annotations

from sqlite_utils import Database

from db.changes import Changes
from db.connection import write_transaction
from db.content import delete_item, list_items, save_items


def apply_edit(db: Database, *, saves: list[tuple[str, dict]] = (), deletes: list[tuple[str, str]] = (),
               origin: object | None = None) -> Changes:
    """Save some items, then delete others, all in one transaction; return what changed."""
    changes = Changes(origin=origin)
    with write_transaction(db, "your changes"):
        if saves:
            changes.merge(save_items(db, list(saves), origin=origin))
        for kind, slug in deletes:
            changes.merge(delete_item(db, kind=kind, slug=slug, origin=origin))
    return changes


def dependents(db: Database, kind: str, slug: str) -> list[tuple[str, dict]]:
    """Items that refer to (kind, slug) and would lose that link if it were deleted, as (kind, item).

    Saving them again after restoring the item puts every link back, which is how undo of a delete works."""
    out: list[tuple[str, dict]] = []
    if kind == "event":
        out += [("claim", c) for c in list_items(db, "claim") if slug in c.get("events", [])]
        out += [("relation", r) for r in list_items(db, "relation") if slug in (r.get("opened_by"), r.get("closed_by"))]
        out += [("question", q) for q in list_items(db, "question") if slug in q.get("events", [])]
    elif kind == "claim":
        out += [("question", q) for q in list_items(db, "question") if slug in q.get("claims", [])]
    elif kind == "question":
        out += [("module", m) for m in list_items(db, "module") if slug in m.get("questions", [])]
    return out


def delete_blockers(db: Database, kind: str, slug: str) -> list[str]:
    """Why (kind, slug) cannot be deleted: items whose own content names it and would become invalid."""
    if kind != "event":
        return []
    return [f"the order question '{q['id']}' lists it; take it out of that question first"
            for q in list_items(db, "question") if slug in (q.get("items") or [])]
