"""What a claim's status means, in words: the one English table (the interface translates the same texts)."""

from __future__ import annotations

from db.schema import CLAIM_STATUSES

# status → (symbol, label, one-line meaning). The symbol is a second cue beside the word, never the only one.
STATUS_WORDS: dict[str, tuple[str, str, str]] = {
    "confirmed": ("✔", "Confirmed", "Public reporting confirms what the article says."),
    "contested": ("⚠", "Contested", "Sources disagree, or confirm it only in part."),
    "outdated": ("↻", "Outdated", "True when written, overtaken by later events."),
    "opinion": ("✎", "Opinion", "The author's interpretation, not a checkable fact."),
    "incorrect": ("✘", "Incorrect", "Public reporting shows the article is wrong here."),
    "unverified": ("?", "Unverified", "Public reporting does not show this either way."),
    "forecast": ("↗", "Forecast", "A prediction, not yet a fact."),
    "stated-position": ("❝", "Stated position", "A government's stated view, reported as such."),
}
assert tuple(STATUS_WORDS) == CLAIM_STATUSES, "every claim status needs words"


def status_words(status: str) -> tuple[str, str]:
    """(label, one-line meaning) of a claim status in English; an unknown status is shown as it is."""
    _symbol, label, meaning = STATUS_WORDS.get(status, ("", status, ""))
    return label, meaning


def status_line(status: str) -> str:
    """A status as one line of plain text: symbol, label and meaning ("✘ Incorrect: Public reporting …")."""
    symbol, label, meaning = STATUS_WORDS.get(status, ("", status, ""))
    return f"{symbol} {label}: {meaning}".strip() if meaning else label
