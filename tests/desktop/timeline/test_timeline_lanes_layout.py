"""Lanes stay readable however short the pane and however large the text: never thinner than a line, their
names never on top of each other; lanes that do not fit scroll under the era strip."""

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QFrame, QWidget

from desktop.appearance import text_size

from timeline_support import make_timeline, paint


@pytest.fixture
def full_timeline(qtbot, full_db_path):
    widget = make_timeline(qtbot, full_db_path, size=(1400, 520))
    yield widget
    widget.state.db.close()


def _lane_ticks(tl):
    """(y in device pixels, text) of each lane name on the left axis."""
    axis = tl.plot.getPlotItem().getAxis("left")
    names = {a["name"] for a in tl.model.lanes}
    vb = tl.view_box
    return sorted((tl.plot.mapFromScene(vb.mapViewToScene(QPointF(0, value))).y(), text)
                  for value, text in axis._tickLevels[0] if text.split(" /")[0] in names)


def _check_readable(tl):
    line = QFontMetricsF(tl.font()).height()
    ticks = _lane_ticks(tl)
    assert ticks, "no lane names shown"
    first, last = tl.visible_lanes()
    assert len(ticks) == round(last - first)
    lane_px = tl.view_box.height() / (tl.view_box.viewRange()[1][1] - tl.view_box.viewRange()[1][0])
    assert lane_px >= line + 4 - 0.5, f"lanes {lane_px:.1f} px high for {line:.1f} px text"
    for (y1, t1), (y2, t2) in zip(ticks, ticks[1:], strict=False):
        lines = 1 + t1.count("\n")
        assert y2 - y1 >= line * (lines + 1) / 2, f"{t1!r} and {t2!r} are {y2 - y1:.1f} px apart"


def test_a_tall_pane_shows_every_lane_with_two_line_names(full_timeline):
    tl = full_timeline
    tl.resize(1400, 700)
    paint(tl)
    assert not tl.lane_scroll.isVisible()
    assert tl.visible_lanes() == (0.0, float(len(tl.model.lanes)))
    assert any("\n" in text for _y, text in _lane_ticks(tl))
    _check_readable(tl)


@pytest.mark.parametrize("height", [300, 240, 200])
def test_a_short_pane_keeps_lanes_readable_and_scrolls_the_rest(full_timeline, height):
    tl = full_timeline
    tl.resize(1400, height)
    QApplication.processEvents()
    paint(tl)
    _check_readable(tl)
    first, last = tl.visible_lanes()
    if last - first < len(tl.model.lanes):
        assert tl.lane_scroll.isVisible()
        assert tl.lane_scroll.maximum() == len(tl.model.lanes) - round(last - first)
        tl.lane_scroll.setValue(tl.lane_scroll.maximum())
        paint(tl)
        assert tl.visible_lanes()[1] == len(tl.model.lanes)
        _check_readable(tl)
        # Markers of lanes scrolled under the era strip are neither drawn nor clickable.
        hits = tl.lanes_item._hits
        assert hits and (hits["lane"] >= tl.visible_lanes()[0]).all()


def test_the_plot_never_gets_shorter_than_one_readable_lane(full_timeline):
    tl = full_timeline
    tl.resize(1400, 60)
    QApplication.processEvents()
    paint(tl)
    assert tl.plot.height() >= tl.plot.minimumHeight() > tl.lane_min_px()
    _check_readable(tl)


def test_selecting_an_event_in_a_hidden_lane_scrolls_to_it(qtbot, full_timeline):
    tl = full_timeline
    tl.resize(1400, 240)
    QApplication.processEvents()
    paint(tl)
    assert tl.lane_scroll.isVisible()
    last_lane = len(tl.model.lanes) - 1
    event = int(tl.model.lane_events[last_lane][0])
    tl.current_lane = last_lane
    tl.state.select_event(tl.model.data.slugs[event])
    first, last = tl.visible_lanes()
    assert first <= last_lane < last
    tl.current_lane = 0
    tl.state.select_event(tl.model.data.slugs[int(tl.model.lane_events[0][0])])
    assert tl.visible_lanes()[0] == 0


def test_larger_text_grows_labels_lanes_and_era_rows(qtbot, full_timeline, restore_appearance):
    tl = full_timeline
    text_size.apply_scale(100)
    tl.resize(1400, 900)
    QApplication.processEvents()
    paint(tl)
    row_px, lane_min = tl.eras_item.row_px, tl.lane_min_px()
    widths = tl.lanes_item.label_widths().copy()
    text_size.apply_scale(200)
    QApplication.processEvents()
    paint(tl)
    assert tl.eras_item.row_px > row_px and tl.lane_min_px() > lane_min
    short = widths < 200          # titles not elided at either size are measured again at twice the size
    assert short.any()
    assert (tl.lanes_item.label_widths()[short] > 1.7 * widths[short]).all()
    assert tl.lanes_item.label_max_px > 1.7 * 230
    _check_readable(tl)
    text_size.apply_scale(100)
    QApplication.processEvents()
    paint(tl)
    assert tl.eras_item.row_px == row_px


def test_the_relations_view_gives_the_timeline_room_for_every_lane(qtbot, window):
    window.resize(1440, 900)
    with qtbot.waitExposed(window):
        window.show()
    window.show_view("relations")
    QApplication.processEvents()
    from desktop.timeline import TimelineWidget

    tl = window.places["timeline"].findChild(TimelineWidget)
    paint(tl)
    assert not tl.lane_scroll.isVisible()
    _check_readable(tl)
    relations = window.places["relations"]
    assert relations.height() >= 450, "the map keeps most of the window"


def test_the_selected_event_always_shows_its_title(full_timeline):
    """Even where the layout found no room for its label (thin lanes, crowded 2022–2025), the selected event is
    named, and its name can be clicked."""
    tl = full_timeline
    tl.resize(1400, 330)
    QApplication.processEvents()
    crowded = 0
    for slug in tl.model.data.slugs:
        event = tl.model.data.index_of[slug]
        if not 2022 <= tl.model.data.x0[event] < 2025:
            continue
        tl.state.select_event(slug)
        tl.set_view(2019.5, 2027.5)
        paint(tl)
        layout = tl.lanes_item.last_layout
        if not (layout.label_row[layout.cells_of(event)] >= 0).any():
            crowded += 1
        labels = tl.lanes_item._hits["labels"]
        assert (labels[:, 4] == event).any(), f"{slug} has no title on the timeline"
        x, y, w, h, _e = labels[labels[:, 4] == event][-1]
        assert tl.lanes_item.hit(x + w / 2, y + h / 2)[0] in ("event", "cluster")
    assert crowded, "the test needs a selected event that the layout left without a label"


@pytest.mark.parametrize("percent", [100, 200])
def test_every_timeline_control_stays_on_screen_at_any_text_size(qtbot, window, restore_appearance, percent):
    """The toolbar wraps onto a second row rather than hiding its last controls (List, the legend)."""
    text_size.apply_scale(percent)
    window.resize(1440, 900)
    with qtbot.waitExposed(window):
        window.show()
    QApplication.processEvents()
    bar = window.findChild(QWidget, "timelineToolBar")
    controls = [w for w in bar.findChildren(QWidget) if w.parentWidget() is bar and type(w) is not QFrame]
    assert {w.objectName() for w in controls} >= {"timelineSearch", "timelineListToggle", "timelineLegend"}
    inside = bar.rect()
    for w in controls:
        assert w.isVisible() and inside.contains(w.geometry()), f"{w.objectName()} is off the toolbar"
        assert w.width() >= w.minimumSizeHint().width(), f"{w.objectName()} is cut short"
    for i, a in enumerate(controls):
        for b in controls[i + 1:]:
            assert not a.geometry().intersects(b.geometry()), f"{a.objectName()} overlaps {b.objectName()}"
    rows = {w.geometry().center().y() // 10 for w in controls}
    assert (len(rows) > 1) == (bar.flow.sizeHint().width() > bar.width())   # wrapped exactly when one row is too long


def test_the_lane_scroll_bar_can_be_seen_in_a_small_window(qtbot, window):
    """In an 800×600 screen's window the lanes scroll, and their scroll bar has its width (it once kept 0 px)."""
    window.resize(784, 552)
    with qtbot.waitExposed(window):
        window.show()
    qtbot.wait(50)
    bar = window.timeline_widget.lane_scroll
    assert bar.isVisible() and bar.width() >= bar.sizeHint().width() > 0


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_date_beside_the_cursor_follows_the_text_size_and_stays_off_the_lanes(qtbot, full_timeline,
                                                                                  restore_appearance, lang):
    """A live change to 200 % gives the cursor's date the new font at once, and in a pane too short for named era
    rows (thin bars) the date is drawn within the strip above the lanes, not over the first lane's marks."""
    from desktop.appearance import i18n

    i18n.install_language(lang)   # Chinese lines are taller: the label did not fit the squeezed strip
    tl = full_timeline
    tl.retranslate_ui()
    text_size.apply_scale(100)
    tl.resize(1400, 330)
    QApplication.processEvents()
    paint(tl)
    small = tl.cursor.label.textItem.font().pointSizeF()
    text_size.apply_scale(200)
    QApplication.processEvents()
    paint(tl)
    assert tl.cursor.label.textItem.font().pointSizeF() == pytest.approx(tl.font().pointSizeF())
    assert tl.cursor.label.textItem.font().pointSizeF() > 1.7 * small
    first, _last = tl.visible_lanes()
    vb = tl.view_box
    lanes_top = vb.mapViewToScene(QPointF(0, first)).y()
    strip_top = vb.mapViewToScene(QPointF(0, vb.viewRange()[1][0])).y()
    assert lanes_top - strip_top < 4 * tl._line_px(), "the strip is not squeezed: nothing is checked"
    label = tl.cursor.label.sceneBoundingRect()
    assert label.height() > 0 and label.bottom() <= lanes_top + 1, f"date {label} over the lanes from {lanes_top}"
    assert label.top() >= strip_top - 1


def test_the_toolbar_separators_grow_with_a_live_text_size_change(full_timeline, restore_appearance):
    """The thin lines between the toolbar's groups follow Ctrl+= with the buttons (they kept their start-up height)."""
    from PySide6.QtWidgets import QFrame

    text_size.apply_scale(100)
    QApplication.processEvents()
    lines = full_timeline.toolbar.findChildren(QFrame, "timelineSeparator")
    assert lines
    before = lines[0].height()
    text_size.apply_scale(200)
    QApplication.processEvents()
    assert all(line.height() > 1.5 * before for line in lines)
