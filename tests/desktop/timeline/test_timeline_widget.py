"""The timeline widget: selection, search, zoom and pan bounds, history, keys, export, state links."""

import pytest
from PySide6.QtCore import QPoint, Qt

from db.dates import PartialDate
from desktop.timeline.widget import MIN_VIEW_YEARS

from timeline_support import make_timeline, paint


def click_event(qtbot, tl, slug):
    event = tl.model.data.index_of[slug]
    paint(tl)
    pos = tl.lanes_item.marker_at(event)
    assert pos is not None, f"{slug} is not drawn"
    qtbot.mouseClick(tl.plot.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(round(pos.x()), round(pos.y())))


def test_it_opens_on_the_article_period_with_one_lane_per_actor(qtbot, min_db_path):
    """The first view is the article's subject, 2017 to today (issue 17), not 1950 squeezed into one screen."""
    timeline = make_timeline(qtbot, min_db_path, whole=False)
    lo, hi = timeline.view()
    assert lo <= 2017 and hi >= 2026.0 and hi - lo < 14
    assert lo <= timeline.cursor.value() <= hi            # the red date cursor is in view
    assert [a["slug"] for a in timeline.model.lanes] == ["china", "north-korea", "russia"]
    timeline.fit_all()
    assert timeline.view()[0] <= 1950
    assert timeline.lanes_item.last_layout.cell_rep.size == 6   # 3 events, each in two lanes


def test_clicking_a_marker_selects_the_event(qtbot, timeline):
    click_event(qtbot, timeline, "low-point-2017")
    assert timeline.state.selected_event == "low-point-2017"
    assert timeline.lanes_item.selected == timeline.model.data.index_of["low-point-2017"]


def test_a_selection_from_elsewhere_is_centred_and_highlighted(timeline):
    timeline.set_view(1955, 1965)
    timeline.state.select_event("putin-visit-2024")
    lo, hi = timeline.view()
    assert lo < 2024.46 < hi
    assert timeline.lanes_item.selected == timeline.model.data.index_of["putin-visit-2024"]


def test_search_jumps_to_and_highlights_the_event(qtbot, timeline):
    timeline.set_view(1955, 1965)
    box = timeline.toolbar.search
    box.setFocus()
    qtbot.keyClicks(box, "Putin")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert timeline.state.selected_event == "putin-visit-2024"
    lo, hi = timeline.view()
    assert lo < PartialDate.parse("2024-06-18").start_value() < hi
    assert hi - lo < 20


def test_search_that_finds_nothing_selects_nothing(qtbot, timeline):
    box = timeline.toolbar.search
    with qtbot.waitSignal(box.not_found):
        box.setText("zzzzqqq")
        box.choose_first()
    assert timeline.state.selected_event == ""


def test_zoom_and_pan_stay_within_the_content(timeline):
    timeline.set_view(2024.0, 2024.0001)
    lo, hi = timeline.view()
    assert hi - lo == pytest.approx(MIN_VIEW_YEARS, rel=0.05)
    for _ in range(50):
        timeline.pan(0.9)
    assert timeline.view()[1] <= timeline.bounds[1] + 1e-6
    timeline.set_view(1800, 2300)
    lo, hi = timeline.view()
    assert lo >= timeline.bounds[0] - 1e-6 and hi <= timeline.bounds[1] + 1e-6


def test_back_and_forward_walk_through_earlier_views(timeline):
    first = timeline.view()
    timeline.set_view(2000, 2010)
    timeline.zoom(0.5)
    assert timeline.view() == pytest.approx((2002.5, 2007.5))
    timeline.back()
    assert timeline.view() == pytest.approx((2000, 2010))
    timeline.back()
    assert timeline.view() == pytest.approx(first)
    assert not timeline.toolbar.back_button.isEnabled()
    timeline.forward()
    assert timeline.view() == pytest.approx((2000, 2010))
    assert timeline.toolbar.forward_button.isEnabled()


def test_zoom_to_era_and_fit_all(timeline):
    timeline.zoom_to_era(0)
    lo, hi = timeline.view()
    assert lo < 2016.0 and hi > PartialDate.parse("2018-03").end_value() and hi - lo < 4
    timeline.fit_all()
    assert timeline.view() == pytest.approx(timeline.bounds)


def test_export_writes_png_and_svg(tmp_path, timeline):
    png = timeline.export(tmp_path / "view.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = timeline.export(tmp_path / "view.svg")
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "Putin visits Pyongyang"[:5] in text


def test_the_export_chosen_in_the_file_chooser_is_announced(tmp_path, timeline, monkeypatch):
    from desktop.appearance import announce
    from desktop.timeline import widget

    monkeypatch.setattr(widget, "save_file_name", lambda *_a: str(tmp_path / "view"))   # a real chooser would block
    timeline.ask_export("png")
    assert (tmp_path / "view.png").exists()
    assert announce.recent[-1] == f"The timeline view was saved to {tmp_path / 'view.png'}."


def test_export_to_an_unknown_format_says_so(tmp_path, timeline):
    with pytest.raises(OSError, match=r"\.png or \.svg"):
        timeline.export(tmp_path / "view.gif")


def test_dragging_the_date_cursor_moves_the_app_date(qtbot, timeline):
    with qtbot.waitSignal(timeline.state.date_changed):
        timeline.cursor.setValue(2001.25)
    assert timeline.state.current_date == pytest.approx(2001.25)
    timeline.state.set_date(1990.5)
    assert timeline.cursor.value() == pytest.approx(1990.5)


def test_clicking_an_event_does_not_move_the_view(qtbot, timeline):
    timeline.set_view(2015, 2024.7)
    before = timeline.view()
    click_event(qtbot, timeline, "putin-visit-2024")           # near the right edge: a jump would be jarring
    assert timeline.state.selected_event == "putin-visit-2024"
    assert timeline.view() == pytest.approx(before)


def test_show_on_timeline_brings_an_already_selected_event_back(timeline):
    timeline.state.select_event("treaty-1961")
    timeline.set_view(2000, 2010)
    timeline.state.view_requested.emit("timeline")
    lo, hi = timeline.view()
    assert lo < 1961.5 < hi


@pytest.mark.parametrize("name", ["view.png", "view.svg"])
def test_export_to_a_missing_folder_says_where(tmp_path, timeline, name):
    with pytest.raises(OSError, match="Could not write .*missing"):
        timeline.export(tmp_path / "missing" / name)
