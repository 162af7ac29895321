"""Level of detail: which events get a marker, a "+N" cluster badge or a label at a zoom (numpy, no Qt).

Each lane is cut into cells of CELL_PX pixels on a grid fixed in time, so cells do not jitter while panning.
A cell shows its most important event as a marker; when it holds more, a "+N" badge counts the others
(clicking it zooms in, zooming in splits the cell). Labels are then placed greedily by importance in the
label rows of each lane, only where they do not touch another label.

Zoom is quantised into levels (LEVELS_PER_OCTAVE per doubling of pixels per year). A layout computed at a
level's scale stays free of overlaps at every larger scale up to the next level, because zooming in only
moves things apart: that is what lets a layout be cached per level and reused frame after frame.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

CELL_PX = 44.0       # width of a cell: marker + gap + badge
MARKER_PX = 12.0     # marker size
BADGE_PX = 26.0      # room for "+99" / "+12k"
LABEL_GAP_PX = 10.0  # free space kept between two labels in a row
LEVELS_PER_OCTAVE = 4
SELECTED_BONUS = 100
INLINE = 2           # label row code: on the marker line, after the marker and its badge


def level_of(scale: float) -> int:
    """The zoom level for a scale in pixels per year (levels grow as you zoom in)."""
    return math.floor(math.log2(max(scale, 1e-9)) * LEVELS_PER_OCTAVE)


def level_scale(level: int) -> float:
    """The scale (pixels per year) a level's layout is computed at: the smallest scale of the level."""
    return 2.0 ** (level / LEVELS_PER_OCTAVE)


def badge_text(count: int) -> str:
    """'+N' for the N other events of a cell, kept short: '+7', '+99', then '99+' (the tooltip tells all)."""
    return f"+{count}" if count < 100 else "99+"


@dataclass
class Layout:
    """What to draw for every occupied cell of a window [lo, hi) of time at one level."""

    level: int
    scale: float
    lo: float
    hi: float
    rows: int
    cell_lane: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    cell_index: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # global cell number
    cell_count: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    cell_rep: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))    # event drawn as the marker
    cell_x: np.ndarray = field(default_factory=lambda: np.zeros(0))                # the marker event's start
    cell_first: np.ndarray = field(default_factory=lambda: np.zeros(0))            # earliest start in the cell
    cell_last: np.ndarray = field(default_factory=lambda: np.zeros(0))             # latest end in the cell
    label_row: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))   # per cell, -1 = no label
    label_left: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))      # label ends at the marker
    cell_priority: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    labelled_from: float = math.inf    # labels are placed for cells whose marker lies in [from, to)
    labelled_to: float = -math.inf
    label_width: Callable[[int], float] | np.ndarray = field(default=lambda e: 0.0, repr=False)  # per event
    end_px: float = math.inf
    _taken: dict = field(default_factory=dict, repr=False)
    _starts: list = field(default_factory=list, repr=False)   # marker left edges at the layout scale
    _ends: list = field(default_factory=list, repr=False)     # right edge of marker and badge
    _labelled: set = field(default_factory=set, repr=False)

    def covers(self, lo: float, hi: float) -> bool:
        """True when the window [lo, hi) lies inside this layout's window."""
        return self.lo <= lo and hi <= self.hi

    def cells_of(self, event: int) -> np.ndarray:
        """Indexes of the cells whose marker is this event."""
        return np.flatnonzero(self.cell_rep == event)

    def clustered(self) -> int:
        """How many events are hidden behind '+N' badges."""
        return int((self.cell_count - 1).sum()) if len(self.cell_count) else 0

    def ensure_labels(self, lo: float, hi: float) -> None:
        """Place labels for the cells between lo and hi that have none decided yet.

        Labels are placed a stretch at a time, as the view reaches it, so a zoom step pays only for what is
        near the view; labels already placed are kept and respected."""
        lo, hi = max(lo, self.lo), min(hi, self.hi)
        if lo >= self.labelled_from and hi <= self.labelled_to:
            return
        if self.labelled_from > self.labelled_to:       # nothing labelled yet
            stretches = [(lo, hi)]
            self.labelled_from, self.labelled_to = lo, hi
        else:
            stretches = [(a, b) for a, b in ((lo, self.labelled_from), (self.labelled_to, hi)) if b > a]
            self.labelled_from, self.labelled_to = min(lo, self.labelled_from), max(hi, self.labelled_to)
        for a, b in stretches:
            cells = np.flatnonzero((self.cell_x >= a) & (self.cell_x < b))
            if len(cells):
                _place(self, cells)


def compute_layout(
    lane_events: Sequence[np.ndarray],
    lane_x: Sequence[np.ndarray],
    x1: np.ndarray,
    importance: np.ndarray,
    *,
    level: int,
    lo: float,
    hi: float,
    rows: int,
    label_width: Callable[[int], float] | np.ndarray,
    selected: int = -1,
    end: float = math.inf,
) -> Layout:
    """Cells, markers and badges for the events of each lane between lo and hi at a level; labels are then
    placed with `ensure_labels` for the stretch in view.

    `end` is where the content stops (fractional years): a label that would run past it ends at its marker."""
    scale = level_scale(level)
    layout = Layout(level=level, scale=scale, lo=lo, hi=hi, rows=rows)
    # The window's events of every lane in one array (lane after lane, each in time order): one pass of numpy
    # for all lanes, so a layout costs a few dozen array operations however many lanes there are.
    pieces, lens, lanes = [], [], []
    for lane, (events, xs) in enumerate(zip(lane_events, lane_x, strict=True)):
        i0, i1 = np.searchsorted(xs, [lo, hi])
        if i1 > i0:
            pieces.append((events[i0:i1], xs[i0:i1]))
            lens.append(i1 - i0)
            lanes.append(lane)
    if pieces:
        ev = np.concatenate([e for e, _x in pieces])
        x = np.concatenate([x for _e, x in pieces])
        lane_of = np.repeat(np.asarray(lanes, np.int64), lens)
        cells = np.floor(x * (scale / CELL_PX)).astype(np.int64)
        starts = np.flatnonzero(np.r_[True, (cells[1:] != cells[:-1]) | (lane_of[1:] != lane_of[:-1])])
        counts = np.diff(np.r_[starts, len(ev)])
        pri = importance[ev].astype(np.int64)
        if selected >= 0:
            pri[ev == selected] += SELECTED_BONUS
        best = np.maximum.reduceat(pri, starts)
        # The first event of each cell whose priority is the cell's best: that cell's marker.
        hit = np.flatnonzero(pri == np.repeat(best, counts))
        seg = np.repeat(np.arange(len(starts)), counts)[hit]
        first_hit = hit[np.r_[True, seg[1:] != seg[:-1]]]
        layout.cell_lane, layout.cell_index, layout.cell_count = lane_of[starts], cells[starts], counts
        layout.cell_rep, layout.cell_x, layout.cell_first = ev[first_hit], x[first_hit], x[starts]
        layout.cell_last, layout.cell_priority = np.maximum.reduceat(x1[ev], starts), best
    _prepare_labels(layout, label_width, end * scale)
    return layout


def marker_px(layout: Layout, scale: float, cells: np.ndarray | slice = slice(None)) -> np.ndarray:
    """Pixel x (time 0 = pixel 0) of some cells' marker centres at a scale: the start, kept inside the cell."""
    cell = CELL_PX * scale / layout.scale
    left = layout.cell_index[cells] * cell
    room = np.where(layout.cell_count[cells] > 1, BADGE_PX, 0.0)
    lowest = left + MARKER_PX / 2 + 1
    highest = np.maximum(lowest, left + cell - MARKER_PX / 2 - 1 - room)
    return np.clip(layout.cell_x[cells] * scale, lowest, highest)


def place_labels(layout: Layout) -> None:
    """Place the labels of every cell of a layout at once (the view normally asks a stretch at a time)."""
    layout.ensure_labels(-math.inf, math.inf)


def _prepare_labels(layout: Layout, label_width, end_px: float) -> None:
    """Empty label rows, with the marker line of each lane already taken by its markers and badges."""
    n = len(layout.cell_rep)
    layout.label_row = np.full(n, -1, np.int64)
    layout.label_left = np.zeros(n, bool)
    layout.label_width, layout.end_px = label_width, end_px
    # Positions at the layout's own scale, where everything is closest together.
    centre = marker_px(layout, layout.scale)
    layout._starts = (centre - MARKER_PX / 2).tolist()
    layout._ends = (centre + MARKER_PX / 2 + np.where(layout.cell_count > 1, BADGE_PX + 2, 0.0)).tolist()
    taken = layout._taken
    bounds = np.searchsorted(layout.cell_lane, np.arange(layout.cell_lane.max(initial=-1) + 2))
    starts, ends = layout._starts, layout._ends
    for lane in range(len(bounds) - 1):
        a, b = int(bounds[lane]), int(bounds[lane + 1])    # cells are grouped by lane, in time order
        taken[(lane, INLINE)] = (starts[a:b], [e + 2 for e in ends[a:b]])


def _place(layout: Layout, cells: np.ndarray) -> None:
    """Greedily, by priority, give these cells a label row where the label touches no other label or marker.

    Rows 0 and 1 are above and below the markers (as many as `layout.rows`); INLINE is on the marker line,
    after the marker and its badge, where it must also clear the next markers of its lane. A label starts at
    its marker; one that would run past the end of the content ends at its marker instead."""
    starts, ends, end_px = layout._starts, layout._ends, layout.end_px
    taken, labelled = layout._taken, layout._labelled
    order = cells[np.lexsort((layout.cell_x[cells], -layout.cell_priority[cells]))]
    events = layout.cell_rep[order]
    if isinstance(layout.label_width, np.ndarray):
        widths = layout.label_width[events].tolist()
    else:
        widths = [layout.label_width(e) for e in events.tolist()]
    rows_of = {}
    for i, event, lane, width in zip(order.tolist(), events.tolist(), layout.cell_lane[order].tolist(), widths,
                                     strict=True):
        if event in labelled:
            continue
        rows = rows_of.get(lane)
        if rows is None:
            rows = rows_of[lane] = [(row, taken.setdefault((lane, row), ([], [])))
                                    for row in (*range(layout.rows), INLINE)]
        flip = starts[i] + width > end_px
        for row, claimed in rows:
            if row == INLINE:
                if ends[i] + 3 + width > end_px:
                    continue
                left = ends[i] + 3
            else:
                left = starts[i] + MARKER_PX - width if flip else starts[i]
            if _claim(claimed, left, left + width + LABEL_GAP_PX):
                layout.label_row[i] = row
                layout.label_left[i] = flip and row != INLINE
                labelled.add(event)
                break


def _claim(row: tuple[list[float], list[float]], left: float, right: float) -> bool:
    """Take [left, right) in a row of sorted, disjoint intervals if it is free."""
    lefts, rights = row
    k = bisect.bisect_left(lefts, left)
    if (k > 0 and rights[k - 1] > left) or (k < len(lefts) and lefts[k] < right):
        return False
    lefts.insert(k, left)
    rights.insert(k, right)
    return True
