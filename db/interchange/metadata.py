"""Trilemma's metadata in a GIFT comment or a Moodle XML element: links and module order, checked key by key.

A file can say anything there; each value must have the type Trilemma uses, and nothing may be nested
deeply, be NaN or infinite, or be an id with anything after it (a newline, say).
"""

from __future__ import annotations

import json

from db.content import SLUG
from db.interchange.common import FormatError

MAX_META_CHARS = 20_000


def _reject_constant(name: str):
    raise ValueError(f"{name} is not a number JSON allows")


def read_meta(text: str, where: str, allowed: tuple[str, ...]) -> dict:
    """Trilemma's metadata (a JSON object in a comment or element), checked key by key; FormatError otherwise."""
    if len(text) > MAX_META_CHARS:
        raise FormatError(f"Trilemma's metadata is longer than {MAX_META_CHARS} characters", where)
    try:
        value = json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise FormatError("Trilemma's metadata is nested too deeply", where) from None
    except ValueError as exc:  # JSONDecodeError, NaN / Infinity
        raise FormatError(f"Trilemma's metadata is not valid JSON ({str(exc)[:80]})", where) from None
    if not isinstance(value, dict):
        raise FormatError("Trilemma's metadata must be a JSON object {…}", where)
    meta = {}
    for key, v in value.items():
        if key not in allowed:
            continue  # a newer Trilemma's key: ignored
        bad = _meta_problem(key, v)
        if bad:
            raise FormatError(f"Trilemma's metadata: '{key}' {bad}", where)
        meta[key] = v
    return meta


def _meta_problem(key: str, v) -> str | None:
    """What is wrong with one metadata value, or None."""
    if key in ("claims", "events"):
        ok = isinstance(v, list) and all(isinstance(x, str) and SLUG.fullmatch(x) for x in v)
        return None if ok else "must be a list of ids"
    if key == "sources":
        ok = isinstance(v, list) and all(
            isinstance(c, dict) and isinstance(c.get("source"), str) and SLUG.fullmatch(c["source"])
            and isinstance(c.get("locator", ""), str) and set(c) <= {"source", "locator"} for c in v)
        return None if ok else "must be a list of {\"source\": id, \"locator\": text}"
    if key == "generated":
        return None if isinstance(v, bool) else "must be true or false"
    if key == "module":
        return None if isinstance(v, str) and SLUG.fullmatch(v) else "must be an id"
    if key == "purpose":  # which purposes exist is checked with the item, which names an unknown one
        return None if isinstance(v, str) else "must be text"
    if key == "summary":
        return None if isinstance(v, str) else "must be text"
    if key == "order":
        ok = isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 1_000_000
        return None if ok else "must be a whole number from 0 to 1000000"
    return None
