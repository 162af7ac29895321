"""EventLanesItem: every event of every lane in one pyqtgraph item, drawn from a cached level-of-detail layout.

No item per event: one paint() draws the markers (stamped from pre-drawn sprites), "+N" badges and labels that the
layout of the current zoom level chose. Painting happens in device pixels so text and shapes keep their
size at every zoom; the layout, not the painter, decides what fits.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import internals
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPaintEngine,
    QPainter,
    QStaticText,
    QTransform,
)

from desktop.appearance import text_size
from desktop.appearance.theme import current_theme
from desktop.timeline import lod
from desktop.timeline.marks import MarkPainter
from desktop.timeline.model import TimelineModel
from desktop.timeline.palette import TimelinePalette, timeline_palette
from desktop.timeline.widths import estimate_widths

LABEL_MAX_PX = 230.0
KEEP_LAYOUTS = 12
KEEP_WHOLE = 48       # whole-content layouts kept (about three selections' worth of wide zoom levels)
WHOLE_CELLS = 400     # up to this many cells per lane, a level's layout covers all the content
WINDOW_MARGIN = 0.6   # a layout covers the view and this fraction of its width on each side, for panning
MAX_TEXTS = 20_000


def _mark_font(font: QFont) -> QFont:
    """The font for "+N" badges: the text's, but no larger than at 100 % (badges have a fixed width)."""
    capped = QFont(font)
    capped.setPointSizeF(min(font.pointSizeF(), text_size.default_point_size()) if font.pointSizeF() > 0 else 10.0)
    return capped


def _label_max_px(font: QFont) -> float:
    """The longest a title may run before it is elided: LABEL_MAX_PX at 100 %, growing with larger text."""
    size = font.pointSizeF()
    return LABEL_MAX_PX * max(1.0, size / text_size.default_point_size()) if size > 0 else LABEL_MAX_PX


class EventLanesItem(pg.GraphicsObject):
    """Draws the lanes' events; emits clicks on events and on "+N" clusters."""

    event_clicked = Signal(int, int)          # event index, lane row
    cluster_clicked = Signal(float, float)    # time span of the cluster's events
    background_double_clicked = Signal(float)  # time under the pointer

    def __init__(self, model: TimelineModel, parent=None, pal: TimelinePalette | None = None):
        super().__init__(parent)
        self.pal = pal or timeline_palette(current_theme())
        self.model = model
        self.selected = -1
        self.highlighted: frozenset[int] = frozenset()   # a story stop's events: their labels sit on a highlight
        self.first = 0.0                     # the top lane in view (lanes above it are scrolled under the era strip)
        self.current_lane = -1               # the lane the keyboard is in (TimelineWidget.current_lane)
        self.bounds = (1949.0, 2026.0)
        self.axis = None                     # the PartialDateAxisItem, for grid lines at its labelled dates
        self._use_font(QFont())
        self.marks = MarkPainter(_mark_font(self.font), self.pal)
        self._texts: dict[int, tuple[str, float]] = {}
        self._static: dict[int, QStaticText] = {}
        self._widths = np.zeros(0)                 # estimated width of every title (capped at label_max_px)
        self._widths_of = None                     # the TimelineData they were measured for
        self._shown: set[int] = set()       # labels drawn once: the next time they get a QStaticText
        self._colors: dict[str, QColor] = {}
        self._rects = internals.PrimitiveArray(QRectF, 4)     # filled from numpy, drawn in one call
        self._lines = internals.PrimitiveArray(QLineF, 4)
        self._layouts: dict[tuple, lod.Layout] = {}
        self._whole: dict[tuple, lod.Layout] = {}   # layouts covering all the content (wide zooms), KEEP_WHOLE
        self._prepared: tuple | None = None
        self.last_layout: lod.Layout | None = None
        self._hits: dict[str, np.ndarray] = {}
        self.setAcceptHoverEvents(True)

    # ------------------------------------------------------------------ state

    def reset(self) -> None:
        """Forget cached layouts and label texts (after the data or the filters changed)."""
        self._layouts.clear()
        self._whole.clear()
        self._texts.clear()
        self._static.clear()
        self._shown.clear()
        self.prepareGeometryChange()
        self.update()

    def _use_font(self, font: QFont) -> None:
        self.font = QFont(font)
        self.metrics = QFontMetricsF(self.font)
        self.label_max_px = _label_max_px(self.font)

    def set_palette(self, pal: TimelinePalette) -> None:
        """Paint in a theme's timeline colours (after a theme switch)."""
        self.pal = pal
        self.marks = MarkPainter(_mark_font(self.font), pal)
        self._colors = {}
        self._prepared = None
        self.reset()

    def set_font(self, font: QFont) -> None:
        """Draw the titles in another font (after a text size change): measure and lay out again."""
        self._use_font(font)
        self._widths_of = None
        self._prepared = None
        self.reset()

    def set_selected(self, event: int) -> None:
        """Highlight one event (-1 for none); it always gets a marker and a label."""
        if event != self.selected:
            self.selected = event
            self.update()

    def set_highlighted(self, events: set[int]) -> None:
        """Put the labels of these events (a story stop's) on the highlight, beside the selected one."""
        if frozenset(events) != self.highlighted:
            self.highlighted = frozenset(events)
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        x0, x1 = self.bounds
        return QRectF(x0, 0.0, x1 - x0, max(len(self.model.lanes), 1))

    # ------------------------------------------------------------------ layout

    def label_widths(self) -> np.ndarray:
        """Every title's label width in pixels (long titles are elided to label_max_px), measured once per data."""
        if self._widths_of is not self.model.data:
            self._widths = np.minimum(estimate_widths(self.model.data.titles, self.metrics), self.label_max_px)
            self._widths_of = self.model.data
        return self._widths

    def label_text(self, event: int) -> tuple[str, float]:
        """The event's title elided to fit label_max_px, and its width in pixels."""
        if event not in self._texts:
            if len(self._texts) > MAX_TEXTS:
                self._texts.clear()
                self._static.clear()
                self._shown.clear()
            title = self.model.data.titles[event]
            width = float(self.label_widths()[event])
            if width >= self.label_max_px:
                title = self.metrics.elidedText(title, Qt.TextElideMode.ElideRight, self.label_max_px)
                width = self.metrics.horizontalAdvance(title)
            self._texts[event] = (title, width)
        return self._texts[event]

    def static_text(self, event: int) -> QStaticText:
        """The label laid out once, for fast drawing on every frame it is shown."""
        st = self._static.get(event)
        if st is None:
            st = self._static[event] = QStaticText(self.label_text(event)[0])
            st.setTextFormat(Qt.TextFormat.PlainText)
            st.prepare(QTransform(), self.font)
        return st

    def label_rows(self, lane_px: float) -> int:
        """How many label rows fit in a lane this many pixels high (above and below the markers)."""
        need = self.metrics.height() + lod.MARKER_PX / 2 + 4
        return 2 if lane_px >= 2 * need else 1 if lane_px >= need + lod.MARKER_PX / 2 + 2 else 0

    def layout_for(self, lo: float, hi: float, scale: float, rows: int) -> lod.Layout:
        """The cached layout covering [lo, hi] at the level of a scale (computed if needed), labelled for the view."""
        level = lod.level_of(scale)
        key = (level, rows, self.model.version, self.selected)
        layout = self._whole.get(key) or self._layouts.get(key)
        if layout is None or not layout.covers(lo, hi):
            layout = self._compute(level, rows, lo, hi)
        # Labels starting left of the view can reach into it.
        layout.ensure_labels(lo - (self.label_max_px + lod.CELL_PX) / scale, hi + lod.CELL_PX / scale)
        self.last_layout = layout
        return layout

    def _is_whole(self, level: int) -> bool:
        """True when a level has few enough cells to lay out all the content at once."""
        return (self.bounds[1] - self.bounds[0]) / (lod.CELL_PX / lod.level_scale(level)) <= WHOLE_CELLS

    def _compute(self, level: int, rows: int, lo: float, hi: float) -> lod.Layout:
        key = (level, rows, self.model.version, self.selected)
        cell = lod.CELL_PX / lod.level_scale(level)
        whole = self._is_whole(level)
        if whole:
            wlo, whi = self.bounds      # few cells at this zoom: lay out everything once, reuse it while panning
        else:
            margin = (hi - lo) * WINDOW_MARGIN
            wlo, whi = lo - margin, hi + margin
        wlo = np.floor(min(wlo, lo) / cell) * cell
        whi = np.ceil(max(whi, hi) / cell) * cell
        layout = lod.compute_layout(
            self.model.lane_events, self.model.lane_x, self.model.data.x1, self.model.data.importance,
            level=level, lo=float(wlo), hi=float(whi), rows=rows, label_width=self.label_widths(),
            selected=self.selected, end=self.bounds[1])
        if whole:
            if len(self._whole) >= KEEP_WHOLE:    # each selection lays the wide levels out anew: keep the newest
                self._whole.pop(next(iter(self._whole)))
            self._whole[key] = layout
        else:
            self._layouts.pop(key, None)
            if len(self._layouts) >= KEEP_LAYOUTS:
                self._layouts.pop(next(iter(self._layouts)))
            self._layouts[key] = layout
        return layout

    def prepare_levels(self, scale: float, rows: int) -> int:
        """Lay out and label, ahead of time, every zoom level from this scale inward that covers all the content.

        Zooming in from "fit all" then finds each level ready; the deeper levels are computed as they are reached
        and cover only the view's neighbourhood. Returns how many levels were prepared."""
        level, done = lod.level_of(scale), 0
        while self._is_whole(level):
            key = (level, rows, self.model.version, self.selected)
            if key not in self._whole:
                self._compute(level, rows, *self.bounds)
                lod.place_labels(self._whole[key])
                done += 1
            level += 1
        return done

    # ------------------------------------------------------------------ painting

    def paint(self, p: QPainter, opt, widget=None):
        vb = self.getViewBox()
        if vb is None or not self.model.lanes:
            return
        (x_lo, x_hi), (y_lo, y_hi) = vb.viewRange()
        tr = p.transform()
        sx, ox, sy, oy = tr.m11(), tr.dx(), tr.m22(), tr.dy()
        if sx <= 0:
            return
        p.save()
        p.resetTransform()
        # The view box clips with a path; a plain rectangle is the raster engine's fast case.
        # Lanes scrolled up under the era strip (a short pane, large text) are not drawn there.
        clip = QRectF(x_lo * sx + ox, min(y_lo, y_hi) * sy + oy, (x_hi - x_lo) * sx, (y_hi - y_lo) * sy).normalized()
        first_y = self.first * sy + oy
        if first_y > clip.top():
            clip.setTop(first_y)
        p.setClipRect(clip, Qt.ClipOperation.ReplaceClip)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        raster = p.paintEngine() is not None and p.paintEngine().type() == QPaintEngine.Type.Raster
        left, right = x_lo * sx + ox, x_hi * sx + ox
        lane_px = abs(sy)
        n = len(self.model.lanes)
        self._paint_lanes(p, n, left, right, sy, oy)
        if self.axis is not None:
            self._paint_grid(p, self.axis.major_values(x_lo, x_hi, right - left), sx, ox, n * sy + oy, first_y)
        rows = self.label_rows(lane_px)
        if self._prepared != (self.model.version, rows):
            # The wider levels are laid out ahead of a zoom once this paint is on screen (the first paint of the
            # window waited for all of them).
            self._prepared = (self.model.version, rows)
            QTimer.singleShot(0, self, lambda scale=sx, lane_rows=rows: self.prepare_levels(scale, lane_rows))
        layout = self.layout_for(x_lo, x_hi, sx, rows)
        if not len(layout.cell_rep):
            p.restore()
            return
        pad = 2 * lod.CELL_PX / sx
        near = np.flatnonzero((layout.cell_x > x_lo - pad) & (layout.cell_x < x_hi + pad))
        px = lod.marker_px(layout, sx, near) + ox
        keep = (px > left - lod.CELL_PX) & (px < right + lod.CELL_PX) & (layout.cell_lane[near] + 0.5 >= self.first)
        vis = near[keep]
        px = px[keep]
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
        labels = self._paint_selected_label(p, labels, count, rep, px, py, lane, right)
        if widget is not None:
            self._hits = {"px": px, "py": py, "rep": rep, "lane": lane, "cell": vis, "badges": badges,
                          "labels": labels, "spans": spans}
        p.restore()

    def _paint_grid(self, p: QPainter, values: list[float], sx: float, ox: float, bottom: float, top: float) -> None:
        """Faint vertical lines at the labelled dates of the time axis."""
        p.setPen(self.pal.grid_pen)
        p.drawLines([QLineF(round(v * sx + ox) + 0.5, top, round(v * sx + ox) + 0.5, bottom) for v in values])

    def _paint_lanes(self, p: QPainter, n: int, left: float, right: float, sy: float, oy: float) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.pal.lane_stripe)
        for lane in range(0, n, 2):
            p.drawRect(QRectF(left, lane * sy + oy, right - left, sy))
        p.setPen(self.pal.lane_pen)
        for lane in range(n + 1):
            y = lane * sy + oy
            p.drawLine(QPointF(left, y), QPointF(right, y))
        for lane, actor in enumerate(self.model.lanes):
            color = self._colors.get(actor["color"])
            if color is None:
                color = self._colors[actor["color"]] = self.pal.actor_color(actor["color"])
            p.fillRect(QRectF(left, lane * sy + oy + 1, 5, sy - 2), color)

    def _paint_spans(self, p, rep, px, py, kinds, sx, ox, right) -> np.ndarray:
        """A bar over the whole period an event covers (its year, its month, its days); returns (x0, x1, event)."""
        data = self.model.data
        x0 = np.maximum(data.x0[rep] * sx + ox, -10.0)
        x1 = np.minimum(data.x1[rep] * sx + ox, right + 10.0)
        wide = np.flatnonzero(x1 - x0 > lod.MARKER_PX * 0.8)
        if not len(wide):
            return np.zeros((0, 3))
        p.setPen(Qt.PenStyle.NoPen)
        for k, fill in enumerate(self.pal.span_fills):
            mine = wide[kinds[wide] == k]
            if len(mine):
                p.setBrush(fill)
                self._rects.resize(len(mine))
                self._rects.ndarray()[:] = np.column_stack([x0[mine], py[mine] - 3.5, x1[mine] - x0[mine],
                                                            np.full(len(mine), 7.0)])
                p.drawRects(*self._rects.drawargs())
        return np.column_stack([x0[wide], x1[wide], rep[wide]])

    def _paint_connectors(self, p, rep, px, py, kinds) -> None:
        """A thin line joining the markers of one event in several lanes: visibly the same event."""
        if len(rep) < 2:
            return
        order = np.lexsort((py, rep))
        same = np.flatnonzero(rep[order][1:] == rep[order][:-1])
        if not len(same):
            return
        a, b = order[same], order[same + 1]
        half = lod.MARKER_PX / 2
        for k, pen in enumerate(self.pal.connector_pens):
            mine = np.flatnonzero(kinds[a] == k)
            if len(mine):
                p.setPen(pen)
                self._lines.resize(len(mine))
                self._lines.ndarray()[:] = np.column_stack([np.round(px[a[mine]]) + 0.5, py[a[mine]] + half,
                                                            np.round(px[b[mine]]) + 0.5, py[b[mine]] - half])
                p.drawLines(*self._lines.drawargs())

    def _paint_markers(self, p, rep, px, py, kinds, raster: bool) -> None:
        self.marks.markers(p, px, py, kinds, raster)
        chosen = np.flatnonzero(rep == self.selected)
        if len(chosen):
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(self.pal.selected_pen)
            for i in chosen.tolist():
                p.drawEllipse(QPointF(px[i], py[i]), lod.MARKER_PX * 0.95, lod.MARKER_PX * 0.95)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _paint_badges(self, p, count, px, py, raster: bool) -> np.ndarray:
        return self.marks.badges(p, count, px, py, raster)

    def _paint_labels(self, p, rows, left_side, count, rep, px, py, raster: bool) -> np.ndarray:
        """Titles in the label rows above (row 0) and below (row 1) the markers; returns their rectangles."""
        which = np.flatnonzero(rows >= 0)
        rects = np.zeros((len(which), 5))
        if not len(which):
            return rects
        text_h = self.metrics.height()
        ascent = self.metrics.ascent()
        p.setFont(self.font)
        p.setPen(self.pal.text)
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
            marked = event == self.selected or event in self.highlighted
            if marked:
                p.fillRect(QRectF(x - 2, y, w + 4, text_h), self.pal.highlight)
                p.setPen(self.pal.highlight_text)
            if raster and event in self._shown:
                p.drawStaticText(QPointF(x, y), self.static_text(event))   # laid out once, drawn fast after
            else:
                p.drawText(QPointF(x, y + ascent), text)
                self._shown.add(event)
            if marked:
                p.setPen(self.pal.text)
            rects[j] = (x, y, w, text_h, event)
        return rects

    def _paint_selected_label(self, p, labels, count, rep, px, py, lane, right) -> np.ndarray:
        """The selected event always shows its title: where the layout found no room, on its marker line in its
        highlight box, drawn over whatever is there (in the current lane when it is in several)."""
        mine = np.flatnonzero(rep == self.selected) if self.selected >= 0 else ()
        if not len(mine) or (len(labels) and (labels[:, 4] == self.selected).any()):
            return labels
        here = mine[lane[mine] == self.current_lane] if self.current_lane >= 0 else mine
        i = int((here if len(here) else mine)[0])
        text, w = self.label_text(self.selected)
        h, half = self.metrics.height(), lod.MARKER_PX / 2
        x = px[i] + half + (lod.BADGE_PX + 2 if count[i] > 1 else 0) + 3
        if x + w > right:
            x = px[i] - half - 3 - w
        y = py[i] - h / 2
        p.fillRect(QRectF(x - 3, y - 1, w + 6, h + 2), self.pal.highlight)
        p.setPen(self.pal.highlight_text)
        p.setFont(self.font)
        p.drawText(QPointF(x, y + self.metrics.ascent()), text)
        return np.vstack([labels.reshape(-1, 5), [[x, y, w, h, self.selected]]])

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

