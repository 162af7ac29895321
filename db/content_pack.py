"""A shared content pack installed by an administrator: every user's database is updated from it.

A pack is either a content pack file (`.zip`, made by `python -m db export --format pack`, read by
db.interchange.pack) or a folder of content TOML in the seed format (resources/content/FORMAT.md), with
its translations in i18n/<lang>/<kind>.toml.
Applying it is idempotent: the pack's fingerprint is kept in `settings`, and an unchanged pack is not
read again.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from db.changes import Changes
from db.content import save_items
from db.errors import ValidationError
from db.seed import content_files, read_content
from db.settings import set_setting, setting
from db.translation_files import translation_files
from db.translations import seed_translations

if TYPE_CHECKING:
    from db.connection import Database

SETTING = "content_pack"


def fingerprint(path: Path) -> str:
    """A hash of the pack's file names and bytes; changes whenever the administrator updates the pack."""
    digest = hashlib.sha256()
    if path.is_file():
        digest.update(path.read_bytes())
        return digest.hexdigest()
    for file in content_files(path) + translation_files(path):
        digest.update(file.relative_to(path).as_posix().encode() + b"\0")
        digest.update(file.read_bytes() + b"\0")
    return digest.hexdigest()


def applied_pack(db: Database) -> dict | None:
    """The pack last applied to this database: {'path', 'fingerprint'} or None."""
    value = setting(db, SETTING)
    try:
        return json.loads(value) if value else None
    except ValueError:
        return None


def apply_content_pack(db: Database, *, path: str | Path) -> Changes:
    """Save a pack's items in one transaction unless this exact pack was applied already.

    Raises ValidationError naming the file (and item) when the pack is missing or invalid; then nothing changes.
    """
    folder = Path(path).expanduser()
    if not folder.exists():
        raise ValidationError("the content pack does not exist", str(folder))
    if not folder.is_dir() and not folder.is_file():
        raise ValidationError("a content pack must be a pack file or a folder of content TOML files", str(folder))
    try:
        stamp = fingerprint(folder)
    except OSError as exc:
        raise ValidationError(f"the content pack cannot be read: {exc}", str(folder)) from exc
    previous = applied_pack(db)
    if previous and previous.get("fingerprint") == stamp:
        return Changes()
    with db.atomic():
        if folder.is_file():
            from db.interchange import import_file

            changes = import_file(db, folder, "pack")
        else:
            changes = save_items(db, read_content(folder)).merge(seed_translations(db, folder))
        set_setting(db, SETTING, json.dumps({"path": str(folder.resolve()), "fingerprint": stamp}))
    return changes.add("settings", SETTING)
