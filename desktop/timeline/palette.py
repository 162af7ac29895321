"""The timeline's colours for a theme, and its marker shapes: an event's kind shows by shape as well as by colour.

Every colour the timeline paints comes from one `TimelinePalette`, built once per theme by `timeline_palette()`
(the timeline asks again when the theme changes: TimelineWidget.restyle). Pens and colours are made here once,
never per frame.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF
from PySide6.QtGui import QColor, QPainterPath, QPen, QPolygonF

from db.queries.timeline import KINDS
from desktop.appearance.theme import Theme, legible

# kind -> (shape, legend symbol, legend text); the colour comes from the theme's variant below.
KIND_STYLE = {
    "article": ("circle", "●", QT_TRANSLATE_NOOP("TimelineToolBar", "From the article")),
    "context": ("square", "■", QT_TRANSLATE_NOOP("TimelineToolBar", "Background")),
    "post-article": ("diamond", "◆", QT_TRANSLATE_NOOP("TimelineToolBar", "After the article")),
}
KIND_SHAPES = [KIND_STYLE[k][0] for k in KINDS]

# What differs between light paper, a dark screen and high contrast; the rest comes from the theme itself.
# Kind colours keep at least 3:1 against the plot (lane stripes and era bands included) and differ from one
# another; the tests check every figure here against WCAG thresholds.
VARIANTS: dict[str, dict] = {
    "light": {
        "kinds": {"article": "#202124", "context": "#6f7885", "post-article": "#a86400"},
        "marker_edge": "#ffffff",
        "badge_fill": "#e8ebef", "badge_edge": "#7b8490",
        "selected": "#0057d9", "highlight": QColor(255, 226, 120, 235), "highlight_text": None,
        "lane_stripe": QColor(0, 0, 0, 10), "lane_line": QColor(0, 0, 0, 40), "grid": QColor(0, 0, 0, 22),
        "cursor": "#c62828",
        # Era bands: soft hues that stay distinct where they overlap.
        "era_hues": ["#5b8def", "#e0a030", "#3aa57a", "#c0607f", "#8a6fd1", "#3a9fb5", "#b3863c", "#6d8b3a"],
        "era_band_alpha": 26, "era_fill_alpha": 70, "era_edge": "darker", "span_alpha": 70, "connector_alpha": 150,
    },
    "dark": {
        "kinds": {"article": "#ececec", "context": "#8d99a8", "post-article": "#f2a93b"},
        "marker_edge": None,   # the plot's background: a thin gap between touching markers
        "badge_fill": "#33363c", "badge_edge": "#8d99a8",
        "selected": "#8ab4f8", "highlight": None, "highlight_text": None,   # the theme's selection colours
        "lane_stripe": QColor(255, 255, 255, 11), "lane_line": QColor(255, 255, 255, 44),
        "grid": QColor(255, 255, 255, 22),
        "cursor": "#ff6b6b",
        "era_hues": ["#6f9cf2", "#e0a030", "#3fb585", "#d06a8c", "#9a80e0", "#3fb0c8", "#c39650", "#7fa045"],
        "era_band_alpha": 30, "era_fill_alpha": 80, "era_edge": "lighter", "span_alpha": 90, "connector_alpha": 160,
    },
    "high-contrast": {
        "kinds": {"article": "#ffffff", "context": "#00d7ff", "post-article": "#ffa000"},
        "marker_edge": None,
        "badge_fill": "#000000", "badge_edge": "#ffffff",
        "selected": None, "highlight": None, "highlight_text": None,
        "lane_stripe": None, "lane_line": "#9a9a9a", "grid": "#5e5e5e",   # no faint stripes: plain, visible lines
        "cursor": "#ff7070",
        "era_hues": ["#7fb0ff", "#ffc040", "#40e0a0", "#ff80b0", "#b898ff", "#40d8f0", "#e8b868", "#a8d858"],
        "era_band_alpha": 44, "era_fill_alpha": 90, "era_edge": "same", "span_alpha": 130, "connector_alpha": 220,
    },
}


@dataclass(frozen=True, eq=False)
class TimelinePalette:
    """The colours and pens of the timeline in one theme (built once; read by every timeline item)."""

    theme: str
    background: QColor
    text: QColor              # event labels, era names, badge text, axis text
    axis_pen: QPen            # axis lines and ticks
    kinds: tuple[QColor, ...]          # per kind, in KINDS order
    span_fills: tuple[QColor, ...]     # the bar over an event's period, per kind
    connector_pens: tuple[QPen, ...]   # the line joining one event's marks in several lanes, per kind
    marker_edge: QColor
    badge_fill: QColor
    badge_edge: QColor
    badge_text: QColor
    selected: QColor          # the ring around the selected event's marker …
    selected_pen: QPen
    highlight: QColor         # … and the fill behind its label, with the label's colour on it
    highlight_text: QColor
    lane_stripe: QColor       # every other lane (transparent: none)
    lane_pen: QPen
    grid_pen: QPen
    cursor: QColor
    cursor_fill: QColor       # behind the cursor's date
    era_bands: tuple[QColor, ...]      # per era hue: the band behind the lanes …
    era_fills: tuple[QColor, ...]      # … the bar in the era strip …
    era_pens: tuple[QPen, ...]         # … and its outline

    def kind_color(self, kind: str) -> QColor:
        """The colour of an event kind ('article', 'context', 'post-article')."""
        return self.kinds[KINDS.index(kind)]

    def actor_color(self, color: str) -> QColor:
        """An actor's colour from the content, lightened or darkened (hue kept) to show 3:1 as its lane's tab."""
        return QColor(_tab(color, self.background.name()))


@cache
def _tab(color: str, background: str) -> str:
    return legible(color, background, ratio=3.0)


def variant_of(theme: Theme) -> str:
    """Which colour variant a theme uses: its own name if there is one, else light or dark."""
    return theme.name if theme.name in VARIANTS else "dark" if theme.dark else "light"


def _or(value, fallback: str) -> QColor:
    """A variant's colour, or the theme's where the variant leaves it to the theme (None)."""
    return QColor(fallback if value is None else value)


def _alpha(color: QColor | str, alpha: int) -> QColor:
    c = QColor(color)
    c.setAlpha(alpha)
    return c


@cache
def timeline_palette(theme: Theme) -> TimelinePalette:
    """The timeline's palette for a theme."""
    v = VARIANTS[variant_of(theme)]
    background, text = QColor(theme.plot_background), QColor(theme.plot_foreground)
    kinds = tuple(QColor(v["kinds"][k]) for k in KINDS)
    selected = _or(v["selected"], theme.focus)
    hues = [QColor(h) for h in v["era_hues"]]
    edge = {"darker": lambda c: c.darker(130), "lighter": lambda c: c.lighter(115), "same": QColor}[v["era_edge"]]
    return TimelinePalette(
        theme=theme.name,
        background=background,
        text=text,
        axis_pen=QPen(QColor(theme.border), 1),
        kinds=kinds,
        span_fills=tuple(_alpha(c, v["span_alpha"]) for c in kinds),
        connector_pens=tuple(QPen(_alpha(c, v["connector_alpha"]), 1) for c in kinds),
        marker_edge=_or(v["marker_edge"], theme.plot_background),
        badge_fill=QColor(v["badge_fill"]),
        badge_edge=QColor(v["badge_edge"]),
        badge_text=text,
        selected=selected,
        selected_pen=QPen(selected, 2.5),
        # A variant with its own highlight keeps the label's colour on it; else the theme's selection colours.
        highlight=_or(v["highlight"], theme.highlight),
        highlight_text=_or(v["highlight_text"], theme.highlighted_text if v["highlight"] is None else
                           theme.plot_foreground),
        lane_stripe=_or(v["lane_stripe"], "transparent"),
        lane_pen=QPen(QColor(v["lane_line"]), 1),
        grid_pen=QPen(QColor(v["grid"]), 1),
        cursor=QColor(v["cursor"]),
        cursor_fill=_alpha(background, 225),
        era_bands=tuple(_alpha(h, v["era_band_alpha"]) for h in hues),
        era_fills=tuple(_alpha(h, v["era_fill_alpha"]) for h in hues),
        era_pens=tuple(QPen(edge(h), 1) for h in hues),
    )


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
