"""Eras: named spans of time drawn behind the timeline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.kinds.base import Kind, Pending, Problems, cites, interval, interval_fields, interval_row, save_citations, sources

if TYPE_CHECKING:
    from db.connection import Database


class Era(Kind):
    """An era: a name over a span of time, with its sources."""

    name, table, required, order = "era", "eras", "name", "start, slug"
    text_fields = ("summary",)
    spans_time = True
    refers = (("sources", "source"),)

    def check(self, db: Database, item: dict, problems: Problems, pending: Pending) -> None:
        interval(item, problems)
        sources(db, item, problems, pending)

    def row(self, db: Database, item: dict) -> dict:
        return {**interval_row(item), "name": item["name"].strip()}

    def save_links(self, db: Database, rid: int, item: dict) -> bool:
        return save_citations(db, "era_id", rid, item.get("sources", []))

    def items(self, db: Database, rows: list[dict], ids: list[int] | None) -> list[dict]:
        cited = cites(db, "era_id", ids)
        return [{"id": r["slug"], "name": r["name"], **interval_fields(r), "summary": r["summary"],
                 "sources": cited.get(r["id"], [])} for r in rows]
