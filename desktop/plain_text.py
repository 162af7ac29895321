"""Show stored text (titles, names, imported questions) as text in places Qt would read as HTML."""

from __future__ import annotations

from html import escape


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` literally: Qt renders tooltips that look like HTML as rich text."""
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>" if text else ""


def sentence(exc: BaseException) -> str:
    """An error as sentences for a person: the messages without their internal field keys ("name: …"), each
    starting with a capital and ending with a full stop."""
    problems = getattr(exc, "problems", None)
    texts = [message for _where, message in problems] if problems else [str(exc)]
    out = []
    for text in texts:
        text = text.strip()
        if text:
            text = text[0].upper() + text[1:]
            out.append(text if text.endswith((".", "!", "?", "…")) else text + ".")
    return " ".join(out)
