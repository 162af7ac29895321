"""The app in a real window on a 1366×768 screen with a window manager (issue 17): it fits in every language and
text size, shows the article's period with the date cursor, follows Ctrl+= at once, and keeps titles in their lanes."""

import pytest

pytestmark = pytest.mark.realwindow

CASES = [("en", 100, "light"), ("ru", 200, "light"), ("zh_CN", 200, "high-contrast")]


def inside(inner: list[int], outer: list[int]) -> bool:
    """Whether rectangle [x, y, w, h] `inner` lies within `outer`."""
    return (inner[0] >= outer[0] and inner[1] >= outer[1]
            and inner[0] + inner[2] <= outer[0] + outer[2] and inner[1] + inner[3] <= outer[1] + outer[3])


@pytest.mark.parametrize(("lang", "size", "theme"), CASES)
def test_the_window_fits_the_screen(probe, lang, size, theme):
    """The framed window lies inside the screen's available area and its least size is smaller than that area."""
    report = probe(lang, size, theme)
    assert report["platform"] == "xcb" and report["framed"], "not a real window with a window manager's frame"
    assert inside(report["frame"], report["available"]), f"window {report['frame']} on screen {report['available']}"
    assert report["minimum"][0] <= report["available"][2] and report["minimum"][1] <= report["available"][3]


@pytest.mark.parametrize(("lang", "size", "theme"), CASES)
def test_the_first_view_shows_the_article_period_and_the_date_cursor(probe, lang, size, theme):
    """2019 to 2026 at least is in view, not squeezed among 75 years, and the red date cursor is drawn inside the
    timeline, on the screen."""
    report = probe(lang, size, theme)
    lo, hi = report["view"]
    assert 2010 <= lo <= 2019 and hi >= 2026
    assert lo <= report["cursor"] <= hi and report["cursor_in_viewport"] and report["timeline_visible"]
    assert inside([*report["cursor_global"], 1, 1], report["available"])


@pytest.mark.parametrize(("lang", "size"), [("en", 100), ("ru", 200)])
def test_ctrl_equal_makes_the_details_and_the_quiz_larger_at_once(probe, lang, size):
    """Ctrl+= (a real key press where xdotool is installed) enlarges the details pane's and the quiz's text live."""
    report = probe(lang, size)
    before, after = report["fonts_before"], report["fonts_after"]
    if size < 200:
        for key in ("details", "details_document", "quiz_text", "quiz_title"):
            assert after[key] > before[key], f"{key}: {before[key]} → {after[key]} after {report['key']}"
    else:   # already the largest size: the key changes nothing and nothing shrinks
        assert after == before


@pytest.mark.parametrize(("lang", "size", "theme"), [("en", 200, "light"), ("ru", 200, "light")])
def test_at_200_percent_every_title_stays_in_a_lane_in_view(probe, lang, size, theme):
    """Zoomed in with the lanes scrolled, every title drawn lies within one lane that is in view: none from a lane
    scrolled out of view is drawn over the visible ones."""
    report = probe(lang, size, theme)
    assert report["titles"]["zoomed"]["scrolls"], "at 200 % on 1366×768 the lanes should scroll"
    assert report["titles"]["zoomed"]["scroll_bar"][2] >= 8, "the lanes' scroll bar must be there to use"
    drawn = 0
    for name, seen in report["titles"].items():
        for _x, y, _w, h in seen["titles"]:
            lanes = [lane for lane, top, bottom in seen["lanes"] if top - 1 <= y and y + h <= bottom + 1]
            assert lanes, f"{name}: a title at y {y:.0f}–{y + h:.0f} is outside the lanes in view {seen['lanes']}"
            drawn += 1
    assert drawn > 0, "no title drawn: nothing was checked"


@pytest.mark.parametrize(("lang", "size", "theme"), CASES)
def test_the_date_control_and_the_cursor_date_are_whole(probe, lang, size, theme):
    """On the laptop screen the map's date slider keeps a length a hand can drag and the date field shows its whole
    date (at 200 % they were squeezed to a stub and '024-07'), and the date beside the red line is in the text size
    and lies above the lanes (at 200 % it covered the first lane's marks)."""
    report = probe(lang, size, theme)
    control = report["date_control"]
    assert control["slider"] >= 12 * control["char"], control
    assert control["field"] >= control["field_text"] + 8, control
    label = report["cursor_label"]
    assert label["font"] == pytest.approx(label["widget_font"])
    _x, y, _w, h = label["label"]
    assert h > 0 and y + h <= label["lanes_top"] + 1, label
