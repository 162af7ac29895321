"""Content translations in the database: seeded from the shipped files, edited by teachers, counted.

A row translates one field of one item into one language and keeps the hash of the English it was made
from: when the English changes the row is "outdated" (still shown, flagged for the teacher). A teacher's
own version (`edited`) is never overwritten by an update of the shipped translations.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from db.changes import Changes, register_table
from db.connection import write_transaction
from db.content import KIND_ORDER, TABLES, get_item, list_items
from db.errors import NotFoundError, ValidationError
from db.i18n import stored
from db.translation_files import (
    FIELDS,
    LANGUAGES,
    LIST_FIELDS,
    OPTIONAL_KINDS,
    check_against,
    check_value,
    english_fields,
    languages_in,
    read_language,
    source_hash,
)

if TYPE_CHECKING:
    from db.connection import Database

TABLE = "translations"
register_table(TABLE)


def _key(lang: str, kind: str, slug: str) -> str:
    return f"{lang}/{kind}/{slug}"


def _changed(changes: Changes, lang: str, kind: str, slug: str) -> Changes:
    """Record a translation as changed, and its item too: views showing the item read it again."""
    changes.add(TABLE, _key(lang, kind, slug))
    owner_kind, owner = ("story", slug.split("/", 1)[0]) if kind == "story_stop" else (kind, slug)
    if owner_kind in TABLES:
        changes.add(TABLES[owner_kind], owner)
    return changes


def _decode(field: str, text: str):
    return json.loads(text) if field in LIST_FIELDS else text


def _encode(field: str, value) -> str:
    return json.dumps(value, ensure_ascii=False) if field in LIST_FIELDS else value.strip()


def seed_translations(db: Database, folder: Path) -> Changes:
    """Save the translation files of a content folder; a teacher's edited row is left as it is. Idempotent."""
    return save_entries(db, {lang: read_language(folder, lang) for lang in languages_in(folder)})


def save_entries(db: Database, entries: dict[str, dict[tuple[str, str], dict]]) -> Changes:
    """Save read translations (lang -> (kind, id) -> {"fields", "from"}), as shipped: a teacher's edited
    row is left as it is. One transaction; idempotent."""
    rows = []
    for lang, found in entries.items():
        if lang not in LANGUAGES:
            raise ValidationError(f"'{lang}' is not a content language ({', '.join(LANGUAGES)})", "translations")
        for (kind, slug), entry in found.items():
            for field, value in entry["fields"].items():
                rows.append((kind, slug, lang, field, _encode(field, value), entry["from"].get(field, "")))
    changes = Changes()
    if not rows:
        return changes
    with write_transaction(db, "the translations"):
        for kind, slug, lang, field, text, stamp in rows:
            cur = db.execute(
                "INSERT INTO translations (kind, slug, lang, field, text, source_hash) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (kind, slug, lang, field) DO UPDATE SET text = excluded.text, "
                "source_hash = excluded.source_hash WHERE translations.edited = 0 AND "
                "(translations.text <> excluded.text OR translations.source_hash <> excluded.source_hash)",
                [kind, slug, lang, field, text, stamp])
            if cur.rowcount:
                _changed(changes, lang, kind, slug)
    return changes


def english_of(db: Database, kind: str, slug: str) -> dict:
    """The English of an item's translatable fields (a story stop by "<story>/<stop>")."""
    if kind == "story_stop":
        story, stop = slug.split("/", 1)
        return english_fields([("story", get_item(db, "story", story))]).get((kind, slug), {})
    return english_fields([(kind, get_item(db, kind, slug))]).get((kind, slug), {})


def item_translations(db: Database, kind: str, slug: str, lang: str) -> dict[str, dict]:
    """field -> {english, text (None when missing), outdated} for every translatable field of one item."""
    english = english_of(db, kind, slug)
    found = stored(db, kind, slug, lang)
    out = {}
    for field in FIELDS[kind]:
        if field not in english and field not in found:
            continue
        text, stamp = found.get(field, (None, ""))
        out[field] = {"english": english.get(field), "text": text,
                      "outdated": text is not None and bool(stamp) and field in english
                      and stamp != source_hash(english[field])}
    return out


def validate_translation(kind: str, field: str, value, english) -> str:
    """Why a translation cannot be saved ("" when it can): wrong shape, or a list of another length."""
    if kind not in FIELDS or field not in FIELDS[kind]:
        return f"a {kind} has no translatable field '{field}'"
    return check_value(field, value) or check_against(field, value, english)


def save_translation(db: Database, *, kind: str, slug: str, lang: str, field: str, value) -> Changes:
    """Save (or with None / empty text, remove) one translated field; it is stamped with the current English."""
    return save_translations(db, kind=kind, slug=slug, lang=lang, values={field: value})


def save_translations(db: Database, *, kind: str, slug: str, lang: str, values: dict) -> Changes:
    """Save several fields of one item's translation in one transaction (None or empty removes a field);
    each is stamped with the hash of the English it now translates. All or nothing."""
    if lang not in LANGUAGES:
        raise ValidationError(f"'{lang}' is not a content language ({', '.join(LANGUAGES)})", "lang")
    try:
        english = english_of(db, kind, slug)
    except (NotFoundError, KeyError) as exc:
        raise NotFoundError(f"no {kind} with id '{slug}'") from exc
    problems = [(f"{lang} {field}", problem) for field, value in values.items() if not _empty(value)
                for problem in [validate_translation(kind, field, value, english.get(field))] if problem]
    if problems:
        raise ValidationError(problems if len(problems) > 1 else f"{problems[0][0]} {problems[0][1]}",
                              f"{kind} '{slug}'")
    with write_transaction(db, "the translation"):
        for field, value in values.items():
            if _empty(value):
                db.execute("DELETE FROM translations WHERE kind = ? AND slug = ? AND lang = ? AND field = ?",
                           [kind, slug, lang, field])
                continue
            stamp = source_hash(english[field]) if field in english else ""
            db.execute("INSERT INTO translations (kind, slug, lang, field, text, source_hash, edited) "
                       "VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT (kind, slug, lang, field) DO UPDATE SET "
                       "text = excluded.text, source_hash = excluded.source_hash, edited = 1",
                       [kind, slug, lang, field, _encode(field, value), stamp])
    return _changed(Changes(), lang, kind, slug)


def _empty(value) -> bool:
    return value is None or (isinstance(value, str | list) and not (value.strip() if isinstance(value, str) else value))


def translation_rows(db: Database, kind: str, slug: str, lang: str) -> list[dict]:
    """The stored rows of one item's translation, exactly (for undo: `restore_translation_rows`)."""
    return list(db.query("SELECT field, text, source_hash, edited FROM translations WHERE kind = ? AND slug = ? "
                         "AND lang = ? ORDER BY field", [kind, slug, lang]))


def restore_translation_rows(db: Database, *, kind: str, slug: str, lang: str, rows: list[dict]) -> Changes:
    """Put one item's translation back as `translation_rows` read it (stamps and all), in one transaction."""
    with write_transaction(db, "the translation"):
        db.execute("DELETE FROM translations WHERE kind = ? AND slug = ? AND lang = ?", [kind, slug, lang])
        for r in rows:
            db.execute("INSERT INTO translations (kind, slug, lang, field, text, source_hash, edited) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)",
                       [kind, slug, lang, r["field"], r["text"], r["source_hash"], r["edited"]])
    return _changed(Changes(), lang, kind, slug)


def _english_everywhere(db: Database) -> dict[tuple[str, str], dict]:
    return english_fields([(kind, item) for kind in KIND_ORDER if kind in FIELDS and kind not in OPTIONAL_KINDS
                           for item in list_items(db, kind)])


def status(english: dict[tuple[str, str], dict], hashes: dict[tuple[str, str, str], str]) -> dict[str, list]:
    """Fields as "translated", "outdated" or "missing" ((kind, id, field) lists), given the English and the
    stored hashes ((kind, id, field) -> hash; '' counts as current)."""
    out: dict[str, list] = {"translated": [], "outdated": [], "missing": []}
    for (kind, slug), fields in english.items():
        for field, value in fields.items():
            stamp = hashes.get((kind, slug, field))
            state = "missing" if stamp is None else "outdated" if stamp and stamp != source_hash(value) else "translated"
            out[state].append((kind, slug, field))
    return out


def item_states(db: Database, lang: str) -> dict[tuple[str, str], set[str]]:
    """(kind, id) -> {"missing", "outdated"} (either or both) for items not fully and currently translated."""
    found = status(_english_everywhere(db), _hashes(db, lang))
    out: dict[tuple[str, str], set[str]] = {}
    for state in ("outdated", "missing"):
        for kind, slug, _field in found[state]:
            out.setdefault((kind, slug), set()).add(state)
    return out


def _hashes(db: Database, lang: str) -> dict[tuple[str, str, str], str]:
    try:
        rows = db.execute("SELECT kind, slug, field, source_hash FROM translations WHERE lang = ?", [lang])
        return {(k, s, f): h for k, s, f, h in rows.fetchall()}
    except sqlite3.OperationalError:
        return {}


def coverage(db: Database) -> dict[str, dict]:
    """lang -> {fields, translated, outdated, missing, percent}: how much of the content each language covers."""
    english = _english_everywhere(db)
    total = sum(len(fields) for fields in english.values())
    out = {}
    for lang in LANGUAGES:
        counts = {state: len(rows) for state, rows in status(english, _hashes(db, lang)).items()}
        out[lang] = {"fields": total, **counts,
                     "percent": round(100 * counts["translated"] / total, 1) if total else 100.0}
    return out


def export_tables(db: Database, wanted: dict[str, set[str]] | None = None) -> dict[str, dict[str, dict]]:
    """lang -> kind -> {id: {field: value, "from": {field: hash}}}: the translations as a content pack holds
    them (the TOML files' shape); `wanted` (kind -> ids) limits them to the items a pack carries."""
    out: dict[str, dict[str, dict]] = {}
    for kind, slug, lang, field, text, stamp in db.execute(
            "SELECT kind, slug, lang, field, text, source_hash FROM translations ORDER BY lang, kind, slug, field"):
        owner = slug.split("/", 1)[0] if kind == "story_stop" else slug
        if wanted is not None and owner not in wanted.get("story" if kind == "story_stop" else kind, ()):
            continue
        if kind == "story_stop":
            story, stop = slug.split("/", 1)
            table = out.setdefault(lang, {}).setdefault("story", {}).setdefault(story, {}).setdefault("stops", {})
            table = table.setdefault(stop, {})
        else:
            table = out.setdefault(lang, {}).setdefault(kind, {}).setdefault(slug, {})
        table[field] = _decode(field, text)
        if stamp:
            table.setdefault("from", {})[field] = stamp
    return out


def translation_problems(db: Database) -> list[str]:
    """Translations that no longer fit their English (a list of another length): one line each."""
    english = _english_everywhere(db)
    out = []
    for kind, slug, lang, field, text in db.execute(
            "SELECT kind, slug, lang, field, text FROM translations ORDER BY kind, slug, lang, field"):
        if kind in OPTIONAL_KINDS:
            continue
        if (kind, slug) not in english:
            continue  # a deleted item's translation stays for an undo (never shown): not a problem
        problem = check_against(field, _decode(field, text), english[(kind, slug)].get(field))
        if problem:
            out.append(f"translation {lang} {kind} '{slug}'.{field} {problem} (the English shows until it is fixed)")
    return out
