"""Level of detail on screen: crowded events collapse into "+N", zooming or clicking opens them, dates keep
their precision as spans, and no two labels overlap."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from db.content import save_items
from db.dates import PartialDate
from desktop.timeline import lod

from timeline_support import make_timeline, paint


def _event(slug, start, actors=("china",), importance=2, title=None):
    return ("event", {"id": slug, "title": title or f"Event {slug}", "start": start, "kind": "context",
                      "importance": importance, "actors": list(actors), "themes": [], "summary": "x",
                      "sources": [{"source": "diplomat-2024"}]})


@pytest.fixture
def crowded(qtbot, min_db_path):
    """Fifteen events every other day of June 2010 in China's lane, and a month-precision event."""
    from db.connection import open_database

    db = open_database(min_db_path)
    save_items(db, [_event(f"june-{d:02d}", f"2010-06-{d:02d}") for d in range(1, 30, 2)]
               + [_event("month-event", "2024-06", actors=("russia",), title="A month")])
    db.close()
    widget = make_timeline(qtbot, min_db_path)
    yield widget
    widget.state.db.close()


def _june_cells(tl):
    layout = tl.lanes_item.last_layout
    june = [tl.model.data.index_of[f"june-{d:02d}"] for d in range(1, 30, 2)]
    return [i for i in range(len(layout.cell_rep)) if layout.cell_rep[i] in june]


def test_crowded_events_collapse_into_one_cluster(crowded):
    layout = crowded.lanes_item.last_layout
    (cell,) = _june_cells(crowded)
    assert layout.cell_count[cell] == 15
    assert lod.badge_text(int(layout.cell_count[cell]) - 1) == "+14"


def test_zooming_in_opens_the_cluster(crowded):
    crowded.set_view(PartialDate.parse("2010-06").start_value() - 0.01, PartialDate.parse("2010-06").end_value())
    paint(crowded)
    layout = crowded.lanes_item.last_layout
    cells = _june_cells(crowded)
    assert len(cells) == 15
    assert all(layout.cell_count[c] == 1 for c in cells)


def test_clicking_a_cluster_zooms_to_its_events(qtbot, crowded):
    badges = crowded.lanes_item._hits["badges"]
    layout = crowded.lanes_item.last_layout
    (cell,) = _june_cells(crowded)
    x, y, w, h, _i = next(b for b in badges.tolist() if crowded.lanes_item._hits["cell"][int(b[4])] == cell)
    qtbot.mouseClick(crowded.plot.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(round(x + w / 2), round(y + h / 2)))
    lo, hi = crowded.view()
    assert lo <= layout.cell_first[cell] and hi >= layout.cell_last[cell]
    assert hi - lo < 0.2        # from 77 years down to about a month


def test_a_month_event_spans_exactly_its_month(crowded):
    crowded.set_view(2024.3, 2024.7)
    paint(crowded)
    event = crowded.model.data.index_of["month-event"]
    start, end = crowded.lanes_item.span_at(event)
    vb = crowded.view_box
    june = PartialDate.parse("2024-06")
    assert start == pytest.approx(vb.mapViewToDevice(QPointF(june.start_value(), 0)).x(), abs=1)
    assert end == pytest.approx(vb.mapViewToDevice(QPointF(june.end_value(), 0)).x(), abs=1)


def test_a_day_event_has_no_bar_until_a_day_is_wide(crowded):
    paint(crowded)
    assert crowded.lanes_item.span_at(crowded.model.data.index_of["june-01"]) is None


@pytest.mark.parametrize("view", [(1949, 2027), (2009, 2012), (2010.4, 2010.55), (2024.3, 2024.7)])
def test_no_two_drawn_labels_overlap(crowded, view):
    crowded.set_view(*view)
    paint(crowded)
    hits = crowded.lanes_item._hits
    boxes = [tuple(b[:4]) for b in hits["labels"].tolist()]
    boxes += [tuple(b[:4]) for b in hits["badges"].tolist()]
    boxes += [(x - 6, y - 6, 12, 12) for x, y in zip(hits["px"].tolist(), hits["py"].tolist(), strict=True)]
    for i, (x1, y1, w1, h1) in enumerate(boxes):
        for x2, y2, w2, h2 in boxes[i + 1:]:
            overlap_x = min(x1 + w1, x2 + w2) - max(x1, x2)
            overlap_y = min(y1 + h1, y2 + h2) - max(y1, y2)
            assert overlap_x <= 1 or overlap_y <= 1, ((x1, y1, w1, h1), (x2, y2, w2, h2))


def test_layout_collapses_and_labels_by_importance_without_qt():
    x = np.array([2000.0, 2000.01, 2000.02, 2030.0])
    importance = np.array([1, 5, 1, 3], dtype=np.int8)
    events = np.arange(4)
    layout = lod.compute_layout([events], [x], x + 0.001, importance, level=lod.level_of(20.0), lo=1990, hi=2040,
                                rows=1, label_width=lambda e: 50.0)
    assert layout.cell_count.tolist() == [3, 1]
    assert layout.cell_rep.tolist() == [1, 3]          # the most important event stands for its cell
    assert (layout.label_row == -1).all()              # labels wait until a stretch is asked for
    layout.ensure_labels(1999, 2001)
    assert layout.label_row.tolist() == [0, -1]
    lod.place_labels(layout)
    assert (layout.label_row >= 0).all()
    chosen = lod.compute_layout([events], [x], x + 0.001, importance, level=lod.level_of(20.0), lo=1990, hi=2040,
                                rows=1, label_width=lambda e: 50.0, selected=2)
    assert chosen.cell_rep.tolist() == [2, 3]          # the selected event always gets the marker


def test_the_wider_levels_are_laid_out_once_the_first_paint_is_done(qtbot, crowded):
    """The first paint lays out only what it shows; the levels a zoom-in reaches next are laid out right after."""
    lanes = crowded.lanes_item
    lanes._whole.clear()
    lanes._prepared = None
    crowded.grab()                      # a paint: it asks for the other levels without waiting for them
    painted = len(lanes._whole)
    assert painted <= 1
    qtbot.waitUntil(lambda: len(lanes._whole) > max(painted, 1), timeout=2000)
