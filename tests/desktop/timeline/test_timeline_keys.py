"""The timeline from the keyboard, and its links with the rest of the app (details, list, edits)."""

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QWidget

from db.content import get_item, save_item
from desktop.shell.app import create_window
from desktop.timeline.plot import KEY_HELP

K = Qt.Key


def keys(qtbot, tl, *presses):
    tl.plot.setFocus()
    for key, mods in presses:
        qtbot.keyClick(tl.plot, key, mods)


NONE = Qt.KeyboardModifier.NoModifier


def test_right_and_left_step_from_event_to_event_in_time(qtbot, timeline):
    keys(qtbot, timeline, (K.Key_Right, NONE))
    assert timeline.state.selected_event == "treaty-1961"
    keys(qtbot, timeline, (K.Key_Right, NONE))
    assert timeline.state.selected_event == "low-point-2017"
    keys(qtbot, timeline, (K.Key_Right, NONE))
    assert timeline.state.selected_event == "putin-visit-2024"
    lo, hi = timeline.view()
    assert lo < 2024.46 < hi
    keys(qtbot, timeline, (K.Key_Left, NONE))
    assert timeline.state.selected_event == "low-point-2017"


def test_tab_leaves_the_timeline_at_once(qtbot, timeline):
    """The timeline is one Tab stop, as a list is: Tab goes on to the next control, the selection stays."""
    timeline.activateWindow()
    timeline.state.select_event("low-point-2017")
    timeline.plot.setFocus()
    qtbot.waitUntil(timeline.plot.hasFocus)
    qtbot.keyClick(timeline.plot, K.Key_Tab)
    assert not timeline.plot.hasFocus()
    assert timeline.state.selected_event == "low-point-2017"


def test_up_and_down_move_between_lanes(qtbot, timeline):
    timeline.state.select_event("putin-visit-2024")           # Russia and North Korea; North Korea is higher
    keys(qtbot, timeline, (K.Key_Down, NONE))
    assert timeline.current_lane == 2 and timeline.state.selected_event == "putin-visit-2024"
    keys(qtbot, timeline, (K.Key_Up, NONE), (K.Key_Up, NONE))
    assert timeline.current_lane == 0                          # China: its nearest event is the 2017 low point
    assert timeline.state.selected_event == "low-point-2017"


def test_shift_arrows_pan_and_plus_minus_zoom(qtbot, timeline):
    timeline.set_view(2000, 2010)
    shift = Qt.KeyboardModifier.ShiftModifier
    keys(qtbot, timeline, (K.Key_Right, shift))
    assert timeline.view() == pytest.approx((2001, 2011))
    keys(qtbot, timeline, (K.Key_Left, shift), (K.Key_Left, shift))
    assert timeline.view() == pytest.approx((1999, 2009))
    keys(qtbot, timeline, (K.Key_Plus, NONE))
    lo, hi = timeline.view()
    assert hi - lo == pytest.approx(10 / 1.5)
    keys(qtbot, timeline, (K.Key_Minus, NONE))
    lo, hi = timeline.view()
    assert hi - lo == pytest.approx(10)
    keys(qtbot, timeline, (K.Key_Home, NONE))
    assert timeline.view() == pytest.approx(timeline.bounds)
    keys(qtbot, timeline, (K.Key_Left, Qt.KeyboardModifier.AltModifier))
    lo, hi = timeline.view()
    assert hi - lo == pytest.approx(10)


def test_escape_clears_and_brackets_move_the_date(qtbot, timeline):
    timeline.state.select_event("low-point-2017")
    keys(qtbot, timeline, (K.Key_D, NONE))
    assert timeline.state.current_date == pytest.approx(2017.0)
    keys(qtbot, timeline, (K.Key_BracketRight, NONE))
    assert timeline.state.current_date > 2017.0
    keys(qtbot, timeline, (K.Key_Escape, NONE))
    assert timeline.state.selected_event == ""


def test_the_keys_are_described_for_screen_readers(timeline):
    description = timeline.plot.accessibleDescription()
    for keys_text, _what in KEY_HELP:
        assert keys_text in description
    for name in ("timelineSearch", "timelineFit", "timelineZoomIn", "timelineBack", "timelineExport",
                 "timelineListToggle", "timelineActors", "timelineTheme", "timelineEras"):
        widget = timeline.findChild(QWidget, name)
        assert widget is not None and widget.accessibleName(), name


def test_the_list_toggle_shows_the_accessible_twin_in_sync(qtbot, timeline):
    timeline.toolbar.list_button.click()
    table = timeline.findChild(QWidget, "eventTable")
    assert table is not None and table.isVisible()
    timeline.state.select_event("low-point-2017")
    assert table.model().index(table.currentIndex().row(), 0, table.currentIndex().parent()).data(Qt.UserRole) \
        == "low-point-2017"
    timeline.toolbar.list_button.click()
    assert timeline.plot.isVisible()


def test_filters_hide_lanes_and_themes(timeline):
    timeline.set_hidden_actors({"russia"})
    assert [a["slug"] for a in timeline.model.lanes] == ["china", "north-korea"]
    timeline.set_theme("summitry")
    assert [timeline.model.data.slugs[i] for i in timeline.model.order] == ["treaty-1961", "putin-visit-2024"]
    timeline.state.actor_focus_requested.emit("china")
    assert [a["slug"] for a in timeline.model.lanes] == ["china"]
    timeline.jump_to("putin-visit-2024")        # a search result lifts the filters that hide it
    assert len(timeline.model.lanes) == 3 and timeline.state.selected_event == "putin-visit-2024"


def test_an_edit_elsewhere_redraws_and_an_edit_from_the_timeline_is_skipped(timeline, monkeypatch):
    db = timeline.state.db
    event = get_item(db, "event", "low-point-2017")
    event["title"] = "Relations at rock bottom"
    timeline.state.run(save_item, kind="event", item=event, origin="editor")
    assert "Relations at rock bottom" in timeline.model.data.titles
    calls = []
    monkeypatch.setattr(timeline, "reload_events", lambda: calls.append(1))
    event["title"] = "Changed by the timeline itself"
    timeline.state.run(save_item, kind="event", item=event, origin=timeline)
    assert calls == []


def test_the_details_pane_and_the_timeline_follow_each_other(qtbot, full_db_path):
    win = create_window(full_db_path)
    qtbot.addWidget(win)
    tl = win.timeline_widget
    first, other = win.state.db.execute(   # two events dated by one claim: the details link one to the other
        "SELECT e1.slug, e2.slug FROM claim_events a JOIN claim_events b ON a.claim_id = b.claim_id "
        "JOIN events e1 ON e1.id = a.event_id JOIN events e2 ON e2.id = b.event_id "
        "WHERE e1.slug <> e2.slug ORDER BY substr(e2.start, 1, 4) - substr(e1.start, 1, 4) DESC LIMIT 1").fetchone()
    tl.jump_to(first)
    assert win.state.selected_event == first
    assert win.details_widget.browser.toPlainText().startswith(tl.model.data.titles[tl.model.data.index_of[first]])
    assert f'href="event:{other}"' in win.details_widget.browser.toHtml()
    win.details_widget._on_link(QUrl(f"event:{other}"))
    assert tl.lanes_item.selected == tl.model.data.index_of[other]
    lo, hi = tl.view()
    assert lo <= tl.model.data.x0[tl.lanes_item.selected] <= hi


def test_help_lists_the_timeline_keys(qtbot, min_db_path):
    win = create_window(min_db_path)
    qtbot.addWidget(win)
    html = win.shortcuts_html()
    assert "On the timeline" in html and "Next / previous event in time" in html


def test_the_selected_event_is_named_for_screen_readers(qtbot, timeline):
    """Its title, date, lane and place among the events shown; the date keys say the new date."""
    from desktop.appearance import announce

    timeline.activateWindow()
    keys(qtbot, timeline, (K.Key_Right, NONE))
    qtbot.waitUntil(timeline.plot.hasFocus)
    name = timeline.plot.accessibleName()
    assert name.startswith("Timeline: Sino-North Korean treaty, 11 July 1961, ")
    total = len(timeline.model.order)
    assert name.endswith(f", 1 of {total}") and total > 1
    lane = timeline.model.lanes[timeline.current_lane]["name"]
    assert f", {lane}, " in name
    keys(qtbot, timeline, (K.Key_D, NONE), (K.Key_BracketRight, NONE))
    assert announce.recent[-1].startswith("Date: ")
    assert "1961" in announce.recent[-2] or "1961" in announce.recent[-1]
    keys(qtbot, timeline, (K.Key_Escape, NONE))
    assert timeline.plot.accessibleName() == "Timeline"
