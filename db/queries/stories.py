"""Stories as the Story place shows them: the list, and one story's stops with what each stop points at."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from db.content import get_item
from db.i18n import localize, localize_all, text_of
from db.translation_files import FIELDS

if TYPE_CHECKING:
    from db.connection import Database


def story_list(db: Database, lang: str | None = None) -> list[dict]:
    """Every story in list order: slug, title, summary, stops (how many)."""
    rows = db.query("SELECT s.slug, s.title, s.summary, count(st.id) AS stops FROM stories s "
                    "LEFT JOIN story_stops st ON st.story_id = s.id GROUP BY s.id ORDER BY s.sort_order, s.slug")
    return localize_all(db, "story", rows, lang)


def story(db: Database, slug: str, lang: str | None = None, mark: bool = True) -> dict:
    """One story in the file format; each stop also has `claim_info` (slug, paragraph, text, status),
    `event_info` (slug, title, start, end), `chapter_index` (its chapter's place in the contents) and, with a
    check question, its `question_prompt`.

    Texts are in `lang` (None: the content language); untranslated English is marked unless `mark` is False."""
    item = localize("story", get_item(db, "story", slug), lang, db, mark)
    chapters: list[str] = []
    english_chapter = None
    for stop in item["stops"]:
        # Chapters group by the English (consecutive stops sharing it); the contents show its translation.
        if not chapters or english_chapter != stop["chapter"]:
            english_chapter = stop["chapter"]
            chapters.append(None)
        _localize_stop(db, slug, stop, lang, mark)
        if chapters[-1] is None:
            chapters[-1] = stop["chapter"]
        stop["chapter_index"] = len(chapters) - 1
        stop["claim_info"] = localize_all(db, "claim", _rows(db, "SELECT slug, paragraph, text, status FROM claims",
                                                             stop["claims"]), lang, mark)
        stop["event_info"] = localize_all(db, "event", _rows(db, 'SELECT slug, title, start, "end" FROM events',
                                                             stop["events"]), lang, mark)
        if stop.get("question"):
            row = db.execute("SELECT prompt FROM questions WHERE slug = ? AND deleted_at IS NULL",
                             [stop["question"]]).fetchone()
            stop["question_prompt"] = text_of(db, "question", stop["question"], "prompt", row[0], lang,
                                               mark) if row else ""
    item["chapters"] = chapters
    return item


def _localize_stop(db: Database, story_slug: str, stop: dict, lang: str | None, mark: bool) -> None:
    """A stop's texts in the language (its translation is kept as "<story id>/<stop id>")."""
    texts = {field: stop[field] for field in FIELDS["story_stop"] if field in stop}
    stop.update(localize("story_stop", {"slug": f"{story_slug}/{stop['id']}", **texts}, lang, db, mark))
    stop.pop("slug", None)


def _rows(db: Database, select: str, slugs: list[str]) -> list[dict]:
    """Rows of `select` for `slugs`, in the order the stop lists them."""
    found = {r["slug"]: r for r in db.query(f"{select} WHERE slug IN (SELECT value FROM json_each(?))",
                                            [json.dumps(slugs)])}
    return [found[s] for s in slugs if s in found]


def stop_index(item: dict, stop: str | None) -> int:
    """The position of the stop with id `stop` in a story (0 when there is no such stop any more)."""
    ids = [s["id"] for s in item["stops"]]
    return ids.index(stop) if stop in ids else 0


__all__ = ["story_list", "story", "stop_index"]
