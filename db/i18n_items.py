"""Whole content items (questions, modules, events …) in a learner's language, for exports and paper.

A thin layer over `db.i18n.localize`: it asks that function first and, for a field it left in English, reads
the translators' file resources/content/i18n/<lang>/<kind>.toml itself (the format is in the helpers'
FORMATS.md). A translated list that does not line up with the English one (another number of options,
feedback or pairs) is ignored, so a right answer's index can never point at another option.
"""

from __future__ import annotations

import copy
import inspect
import tomllib
from pathlib import Path

from db import i18n
from db.errors import ValidationError

# Fields a student or teacher reads, per kind; lists must keep the English count, except `answers`.
FIELDS = {
    "actor": ("name", "former_name", "summary"),
    "theme": ("name",),
    "era": ("name", "summary"),
    "event": ("title", "summary"),
    "claim": ("text", "note"),
    "relation": ("label", "summary"),
    "module": ("title", "summary"),
    "question": ("prompt", "explanation", "options", "answers", "feedback", "pairs"),
    "story": ("title", "summary"),
    "source": ("title",),
}
SAME_LENGTH = ("options", "feedback", "pairs")
_files: dict[tuple[str, float], dict] = {}
# db.i18n.localize as it grows: names only at first; later every field, from the database's translations
# (`db`), with untranslated English marked unless mark=False (exports and paper print it unmarked).
_PARAMETERS = inspect.signature(i18n.localize).parameters


def _table(kind: str, lang: str) -> dict:
    """id → fields from <I18N_DIR>/<lang>/<kind>.toml, re-read when the file changes; {} if there is none."""
    path = Path(i18n.I18N_DIR) / lang / f"{kind}.toml"
    try:
        key = (str(path), path.stat().st_mtime)
    except OSError:
        return {}
    if key not in _files:
        try:
            _files[key] = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as exc:
            raise ValidationError(f"content translations cannot be read: {exc}", str(path)) from exc
    return _files[key]


def _fits(field: str, english, value) -> bool:
    if isinstance(english, list) != isinstance(value, list):
        return False
    if field in SAME_LENGTH:
        return len(english) == len(value)
    if field == "answers":
        return bool(value) and all(isinstance(a, str) and a.strip() for a in value)
    return isinstance(value, str) and bool(value.strip())


def _localize(kind: str, row: dict, lang: str, db) -> dict:
    extra = {key: value for key, value in (("db", db), ("mark", False)) if key in _PARAMETERS}
    return i18n.localize(kind, row, lang, **extra)


def localized(kind: str, item: dict, lang: str | None, db=None) -> dict:
    """A copy of `item` with every text field in `lang` where a translation exists (English elsewhere, unmarked)."""
    if not lang or lang == i18n.SOURCE_LANGUAGE:
        return item
    out = copy.deepcopy(item)
    out.setdefault("slug", item.get("id", ""))
    out = _localize(kind, out, lang, db)
    fields = _table(kind, lang).get(item.get("id") or item.get("slug", ""), {})
    for field in FIELDS.get(kind, ()):
        value = fields.get(field)
        if field not in item or value is None or out.get(field) != item.get(field):
            continue  # no translation, or localize already gave one
        if _fits(field, item[field], value):
            out[field] = [list(p) for p in value] if field == "pairs" else value
    if "slug" not in item:
        out.pop("slug", None)
    return out


def localized_all(kind: str, items: list[dict], lang: str | None, db=None) -> list[dict]:
    """Every item of a list through `localized`."""
    return [localized(kind, item, lang, db) for item in items]
