"""How relations look: a line style and a word per kind; the fixed places of the actors.

Kind is never shown by colour alone: every kind has its own line pattern (alliance is a double
line, hostility a zigzag) and every edge carries the kind as text. The colours, one set per theme,
are in desktop.relations.palette.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen

from desktop.relations.curve import Curve
from desktop.relations.palette import MapPalette, map_palette

SCENE_W, SCENE_H = 1400.0, 620.0
_X = SCENE_W / 1100.0  # the places below were drawn on a 1100-wide scene; widened, the map uses wide panes better
CENTRAL = ("china", "north-korea", "russia")
NAME_PX = (19, 15)  # country names in pixels at full size: the central three, the others

# Fixed places (scene coordinates): the triangle in the middle, the others around it, roughly as on
# a map (Japan and the United States east, South Korea south). Ukraine sits top right, next to Russia,
# so that the North Korea–Ukraine line does not cut through the triangle.
POSITIONS = {
    "russia": (540.0 * _X, 70.0),
    "china": (210.0 * _X, 370.0),
    "north-korea": (800.0 * _X, 370.0),
    "ukraine": (930.0 * _X, 70.0),
    "united-states": (1010.0 * _X, 250.0),
    "south-korea": (690.0 * _X, 565.0),
    "japan": (990.0 * _X, 565.0),
    "iran": (90.0 * _X, 565.0),
}
# Free places for actors added later (by a teacher), used in this order; then a ring around the edge.
SPARE_POSITIONS = ((120.0 * _X, 200.0), (1010.0 * _X, 420.0), (390.0 * _X, 600.0), (300.0 * _X, 190.0), (1000.0 * _X, 600.0))
# Some pairs bend (sideways offset of the curve's middle, in scene units) to stay clear of nodes.
BENDS = {
    ("china", "united-states"): -40.0,
    ("china", "japan"): 30.0,
}


def tr(text: str) -> str:
    """Translate a string in this module's context."""
    return QCoreApplication.translate("", text)  # lupdate files bare tr() calls under ""


@dataclass(frozen=True)
class KindStyle:
    """The look of one kind of relation."""

    kind: str
    pattern: str  # double | solid | dash | dot | dashdot | zigzag | dashdotdot


STYLES = {
    "alliance": KindStyle("alliance", "double"),
    "partnership": KindStyle("partnership", "solid"),
    "warming": KindStyle("warming", "dash"),
    "strained": KindStyle("strained", "dot"),
    "rivalry": KindStyle("rivalry", "dashdot"),
    "hostility": KindStyle("hostility", "zigzag"),
    "dependence": KindStyle("dependence", "dashdotdot"),
}
FALLBACK = KindStyle("other", "solid")


def kind_word(kind: str) -> str:
    """The kind as a word a student reads (translated)."""
    words = {
        "alliance": tr("alliance"), "partnership": tr("partnership"), "warming": tr("warming"),
        "strained": tr("strained"), "rivalry": tr("rivalry"), "hostility": tr("hostility"),
        "dependence": tr("dependence"),
    }
    return words.get(kind, kind)


def pattern_word(kind: str) -> str:
    """The line pattern of a kind in words (for the legend's accessible text)."""
    words = {
        "double": tr("double line"), "solid": tr("solid line"), "dash": tr("dashed line"), "dot": tr("dotted line"),
        "dashdot": tr("dash-dot line"), "zigzag": tr("zigzag line"), "dashdotdot": tr("dash-dot-dot line"),
    }
    return words[STYLES.get(kind, FALLBACK).pattern]


def width_for(strength: float) -> float:
    """Line width for a strength 1..5."""
    return 1.2 + 0.9 * max(0.0, strength - 1)


def pen_for(kind: str, width: float, palette: MapPalette | None = None) -> QPen:
    """The pen that strokes a relation of this kind (zigzag and double get their shape in `stroke_relation`)."""
    style = STYLES.get(kind, FALLBACK)
    pen = QPen((palette or map_palette()).kind(kind), width)
    pen.setCapStyle(Qt.FlatCap)
    patterns = {"dash": [5, 2.5], "dot": [0.9, 1.8], "dashdot": [5, 2, 0.9, 2], "dashdotdot": [5, 1.8, 0.9, 1.8, 0.9, 1.8]}
    if style.pattern in patterns:
        pen.setDashPattern(patterns[style.pattern])
    if style.pattern == "dot":
        pen.setCapStyle(Qt.RoundCap)
    return pen


def zigzag(path: QPainterPath, amplitude: float, step: float) -> QPainterPath:
    """A zigzag following a path (for hostility)."""
    curve = Curve(path)
    length = curve.length()
    out = QPainterPath()
    if length <= 0:
        return out
    n = max(2, int(length / step))
    for i in range(n + 1):
        side = 0 if i in (0, n) else (amplitude if i % 2 else -amplitude)
        q = QPointF(*curve.beside(curve.percent_at_length(length * i / n), side))
        if i == 0:
            out.moveTo(q)
        else:
            out.lineTo(q)
    return out


def offset_path(path: QPainterPath, distance: float, samples: int = 40) -> QPainterPath:
    """A copy of a path shifted sideways by `distance` (for the second line of an alliance)."""
    curve = Curve(path)
    out = QPainterPath()
    for i in range(samples + 1):
        q = QPointF(*curve.beside(i / samples, distance))
        if i == 0:
            out.moveTo(q)
        else:
            out.lineTo(q)
    return out


def relation_lines(path: QPainterPath, kind: str, width: float) -> list[tuple[float, QPainterPath]]:
    """The lines that draw a relation of this kind along a path, as (pen width, line): one, or two for an alliance.

    Working out a zigzag or a double line measures the curve again and again (Qt finds each point by its length),
    so a map item keeps the result until its curve changes."""
    style = STYLES.get(kind, FALLBACK)
    if style.pattern == "double":
        thin = max(1.0, width * 0.45)
        gap = thin * 0.5 + max(1.5, width * 0.45)
        return [(thin, offset_path(path, gap)), (thin, offset_path(path, -gap))]
    if style.pattern == "zigzag":
        return [(max(1.2, width * 0.6), zigzag(path, 2.5 + width * 0.8, 7.0))]
    return [(width, path)]


def stroke_relation(painter: QPainter, path: QPainterPath, kind: str, width: float,
                    palette: MapPalette | None = None,
                    lines: list[tuple[float, QPainterPath]] | None = None) -> None:
    """Draw a relation's line along a path in its kind's pattern and its colour in `palette` (default: the theme's);
    `lines`: the path's `relation_lines`, when they were kept."""
    palette = palette or map_palette()
    for pen_width, line in relation_lines(path, kind, width) if lines is None else lines:
        painter.setPen(pen_for(kind, pen_width, palette))
        painter.drawPath(line)
