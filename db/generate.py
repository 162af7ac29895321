"""Quiz questions generated from events: when it happened, which came first, who was involved.

Public entry point (also used by the teacher's "Generate questions" action in the editor)::

    generate_questions(db, *, event_slugs, kinds=None, seed=0) -> list[dict]

It returns question items in the format of `resources/content/FORMAT.md` (with `generated = true`),
ready for `db.content.save_items`; it writes nothing. The same arguments always give the same
questions. Ids are stable per event and variant (`gen-year-<event>`, `gen-who-<event>` …), so
generating again and saving updates the earlier questions instead of adding copies.

Prompts are one sentence and never contain their answer: a "who" question is only asked about
countries its title does not name (by name, people, capitals or adjectives: ACTOR_WORDS).

Distractors are plausible but never a second correct answer:
- dates: the dates of the nearest real events, shown at the event's precision and never
  overlapping any day the event covers (an event with an end date gets its own span shifted by
  whole years or months, `date_distractors`);
- actors: actors of related events (sharing an actor, nearest in time), never one of the event's
  and never one the title names;
- order: events a teacher would set side by side: sharing an actor and a theme, within
  MAX_ORDER_YEARS of the anchor, whose dates neither overlap nor lie within a month of each
  other, and at most one whose title gives the order away (an ordinal or a number).
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from db.content import list_items
from db.dates import PartialDate
from db.errors import NotFoundError, ValidationError
from db.generate_words import Words

if TYPE_CHECKING:
    from db.connection import Database

KINDS = ("when", "first", "who")
MIN_GAP_DAYS = 31  # events closer than this are too close to order fairly
MAX_ORDER_YEARS = 6  # events further apart than this are not compared side by side
ORDER_POOL = 6  # choose among this many nearest related events
NEAR_YEARS = {"year": 6, "month": 2, "day": 2}  # how far a neighbouring event's date may lie, per precision
# Words that name a country without its name: people, capitals, adjectives (a title with them gives it away).
ACTOR_WORDS = {
    "china": ("Chinese", "Beijing", "Xi", "Mao", "Jiang Zemin", "Wang Yi", "Zhao Leji", "Li Hongzhong", "Global Times"),
    "north-korea": ("North Korean", "Pyongyang", "Kim", "DPRK"),
    "russia": ("Russian", "Moscow", "Putin", "Shoigu", "Soviet", "Kremlin", "Vladivostok", "Vostochny"),
    "united-states": ("American", "Washington", "Trump", "Biden", "White House", "Camp David"),
    "south-korea": ("South Korean", "Seoul"),
    "japan": ("Japanese", "Tokyo"),
    "ukraine": ("Ukrainian", "Kyiv"),
    "iran": ("Iranian", "Tehran"),
}
_REVEALING = re.compile(r"\d|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.I)


@dataclass(frozen=True)
class _Event:
    slug: str
    title: str
    start: str
    end: str | None
    actors: tuple[str, ...]
    themes: tuple[str, ...]
    summary: str
    sources: tuple[dict, ...]
    first: dt.date
    last: dt.date

    @property
    def precision(self) -> str:
        return PartialDate.parse(self.start).precision

    def label(self, words: Words) -> str:
        return words.label(self.start, self.end)

    def title_in(self, words: Words) -> str:
        return words.event(self.slug, self.title, self.summary)[0]

    def summary_in(self, words: Words) -> str:
        return words.event(self.slug, self.title, self.summary)[1]


def _load_events(db: Database) -> dict[str, _Event]:
    out = {}
    for item in list_items(db, "event"):
        start = PartialDate.parse(item["start"])
        end = PartialDate.parse(item["end"]) if item.get("end") else start
        out[item["id"]] = _Event(item["id"], item["title"], item["start"], item.get("end"), tuple(item["actors"]),
                                 tuple(item.get("themes", [])), item.get("summary", ""), tuple(item.get("sources", [])),
                                 start.first_day(), end.last_day())
    return out


def _actor_names(db: Database) -> dict[str, dict]:
    return {a["id"]: a for a in list_items(db, "actor")}


def actor_name_at(actor: dict, when: str) -> str:
    """The actor's name at a partial date (the Soviet Union before December 1991)."""
    if actor.get("former_name") and actor.get("renamed"):
        if PartialDate.parse(when).first_day() < PartialDate.parse(actor["renamed"]).first_day():
            return actor["former_name"]
    return actor["name"]


def _claims_by_event(db: Database) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for claim in list_items(db, "claim"):
        for event in claim.get("events", []):
            out.setdefault(event, []).append(claim["id"])
    return out


def merge_sources(*lists: Iterable[dict]) -> list[dict]:
    """Citations of several items as one list with each source once (locators joined)."""
    merged: dict[str, list[str]] = {}
    for cites in lists:
        for cite in cites:
            locators = merged.setdefault(cite["source"], [])
            for part in (cite.get("locator") or "").split(","):
                if part.strip() and part.strip() not in locators:
                    locators.append(part.strip())
    return [{"source": s, "locator": ", ".join(sorted(locs, key=_locator_key))} if locs else {"source": s}
            for s, locs in merged.items()]


def _locator_key(locator: str) -> tuple:
    """Sort '¶9' before '¶12': numbers by value, other text as text."""
    number = re.search(r"\d+", locator)
    return (0, int(number.group()), locator) if number else (1, 0, locator)


def _overlaps(a_first: dt.date, a_last: dt.date, b_first: dt.date, b_last: dt.date, gap_days: int = 0) -> bool:
    """True when two day ranges overlap or lie closer than `gap_days` to each other."""
    return a_first <= b_last + dt.timedelta(days=gap_days) and b_first <= a_last + dt.timedelta(days=gap_days)


def _shift(date: PartialDate, months: int) -> PartialDate | None:
    """The date moved by whole months at its own precision (a 31st becomes the target month's last day),
    or None for a year moved by part of a year or a year out of the calendar."""
    if date.precision == "year":
        return PartialDate(date.year + months // 12) if months % 12 == 0 else None
    index = date.year * 12 + (date.month - 1) + months
    year, month = divmod(index, 12)
    day = min(date.day, calendar.monthrange(year, month + 1)[1]) if date.day and 1 <= year <= 9999 else date.day
    try:
        return PartialDate.parse(PartialDate(year, month + 1, day).iso())
    except ValidationError:
        return None


def _date_steps(precision: str, span_months: int) -> list[int]:
    """Candidate shifts in months, nearest first: neighbouring years, months or same-day other months.

    A span of several months or years also gets shifts by whole multiples of its length, so that
    enough shifted copies fall clear of it."""
    if precision == "year":
        steps = [12 * k for k in (1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6)]
    elif precision == "month":
        steps = [1, -1, 2, -2, 3, -3, 4, -4, 6, -6, 12, -12, 24, -24]
    else:
        steps = [1, -1, 2, -2, 3, -3, 12, -12, 4, -4, 6, -6, 24, -24]
    if span_months > 1:
        unit = 12 if precision == "year" else 1
        length = -(-span_months // unit) * unit + unit  # the span rounded up to its unit, plus one unit
        steps += [length * k for k in (1, -1, 2, -2, 3, -3)]
    return list(dict.fromkeys(steps))


def date_distractors(event_start: str, event_end: str | None, count: int, rng: random.Random,
                     words: Words | None = None) -> list[str]:
    """Labels of `count` neighbouring dates at the event's precision that cover none of its days."""
    words = words or Words()
    start = PartialDate.parse(event_start)
    end = PartialDate.parse(event_end) if event_end else None
    first, last = start.first_day(), (end or start).last_day()
    correct = words.label(event_start, event_end)
    found: list[str] = []
    span_months = (last.year - first.year) * 12 + last.month - first.month + 1
    for step in _date_steps(start.precision, span_months):
        s2 = _shift(start, step)
        e2 = _shift(end, step) if end else None
        if s2 is None or (end and e2 is None):
            continue
        if _overlaps(first, last, s2.first_day(), (e2 or s2).last_day()):
            continue
        label = words.label(s2.iso(), e2.iso() if e2 else None)
        if label != correct and label not in found:
            found.append(label)
    # Nearest first, with a little variety: choose among the closest few.
    pool = found[: count + 2]
    return rng.sample(pool, min(count, len(pool)))


def _rng(seed: int, *parts: str) -> random.Random:
    return random.Random(":".join([str(seed), *parts]))


def _shuffled_choice(correct: list[str], wrong: list[str], rng: random.Random) -> tuple[list[str], list[int]]:
    options = correct + wrong
    rng.shuffle(options)
    return options, sorted(options.index(c) for c in correct)


def _base(qid: str, qtype: str, prompt: str, explanation: str, events: list[_Event], claims: list[str]) -> dict:
    return {"id": qid, "type": qtype, "prompt": prompt, "explanation": explanation, "generated": True,
            "claims": sorted(set(claims)), "events": [e.slug for e in events],
            "sources": merge_sources(*(e.sources for e in events))}


# ---------------------------------------------------------------- when


def answer_precision(event: _Event) -> str | None:
    """The precision a "when" option for the event is written at: its own for a point in time; a span
    inside one month or one year is asked as that month or year; None for a span across years."""
    precision = PartialDate.parse(event.start).precision
    if not event.end:
        return precision
    if event.first.year != event.last.year:
        return None
    if precision != "year" and (event.first.month, event.first.year) == (event.last.month, event.last.year):
        return "month"
    return "year"


def _at(date: PartialDate, precision: str) -> PartialDate:
    return PartialDate(date.year, date.month if precision != "year" else None, date.day if precision == "day" else None)


def neighbour_dates(event: _Event, events: dict[str, _Event], count: int, rng: random.Random,
                    precision: str | None = None, words: Words | None = None) -> list[str]:
    """Labels of `count` dates of the real events nearest in time, at `precision` (the event's own by
    default), covering none of the event's days."""
    words = words or Words()
    precision = precision or PartialDate.parse(event.start).precision
    rank = {"year": 0, "month": 1, "day": 2}
    right = words.label(_at(PartialDate.parse(event.start), precision).iso())
    found: list[str] = []
    for other in sorted(events.values(), key=lambda e: (abs((e.first - event.first).days), e.slug)):
        date = PartialDate.parse(other.start)
        if other.slug == event.slug or rank[date.precision] < rank[precision]:
            continue  # a date less precise than the event's would look different from the right option
        if abs(date.year - event.first.year) > NEAR_YEARS[precision]:
            continue
        shown = _at(date, precision)
        if _overlaps(event.first, event.last, shown.first_day(), shown.last_day()):
            continue
        if precision == "day" and shown.day == event.first.day:
            continue  # the same day of another month reads as a template, not a real date
        label = words.label(shown.iso())
        if label != right and label not in found:
            found.append(label)
    pool = found[: count + 2]  # nearest first, with a little variety
    return rng.sample(pool, min(count, len(pool)))


def _when(event: _Event, events: dict[str, _Event], claims: list[str], seed: int, words: Words) -> list[dict]:
    out = []
    date = PartialDate.parse(event.start)
    began = "begin" if event.end and PartialDate.parse(event.end).year != date.year else "happen"
    title = event.title_in(words)
    what = words.say("dated", title=title, label=event.label(words), summary=event.summary_in(words))
    tolerance = 0 if date.year >= 1990 else 1
    window = "" if tolerance == 0 else words.say("window")
    q = _base(f"gen-year-{event.slug}", "numeric_year", words.say(f"year_{began}", title=title, window=window),
              words.say("answer", answer=words.year(date.year), what=what), [event], claims)
    q.update(answer=date.year, tolerance=tolerance)
    out.append(q)
    if date.precision in ("month", "day"):
        month = PartialDate(date.year, date.month)
        q = _base(f"gen-month-{event.slug}", "place_on_timeline", words.say("month", title=title),
                  words.say("answer", answer=words.label(month.iso()), what=what), [event], claims)
        q.update(answer=month.iso(), tolerance=0)  # "to the month": only the right month gets full credit
        out.append(q)
    rng = _rng(seed, "date", event.slug)
    # The right date among the dates of its real neighbours (never the same day in other months). A span
    # is asked as the month or year it lies in; a span across years of whole years keeps its shape, shifted.
    shown = answer_precision(event)
    if shown is not None:
        right = words.label(_at(PartialDate.parse(event.start), shown).iso())
        wrong = neighbour_dates(event, events, 3, rng, shown, words)
    elif date.precision == "year":
        right, wrong = event.label(words), date_distractors(event.start, event.end, 3, rng, words)
    else:
        right, wrong = event.label(words), []
    if len(wrong) >= 2:
        right, wrong = words.option(right), [words.option(w) for w in wrong]
        options, correct = _shuffled_choice([right], wrong, _rng(seed, "date-order", event.slug))
        q = _base(f"gen-date-{event.slug}", "single_choice", words.say(f"when_{began}", title=title),
                  what, [event], claims)
        q.update(options=options, correct=correct)
        out.append(q)
    return out


# ---------------------------------------------------------------- which came first


def pick_orderable(anchor: _Event, events: dict[str, _Event], preferred: set[str], size: int,
                   rng: random.Random) -> list[_Event]:
    """The anchor and events a teacher would set beside it (sharing an actor and a theme, within
    MAX_ORDER_YEARS) that can be told apart in time, in date order."""
    def distance(e: _Event) -> int:
        return abs((e.first - anchor.first).days)

    related = [e for e in events.values() if e.slug != anchor.slug and set(e.actors) & set(anchor.actors)
               and set(e.themes) & set(anchor.themes) and distance(e) <= MAX_ORDER_YEARS * 366]
    related.sort(key=lambda e: (e.slug not in preferred, distance(e), e.slug))
    pool = related[:ORDER_POOL]
    rng.shuffle(pool)
    pool.sort(key=lambda e: e.slug not in preferred)  # stable: selection first, shuffled within
    chosen = [anchor]
    for candidate in pool:
        if len(chosen) == size:
            break
        if any(_overlaps(c.first, c.last, candidate.first, candidate.last, MIN_GAP_DAYS) for c in chosen):
            continue
        if _REVEALING.search(candidate.title) and any(_REVEALING.search(c.title) for c in chosen):
            continue
        chosen.append(candidate)
    return sorted(chosen, key=lambda e: e.first) if len(chosen) >= 3 else []


def _first(anchor: _Event, events: dict[str, _Event], preferred: set[str], claims: list[str], seed: int,
           words: Words) -> list[dict]:
    out = []

    def listing(chosen: list[_Event]) -> str:
        return words.templates["sep"].join(words.say("item", title=e.title_in(words), label=e.label(words))
                                           for e in chosen)

    rng = _rng(seed, "order", anchor.slug)
    chosen = pick_orderable(anchor, events, preferred, rng.choice((3, 4)), rng)
    if chosen:
        q = _base(f"gen-order-{anchor.slug}", "order", words.say("order"),
                  words.say("order_expl", listing=listing(chosen)), chosen, claims)
        q["items"] = [e.slug for e in chosen]
        out.append(q)
    rng = _rng(seed, "first", anchor.slug)
    chosen = pick_orderable(anchor, events, preferred, rng.choice((3, 4)), rng)
    if chosen:
        earliest = chosen[0]
        options, correct = _shuffled_choice([earliest.title_in(words)], [e.title_in(words) for e in chosen[1:]], rng)
        q = _base(f"gen-first-{anchor.slug}", "single_choice", words.say("first"),
                  words.say("first_expl", title=earliest.title_in(words), label=earliest.label(words),
                            listing=listing(chosen[1:])), chosen, claims)
        q.update(options=options, correct=correct)
        out.append(q)
    return out


# ---------------------------------------------------------------- who was involved


def related_actors(event: _Event, events: dict[str, _Event]) -> list[str]:
    """Actors of events that share an actor with this one, nearest in time first; never its own actors."""
    related = sorted((e for e in events.values() if e.slug != event.slug and set(e.actors) & set(event.actors)),
                     key=lambda e: (abs((e.first - event.first).days), e.slug))
    out: list[str] = []
    for other in related:
        for actor in other.actors:
            if actor not in event.actors and actor not in out:
                out.append(actor)
    return out


def named_in(actor: dict, text: str) -> bool:
    """True when a text names the actor: its name, former name, short code such as 'US', or a word of
    ACTOR_WORDS (a leader, the capital, the adjective)."""
    names = [actor["name"], actor.get("former_name") or "", *ACTOR_WORDS.get(actor.get("id", ""), ())]
    if any(n and re.search(rf"\b{re.escape(n)}n?\b", text, re.I) for n in names):  # 'North Korean' too
        return True
    return bool(actor.get("short")) and re.search(rf"\b{re.escape(actor['short'])}\b", text) is not None


def _names(slugs: Iterable[str], actors: dict[str, dict], when: str, words: Words) -> list[str]:
    return [actor_name_at(words.actor(actors[s]), when) for s in slugs]


def _who(event: _Event, events: dict[str, _Event], actors: dict[str, dict], claims: list[str], seed: int,
         words: Words) -> list[dict]:
    out = []
    # A country the title names would be a giveaway as an answer, and a trap as a distractor (checked in English).
    candidates = [a for a in related_actors(event, events) if not named_in(actors[a], event.title)]
    right = _names(event.actors, actors, event.start, words)
    title, label = event.title_in(words), event.label(words)
    explanation = words.say("who_expl", title=title, label=label, names=words.join(right),
                            summary=event.summary_in(words))
    unnamed = [slug for slug in event.actors if not named_in(actors[slug], event.title)]
    rng = _rng(seed, "who", event.slug)
    n_wrong = min(3, 6 - len(right), len(candidates))
    # "Select all" only when the title names none of the answers; else ask for one it does not name.
    if len(unnamed) == len(event.actors) and len(right) <= 4 and n_wrong >= 2:
        wrong = _names(rng.sample(candidates[: n_wrong + 1], n_wrong), actors, event.start, words)
        options, correct = _shuffled_choice(right, wrong, rng)
        q = _base(f"gen-who-{event.slug}", "multiple_select", words.say("who", title=title, label=label),
                  explanation, [event], claims)
        q.update(options=options, correct=correct)
        out.append(q)
    rng = _rng(seed, "who-one", event.slug)
    if unnamed and len(candidates) >= 3:
        one = actor_name_at(words.actor(actors[rng.choice(unnamed)]), event.start)
        wrong = _names(rng.sample(candidates[:4], 3), actors, event.start, words)
        options, correct = _shuffled_choice([one], wrong, rng)
        q = _base(f"gen-who-one-{event.slug}", "single_choice", words.say("who_one", title=title, label=label),
                  explanation, [event], claims)
        q.update(options=options, correct=correct)
        out.append(q)
    return out


# ---------------------------------------------------------------- entry point


def generate_questions(db: Database, *, event_slugs: Iterable[str], kinds: Iterable[str] | None = None,
                       seed: int = 0, lang: str | None = None) -> list[dict]:
    """Question items generated from events (kinds: "when", "first", "who"); deterministic for a seed.

    With `lang` (zh_CN, ko, ru) the same questions come in that language: its sentences, translated titles
    and country names, and its own way of writing dates."""
    words = Words(lang, db)
    wanted = list(KINDS if kinds is None else kinds)
    unknown = [k for k in wanted if k not in KINDS]
    if unknown:
        raise ValidationError(f"unknown kind of question '{unknown[0]}' (use {', '.join(KINDS)})", "kinds")
    events = _load_events(db)
    slugs = list(dict.fromkeys(event_slugs))
    missing = [s for s in slugs if s not in events]
    if missing:
        raise NotFoundError(f"no event with id '{missing[0]}'")
    actors = _actor_names(db)
    claims_of = _claims_by_event(db)
    preferred = set(slugs)
    out: list[dict] = []
    for slug in slugs:
        event = events[slug]
        claims = claims_of.get(slug, [])
        if "when" in wanted:
            out.extend(_when(event, events, claims, seed, words))
        if "first" in wanted:
            out.extend(_first(event, events, preferred, claims, seed, words))
        if "who" in wanted:
            out.extend(_who(event, events, actors, claims, seed, words))
    return out
