"""Colours and marker shapes of the timeline: an event's kind shows by shape as well as by colour."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF
from PySide6.QtGui import QColor, QPainterPath, QPolygonF

from db.timeline_queries import KINDS

# kind -> (fill colour, shape, legend symbol, legend text)
KIND_STYLE = {
    "article": ("#202124", "circle", "●", QT_TRANSLATE_NOOP("TimelineToolBar", "From the article")),
    "context": ("#7b8490", "square", "■", QT_TRANSLATE_NOOP("TimelineToolBar", "Background")),
    "post-article": ("#d98e00", "diamond", "◆", QT_TRANSLATE_NOOP("TimelineToolBar", "After the article")),
}
KIND_COLORS = [QColor(KIND_STYLE[k][0]) for k in KINDS]
KIND_SHAPES = [KIND_STYLE[k][1] for k in KINDS]
TEXT = QColor("#1d1f23")
BADGE_FILL = QColor("#e8ebef")
BADGE_EDGE = QColor("#7b8490")
SELECTED = QColor("#0057d9")
HIGHLIGHT = QColor(255, 226, 120, 235)
LANE_STRIPE = QColor(0, 0, 0, 10)
LANE_LINE = QColor(0, 0, 0, 40)
GRID = QColor(0, 0, 0, 22)
CURSOR = QColor("#c62828")
# Era bands: soft hues that stay distinct where they overlap.
ERA_HUES = ["#5b8def", "#e0a030", "#3aa57a", "#c0607f", "#8a6fd1", "#3a9fb5", "#b3863c", "#6d8b3a"]


def add_marker(path: QPainterPath, shape: str, x: float, y: float, size: float) -> None:
    """Add one marker of a shape centred on (x, y) to a path."""
    h = size / 2
    if shape == "circle":
        path.addEllipse(QPointF(x, y), h, h)
    elif shape == "square":
        s = h * 0.9
        path.addRect(QRectF(x - s, y - s, 2 * s, 2 * s))
    else:
        d = h * 1.2
        path.addPolygon(QPolygonF([QPointF(x, y - d), QPointF(x + d, y), QPointF(x, y + d), QPointF(x - d, y),
                                   QPointF(x, y - d)]))
        path.closeSubpath()
