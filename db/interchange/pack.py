"""Content packs: one zip file with manifest.json and content.json (see docs/pack-format.md).

A pack holds content only (actors … modules), never students' data. Import merges by stable id and
is one transaction; a pack that is hostile, damaged or from a newer format is refused unread. Text is
stored as written: text that looks like markup is kept and always shown as text, as everywhere.
"""

from __future__ import annotations

import gc
import io
import json
import re
import zipfile
import zlib
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from db import progress
from db.changes import Changes
from db.content import KIND_ORDER, TABLES, get_item, list_items
from db.errors import NotFoundError, ValidationError
from db.interchange.common import FormatError, ImportPreview, Items, apply_items, preview_items
from db.kinds import REGISTRY
from db.plural import counted
from db.translation_files import LANGUAGES, parse_tables
from db.translations import export_tables, save_entries

if TYPE_CHECKING:
    from db.connection import Database

FORMAT_NAME = "trilemma-pack"
FORMAT_VERSION = 2  # 2: an optional translations.json (a pack without it is still written as version 1)
MEMBERS = ("manifest.json", "content.json")
OPTIONAL_MEMBERS = ("translations.json",)
# Limits against zip bombs: far above any real pack (the whole seeded content is well under 1 MB).
MAX_MEMBERS = 8
MAX_TOTAL_BYTES = 64 * 1024 * 1024
MAX_RATIO = 100
MAX_PACK_BYTES = 64 * 1024 * 1024


def _closure(db: Database, module: str) -> dict[str, set[str]]:
    """The ids a module needs: its questions and everything they refer to, transitively."""
    need: dict[str, set[str]] = {kind: set() for kind in KIND_ORDER}
    todo = [("module", module)]
    while todo:
        kind, slug = todo.pop()
        if slug in need[kind]:
            continue
        need[kind].add(slug)
        todo.extend(REGISTRY[kind].referred(get_item(db, kind, slug)))
    return need


def pack_content(db: Database, *, module: str | None = None) -> dict[str, list[dict]]:
    """The content a pack holds: every item per kind, or only what one module needs."""
    if module is None:
        return {kind: list_items(db, kind) for kind in KIND_ORDER}
    try:
        need = _closure(db, module)
    except NotFoundError as exc:
        raise FormatError(str(exc), "--module") from exc
    return {kind: [i for i in list_items(db, kind) if i["id"] in need[kind]] for kind in KIND_ORDER}


def write_pack(db: Database, path: str | Path, *, title: str = "", author: str = "",
               module: str | None = None) -> dict:
    """Write a content pack to `path`; return its manifest."""
    content = pack_content(db, module=module)
    content = {k: v for k, v in content.items() if v}
    translations = export_tables(db, None if module is None else {k: {i["id"] for i in v} for k, v in content.items()})
    manifest = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION if translations else 1,
        "title": title or (f"Trilemma module {module}" if module else "Trilemma content"),
        "author": author,
        "created": datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "counts": {kind: len(items) for kind, items in content.items()},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
        zf.writestr("content.json", json.dumps(content, ensure_ascii=False, indent=1) + "\n")
        if translations:
            zf.writestr("translations.json", json.dumps(translations, ensure_ascii=False, indent=1) + "\n")
    Path(path).write_bytes(buffer.getvalue())
    return manifest


# ---------------------------------------------------------------- reading, defensively


def _check_member_name(name: str) -> None:
    pure = PurePosixPath(name.replace("\\", "/"))
    if name.startswith(("/", "\\")) or ".." in pure.parts or (len(name) > 1 and name[1] == ":"):
        raise FormatError(f"the member '{name}' points outside the pack's folder; the pack was not opened")


def _read_members(data: bytes) -> dict[str, bytes]:
    """The pack's members, after checking names, count, sizes and compression ratios."""
    if len(data) > MAX_PACK_BYTES:
        raise FormatError(f"the file is larger than {MAX_PACK_BYTES // 1024 // 1024} MB")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, NotImplementedError, ValueError, EOFError, OSError, zlib.error) as exc:
        raise FormatError("not a content pack (it is not a zip file, or it is truncated)") from exc
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise FormatError(f"the pack has {len(infos)} members; a pack has at most {MAX_MEMBERS}")
        names = [info.filename for info in infos]
        for name in names:
            if names.count(name) > 1:
                raise FormatError(f"the member '{name}' appears twice; the pack was not opened")
        total = 0
        for info in infos:
            _check_member_name(info.filename)
            total += info.file_size
            if info.file_size > MAX_TOTAL_BYTES or total > MAX_TOTAL_BYTES:
                raise FormatError(f"'{info.filename}' would unpack to more than "
                                  f"{MAX_TOTAL_BYTES // 1024 // 1024} MB (a zip bomb?); the pack was not opened")
            if info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > 1_000_000:
                raise FormatError(f"'{info.filename}' is compressed {info.file_size // info.compress_size} to 1 "
                                  f"(a zip bomb?); the pack was not opened")
        for info in infos:
            if info.filename not in MEMBERS + OPTIONAL_MEMBERS:
                raise FormatError(f"unexpected member '{info.filename}'; a pack holds only "
                                  f"{', '.join(MEMBERS)} and optionally {', '.join(OPTIONAL_MEMBERS)}")
        members: dict[str, bytes] = {}
        for name in MEMBERS + tuple(n for n in OPTIONAL_MEMBERS if n in zf.namelist()):
            if name not in zf.namelist():
                raise FormatError(f"{name} is missing")
            try:
                with zf.open(name) as handle:
                    # Never trust the declared size: read at most the limit, plus one byte to notice more.
                    body = handle.read(MAX_TOTAL_BYTES + 1)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error, NotImplementedError,
                    RuntimeError) as exc:  # RuntimeError: an encrypted member
                raise FormatError(f"cannot be unpacked ({exc}); the pack is damaged", name) from exc
            if len(body) > MAX_TOTAL_BYTES:
                raise FormatError("unpacks to more than it declared (a zip bomb?)", name)
            members[name] = body
    return members


_SPACE = re.compile(r"[ \t\n\r]*")


def _loads_in_pieces(text: str):
    """json.loads for an object of arrays (content.json), one array element per decoder call.

    One call over 40 MB holds the interpreter for a second; element by element, a pack read on a worker
    thread leaves the window's thread free to answer, and the reading reports progress. Anything else
    than an object of arrays, and any error, goes to json.loads itself: the same result and the same
    message (line and column) as before."""
    # Hundreds of thousands of new objects would set off full garbage collections, each holding the
    # interpreter longer as the heap grows (250 ms and more at 50,000 events): none while decoding.
    collecting = gc.isenabled()
    gc.disable()
    try:
        try:
            result = _pieces(text)
        except json.JSONDecodeError:
            result = None
        return json.loads(text) if result is None else result
    finally:
        if collecting:
            gc.enable()


def _pieces(text: str) -> dict | None:
    """The object of arrays read element by element; None when the text is not one (json.loads decides)."""
    decoder = json.JSONDecoder()
    end = len(text)

    def skip(i: int) -> int:
        return _SPACE.match(text, i).end()

    i = skip(0)
    if not text.startswith("{", i):
        return None
    result: dict = {}
    i = skip(i + 1)
    if text.startswith("}", i):
        return None
    while True:
        if not text.startswith('"', i):
            return None
        key, i = decoder.raw_decode(text, i)
        i = skip(i)
        if not text.startswith(":", i):
            return None
        i = skip(i + 1)
        if not text.startswith("[", i):
            return None
        values: list = []
        i = skip(i + 1)
        if text.startswith("]", i):
            i += 1
        else:
            while True:
                value, i = decoder.raw_decode(text, i)
                values.append(value)
                progress.step("opening", i, end)
                i = skip(i)
                if text.startswith(",", i):
                    i = skip(i + 1)
                elif text.startswith("]", i):
                    i += 1
                    break
                else:
                    return None
        result[key] = values
        i = skip(i)
        if text.startswith(",", i):
            i = skip(i + 1)
        elif text.startswith("}", i) and skip(i + 1) == end:
            return result
        else:
            return None


def _json(name: str, body: bytes):
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FormatError(f"not UTF-8 text (byte {exc.start})", name) from exc
    try:
        return _loads_in_pieces(text)
    except json.JSONDecodeError as exc:
        raise FormatError(f"broken JSON: {exc.msg}", f"{name} line {exc.lineno}, column {exc.colno}") from exc
    except RecursionError as exc:
        raise FormatError("JSON nested too deeply", name) from exc


def _check_manifest(manifest) -> dict:
    if not isinstance(manifest, dict):
        raise FormatError("must be a JSON object", "manifest.json")
    if manifest.get("format") != FORMAT_NAME:
        raise FormatError(f"'format' must be \"{FORMAT_NAME}\"; this is not a Trilemma content pack", "manifest.json")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FormatError("'format_version' must be a whole number", "manifest.json")
    if version > FORMAT_VERSION:
        raise FormatError(f"this pack was made by a newer Trilemma (pack format {version}; this version reads up to "
                          f"{FORMAT_VERSION}). Update Trilemma to import it. Nothing was changed.", "manifest.json")
    for key in ("title", "author", "created"):
        if not isinstance(manifest.get(key, ""), str):
            raise FormatError(f"'{key}' must be text", "manifest.json")
    counts = manifest.get("counts", {})
    if not isinstance(counts, dict) or not all(isinstance(v, int) for v in counts.values()):
        raise FormatError("'counts' must map each kind to a number", "manifest.json")
    return manifest


def _check_content(content, manifest: dict) -> Items:
    if not isinstance(content, dict):
        raise FormatError("must be a JSON object mapping each kind to a list of items", "content.json")
    items: Items = []
    for kind, entries in content.items():
        if kind not in TABLES:
            raise FormatError(f"unknown kind '{kind}' (a pack holds {', '.join(KIND_ORDER)}; never students' data)",
                              "content.json")
        if not isinstance(entries, list):
            raise FormatError(f"'{kind}' must be a list of items", "content.json")
        for i, entry in enumerate(entries):
            if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
                raise FormatError("must be an object with an 'id'", f"content.json {kind}[{i}]")
            items.append((kind, entry))
    counts = manifest.get("counts", {})
    for kind, n in counts.items():
        if len(content.get(kind, [])) != n:
            raise FormatError(f"the manifest counts {counted(n, kind + ' item')} but content.json holds "
                              f"{len(content.get(kind, []))}; the pack is incomplete", "manifest.json")
    seen: set[tuple[str, str]] = set()
    for kind, entry in items:
        if (kind, entry["id"]) in seen:
            raise FormatError(f"{kind} '{entry['id']}' appears twice", "content.json")
        seen.add((kind, entry["id"]))
    return items


def _check_translations(data) -> dict:
    """lang -> (kind, id) -> {"fields", "from"} of a pack's translations.json (see resources/content/FORMAT.md)."""
    if not isinstance(data, dict):
        raise FormatError("must map each language to its translations per kind", "translations.json")
    out = {}
    for lang, kinds in data.items():
        if lang not in LANGUAGES:
            raise FormatError(f"'{lang}' is not a content language ({', '.join(LANGUAGES)})", "translations.json")
        if not isinstance(kinds, dict):
            raise FormatError(f"'{lang}' must map kinds to translations", "translations.json")
        out[lang] = {}
        for kind, tables in kinds.items():
            try:
                out[lang].update(parse_tables(tables, kind, f"translations.json {lang}.{kind}"))
            except ValidationError as exc:
                raise FormatError(exc.problems) from None
    return out


def read_pack(path: str | Path, *, with_translations: bool = False) -> tuple:
    """The manifest and (kind, item) pairs of a pack file (and, if asked, its translations); FormatError if it
    may not be imported."""
    data = Path(path).read_bytes()
    try:
        members = _read_members(data)
        manifest = _check_manifest(_json("manifest.json", members["manifest.json"]))
        items = _check_content(_json("content.json", members["content.json"]), manifest)
        translations = (_check_translations(_json("translations.json", members["translations.json"]))
                        if "translations.json" in members else {})
    except FormatError as exc:
        raise FormatError([(f"{Path(path).name}: {w}" if w else Path(path).name, m) for w, m in exc.problems]) from None
    return (manifest, items, translations) if with_translations else (manifest, items)


def _named(path: str | Path, exc: ValidationError) -> FormatError:
    return FormatError([(f"{Path(path).name}: content.json {w}", m) for w, m in exc.problems])


def preview_pack(db: Database, path: str | Path) -> ImportPreview:
    """What importing a pack would add, update and leave unchanged per kind; nothing is written."""
    manifest, items = read_pack(path)
    note = f"pack '{manifest.get('title', '')}' by {manifest.get('author') or 'an unnamed author'}, {manifest.get('created', '')}"
    try:
        return preview_items(db, items, [note])
    except ValidationError as exc:  # the content rules: name the pack
        raise _named(path, exc) from None


def import_pack(db: Database, path: str | Path) -> Changes:
    """Merge a pack (and its translations) into the database by id, in one transaction; return what changed."""
    _, items, translations = read_pack(path, with_translations=True)
    try:
        with db.atomic():
            return apply_items(db, items).merge(save_entries(db, translations))
    except ValidationError as exc:
        raise _named(path, exc) from None
