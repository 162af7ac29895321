"""Shipped content after an app update: add what is new and revise what the school has not changed.

The content that ships with the app (resources/content/) is seeded into a new database once. A later version of
the app may ship new events, questions or corrected texts; a school's database also holds a teacher's own edits.
At start the app compares three versions of every item — what shipped when it was last applied (kept as a
digest in `settings`), what the database holds now, and what ships now — and
- adds an item that is new in this version (never shipped before and not in the database),
- replaces an item the school left as shipped with its new version,
- keeps an item a teacher edited, and never brings back one a teacher deleted;
items that no longer ship are left in place. It all happens in one transaction after a backup, and only when
the shipped files changed since the last time (a digest of the files is kept too). A database is only updated
from the content it was seeded from: one built from a school's own folder (`python -m db init --content`), or
one from before updates were tracked, is left alone unless asked (`adopt`, `python -m db update-content`).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from db.backup import backup_before
from db.changes import Changes
from db.connection import open_database, write_transaction
from db.content import KIND_ORDER, list_items, save_items
from db.errors import ValidationError
from db.seed import CONTENT_DIR, content_files, read_content
from db.settings import set_setting, setting
from db.translation_files import translation_files
from db.translations import seed_translations

if TYPE_CHECKING:
    from db.connection import Database

STATE_KEY = "shipped_content"
TRANSLATIONS_KEY = "shipped_translations"


@dataclass
class UpdateReport:
    """What applying the shipped content did (all empty when nothing had to change)."""

    added: list[str] = field(default_factory=list)       # "kind id"
    updated: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)        # edited here, left as the teacher made it
    problem: str = ""                                    # why nothing was applied, if it could not be
    changes: Changes = field(default_factory=Changes)    # what was written, for the views to reload

    def changed(self) -> bool:
        """True when the database was changed."""
        return bool(self.added or self.updated)


def files_digest(folder: Path = CONTENT_DIR, files: list[Path] | None = None) -> str:
    """A digest of the shipped content files (names and bytes), or of `files` in the folder."""
    h = hashlib.sha256()
    for path in content_files(folder) if files is None else files:
        h.update(path.relative_to(folder).as_posix().encode())
        h.update(b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()


def item_digest(item: dict) -> str:
    """A digest of one item in the file format (key order does not matter)."""
    return hashlib.sha256(json.dumps(item, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _items(db: Database) -> dict[tuple[str, str], dict]:
    """Every item of the database in the file format, by (kind, id) (deleted questions left out)."""
    return {(kind, item["id"]): item for kind in KIND_ORDER for item in list_items(db, kind)}


def _normalized(items: list[tuple[str, dict]]) -> dict[tuple[str, str], dict]:
    """Shipped items as the database gives them back once saved (defaults filled, same shape as `_items`)."""
    scratch = open_database(":memory:")
    try:
        save_items(scratch, items)
        return _items(scratch)
    finally:
        scratch.close()


def _load_state(db: Database) -> dict:
    value = setting(db, STATE_KEY)
    try:
        state = json.loads(value) if value else {}
    except (TypeError, ValueError):
        state = {}
    return state if isinstance(state, dict) and isinstance(state.get("items", {}), dict) else {}


def _source(folder: Path) -> str:
    """Which content a database follows: the bundled content, or a folder of the school's own."""
    return "bundled" if folder.resolve() == CONTENT_DIR.resolve() else str(folder.resolve())


def _save_state(db: Database, folder: Path, digest: str, items: dict[str, str]) -> None:
    value = json.dumps({"source": _source(folder), "digest": digest, "items": items}, sort_keys=True)
    set_setting(db, STATE_KEY, value)


def record_shipped(db: Database, folder: Path = CONTENT_DIR) -> None:
    """Remember the shipped content as applied (after seeding a new database with it)."""
    shipped = _normalized(read_content(folder))
    with write_transaction(db, "the record of the shipped content"):
        _save_state(db, folder, files_digest(folder), {f"{k}/{i}": item_digest(v) for (k, i), v in shipped.items()})


def _apply_translations(db: Database, folder: Path) -> tuple[Changes, str]:
    """Bring in the shipped translations when their files changed (a teacher's own versions stay); what changed,
    and the problem if they cannot be read ("" if none)."""
    digest = files_digest(folder, translation_files(folder))
    if setting(db, TRANSLATIONS_KEY) == digest:
        return Changes(), ""
    try:
        changes = seed_translations(db, folder)
    except ValidationError as exc:
        return Changes(), f"the translations that came with this version cannot be read: {exc}"
    with write_transaction(db, "the record of the shipped translations"):
        set_setting(db, TRANSLATIONS_KEY, digest)
    return changes, ""


def apply_shipped(db: Database, folder: Path = CONTENT_DIR, *, adopt: bool = False) -> UpdateReport:
    """Bring the shipped content's new and revised items into a database, keeping the school's own edits.

    Only a database seeded from this content is updated, unless `adopt` (then it follows this content from now on)."""
    digest = files_digest(folder)
    state = _load_state(db)
    report = UpdateReport()
    if not adopt and state.get("source") != _source(folder):
        return report
    translated, translation_problem = _apply_translations(db, folder)
    report.changes.merge(translated)
    # A translation problem is reported, but never makes the content's record forget what was applied.
    if state.get("digest") == digest:
        report.problem = translation_problem
        return report
    try:
        shipped = _normalized(read_content(folder))
    except ValidationError as exc:
        report.problem = f"the content that came with this version cannot be read: {exc}"
        return report
    recorded: dict[str, str] = dict(state.get("items") or {})
    current = _items(db)
    deleted = {("question", r[0]) for r in db.execute("SELECT slug FROM questions WHERE deleted_at IS NOT NULL")}
    to_save: list[tuple[str, dict]] = []
    for (kind, slug), item in shipped.items():
        key, new = f"{kind}/{slug}", item_digest(item)
        here = current.get((kind, slug))
        if here is None:
            if key not in recorded and (kind, slug) not in deleted:
                to_save.append((kind, item))
                report.added.append(f"{kind} {slug}")
                recorded[key] = new
            continue                        # shipped before and deleted here: the teacher's choice stands
        now = item_digest(here)
        if now == new:
            recorded[key] = new             # already as shipped (also how a database from before this starts)
        elif recorded.get(key) == now:
            to_save.append((kind, item))    # left as shipped last time: take the new version
            report.updated.append(f"{kind} {slug}")
            recorded[key] = new
        else:
            report.kept.append(f"{kind} {slug}")
    if to_save:
        backup_before(db, "content update")
        try:
            report.changes.merge(save_items(db, to_save))
        except ValidationError as exc:
            report = UpdateReport(problem=f"the new content could not be added: {exc}")
    with write_transaction(db, "the record of the shipped content"):
        _save_state(db, folder, digest, recorded if not report.problem else dict(state.get("items") or {}))
    report.problem = report.problem or translation_problem
    return report

