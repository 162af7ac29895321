"""A claim's status in the interface language: the one place views get its label and meaning."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from db.claim_status import STATUS_WORDS

CONTEXT = "ClaimStatus"


def _t(text: str) -> str:
    return QT_TRANSLATE_NOOP("ClaimStatus", text)


# The same English texts as db.claim_status (a test keeps them equal), marked here for translation.
MARKED = {
    "confirmed": (_t("Confirmed"), _t("Public reporting confirms what the article says.")),
    "contested": (_t("Contested"), _t("Sources disagree, or confirm it only in part.")),
    "outdated": (_t("Outdated"), _t("True when written, overtaken by later events.")),
    "opinion": (_t("Opinion"), _t("The author's interpretation, not a checkable fact.")),
    "incorrect": (_t("Incorrect"), _t("Public reporting shows the article is wrong here.")),
    "unverified": (_t("Unverified"), _t("Public reporting does not show this either way.")),
    "forecast": (_t("Forecast"), _t("A prediction, not yet a fact.")),
    "stated-position": (_t("Stated position"), _t("A government's stated view, reported as such.")),
}


def status_words(status: str) -> tuple[str, str]:
    """(label, one-line meaning) of a claim status, translated; an unknown status is shown as it is."""
    _symbol, label, meaning = STATUS_WORDS.get(status, ("", status, ""))
    return (QCoreApplication.translate(CONTEXT, label) if meaning else label,
            QCoreApplication.translate(CONTEXT, meaning) if meaning else "")


def status_symbol(status: str) -> str:
    """The symbol shown beside the status word (a second cue, never the only one)."""
    return STATUS_WORDS.get(status, ("",))[0]


def status_line(status: str) -> str:
    """Symbol, label and meaning as one line of plain text ("✘ Incorrect: …")."""
    label, meaning = status_words(status)
    symbol = status_symbol(status)
    return (f"{symbol} " if symbol else "") + (f"{label}: {meaning}" if meaning else label)
