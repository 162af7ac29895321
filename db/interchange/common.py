"""What every importer shares: the format error, the preview of an import, applying it, safe text."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from sqlite_utils import Database

from db.backup import backup_before
from db.changes import Changes
from db.content import KIND_ORDER, TABLES, save_items, slug_ids
from db.errors import ValidationError

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
        return {"counts": self.counts(), "added": self.added, "updated": self.updated, "notes": self.notes}

    def summary_lines(self) -> list[str]:
        """One plain line per kind, e.g. 'question: 3 added, 1 updated, 20 unchanged'."""
        lines = [f"{kind}: {c['added']} added, {c['updated']} updated, {c['unchanged']} unchanged"
                 for kind, c in self.counts().items()]
        return lines + [f"note: {n}" for n in self.notes]


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

# Formatting that carries no behaviour: turned into plain text. Anything else is refused.
_HARMLESS = {"p", "br", "b", "i", "em", "strong", "u", "span", "div", "sub", "sup", "small", "code", "tt"}
_BLOCK = {"p", "br", "div"}
_TAG = re.compile(r"<\s*/?\s*[a-zA-Z!?]")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.bad: str | None = None

    def handle_starttag(self, tag, attrs):
        self._check(tag, attrs)
        if tag in _BLOCK and self.parts:
            self.parts.append("\n" if tag == "br" else "\n\n")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag not in _HARMLESS and self.bad is None:
            self.bad = f"</{tag}>"

    def _check(self, tag, attrs):
        if self.bad is not None:
            return
        if tag not in _HARMLESS:
            self.bad = f"<{tag}>"
        for name, value in attrs:
            active = name.lower().startswith("on") or name.lower() in ("src", "href", "style")
            if active or "javascript:" in (value or "").lower():
                self.bad = f"<{tag} {name}=…>"

    def handle_data(self, data):
        self.parts.append(data)

    def handle_comment(self, data):
        self.bad = self.bad or "<!-- … -->"

    def handle_decl(self, decl):
        self.bad = self.bad or f"<!{decl[:20]}>"

    def handle_pi(self, data):
        self.bad = self.bad or "<?…>"

    def unknown_decl(self, data):
        self.bad = self.bad or "<![…]>"


def plain_text(text: str, where: str, *, is_html: bool = True) -> str:
    """Imported text as plain text: simple formatting is dropped, anything active is refused."""
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
    if parser.bad:
        raise FormatError(f"the text contains markup Trilemma does not accept ({parser.bad}); "
                          "questions are plain text", where)
    return re.sub(r"[ \t]+", " ", "".join(parser.parts)).strip()


def slugify(text: str, prefix: str = "q") -> str:
    """A stable identifier made from a title: lowercase letters, digits and '-'."""
    base = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].strip("-")
    return f"{prefix}-{base}" if base and not base.startswith(f"{prefix}-") else (base or prefix)
