"""The schema, as numbered migrations (sqlite-utils `Migrations`); never edit a shipped step."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "trilemma"
# The steps in order. They are handed to sqlite-utils' Migrations when a database is upgraded (see migration_set);
# reading which steps a database has applied needs no sqlite-utils, so opening an up-to-date one does not import it.
STEPS: list[tuple[str, Callable[[Database], None]]] = []


def step(name: str) -> Callable:
    """Decorator: the next migration step, under its permanent name."""

    def register(fn: Callable[[Database], None]) -> Callable[[Database], None]:
        STEPS.append((name, fn))
        return fn

    return register


@functools.cache
def migration_set() -> Migrations:
    """Every step as sqlite-utils' `Migrations` (which applies them and records each in its table)."""
    from sqlite_utils.migrations import Migrations

    steps = Migrations(MIGRATION_SET)
    for name, fn in STEPS:
        steps(name=name)(fn)
    return steps


def applied_steps(db) -> list[str]:
    """Names of the steps recorded in a database, in the order they were applied: what `migration_set().applied`
    reads, from the table sqlite-utils' Migrations keeps (its `migrations_table`)."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'").fetchone() is None:
        return []
    rows = db.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET])
    return [row[0] for row in rows]


@step("m001_content")
def m001_content(db: Database) -> None:
    """Actors, themes, sources, events, eras, relations, claims and their citations."""
    _run_script(
        db,
        """
        CREATE TABLE actors (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            former_name TEXT,
            renamed TEXT,
            short TEXT NOT NULL DEFAULT '',
            color TEXT NOT NULL DEFAULT '#555555',
            sort_order INTEGER NOT NULL DEFAULT 100,
            summary TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE themes (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL
        );
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL DEFAULT 'external' CHECK (kind IN ('article', 'external')),
            title TEXT NOT NULL,
            outlet TEXT NOT NULL DEFAULT '',
            published TEXT,
            url TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            start TEXT NOT NULL,
            start_precision TEXT NOT NULL CHECK (start_precision IN ('year', 'month', 'day')),
            "end" TEXT,
            end_precision TEXT CHECK (end_precision IN ('year', 'month', 'day')),
            kind TEXT NOT NULL DEFAULT 'context' CHECK (kind IN ('article', 'context', 'post-article')),
            importance INTEGER NOT NULL DEFAULT 3 CHECK (importance BETWEEN 1 AND 5),
            paragraph INTEGER,
            summary TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX events_start ON events(start);
        CREATE TABLE event_actors (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE RESTRICT,
            PRIMARY KEY (event_id, actor_id)
        );
        CREATE INDEX event_actors_actor ON event_actors(actor_id);
        CREATE TABLE event_themes (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE RESTRICT,
            PRIMARY KEY (event_id, theme_id)
        );
        CREATE TABLE eras (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            start TEXT NOT NULL,
            start_precision TEXT NOT NULL,
            "end" TEXT,
            end_precision TEXT,
            summary TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE relations (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            actor_a INTEGER NOT NULL REFERENCES actors(id) ON DELETE RESTRICT,
            actor_b INTEGER NOT NULL REFERENCES actors(id) ON DELETE RESTRICT,
            kind TEXT NOT NULL CHECK (kind IN ('alliance', 'partnership', 'warming', 'strained',
                                               'rivalry', 'hostility', 'dependence')),
            label TEXT NOT NULL DEFAULT '',
            strength INTEGER NOT NULL DEFAULT 3 CHECK (strength BETWEEN 1 AND 5),
            direction TEXT NOT NULL DEFAULT '' CHECK (direction IN ('', 'a->b', 'b->a')),
            start TEXT NOT NULL,
            start_precision TEXT NOT NULL,
            "end" TEXT,
            end_precision TEXT,
            opened_by INTEGER REFERENCES events(id) ON DELETE SET NULL,
            closed_by INTEGER REFERENCES events(id) ON DELETE SET NULL,
            summary TEXT NOT NULL DEFAULT '',
            CHECK (actor_a <> actor_b)
        );
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            paragraph INTEGER,
            text TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('confirmed', 'contested', 'outdated', 'opinion')),
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE claim_events (
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            PRIMARY KEY (claim_id, event_id)
        );
        CREATE INDEX claim_events_event ON claim_events(event_id);
        -- One row per (item, source): exactly one item column is set.
        CREATE TABLE citations (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
            event_id INTEGER REFERENCES events(id) ON DELETE CASCADE,
            claim_id INTEGER REFERENCES claims(id) ON DELETE CASCADE,
            relation_id INTEGER REFERENCES relations(id) ON DELETE CASCADE,
            era_id INTEGER REFERENCES eras(id) ON DELETE CASCADE,
            locator TEXT NOT NULL DEFAULT '',
            CHECK ((event_id IS NOT NULL) + (claim_id IS NOT NULL)
                   + (relation_id IS NOT NULL) + (era_id IS NOT NULL) = 1)
        );
        CREATE INDEX citations_event ON citations(event_id);
        CREATE INDEX citations_claim ON citations(claim_id);
        CREATE INDEX citations_relation ON citations(relation_id);
        CREATE INDEX citations_era ON citations(era_id);
        """
    )


@step("m002_learning")
def m002_learning(db: Database) -> None:
    """Questions, modules, students, quiz sessions, attempts and spaced-review state."""
    _run_script(
        db,
        """
        CREATE TABLE questions (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL CHECK (type IN ('single_choice', 'multiple_select', 'true_false',
                'order', 'match', 'place_on_timeline', 'short_answer', 'numeric_year')),
            prompt TEXT NOT NULL,
            data TEXT NOT NULL DEFAULT '{}',
            explanation TEXT NOT NULL DEFAULT '',
            generated INTEGER NOT NULL DEFAULT 0,
            version INTEGER NOT NULL DEFAULT 1,
            deleted_at TEXT
        );
        CREATE TABLE question_claims (
            question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            PRIMARY KEY (question_id, claim_id)
        );
        CREATE TABLE question_events (
            question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            PRIMARY KEY (question_id, event_id)
        );
        CREATE TABLE question_sources (
            question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
            locator TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (question_id, source_id)
        );
        CREATE TABLE modules (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 100
        );
        CREATE TABLE module_questions (
            module_id INTEGER NOT NULL REFERENCES modules(id) ON DELETE CASCADE,
            question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (module_id, question_id)
        );
        CREATE TABLE students (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            pseudonym TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL
        );
        CREATE TABLE quiz_sessions (
            id INTEGER PRIMARY KEY,
            student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
            module_id INTEGER REFERENCES modules(id) ON DELETE SET NULL,
            mode TEXT NOT NULL DEFAULT 'module' CHECK (mode IN ('module', 'review')),
            question_ids TEXT NOT NULL DEFAULT '[]',
            position INTEGER NOT NULL DEFAULT 0,
            started_at TEXT NOT NULL,
            finished_at TEXT
        );
        -- Attempts keep question_id even when a question is edited (version and snapshot
        -- record what the student saw); questions are soft-deleted so history survives.
        CREATE TABLE attempts (
            id INTEGER PRIMARY KEY,
            student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
            question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE RESTRICT,
            session_id INTEGER REFERENCES quiz_sessions(id) ON DELETE SET NULL,
            question_version INTEGER NOT NULL DEFAULT 1,
            question_snapshot TEXT NOT NULL DEFAULT '{}',
            answer TEXT NOT NULL,
            correct INTEGER NOT NULL,
            score REAL NOT NULL CHECK (score BETWEEN 0 AND 1),
            doubt INTEGER NOT NULL DEFAULT 0,
            answered_at TEXT NOT NULL
        );
        CREATE INDEX attempts_student ON attempts(student_id, answered_at);
        CREATE INDEX attempts_question ON attempts(question_id);
        CREATE TABLE reviews (
            student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
            question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            card TEXT NOT NULL,
            due TEXT NOT NULL,
            PRIMARY KEY (student_id, question_id)
        );
        CREATE INDEX reviews_due ON reviews(student_id, due);
        """
    )


@step("m003_settings_search")
def m003_settings_search(db: Database) -> None:
    """Settings (teacher PIN hash, record store), the xAPI outbox, and full-text search."""
    _run_script(
        db,
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE xapi_outbox (
            id INTEGER PRIMARY KEY,
            attempt_id INTEGER REFERENCES attempts(id) ON DELETE SET NULL,
            statement TEXT NOT NULL,
            created_at TEXT NOT NULL,
            sent_at TEXT
        );
        -- trigram finds substrings in any script (CJK has no spaces); queries shorter than
        -- three characters fall back to LIKE in db.queries.search.
        CREATE VIRTUAL TABLE search_index USING fts5(
            kind UNINDEXED, slug UNINDEXED, title, body, tokenize = 'trigram'
        );
        CREATE TRIGGER events_ai AFTER INSERT ON events BEGIN
            INSERT INTO search_index(kind, slug, title, body)
            VALUES ('event', new.slug, new.title, new.summary);
        END;
        CREATE TRIGGER events_ad AFTER DELETE ON events BEGIN
            DELETE FROM search_index WHERE kind = 'event' AND slug = old.slug;
        END;
        CREATE TRIGGER events_au AFTER UPDATE ON events BEGIN
            DELETE FROM search_index WHERE kind = 'event' AND slug = old.slug;
            INSERT INTO search_index(kind, slug, title, body)
            VALUES ('event', new.slug, new.title, new.summary);
        END;
        CREATE TRIGGER claims_ai AFTER INSERT ON claims BEGIN
            INSERT INTO search_index(kind, slug, title, body)
            VALUES ('claim', new.slug, new.text, new.note);
        END;
        CREATE TRIGGER claims_ad AFTER DELETE ON claims BEGIN
            DELETE FROM search_index WHERE kind = 'claim' AND slug = old.slug;
        END;
        CREATE TRIGGER claims_au AFTER UPDATE ON claims BEGIN
            DELETE FROM search_index WHERE kind = 'claim' AND slug = old.slug;
            INSERT INTO search_index(kind, slug, title, body)
            VALUES ('claim', new.slug, new.text, new.note);
        END;
        INSERT INTO search_index(kind, slug, title, body)
            SELECT 'event', slug, title, summary FROM events;
        INSERT INTO search_index(kind, slug, title, body)
            SELECT 'claim', slug, text, note FROM claims;
        """
    )


CLAIM_STATUSES = ("confirmed", "contested", "outdated", "opinion", "incorrect", "unverified", "forecast",
                  "stated-position")
QUESTION_PURPOSES = ("recall", "reasoning", "perspective", "source")
_OLD_CLAIM_CHECK = "CHECK (status IN ('confirmed', 'contested', 'outdated', 'opinion'))"


@step("m004_teaching")
def m004_teaching(db: Database) -> None:
    """More claim statuses, a question's purpose, syndicated sources, and the option order an attempt showed."""
    statuses = ", ".join(f"'{s}'" for s in CLAIM_STATUSES)
    _widen_check(db, "claims", _OLD_CLAIM_CHECK, f"CHECK (status IN ({statuses}))")
    purposes = ", ".join(f"'{p}'" for p in QUESTION_PURPOSES)
    _run_script(
        db,
        f"""
        ALTER TABLE questions ADD COLUMN purpose TEXT NOT NULL DEFAULT 'recall' CHECK (purpose IN ({purposes}));
        ALTER TABLE sources ADD COLUMN syndicated INTEGER NOT NULL DEFAULT 0 CHECK (syndicated IN (0, 1));
        ALTER TABLE sources ADD COLUMN original_outlet TEXT NOT NULL DEFAULT '';
        -- The order the student saw the options in (JSON: original indexes, or right-hand sides for
        -- match); NULL for attempts made before shuffling, which saw the stored order.
        ALTER TABLE attempts ADD COLUMN shown_order TEXT;
        """,
    )


@step("m005_stories")
def m005_stories(db: Database) -> None:
    """Stories (guided walks through the article), their ordered stops, and where each student left off."""
    _run_script(
        db,
        """
        CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 100
        );
        -- A stop's references are slug lists (JSON): a delete of what they name takes the slug out
        -- (db.kinds.story.Story.before_delete), as a module lets go of a hidden question.
        CREATE TABLE story_stops (
            id INTEGER PRIMARY KEY,
            story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            slug TEXT NOT NULL,
            position INTEGER NOT NULL,
            chapter TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            paragraphs TEXT NOT NULL DEFAULT '[]',
            claims TEXT NOT NULL DEFAULT '[]',
            events TEXT NOT NULL DEFAULT '[]',
            relations TEXT NOT NULL DEFAULT '[]',
            span_start TEXT NOT NULL,
            span_end TEXT NOT NULL,
            map_date TEXT NOT NULL,
            compare TEXT,
            question TEXT,
            prompt TEXT NOT NULL DEFAULT '',
            UNIQUE (story_id, slug)
        );
        CREATE INDEX story_stops_story ON story_stops(story_id, position);
        CREATE TABLE story_stop_sources (
            stop_id INTEGER NOT NULL REFERENCES story_stops(id) ON DELETE CASCADE,
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
            locator TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL
        );
        CREATE INDEX story_stop_sources_source ON story_stop_sources(source_id);
        -- Resume: the stop (by its slug, which survives edits) each student last looked at.
        CREATE TABLE story_progress (
            student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
            story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            stop TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (student_id, story_id)
        );
        """,
    )


@step("m006_translations")
def m006_translations(db: Database) -> None:
    """Content translations: one row per (item, field, language), with a hash of the English it was made from."""
    _run_script(
        db,
        """
        -- `text` is JSON for list fields (options, answers, feedback, pairs); `source_hash` is the hash of
        -- the English the translation was made from ('' when unknown); `edited` marks a teacher's own
        -- version, which an update of the shipped translations leaves alone.
        CREATE TABLE translations (
            kind TEXT NOT NULL,
            slug TEXT NOT NULL,
            lang TEXT NOT NULL,
            field TEXT NOT NULL,
            text TEXT NOT NULL,
            source_hash TEXT NOT NULL DEFAULT '',
            edited INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)),
            PRIMARY KEY (kind, slug, lang, field)
        );
        CREATE INDEX translations_lang ON translations(lang, kind);
        """,
    )


def _widen_check(db: Database, table: str, old: str, new: str) -> None:
    """Replace a CHECK constraint by a looser one in place (SQLite's documented writable_schema procedure).

    Rebuilding the table instead would cascade-delete its citations and links (foreign keys are on and
    cannot be turned off inside the migration's transaction). Only valid when every existing row
    satisfies `new`, which holds when `new` accepts a superset of `old`."""
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()[0]
    if old not in sql:
        raise ValueError(f"migration: the {table} table has no constraint {old}")
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    db.execute("PRAGMA writable_schema = ON")
    try:
        db.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", [sql.replace(old, new), table])
        db.execute(f"PRAGMA schema_version = {version + 1}")
    finally:
        db.execute("PRAGMA writable_schema = OFF")


def _run_script(db: Database, script: str) -> None:
    """Run SQL statements one by one (executescript would commit the migration's transaction)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement[:60]}")


def known_steps() -> list[str]:
    """Names of every migration step this version of Trilemma knows, in order."""
    return [name for name, _fn in STEPS]


SCHEMA_VERSION = len(known_steps())
