"""Content translations (resources/content/i18n/LANG/KIND.toml): stamp them, list what is missing, check them.

    python packaging/content_i18n.py stamp LANG              # record the English each translated field was made
                                                             # from (`from = {field = hash}`), for fields lacking it
    python packaging/content_i18n.py stamp LANG --force ID   # confirm a reviewed translation of ID (kind:ID to be
                                                             # precise; a stop is STORY/STOP) against today's English
    python packaging/content_i18n.py missing LANG            # a TOML template of untranslated and outdated items,
                                                             # the English as comments (for translators)
    python packaging/content_i18n.py check [LANG …]          # exit 1 if a shipped item lacks a translation, one is
                                                             # out of date, unstamped, or does not fit its English

A field is never restamped once stamped: when its English changes the old hash stays, and that is how
"may be out of date" is found. After reviewing such a translation, confirm it with --force.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from db.errors import ValidationError  # noqa: E402
from db.seed import CONTENT_DIR, read_content  # noqa: E402
from db.translation_files import (  # noqa: E402
    FIELDS,
    LANGUAGES,
    OPTIONAL_KINDS,
    check_against,
    english_fields,
    file_path,
    parse,
    read_file,
    source_hash,
)


def english(folder: Path = CONTENT_DIR) -> dict[tuple[str, str], dict]:
    """(kind, id) -> {field: English} of the shipped content."""
    return english_fields(read_content(folder))


def problems(lang: str, folder: Path = CONTENT_DIR, source: dict | None = None) -> dict[str, list[str]]:
    """What keeps one language from full, current coverage: missing, outdated, unstamped, invalid lines."""
    source = english(folder) if source is None else source
    out: dict[str, list[str]] = {"missing": [], "outdated": [], "unstamped": [], "invalid": []}
    found: dict[tuple[str, str], dict] = {}
    for path in sorted((folder / "i18n" / lang).glob("*.toml")):
        try:
            found.update(read_file(path))
        except ValidationError as exc:
            out["invalid"].append(str(exc))
    for (kind, slug), entry in sorted(found.items()):
        if (kind, slug) not in source:
            out["invalid"].append(f"{kind} '{slug}': no such item ships (a typo, or an item that was removed)")
            continue
        for field, value in entry["fields"].items():
            problem = check_against(field, value, source[(kind, slug)].get(field))
            if problem:
                out["invalid"].append(f"{kind} '{slug}'.{field}: {problem}")
    for (kind, slug), fields in sorted(source.items()):
        if kind in OPTIONAL_KINDS:
            continue
        entry = found.get((kind, slug), {"fields": {}, "from": {}})
        for field, value in fields.items():
            name = f"{kind} '{slug}'.{field}"
            if field not in entry["fields"]:
                out["missing"].append(name)
            elif field not in entry["from"]:
                out["unstamped"].append(name)
            elif entry["from"][field] != source_hash(value):
                out["outdated"].append(name)
    return out


# ---------------------------------------------------------------- stamping (a text edit that keeps the file as written)


def _header_path(line: str) -> tuple[str, ...] | None:
    """The key path of a table header line (`["a".stops."b"]` -> ("a", "stops", "b")), else None."""
    stripped = line.strip()
    if not stripped.startswith("[") or stripped.startswith("[["):
        return None
    try:
        data = tomllib.loads(stripped + "\n")
    except tomllib.TOMLDecodeError:
        return None
    path: list[str] = []
    while isinstance(data, dict) and len(data) == 1:
        key = next(iter(data))
        path.append(key)
        data = data[key]
    return tuple(path)


def _inline(stamps: dict[str, str]) -> str:
    return "from = { " + ", ".join(f"{k} = {json.dumps(v)}" for k, v in stamps.items()) + " }"


def stamp_file(path: Path, kind: str, source: dict, force: set[str]) -> int:
    """Add hashes for fields lacking one (all fields of ids in `force`); returns how many were written."""
    entries = read_file(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    sections: list[tuple[str, str, int, int]] = []  # (kind, slug, first line, end line) of each table
    current = None
    for i, line in enumerate(lines):
        header = _header_path(line)
        if header is not None:
            if current:
                sections.append((*current, i))
            if kind == "story" and len(header) == 3 and header[1] == "stops":
                current = ("story_stop", f"{header[0]}/{header[2]}", i)
            elif len(header) == 1:
                current = (kind, header[0], i)
            else:
                current = None
    if current:
        sections.append((*current, len(lines)))
    written = 0
    for item_kind, slug, first, end in reversed(sections):  # from the bottom, so line numbers stay valid
        entry = entries.get((item_kind, slug))
        english_now = source.get((item_kind, slug))
        if not entry or english_now is None:
            continue
        forced = slug in force or f"{item_kind}:{slug}" in force
        stamps = {}
        for field in entry["fields"]:
            if field in entry["from"] and not forced:
                stamps[field] = entry["from"][field]
            elif field in english_now:
                stamps[field] = source_hash(english_now[field])
                written += stamps[field] != entry["from"].get(field)
        if stamps == entry["from"]:
            continue
        body = range(first + 1, end)
        old = [i for i in body if lines[i].lstrip().startswith("from") and lines[i].split("=", 1)[0].strip() == "from"]
        if old:
            lines[old[0]] = _inline(stamps)
        else:
            last = max([i for i in body if lines[i].strip() and not lines[i].lstrip().startswith("#")], default=first)
            lines.insert(last + 1, _inline(stamps))
    if written:
        text = "\n".join(lines) + "\n"
        if {k: v["fields"] for k, v in parse(text, kind, path).items()} != {k: v["fields"] for k, v in entries.items()}:
            raise ValidationError("stamping would change the translations; the file is left as it was", str(path))
        path.write_text(text, encoding="utf-8")
    return written


def stamp(lang: str, folder: Path = CONTENT_DIR, force: set[str] | None = None) -> int:
    """Stamp every translation file of a language; returns how many fields were stamped."""
    source = english(folder)
    total = 0
    for path in sorted((folder / "i18n" / lang).glob("*.toml")):
        total += stamp_file(path, path.stem, source, force or set())
    return total


# ---------------------------------------------------------------- the template for translators


def _comment(label: str, value) -> list[str]:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    lines = text.splitlines() or [""]
    return [f"# {label}: {lines[0]}"] + [f"#   {line}" for line in lines[1:]]


def missing_template(lang: str, folder: Path = CONTENT_DIR) -> str:
    """A TOML template of the items of `lang` that are untranslated or outdated, the English as comments."""
    source = english(folder)
    found = problems(lang, folder, source)
    todo: dict[tuple[str, str], dict[str, str]] = {}
    for state in ("missing", "outdated"):
        for name in found[state]:
            kind, rest = name.split(" ", 1)
            slug, field = rest.rsplit(".", 1)
            todo.setdefault((kind, slug.strip("'")), {})[field] = state
    out: list[str] = [f"# Content to translate into {lang}: {len(found['missing'])} missing and "
                      f"{len(found['outdated'])} outdated field(s). Copy into resources/content/i18n/{lang}/KIND.toml",
                      "# (an item already in the file: add the fields to its table), translate, then run",
                      f"# python packaging/content_i18n.py stamp {lang}  (an outdated one: --force ID once reviewed)."]
    last_file = None
    for (kind, slug), fields in sorted(todo.items(), key=lambda kv: (file_path(folder, lang, kv[0][0]).name, kv[0][1])):
        name = file_path(folder, lang, kind).relative_to(folder).as_posix()
        if name != last_file:
            out += ["", f"# ======== {name}"]
            last_file = name
        header = f'["{slug}"]' if kind != "story_stop" else '["{}".stops."{}"]'.format(*slug.split("/", 1))
        out += ["", header]
        for field in FIELDS[kind]:
            if field not in fields:
                continue
            value = source[(kind, slug)][field]
            out += _comment(f"{field} (English{', changed since translated' if fields[field] == 'outdated' else ''})",
                            value)
            if isinstance(value, list):
                blank = [["", ""] for _ in value] if field == "pairs" else ["" for _ in value]
                out.append(f"{field} = {json.dumps(blank, ensure_ascii=False)}")
            else:
                out.append(f'{field} = ""')
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run the command line."""
    parser = argparse.ArgumentParser(prog="python packaging/content_i18n.py", description=__doc__.split("\n")[0])
    parser.add_argument("--content", type=Path, default=CONTENT_DIR, metavar="FOLDER",
                        help="content folder (default: resources/content)")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("stamp", help="record the English hash of translated fields lacking one")
    p.add_argument("lang", choices=LANGUAGES)
    p.add_argument("--force", action="append", default=[], metavar="ID",
                   help="restamp every field of this item (after reviewing it); may be given more than once")
    p = sub.add_parser("missing", help="print a template of untranslated and outdated items")
    p.add_argument("lang", choices=LANGUAGES)
    p = sub.add_parser("check", help="exit 1 unless every shipped item is translated, stamped and current")
    p.add_argument("langs", nargs="*", metavar="LANG", help=f"languages to check (default: {', '.join(LANGUAGES)})")
    args = parser.parse_args(argv)
    try:
        if args.command == "stamp":
            print(f"stamped {stamp(args.lang, args.content, set(args.force))} field(s) in {args.content / 'i18n' / args.lang}")
            return 0
        if args.command == "missing":
            sys.stdout.write(missing_template(args.lang, args.content))
            return 0
        failed = False
        source = english(args.content)
        unknown = [lang for lang in args.langs if lang not in LANGUAGES]
        if unknown:
            parser.error(f"unknown language {unknown[0]!r} (one of {', '.join(LANGUAGES)})")
        for lang in args.langs or LANGUAGES:
            found = problems(lang, args.content, source)
            total = sum(len(f) for k, f in source.items() if k[0] not in OPTIONAL_KINDS)
            for state, names in found.items():
                for name in names:
                    print(f"{lang} {state}: {name}")
            bad = sum(len(v) for v in found.values())
            failed |= bool(bad)
            print(f"{lang}: {total - len(found['missing'])} of {total} field(s) translated; "
                  + ", ".join(f"{len(v)} {k}" for k, v in found.items()), file=sys.stderr)
        return 1 if failed else 0
    except ValidationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
