"""What a write changed, and its value, so every view can refresh only what it shows.

Every write of the data layer returns a `Changes` (like Anki's OpChangesWithValue): the items it
touched and, where the caller needs one, its `value` (the new session's id, the graded answer, the
PIN check). The data layer never says who asked: `desktop.state.AppState.run` sets `origin`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The tables a change may name: those of learning and settings here, each content kind's added by db.kinds.
KINDS = {"students", "attempts", "settings", "sessions", "reviews", "outbox", "story_progress"}


def register_table(table: str) -> None:
    """Let changes name the items of a content kind's table (db.kinds registers each kind's)."""
    KINDS.add(table)


@dataclass
class Changes:
    """Slugs (or ids) touched by one operation, per kind; its `value`; `origin` names who asked for it."""

    touched: dict[str, set] = field(default_factory=dict)
    value: object | None = None
    origin: object | None = None  # set by the caller that runs the operation (AppState.run), never by db/

    def add(self, kind: str, key) -> Changes:
        """Record that the item `key` of `kind` was created, updated or deleted."""
        if kind not in KINDS:
            raise ValueError(f"unknown kind of item: {kind}")
        self.touched.setdefault(kind, set()).add(key)
        return self

    def merge(self, other: Changes) -> Changes:
        """Fold another operation's changes into this one."""
        for kind, keys in other.touched.items():
            self.touched.setdefault(kind, set()).update(keys)
        return self

    def __getitem__(self, kind: str) -> set:
        return self.touched.get(kind, set())

    def __contains__(self, kind: str) -> bool:
        return bool(self.touched.get(kind))

    def __bool__(self) -> bool:
        return any(self.touched.values())

    def count(self) -> int:
        """How many items changed in all."""
        return sum(len(keys) for keys in self.touched.values())
