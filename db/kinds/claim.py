"""Claims: statements of the article, each with its status (confirmed, contested …) and sources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.kinds.base import Kind, Pending, Problems, cites, grouped, link_rows, refs, save_citations, sources
from db.schema import CLAIM_STATUSES

if TYPE_CHECKING:
    from db.connection import Database


class Claim(Kind):
    """A claim: its text, the paragraph it comes from, its status, the events it is about."""

    name, table, required = "claim", "claims", "text"
    unlinks = (("events", "event"),)
    text_fields, int_fields = ("note",), ("paragraph",)
    refers = (("events", "event"), ("sources", "source"))

    def check(self, db: Database, item: dict, problems: Problems, pending: Pending) -> None:
        if item.get("status") not in CLAIM_STATUSES:
            problems.append(("status", f"must be one of {', '.join(CLAIM_STATUSES)}"))
        para = item.get("paragraph")
        if para is not None and (not isinstance(para, int) or isinstance(para, bool) or para < 1):
            problems.append(("paragraph", "must be a paragraph number"))
        refs(db, "events", item.get("events", []), "events", problems, pending)
        sources(db, item, problems, pending)

    def row(self, db: Database, item: dict) -> dict:
        return {"paragraph": item.get("paragraph"), "text": item["text"].strip(),
                "status": item["status"], "note": item.get("note", "")}

    def save_links(self, db: Database, rid: int, item: dict) -> bool:
        changed = link_rows(db, "claim_events", "claim_id", rid, "events", "event_id", item.get("events", []))
        return save_citations(db, "claim_id", rid, item.get("sources", [])) or changed

    def items(self, db: Database, rows: list[dict], ids: list[int] | None) -> list[dict]:
        events = grouped(db, "SELECT ce.claim_id, e.slug FROM claim_events ce JOIN events e ON e.id = ce.event_id",
                         "ce.claim_id", ids, "e.start, e.slug")
        cited = cites(db, "claim_id", ids)
        out = []
        for r in rows:
            item = {"id": r["slug"], "paragraph": r["paragraph"], "text": r["text"], "status": r["status"],
                    "note": r["note"], "events": events.get(r["id"], []), "sources": cited.get(r["id"], [])}
            if item["paragraph"] is None:
                del item["paragraph"]
            out.append(item)
        return out
