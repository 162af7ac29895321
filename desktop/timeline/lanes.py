"""EventLanesItem: every event of every lane in one pyqtgraph item, drawn from a cached level-of-detail layout.

No item per event: one paint() draws the markers (stamped from pre-drawn sprites), "+N" badges and labels that the
layout of the current zoom level chose. Painting happens in device pixels so text and shapes keep their
size at every zoom; the layout, not the painter, decides what fits.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintEngine, QPainter, QPainterPath, QPen, QPixmap

from desktop.timeline import lod
from desktop.timeline.model import TimelineModel
from desktop.timeline.palette import (
    BADGE_EDGE,
    BADGE_FILL,
    GRID,
    HIGHLIGHT,
    KIND_COLORS,
    KIND_SHAPES,
    LANE_LINE,
    LANE_STRIPE,
    SELECTED,
    TEXT,
    add_marker,
)

LABEL_MAX_PX = 230.0
KEEP_LAYOUTS = 6
WINDOW_MARGIN = 0.6   # a layout covers the view and this fraction of its width on each side, for panning
MAX_TEXTS = 20_000
MAX_LABEL_PIXMAPS = 3_000


class EventLanesItem(pg.GraphicsObject):
    """Draws the lanes' events; emits clicks on events and on "+N" clusters."""

    event_clicked = Signal(int, int)          # event index, lane row
    cluster_clicked = Signal(float, float)    # time span of the cluster's events
    background_double_clicked = Signal(float)  # time under the pointer

    def __init__(self, model: TimelineModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.selected = -1
        self.bounds = (1949.0, 2026.0)
        self.axis = None                     # the PartialDateAxisItem, for grid lines at its labelled dates
        self.font = QFont()
        self.badge_font = QFont(self.font)
        self.badge_font.setPointSizeF(max(self.font.pointSizeF() - 1.5, 6.5))
        self.badge_font.setBold(True)
        self.metrics = QFontMetricsF(self.font)
        self.badge_metrics = QFontMetricsF(self.badge_font)
        self._texts: dict[int, tuple[str, float]] = {}
        self._badges: dict[tuple, QPixmap] = {}
        self._sprites: dict[tuple, QPixmap] = {}
        self._badge_sizes: dict[str, tuple[float, float]] = {}
        self._label_pixmaps: dict[tuple, QPixmap] = {}
        self._layouts: dict[tuple, lod.Layout] = {}
        self.last_layout: lod.Layout | None = None
        self._hits: dict[str, np.ndarray] = {}
        self.setAcceptHoverEvents(True)

    # ------------------------------------------------------------------ state

    def reset(self) -> None:
        """Forget cached layouts and label texts (after the data or the filters changed)."""
        self._layouts.clear()
        self._texts.clear()
        self._label_pixmaps.clear()
        self.prepareGeometryChange()
        self.update()

    def set_selected(self, event: int) -> None:
        """Highlight one event (-1 for none); it always gets a marker and a label."""
        if event != self.selected:
            self.selected = event
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        x0, x1 = self.bounds
        return QRectF(x0, 0.0, x1 - x0, max(len(self.model.lanes), 1))

    # ------------------------------------------------------------------ layout

    def label_text(self, event: int) -> tuple[str, float]:
        """The event's title elided to fit LABEL_MAX_PX, and its width in pixels."""
        if event not in self._texts:
            if len(self._texts) > MAX_TEXTS:
                self._texts.clear()
            title = self.model.data.titles[event]
            text = self.metrics.elidedText(title, Qt.TextElideMode.ElideRight, LABEL_MAX_PX)
            self._texts[event] = (text, self.metrics.horizontalAdvance(text))
        return self._texts[event]

    def label_rows(self, lane_px: float) -> int:
        """How many label rows fit in a lane this many pixels high (above and below the markers)."""
        need = self.metrics.height() + lod.MARKER_PX / 2 + 4
        return 2 if lane_px >= 2 * need else 1 if lane_px >= need + lod.MARKER_PX / 2 + 2 else 0

    def layout_for(self, lo: float, hi: float, scale: float, rows: int) -> lod.Layout:
        """The cached layout covering [lo, hi] at the level of a scale, computed if needed."""
        level = lod.level_of(scale)
        key = (level, rows, self.model.version, self.selected)
        cached = self._layouts.get(key)
        if cached is not None and cached.covers(lo, hi):
            self.last_layout = cached
            return cached
        cell = lod.CELL_PX / lod.level_scale(level)
        margin = (hi - lo) * WINDOW_MARGIN
        wlo = np.floor((lo - margin) / cell) * cell
        whi = np.ceil((hi + margin) / cell) * cell
        layout = lod.compute_layout(
            self.model.lane_events, self.model.lane_x, self.model.data.x1, self.model.data.importance,
            level=level, lo=float(wlo), hi=float(whi), rows=rows,
            label_width=lambda e: self.label_text(e)[1], selected=self.selected, end=self.bounds[1])
        if len(self._layouts) >= KEEP_LAYOUTS:
            self._layouts.pop(next(iter(self._layouts)))
        self._layouts[key] = layout
        self.last_layout = layout
        return layout

    # ------------------------------------------------------------------ painting

    def paint(self, p: QPainter, opt, widget=None):
        vb = self.getViewBox()
        if vb is None or not self.model.lanes:
            return
        (x_lo, x_hi), _ = vb.viewRange()
        tr = p.transform()
        sx, ox, sy, oy = tr.m11(), tr.dx(), tr.m22(), tr.dy()
        if sx <= 0:
            return
        p.save()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        raster = p.paintEngine() is not None and p.paintEngine().type() == QPaintEngine.Type.Raster
        left, right = x_lo * sx + ox, x_hi * sx + ox
        lane_px = abs(sy)
        n = len(self.model.lanes)
        self._paint_lanes(p, n, left, right, sy, oy)
        if self.axis is not None:
            self._paint_grid(p, self.axis.major_values(x_lo, x_hi, right - left), sx, ox, n * sy + oy, oy)
        layout = self.layout_for(x_lo, x_hi, sx, self.label_rows(lane_px))
        if not len(layout.cell_rep):
            p.restore()
            return
        px = lod.marker_px(layout, sx) + ox
        vis = np.flatnonzero((px > left - lod.CELL_PX) & (px < right + lod.CELL_PX))
        px = px[vis]
        lane = layout.cell_lane[vis]
        py = (lane + 0.5) * sy + oy
        rep = layout.cell_rep[vis]
        count = layout.cell_count[vis]
        kinds = self.model.data.kind[rep]
        spans = self._paint_spans(p, rep, px, py, kinds, sx, ox, right)
        self._paint_connectors(p, rep, px, py, kinds)
        self._paint_markers(p, rep, px, py, kinds, raster)
        badges = self._paint_badges(p, count, px, py, raster)
        labels = self._paint_labels(p, layout.label_row[vis], layout.label_left[vis], count, rep, px, py, raster)
        if widget is not None:
            self._hits = {"px": px, "py": py, "rep": rep, "lane": lane, "cell": vis, "badges": badges,
                          "labels": labels, "spans": spans}
        p.restore()

    def _paint_grid(self, p: QPainter, values: list[float], sx: float, ox: float, bottom: float, top: float) -> None:
        """Faint vertical lines at the labelled dates of the time axis."""
        p.setPen(QPen(GRID, 1))
        p.drawLines([QLineF(round(v * sx + ox) + 0.5, top, round(v * sx + ox) + 0.5, bottom) for v in values])

    def _paint_lanes(self, p: QPainter, n: int, left: float, right: float, sy: float, oy: float) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(LANE_STRIPE)
        for lane in range(0, n, 2):
            p.drawRect(QRectF(left, lane * sy + oy, right - left, sy))
        p.setPen(QPen(LANE_LINE, 1))
        for lane in range(n + 1):
            y = lane * sy + oy
            p.drawLine(QPointF(left, y), QPointF(right, y))
        for lane, actor in enumerate(self.model.lanes):
            p.fillRect(QRectF(left, lane * sy + oy + 1, 5, sy - 2), QColor(actor["color"]))

    def _paint_spans(self, p, rep, px, py, kinds, sx, ox, right) -> np.ndarray:
        """A bar over the whole period an event covers (its year, its month, its days); returns (x0, x1, event)."""
        data = self.model.data
        x0 = np.maximum(data.x0[rep] * sx + ox, -10.0)
        x1 = np.minimum(data.x1[rep] * sx + ox, right + 10.0)
        wide = np.flatnonzero(x1 - x0 > lod.MARKER_PX * 0.8)
        spans = np.column_stack([x0[wide], x1[wide], rep[wide]]) if len(wide) else np.zeros((0, 3))
        if not len(wide):
            return spans
        p.setPen(Qt.PenStyle.NoPen)
        for k, color in enumerate(KIND_COLORS):
            rects = [QRectF(x0[i], py[i] - 3.5, x1[i] - x0[i], 7) for i in wide[kinds[wide] == k].tolist()]
            if rects:
                fill = QColor(color)
                fill.setAlpha(70)
                p.setBrush(fill)
                p.drawRects(rects)
        return spans

    def _paint_connectors(self, p, rep, px, py, kinds) -> None:
        """A thin line joining the markers of one event in several lanes: visibly the same event."""
        if len(rep) < 2:
            return
        order = np.lexsort((py, rep))
        same = np.flatnonzero(rep[order][1:] == rep[order][:-1])
        if not len(same):
            return
        half = lod.MARKER_PX / 2
        for k, color in enumerate(KIND_COLORS):
            lines = [QLineF(round(px[a]) + 0.5, py[a] + half, round(px[b]) + 0.5, py[b] - half)
                     for a, b in zip(order[same].tolist(), order[same + 1].tolist(), strict=True) if kinds[a] == k]
            if lines:
                line = QColor(color)
                line.setAlpha(150)
                p.setPen(QPen(line, 1))
                p.drawLines(lines)

    def _sprite(self, kind: int, dpr: float) -> QPixmap:
        """A marker drawn once into a small pixmap; stamping pixmaps is far faster than filling paths."""
        key = (kind, dpr)
        if key not in self._sprites:
            size = lod.MARKER_PX + 4
            pm = QPixmap(int(size * dpr), int(size * dpr))
            pm.setDevicePixelRatio(dpr)
            pm.fill(Qt.GlobalColor.transparent)
            q = QPainter(pm)
            q.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self._draw_marker(q, kind, size / 2, size / 2)
            q.end()
            self._sprites[key] = pm
        return self._sprites[key]

    @staticmethod
    def _draw_marker(p: QPainter, kind: int, x: float, y: float) -> None:
        path = QPainterPath()
        add_marker(path, KIND_SHAPES[kind], x, y, lod.MARKER_PX)
        p.setPen(QPen(QColor("white"), 1.2))
        p.setBrush(KIND_COLORS[kind])
        p.drawPath(path)

    def _paint_markers(self, p, rep, px, py, kinds, raster: bool) -> None:
        if raster:
            dpr = p.device().devicePixelRatioF() if p.device() is not None else 1.0
            sprites = [self._sprite(k, dpr) for k in range(len(KIND_COLORS))]
            half = (lod.MARKER_PX + 4) / 2
            for x, y, k in zip(px.tolist(), py.tolist(), kinds.tolist(), strict=True):
                p.drawPixmap(QPointF(x - half, y - half), sprites[k])
        else:
            for x, y, k in zip(px.tolist(), py.tolist(), kinds.tolist(), strict=True):
                self._draw_marker(p, k, x, y)
        chosen = np.flatnonzero(rep == self.selected)
        if len(chosen):
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(SELECTED, 2.5))
            for i in chosen.tolist():
                p.drawEllipse(QPointF(px[i], py[i]), lod.MARKER_PX * 0.95, lod.MARKER_PX * 0.95)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _badge(self, text: str) -> tuple[float, float]:
        """Width and height of a '+N' badge."""
        size = self._badge_sizes.get(text)
        if size is None:
            size = self._badge_sizes[text] = (min(self.badge_metrics.horizontalAdvance(text) + 6, lod.BADGE_PX),
                                              self.badge_metrics.height() + 1)
        return size

    def _badge_sprite(self, text: str, dpr: float) -> QPixmap:
        key = (text, dpr)
        if key not in self._badges:
            w, h = self._badge(text)
            pm = QPixmap(int(np.ceil((w + 2) * dpr)), int(np.ceil((h + 2) * dpr)))
            pm.setDevicePixelRatio(dpr)
            pm.fill(Qt.GlobalColor.transparent)
            q = QPainter(pm)
            self._draw_badge(q, text, 1, 1)
            q.end()
            self._badges[key] = pm
        return self._badges[key]

    def _draw_badge(self, p: QPainter, text: str, x: float, y: float) -> None:
        w, h = self._badge(text)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(QPen(BADGE_EDGE, 1))
        p.setBrush(BADGE_FILL)
        p.drawRoundedRect(QRectF(x, y, w, h), h / 2, h / 2)
        p.setFont(self.badge_font)
        p.setPen(TEXT)
        p.drawText(QRectF(x, y, w, h), int(Qt.AlignmentFlag.AlignCenter), text)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _paint_badges(self, p, count, px, py, raster: bool) -> np.ndarray:
        """'+N' next to a marker that stands for N more events; returns their rectangles (x, y, w, h, i)."""
        many = np.flatnonzero(count > 1)
        rects = np.zeros((len(many), 5))
        dpr = p.device().devicePixelRatioF() if raster and p.device() is not None else 1.0
        for j, i in enumerate(many.tolist()):
            text = lod.badge_text(int(count[i]) - 1)
            w, h = self._badge(text)
            x, y = px[i] + lod.MARKER_PX / 2 + 2, py[i] - h / 2
            if raster:
                p.drawPixmap(QPointF(x - 1, y - 1), self._badge_sprite(text, dpr))
            else:
                self._draw_badge(p, text, x, y)
            rects[j] = (x, y, w, h, i)
        return rects

    def _label_sprite(self, event: int, dpr: float) -> QPixmap:
        """An event's label rendered once; labels stay the same while the view pans and zooms."""
        key = (event, dpr)
        pm = self._label_pixmaps.get(key)
        if pm is None:
            if len(self._label_pixmaps) > MAX_LABEL_PIXMAPS:
                self._label_pixmaps.clear()
            text, w = self.label_text(event)
            pm = QPixmap(int(np.ceil((w + 2) * dpr)), int(np.ceil(self.metrics.height() * dpr)))
            pm.setDevicePixelRatio(dpr)
            pm.fill(Qt.GlobalColor.transparent)
            q = QPainter(pm)
            q.setFont(self.font)
            q.setPen(TEXT)
            q.drawText(QPointF(0, self.metrics.ascent()), text)
            q.end()
            self._label_pixmaps[key] = pm
        return pm

    def _paint_labels(self, p, rows, left_side, count, rep, px, py, raster: bool) -> np.ndarray:
        """Titles in the label rows above (row 0) and below (row 1) the markers; returns their rectangles."""
        which = np.flatnonzero(rows >= 0)
        rects = np.zeros((len(which), 5))
        if not len(which):
            return rects
        text_h = self.metrics.height()
        ascent = self.metrics.ascent()
        dpr = p.device().devicePixelRatioF() if raster and p.device() is not None else 1.0
        p.setFont(self.font)
        p.setPen(TEXT)
        for j, i in enumerate(which.tolist()):
            event = int(rep[i])
            text, w = self.label_text(event)
            half = lod.MARKER_PX / 2
            if rows[i] == lod.INLINE:
                x = px[i] + half + (lod.BADGE_PX + 2 if count[i] > 1 else 0) + 3
                y = py[i] - text_h / 2
            else:
                x = px[i] + half - w if left_side[i] else px[i] - half
                y = py[i] - half - 2 - text_h if rows[i] == 0 else py[i] + half + 2
            if event == self.selected:
                p.fillRect(QRectF(x - 2, y, w + 4, text_h), HIGHLIGHT)
            if raster:
                p.drawPixmap(QPointF(x, y), self._label_sprite(event, dpr))
            else:
                p.drawText(QPointF(x, y + ascent), text)
            rects[j] = (x, y, w, text_h, event)
        return rects

    # ------------------------------------------------------------------ hits

    def hit(self, x: float, y: float) -> tuple[str, int]:
        """What is drawn at a device pixel: ('event', index), ('cluster', cell) or ('', -1)."""
        hits = self._hits
        if not hits:
            return "", -1
        for rx, ry, w, h, i in hits["badges"].tolist():
            if rx - 1 <= x <= rx + w + 1 and ry - 1 <= y <= ry + h + 1:
                return "cluster", int(hits["cell"][int(i)])
        if len(hits["px"]):
            d = np.hypot(hits["px"] - x, hits["py"] - y)
            k = int(np.argmin(d))
            if d[k] <= lod.MARKER_PX * 0.8:
                return "event", int(hits["rep"][k])
        for rx, ry, w, h, event in hits["labels"].tolist():
            if rx <= x <= rx + w and ry <= y <= ry + h:
                return "event", int(event)
        return "", -1

    def span_at(self, event: int) -> tuple[float, float] | None:
        """Device x of the start and end of an event's period bar as last drawn (None if none was drawn)."""
        spans = self._hits.get("spans") if self._hits else None
        if spans is None or not len(spans):
            return None
        found = np.flatnonzero(spans[:, 2] == event)
        return (float(spans[found[0], 0]), float(spans[found[0], 1])) if len(found) else None

    def marker_at(self, event: int) -> QPointF | None:
        """Device position where an event's marker was last drawn (None if it is not on screen)."""
        hits = self._hits
        if not hits or not len(hits["rep"]):
            return None
        found = np.flatnonzero(hits["rep"] == event)
        return QPointF(hits["px"][found[0]], hits["py"][found[0]]) if len(found) else None

    def _device(self, ev) -> QPointF:
        view = self.getViewWidget()
        return QPointF(view.mapFromScene(ev.scenePos())) if view is not None else QPointF(ev.scenePos())

    def mouseClickEvent(self, ev):  # noqa: N802 - pyqtgraph override
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        pos = self._device(ev)
        kind, key = self.hit(pos.x(), pos.y())
        if kind == "event":
            lane = int(self._hits["lane"][np.flatnonzero(self._hits["rep"] == key)[0]]) if key in self._hits["rep"] \
                else -1
            self.event_clicked.emit(key, lane)
            ev.accept()
        elif kind == "cluster" and self.last_layout is not None:
            self.cluster_clicked.emit(float(self.last_layout.cell_first[key]), float(self.last_layout.cell_last[key]))
            ev.accept()
        elif ev.double():
            self.background_double_clicked.emit(float(ev.pos().x()))
            ev.accept()
        else:
            ev.ignore()

    def hoverEvent(self, ev):  # noqa: N802 - pyqtgraph override
        if ev.isExit():
            self.setToolTip("")
            return
        pos = self._device(ev)
        kind, key = self.hit(pos.x(), pos.y())
        if kind == "event":
            data = self.model.data
            self.setToolTip(f"{data.titles[key]} — {data.label(key)}")
        elif kind == "cluster" and self.last_layout is not None:
            more = int(self.last_layout.cell_count[key]) - 1
            self.setToolTip(self.tr("%n more event(s) here: click to zoom in", "", more))
        else:
            self.setToolTip("")
