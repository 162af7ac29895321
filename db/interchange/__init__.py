"""Sharing and interchange: content packs, GIFT, Moodle XML, class results, xAPI, paper (PDF).

Pure Python: no Qt. Every importer returns (kind, item) pairs in the item format of
`resources/content/FORMAT.md`, previews them with `preview_items`, and saves them with
`db.content.save_items` (one transaction, all or nothing).
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from db.changes import Changes
from db.errors import TrilemmaError
from db.interchange.common import ImportPreview


def preview_file(db: Database, path: str | Path, fmt: str) -> ImportPreview:
    """What importing a file (pack, gift or moodle) would change; nothing is written."""
    if fmt == "pack":
        from db.interchange.pack import preview_pack

        return preview_pack(db, path)
    if fmt == "gift":
        from db.interchange.gift import preview_gift

        return preview_gift(db, path)
    if fmt == "moodle":
        from db.interchange.moodle_xml import preview_moodle

        return preview_moodle(db, path)
    raise TrilemmaError(f"cannot import the format '{fmt}'")


def import_file(db: Database, path: str | Path, fmt: str) -> Changes:
    """Import a file (pack, gift or moodle) in one transaction; return what changed."""
    if fmt == "pack":
        from db.interchange.pack import import_pack

        return import_pack(db, path)
    if fmt == "gift":
        from db.interchange.gift import import_gift

        return import_gift(db, path)
    if fmt == "moodle":
        from db.interchange.moodle_xml import import_moodle

        return import_moodle(db, path)
    raise TrilemmaError(f"cannot import the format '{fmt}'")


def export_file(db: Database, path: str | Path, fmt: str, *, module: str | None = None, start: int | None = None,
                end: int | None = None, title: str = "", author: str = "") -> dict:
    """Write one export format to `path`; return a small JSON-ready summary."""
    if fmt == "pack":
        from db.interchange.pack import write_pack

        return {"counts": write_pack(db, path, title=title, author=author, module=module)["counts"]}
    if fmt in ("gift", "moodle"):
        from db.interchange.gift import write_gift
        from db.interchange.moodle_xml import write_moodle

        return (write_gift if fmt == "gift" else write_moodle)(db, path, module=module)
    if fmt in ("csv", "xapi"):
        from db.interchange.results import write_results_csv, write_xapi

        return (write_results_csv if fmt == "csv" else write_xapi)(db, path, module=module)
    if fmt in ("worksheet", "answer-key", "handout"):
        from db.interchange import worksheet

        if fmt == "handout":
            return worksheet.write_handout(db, path, start=start, end=end)
        if not module:
            raise TrilemmaError("a worksheet needs --module ID")
        return worksheet.write_worksheet(db, path, module=module, answer_key=fmt == "answer-key")
    raise TrilemmaError(f"cannot export the format '{fmt}'")
