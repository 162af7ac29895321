"""ActorNodeItem: one actor in the relationship graph, a labelled box at a fixed place."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from desktop.relations.palette import MapPalette, map_palette
from desktop.relations.styles import NAME_PX
from desktop.widgets.plain_text import plain_tooltip


class ActorNodeItem(QGraphicsItem):
    """A rounded box with the actor's name as it was at the current date; the central three are larger."""

    def __init__(self, slug: str, name: str, color: str, center: QPointF, central: bool,
                 colors: MapPalette | None = None):
        super().__init__()
        self.slug = slug
        self.colors = colors or map_palette()
        self.color = self.colors.accent(color)  # the actor's colour from the content, made to stand out here
        self.central = central
        self.focused = False
        self.selected = False
        self.font = QFont()
        self.font.setBold(central)
        self.base_px = NAME_PX[0] if central else NAME_PX[1]
        self.text_scale = 1.0
        self.font.setPixelSize(self.base_px)
        self.setPos(center)
        self.setZValue(10)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.PointingHandCursor)
        self.name = ""
        self._rect = QRectF()
        self.set_name(name)

    def set_text_scale(self, scale: float) -> None:
        """Keep the name the same size on screen whatever the view's zoom (scale = scene units per pixel)."""
        self.text_scale = scale
        self.font.setPixelSize(max(6, round(self.base_px * scale)))  # floor set by desktop.relations.map_detail
        self.name, name = "", self.name
        self.set_name(name)

    def set_name(self, name: str) -> None:
        """Show another name (e.g. 'Soviet Union' before December 1991)."""
        if name == self.name:
            return
        self.prepareGeometryChange()
        self.name = name
        metrics = QFontMetricsF(self.font)
        pad = self.text_scale
        w = metrics.horizontalAdvance(name) + (34 if self.central else 24) * pad
        h = metrics.height() + (16 if self.central else 10) * pad
        self._rect = QRectF(-w / 2, -h / 2, w, h)
        self.setToolTip(plain_tooltip(name))
        self.update()

    def box(self) -> QRectF:
        """The node's box in scene coordinates."""
        return self._rect.translated(self.pos())

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-13, -13, 13, 13)  # the focus and selection rings, a thick selected border

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        colors = self.colors
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setBrush(QBrush(QColor(colors.selected_fill if self.selected else colors.node_fill)))
        # High contrast: every outline one theme border width thicker.
        border = QPen(self.color, (3.5 if self.central else 2.5) + colors.border_width - 1)
        if self.selected:
            border.setWidthF(5.0 + colors.border_width - 1)
        painter.setPen(border)
        painter.drawRoundedRect(self._rect, 10, 10)
        # A colour band on the left marks the actor's lane colour; the name is the real cue.
        band = QRectF(self._rect.left() + 3, self._rect.top() + 3, 7, self._rect.height() - 6)
        painter.fillRect(band, self.color)
        painter.setFont(self.font)
        painter.setPen(QColor(colors.node_text))
        painter.drawText(self._rect.adjusted(8, 0, 0, 0), Qt.AlignCenter, self.name)
        painter.setBrush(Qt.NoBrush)
        if self.selected and colors.selected_fill == colors.node_fill:
            # High contrast keeps the box black: a solid ring in the selection colour marks it instead.
            painter.setPen(QPen(QColor(colors.selection), 2.5))
            painter.drawRoundedRect(self._rect.adjusted(-6, -6, 6, 6), 14, 14)
        if self.focused:
            focus = QPen(QColor(colors.focus), 1.5 * colors.border_width, Qt.DashLine)
            painter.setPen(focus)
            ring = 10 if self.selected and colors.selected_fill == colors.node_fill else 4
            painter.drawRoundedRect(self._rect.adjusted(-ring, -ring, ring, ring), 8 + ring, 8 + ring)
