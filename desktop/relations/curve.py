"""A relation's curve measured once: its points and directions, as QPainterPath gives them, without Qt measuring it
again for each.

QPainterPath.pointAtPercent, angleAtPercent and percentAtLength measure the whole path (by repeated subdivision)
for every point they give, and a map asks for hundreds of points along its curves (alliances' double lines,
hostility's zigzags, arrowheads, label spots). A map's curve is a move and one cubic segment (Qt stores a quadratic
as a cubic): on such a path Qt's "percent" is the cubic's own parameter, so a point is the cubic's formula, and
the length is tabled once for percentAtLength.
"""

from __future__ import annotations

import math
from bisect import bisect_left

from PySide6.QtGui import QPainterPath

TABLE_STEPS = 64   # chords per curve: the length of a map's gentle bends is right to well under a hundredth


class Curve:
    """pointAtPercent, angleAtPercent, percentAtLength and length of a path, worked out once for a map's curve (a
    path of another shape is asked of Qt)."""

    def __init__(self, path: QPainterPath):
        self.path = path
        self.cubic: tuple[float, ...] | None = None
        if path.elementCount() == 4 and path.elementAt(1).isCurveTo():
            self.cubic = tuple(v for e in (path.elementAt(i) for i in range(4)) for v in (e.x, e.y))
        self._lengths: list[float] | None = None

    @property
    def lengths(self) -> list[float]:
        """The curve's length at each TABLE_STEPS-th of its parameter (tabled when first needed)."""
        if self._lengths is None:
            self._lengths = [0.0]
            x, y = self.cubic[0], self.cubic[1]
            for i in range(1, TABLE_STEPS + 1):
                nx, ny = self._point(i / TABLE_STEPS)
                self._lengths.append(self._lengths[-1] + math.hypot(nx - x, ny - y))
                x, y = nx, ny
        return self._lengths

    def _point(self, t: float) -> tuple[float, float]:
        x0, y0, x1, y1, x2, y2, x3, y3 = self.cubic
        u = 1 - t
        a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
        return a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3

    def point(self, percent: float) -> tuple[float, float]:
        """As QPainterPath.pointAtPercent (0..1)."""
        percent = min(max(percent, 0.0), 1.0)
        if self.cubic is None:
            p = self.path.pointAtPercent(percent)
            return p.x(), p.y()
        return self._point(percent)

    def angle(self, percent: float) -> float:
        """As QPainterPath.angleAtPercent: degrees counter-clockwise from three o'clock, 0 <= angle < 360."""
        percent = min(max(percent, 0.0), 1.0)
        if self.cubic is None:
            return self.path.angleAtPercent(percent)
        x0, y0, x1, y1, x2, y2, x3, y3 = self.cubic
        t, u = percent, 1 - percent
        dx = 3 * (u * u * (x1 - x0) + 2 * u * t * (x2 - x1) + t * t * (x3 - x2))
        dy = 3 * (u * u * (y1 - y0) + 2 * u * t * (y2 - y1) + t * t * (y3 - y2))
        return math.degrees(math.atan2(-dy, dx)) % 360.0

    def beside(self, percent: float, distance: float) -> tuple[float, float]:
        """The point at `percent`, moved `distance` to the left of the curve's direction there (negative: right)."""
        x, y = self.point(percent)
        if not distance:
            return x, y
        angle = math.radians(self.angle(percent))
        return x - math.sin(angle) * distance, y - math.cos(angle) * distance

    def length(self) -> float:
        return self.lengths[-1] if self.cubic is not None else self.path.length()

    def percent_at_length(self, length: float) -> float:
        """As QPainterPath.percentAtLength: the percent at which the curve has run `length`."""
        if self.cubic is None:
            return self.path.percentAtLength(length)
        total = self.lengths[-1]
        if total <= 0 or length <= 0:
            return 0.0
        if length >= total:
            return 1.0
        i = max(1, bisect_left(self.lengths, length))
        before, after = self.lengths[i - 1], self.lengths[i]
        part = (length - before) / (after - before) if after > before else 0.0
        return (i - 1 + part) / TABLE_STEPS
