"""Editor writes: saves and deletes in one transaction, and what a delete would unlink (for undo)."""

from __future__ import annotations

from sqlite_utils import Database

from db.changes import Changes
from db.connection import write_transaction
from db.content import delete_item, save_items
from db.kinds import REGISTRY
from db.kinds.base import names


def apply_edit(db: Database, *, saves: list[tuple[str, dict]] = (), deletes: list[tuple[str, str]] = ()) -> Changes:
    """Save some items, then delete others, all in one transaction; return what changed."""
    changes = Changes()
    with write_transaction(db, "your changes"):
        if saves:
            changes.merge(save_items(db, list(saves)))
        for kind, slug in deletes:
            changes.merge(delete_item(db, kind=kind, slug=slug))
    return changes


def dependents(db: Database, kind: str, slug: str) -> list[tuple[str, dict]]:
    """Items that refer to (kind, slug) and would lose that link if it were deleted, as (kind, item).

    Saving them again after restoring the item puts every link back, which is how undo of a delete works."""
    return [(spec.name, item) for spec in REGISTRY.values() if any(target == kind for _, target in spec.unlinks)
            for item in spec.read(db) if spec.drops_link(item, kind, slug)]


def delete_blockers(db: Database, kind: str, slug: str) -> list[str]:
    """Why (kind, slug) cannot be deleted: items whose own content names it and would become invalid."""
    return [message.format(id=item["id"]) for spec in REGISTRY.values()
            for field, target, message in spec.blocks if target == kind
            for item in spec.read(db) if names(item.get(field), slug)]
