"""How a stop drives the app: the timeline's span and highlighted events, the map's date or a comparison."""

from __future__ import annotations

from db.dates import PartialDate

# A little room either side of the span, so an event on its edge is drawn whole.
SPAN_PAD = 0.04


def span_years(stop: dict) -> tuple[float, float]:
    """The stop's span as fractional years (from the start of its first date to the end of its last)."""
    first, last = (PartialDate.parse(d) for d in stop["span"])
    return first.start_value(), last.end_value()


def date_years(text: str) -> float:
    """A stop's date as the map takes it: the first day of the year, month or day it names."""
    return PartialDate.parse(text).start_value()


def drive(stop: dict, *, state, timeline, relations) -> None:
    """Make the app show a stop: select and highlight its events in its span, and the map at its date."""
    events = stop.get("events", [])
    if events:
        state.select_event(events[0])      # its details show beside the story; selecting first, the span then holds
    timeline.highlight_events(events)
    lo, hi = span_years(stop)
    pad = (hi - lo) * SPAN_PAD
    timeline.set_view(lo - pad, hi + pad)
    state.set_date(date_years(stop["map_date"]))
    if relations is None:
        return
    if stop.get("compare"):
        # The fields show the two dates too, so a student can change one and compare again.
        relations.compare.first.setText(stop["compare"][:7])
        relations.compare.second.setText(stop["map_date"][:7])
        relations.run_compare(date_years(stop["compare"]), date_years(stop["map_date"]))
        relations.tabs.setCurrentWidget(relations.compare_page)
    else:
        relations.tabs.setCurrentWidget(relations.split)
    for slug in stop.get("relations", [])[:1]:
        relations.graph.select(f"edge:{slug}")
        relations.show_edge(slug)


def release(timeline) -> None:
    """Leave the story: the view stays as it is; only the highlight of the stop's events goes."""
    timeline.highlight_events([])
