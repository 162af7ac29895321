"""Editor writes: saves and deletes in one transaction, and what a delete would unlink (for undo)."""

from __future__ import annotations

from sqlite_utils import Database

from db.changes import Changes
from db.connection import write_transaction
from db.content import delete_item, save_items
from db.kinds import REGISTRY


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
    out: list[tuple[str, dict]] = []
    for spec in REGISTRY.values():
        fields = [field for field, target in spec.unlinks if target == kind]
        if fields:
            out += [(spec.name, item) for item in spec.read(db) if any(_names(item.get(f), slug) for f in fields)]
    return out


def _names(value, slug: str) -> bool:
    """True if a link field (one slug or a list of them) names `slug`."""
    return slug in value if isinstance(value, list) else value == slug


def delete_blockers(db: Database, kind: str, slug: str) -> list[str]:
    """Why (kind, slug) cannot be deleted: items whose own content names it and would become invalid."""
    return [message.format(id=item["id"]) for spec in REGISTRY.values()
            for field, target, message in spec.blocks if target == kind
            for item in spec.read(db) if _names(item.get(field) or [], slug)]
