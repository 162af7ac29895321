"""The relationship map follows the theme: its paper, boxes, lines, key, comparison maps and pair history,
with colours that stay legible (WCAG contrast) and apart from each other in every theme."""

import itertools
import math

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from db.dates import PartialDate
from db.queries import relations as rel
from db.queries.relations import UNCHANGED
from desktop.appearance import theme
from desktop.appearance.theme import contrast, legible
from desktop.relations import RelationsPanel
from desktop.relations.compare_model import COL_CHANGE, STATUS_ROLE
from desktop.relations.palette import palette_for
from desktop.relations.styles import STYLES
from desktop.state import AppState

THEMES = theme.theme_names()


def text_ratio(name: str) -> float:
    """The contrast text must reach: 4.5:1 (WCAG AA), 7:1 in high contrast (AAA)."""
    return 7.0 if name == "high-contrast" else 4.5


def lab(color: str) -> tuple[float, float, float]:
    """CIE L*a*b* of an sRGB colour (D65)."""
    c = QColor(color)

    def linear(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(v) for v in (c.redF(), c.greenF(), c.blueF()))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def over(color: str, alpha: int, background: str) -> str:
    """`color` at `alpha` (0..255) painted over `background`."""
    c, b, a = QColor(color), QColor(background), alpha / 255
    return QColor.fromRgbF(*(cv * a + bv * (1 - a) for cv, bv in
                             ((c.redF(), b.redF()), (c.greenF(), b.greenF()), (c.blueF(), b.blueF())))).name()


@pytest.fixture
def themed_panel(qtbot, full_db, restore_appearance):
    """Build the relations panel (2017-06, a pair chosen) after applying a theme, as a theme switch does."""
    def build(name: str) -> RelationsPanel:
        theme.apply_theme(name)
        state = AppState(full_db)
        panel = RelationsPanel(state)
        panel.graph.animation_ms = 0
        qtbot.addWidget(panel)
        panel.resize(1100, 650)
        with qtbot.waitExposed(panel):
            panel.show()
        state.set_date(PartialDate(2017, 6).start_value())
        QApplication.processEvents()
        return panel
    return build


def pixel(widget, point: QPoint | None = None) -> str:
    """The colour of one pixel of a widget as drawn (default: 3 px in from its top-left corner)."""
    image = widget.grab().toImage()
    point = point or QPoint(3, 3)
    return image.pixelColor(point.x() * image.width() // widget.width(),
                            point.y() * image.height() // widget.height()).name()


@pytest.mark.parametrize("name", THEMES)
def test_the_map_its_key_and_the_comparison_maps_are_drawn_on_the_themes_paper(themed_panel, name):
    """Before, the map stayed on light paper (#fbfbf8) in every theme: dark and high contrast showed a light
    rectangle. Now the map, the key under it and both comparison maps are the theme's plot background."""
    panel = themed_panel(name)
    paper = theme.themes()[name].plot_background
    assert pixel(panel.graph.viewport()) == paper
    assert pixel(panel.legend) == paper
    assert pixel(panel.hint) == paper
    panel.tabs.setCurrentWidget(panel.compare_page)
    QApplication.processEvents()
    for view in panel.compare.maps:
        assert pixel(view.viewport()) == paper, view.objectName()


@pytest.mark.parametrize("name", THEMES)
def test_a_countrys_box_is_filled_in_the_themes_node_colour(themed_panel, name):
    """Country boxes are painted in the palette's fill (black in high contrast, dark grey in dark)."""
    panel = themed_panel(name)
    graph, colors = panel.graph, palette_for(theme.themes()[name])
    box = graph.nodes["china"].box()
    inside = graph.mapFromScene(box.left() + 15, box.center().y())  # between the colour band and the name
    assert QColor(pixel(graph.viewport(), inside)).name() == colors.node_fill


def test_switching_the_window_to_dark_or_high_contrast_redraws_the_map(qtbot, window, restore_appearance):
    """View → Theme restyles the window in place: its map is on dark paper, then on black."""
    window.show()
    dark = window.appearance.set_theme("dark")
    qtbot.addWidget(dark)
    assert dark.relations_widget.graph.colors.background == "#1e1f22"
    assert dark.relations_widget.graph.backgroundBrush().color() == QColor("#1e1f22")
    hc = dark.appearance.set_theme("high-contrast")
    qtbot.addWidget(hc)
    assert hc.relations_widget.graph.backgroundBrush().color() == QColor("#000000")
    assert hc.relations_widget.legend.colors.theme == "high-contrast"


@pytest.mark.parametrize("name", THEMES)
def test_kind_colours_stand_out_from_the_map_and_from_each_other(name):
    """Every kind reaches 3:1 against the map (and its key), and any two kinds differ by ΔE*ab ≥ 25."""
    colors = palette_for(theme.themes()[name])
    kinds = {kind: colors.kinds[kind] for kind in STYLES}
    for kind, color in kinds.items():
        assert contrast(color, colors.background) >= 3, (name, kind, contrast(color, colors.background))
        assert contrast(color, colors.legend_background) >= 3, (name, kind)
    for (k1, c1), (k2, c2) in itertools.combinations(kinds.items(), 2):
        assert math.dist(lab(c1), lab(c2)) >= 25, (name, k1, k2)
    assert contrast(colors.kinds["other"], colors.background) >= 3


@pytest.mark.parametrize("name", THEMES)
def test_every_text_on_the_map_and_in_the_history_is_legible_on_its_box(name):
    """Names, labels, kind words and the key reach 4.5:1 on their boxes (7:1 in high contrast), selected or not;
    so do the pair history's kind words, dates and 'holds at' mark."""
    t = theme.themes()[name]
    colors, need = palette_for(t), text_ratio(name)
    pairs = {
        "name": (colors.node_text, colors.node_fill), "selected name": (colors.node_text, colors.selected_fill),
        "label": (colors.label_text, colors.label_fill), "selected label": (colors.label_text, colors.selected_fill),
        "key": (colors.legend_text, colors.legend_background), "hint": (colors.hint_text, colors.background),
        "dates": (colors.muted, t.base),
        "holds at": (colors.mark_text, colors.mark_fill),
    }
    for kind in [*STYLES, "other"]:
        pairs[f"{kind} word"] = (colors.kind_word_color(kind).name(), colors.label_fill)
        pairs[f"selected {kind} word"] = (colors.kind_word_color(kind).name(), colors.selected_fill)
        pairs[f"{kind} in history"] = (colors.history_kind_color(kind), t.base)
    for what, (fg, bg) in pairs.items():
        assert contrast(fg, bg) >= need, (name, what, fg, bg, round(contrast(fg, bg), 2))


@pytest.mark.parametrize("name", THEMES)
def test_focus_and_selection_marks_are_visible(themed_panel, name):
    """The focus ring round a country reaches 3:1 against the map; the wide halos along a focused or selected line
    stand apart from the paper (light's pale amber only 1.36:1, so a selected line's label also gets a thicker
    outline in its kind's colour, ≥3:1); focus and selection differ, and each changes what is drawn."""
    panel = themed_panel(name)
    graph, colors = panel.graph, panel.graph.colors
    assert contrast(colors.focus, colors.background) >= 3
    assert contrast(over(colors.focus, colors.focus_alpha, colors.background), colors.background) >= 1.3
    assert contrast(over(colors.selection, colors.selection_alpha, colors.background), colors.background) >= 1.3
    assert colors.focus != colors.selection
    graph.select("")
    plain = graph.viewport().grab().toImage()
    graph._set_focus_key("node:russia")
    QApplication.processEvents()
    focused = graph.viewport().grab().toImage()
    assert focused != plain
    graph.select("edge:cn-kp-low-point")
    QApplication.processEvents()
    edge_selected = graph.viewport().grab().toImage()
    assert edge_selected != focused
    assert graph.edges["cn-kp-low-point"].label.highlight
    graph.select("node:china")
    QApplication.processEvents()
    box = graph.nodes["china"].box()
    if colors.selected_fill != colors.node_fill:  # a selected country's box is filled in the selection colour
        inside = graph.mapFromScene(box.left() + 15, box.center().y())
        assert pixel(graph.viewport(), inside) == colors.selected_fill
    else:  # high contrast keeps the box black: a ring in the selection colour marks it
        ring = graph.mapFromScene(box.center().x(), box.top() - 6)
        assert pixel(graph.viewport(), ring) == QColor(colors.selection).name()


def test_high_contrast_is_black_white_thick_and_yellow_focused():
    """High contrast: black paper and boxes, white names, thicker lines and outlines, the theme's yellow focus."""
    colors = palette_for(theme.themes()["high-contrast"])
    assert (colors.background, colors.node_fill, colors.node_text) == ("#000000", "#000000", "#ffffff")
    assert colors.line_scale > 1 and colors.border_width == 2
    assert colors.focus == "#ffff00"
    assert colors.halo_gap  # an opaque halo keeps a black band between it and the line


@pytest.mark.parametrize("name", THEMES)
def test_actor_colours_from_the_content_are_adjusted_only_as_needed(full_db, name):
    """Each actor's colour reaches 3:1 (4.5:1 in high contrast) against the map and its box; colours that already
    do are kept as they are (light theme), dark ones are lightened on dark paper."""
    colors = palette_for(theme.themes()[name])
    need = 4.5 if name == "high-contrast" else 3.0
    for slug, actor in rel.actors_by_slug(full_db).items():
        accent = colors.accent(actor["color"]).name()
        assert contrast(accent, colors.background) >= need and contrast(accent, colors.node_fill) >= need, (name, slug)
        if contrast(actor["color"], colors.background) >= need and contrast(actor["color"], colors.node_fill) >= need:
            assert accent == QColor(actor["color"]).name(), (name, slug)
    if name == "dark":  # China's red (#b3261e) is too dark on #1e1f22: it is lightened, keeping its hue
        china = QColor(colors.accent(rel.actors_by_slug(full_db)["china"]["color"]))
        assert china.lightness() > QColor("#b3261e").lightness() and china.hue() in range(0, 10)


def test_legible_moves_a_colour_only_as_far_as_needed():
    assert legible("#1a1a1a", "#ffffff", ratio=4.5) == "#1a1a1a"
    lighter = legible("#333333", "#1e1f22", ratio=4.5)
    assert contrast(lighter, "#1e1f22") >= 4.5 and contrast(legible("#333333", "#1e1f22", ratio=4.4), "#1e1f22") < 4.6


@pytest.mark.parametrize("name", ["dark", "high-contrast"])
def test_the_pair_history_and_the_comparison_table_use_the_themes_marks(themed_panel, name):
    """The history's 'holds at' mark and kind words, and the comparison's changed cells, are in the palette's
    colours (before, a pale yellow behind light text in dark themes)."""
    panel = themed_panel(name)
    colors = panel.graph.colors
    panel.graph.activate("edge:cn-kp-low-point")
    html = panel.history.browser.toHtml().lower()
    assert "#fff2b3" not in html
    assert colors.mark_fill in html and colors.history_kind_color("strained") in html
    panel.tabs.setCurrentWidget(panel.compare_page)   # the comparison is worked out when its tab is first opened
    model = panel.compare.model
    changed = next(r for r in range(model.rowCount()) if model.index(r, 0).data(STATUS_ROLE) != UNCHANGED)
    assert model.index(changed, COL_CHANGE).data(Qt.BackgroundRole) == QColor(colors.mark_fill)
    assert model.index(changed, COL_CHANGE).data(Qt.ForegroundRole) == QColor(colors.mark_text)
