"""Text settings kept in the `settings` table (key → value): the one place that reads and writes them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.connection import Database


def setting(db: Database, key: str, default: str | None = None) -> str | None:
    """A stored setting's value, or the default when it is not set."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def set_setting(db: Database, key: str, value: str) -> None:
    """Store a setting's value, replacing what was there (the caller holds the transaction)."""
    db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
               [key, value])
