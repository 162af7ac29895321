"""Modules: lessons, each an ordered list of questions."""

from __future__ import annotations

from sqlite_utils import Database

from db.kinds.base import Kind, Pending, Problems, grouped, link_rows, refs


class Module(Kind):
    """A module: title, summary, place in the list, and its questions in lesson order."""

    name, table, required, order = "module", "modules", "title", "sort_order, slug"
    unlinks = (("questions", "question"),)
    text_fields, int_fields = ("summary",), ("order",)
    refers = (("questions", "question"),)

    def check(self, db: Database, item: dict, problems: Problems, pending: Pending) -> None:
        refs(db, "questions", item.get("questions", []), "questions", problems, pending)

    def row(self, db: Database, item: dict) -> dict:
        return {"title": item["title"].strip(), "summary": item.get("summary", ""),
                "sort_order": item.get("order", 100)}

    def save_links(self, db: Database, rid: int, item: dict) -> bool:
        return link_rows(db, "module_questions", "module_id", rid, "questions", "question_id",
                         item.get("questions", []), position=True)

    def items(self, db: Database, rows: list[dict], ids: list[int] | None) -> list[dict]:
        questions = grouped(db, "SELECT mq.module_id, q.slug FROM module_questions mq JOIN questions q "
                                "ON q.id = mq.question_id", "mq.module_id", ids, "mq.position",
                            where="q.deleted_at IS NULL")
        return [{"id": r["slug"], "title": r["title"], "summary": r["summary"], "order": r["sort_order"],
                 "questions": questions.get(r["id"], [])} for r in rows]
