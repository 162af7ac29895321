"""Relations: how two actors stood to each other over a span of time (the relation map's edges)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.kinds.base import (
    Kind,
    Pending,
    Problems,
    cites,
    id_of,
    interval,
    interval_fields,
    interval_row,
    refs,
    save_citations,
    sources,
    whole,
)

if TYPE_CHECKING:
    from db.connection import Database

RELATION_KINDS = ("alliance", "partnership", "warming", "strained", "rivalry", "hostility", "dependence")
DIRECTIONS = ("", "a->b", "b->a")


class Relation(Kind):
    """A relation: actors a and b, its kind and strength, the events that opened and closed it."""

    name, table, order = "relation", "relations", "relations.start, relations.slug"
    unlinks = (("opened_by", "event"), ("closed_by", "event"))
    text_fields = ("label", "summary")
    spans_time = True
    refers = (("a", "actor"), ("b", "actor"), ("opened_by", "event"), ("closed_by", "event"), ("sources", "source"))

    def check(self, db: Database, item: dict, problems: Problems, pending: Pending) -> None:
        interval(item, problems)
        sources(db, item, problems, pending)
        a, b = item.get("a"), item.get("b")
        for name in ("a", "b"):  # each under its own field, so the editor marks the actor that is wrong
            if item.get(name):
                refs(db, "actors", [item[name]], name, problems, pending)
        if not a or not b:
            problems.append(("a" if not a else "b", "a relation needs two actors"))
        elif a == b:
            problems.append(("b", "a relation needs two different actors"))
        if item.get("kind") not in RELATION_KINDS:
            problems.append(("kind", f"must be one of {', '.join(RELATION_KINDS)}"))
        if not whole(item.get("strength", 3), 1, 5):
            problems.append(("strength", "must be a whole number from 1 to 5"))
        if item.get("direction", "") not in DIRECTIONS:
            problems.append(("direction", "must be '', 'a->b' or 'b->a'"))
        for name in ("opened_by", "closed_by"):
            if item.get(name):
                refs(db, "events", [item[name]], name, problems, pending)

    def row(self, db: Database, item: dict) -> dict:
        return {**interval_row(item), "actor_a": id_of(db, "actors", item["a"]),
                "actor_b": id_of(db, "actors", item["b"]), "kind": item["kind"], "label": item.get("label", ""),
                "strength": item.get("strength", 3), "direction": item.get("direction", ""),
                "opened_by": id_of(db, "events", item.get("opened_by")),
                "closed_by": id_of(db, "events", item.get("closed_by"))}

    def save_links(self, db: Database, rid: int, item: dict) -> bool:
        return save_citations(db, "relation_id", rid, item.get("sources", []))

    def select(self) -> str:
        # The slugs of both actors and of the opening and closing events come with the row.
        return ("SELECT relations.*, aa.slug AS a_slug, ab.slug AS b_slug, eo.slug AS opened_slug, "
                "ec.slug AS closed_slug FROM relations JOIN actors aa ON aa.id = relations.actor_a "
                "JOIN actors ab ON ab.id = relations.actor_b LEFT JOIN events eo ON eo.id = relations.opened_by "
                "LEFT JOIN events ec ON ec.id = relations.closed_by")

    def items(self, db: Database, rows: list[dict], ids: list[int] | None) -> list[dict]:
        cited = cites(db, "relation_id", ids)
        out = []
        for r in rows:
            item = {"id": r["slug"], "a": r["a_slug"], "b": r["b_slug"], "kind": r["kind"],
                    "label": r["label"], "strength": r["strength"], "direction": r["direction"],
                    **interval_fields(r)}
            if r["opened_slug"]:
                item["opened_by"] = r["opened_slug"]
            if r["closed_slug"]:
                item["closed_by"] = r["closed_slug"]
            item.update(summary=r["summary"], sources=cited.get(r["id"], []))
            out.append(item)
        return out
