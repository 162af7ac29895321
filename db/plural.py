"""English counts for the data layer's own sentences (the interface translates its texts with Qt's %n plurals)."""

from __future__ import annotations


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """'1 statement', '3 statements', '0 statements'; `plural` for words that do not just add an s."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"
