"""EraBandsItem: named periods as translucent bands behind the lanes and labelled bars in a strip above them."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from desktop.appearance.theme import current_theme
from desktop.timeline.palette import TimelinePalette, timeline_palette

ROW_PX = 22.0   # height of one row of the era strip at the default text size; it grows with the font
MIN_NAME_PX = 70.0


def assign_rows(spans: list[tuple[float, float]]) -> list[int]:
    """Give overlapping intervals different rows (first free row, in start order)."""
    ends: list[float] = []
    rows = [0] * len(spans)
    for i in sorted(range(len(spans)), key=lambda k: spans[k]):
        start, end = spans[i]
        row = next((r for r, last in enumerate(ends) if last <= start), len(ends))
        if row == len(ends):
            ends.append(end)
        else:
            ends[row] = end
        rows[i] = row
    return rows


class EraBandsItem(pg.GraphicsObject):
    """Draws eras between y = top (the strip) and y = lanes (the bottom of the last lane).

    The strip has one row per layer of overlapping eras, then one free row where the date cursor shows its date."""

    era_clicked = Signal(int)

    def __init__(self, parent=None, pal: TimelinePalette | None = None):
        super().__init__(parent)
        self.pal = pal or timeline_palette(current_theme())
        self.eras: list[dict] = []
        self.rows: list[int] = []
        self.row_count = 0
        self.top = 0.0
        self.first = 0.0
        self.lanes = 1
        self.set_font(QFont())
        self._rects: list[tuple[QRectF, int]] = []
        self.setZValue(-10)
        self.setAcceptHoverEvents(True)

    def set_palette(self, pal: TimelinePalette) -> None:
        """Paint the bands in a theme's timeline colours."""
        self.pal = pal
        self.update()

    def set_font(self, font: QFont) -> None:
        """Name the eras in (a bold copy of) this font; the strip's rows grow to fit it."""
        self.font = QFont(font)
        self.font.setBold(True)
        self.metrics = QFontMetricsF(self.font)
        self.row_px = max(ROW_PX, round(self.metrics.height() + 6))
        self.update()

    def set_eras(self, eras: list[dict]) -> None:
        """Replace the eras (dicts with name, label, x0, x1)."""
        self.prepareGeometryChange()
        self.eras = eras
        self.rows = assign_rows([(e["x0"], e["x1"]) for e in eras])
        self.row_count = max(self.rows, default=-1) + 1
        self.update()

    def set_extent(self, top: float, lanes: int, first: float = 0.0) -> None:
        """Where the strip starts (y above the first lane in view), the first lane in view and how many lanes
        the bands cover."""
        self.prepareGeometryChange()
        self.top, self.lanes, self.first = top, lanes, first
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        if not self.eras:
            return QRectF()
        x0 = min(e["x0"] for e in self.eras)
        x1 = max(e["x1"] for e in self.eras)
        return QRectF(x0, self.top, x1 - x0, self.lanes - self.top)

    def paint(self, p: QPainter, opt, widget=None):
        vb = self.getViewBox()
        if vb is None or not self.eras or not self.row_count:
            return
        (x_lo, x_hi), _ = vb.viewRange()
        tr = p.transform()
        sx, ox, sy, oy = tr.m11(), tr.dx(), tr.m22(), tr.dy()
        p.save()
        p.resetTransform()
        left, right = x_lo * sx + ox, x_hi * sx + ox
        strip_top, lanes_top, bottom = self.top * sy + oy, self.first * sy + oy, self.lanes * sy + oy
        row_h = (lanes_top - strip_top) / (self.row_count + 1)   # the last row is the date cursor's
        rects = []
        for i, (era, row) in enumerate(zip(self.eras, self.rows, strict=True)):
            a, b = max(era["x0"] * sx + ox, left - 5), min(era["x1"] * sx + ox, right + 5)
            if b <= a:
                continue
            hue = i % len(self.pal.era_bands)
            p.fillRect(QRectF(a, lanes_top, b - a, bottom - lanes_top), self.pal.era_bands[hue])
            bar = QRectF(a, strip_top + row * row_h + 2, b - a, row_h - 4)
            p.setPen(self.pal.era_pens[hue])
            p.setBrush(self.pal.era_fills[hue])
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.drawRoundedRect(bar, 4, 4)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            rects.append((bar, i))
        self._paint_names(p, rects, left, right)
        if widget is not None:
            self._rects = rects
        p.restore()

    def _paint_names(self, p: QPainter, rects: list[tuple[QRectF, int]], left: float, right: float) -> None:
        """Each era's name from the visible start of its bar, running on into free room in its row if needed;
        a bar near the end with no room after it has its name just before it instead."""
        if not rects or rects[0][0].height() < self.metrics.height() * 0.8:
            return   # bars squeezed thinner than a line: their names are in the tooltips and the Zoom to era menu
        p.setFont(self.font)
        p.setPen(self.pal.text)
        flags = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        for bar, i in rects:
            row = [r for r, k in rects if self.rows[k] == self.rows[i] and r is not bar]
            name = self.eras[i]["name"]
            need = self.metrics.horizontalAdvance(name)
            text_left = max(bar.left(), left) + 6
            room = min([r.left() for r in row if r.left() > bar.left()] + [right]) - text_left - 8
            if room < min(MIN_NAME_PX, need):
                before = bar.left() - max([r.right() for r in row if r.right() <= bar.left()] + [left]) - 12
                if before < min(MIN_NAME_PX, need):
                    continue   # no room for a readable name: the tooltip and the menu still give it
                room, text_left = min(need, before), bar.left() - 6 - min(need, before)
            text = self.metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)
            p.drawText(QRectF(text_left, bar.top(), room, bar.height()), flags, text)

    def _era_at(self, ev) -> int:
        view = self.getViewWidget()
        if view is None:
            return -1
        pos = QPointF(view.mapFromScene(ev.scenePos()))
        return next((i for rect, i in self._rects if rect.contains(pos)), -1)

    def mouseClickEvent(self, ev):  # noqa: N802 - pyqtgraph override
        i = self._era_at(ev) if ev.button() == Qt.MouseButton.LeftButton else -1
        if i >= 0:
            self.era_clicked.emit(i)
            ev.accept()
        else:
            ev.ignore()

    def hoverEvent(self, ev):  # noqa: N802 - pyqtgraph override
        i = -1 if ev.isExit() else self._era_at(ev)
        self.setToolTip(f"{self.eras[i]['name']} ({self.eras[i]['label']})" if i >= 0 else "")
