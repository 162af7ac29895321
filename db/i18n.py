"""Content in the learner's language: translated fields of any item, and dates written the local way.

The interface sets the language once (`set_content_language`); queries then give each item's fields in
that language (`localize`): the translation kept in the database (`translations`, seeded from
resources/content/i18n/<lang>/<kind>.toml), or, where there is none, the English with a visible marker
("[영어] …") so a student knows the text was not translated. Stored content is never changed.
"""

from __future__ import annotations

import json
import sqlite3
from functools import cache
from pathlib import Path

from db.dates import MONTHS, PartialDate, label_range
from db.errors import ValidationError
from db.translation_files import FIELDS, LIST_FIELDS, SAME_COUNT, read_language

CONTENT_DIR = Path(__file__).resolve().parent.parent / "resources" / "content"
I18N_DIR = CONTENT_DIR / "i18n"
SOURCE_LANGUAGE = "en"
_language = SOURCE_LANGUAGE
# Put before English text shown in place of a missing translation (so it never passes for a translation).
ENGLISH_MARK = {"zh_CN": "[英文] ", "ko": "[영어] ", "ru": "[англ.] "}
# Fields never marked: a question's marked prompt says it is in English, and its options, pairs and answers
# are what the student's answer is matched against (a short answer accepts the English answers too); a
# source keeps its original title anyway.
_UNMARKED = {("question", "answers"), ("question", "options"), ("question", "pairs"), ("question", "feedback"),
             ("source", "title")}


def set_content_language(lang: str) -> None:
    """Use this language for content from now on ("en" for the stored English)."""
    global _language
    _language = lang or SOURCE_LANGUAGE


def content_language() -> str:
    """The language content is shown in now."""
    return _language


@cache
def shipped(lang: str) -> dict[tuple[str, str], dict]:
    """(kind, id) -> {field: text} of the translation files that ship with the app (no database at hand)."""
    if lang == SOURCE_LANGUAGE:
        return {}
    return {key: entry["fields"] for key, entry in read_language(CONTENT_DIR, lang).items()}


def mark_english(value, lang: str | None = None):
    """English text (or a list of texts) shown for a missing translation, with the language's marker."""
    mark = ENGLISH_MARK.get(lang or _language, "")
    if not mark:
        return value
    if isinstance(value, list):
        return [mark_english(v, lang) for v in value]
    return value if not isinstance(value, str) or value.startswith(mark) else mark + value


def stored(db, kind: str, slug: str, lang: str) -> dict[str, tuple[object, str]]:
    """field -> (translated value, hash of the English it was made from) of one item in one language."""
    try:
        rows = db.execute("SELECT field, text, source_hash FROM translations WHERE kind = ? AND slug = ? AND lang = ?",
                          [kind, slug, lang]).fetchall()
    except sqlite3.OperationalError:
        return {}  # a database opened without its migrations (read-only, older): shown in English
    return {field: (json.loads(text) if field in LIST_FIELDS else text, stamp) for field, text, stamp in rows}


def localize(kind: str, row: dict, lang: str | None = None, db=None, mark: bool = True) -> dict:
    """The row with its text fields in the content language (by row['slug'] or row['id']); changed in place.

    With `db` the database's translations (a teacher's edits too) are used, else the shipped files. A field
    without a translation keeps its English, marked (unless `mark` is False). A short answer's accepted
    answers are the translated ones followed by the English ones."""
    lang = lang or _language
    if lang == SOURCE_LANGUAGE or kind not in FIELDS:
        return row
    slug = row.get("slug") or row.get("id") or ""
    if db is not None:
        found = {field: value for field, (value, _stamp) in stored(db, kind, slug, lang).items()}
    else:
        found = shipped(lang).get((kind, slug), {})
    return _apply(kind, row, found, lang, mark)


def _apply(kind: str, row: dict, found: dict, lang: str, mark: bool) -> dict:
    for field in FIELDS[kind]:
        if field not in row or not row[field]:
            continue
        if field == "answers":
            row[field] = list(dict.fromkeys(list(found.get(field, [])) + list(row[field])))
        elif field in found and field in SAME_COUNT and len(found[field]) != len(row[field]):
            # The English gained or lost an option since: a list of another length would show the wrong
            # options and grade against the wrong index, so the English shows until it is translated again.
            row[field] = mark_english(row[field], lang) if mark and (kind, field) not in _UNMARKED else row[field]
            if mark and kind == "question" and isinstance(row.get("prompt"), str):
                row["prompt"] = mark_english(row["prompt"], lang)
        elif field in found:
            row[field] = found[field]
        elif mark and (kind, field) not in _UNMARKED:
            row[field] = mark_english(row[field], lang)
    return row


def field_texts(db, kind: str, field: str, lang: str | None = None) -> dict[str, object]:
    """slug -> translated value of one field of every item of a kind (one query, for long lists)."""
    lang = lang or _language
    if lang == SOURCE_LANGUAGE:
        return {}
    try:
        rows = db.execute("SELECT slug, text FROM translations WHERE kind = ? AND field = ? AND lang = ?",
                          [kind, field, lang]).fetchall()
    except sqlite3.OperationalError:
        return {}
    return {slug: json.loads(text) if field in LIST_FIELDS else text for slug, text in rows}


def text_of(db, kind: str, slug: str, field: str, english, lang: str | None = None, mark: bool = True):
    """One field of one item in the content language (the English, marked unless `mark` is False, where it is not
    translated)."""
    lang = lang or _language
    if lang == SOURCE_LANGUAGE or not english:
        return english
    found = stored(db, kind, slug, lang)
    return found[field][0] if field in found else mark_english(english, lang) if mark else english


def texts_of(db, kind: str, field: str, lang: str | None = None, mark: bool = True):
    """`text_of` for many items of a kind: a function (slug, english) -> the field in the content language, with the
    translations read in one query."""
    lang = lang or _language
    found = field_texts(db, kind, field, lang)

    def text(slug: str, english):
        if lang == SOURCE_LANGUAGE or not english:
            return english
        return found[slug] if slug in found else mark_english(english, lang) if mark else english

    return text


def localize_all(db, kind: str, rows, lang: str | None = None, mark: bool = True) -> list[dict]:
    """`localize` for many rows of one kind at once, with the database's translations read in one query."""
    rows = list(rows)
    lang = lang or _language
    if lang == SOURCE_LANGUAGE or kind not in FIELDS or not rows:
        return rows
    wanted = {r.get("slug") or r.get("id") or "" for r in rows}
    by_slug: dict[str, dict] = {}
    try:
        if len(wanted) <= 50:
            found = db.execute("SELECT slug, field, text FROM translations WHERE kind = ? AND lang = ? AND slug IN "
                               "(SELECT value FROM json_each(?))", [kind, lang, json.dumps(sorted(wanted))]).fetchall()
        else:
            found = db.execute("SELECT slug, field, text FROM translations WHERE kind = ? AND lang = ?",
                               [kind, lang]).fetchall()
    except sqlite3.OperationalError:
        found = []
    for slug, field, text in found:
        by_slug.setdefault(slug, {})[field] = json.loads(text) if field in LIST_FIELDS else text
    return [_apply(kind, r, by_slug.get(r.get("slug") or r.get("id") or "", {}), lang, mark) for r in rows]


RU_MONTHS = ("", "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
             "ноябрь", "декабрь")
RU_MONTHS_OF = ("", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                "ноября", "декабря")


def _label(year: int, month: int | None, day: int | None, lang: str) -> str:
    if lang == "zh_CN":
        return f"{year}年" + (f"{month}月" if month else "") + (f"{day}日" if day else "")
    if lang == "ko":
        return f"{year}년" + (f" {month}월" if month else "") + (f" {day}일" if day else "")
    if lang == "ru":
        if day:
            return f"{day} {RU_MONTHS_OF[month]} {year} г."
        return (f"{RU_MONTHS[month]} {year} г." if month else f"{year} г.")
    return ""


def date_label(start: str, end: str | None = None, lang: str | None = None) -> str:
    """A partial date or span in the content language, never more precise than stored: '2024年6月', 'июнь 2024 г.'."""
    lang = lang or _language
    if lang not in ("zh_CN", "ko", "ru"):
        return label_range(start, end)
    a = PartialDate.parse(start)
    first = _label(a.year, a.month, a.day, lang)
    if not end:
        return first
    b = PartialDate.parse(end)
    if a.day and b.day and (a.year, a.month) == (b.year, b.month):
        same = {"zh_CN": f"{a.year}年{a.month}月{a.day}日至{b.day}日", "ko": f"{a.year}년 {a.month}월 {a.day}~{b.day}일",
                "ru": f"{a.day}–{b.day} {RU_MONTHS_OF[a.month]} {a.year} г."}
        return same[lang]
    last = _label(b.year, b.month, b.day, lang)
    return f"{first}—{last}" if lang == "zh_CN" else f"{first} ~ {last}" if lang == "ko" else f"{first} – {last}"


UNTIL_TODAY = {"en": "{0} – today", "zh_CN": "{0}至今", "ko": "{0} ~ 현재", "ru": "{0} – по сей день"}


def interval_label(start: str, end: str | None = None, lang: str | None = None) -> str:
    """A relation's interval in the content language; with no end it runs to today: 'June 2024 – today'."""
    if end:
        return date_label(start, end, lang)
    lang = lang or _language
    return UNTIL_TODAY.get(lang, UNTIL_TODAY["en"]).format(date_label(start, None, lang))


def published_label(published, lang: str | None = None) -> str:
    """A source's publication date in the content language, or as stored when it is not a partial date."""
    try:
        return date_label(str(published), None, lang)
    except ValidationError:
        return str(published)


def month_label(year: int, month: int, lang: str | None = None) -> str:
    """A month of a year in the content language: 'July 2024', '2024年7月', '2024년 7월', 'июль 2024 г.'."""
    return date_label(f"{year:04d}-{month:02d}", None, lang)


def month_names(lang: str | None = None) -> list[str]:
    """The twelve month names in the content language (for lists where a student picks a month)."""
    lang = lang or _language
    if lang == "zh_CN":
        return [f"{m}月" for m in range(1, 13)]
    if lang == "ko":
        return [f"{m}월" for m in range(1, 13)]
    if lang == "ru":
        return [n.capitalize() for n in RU_MONTHS[1:]]
    return list(MONTHS[1:])


def cjk_date(year: int, month: int, day: int | None = None, lang: str | None = None) -> str | None:
    """A month or day written the Chinese or Korean way ('2024年6月', '2024년 6월 18일'); None for other languages."""
    lang = lang or _language
    if lang not in ("zh_CN", "ko"):
        return None
    return _label(year, month, day, lang)
