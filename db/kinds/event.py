"""Events: dated happenings on the timeline, each with its actors, themes and sources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.kinds.base import (
    Kind,
    Pending,
    Problems,
    cites,
    grouped,
    interval,
    interval_fields,
    interval_row,
    link_rows,
    refs,
    save_citations,
    sources,
    whole,
)

if TYPE_CHECKING:
    from db.connection import Database

EVENT_KINDS = ("article", "context", "post-article")


class Event(Kind):
    """An event: title, date or span, importance, where the article tells it; actors and themes linked."""

    name, table, required, order = "event", "events", "title", "start, slug"
    text_fields, int_fields = ("summary",), ("paragraph",)
    spans_time = True
    refers = (("actors", "actor"), ("themes", "theme"), ("sources", "source"))

    def check(self, db: Database, item: dict, problems: Problems, pending: Pending) -> None:
        interval(item, problems)
        sources(db, item, problems, pending)
        if item.get("kind", "context") not in EVENT_KINDS:
            problems.append(("kind", f"must be one of {', '.join(EVENT_KINDS)}"))
        if not whole(item.get("importance", 3), 1, 5):
            problems.append(("importance", "must be a whole number from 1 to 5"))
        if not item.get("actors"):
            problems.append(("actors", "name at least one actor"))
        refs(db, "actors", item.get("actors", []), "actors", problems, pending)
        refs(db, "themes", item.get("themes", []), "themes", problems, pending)

    def row(self, db: Database, item: dict) -> dict:
        return {**interval_row(item), "title": item["title"].strip(), "kind": item.get("kind", "context"),
                "importance": item.get("importance", 3), "paragraph": item.get("paragraph")}

    def save_links(self, db: Database, rid: int, item: dict) -> bool:
        changed = link_rows(db, "event_actors", "event_id", rid, "actors", "actor_id", item.get("actors", []))
        changed |= link_rows(db, "event_themes", "event_id", rid, "themes", "theme_id", item.get("themes", []))
        return save_citations(db, "event_id", rid, item.get("sources", [])) or changed

    def items(self, db: Database, rows: list[dict], ids: list[int] | None) -> list[dict]:
        actors = grouped(db, "SELECT ea.event_id, a.slug FROM event_actors ea JOIN actors a ON a.id = ea.actor_id",
                         "ea.event_id", ids, "a.sort_order")
        themes = grouped(db, "SELECT et.event_id, t.slug FROM event_themes et JOIN themes t ON t.id = et.theme_id",
                         "et.event_id", ids, "t.slug")
        cited = cites(db, "event_id", ids)
        out = []
        for r in rows:
            item = {"id": r["slug"], "title": r["title"], **interval_fields(r), "kind": r["kind"],
                    "importance": r["importance"], "actors": actors.get(r["id"], []),
                    "themes": themes.get(r["id"], [])}
            if r["paragraph"] is not None:
                item["paragraph"] = r["paragraph"]
            item.update(summary=r["summary"], sources=cited.get(r["id"], []))
            out.append(item)
        return out
