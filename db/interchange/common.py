"""What every importer shares: the format error, the preview of an import, applying it, safe text."""

from __future__ import annotations

import hashlib
import html
import math
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from db.backup import backup_before
from db.changes import Changes
from db.content import KIND_ORDER, TABLES, save_items, slug_ids
from db.errors import ValidationError

if TYPE_CHECKING:
    from db.connection import Database

# A batch of items to import, in the file format, with where each came from (for error messages).
Items = list[tuple[str, dict]]


class FormatError(ValidationError):
    """A file that cannot be imported: `problems` lists (place, what is wrong)."""


class _RollbackError(Exception):
    """Raised inside a preview transaction so nothing it wrote is kept."""


@dataclass
class ImportPreview:
    """What an import would change: ids added, updated and unchanged per kind, and notes."""

    added: dict[str, list[str]] = field(default_factory=dict)
    updated: dict[str, list[str]] = field(default_factory=dict)
    unchanged: dict[str, list[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    # One row per question (and category) of a GIFT or Moodle XML file:
    # {"where", "kind", "id", "status": "import" | "skip", "reason"}.
    rows: list[dict] = field(default_factory=list)

    def skipped(self) -> list[dict]:
        """The rows that will not be imported, with their place and reason."""
        return [r for r in self.rows if r["status"] == "skip"]

    def counts(self) -> dict[str, dict[str, int]]:
        """{kind: {"added": n, "updated": n, "unchanged": n}} for every kind present."""
        kinds = [k for k in KIND_ORDER if k in self.added or k in self.updated or k in self.unchanged]
        return {k: {"added": len(self.added.get(k, [])), "updated": len(self.updated.get(k, [])),
                    "unchanged": len(self.unchanged.get(k, []))} for k in kinds}

    def changes_anything(self) -> bool:
        """True if applying the import would write anything."""
        return any(self.added.values()) or any(self.updated.values())

    def as_dict(self) -> dict:
        """A JSON-ready summary (counts, ids that change, notes)."""
        return {"counts": self.counts(), "added": self.added, "updated": self.updated, "notes": self.notes,
                "skipped": [{"where": r["where"], "id": r["id"], "reason": r["reason"]} for r in self.skipped()]}

    def summary_lines(self) -> list[str]:
        """One plain line per kind, e.g. 'question: 3 added, 1 updated, 20 unchanged'."""
        lines = [f"{kind}: {c['added']} added, {c['updated']} updated, {c['unchanged']} unchanged"
                 for kind, c in self.counts().items()]
        skipped = [f"skipped: {r['where']}: {r['reason']}" for r in self.skipped()]
        return lines + skipped + [f"note: {n}" for n in self.notes]


def preview_items(db: Database, items: Items, notes: list[str] | None = None) -> ImportPreview:
    """Validate a batch and report what saving it would change, without changing anything."""
    before = {kind: set(slug_ids(db, TABLES[kind])) for kind in {k for k, _ in items}}
    preview = ImportPreview(notes=list(notes or []))
    result: Changes | None = None
    try:
        with db.atomic():
            result = save_items(db, items)
            raise _RollbackError
    except _RollbackError:
        pass
    assert result is not None
    for kind, item in sorted(items, key=lambda pair: KIND_ORDER.index(pair[0])):
        slug = item["id"]
        if slug not in before[kind]:
            preview.added.setdefault(kind, []).append(slug)
        elif slug in result[TABLES[kind]]:
            preview.updated.setdefault(kind, []).append(slug)
        else:
            preview.unchanged.setdefault(kind, []).append(slug)
    return preview


def apply_items(db: Database, items: Items) -> Changes:
    """Save an imported batch in one transaction (all or nothing); return what changed.

    A backup of the database is taken first (db.backup), so an unwanted import can be undone."""
    backup_before(db, "before-import")
    return save_items(db, items)


# ---------------------------------------------------------------- markup in imported text

# Moodle's editors wrap text in formatting that carries no behaviour: it becomes plain text.
_BLOCK = {"p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote",
          "pre", "hr", "dl", "dt", "dd"}
# Elements whose content is code or a frame, never text: removed with their content, with a note.
_ACTIVE = {"script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button",
           "textarea", "select", "option", "link", "meta", "base", "svg", "math", "video", "audio", "source",
           "template", "noscript", "canvas", "portal"}
_VOID = {"br", "hr", "img", "input", "link", "meta", "base", "source", "embed", "col", "area", "wbr", "param",
         "track", "frame"}
_TAG = re.compile(r"<\s*/?\s*[a-zA-Z!?]")
_SAFE_LINK = re.compile(r"(?:https?|mailto):", re.I)


class _TextExtractor(HTMLParser):
    """The text of HTML: formatting dropped, images and active content listed in `dropped`."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.dropped: list[str] = []
        self.skip_depth = 0  # > 0 inside an active element, whose content is not text
        self.links: list[str | None] = []

    def _drop(self, what: str) -> None:
        if what not in self.dropped:
            self.dropped.append(what)

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        handlers = sorted({n.lower() for n, _ in attrs if n.lower().startswith("on")})
        if handlers:
            self._drop(f"event handlers ({', '.join(handlers)})")
        if tag in _ACTIVE:
            self._drop(f"<{tag}>")
            if tag not in _VOID:
                self.skip_depth += 1
            return
        if tag == "img":
            alt = dict(attrs).get("alt") or ""
            self._drop("images")
            if alt.strip() and not self.skip_depth:
                self.parts.append(f" [{alt.strip()}] ")
            return
        if tag == "a":
            href = (dict(attrs).get("href") or "").strip()
            if href and not _SAFE_LINK.match(href):
                self._drop("a link target that is not a web address")
                href = ""
            self.links.append(href or None)
            return
        if tag in _BLOCK and self.parts and not self.skip_depth:
            self.parts.append("\n" if tag == "br" else "\n\n")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag.lower() in _ACTIVE and tag.lower() not in _VOID:
            self.skip_depth -= 1

    def handle_endtag(self, tag):
        tag = tag.lower()
        if tag in _ACTIVE and tag not in _VOID:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag == "a" and self.links:
            href = self.links.pop()
            if href and not self.skip_depth:
                self.parts.append(f" ({href})")

    def handle_data(self, data):
        if not self.skip_depth:
            self.parts.append(data)


def plain_text(text: str, where: str, *, is_html: bool = True, notes: list[str] | None = None) -> str:
    """Imported text as plain text: formatting dropped, images and active content removed with a note."""
    if not is_html:
        return text.strip()
    if not _TAG.search(text):
        return html.unescape(text).strip()
    parser = _TextExtractor()
    try:
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError) as exc:  # html.parser asserts on some broken declarations
        raise FormatError(f"the text contains broken markup Trilemma cannot read ({exc}); questions are plain text",
                          where) from None
    if parser.dropped and notes is not None:
        note = f"{where}: removed {', '.join(parser.dropped)} (questions are plain text)"
        if note not in notes:
            notes.append(note)
    return re.sub(r"[ \t]+", " ", "".join(parser.parts)).strip()


def finite_number(text: str, what: str, where: str, limit: float = 1e6) -> float:
    """A number read from a file: finite and within ±limit, else FormatError naming it."""
    raw = text.strip()
    try:
        value = float(raw)
    except ValueError:
        raise FormatError(f"{what} '{raw[:40]}' is not a number", where) from None
    if not math.isfinite(value) or abs(value) > limit:
        raise FormatError(f"{what} '{raw[:40]}' is not a finite number up to {limit:g}", where)
    return value


def slugify(text: str, prefix: str = "q") -> str:
    """A stable identifier made from a title: lowercase letters, digits and '-'.

    Text in other scripts (Chinese, Russian …) adds a short hash of the text, so two titles never share an id."""
    base = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].strip("-")
    if any(ord(c) > 127 and c.isalnum() for c in text):
        digest = hashlib.sha1(text.strip().encode("utf-8")).hexdigest()[:8]
        base = f"{base}-{digest}" if base else digest
    return f"{prefix}-{base}" if base and not base.startswith(f"{prefix}-") else (base or prefix)
