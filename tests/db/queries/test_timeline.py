"""The timeline's bulk loader: columns in start order, spans at each date's precision, lanes and themes."""

import numpy as np
import pytest

from db.content import save_items
from db.dates import PartialDate
from db.queries.timeline import KINDS, era_spans, events_of_claim, load_timeline


def test_events_load_in_start_order_with_spans_at_their_precision(min_db):
    data = load_timeline(min_db)
    assert data.slugs == ["treaty-1961", "low-point-2017", "putin-visit-2024"]
    assert np.all(np.diff(data.x0) >= 0)
    low = data.index_of["low-point-2017"]
    assert data.x0[low] == pytest.approx(2017.0)
    assert data.x1[low] == pytest.approx(2018.0)            # a year-precision event covers its whole year
    putin = data.index_of["putin-visit-2024"]
    assert data.x0[putin] == pytest.approx(PartialDate.parse("2024-06-18").start_value())
    assert data.x1[putin] == pytest.approx(PartialDate.parse("2024-06-19").end_value())
    assert data.label(putin) == "18–19 June 2024"
    assert KINDS[data.kind[low]] == "article"


def test_month_and_pre_1970_dates_match_the_partial_date_rules(min_db):
    save_items(min_db, [("event", {
        "id": "june-1950", "title": "A month event", "start": "1950-06", "kind": "context", "importance": 2,
        "actors": ["china"], "themes": [], "summary": "x", "sources": [{"source": "diplomat-2024"}]})])
    data = load_timeline(min_db)
    i = data.index_of["june-1950"]
    assert data.slugs[0] == "june-1950"
    assert data.x0[i] == pytest.approx(PartialDate.parse("1950-06").start_value())
    assert data.x1[i] == pytest.approx(PartialDate.parse("1950-06").end_value())   # 1 July 1950
    assert data.label(i) == "June 1950"


def test_each_event_has_a_pair_per_actor_in_lane_order(min_db):
    data = load_timeline(min_db)
    lanes = [a["slug"] for a in data.actors]
    got = sorted((data.slugs[e], lanes[k]) for e, k in zip(data.pair_event, data.pair_lane, strict=True))
    assert got == sorted([("treaty-1961", "china"), ("treaty-1961", "north-korea"), ("low-point-2017", "china"),
                          ("low-point-2017", "north-korea"), ("putin-visit-2024", "russia"),
                          ("putin-visit-2024", "north-korea")])
    themes = [t["slug"] for t in data.themes]
    assert {(data.slugs[e], themes[t]) for e, t in zip(data.theme_event, data.theme_index, strict=True)} == {
        ("treaty-1961", "summitry"), ("putin-visit-2024", "summitry")}


def test_an_empty_database_loads_as_no_events(tmp_path):
    from db.connection import open_database

    db = open_database(tmp_path / "empty.db")
    data = load_timeline(db)
    assert len(data) == 0 and data.x0.shape == (0,)


def test_eras_have_spans_and_labels(min_db):
    (era,) = era_spans(min_db)
    assert era["x0"] == pytest.approx(2016.0)
    assert era["x1"] == pytest.approx(PartialDate.parse("2018-03").end_value())
    assert era["label"] == "2016 – March 2018"


def test_events_of_an_unknown_claim_are_none(min_db):
    assert events_of_claim(min_db, "no-such-claim") == []


def test_a_title_holding_the_column_separator_still_loads_right(min_db):
    with min_db.conn:
        min_db.execute("UPDATE events SET title = ? WHERE slug = 'low-point-2017'", ["Odd\x1ftitle"])
    data = load_timeline(min_db)
    assert data.titles[data.index_of["low-point-2017"]] == "Odd\x1ftitle"
    assert data.slugs == ["treaty-1961", "low-point-2017", "putin-visit-2024"]
