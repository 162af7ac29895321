"""Sources: the article and the outside pages every fact cites."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.kinds.base import Kind, Pending, Problems, date_field

if TYPE_CHECKING:
    from db.connection import Database

SOURCE_KINDS = ("article", "external")


class Source(Kind):
    """A source: title, outlet, publication date, address; items cite it with a locator."""

    name, table, required = "source", "sources", "title"
    text_fields = ("outlet", "url", "note")
    used_by = (("citations", "source_id", "items"), ("question_sources", "source_id", "questions"),
               ("story_stop_sources", "source_id", "story stops"))

    def check(self, db: Database, item: dict, problems: Problems, pending: Pending) -> None:
        if item.get("kind", "external") not in SOURCE_KINDS:
            problems.append(("kind", "must be 'article' or 'external'"))
        date_field(item, "published", problems)
        _syndication(item, problems)

    def row(self, db: Database, item: dict) -> dict:
        return {"kind": item.get("kind", "external"), "title": item["title"].strip(),
                "outlet": item.get("outlet", ""), "published": item.get("published") or None,
                "url": item.get("url", ""), "note": item.get("note", ""),
                "syndicated": int(bool(item.get("syndicated"))),
                "original_outlet": (item.get("original_outlet") or "").strip()}

    def items(self, db: Database, rows: list[dict], ids: list[int] | None) -> list[dict]:
        out = []
        for r in rows:
            item = {"id": r["slug"], "kind": r["kind"], "title": r["title"]}
            item.update({k: r[k] for k in ("outlet", "published", "url", "note") if r[k]})
            if r["syndicated"]:
                item["syndicated"] = True
            if r["original_outlet"]:
                item["original_outlet"] = r["original_outlet"]
            out.append(item)
        return out


def _syndication(item: dict, problems: Problems) -> None:
    """A source's optional `syndicated` flag (a copy through an aggregator) and its `original_outlet`."""
    syndicated = item.get("syndicated", False)
    if not isinstance(syndicated, bool):
        problems.append(("syndicated", "must be true or false"))
    original = item.get("original_outlet", "")
    if not isinstance(original, str):
        problems.append(("original_outlet", "must be text"))
    elif original.strip() and syndicated is False:
        problems.append(("original_outlet", "only a syndicated copy names an original outlet; set syndicated = true"))
