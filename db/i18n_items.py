"""Whole content items (questions, modules, events …) in a learner's language, for exports and paper.

A thin layer over `db.i18n.localize` (the database's translations, English unmarked): for a field it left in
English, the translators' file resources/content/i18n/<lang>/<kind>.toml is read too (db.translation_files).
A translated list that does not line up with the English one (another number of options, feedback or pairs)
is ignored, so a right answer's index can never point at another option.
"""

from __future__ import annotations

import copy
from pathlib import Path

from db import i18n
from db.translation_files import FIELDS, SAME_COUNT, read_file

_files: dict[tuple[str, float], dict] = {}


def _table(kind: str, lang: str) -> dict:
    """id → fields from <I18N_DIR>/<lang>/<kind>.toml (read and checked by db.translation_files), re-read when
    the file changes; {} if there is none."""
    path = Path(i18n.I18N_DIR) / lang / f"{kind}.toml"
    try:
        key = (str(path), path.stat().st_mtime)
    except OSError:
        return {}
    if key not in _files:
        _files[key] = {slug: entry["fields"] for (k, slug), entry in read_file(path).items() if k == kind}
    return _files[key]


def _fits(field: str, english, value) -> bool:
    if isinstance(english, list) != isinstance(value, list):
        return False
    if field in SAME_COUNT:
        return len(english) == len(value)
    if field == "answers":
        return bool(value) and all(isinstance(a, str) and a.strip() for a in value)
    return isinstance(value, str) and bool(value.strip())


def localized(kind: str, item: dict, lang: str | None, db=None) -> dict:
    """A copy of `item` with every text field in `lang` where a translation exists (English elsewhere, unmarked)."""
    if not lang or lang == i18n.SOURCE_LANGUAGE:
        return item
    out = copy.deepcopy(item)
    out.setdefault("slug", item.get("id", ""))
    out = i18n.localize(kind, out, lang, db=db, mark=False)
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
