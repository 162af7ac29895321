"""The kinds of content, registered once: each module declares its table, checks, row, links and reading.

To add a kind: write its module here (a `Kind` subclass), add it to `_KINDS` below in dependency
order, add a migration for its table (db/schema.py) and an editor form (desktop/editor/kinds.py).
"""

from __future__ import annotations

from db.changes import register_table
from db.kinds.actor import Actor
from db.kinds.base import Kind
from db.kinds.claim import Claim
from db.kinds.era import Era
from db.kinds.event import Event
from db.kinds.module import Module
from db.kinds.question import Question
from db.kinds.relation import Relation
from db.kinds.source import Source
from db.kinds.story import Story
from db.kinds.theme import Theme

# Order matters: a kind may refer only to kinds before it, so a batch is saved in this order.
_KINDS: tuple[Kind, ...] = (Actor(), Theme(), Source(), Event(), Era(), Relation(), Claim(), Question(), Module(), Story())

REGISTRY: dict[str, Kind] = {k.name: k for k in _KINDS}
TABLES: dict[str, str] = {k.name: k.table for k in _KINDS}  # kind (singular, as in files) -> table
KIND_ORDER: tuple[str, ...] = tuple(REGISTRY)
for _kind in _KINDS:
    register_table(_kind.table)


def kind_of(name: str) -> Kind:
    """The registered kind called `name` (KeyError if there is none)."""
    return REGISTRY[name]


__all__ = ["Kind", "REGISTRY", "TABLES", "KIND_ORDER", "kind_of"]
