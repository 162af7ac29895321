"""Stories: guided walks through the article, each an ordered list of stops that drive the app."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from db.dates import PartialDate
from db.errors import ValidationError
from db.kinds.base import Kind, Pending, Problems, cite, grouped, ids_of, known_slugs, refs, replace_links, whole

if TYPE_CHECKING:
    from db.connection import Database

# Fields of a stop naming other items: (field, kind, table). `question` is one slug, the rest are lists.
STOP_LINKS = (("events", "event", "events"), ("claims", "claim", "claims"),
              ("relations", "relation", "relations"), ("question", "question", "questions"))
STOP_LISTS = ("paragraphs", "claims", "events", "relations")
STOP_TEXTS = ("chapter", "title", "text", "prompt")
MAX_PARAGRAPH = 1000


def _listed(value) -> list:
    """A stop's link field as a list (the question is one slug or none)."""
    return value if isinstance(value, list) else [value] if value else []


class Story(Kind):
    """A story: title, summary, place in the list, and its stops in order (nested tables, stored one row each)."""

    name, table, required, order = "story", "stories", "title", "sort_order, slug"
    text_fields, int_fields = ("summary",), ("order",)
    unlinks = (("stops", "event"), ("stops", "claim"), ("stops", "relation"), ("stops", "question"))

    def check(self, db: Database, item: dict, problems: Problems, pending: Pending) -> None:
        stops = item.get("stops", [])
        if not isinstance(stops, list) or not all(isinstance(s, dict) for s in stops):
            problems.append(("stops", "must be a list of stops (tables)"))
            return
        seen: set = set()
        for i, stop in enumerate(stops):
            check_stop(db, stop, f"stops[{i}]", problems, pending)
            if stop.get("id") in seen:
                problems.append((f"stops[{i}].id", f"'{stop.get('id')}' is used by an earlier stop"))
            seen.add(stop.get("id"))

    def referred(self, item: dict) -> list[tuple[str, str]]:
        out = []
        for stop in item.get("stops", []):
            for field, kind, _table in STOP_LINKS:
                out.extend((kind, slug) for slug in _listed(stop.get(field)))
            out.extend(("source", c["source"]) for c in stop.get("sources", []))
        return out

    def drops_link(self, item: dict, kind: str, slug: str) -> bool:
        return any(slug in _listed(stop.get(field)) for stop in item.get("stops", [])
                   for field, target, _table in STOP_LINKS if target == kind)

    def row(self, db: Database, item: dict) -> dict:
        return {"title": item["title"].strip(), "summary": item.get("summary", ""),
                "sort_order": item.get("order", 100)}

    def save_links(self, db: Database, rid: int, item: dict) -> bool:
        stops = [_normal(s) for s in item.get("stops", [])]
        before = self.items(db, [{"id": rid, "slug": item["id"], "title": "", "summary": "", "sort_order": 0}],
                            [rid])[0]["stops"]
        if before == stops:
            return False
        db.execute("DELETE FROM story_stops WHERE story_id = ?", [rid])
        for position, stop in enumerate(stops):
            cur = db.execute(
                "INSERT INTO story_stops (story_id, slug, position, chapter, title, text, paragraphs, claims, events, "
                "relations, span_start, span_end, map_date, compare, question, prompt) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [rid, stop["id"], position, stop["chapter"], stop["title"], stop["text"],
                 *(json.dumps(stop[f]) for f in STOP_LISTS), stop["span"][0], stop["span"][1], stop["map_date"],
                 stop.get("compare"), stop.get("question"), stop["prompt"]])
            ids = ids_of(db, "sources", [c["source"] for c in stop["sources"]])
            replace_links(db, "story_stop_sources", "stop_id", cur.lastrowid,
                          [{"stop_id": cur.lastrowid, "source_id": ids[c["source"]], "locator": c.get("locator", ""),
                            "position": n} for n, c in enumerate(stop["sources"])])
        return True

    def before_delete(self, db: Database, kind: str, rid: int) -> list[str]:
        links = [(field, table) for field, target, table in STOP_LINKS if target == kind]
        if not links:
            return []
        field, table = links[0]
        slug = db.execute(f"SELECT slug FROM {table} WHERE id = ?", [rid]).fetchone()[0]
        changed = set()
        for stop_id, story, value in db.execute(
                f"SELECT st.id, s.slug, st.{field} FROM story_stops st JOIN stories s ON s.id = st.story_id").fetchall():
            if field == "question":
                if value == slug:
                    db.execute("UPDATE story_stops SET question = NULL WHERE id = ?", [stop_id])
                    changed.add(story)
            elif slug in json.loads(value):
                kept = [s for s in json.loads(value) if s != slug]
                db.execute(f"UPDATE story_stops SET {field} = ? WHERE id = ?", [json.dumps(kept), stop_id])
                changed.add(story)
        return sorted(changed)

    def items(self, db: Database, rows: list[dict], ids: list[int] | None) -> list[dict]:
        stops = grouped(db, "SELECT st.story_id, st.* FROM story_stops st", "st.story_id", ids, "st.position")
        cols = [d[1] for d in db.execute("PRAGMA table_info(story_stops)").fetchall()]
        stop_ids = [r[0] for rows_ in stops.values() for r in rows_]
        cited = grouped(db, "SELECT ss.stop_id, s.slug, ss.locator FROM story_stop_sources ss "
                            "JOIN sources s ON s.id = ss.source_id", "ss.stop_id", stop_ids, "ss.position")
        out = []
        for r in rows:
            item = {"id": r["slug"], "title": r["title"], "summary": r["summary"], "order": r["sort_order"],
                    "stops": []}
            for values in stops.get(r["id"], []):
                s = dict(zip(cols, values, strict=True))
                stop = {"id": s["slug"], **{f: s[f] for f in STOP_TEXTS},
                        **{f: json.loads(s[f]) for f in STOP_LISTS},
                        "span": [s["span_start"], s["span_end"]], "map_date": s["map_date"],
                        "sources": [cite(src, loc) for src, loc in cited.get(s["id"], [])]}
                if s["compare"]:
                    stop["compare"] = s["compare"]
                if s["question"]:
                    stop["question"] = s["question"]
                item["stops"].append(stop)
            out.append(item)
        return out


def _normal(stop: dict) -> dict:
    """A valid stop with every field present, as `items` reads it back (so a save can tell if anything changed)."""
    out = {"id": stop["id"], **{f: (stop.get(f) or "").strip() if f in ("title", "text") else stop.get(f, "")
                                for f in STOP_TEXTS},
           **{f: list(stop.get(f, [])) for f in STOP_LISTS},
           "span": [str(d) for d in stop["span"]], "map_date": str(stop["map_date"]),
           "sources": [cite(c["source"], c.get("locator", "")) for c in stop.get("sources", [])]}
    if stop.get("compare"):
        out["compare"] = str(stop["compare"])
    if stop.get("question"):
        out["question"] = stop["question"]
    return out


def _date(value, where: str, problems: Problems) -> PartialDate | None:
    """A partial date field, or None with a problem."""
    try:
        return PartialDate.parse(str(value), where)
    except ValidationError as exc:
        problems.extend(exc.problems)
        return None


def check_stop(db: Database, stop: dict, where: str, problems: Problems, pending: Pending) -> None:
    """Append the problems of one stop, each named `stops[i].field`."""
    from db.content import SLUG  # the content module imports the kinds; read its slug pattern late

    if not isinstance(stop.get("id"), str) or not SLUG.fullmatch(stop["id"]):
        problems.append((f"{where}.id", f"'{stop.get('id')}' is not an identifier (lowercase letters, digits and '-')"))
    for field in STOP_TEXTS:
        if field in stop and not isinstance(stop[field], str):
            problems.append((f"{where}.{field}", "must be text"))
    for field in ("title", "text"):
        if not (isinstance(stop.get(field), str) and stop[field].strip()):
            problems.append((f"{where}.{field}", "must not be empty"))
    paragraphs = stop.get("paragraphs", [])
    if not isinstance(paragraphs, list) or not all(whole(p, 1, MAX_PARAGRAPH) for p in paragraphs):
        problems.append((f"{where}.paragraphs", "must be a list of paragraph numbers"))
    for field, _kind, table in STOP_LINKS:
        value = stop.get(field, [] if field != "question" else None)
        if field == "question":
            if value is not None and not isinstance(value, str):
                problems.append((f"{where}.question", "must be one question id"))
            elif value:
                refs(db, table, [value], f"{where}.question", problems, pending)
        else:
            refs(db, table, value, f"{where}.{field}", problems, pending)
    span = stop.get("span")
    first = last = None
    if not (isinstance(span, list) and len(span) == 2):
        problems.append((f"{where}.span", "must be two dates: where the timeline's view starts and ends"))
    else:
        first, last = _date(span[0], f"{where}.span", problems), _date(span[1], f"{where}.span", problems)
        if first and last and last.end_value() < first.start_value():
            problems.append((f"{where}.span", "ends before it starts"))
    if "map_date" not in stop:
        problems.append((f"{where}.map_date", "must not be empty: the map's date at this stop"))
    else:
        _date(stop["map_date"], f"{where}.map_date", problems)
    if stop.get("compare"):
        _date(stop["compare"], f"{where}.compare", problems)
    _check_sources(db, stop, where, problems, pending)
    if first and last and isinstance(stop.get("events"), list):
        _events_in_span(db, stop["events"], first, last, where, problems)


def _check_sources(db: Database, stop: dict, where: str, problems: Problems, pending: Pending) -> None:
    cites = stop.get("sources", [])
    if not isinstance(cites, list) or not all(isinstance(c, dict) and isinstance(c.get("source"), str) for c in cites):
        problems.append((f"{where}.sources", "must be a list of {source, locator}"))
        return
    if any(not isinstance(c.get("locator", ""), str) for c in cites):
        problems.append((f"{where}.sources", "a locator must be text"))
    refs(db, "sources", [c["source"] for c in cites], f"{where}.sources", problems, pending)
    if stop.get("paragraphs") and not cites:
        problems.append((f"{where}.sources", "a stop covering article paragraphs cites the article (¶N)"))


def _events_in_span(db: Database, events: list, first: PartialDate, last: PartialDate, where: str,
                    problems: Problems) -> None:
    """Every saved event of the stop must start inside its span (or the timeline would not show it)."""
    names = [e for e in events if isinstance(e, str)]
    known = known_slugs(db, "events", names)
    for slug, start in db.execute("SELECT slug, start FROM events WHERE slug IN (SELECT value FROM json_each(?))",
                                  [json.dumps(sorted(known))]).fetchall():
        try:
            begins = PartialDate.parse(start)
        except ValidationError:  # a damaged event: its own check names the date
            continue
        if begins.start_value() < first.start_value() or begins.start_value() > last.end_value():
            problems.append((f"{where}.events", f"'{slug}' ({start}) falls outside the span"))
