"""Names of content (actors, themes, eras) in the learner's language, from resources/content/i18n/LANG.toml.

The interface sets the language once (`set_content_language`); queries that return names then give the
translated name where one exists and the English one otherwise. Stored content is never changed.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from db.dates import MONTHS, PartialDate, label_range
from db.errors import ValidationError

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "content" / "i18n"
SOURCE_LANGUAGE = "en"
FIELDS = ("name", "former_name")
_language = SOURCE_LANGUAGE


def set_content_language(lang: str) -> None:
    """Use this language for content names from now on ("en" for the stored names)."""
    global _language
    _language = lang or SOURCE_LANGUAGE


@cache
def names(lang: str) -> dict[str, dict[str, dict[str, str]]]:
    """kind → content id → {field: translated text} for one language (empty for English or no file)."""
    path = I18N_DIR / f"{lang}.toml"
    if lang == SOURCE_LANGUAGE or not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"content names cannot be read: {exc}", str(path)) from exc
    for kind, entries in data.items():
        for slug, fields in entries.items():
            unknown = set(fields) - set(FIELDS)
            if unknown:
                raise ValidationError(f"[{kind}.{slug}] has unknown fields {sorted(unknown)}", str(path))
    return data


def localize(kind: str, row: dict, lang: str | None = None) -> dict:
    """The row with its name fields translated (by row['slug']); the row is changed in place and returned."""
    table = names(lang or _language).get(kind, {})
    fields = table.get(row.get("slug", ""), {})
    for key, value in fields.items():
        if key in row and row[key]:
            row[key] = value
    return row


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
