"""MarkPainter: the timeline's markers (shape by event kind) and "+N" badges, stamped from sprite atlases."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from desktop.timeline import lod
from desktop.timeline.atlas import SpriteAtlas
from desktop.timeline.palette import KIND_SHAPES, TimelinePalette, add_marker

BADGES = [lod.badge_text(n) for n in range(1, 101)]      # '+1' .. '+99', '99+'


class MarkPainter:
    """Draws markers and badges: stamped from atlases on screen, as vector shapes into SVG."""

    def __init__(self, font: QFont, pal: TimelinePalette):
        self.pal = pal
        self._marker_pen = QPen(pal.marker_edge, 1.2)
        self._badge_pen = QPen(pal.badge_edge, 1)
        self.badge_font = QFont(font)
        self.badge_font.setPointSizeF(max(font.pointSizeF() - 1.5, 6.5))
        self.badge_font.setBold(True)
        self.badge_metrics = QFontMetricsF(self.badge_font)
        self._atlases: dict[tuple, SpriteAtlas] = {}
        self._badge_widths: dict[str, float] = {}
        self._badge_table = np.array([self._badge_width(t) for t in BADGES])

    def _atlas(self, name: str, dpr: float) -> SpriteAtlas:
        """The markers' or the badges' sprites at a device pixel ratio, drawn on first use."""
        key = (name, dpr)
        if key not in self._atlases:
            if name == "markers":
                size = lod.MARKER_PX + 4
                self._atlases[key] = SpriteAtlas(list(range(len(KIND_SHAPES))), (size, size),
                                                 lambda q, k: self._draw_marker(q, k, size / 2, size / 2), dpr)
            else:
                h = self.badge_metrics.height() + 1
                self._atlases[key] = SpriteAtlas(BADGES, (lod.BADGE_PX + 2, h + 2),
                                                 lambda q, t: self._draw_badge(q, t, 1, 1, centred=True), dpr)
        return self._atlases[key]

    def _draw_marker(self, p: QPainter, kind: int, x: float, y: float) -> None:
        path = QPainterPath()
        add_marker(path, KIND_SHAPES[kind], x, y, lod.MARKER_PX)
        p.setPen(self._marker_pen)
        p.setBrush(self.pal.kinds[kind])
        p.drawPath(path)

    def markers(self, p: QPainter, px, py, kinds, raster: bool) -> None:
        """One marker per (x, y), its shape and colour by event kind."""
        if raster:
            self._atlas("markers", _dpr(p)).stamp(p, px, py, kinds.astype(np.int64))
        else:
            for x, y, k in zip(px.tolist(), py.tolist(), kinds.tolist(), strict=True):
                self._draw_marker(p, k, x, y)

    def _badge_width(self, text: str) -> float:
        """Width of a '+N' badge."""
        width = self._badge_widths.get(text)
        if width is None:
            width = self._badge_widths[text] = min(self.badge_metrics.horizontalAdvance(text) + 6, lod.BADGE_PX)
        return width

    def _draw_badge(self, p: QPainter, text: str, x: float, y: float, centred: bool = False) -> None:
        """A rounded '+N' tag with its left edge at x (or centred in a BADGE_PX cell for the atlas)."""
        w, h = self._badge_width(text), self.badge_metrics.height() + 1
        if centred:
            x += (lod.BADGE_PX - w) / 2
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(self._badge_pen)
        p.setBrush(self.pal.badge_fill)
        p.drawRoundedRect(QRectF(x, y, w, h), h / 2, h / 2)
        p.setFont(self.badge_font)
        p.setPen(self.pal.badge_text)
        p.drawText(QRectF(x, y, w, h), int(Qt.AlignmentFlag.AlignCenter), text)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def badges(self, p: QPainter, count, px, py, raster: bool) -> np.ndarray:
        """'+N' next to a marker that stands for N more events; returns their rectangles (x, y, w, h, i)."""
        many = np.flatnonzero(count > 1)
        if not len(many):
            return np.zeros((0, 5))
        key = np.minimum(count[many] - 2, len(BADGES) - 1)      # index into BADGES: '+1' .. '+99', '99+'
        widths = self._badge_table[key]
        h = self.badge_metrics.height() + 1
        xs = px[many] + lod.MARKER_PX / 2 + 2
        ys = py[many] - h / 2
        if raster:
            # An atlas cell holds its badge centred, so the cell's centre is the badge's centre.
            self._atlas("badges", _dpr(p)).stamp(p, xs + widths / 2, ys + h / 2, key)
        else:
            for x, y, k in zip(xs.tolist(), ys.tolist(), key.tolist(), strict=True):
                self._draw_badge(p, BADGES[k], x, y)
        return np.column_stack([xs, ys, widths, np.full(len(many), h), many])


def _dpr(p: QPainter) -> float:
    """The device pixel ratio of what a painter paints on."""
    return p.device().devicePixelRatioF() if p.device() is not None else 1.0
