"""Content translation files: resources/content/i18n/<lang>/<kind>.toml (format in resources/content/FORMAT.md).

One table per item, keyed by the item's id, holding the translated text fields and `from`, the hash of the
English each field was made from (written by packaging/content_i18n.py). This module reads and checks
the files and computes the hashes; it touches no database (db.translations stores what it reads).
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from pathlib import Path

from db.errors import ValidationError

LANGUAGES = ("zh_CN", "ko", "ru")
# kind -> the text fields a student or teacher reads, in the order an editor shows them.
FIELDS: dict[str, tuple[str, ...]] = {
    "actor": ("name", "former_name", "summary"),
    "theme": ("name",),
    "era": ("name", "summary"),
    "event": ("title", "summary"),
    "claim": ("text", "note"),
    "relation": ("label", "summary"),
    "module": ("title", "summary"),
    "question": ("prompt", "explanation", "options", "answers", "feedback", "pairs"),
    "story": ("title", "summary"),
    "story_stop": ("chapter", "title", "text", "prompt"),  # a story's stop: slug "<story id>/<stop id>"
    "source": ("title",),
}
LIST_FIELDS = ("options", "answers", "feedback", "pairs")
# Kinds whose translation is optional: a source keeps its original title, a translation only adds one.
OPTIONAL_KINDS = ("source",)
# A list a translation must match item for item (answers may list more alternatives than the English).
SAME_COUNT = ("options", "feedback", "pairs")


def source_hash(value) -> str:
    """A short hash of an English field (text, or a list as JSON): changes whenever the English changes."""
    text = value.strip() if isinstance(value, str) else json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def english_fields(items: list[tuple[str, dict]]) -> dict[tuple[str, str], dict]:
    """(kind, id) -> {field: English value} of the translatable, non-empty fields of content items."""
    out: dict[tuple[str, str], dict] = {}
    for kind, item in items:
        if kind not in FIELDS or not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue
        out[(kind, item["id"])] = _present(kind, item)
        if kind == "story":
            for stop in item.get("stops") or []:
                if isinstance(stop, dict) and isinstance(stop.get("id"), str):
                    out[("story_stop", f"{item['id']}/{stop['id']}")] = _present("story_stop", stop)
    return out


def _present(kind: str, item: dict) -> dict:
    fields = {}
    for name in FIELDS[kind]:
        value = item.get(name)
        if name == "answers" and item.get("type") != "short_answer":
            continue
        if (isinstance(value, str) and value.strip()) or (isinstance(value, list) and value):
            fields[name] = value
    return fields


def check_value(field: str, value) -> str:
    """Why a translated value has the wrong shape for its field ("" when it is fine)."""
    if field == "pairs":
        ok = isinstance(value, list) and all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(s, str) and s.strip() for s in p) for p in value)
        return "" if ok else "must be a list of [left, right] pairs of text"
    if field in LIST_FIELDS:
        ok = isinstance(value, list) and all(isinstance(s, str) and s.strip() for s in value)
        return "" if ok else "must be a list of texts"
    return "" if isinstance(value, str) and value.strip() else "must be text"


def check_against(field: str, value, english) -> str:
    """Why a translation does not fit the English it translates (a list of another length); "" when it fits."""
    if field in SAME_COUNT and isinstance(english, list) and isinstance(value, list) and len(value) != len(english):
        return f"has {len(value)} entries but the English has {len(english)}; give them in the same order"
    return ""


def file_path(folder: Path, lang: str, kind: str) -> Path:
    """Where one language's translations of one kind are kept (a story's stops live in story.toml)."""
    return folder / "i18n" / lang / f"{'story' if kind == 'story_stop' else kind}.toml"


def read_file(path: Path) -> dict[tuple[str, str], dict]:
    """(kind, id) -> {"fields": {field: value}, "from": {field: hash}} of one translation file; checked."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"cannot be read: {exc}", str(path)) from exc
    return parse(text, path.stem, path)


def parse(text: str, kind: str, path: Path) -> dict[tuple[str, str], dict]:
    """The translations of one file's text (`kind` from its name); ValidationError naming `path` when wrong."""
    if kind not in FIELDS or kind == "story_stop":
        raise ValidationError(f"'{path.name}' names no kind of content ({', '.join(k for k in FIELDS if k != 'story_stop')})",
                              str(path))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError(f"not valid TOML: {exc}", str(path)) from exc
    return parse_tables(data, kind, str(path))


def parse_tables(data: dict, kind: str, where: str) -> dict[tuple[str, str], dict]:
    """The translations of one kind given as tables by item id (a TOML file's, or a content pack's JSON)."""
    if kind not in FIELDS or kind == "story_stop":
        raise ValidationError(f"'{kind}' is no kind of content ({', '.join(k for k in FIELDS if k != 'story_stop')})",
                              where)
    if not isinstance(data, dict):
        raise ValidationError("must map item ids to tables of fields", where)
    out: dict[tuple[str, str], dict] = {}
    for slug, table in data.items():
        _entry(where, kind, slug, table, out)
        if kind == "story":
            stops = table.get("stops", {}) if isinstance(table, dict) else {}
            if not isinstance(stops, dict):
                raise ValidationError(f'["{slug}".stops] must be a table of stops by id', where)
            for stop, fields in stops.items():
                _entry(where, "story_stop", f"{slug}/{stop}", fields, out)
    return out


def _entry(path: str, kind: str, slug: str, table, out: dict) -> None:
    where = f'["{slug}"]' if kind != "story_stop" else '["{}".stops."{}"]'.format(*slug.split("/", 1))
    if not isinstance(table, dict):
        raise ValidationError(f"{where} must be a table of fields", path)
    stamps = table.get("from", {})
    if not isinstance(stamps, dict) or not all(isinstance(v, str) for v in stamps.values()):
        raise ValidationError(f"{where}.from must map fields to hashes (written by packaging/content_i18n.py)", path)
    fields = {}
    for name, value in table.items():
        if name == "from" or (kind == "story" and name == "stops"):
            continue
        if name not in FIELDS[kind]:
            raise ValidationError(f"{where} has the unknown field '{name}' (a {kind.replace('_', ' ')} translates "
                                  f"{', '.join(FIELDS[kind])})", path)
        problem = check_value(name, value)
        if problem:
            raise ValidationError(f"{where}.{name} {problem}", path)
        fields[name] = value
    out[(kind, slug)] = {"fields": fields, "from": {k: v for k, v in stamps.items() if k in fields}}


def read_language(folder: Path, lang: str) -> dict[tuple[str, str], dict]:
    """Every translation of one language in a content folder (empty when it has none)."""
    out: dict[tuple[str, str], dict] = {}
    for path in sorted((folder / "i18n" / lang).glob("*.toml")):
        out.update(read_file(path))
    return out


def languages_in(folder: Path) -> list[str]:
    """The languages a content folder holds translations for."""
    base = folder / "i18n"
    return sorted(p.name for p in base.iterdir() if p.is_dir()) if base.is_dir() else []


def translation_files(folder: Path) -> list[Path]:
    """Every translation file of a content folder (for fingerprints and digests)."""
    return sorted((folder / "i18n").glob("*/*.toml"))
