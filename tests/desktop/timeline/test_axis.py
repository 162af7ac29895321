"""The partial-date axis: labels that adapt from decades to days, right before 1970 too."""

import datetime as dt

import pytest

from desktop.timeline.axis import PartialDateAxisItem, choose_steps, format_tick, tick_dates

WIDTHS = {"day": 80.0, "month": 60.0, "year": 32.0}


def labels(lo, hi, px=1000):
    major, _minor = choose_steps(px / (hi - lo), WIDTHS)
    return major, [format_tick(d, major[0]) for d in tick_dates(*major, lo, hi)]


def test_a_wide_view_is_labelled_by_decades():
    major, got = labels(1949.0, 2026.0, px=700)
    assert major == ("year", 10)
    assert got == ["1950", "1960", "1970", "1980", "1990", "2000", "2010", "2020"]


def test_a_few_years_are_labelled_by_year():
    major, got = labels(2010.5, 2022.5)
    assert major == ("year", 1)
    assert got == [str(y) for y in range(2011, 2023)]


def test_months_are_labelled_with_their_year():
    major, got = labels(2024.0, 2024.5)
    assert major[0] == "month"
    assert got[:3] == ["Jan 2024", "Feb 2024", "Mar 2024"]


def test_days_are_labelled_in_full():
    major, got = labels(2024 + 160 / 366, 2024 + 170 / 366)
    assert major == ("day", 1)
    assert "18 Jun 2024" in got and "19 Jun 2024" in got


def test_days_before_1970_are_correct():
    lo = 1950 + 175 / 365
    major, got = labels(lo, lo + 6 / 365)
    assert major == ("day", 1)
    assert got[0] == "25 Jun 1950"
    assert tick_dates("day", 1, lo, lo + 6 / 365)[0] == dt.date(1950, 6, 25)


def test_week_steps_restart_every_month():
    days = tick_dates("day", 7, 2024.0, 2024.25)
    assert {d.day for d in days} == {1, 8, 15, 22}


@pytest.mark.parametrize("span,unit", [(70, "year"), (10, "year"), (0.5, "month"), (0.02, "day")])
def test_the_axis_item_labels_each_scale(qtbot, span, unit):
    axis = PartialDateAxisItem()
    levels = axis.tickValues(2000.0, 2000.0 + span, 900)
    assert axis.major[0] == unit
    strings = axis.tickStrings(levels[0][1], 1, levels[0][0])
    assert strings and all(strings)
    if len(levels) > 1:   # minor ticks carry no label and never repeat a major one
        assert set(axis.tickStrings(levels[1][1], 1, levels[1][0])) <= {""}
        assert not set(levels[0][1]) & set(levels[1][1])


def test_the_drawn_axis_follows_zoom_and_pan(qtbot, timeline):
    from timeline_support import paint

    paint(timeline)
    assert timeline.plot.axis.labels_in_view()[0] in ("1950", "1955", "1960")
    timeline.set_view(2017.0, 2017.5)
    paint(timeline)
    assert timeline.plot.axis.labels_in_view()[:2] == ["Jan 2017", "Feb 2017"]
    timeline.pan(1.0)
    paint(timeline)
    assert timeline.plot.axis.labels_in_view()[0] == "Aug 2017"     # the view now starts on 2 July
