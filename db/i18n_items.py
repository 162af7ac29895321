"""Whole content items (questions, modules, events …) in a learner's language, for exports and paper.

A thin layer over `db.i18n.localize` (the database's translations, or the shipped files without a database;
English unmarked). A translated list that does not line up with the English one (another number of options,
feedback or pairs) is not used, so a right answer's index can never point at another option.
"""

from __future__ import annotations

import copy

from db import i18n


def localized(kind: str, item: dict, lang: str | None, db=None) -> dict:
    """A copy of `item` with every text field in `lang` where a translation exists (English elsewhere, unmarked).

    With `db`, the database's translations only: they are the shipped ones plus the school's edits, so a
    translation a teacher deleted stays deleted on paper too. A short answer accepts the translated answers and
    the English ones."""
    if not lang or lang == i18n.SOURCE_LANGUAGE:
        return item
    out = copy.deepcopy(item)
    out.setdefault("slug", item.get("id", ""))
    out = i18n.localize(kind, out, lang, db=db, mark=False)
    if "slug" not in item:
        out.pop("slug", None)
    return out


def localized_all(kind: str, items: list[dict], lang: str | None, db=None) -> list[dict]:
    """Every item of a list through `localized`."""
    return [localized(kind, item, lang, db) for item in items]
