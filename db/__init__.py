"""Trilemma's data layer: pure Python over SQLite (sqlite-utils). Never imports Qt."""

from db.changes import Changes
from db.connection import open_database
from db.content import delete_item, get_item, list_items, save_item, save_items, validate_item
from db.errors import (
    DatabaseDamagedError,
    NotFoundError,
    SchemaTooNewError,
    TrilemmaError,
    ValidationError,
)

__all__ = [
    "Changes", "open_database", "delete_item", "get_item", "list_items", "save_item", "save_items",
    "validate_item", "DatabaseDamagedError", "NotFoundError", "SchemaTooNewError", "TrilemmaError",
    "ValidationError",
]
