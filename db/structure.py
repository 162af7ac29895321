"""The database's structure against what the migrations make: tables, columns, indexes, triggers, views.

A file can pass SQLite's integrity check and still miss a table that someone dropped by hand; the app
would then die on its first query. The expected structure is built once per process by running every
known migration step in an in-memory database, so a new step is checked without listing it here.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from db.schema import STEPS

if TYPE_CHECKING:
    from db.connection import Database

_SPACE = re.compile(r"\s+")
# Internal tables: SQLite's, made when needed (their absence is no damage), and the record of applied steps that
# sqlite-utils' Migrations keeps (read, and so checked, each time a database is opened: see db.schema).
_OPTIONAL = re.compile(r"^(sqlite_(sequence|stat\d)|_sqlite_migrations)$")


@dataclass(frozen=True)
class Structure:
    """Names and shapes of a database's schema objects, comparable across files."""

    tables: dict[str, tuple[tuple[str, str, int, int], ...]]   # table -> (column, type, notnull, pk) ...
    indexes: dict[str, str]                                     # index -> table
    triggers: dict[str, tuple[str, str]]                        # trigger -> (table, normalised SQL)
    views: dict[str, str]                                       # view -> normalised SQL


def read_structure(db: Database) -> Structure:
    """The structure of an open database."""
    tables, indexes, triggers, views = {}, {}, {}, {}
    rows = db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    for kind, name, table, sql in rows:
        if _OPTIONAL.match(table):
            continue
        if kind == "table":
            columns = db.execute(f'PRAGMA table_info("{name}")').fetchall()
            tables[name] = tuple((c[1], (c[2] or "").upper(), int(c[3]), int(c[5])) for c in columns)
        elif kind == "index":
            indexes[name] = table
        elif kind == "trigger":
            triggers[name] = (table, _normal(sql))
        elif kind == "view":
            views[name] = _normal(sql)
    return Structure(tables, indexes, triggers, views)


@functools.cache
def expected_structure() -> Structure:
    """What a database fully upgraded by this version holds (built once per process).

    The steps only execute statements, so a plain in-memory connection runs them (in autocommit: nothing is kept
    here but the structure); this spares importing sqlite-utils at every start."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for _name, fn in STEPS:
            fn(conn)
        return read_structure(conn)
    finally:
        conn.close()


def structure_problems(db: Database, *, extras: bool = False) -> list[str]:
    """What is missing or changed in an upgraded database's structure, one sentence each; empty when whole.

    With extras=True, objects the migrations do not make are listed too (a note for `db check`, not damage)."""
    want, have = expected_structure(), read_structure(db)
    problems = []
    for table, columns in want.tables.items():
        if table not in have.tables:
            problems.append(f"the table '{table}' is missing")
            continue
        present = {c[0]: c for c in have.tables[table]}
        for column in columns:
            found = present.get(column[0])
            if found is None:
                problems.append(f"the column '{table}.{column[0]}' is missing")
            elif found != column:
                problems.append(f"the column '{table}.{column[0]}' has been changed")
    for label, wanted, present in (("index", want.indexes, have.indexes), ("trigger", want.triggers, have.triggers)):
        for name, shape in wanted.items():
            table = shape if label == "index" else shape[0]
            if table not in have.tables:
                continue  # reported with its table
            if name not in present:
                problems.append(f"the {label} '{name}' is missing")
            elif present[name] != shape:
                problems.append(f"the {label} '{name}' has been changed")
    for name, sql in want.views.items():
        if name not in have.views:
            problems.append(f"the view '{name}' is missing")
        elif have.views[name] != sql:
            problems.append(f"the view '{name}' has been changed")
    if extras:
        for name in sorted(set(have.tables) - set(want.tables)):
            problems.append(f"the table '{name}' is not one Trilemma makes")
    return problems


def _normal(sql: str | None) -> str:
    return _SPACE.sub(" ", (sql or "").strip())
