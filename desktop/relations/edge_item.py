"""RelationEdgeItem: one relation drawn between two actors, in its kind's line style; fades and slides."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from desktop.relations.curve import Curve
from desktop.relations.label_item import RelationLabelItem
from desktop.relations.palette import MapPalette, map_palette
from desktop.relations.styles import relation_lines, stroke_relation, width_for


def _lerp(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


class RelationEdgeItem(QGraphicsItem):
    """A curve from actor a to actor b; `offset` bends it sideways so parallel relations stay apart.

    The graph animates opacity, offset, width and the label's spot between a start and a target value
    (`aim` then `step`). The label is a separate item (`self.label`) so that it is drawn above every line.
    """

    def __init__(self, relation: dict, start: QPointF, end: QPointF, colors: MapPalette | None = None):
        super().__init__()
        self.colors = colors or map_palette()
        self.relation = relation
        self.slug = relation["slug"]
        self.kind = relation["kind"]
        self.p1, self.p2 = QPointF(start), QPointF(end)
        self.end_boxes: tuple[QRectF, QRectF] = (QRectF(), QRectF())
        self.offset = self.offset_from = self.offset_to = 0.0
        self.width = self.width_from = self.width_to = width_for(relation["strength"])
        self.opacity_from = self.opacity_to = 1.0
        # The label sits at fraction `spot[0]` of the curve, shifted sideways by `spot[1]` label heights.
        self.spot = self.spot_from = self.spot_to = (0.5, 0.0)
        self.focused = False
        self.selected = False
        self.dimmed = False  # drawn faint and unlabelled (comparison maps: unchanged relations)
        self.label = RelationLabelItem(self)
        self.setZValue(1)
        self.setCursor(Qt.PointingHandCursor)
        self.setAcceptHoverEvents(True)
        self._path = QPainterPath()
        self._drawn: tuple | None = None   # (what it was worked out for, the lines, the arrow) until the curve changes
        self._rebuild()

    def set_relation(self, relation: dict) -> None:
        """Take a fresh copy of the relation (its kind, label or strength may have been edited)."""
        self.relation = relation
        self.kind = relation["kind"]
        self.label.set_text_scale(self.label.text_scale)
        self._rebuild()
        self.update()
        self.label.update()

    def set_text_scale(self, scale: float, compact: bool | None = None) -> None:
        """Resize the label's text for the view's zoom; compact labels show only the kind."""
        self.label.set_text_scale(scale, compact)
        self._rebuild()

    # ------------------------------------------------------------------ geometry

    def curve(self, offset: float) -> QPainterPath:
        """The quadratic curve between the two actors bent sideways by `offset` at its middle."""
        dx, dy = self.p2.x() - self.p1.x(), self.p2.y() - self.p1.y()
        length = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / length, dx / length
        mid = QPointF((self.p1.x() + self.p2.x()) / 2 + nx * offset * 2, (self.p1.y() + self.p2.y()) / 2 + ny * offset * 2)
        path = QPainterPath(self.p1)
        path.quadTo(mid, self.p2)
        return path

    def label_center(self, spot: tuple[float, float], offset: float) -> QPointF:
        """Where the label's centre goes for a spot (fraction along, label heights aside) on the curve."""
        return QPointF(*Curve(self.curve(offset)).beside(spot[0], spot[1] * self.label.size()[1]))

    def label_rect(self, spot: tuple[float, float], offset: float | None = None) -> QRectF:
        """The label's box (scene coordinates) at a spot, on the target curve unless `offset` is given."""
        return self.label.rect_at(self.label_center(spot, self.offset_to if offset is None else offset))

    def _rebuild(self) -> None:
        self.prepareGeometryChange()
        self._path = self.curve(self.offset)
        self._drawn = None
        stroker = QPainterPathStroker()
        stroker.setWidth(max(14.0, self.width * self.colors.line_scale + 10))
        self._shape = stroker.createStroke(self._path)
        self._bounds = self._shape.boundingRect().adjusted(-20, -20, 20, 20)
        self.label.setPos(self.label_center(self.spot, self.offset))

    # ------------------------------------------------------------------ animation

    def aim(self, *, opacity: float, offset: float, width: float | None = None) -> None:
        """Set the values the next animation moves towards, starting from the current ones."""
        self.opacity_from, self.opacity_to = self.label.opacity(), opacity
        self.offset_from, self.offset_to = self.offset, offset
        self.width_from = self.width
        self.width_to = self.width if width is None else width
        self.spot_from = self.spot

    def step(self, t: float) -> None:
        """Move to fraction t (0..1) of the way from the start values to the targets."""
        opacity = _lerp(self.opacity_from, self.opacity_to, t)
        self.setOpacity(opacity * (0.3 if self.dimmed else 1.0))
        self.label.setOpacity(opacity)
        self.label.refresh()
        self.offset = _lerp(self.offset_from, self.offset_to, t)
        self.width = _lerp(self.width_from, self.width_to, t)
        self.spot = (_lerp(self.spot_from[0], self.spot_to[0], t), _lerp(self.spot_from[1], self.spot_to[1], t))
        self._rebuild()
        self.update()
        self.label.update()

    def set_marks(self, *, focused: bool | None = None, selected: bool | None = None) -> None:
        """Show keyboard focus or selection on the line and its label."""
        if focused is not None:
            self.focused = focused
        if selected is not None:
            self.selected = selected
        self.label.highlight = self.focused or self.selected
        self.update()
        self.label.refresh()

    def set_ends(self, start: QPointF, end: QPointF) -> None:
        """Move the ends (the layout widened or narrowed with the view)."""
        self.p1, self.p2 = QPointF(start), QPointF(end)
        self._rebuild()
        self.update()

    def hoverEnterEvent(self, event) -> None:
        self.label.hovered = True
        self.label.refresh()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self.label.hovered = False
        self.label.refresh()
        super().hoverLeaveEvent(event)

    # ------------------------------------------------------------------ painting

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def _arrow_point(self) -> tuple[QPointF, float] | None:
        """Where the arrowhead goes (the edge of the target's box) and the curve's angle there."""
        direction = self.relation.get("direction") or ""
        if direction not in ("a->b", "b->a"):
            return None
        target = self.end_boxes[1] if direction == "a->b" else self.end_boxes[0]
        curve = Curve(self._path)
        ts = [i / 100 for i in range(101)]
        if direction == "b->a":
            ts.reverse()
        last = ts[0]
        for t in ts:
            if target.contains(QPointF(*curve.point(t))):
                break
            last = t
        angle = curve.angle(last) + (180 if direction == "b->a" else 0)
        return QPointF(*curve.point(last)), angle

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.Antialiasing)
        colors = self.colors
        color = colors.kind(self.kind)
        width = self.width * colors.line_scale
        if self.selected or self.focused:
            # Selection: a wide halo in the theme's selection colour; keyboard focus: one in its focus colour.
            mark = QColor(colors.selection if self.selected else colors.focus)
            mark.setAlpha(colors.selection_alpha if self.selected else colors.focus_alpha)
            halo = QPen(mark, width + 10)
            halo.setCapStyle(Qt.RoundCap)
            painter.setPen(halo)
            painter.drawPath(self._path)
            if colors.halo_gap:  # an opaque halo would swallow the line: outline it instead
                halo.setColor(QColor(colors.background))
                halo.setWidthF(width + 5)
                painter.setPen(halo)
                painter.drawPath(self._path)
        # The lines and the arrow are measured along the curve: kept until the curve, the width, the kind, the
        # direction or the actors' boxes change.
        key = (self.kind, width, self.relation.get("direction"), tuple(box.getRect() for box in self.end_boxes))
        if self._drawn is None or self._drawn[0] != key:
            self._drawn = (key, relation_lines(self._path, self.kind, width), self._arrow_point())
        _key, lines, arrow = self._drawn
        stroke_relation(painter, self._path, self.kind, width, colors, lines)
        if arrow:
            tip, angle = arrow
            a = math.radians(angle)
            size = 12 + width * 1.5
            back = QPointF(tip.x() - math.cos(a) * size, tip.y() + math.sin(a) * size)
            side = QPointF(math.sin(a) * size * 0.5, math.cos(a) * size * 0.5)
            painter.setPen(Qt.NoPen)
            painter.setBrush(QBrush(color))
            painter.drawPolygon(QPolygonF([tip, back + side, back - side]))
