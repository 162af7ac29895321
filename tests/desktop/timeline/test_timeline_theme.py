"""The timeline follows the theme: its background, markers, labels, selection and date cursor, legibly."""

import itertools

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor, QImage

from db.queries.timeline import KINDS
from desktop.appearance import theme
from desktop.timeline import lod
from desktop.timeline.palette import timeline_palette

from timeline_support import make_timeline, paint

THEMES = theme.theme_names()


def luminance(c: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""
    lin = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in (c.redF(), c.greenF(), c.blueF())]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours (1 to 21)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def over(fg: QColor, bg: QColor) -> QColor:
    """A translucent colour painted over an opaque one."""
    a = fg.alphaF()
    return QColor.fromRgbF(*(f * a + b * (1 - a) for f, b in zip(
        (fg.redF(), fg.greenF(), fg.blueF()), (bg.redF(), bg.greenF(), bg.blueF()), strict=True)))


def delta_e(a: QColor, b: QColor) -> float:
    """CIE76 colour difference (about 2.3 is just noticeable; 25 and more reads as another colour)."""
    def lab(c: QColor):
        lin = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in (c.redF(), c.greenF(), c.blueF())]
        r, g, b_ = lin
        xyz = ((0.4124 * r + 0.3576 * g + 0.1805 * b_) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b_,
               (0.0193 * r + 0.1192 * g + 0.9505 * b_) / 1.08883)
        fx, fy, fz = (t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in xyz)
        return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)
    return sum((p - q) ** 2 for p, q in zip(lab(a), lab(b), strict=True)) ** 0.5


def grounds(pal) -> list[QColor]:
    """Everything a lane's marks and labels can sit on: the plot, a striped lane, one or two era bands over them."""
    plain = [pal.background, over(pal.lane_stripe, pal.background)]
    one = [over(band, g) for band in pal.era_bands for g in plain]
    two = [over(b2, over(b1, g)) for b1, b2 in itertools.combinations(pal.era_bands, 2) for g in plain]
    return plain + one + two


def text_minimum(name: str) -> float:
    return 7.0 if name == "high-contrast" else 4.5


def close(a: QColor, b: QColor, tolerance: int = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def test_helpers_agree_with_wcag():
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert over(QColor(0, 0, 0, 0), QColor("#123456")).name() == "#123456"


@pytest.mark.parametrize("name", THEMES)
def test_palette_is_the_themes_own(name):
    """The plot's background and text are the theme's plot colours; a dark theme gets no white paper."""
    t = theme.themes()[name]
    pal = timeline_palette(t)
    assert pal.background == QColor(t.plot_background)
    assert pal.text == QColor(t.plot_foreground)
    assert pal.cursor_fill.rgb() == pal.background.rgb()
    if t.dark:
        assert luminance(pal.background) < 0.05 and luminance(pal.text) > 0.6


@pytest.mark.parametrize("name", THEMES)
def test_kind_colours_stand_out_and_differ(name):
    """Each kind's colour is at least 3:1 against everything it is drawn on, and the kinds differ from one another."""
    pal = timeline_palette(theme.themes()[name])
    for kind, color in zip(KINDS, pal.kinds, strict=True):
        worst = min(contrast(color, g) for g in grounds(pal))
        assert worst >= 3.0, f"{name}: {kind} {color.name()} only {worst:.2f}:1"
        assert contrast(color, QColor(theme.themes()[name].window)) >= 3.0   # the legend sits on the window
    for (ka, a), (kb, b) in itertools.combinations(zip(KINDS, pal.kinds, strict=True), 2):
        assert delta_e(a, b) >= 25, f"{name}: {ka} and {kb} look alike"


@pytest.mark.parametrize("name", THEMES)
def test_text_is_legible_on_everything_it_sits_on(name):
    """Event labels, era names, '+N' badges, the selected label and the cursor's date reach 4.5:1 (7:1 in high
    contrast)."""
    pal = timeline_palette(theme.themes()[name])
    need = text_minimum(name)
    assert min(contrast(pal.text, g) for g in grounds(pal)) >= need
    for fill in pal.era_fills:
        assert contrast(pal.text, over(fill, pal.background)) >= need, f"{name}: era name on {fill.name()}"
    assert contrast(pal.badge_text, pal.badge_fill) >= need
    assert contrast(pal.highlight_text, over(pal.highlight, pal.background)) >= need
    assert contrast(pal.cursor, over(pal.cursor_fill, pal.background)) >= need


@pytest.mark.parametrize("name", THEMES)
def test_selection_cursor_and_lines_are_visible(name):
    """The selection ring and the date cursor reach 3:1 on every ground; the ring is not a kind's colour."""
    pal = timeline_palette(theme.themes()[name])
    assert min(contrast(pal.selected, g) for g in grounds(pal)) >= 3.0
    assert min(contrast(pal.cursor, g) for g in grounds(pal)) >= 3.0
    assert all(delta_e(pal.selected, k) >= 25 for k in pal.kinds)
    assert contrast(pal.axis_pen.color(), pal.background) >= 3.0
    assert contrast(pal.badge_edge, pal.background) >= 3.0


def test_high_contrast_has_plain_lines_not_faint_stripes():
    """High contrast: black plot, white text, no lane stripes, lane lines at 3:1 or more."""
    pal = timeline_palette(theme.themes()["high-contrast"])
    assert pal.background == QColor("#000000") and pal.text == QColor("#ffffff")
    assert pal.lane_stripe.alpha() == 0
    line = pal.lane_pen.color()
    assert line.alpha() == 255 and contrast(line, pal.background) >= 3.0


@pytest.mark.parametrize("name", THEMES)
def test_the_drawn_timeline_uses_the_theme(qtbot, full_db_path, restore_appearance, name):
    """Built under a theme, the plot is painted on the theme's background, each kind's marker in its colour and each
    lane's tab in its actor's colour made visible on that background."""
    theme.apply_theme(name)
    pal = timeline_palette(theme.current_theme())
    tl = make_timeline(qtbot, full_db_path)
    try:
        image = tl.plot.viewport().grab().toImage()
        assert image.pixelColor(2, 2).rgb() == QColor(theme.current_theme().plot_background).rgb()
        data, hits = tl.model.data, tl.lanes_item._hits
        for k, kind in enumerate(KINDS):
            drawn = [int(e) for e in hits["rep"] if data.kind[e] == k]
            assert drawn, f"no {kind} marker on screen"
            centres = [tl.lanes_item.marker_at(e) for e in drawn]
            pixels = [image.pixelColor(QPoint(round(c.x()), round(c.y()))) for c in centres]
            assert any(close(px, pal.kinds[k]) for px in pixels), f"{name}: no {kind} marker in its colour"
            assert all(px.rgb() != pal.background.rgb() for px in pixels)
        lo, _hi = tl.view()
        for lane, actor in enumerate(tl.model.lanes):   # each lane's colour tab at its left edge
            tab = pal.actor_color(actor["color"])
            assert contrast(tab, pal.background) >= 3.0, f"{name}: {actor['slug']} tab {tab.name()}"
            at = tl.view_box.mapViewToDevice(QPointF(lo, lane + 0.5))
            assert close(image.pixelColor(round(at.x()) + 2, round(at.y())), tab, 2), actor["slug"]
        legend = tl.toolbar.legend
        assert legend.styleSheet() == ""          # no light key forced onto a dark toolbar
        assert all(c.name() in legend.text() for c in pal.kinds)
    finally:
        tl.state.db.close()


@pytest.mark.parametrize("name", THEMES)
def test_selection_and_date_cursor_are_drawn_in_the_theme(qtbot, full_db_path, restore_appearance, name):
    """The selected event's ring and label highlight, and the date cursor, show in the theme's colours."""
    theme.apply_theme(name)
    pal = timeline_palette(theme.current_theme())
    tl = make_timeline(qtbot, full_db_path)
    try:
        slug = tl.model.data.slugs[int(tl.lanes_item._hits["rep"][0])]
        tl.state.select_event(slug)
        lo, hi = tl.view()
        date = lo + (hi - lo) * 0.37
        tl.state.set_date(date)
        paint(tl)
        event = tl.model.data.index_of[slug]
        image = tl.plot.viewport().grab().toImage()
        centre = tl.lanes_item.marker_at(event)
        ring = [image.pixelColor(round(centre.x() + dx), round(centre.y() + dy))
                for r in (lod.MARKER_PX * 0.95 - 0.5, lod.MARKER_PX * 0.95, lod.MARKER_PX * 0.95 + 0.5)
                for dx, dy in ((r, 0), (-r, 0), (0, r), (0, -r))]
        assert sum(close(px, pal.selected, 40) for px in ring) >= 3, f"{name}: no selection ring"
        labels = tl.lanes_item._hits["labels"]
        x, y, w, h, _e = next(row for row in labels.tolist() if int(row[4]) == event)
        inside = [image.pixelColor(round(x + dx), round(y + 1)) for dx in range(0, int(w))]
        assert any(close(px, over(pal.highlight, pal.background), 6) for px in inside), f"{name}: no label highlight"
        cx = tl.view_box.mapViewToDevice(QPointF(date, 1.0))
        column = [image.pixelColor(round(cx.x()), yy) for yy in range(40, image.height() - 40, 7)]
        assert sum(close(px, pal.cursor, 30) for px in column) > len(column) // 2, f"{name}: date cursor not seen"
    finally:
        tl.state.db.close()


@pytest.mark.parametrize("name", ["light", "high-contrast"])
def test_an_exported_picture_looks_like_the_screen(qtbot, min_db_path, restore_appearance, tmp_path, name):
    """Export to PNG keeps the theme's background and text colour, as the view is shown."""
    theme.apply_theme(name)
    pal = timeline_palette(theme.current_theme())
    tl = make_timeline(qtbot, min_db_path)
    try:
        image = QImage(str(tl.export(tmp_path / "view.png")))
        assert image.pixelColor(2, 2).rgb() == pal.background.rgb()
        colours = {image.pixelColor(x, y).rgb() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
        assert pal.text.rgb() in colours
    finally:
        tl.state.db.close()


def test_switching_the_theme_redraws_the_timeline_in_it(qtbot, window, restore_appearance):
    """View → Theme → High contrast, then Light: the window's timeline is black, then white again."""
    for name in ("high-contrast", "light"):
        window = window.appearance.set_theme(name)
        qtbot.addWidget(window)
        tl = window.timeline_widget
        assert tl.pal is timeline_palette(theme.themes()[name])
        window.resize(1200, 800)
        with qtbot.waitExposed(window):
            window.show()
        paint(tl)
        image = tl.plot.viewport().grab().toImage()
        assert image.pixelColor(2, 2).rgb() == QColor(theme.themes()[name].plot_background).rgb()
        assert tl.cursor.pen.color() == tl.pal.cursor
