"""RelationLabelItem: the words on a relation's line (its kind, then its own short label), drawn above all lines."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from desktop.relations.styles import kind_word


class RelationLabelItem(QGraphicsItem):
    """A small boxed two-line label centred on its position; `edge` is the RelationEdgeItem it names."""

    def __init__(self, edge):
        super().__init__()
        self.edge = edge
        self.font = QFont()
        self.kind_font = QFont()
        self.kind_font.setBold(True)
        self.text_scale = 1.0
        self.highlight = False
        self.compact = False  # only the kind (when the map is small)
        self.fits = True      # placed without covering a node or another label (a small map hides the others)
        self.hovered = False  # the pointer is on the line: show the label even if it did not fit
        self.setZValue(5)
        self.setCursor(Qt.PointingHandCursor)
        self._rect = QRectF()
        self.set_text_scale(1.0)

    def lines(self) -> tuple[str, str]:
        """The kind as a word, and the relation's own short label (none in compact mode)."""
        return kind_word(self.edge.kind), "" if self.compact else self.edge.relation.get("label") or ""

    def set_text_scale(self, scale: float, compact: bool | None = None) -> None:
        """Keep the text the same size on screen whatever the zoom (scale = scene units per pixel)."""
        self.prepareGeometryChange()
        self.text_scale = scale
        if compact is not None:
            self.compact = compact
        self.font.setPixelSize(max(6, round(12 * scale)))
        self.kind_font.setPixelSize(max(6, round(12 * scale)))
        top, bottom = self.lines()
        w = max(QFontMetricsF(self.kind_font).horizontalAdvance(top), QFontMetricsF(self.font).horizontalAdvance(bottom))
        h = QFontMetricsF(self.kind_font).height() + (QFontMetricsF(self.font).height() if bottom else 0)
        w, h = w + 10 * scale, h + 3 * scale
        self._rect = QRectF(-w / 2, -h / 2, w, h)

    def refresh(self) -> None:
        """Show the label when it fits, or on demand (hover, keyboard focus); never on a dimmed line.

        Selected edges are placed first, so they fit unless many are marked at once (comparison maps): those
        that do not fit stay hidden rather than cover each other.
        """
        on_demand = self.hovered or self.edge.focused
        self.setVisible(not self.edge.dimmed and (self.fits or on_demand))
        self.setZValue(7 if on_demand and not self.fits else 5)  # a label shown on demand sits above the others
        self.update()

    def size(self) -> tuple[float, float]:
        """Width and height in scene units."""
        return self._rect.width(), self._rect.height()

    def rect_at(self, center: QPointF) -> QRectF:
        """The box this label would cover if centred at `center`."""
        return self._rect.translated(center)

    def boundingRect(self) -> QRectF:
        m = 2 * self.text_scale  # half the thickest outline (high contrast, highlighted)
        return self._rect.adjusted(-m, -m, m, m)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.Antialiasing)
        colors = self.edge.colors
        outline = (2.2 if self.highlight else 1.0) + colors.border_width - 1  # thicker in high contrast
        painter.setPen(QPen(colors.kind(self.edge.kind), outline * self.text_scale))
        painter.setBrush(QBrush(QColor(colors.selected_fill if self.highlight else colors.label_fill)))
        painter.drawRoundedRect(self._rect, 4 * self.text_scale, 4 * self.text_scale)
        top, bottom = self.lines()
        top_h = QFontMetricsF(self.kind_font).height()
        pad = 1.5 * self.text_scale
        painter.setFont(self.kind_font)
        painter.setPen(colors.kind_word_color(self.edge.kind))
        painter.drawText(QRectF(self._rect.left(), self._rect.top() + pad, self._rect.width(), top_h),
                         Qt.AlignCenter, top)
        if bottom:
            painter.setFont(self.font)
            painter.setPen(QColor(colors.label_text))
            painter.drawText(QRectF(self._rect.left(), self._rect.top() + pad + top_h, self._rect.width(),
                                    self._rect.height() - top_h - 2 * pad), Qt.AlignCenter, bottom)
