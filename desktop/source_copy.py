"""How a view says that a source is a syndicated copy (a report republished by an aggregator)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "SourceCopy"
_COPY = QT_TRANSLATE_NOOP("SourceCopy", "a copy of %1's report")
_COPY_UNKNOWN = QT_TRANSLATE_NOOP("SourceCopy", "a copy through an aggregator")


def copy_note(source: dict) -> str:
    """"a copy of Yonhap's report" for a syndicated source (plain text, translated); "" for an original."""
    if not source.get("syndicated"):
        return ""
    original = (source.get("original_outlet") or "").strip()
    if original:
        return QCoreApplication.translate(CONTEXT, _COPY).replace("%1", original)
    return QCoreApplication.translate(CONTEXT, _COPY_UNKNOWN)
