"""Read-only questions the views ask of the database; no writes anywhere in this package.

Here: lists of content for the views (actors, events, sources …), stats and search. Submodules:
`timeline` (events as columns), `relations` (who stood where at a date), `progress` (a student's),
`classroom` (the class's results).
"""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING

from db.content import QUESTION_PURPOSES, QUESTION_TYPES, TABLES
from db.dates import PartialDate
from db.i18n import SOURCE_LANGUAGE, content_language, date_label, field_texts, localize, localize_all, mark_english, text_of
from db.translations import coverage

if TYPE_CHECKING:
    from db.connection import Database


def stats(db: Database) -> dict:
    """Counts of every kind of item, questions per type and per purpose, events per kind, claims per status, and
    per content language the translated, outdated and missing text fields (and the % translated)."""
    out = {}
    for table in TABLES.values():
        where = " WHERE deleted_at IS NULL" if table == "questions" else ""
        out[table] = db.execute(f"SELECT count(*) FROM {table}{where}").fetchone()[0]
    for table in ("story_stops", "students", "attempts"):
        out[table] = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    counts = dict(db.execute("SELECT type, count(*) FROM questions WHERE deleted_at IS NULL GROUP BY type").fetchall())
    out["question_types"] = {t: counts.get(t, 0) for t in QUESTION_TYPES}
    purposes = dict(db.execute("SELECT purpose, count(*) FROM questions WHERE deleted_at IS NULL GROUP BY purpose"))
    out["questions_by_purpose"] = {p: purposes.get(p, 0) for p in QUESTION_PURPOSES}
    out["events_by_kind"] = dict(db.execute("SELECT kind, count(*) FROM events GROUP BY kind").fetchall())
    out["claims_by_status"] = dict(db.execute("SELECT status, count(*) FROM claims GROUP BY status").fetchall())
    out["translations"] = coverage(db)
    return out


def actors(db: Database, lang: str | None = None) -> list[dict]:
    """Actors in lane order: slug, name, former_name, renamed, short, color (names in the content language)."""
    return localize_all(db, "actor", db.query(
        "SELECT id, slug, name, former_name, renamed, short, color, summary FROM actors ORDER BY sort_order, slug"), lang)


def themes(db: Database, lang: str | None = None) -> list[dict]:
    """Themes by name (names in the content language)."""
    rows = localize_all(db, "theme", db.query("SELECT id, slug, name FROM themes"), lang)
    return sorted(rows, key=lambda r: r["name"])


def eras(db: Database, lang: str | None = None) -> list[dict]:
    """Eras in start order (names in the content language)."""
    return localize_all(db, "era", db.query('SELECT id, slug, name, start, "end", summary FROM eras ORDER BY start, slug'),
                        lang)


def event_rows(db: Database) -> list[dict]:
    """Every event with its actor and theme slugs (lists), for drawing and listing."""
    actors_of: dict[int, list[str]] = {}
    for eid, slug in db.execute("SELECT ea.event_id, a.slug FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
                                "ORDER BY a.sort_order"):
        actors_of.setdefault(eid, []).append(slug)
    themes_of: dict[int, list[str]] = {}
    for eid, slug in db.execute("SELECT et.event_id, t.slug FROM event_themes et JOIN themes t ON t.id = et.theme_id"):
        themes_of.setdefault(eid, []).append(slug)
    rows = []
    for r in db.query('SELECT id, slug, title, start, "end", kind, importance, paragraph, summary FROM events '
                      "ORDER BY start, slug"):
        r["actors"] = actors_of.get(r["id"], [])
        r["themes"] = themes_of.get(r["id"], [])
        r["label"] = date_label(r["start"], r["end"])
        rows.append(r)
    return localize_all(db, "event", rows)


def event_titles(db: Database, slugs: list[str]) -> dict[str, str]:
    """The titles of some events by slug (slugs that name no event are left out)."""
    if not slugs:
        return {}
    rows = db.execute(f"SELECT slug, title FROM events WHERE slug IN ({', '.join('?' for _ in slugs)})",
                      list(slugs)).fetchall()
    translated = field_texts(db, "event", "title")
    return {slug: translated.get(slug) or mark_english(title) for slug, title in rows}


def sources_for(db: Database, column: str, owner_id: int) -> list[dict]:
    """Sources cited by one item (column is event_id, claim_id, relation_id or era_id)."""
    return list(db.query(
        f"SELECT s.slug, s.kind, s.title, s.outlet, s.published, s.url, s.note, s.syndicated, s.original_outlet, "
        f"c.locator FROM citations c "
        f"JOIN sources s ON s.id = c.source_id WHERE c.{column} = ? ORDER BY s.kind = 'external', c.id",
        [owner_id]))


def event_details(db: Database, slug: str) -> dict | None:
    """Everything the details pane shows for one event, or None if there is no such event."""
    rows = list(db.query('SELECT * FROM events WHERE slug = ?', [slug]))
    if not rows:
        return None
    event = localize("event", rows[0], None, db)
    eid = event["id"]
    event["label"] = date_label(event["start"], event["end"])
    event["actors"] = list(db.query(
        "SELECT a.slug, a.name, a.former_name, a.renamed, a.color FROM event_actors ea JOIN actors a "
        "ON a.id = ea.actor_id WHERE ea.event_id = ? ORDER BY a.sort_order", [eid]))
    for actor in event["actors"]:
        localize("actor", actor, None, db)
        actor["display"] = actor_name_at(actor, event["start"])
    event["themes"] = [localize("theme", t, None, db) for t in db.query(
        "SELECT t.slug, t.name FROM event_themes et JOIN themes t ON t.id = et.theme_id WHERE et.event_id = ? "
        "ORDER BY t.name", [eid])]
    event["sources"] = sources_for(db, "event_id", eid)
    event["claims"] = localize_all(db, "claim", db.query(
        "SELECT c.slug, c.paragraph, c.text, c.status, c.note FROM claim_events ce JOIN claims c "
        "ON c.id = ce.claim_id WHERE ce.event_id = ? ORDER BY c.paragraph, c.slug", [eid]))
    related = {}
    for claim in event["claims"]:
        for r in db.query("SELECT e.slug, e.title, e.start, e.\"end\" FROM claim_events ce JOIN claims c ON c.id = "
                          "ce.claim_id JOIN events e ON e.id = ce.event_id WHERE c.slug = ? AND e.id <> ?",
                          [claim["slug"], eid]):
            related[r["slug"]] = r
    for r in db.query("SELECT e.slug, e.title, e.start, e.\"end\" FROM relations rel JOIN events e ON e.id IN "
                      "(rel.opened_by, rel.closed_by) WHERE (rel.opened_by = ? OR rel.closed_by = ?) AND e.id <> ?",
                      [eid, eid, eid]):
        related[r["slug"]] = r
    event["relations"] = localize_all(db, "relation", db.query(
        "SELECT slug, kind, label, start, \"end\", CASE WHEN opened_by = ? THEN 'opened' ELSE 'closed' END AS role "
        "FROM relations WHERE opened_by = ? OR closed_by = ?", [eid, eid, eid]))
    event["related"] = localize_all(db, "event", sorted(related.values(), key=lambda r: r["start"]))
    for r in event["related"]:
        r["label"] = date_label(r["start"], r["end"])
    return event


def landmark_events(db: Database, limit: int = 5) -> list[dict]:
    """The most important events the article itself dates, in date order (a starting point for students)."""
    rows = list(db.query(
        'SELECT slug, title, start, "end" FROM (SELECT * FROM events ORDER BY importance DESC, '
        "kind = 'article' DESC, start DESC LIMIT ?) ORDER BY start", [limit]))
    for r in localize_all(db, "event", rows):
        r["label"] = date_label(r["start"], r["end"])
    return rows


def actor_name_at(actor: dict, iso: str) -> str:
    """An actor's name at a date: 'Soviet Union' before Russia's `renamed` date."""
    if actor.get("former_name") and actor.get("renamed"):
        if PartialDate.parse(iso).first_day() < PartialDate.parse(actor["renamed"]).first_day():
            return actor["former_name"]
    return actor["name"]


def search(db: Database, text: str, limit: int = 50) -> list[dict]:
    """Full-text search over events and claims: kind, slug, title (in the content language). Short queries use
    LIKE. In another language the translations are searched too (translated matches first)."""
    text = text.strip()
    if not text:
        return []
    if len(text) >= 3:
        phrase = '"' + text.replace('"', '""') + '"'
        rows = db.query("SELECT kind, slug, title FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?",
                        [phrase, limit])
    else:
        like = f"%{text}%"
        rows = db.query("SELECT kind, slug, title FROM search_index WHERE title LIKE ? OR body LIKE ? LIMIT ?",
                        [like, like, limit])
    rows = list(rows)
    if content_language() == SOURCE_LANGUAGE:
        return rows
    try:
        found = db.execute("SELECT DISTINCT kind, slug FROM translations WHERE lang = ? AND kind IN ('event', 'claim') "
                           "AND field IN ('title', 'summary', 'text', 'note') AND text LIKE ? LIMIT ?",
                           [content_language(), f"%{text}%", limit]).fetchall()
    except sqlite3.OperationalError:
        found = []
    seen = {(r["kind"], r["slug"]) for r in rows}
    english = {(r["kind"], r["slug"]): r["title"] for r in db.query(
        "SELECT kind, slug, title FROM search_index WHERE (kind, slug) IN "
        "(SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?))",
        [json.dumps([list(k) for k in found])])} if found else {}
    extra = [{"kind": k, "slug": s, "title": english.get((k, s), "")} for k, s in found if (k, s) not in seen]
    out = []
    for r in (extra + rows)[:limit]:
        field = "title" if r["kind"] == "event" else "text"
        out.append({**r, "title": text_of(db, r["kind"], r["slug"], field, r["title"])})
    return out
