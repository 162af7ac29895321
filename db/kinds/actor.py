"""Actors: the states and people on the timeline's lanes and the relation map's nodes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from db.kinds.base import Kind, Pending, Problems, date_field

if TYPE_CHECKING:
    from db.connection import Database

COLOR = re.compile(r"#[0-9a-fA-F]{6}")


class Actor(Kind):
    """An actor: name, short label, colour, lane order; events and relations name it."""

    name, table, required, order = "actor", "actors", "name", "sort_order, slug"
    text_fields, int_fields = ("short", "summary"), ("order",)
    used_by = (("event_actors", "actor_id", "events"), ("relations", "actor_a", "relations"),
               ("relations", "actor_b", "relations"))

    def check(self, db: Database, item: dict, problems: Problems, pending: Pending) -> None:
        if item.get("color") and not COLOR.fullmatch(str(item["color"])):
            problems.append(("color", "must be a colour like #1f5fa8"))
        date_field(item, "renamed", problems)
        if item.get("former_name") is not None and not isinstance(item["former_name"], str):
            problems.append(("former_name", "must be text"))

    def row(self, db: Database, item: dict) -> dict:
        return {"name": item["name"].strip(), "former_name": item.get("former_name") or None,
                "renamed": item.get("renamed") or None, "short": item.get("short", ""),
                "color": item.get("color", "#555555"), "sort_order": item.get("order", 100),
                "summary": item.get("summary", "")}

    def items(self, db: Database, rows: list[dict], ids: list[int] | None) -> list[dict]:
        out = []
        for r in rows:
            item = {"id": r["slug"], "name": r["name"], "short": r["short"], "color": r["color"],
                    "order": r["sort_order"], "summary": r["summary"]}
            if r["former_name"]:
                item["former_name"] = r["former_name"]
            if r["renamed"]:
                item["renamed"] = r["renamed"]
            out.append(item)
        return out
