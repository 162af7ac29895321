"""The order a question's options are shown in: shuffled afresh for every attempt, reproducibly.

Grading never depends on it: answers name options by their stored index (choice types), events by
id (order) and partners by text (match). The order only decides what the student sees, so it is
derived from the attempt (session, position, question) and kept with the attempt once answered.
"""

from __future__ import annotations

import random

SHUFFLED_TYPES = ("single_choice", "multiple_select", "order", "match")


def attempt_seed(session_id: int, position: int, slug: str) -> str:
    """The seed of one attempt: a question asked in another session (or place) gets another order."""
    return f"{session_id}/{position}/{slug}"


def stored_values(question: dict) -> list | None:
    """What is shuffled, in the stored order: option indexes, event ids (order) or right-hand sides (match)."""
    qtype = question.get("type")
    if qtype in ("single_choice", "multiple_select"):
        return list(range(len(question.get("options") or [])))
    if qtype == "order":
        return list(question.get("items") or [])
    if qtype == "match":
        return [pair[1] for pair in question.get("pairs") or []]
    return None


def option_order(question: dict, seed: str) -> list | None:
    """The shown order for one attempt (None for types without options to shuffle)."""
    values = stored_values(question)
    if values is None:
        return None
    out = list(values)
    random.Random(seed).shuffle(out)
    if question.get("type") == "order" and len(out) > 1 and out == values:
        out = out[1:] + out[:1]  # shown already in order, the question would answer itself
    return out


def valid_order(question: dict, order) -> bool:
    """True when `order` is a rearrangement of exactly the question's values (safe to show)."""
    values = stored_values(question)
    if values is None or not isinstance(order, list) or len(order) != len(values):
        return False
    try:
        return sorted(map(str, order)) == sorted(map(str, values)) and len(set(map(str, order))) == len(order)
    except TypeError:
        return False
