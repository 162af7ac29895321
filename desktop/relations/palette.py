"""The relationship map's colours for each theme: the one place they are chosen.

Kind colours are picked per theme (darker hues on light paper, lighter ones on a dark background, pure
bright ones on black) so each reaches 3:1 against the map and stays apart from the others; actors' own
colours come from the content and are only lightened or darkened here until they stand out. Text colours
are checked against the box they sit on (4.5:1, 7:1 in high contrast). Views read `map_palette()` when they
are built and again when the theme changes (RelationsPanel.restyle).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from PySide6.QtGui import QColor

from desktop.appearance.theme import Theme, current_theme, legible

# The colour of each kind of relation, by theme. Same hue family in every theme (green alliance, blue
# partnership, orange warming, brown strained, purple rivalry, red hostility, teal dependence); line
# pattern and word carry the kind as well, so colour is never the only cue.
KIND_COLORS = {
    "light": {
        "alliance": "#1b7a3a", "partnership": "#2458a6", "warming": "#c2571a", "strained": "#7a5c1e",
        "rivalry": "#7040b0", "hostility": "#c0282d", "dependence": "#137173", "other": "#555555",
    },
    "dark": {
        "alliance": "#5cc67a", "partnership": "#76a9ff", "warming": "#ff9a52", "strained": "#c9a86a",
        "rivalry": "#c09af5", "hostility": "#ff6b6b", "dependence": "#3fcfc9", "other": "#b0b0b0",
    },
    "high-contrast": {
        "alliance": "#00e05a", "partnership": "#5aa9ff", "warming": "#ff9d1a", "strained": "#d7b98c",
        "rivalry": "#d28cff", "hostility": "#ff6e6e", "dependence": "#00e0e0", "other": "#c8c8c8",
    },
}
# Boxes behind names and labels, and the marks for keyboard focus and selection, where the theme's own
# colours do not serve: a light map keeps its pale-yellow selection and a near-black focus ring (the theme's
# blue focus colour is too close to the blue countries' outlines); a dark one selects in light blue.
BOXES = {
    "light": {"node_fill": "#ffffff", "selected_fill": "#fff6d5", "selection": "#ffc800", "selection_alpha": 170,
              "mark_fill": "#fff2b3", "focus": "#1a1a1a", "focus_alpha": 70},
    "dark": {"node_fill": "#2b2d31", "selected_fill": "#22395c", "selection": "#8ab4f8", "selection_alpha": 150,
             "mark_fill": "#4d3d0a", "focus_alpha": 120},
    "high-contrast": {"node_fill": "#000000", "selected_fill": "#000000", "selection": "#ffffff",
                      "selection_alpha": 220, "mark_fill": "#ffff00", "focus_alpha": 220},
}


@dataclass(frozen=True)
class MapPalette:
    """Every colour and line weight the map, its legend and the pair history use in one theme."""

    theme: str
    high_contrast: bool
    background: str           # the map's paper (the theme's plot background)
    legend_background: str    # behind the key under the map (the map's paper too)
    legend_text: str
    hint_text: str            # the quieter line under the key (what to click, what the keyboard reached)
    node_fill: str
    node_text: str
    label_fill: str
    label_text: str           # a relation's own words under the bold kind word
    selected_fill: str        # a selected node's or label's box
    focus: str                # keyboard focus: dashed ring round a node, halo along a line
    focus_alpha: int
    selection: str            # the halo behind a selected line
    selection_alpha: int
    halo_gap: bool            # a selected line keeps a band of background between it and its halo (high contrast)
    text_ratio: float         # the contrast every text colour here reaches against its box
    accent_ratio: float       # the contrast actors' colours reach against the map and a node's box
    line_scale: float         # relation lines are this much thicker (high contrast: thick lines)
    border_width: float       # boxes' outline width at full size
    history_text: str         # body text of the pair history (the theme's text on base)
    history_base: str
    muted: str                # dates and sources in the history
    mark_fill: str            # behind "◀ holds at …" in the history
    mark_text: str
    kinds: dict[str, str] = field(default_factory=dict)       # line colour per kind (and "other")
    kind_text: dict[str, str] = field(default_factory=dict)   # the kind word in a label, legible on both fills
    history_kind: dict[str, str] = field(default_factory=dict)  # the kind word in the history text

    def kind(self, kind: str) -> QColor:
        """The line colour of a kind (unknown kinds get the neutral one)."""
        return QColor(self.kinds.get(kind, self.kinds["other"]))

    def kind_word_color(self, kind: str) -> QColor:
        """The colour of a kind's word inside a label box."""
        return QColor(self.kind_text.get(kind, self.kind_text["other"]))

    def history_kind_color(self, kind: str) -> str:
        """The colour of a kind's word in the pair history."""
        return self.history_kind.get(kind, self.history_kind["other"])

    def accent(self, color: str) -> QColor:
        """An actor's colour from the content, made to stand out (`accent_ratio`) on the map and in a node's box."""
        return QColor(_accent(color, self.background, self.node_fill, self.accent_ratio))


@cache
def _accent(color: str, background: str, fill: str, ratio: float) -> str:
    return legible(color, background, fill, ratio=ratio)


def palette_for(theme: Theme) -> MapPalette:
    """The map's palette for a theme (themes without their own kind colours borrow light's or dark's)."""
    return _palette(theme)


@cache
def _palette(theme: Theme) -> MapPalette:
    family = theme.name if theme.name in KIND_COLORS else ("dark" if theme.dark else "light")
    hc = family == "high-contrast"
    boxes = BOXES[family]
    ratio = 7.0 if hc else 4.5
    background = theme.plot_background
    node_fill = boxes["node_fill"]
    label_fill = node_fill
    selected = boxes["selected_fill"]
    kinds = dict(KIND_COLORS[family])
    # The bold kind word: on light paper a shade darker than the line (as before), else the line colour itself.
    words = {k: (QColor(c).darker(130).name() if not theme.dark else c) for k, c in kinds.items()}
    mark_text = "#000000" if hc else theme.text
    return MapPalette(
        theme=theme.name, high_contrast=hc, background=background,
        legend_background=background, legend_text=legible(theme.plot_foreground, background, ratio=ratio),
        hint_text=legible(theme.muted, background, ratio=ratio),
        node_fill=node_fill, node_text=legible(theme.plot_foreground, node_fill, selected, ratio=ratio),
        label_fill=label_fill, label_text=legible(theme.plot_foreground, label_fill, selected, ratio=ratio),
        selected_fill=selected,
        focus=boxes.get("focus", theme.focus), focus_alpha=boxes["focus_alpha"],
        selection=boxes["selection"], selection_alpha=boxes["selection_alpha"], halo_gap=hc,
        text_ratio=ratio, accent_ratio=4.5 if hc else 3.0,
        line_scale=1.4 if hc else 1.0, border_width=float(theme.border_width),
        history_text=theme.text, history_base=theme.base, muted=legible(theme.muted, theme.base, ratio=ratio),
        mark_fill=boxes["mark_fill"], mark_text=legible(mark_text, boxes["mark_fill"], ratio=ratio),
        kinds=kinds,
        kind_text={k: legible(c, label_fill, selected, ratio=ratio) for k, c in words.items()},
        history_kind={k: legible(c, theme.base, ratio=ratio) for k, c in kinds.items()},
    )


def map_palette() -> MapPalette:
    """The map's palette in the theme in use now."""
    return palette_for(current_theme())
