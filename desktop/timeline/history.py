"""ViewHistory: earlier and later views (time ranges) to go back and forward through, like a browser."""

from __future__ import annotations

LIMIT = 100


class ViewHistory:
    """A list of time ranges with a current position."""

    def __init__(self):
        self.views: list[tuple[float, float]] = []
        self.pos = -1

    def push(self, view: tuple[float, float]) -> bool:
        """Record a new current view (dropping any forward views); False if it equals the current one."""
        if self.pos >= 0 and _same(self.views[self.pos], view):
            return False
        self.views = self.views[: self.pos + 1] + [view]
        if len(self.views) > LIMIT:
            self.views = self.views[-LIMIT:]
        self.pos = len(self.views) - 1
        return True

    def can_back(self) -> bool:
        """True when there is an earlier view."""
        return self.pos > 0

    def can_forward(self) -> bool:
        """True when there is a later view."""
        return 0 <= self.pos < len(self.views) - 1

    def back(self) -> tuple[float, float] | None:
        """Step to the earlier view and return it (None at the start)."""
        if not self.can_back():
            return None
        self.pos -= 1
        return self.views[self.pos]

    def forward(self) -> tuple[float, float] | None:
        """Step to the later view and return it (None at the end)."""
        if not self.can_forward():
            return None
        self.pos += 1
        return self.views[self.pos]


def _same(a: tuple[float, float], b: tuple[float, float]) -> bool:
    width = max(abs(a[1] - a[0]), 1e-9)
    return abs(a[0] - b[0]) < width * 1e-3 and abs(a[1] - b[1]) < width * 1e-3
