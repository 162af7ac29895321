"""Show stored text (titles, names, imported questions) as text in places Qt would read as HTML."""

from __future__ import annotations

from html import escape


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` literally: Qt renders tooltips that look like HTML as rich text."""
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>" if text else ""
