"""What the timeline reads: every event as numpy columns (one pass, fast at 100,000 events), eras, lanes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from db import queries
from db.dates import date_to_years, span
from db.i18n import SOURCE_LANGUAGE, content_language, date_label, field_texts, mark_english
from db.kinds.event import EVENT_KINDS

if TYPE_CHECKING:
    from db.connection import Database

KINDS = EVENT_KINDS


@dataclass
class TimelineData:
    """Events as parallel columns; an event's index is its row in every column."""

    slugs: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    starts: list[str] = field(default_factory=list)        # partial ISO text, as stored
    ends: list[str | None] = field(default_factory=list)
    x0: np.ndarray = field(default_factory=lambda: np.zeros(0))   # fractional years: first day covered
    x1: np.ndarray = field(default_factory=lambda: np.zeros(0))   # fractional years: just after the last day
    kind: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int8))        # index into KINDS
    importance: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int8))  # 1..5
    pair_event: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # (event, lane) pairs
    pair_lane: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    theme_event: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # (event, theme) pairs
    theme_index: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    actors: list[dict] = field(default_factory=list)   # lane order
    themes: list[dict] = field(default_factory=list)
    _index: dict[str, int] | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self.slugs)

    @property
    def index_of(self) -> dict[str, int]:
        """Event slug -> index, built on first use (not needed to draw the first frame)."""
        if self._index is None:
            self._index = {s: i for i, s in enumerate(self.slugs)}
        return self._index

    def label(self, i: int) -> str:
        """The date of event i at its precision: '2017', 'June 2024', '18–19 June 2024'."""
        return date_label(self.starts[i], self.ends[i])


def _years(days: np.ndarray) -> np.ndarray:
    """Calendar days (datetime64[D]) as fractional years, exactly as db.dates.date_to_years."""
    year = days.astype("datetime64[Y]")
    first = year.astype("datetime64[D]")
    length = ((year + 1).astype("datetime64[D]") - first).astype(np.float64)
    return year.astype(np.int64) + 1970 + (days - first).astype(np.float64) / length


def _after(texts: np.ndarray) -> np.ndarray:
    """The day just after the last day each partial date covers (datetime64[D])."""
    out = np.empty(len(texts), dtype="datetime64[D]")
    lengths = np.char.str_len(texts) if len(texts) else np.zeros(0, int)
    for size, unit in ((4, "Y"), (7, "M"), (10, "D")):
        mask = lengths == size
        if mask.any():
            out[mask] = (texts[mask].astype(f"datetime64[{unit}]") + 1).astype("datetime64[D]")
    return out


SEP = "\x1f"   # the ASCII unit separator: never in a title; checked anyway


def _event_columns(db: Database) -> tuple[list, ...] | None:
    """The events table as seven lists (id, slug, title, start, end or '', kind, importance), None if empty.

    SQLite joins each column into one string and Python splits it: several times faster than 100,000 row
    tuples. A text containing the separator would shift the columns, so then the plain query is used."""
    row = db.execute(
        f"SELECT count(*), group_concat(id, ','), group_concat(slug, '{SEP}'), group_concat(title, '{SEP}'), "
        f"group_concat(start, ','), group_concat(coalesce(\"end\", ''), ','), group_concat(kind, ','), "
        "group_concat(importance, ',') FROM events").fetchone()
    count = row[0]
    if not count:
        return None
    seps = (",", SEP, SEP, ",", ",", ",", ",")
    columns = tuple(text.split(sep) for text, sep in zip(row[1:], seps, strict=True))
    if all(len(c) == count for c in columns):
        return columns
    rows = db.execute('SELECT id, slug, title, start, coalesce("end", \'\'), kind, importance FROM events').fetchall()
    return tuple(list(c) for c in zip(*rows, strict=True))


def load_timeline(db: Database) -> TimelineData:
    """Every event, its lanes and themes, in start order, as numpy columns (100,000 events in well under 1 s)."""
    data = TimelineData(actors=queries.actors(db), themes=queries.themes(db))
    columns = _event_columns(db)
    if columns is None:
        return data
    ids, slugs, titles, starts, ends, kinds, importance = columns
    start_text = np.array(starts)
    end_column = np.array([e or None for e in ends], dtype=object)
    has_end = end_column != None  # noqa: E711 - elementwise comparison with NULL
    end_text = start_text.copy()
    if has_end.any():
        end_text = np.where(has_end, end_column, start_text).astype(str)
    x0 = _years(start_text.astype("datetime64[D]"))
    ids = np.array(ids).astype(np.int64)
    order = np.lexsort((ids, x0))          # by start, then by row id
    data.x0 = x0[order]
    data.x1 = _years(_after(end_text[order]))
    # Reordering through object arrays keeps 100,000 strings out of Python loops.
    data.slugs = np.array(slugs, dtype=object)[order].tolist()
    data.titles = np.array(titles, dtype=object)[order].tolist()
    if content_language() != SOURCE_LANGUAGE:  # one query for every title, not one per event
        translated = field_texts(db, "event", "title")
        data.titles = [translated.get(s) or mark_english(t) for s, t in zip(data.slugs, data.titles, strict=True)]
    data.starts = np.array(starts, dtype=object)[order].tolist()
    data.ends = end_column[order].tolist()
    kind_text = np.array(kinds)[order]
    data.kind = np.select([kind_text == k for k in KINDS], list(range(len(KINDS))), 1).astype(np.int8)
    data.importance = np.array(importance).astype(np.int8)[order]
    id_array = ids[order]
    by_id = np.argsort(id_array)
    lane_of = np.full(max((a["id"] for a in data.actors), default=0) + 1, -1, np.int64)
    for i, actor in enumerate(data.actors):
        lane_of[actor["id"]] = i
    theme_of = np.full(max((t["id"] for t in data.themes), default=0) + 1, -1, np.int64)
    for i, theme in enumerate(data.themes):
        theme_of[theme["id"]] = i

    def pairs(table: str, column: str, index: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        # One string per table, parsed in C: far faster than 100,000 Python tuples.
        text = db.execute(f"SELECT group_concat(event_id || ',' || {column}, ',') FROM {table}").fetchone()[0]
        got = np.array(text.split(","), dtype=np.int64).reshape(-1, 2) if text else np.zeros((0, 2), np.int64)
        events = by_id[np.searchsorted(id_array, got[:, 0], sorter=by_id)]
        return events, index[got[:, 1]]

    data.pair_event, data.pair_lane = pairs("event_actors", "actor_id", lane_of)
    data.theme_event, data.theme_index = pairs("event_themes", "theme_id", theme_of)
    return data


def era_spans(db: Database) -> list[dict]:
    """Eras with their span in fractional years (`x0`, `x1`; an open end runs to today) and date label."""
    out = []
    today = date_to_years(dt.date.today())
    for era in queries.eras(db):
        x0, x1 = span(era["start"], era["end"] or None)
        if not era["end"]:
            x1 = max(x1, today)
        out.append({**era, "x0": x0, "x1": x1, "label": date_label(era["start"], era["end"] or None)})
    return out


def events_of_claim(db: Database, claim_slug: str) -> list[str]:
    """Slugs of the events a claim is dated by, in date order."""
    return [r[0] for r in db.execute(
        "SELECT e.slug FROM claim_events ce JOIN claims c ON c.id = ce.claim_id JOIN events e ON e.id = ce.event_id "
        "WHERE c.slug = ? ORDER BY e.start, e.slug", [claim_slug]).fetchall()]
