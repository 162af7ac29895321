"""Names of content (actors, themes, eras) in the learner's language, from resources/content/i18n/LANG.toml.

The interface sets the language once (`set_content_language`); queries that return names then give the
translated name where one exists and the English one otherwise. Stored content is never changed.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from db.errors import ValidationError

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "content" / "i18n"
SOURCE_LANGUAGE = "en"
FIELDS = ("name", "former_name")
_language = SOURCE_LANGUAGE


def set_content_language(lang: str) -> None:
    """Use this language for content names from now on ("en" for the stored names)."""
    global _language
    _language = lang or SOURCE_LANGUAGE


def content_language() -> str:
    """The language content names are given in."""
    return _language


def available_languages() -> list[str]:
    """Languages that have a names file."""
    return sorted(p.stem for p in I18N_DIR.glob("*.toml"))


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
