"""Modules: lessons, each an ordered list of questions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.kinds.base import Kind, Pending, Problems, grouped, link_rows, refs

if TYPE_CHECKING:
    from db.connection import Database


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

    def before_delete(self, db: Database, kind: str, rid: int) -> list[str]:
        if kind != "question":
            return []
        # A question is hidden, not deleted, so no foreign key takes it out of the modules.
        slugs = [s for (s,) in db.execute("SELECT DISTINCT m.slug FROM module_questions mq JOIN modules m "
                                          "ON m.id = mq.module_id WHERE mq.question_id = ?", [rid]).fetchall()]
        db.execute("DELETE FROM module_questions WHERE question_id = ?", [rid])
        return slugs

    def items(self, db: Database, rows: list[dict], ids: list[int] | None) -> list[dict]:
        questions = grouped(db, "SELECT mq.module_id, q.slug FROM module_questions mq JOIN questions q "
                                "ON q.id = mq.question_id", "mq.module_id", ids, "mq.position",
                            where="q.deleted_at IS NULL")
        return [{"id": r["slug"], "title": r["title"], "summary": r["summary"], "order": r["sort_order"],
                 "questions": questions.get(r["id"], [])} for r in rows]
