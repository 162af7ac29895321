"""The parts that keep zooming cheap: label widths measured in one pass, wide levels laid out ahead of time,
and an axis that draws its own ticks and labels."""

import numpy as np
import pytest
from PySide6.QtGui import QFont, QFontMetricsF

from desktop.timeline import lod
from desktop.timeline.widths import estimate_widths

from timeline_support import paint


@pytest.fixture
def metrics(qapp):
    return QFontMetricsF(QFont())


def test_estimated_widths_sum_each_titles_advances(metrics):
    titles = ["Sixth nuclear test", "", "Путин в Пхеньяне", "中朝友好合作互助条约", "emoji 𝄞 clef", "a" * 300]
    got = estimate_widths(titles, metrics)
    want = [sum(metrics.horizontalAdvance(ch) for ch in t) for t in titles]
    assert got == pytest.approx(want)
    assert got[1] == 0.0


def test_estimated_widths_never_fall_short_of_the_drawn_text(metrics):
    titles = ["AVAVAVAV Toyota", "Kim Jong Un visits Vladivostok", "WAVE ffi ligatures"]
    for title, width in zip(titles, estimate_widths(titles, metrics), strict=True):
        assert width >= metrics.horizontalAdvance(title) - 1e-6


def test_widths_are_measured_in_batches_with_the_same_result(metrics, monkeypatch):
    from desktop.timeline import widths

    titles = [f"Event number {i} in Ürümqi" for i in range(50)]
    whole = estimate_widths(titles, metrics)
    monkeypatch.setattr(widths, "BATCH", 7)
    assert estimate_widths(titles, metrics) == pytest.approx(whole)


def test_wide_levels_are_laid_out_before_the_first_zoom(timeline, monkeypatch):
    lanes = timeline.lanes_item
    assert lanes._whole, "fit all should have prepared the levels that cover all the content"
    prepared = {key[0] for key in lanes._whole}
    lo, hi = timeline.view()
    first = lod.level_of(timeline.plot.width() / (hi - lo) * 0.9)
    calls = []
    real = lod.compute_layout
    monkeypatch.setattr(lod, "compute_layout", lambda *a, **k: calls.append(k["level"]) or real(*a, **k))
    for _ in range(4):          # zoom in step by step while every level still covers all the content
        timeline.zoom(1 / 1.25)
        paint(timeline)
        level = lod.level_of(lanes.last_layout.scale)
        if level in prepared:
            assert level not in calls
    assert max(prepared) > first


def test_labels_placed_with_a_width_array_match_a_width_function():
    rng = np.random.default_rng(3)
    x = np.sort(rng.uniform(1990, 2020, 300))
    events = np.arange(300)
    importance = rng.integers(1, 6, 300)
    widths = rng.uniform(30, 200, 300)
    kwargs = dict(level=lod.level_of(40.0), lo=1990, hi=2020, rows=2, end=2020)
    a = lod.compute_layout([events], [x], x + 0.001, importance, label_width=widths, **kwargs)
    b = lod.compute_layout([events], [x], x + 0.001, importance, label_width=lambda e: widths[e], **kwargs)
    lod.place_labels(a)
    lod.place_labels(b)
    assert (a.label_row >= 0).sum() > 10
    assert np.array_equal(a.label_row, b.label_row)


def test_the_axis_draws_its_labels_and_leaves_out_cut_ones(timeline):
    timeline.set_view(2016.5, 2018.5)
    paint(timeline)
    axis = timeline.plot.axis
    _line, levels, texts, _font = axis._specs
    ticks = [lines for _pen, lines in levels]
    drawn = [text for _rect, text in texts]
    assert drawn and set(drawn) <= set(axis.labels_in_view())
    assert "2017" in drawn or "Jan 2017" in drawn
    width = axis.boundingRect().width()
    assert all(0 <= rect.left() and rect.right() <= width for rect, _text in texts)
    assert len(ticks[0]) >= len(drawn)


def test_wide_layouts_do_not_pile_up_as_events_are_selected(timeline, monkeypatch):
    from desktop.timeline import lanes

    before = len(timeline.lanes_item._whole)          # the levels laid out at the first paint
    monkeypatch.setattr(lanes, "KEEP_WHOLE", 4)
    for slug in list(timeline.model.data.slugs) * 3:
        timeline.state.select_event(slug)
        timeline.fit_all()
        paint(timeline)
        timeline.zoom(1 / 1.3)
        paint(timeline)
    assert len(timeline.lanes_item._whole) <= max(before, 4)
