"""Editor writes: saves and deletes in one transaction, and what a delete would unlink (for undo)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.changes import Changes
from db.connection import write_transaction
from db.content import delete_item, save_items
from db.kinds import REGISTRY
from db.kinds.base import names

if TYPE_CHECKING:
    from db.connection import Database


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


# The column a teacher reads as an item's name, per kind (the pickers show it instead of the id).
TITLE_COLUMNS = {"actor": "name", "theme": "name", "era": "name", "event": "title", "source": "title",
                 "claim": "text", "question": "prompt", "module": "title", "relation": "label"}


def choices(db: Database, kind: str) -> list[tuple[str, str]]:
    """Every (id, readable title) of a kind, in title order, for the editor's pickers."""
    spec = REGISTRY[kind]
    where = f" WHERE {spec.hidden}" if spec.hidden else ""
    rows = db.execute(f"SELECT slug, {TITLE_COLUMNS.get(kind, 'slug')} FROM {spec.table}{where}").fetchall()
    return sorted(((slug, title or slug) for slug, title in rows), key=lambda pair: (pair[1].casefold(), pair[0]))


def modules_with(db: Database, question: str) -> list[str]:
    """The ids of the modules a question belongs to, in module order."""
    return [slug for (slug,) in db.execute(
        "SELECT m.slug FROM modules m JOIN module_questions mq ON mq.module_id = m.id "
        "JOIN questions q ON q.id = mq.question_id WHERE q.slug = ? ORDER BY m.sort_order, m.slug", [question])]


def membership_steps(db: Database, question: str, modules: list[str]) -> list[tuple[str, dict, dict]]:
    """The module edits (kind, before, after) that make `question` belong to exactly `modules`.

    A module it joins gets it at the end of its lesson; one it leaves loses it; the others stay as they are."""
    wanted = set(modules)
    steps = []
    for module in REGISTRY["module"].read(db):
        inside = question in module["questions"]
        if inside == (module["id"] in wanted):
            continue
        questions = [q for q in module["questions"] if q != question] if inside else [*module["questions"], question]
        steps.append(("module", module, dict(module, questions=questions)))
    return steps
