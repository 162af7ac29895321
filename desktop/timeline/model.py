"""TimelineModel: the events as lanes after the actor and theme filters, and event-to-event stepping (no Qt)."""

from __future__ import annotations

import numpy as np

from db.queries.timeline import TimelineData


class TimelineModel:
    """Turns TimelineData into per-lane sorted arrays for the lanes that are shown."""

    def __init__(self, data: TimelineData | None = None):
        self.hidden_actors: set[str] = set()
        self.theme = ""                 # theme slug, "" for all
        self.version = 0                # bumps whenever what is shown changes
        self.set_data(data or TimelineData())

    def set_data(self, data: TimelineData) -> None:
        """Replace every event (after a reload) and re-apply the filters."""
        self.data = data
        self.hidden_actors &= {a["slug"] for a in data.actors}
        if self.theme and self.theme not in {t["slug"] for t in data.themes}:
            self.theme = ""
        self._apply()

    def set_hidden_actors(self, slugs: set[str]) -> None:
        """Hide the lanes of these actors."""
        self.hidden_actors = set(slugs)
        self._apply()

    def set_theme(self, slug: str) -> None:
        """Show only events with this theme ("" for all)."""
        self.theme = slug
        self._apply()

    def _apply(self) -> None:
        data = self.data
        self.version += 1
        self.lanes = [a for a in data.actors if a["slug"] not in self.hidden_actors]
        lane_row = {a["slug"]: i for i, a in enumerate(self.lanes)}
        lane_of_actor = np.array([lane_row.get(a["slug"], -1) for a in data.actors] or [0], dtype=np.int64)
        keep = np.ones(len(data), dtype=bool)
        if self.theme:
            wanted = [i for i, t in enumerate(data.themes) if t["slug"] == self.theme]
            keep[:] = False
            keep[data.theme_event[np.isin(data.theme_index, wanted)]] = True
        pair_row = lane_of_actor[data.pair_lane] if len(data.pair_lane) else np.zeros(0, np.int64)
        shown = (pair_row >= 0) & keep[data.pair_event] if len(data.pair_event) else np.zeros(0, bool)
        events, rows = data.pair_event[shown], pair_row[shown]
        # Event indexes follow start order, so sorting by (row, index) puts each lane in date order.
        order = np.lexsort((events, rows))
        events, rows = events[order], rows[order]
        bounds = np.searchsorted(rows, np.arange(len(self.lanes) + 1))
        self.lane_events = [events[bounds[i]:bounds[i + 1]] for i in range(len(self.lanes))]
        self.lane_x = [data.x0[e] for e in self.lane_events]
        self.visible = np.zeros(len(data), dtype=bool)
        self.visible[events] = True
        self.order = np.flatnonzero(self.visible)      # shown events in date order
        self.event_lanes: dict[int, list[int]] = {}

    def lanes_of(self, event: int) -> list[int]:
        """The lane rows an event is drawn in (top to bottom)."""
        if event not in self.event_lanes:
            self.event_lanes[event] = [r for r, ev in enumerate(self.lane_events) if _contains(ev, self.lane_x[r],
                                                                                           event, self.data.x0)]
        return self.event_lanes[event]

    def step(self, event: int, delta: int, after_x: float | None = None) -> int:
        """The shown event `delta` places after `event` in date order (-1 when there is none).

        With no current event, the first shown event at or after `after_x` (or the first of all)."""
        if not len(self.order):
            return -1
        if event < 0 or not self.visible[event]:
            x = after_x if after_x is not None else -np.inf
            if event >= 0:
                x = self.data.x0[event]
            k = int(np.searchsorted(self.data.x0[self.order], x))
            k = k if delta > 0 else k - 1
        else:
            k = int(np.searchsorted(self.order, event)) + delta
        return int(self.order[k]) if 0 <= k < len(self.order) else -1

    def nearest_in_lane(self, lane: int, x: float) -> int:
        """The shown event in a lane whose start is nearest to x (-1 for an empty lane)."""
        if not 0 <= lane < len(self.lanes) or not len(self.lane_x[lane]):
            return -1
        xs = self.lane_x[lane]
        k = int(np.searchsorted(xs, x))
        candidates = [c for c in (k - 1, k) if 0 <= c < len(xs)]
        best = min(candidates, key=lambda c: abs(xs[c] - x))
        return int(self.lane_events[lane][best])

    def extent(self) -> tuple[float, float]:
        """Earliest start and latest end of all events (0, 0 when there are none)."""
        if not len(self.data):
            return 0.0, 0.0
        return float(self.data.x0.min()), float(self.data.x1.max())


def _contains(events: np.ndarray, xs: np.ndarray, event: int, x0: np.ndarray) -> bool:
    """True when a lane's sorted arrays hold this event."""
    i0, i1 = np.searchsorted(xs, [x0[event], np.nextafter(x0[event], np.inf)])
    return bool((events[i0:i1] == event).any())
