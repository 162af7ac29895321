"""Load the human-readable seed content (TOML) and save it idempotently."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import TYPE_CHECKING

from db.changes import Changes
from db.content import TABLES, save_items
from db.errors import ValidationError

if TYPE_CHECKING:
    from db.connection import Database

CONTENT_DIR = Path(__file__).resolve().parent.parent / "resources" / "content"


def content_files(folder: Path = CONTENT_DIR) -> list[Path]:
    """The content TOML files of a folder and its `questions/` subfolder, in reading order."""
    return sorted(folder.glob("*.toml")) + sorted((folder / "questions").glob("*.toml"))


def read_content(folder: Path = CONTENT_DIR) -> list[tuple[str, dict]]:
    """Every (kind, item) in the TOML files of a folder and its `questions/` subfolder."""
    files = content_files(folder)
    if not files:
        raise ValidationError(f"no content files (*.toml) in {folder}", str(folder))
    items: list[tuple[str, dict]] = []
    for path in files:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ValidationError(f"not valid TOML: {exc}", str(path)) from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError(f"cannot be read: {exc}", str(path)) from exc
        for kind, entries in data.items():
            if kind not in TABLES or not isinstance(entries, list):
                raise ValidationError(f"unknown section [[{kind}]]", str(path))
            items.extend((kind, entry) for entry in entries)
    return items


def seed(db: Database, folder: Path = CONTENT_DIR) -> Changes:
    """Save the seed content and its translations (i18n/<lang>/<kind>.toml); running it again changes nothing."""
    from db.translations import seed_translations  # it reads content through db.content, as this module does

    changes = seed_items(db, read_content(folder))
    return changes.merge(seed_translations(db, folder))


def seed_items(db: Database, items: list[tuple[str, dict]]) -> Changes:
    """Save already-read seed items (see `seed`)."""
    return save_items(db, items)


def is_empty(db: Database) -> bool:
    """True when the database holds no content yet."""
    return db.execute("SELECT 1 FROM events LIMIT 1").fetchone() is None
