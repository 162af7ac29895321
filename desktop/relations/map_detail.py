"""How much the relationship map shows at a given size: the one place that decides its level of detail.

A large map (the `relations` view) shows every label with the relation's own words. A small map (the
Explore tab's lower-left pane) widens its layout to the pane's shape, keeps country names at a legible
size, draws only the labels that fit (the line style and the legend carry the kind; hovering or
focusing a line shows its label), and asks for a one-row legend so the graph gets the room.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.relations.styles import NAME_PX, SCENE_H, SCENE_W

SMALL_BELOW = 0.6       # pixels per scene unit: below this the map is small
MAX_STRETCH = 1.6       # a small map may widen its layout up to this much to fill a wide, low pane
MIN_NAME_PX = 11.0      # country names never drawn smaller than this on screen
CHROME_PX = 70          # height of the full legend and the hint under the map
TEXT_GROWTH = 1.5       # the most the map's text grows with View ▸ Text size (a large map)
TEXT_GROWTH_SMALL = 1.25  # the same on a small map


@dataclass(frozen=True)
class MapDetail:
    """The level of detail for one map size."""

    small: bool             # labels only where they fit, kind alone; otherwise every label with its words
    zoom: float             # screen pixels per scene unit once fitted
    scene_width: float      # the layout's width in scene units (wider than SCENE_W when stretched)
    text_scale: float       # scene units per screen pixel for label text (same pixel size at any zoom)
    node_scale: float       # the same for country names, raised so they stay at least MIN_NAME_PX


FULL = MapDetail(False, 1.0, SCENE_W, 1.0, 1.0)


def map_detail(width: float, height: float, text: float = 1.0) -> MapDetail:
    """The level of detail for a map of `width` × `height` screen pixels, with text `text` times its default size
    (View ▸ Text size: names and labels grow on screen with the rest of the app's text, up to TEXT_GROWTH, or
    TEXT_GROWTH_SMALL on a small map: the countries keep their places, and names larger still would cover each
    other; the Table tab beside the map has the app's full text size)."""
    if width <= 0 or height <= 0:
        return FULL
    zoom = min(width / SCENE_W, height / SCENE_H)
    if zoom >= SMALL_BELOW:
        scale = min(3.0, max(0.8, 1.0 / zoom))
        text = min(text, TEXT_GROWTH)
        return MapDetail(False, zoom, SCENE_W, scale * text, min(scale, 1.7) * text)
    # Small: use a wide, low pane's width instead of leaving it empty on both sides.
    scene_width = min(SCENE_W * MAX_STRETCH, max(SCENE_W, SCENE_H * width / height))
    zoom = min(width / scene_width, height / SCENE_H)
    scale = max(0.8, 1.0 / zoom)
    text = min(text, TEXT_GROWTH_SMALL)
    # + 0.5: pixel sizes are rounded
    node_scale = max(min(scale, 1.7) * text, (MIN_NAME_PX * text + 0.5) / (min(NAME_PX) * zoom))
    return MapDetail(True, zoom, scene_width, scale * text, node_scale)


def compact_chrome(width: float, height: float) -> bool:
    """Whether the legend and hint under a map box of this size should take one row each (a small map)."""
    return map_detail(width, height - CHROME_PX).small
