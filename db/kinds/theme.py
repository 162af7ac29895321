"""Themes: the subjects events are tagged with (a filter on the timeline)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.kinds.base import Kind

if TYPE_CHECKING:
    from db.connection import Database


class Theme(Kind):
    """A theme: just a name; events list the themes they belong to."""

    name, table, required = "theme", "themes", "name"
    used_by = (("event_themes", "theme_id", "events"),)

    def row(self, db: Database, item: dict) -> dict:
        return {"name": item["name"].strip()}

    def items(self, db: Database, rows: list[dict], ids: list[int] | None) -> list[dict]:
        return [{"id": r["slug"], "name": r["name"]} for r in rows]
