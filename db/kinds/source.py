"""Sources: the article and the outside pages every fact cites."""

from __future__ import annotations

from sqlite_utils import Database

from db.kinds.base import Kind, Pending, Problems, date_field

SOURCE_KINDS = ("article", "external")


class Source(Kind):
    """A source: title, outlet, publication date, address; items cite it with a locator."""

    name, table, required = "source", "sources", "title"
    text_fields = ("outlet", "url", "note")
    used_by = (("citations", "source_id", "items"), ("question_sources", "source_id", "questions"))

    def check(self, db: Database, item: dict, problems: Problems, pending: Pending) -> None:
        if item.get("kind", "external") not in SOURCE_KINDS:
            problems.append(("kind", "must be 'article' or 'external'"))
        date_field(item, "published", problems)

    def row(self, db: Database, item: dict) -> dict:
        return {"kind": item.get("kind", "external"), "title": item["title"].strip(),
                "outlet": item.get("outlet", ""), "published": item.get("published") or None,
                "url": item.get("url", ""), "note": item.get("note", "")}

    def items(self, db: Database, rows: list[dict], ids: list[int] | None) -> list[dict]:
        out = []
        for r in rows:
            item = {"id": r["slug"], "kind": r["kind"], "title": r["title"]}
            item.update({k: r[k] for k in ("outlet", "published", "url", "note") if r[k]})
            out.append(item)
        return out
