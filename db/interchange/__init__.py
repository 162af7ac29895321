"""Sharing and interchange: content packs, GIFT, Moodle XML, class results, xAPI, paper (PDF).

Pure Python: no Qt. Every importer returns (kind, item) pairs in the item format of
`resources/content/FORMAT.md`, previews them with `preview_items`, and saves them with
`db.content.save_items` (one transaction, all or nothing).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from db.changes import Changes
from db.errors import TrilemmaError
from db.interchange.common import ImportPreview

if TYPE_CHECKING:
    from db.connection import Database

LANGUAGES = ("en", "zh_CN", "ko", "ru")  # the languages questions and PDFs can be exported in


def detect_format(path: str | Path) -> str:
    """The import format from the file's content: a zip is a pack, XML is Moodle XML, other text GIFT."""
    with Path(path).open("rb") as handle:
        head = handle.read(4096)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "pack"
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"<"):  # XML (a declaration, a comment or <quiz>): refused by the XML reader if not <quiz>
        return "moodle"
    # Neither: a name that promises a pack or XML gets that reader's message ("not a zip file"), else GIFT.
    return {".zip": "pack", ".trilemma": "pack", ".xml": "moodle"}.get(Path(path).suffix.lower(), "gift")


def _read_questions(db: Database, path: str | Path, fmt: str, skip_invalid: bool):
    """Read a GIFT or Moodle XML file into what preview_parsed and apply_parsed take."""
    if fmt == "gift":
        from db.interchange.gift import read_gift as read
    elif fmt == "moodle":
        from db.interchange.moodle_xml import read_moodle as read
    else:
        raise TrilemmaError(f"cannot import the format '{fmt}'")
    return read(db, path, skip_invalid=skip_invalid)


def preview_file(db: Database, path: str | Path, fmt: str | None = None, *,
                 skip_invalid: bool = False) -> ImportPreview:
    """What importing a file (pack, gift or moodle; None: from its content) would change; nothing is written.

    With skip_invalid, GIFT and Moodle XML questions that cannot be imported are listed as skipped (preview.rows)
    instead of refusing the file."""
    fmt = fmt or detect_format(path)
    if fmt == "pack":
        from db.interchange.pack import preview_pack

        return preview_pack(db, path)
    from db.interchange.questions import preview_parsed

    return preview_parsed(db, _read_questions(db, path, fmt, skip_invalid))


def import_file(db: Database, path: str | Path, fmt: str | None = None, *,
                skip_invalid: bool = False) -> Changes:
    """Import a file (pack, gift or moodle; None: from its content) in one transaction; return what changed."""
    fmt = fmt or detect_format(path)
    if fmt == "pack":
        from db.interchange.pack import import_pack

        return import_pack(db, path)
    from db.interchange.questions import apply_parsed

    return apply_parsed(db, _read_questions(db, path, fmt, skip_invalid))


def export_file(db: Database, path: str | Path, fmt: str, *, module: str | None = None, start: int | None = None,
                end: int | None = None, title: str = "", author: str = "", story: str | None = None,
                lang: str | None = None) -> dict:
    """Write one export format to `path`; return a small JSON-ready summary.

    `lang` (zh_CN, ko, ru; None or "en": English) gives questions and PDFs in that language where translated."""
    if lang and lang not in LANGUAGES:
        raise TrilemmaError(f"--lang: '{lang}' is not one of {', '.join(LANGUAGES)}")
    lang = None if lang == "en" else lang
    if fmt == "pack":
        from db.interchange.pack import write_pack

        return {"counts": write_pack(db, path, title=title, author=author, module=module)["counts"]}
    if fmt in ("gift", "moodle"):
        from db.interchange.gift import write_gift
        from db.interchange.moodle_xml import write_moodle

        return (write_gift if fmt == "gift" else write_moodle)(db, path, module=module, lang=lang)
    if fmt in ("csv", "xapi"):
        from db.interchange.results import write_results_csv, write_xapi

        return (write_results_csv if fmt == "csv" else write_xapi)(db, path, module=module)
    if fmt in ("worksheet", "answer-key", "handout"):
        from db.interchange import worksheet

        if fmt == "handout":
            return worksheet.write_handout(db, path, start=start, end=end, lang=lang)
        if not module:
            raise TrilemmaError("a worksheet needs --module ID")
        return worksheet.write_worksheet(db, path, module=module, answer_key=fmt == "answer-key", lang=lang)
    if fmt == "story-handout":
        from db.interchange.story_handout import write_story_handout

        if not story:
            raise TrilemmaError("a story handout needs --story ID")
        return write_story_handout(db, path, story=story, lang=lang)
    raise TrilemmaError(f"cannot export the format '{fmt}'")
