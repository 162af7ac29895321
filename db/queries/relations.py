"""Questions about relations between actors: what held at a date, a pair's history, two dates compared.

Pure queries (no Qt, no writes). A date is anything `as_day` accepts: a partial ISO text (a year or a
month means its first day), fractional years (as the app's current date), or a `datetime.date`.
A relation holds on a day from the first day of its start to the last day of its end (inclusive);
an empty end means it still holds.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from db.dates import PartialDate, years_to_date
from db.i18n import date_label, interval_label, localize_all, texts_of

if TYPE_CHECKING:
    from db.connection import Database

OPEN_END = dt.date(9999, 12, 31)
# Per pair: what a comparison of two dates found.
APPEARED, ENDED, CHANGED_KIND, CHANGED_TERMS, UNCHANGED = "appeared", "ended", "changed kind", "changed terms", "unchanged"

_QUERY = """
SELECT r.id, r.slug, r.kind, r.label, r.strength, r.direction, r.start, r."end", r.summary,
       a.slug AS a, b.slug AS b, oe.slug AS opened_by, oe.title AS opened_title, oe.start AS opened_start,
       oe."end" AS opened_end, ce.slug AS closed_by, ce.title AS closed_title, ce.start AS closed_start,
       ce."end" AS closed_end
FROM relations r
JOIN actors a ON a.id = r.actor_a
JOIN actors b ON b.id = r.actor_b
LEFT JOIN events oe ON oe.id = r.opened_by
LEFT JOIN events ce ON ce.id = r.closed_by
ORDER BY r.start, r.slug
"""


def as_day(when: str | float | dt.date) -> dt.date:
    """The calendar day meant by a partial ISO text, a fractional year or a date."""
    if isinstance(when, dt.date):
        return when
    if isinstance(when, int | float):
        return years_to_date(float(when))
    return PartialDate.parse(when).first_day()


def pair_key(a: str, b: str) -> tuple[str, str]:
    """An unordered pair of actor slugs as a sorted tuple (the same key for a-b and b-a)."""
    return (a, b) if a <= b else (b, a)


def actors_by_slug(db: Database) -> dict[str, dict]:
    """Every actor by slug, with its name, former name, renaming date, short code, colour and order."""
    return {r["slug"]: r for r in localize_all(db, "actor", db.query(
        "SELECT slug, name, former_name, renamed, short, color, sort_order FROM actors ORDER BY sort_order, slug"))}


def actor_name_on(actor: dict, day: dt.date) -> str:
    """An actor's name on a day: its former name (e.g. 'Soviet Union') before it was renamed."""
    if actor.get("former_name") and actor.get("renamed") and day < PartialDate.parse(actor["renamed"]).first_day():
        return actor["former_name"]
    return actor["name"]


def all_relations(db: Database) -> list[dict]:
    """Every relation in start order, with actor slugs, event slugs and titles, date label and day bounds."""
    out = []
    title = texts_of(db, "event", "title")   # one query for the events' titles, not two per relation
    for r in localize_all(db, "relation", db.query(_QUERY)):
        for role in ("opened", "closed"):
            r[f"{role}_title"] = title(r[f"{role}_by"], r[f"{role}_title"])
        r["first_day"] = PartialDate.parse(r["start"]).first_day()
        r["last_day"] = PartialDate.parse(r["end"]).last_day() if r["end"] else OPEN_END
        r["dates"] = interval_label(r["start"], r["end"])      # in the content language
        r["pair"] = pair_key(r["a"], r["b"])
        for role in ("opened", "closed"):
            start, end = r.pop(f"{role}_start"), r.pop(f"{role}_end")
            r[f"{role}_date"] = date_label(start, end) if start else ""
        out.append(r)
    return out


def holds_on(relation: dict, day: dt.date) -> bool:
    """True when a relation (from `all_relations`) holds on a day."""
    return relation["first_day"] <= day <= relation["last_day"]


def relations_at(db: Database, when: str | float | dt.date, rows: list[dict] | None = None) -> list[dict]:
    """Relations that hold at a date, with both actors' names as they were then (pass `rows` to reuse a load).

    `pair_label` names the pair in actor order ('China – North Korea'), whichever way round it was entered.
    """
    day = as_day(when)
    actors = actors_by_slug(db)
    out = []
    for r in rows if rows is not None else all_relations(db):
        if holds_on(r, day):
            out.append(_named(r, actors, day))
    return out


def _named(relation: dict, actors: dict[str, dict], day: dt.date) -> dict:
    r = dict(relation)
    r["a_name"] = actor_name_on(actors[r["a"]], day) if r["a"] in actors else r["a"]
    r["b_name"] = actor_name_on(actors[r["b"]], day) if r["b"] in actors else r["b"]
    rank = {slug: (a.get("sort_order", 100), slug) for slug, a in actors.items()}
    first_a = rank.get(r["a"], (100, r["a"])) <= rank.get(r["b"], (100, r["b"]))
    r["pair_label"] = f"{r['a_name']} – {r['b_name']}" if first_a else f"{r['b_name']} – {r['a_name']}"
    return r


def pair_history(db: Database, a: str, b: str, rows: list[dict] | None = None) -> list[dict]:
    """Every relation of one pair (either order) in start order, names as at each relation's start, with sources."""
    from db.queries import sources_for

    key = pair_key(a, b)
    actors = actors_by_slug(db)
    out = []
    for r in rows if rows is not None else all_relations(db):
        if r["pair"] == key:
            named = _named(r, actors, r["first_day"])
            named["sources"] = sources_for(db, "relation_id", r["id"])
            named["claims"] = _event_claims(db, [r["opened_by"], r["closed_by"]])
            out.append(named)
    return out


def _event_claims(db: Database, events: list[str | None]) -> list[dict]:
    """What the article claims about the events that opened or closed a relation: slug, paragraph, text, status."""
    slugs = [e for e in events if e]
    if not slugs:
        return []
    marks = ", ".join("?" for _ in slugs)
    return localize_all(db, "claim", db.query(
        "SELECT DISTINCT c.slug, c.paragraph, c.text, c.status, c.note FROM claim_events ce "
        f"JOIN claims c ON c.id = ce.claim_id JOIN events e ON e.id = ce.event_id WHERE e.slug IN ({marks}) "
        "ORDER BY c.paragraph, c.slug", slugs))


def actor_relations(db: Database, slug: str, when: str | float | dt.date | None = None,
                    rows: list[dict] | None = None) -> list[dict]:
    """An actor's relations (at a date, or all of them over time), each with `other` = the other actor's slug."""
    day = as_day(when) if when is not None else None
    actors = actors_by_slug(db)
    out = []
    for r in rows if rows is not None else all_relations(db):
        if slug not in (r["a"], r["b"]) or (day is not None and not holds_on(r, day)):
            continue
        named = _named(r, actors, day or r["first_day"])
        named["other"] = r["b"] if r["a"] == slug else r["a"]
        named["other_name"] = named["b_name"] if r["a"] == slug else named["a_name"]
        out.append(named)
    return out


def compare(db: Database, first: str | float | dt.date, second: str | float | dt.date,
            rows: list[dict] | None = None) -> list[dict]:
    """Per actor pair with a relation at either date: what held at each and what changed between them.

    Each entry: pair, a_name, b_name (as at the second date), before, after (relation lists), appeared
    and ended (relations only at the second / only at the first date), and status: appeared (the pair had
    no relation before), ended (none after), changed kind (the set of kinds differs), changed terms (same
    kinds, different relations) or unchanged. Sorted with changes first, then by actor order.
    """
    rows = rows if rows is not None else all_relations(db)
    actors = actors_by_slug(db)
    before = relations_at(db, first, rows)
    after = relations_at(db, second, rows)
    day = as_day(second)
    pairs: dict[tuple[str, str], dict] = {}
    for side, rels in (("before", before), ("after", after)):
        for r in rels:
            entry = pairs.setdefault(r["pair"], {"pair": r["pair"], "before": [], "after": []})
            entry[side].append(r)
    order = {slug: i for i, slug in enumerate(actors)}
    out = []
    for key, entry in pairs.items():
        a, b = key if order.get(key[0], 99) <= order.get(key[1], 99) else (key[1], key[0])
        entry["pair"] = (a, b)
        entry["a_name"] = actor_name_on(actors[a], day) if a in actors else a
        entry["b_name"] = actor_name_on(actors[b], day) if b in actors else b
        slugs_before = {r["slug"] for r in entry["before"]}
        slugs_after = {r["slug"] for r in entry["after"]}
        entry["appeared"] = [r for r in entry["after"] if r["slug"] not in slugs_before]
        entry["ended"] = [r for r in entry["before"] if r["slug"] not in slugs_after]
        entry["status"] = _status(entry)
        out.append(entry)
    rank = {APPEARED: 1, ENDED: 1, CHANGED_KIND: 0, CHANGED_TERMS: 2, UNCHANGED: 3}
    out.sort(key=lambda e: (rank[e["status"]], order.get(e["pair"][0], 99), order.get(e["pair"][1], 99)))
    return out


def _status(entry: dict) -> str:
    if not entry["before"]:
        return APPEARED
    if not entry["after"]:
        return ENDED
    if {r["kind"] for r in entry["before"]} != {r["kind"] for r in entry["after"]}:
        return CHANGED_KIND
    if entry["appeared"] or entry["ended"]:
        return CHANGED_TERMS
    return UNCHANGED


def event_start(db: Database, slug: str) -> str | None:
    """An event's start (partial ISO), or None if there is no such event."""
    row = db.execute("SELECT start FROM events WHERE slug = ?", [slug]).fetchone()
    return row[0] if row else None
