"""`python -m db check`: integrity, foreign keys, the content rules of DESIGN.md, and the teaching rules."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.content import TABLES, list_items, validate_item
from db.dates import PartialDate
from db.errors import ValidationError
from db.kinds import REGISTRY
from db.structure import structure_problems
from db.teaching_rules import teaching_findings
from db.translations import translation_problems

if TYPE_CHECKING:
    from db.connection import Database


def check_database(db: Database, *, teaching: bool = True) -> list[str]:
    """Every problem found, one line each, naming the item and field; empty when all is well.

    With `teaching` (the default, as `python -m db check` runs it) the teaching rules are checked too;
    without, only what makes the database or an item invalid."""
    problems = [f"integrity: {row[0]}" for row in db.execute("PRAGMA integrity_check").fetchall()
                if row[0] != "ok"]
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(f"foreign key: {table} row {rowid} points at a missing {parent}")
    for table in (kind.table for kind in REGISTRY.values() if kind.spans_time):
        for slug, start, sp, end, ep in db.execute(
            f'SELECT slug, start, start_precision, "end", end_precision FROM {table}'
        ):
            for value, precision, name in ((start, sp, "start"), (end, ep, "end")):
                if value is None:
                    continue
                try:
                    if PartialDate.parse(value).precision != precision:
                        problems.append(f"{table[:-1]} '{slug}'.{name}: precision '{precision}' does not match "
                                        f"'{value}'")
                except ValidationError as exc:
                    problems.append(f"{table[:-1]} '{slug}'.{name}: {exc}")
    structure = structure_problems(db, extras=True)
    problems.extend(f"structure: {p}" for p in structure)
    if any("not one Trilemma makes" not in p for p in structure):
        return problems  # the content rules read those tables; they cannot run on a damaged structure
    for kind in TABLES:
        items = list_items(db, kind)
        pending = {TABLES[kind]: {i["id"] for i in items}}
        for item in items:
            for field, msg in validate_item(db, kind, item, pending):
                problems.append(f"{kind} '{item['id']}'.{field}: {msg}")
    problems += translation_problems(db)
    if teaching and not problems:  # teaching rules read valid content; an invalid item is reported as such first
        problems += [finding.line() for finding in teaching_findings(db)]
    return problems
