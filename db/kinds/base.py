"""What every kind of content has: a table, checks, a row, links, and how its items are read back.

A kind is a subclass of `Kind` in its own module under `db/kinds/`; `db.kinds` registers it once.
The helpers below are the pieces the kinds share: references to other items, citations, dates,
the insert-or-update by slug and the replacement of an item's link rows.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import TYPE_CHECKING

from db.dates import PartialDate, check_interval
from db.errors import MissingReference, ValidationError

if TYPE_CHECKING:
    from db.connection import Database

# (field, message) pairs; `pending` maps table -> slugs saved in the same batch.
Problems = list[tuple[str, str]]
Pending = dict[str, set] | None


class Kind:
    """One kind of content: subclasses set the class attributes and override what differs."""

    name: str = ""            # singular, as in files: "event"
    table: str = ""           # its table: "events"
    required: str | None = None  # the field that must not be empty
    order: str = "slug"       # ORDER BY of a list (columns of `table`)
    spans_time: bool = False  # has start/end and their precisions (events, eras, relations)
    hidden: str = ""          # SQL condition an item must meet to be listed (unless deleted ones are asked for)
    refers: tuple[tuple[str, str], ...] = ()  # (field, kind): every field naming items of another kind
    used_by: tuple[tuple[str, str, str], ...] = ()  # (link table, column, what): rows there block a delete
    unlinks: tuple[tuple[str, str], ...] = ()  # (field, kind): a delete of that kind drops the link in this field
    blocks: tuple[tuple[str, str, str], ...] = ()  # (field, kind, message): naming one there blocks its delete
    text_fields: tuple[str, ...] = ()  # optional fields stored as they are: they must be text
    int_fields: tuple[str, ...] = ()   # optional whole numbers (SQLite's range)

    def check(self, db: Database, item: dict, problems: Problems, pending: Pending) -> None:
        """Append the problems particular to this kind (the common checks run elsewhere)."""

    def drops_link(self, item: dict, kind: str, slug: str) -> bool:
        """True if deleting (kind, slug) takes a link out of `item` (a kind with nested links overrides this)."""
        return any(names(item.get(field), slug) for field, target in self.unlinks if target == kind)

    def referred(self, item: dict) -> list[tuple[str, str]]:
        """(kind, slug) of every item this one names (a citation names its source)."""
        out = []
        for field, kind in self.refers:
            value = item.get(field)
            for entry in value if isinstance(value, list) else [value] if value else []:
                out.append((kind, entry["source"] if isinstance(entry, dict) else entry))
        return out

    def row(self, db: Database, item: dict) -> dict:
        """The table's columns (without `slug`) for a valid item."""
        raise NotImplementedError

    def save(self, db: Database, item: dict) -> bool:
        """Write one valid item and its links (inside the caller's transaction); True if anything changed."""
        rid, changed = upsert(db, self.table, item["id"], self.row(db, item))
        return self.save_links(db, rid, item) or changed

    def save_links(self, db: Database, rid: int, item: dict) -> bool:
        """Replace the item's link rows; True if they changed."""
        return False

    def select(self) -> str:
        """The SELECT … FROM that `items` reads its rows from (a kind may join the slugs it shows)."""
        return f"SELECT * FROM {self.table}"

    def items(self, db: Database, rows: list[dict], ids: list[int] | None) -> list[dict]:
        """Rows of the table as items in the file format; `ids` limits the link queries (None: all rows)."""
        raise NotImplementedError

    def read(self, db: Database, *, slug: str | None = None, include_hidden: bool = False) -> list[dict]:
        """The items of this kind (or the one with `slug`), reading only the rows and links they need."""
        where, params = [], []
        if slug is not None:
            where.append(f"{self.table}.slug = ?")
            params.append(slug)
        if self.hidden and not include_hidden:
            where.append(self.hidden)
        sql = self.select() + (" WHERE " + " AND ".join(where) if where else "")
        rows = list(db.query(f"{sql} ORDER BY {self.order}", params))
        return self.items(db, rows, None if slug is None else [r["id"] for r in rows])

    def delete(self, db: Database, rid: int) -> None:
        """Remove the row (its link rows go with it by foreign key)."""
        db.execute(f"DELETE FROM {self.table} WHERE id = ?", [rid])

    def before_delete(self, db: Database, kind: str, rid: int) -> list[str]:
        """An item of `kind` (row `rid`) is about to go: drop this kind's links to it that no foreign key
        drops (a hidden question keeps its row), and return the slugs of this kind's items that changed."""
        return []


# ---------------------------------------------------------------- checks


def names(value, slug: str) -> bool:
    """True if a field (one slug, a list of them, or nothing) names `slug`."""
    return slug in value if isinstance(value, list) else value == slug


def known_slugs(db: Database, table: str, slugs: list[str]) -> set[str]:
    """Which of `slugs` exist in `table` (one query, however many)."""
    rows = db.execute(f"SELECT slug FROM {table} WHERE slug IN (SELECT value FROM json_each(?))",
                      [json.dumps(slugs)]).fetchall()
    return {slug for (slug,) in rows}


def refs(db: Database, table: str, slugs, field: str, problems: Problems, pending: Pending,
         unique: bool = True) -> None:
    """Check a list of slugs that must name items of `table` (saved, or in the same batch)."""
    if not isinstance(slugs, list):
        problems.append((field, "must be a list"))
        return
    names = [s for s in slugs if isinstance(s, str)]
    known = known_slugs(db, table, names) | (pending or {}).get(table, set())
    seen: set[str] = set()
    for slug in slugs:
        if not isinstance(slug, str):
            problems.append((field, f"{slug!r} is not an identifier"))
            continue
        if slug not in known:
            problems.append((field, MissingReference(table[:-1], slug)))
        elif unique and slug in seen:  # each link is stored once: a repeat would break the link table
            problems.append((field, f"'{slug}' is listed twice"))
        seen.add(slug)


def sources(db: Database, item: dict, problems: Problems, pending: Pending, required: bool = True) -> None:
    """Check the item's citations: a list of {source, locator}, each source cited once."""
    cites = item.get("sources", [])
    if not isinstance(cites, list):
        problems.append(("sources", "must be a list of {source, locator}"))
        return
    if required and not cites:
        problems.append(("sources", "no source: every item must say where it comes from"))
    slugs = []
    for i, cite in enumerate(cites):
        if not isinstance(cite, dict) or not isinstance(cite.get("source"), str):
            problems.append((f"sources[{i}]", "must be a table with a 'source' id"))
        else:
            if cite["source"] in slugs:
                problems.append((f"sources[{i}]", f"'{cite['source']}' is cited twice; give one locator for it"))
            slugs.append(cite["source"])
    # A repeat is reported above, per citation; refs would name it a second time.
    refs(db, "sources", slugs, "sources", problems, pending, unique=False)


def interval(item: dict, problems: Problems) -> None:
    """Check `start` and the optional `end` of an item that spans time."""
    start, end = item.get("start", ""), item.get("end", "") or ""
    try:
        check_interval(start, end, "")
    except ValidationError as exc:
        problems.extend((w.lstrip(".") or "start", m) for w, m in exc.problems)


def date_field(item: dict, name: str, problems: Problems) -> None:
    """Check an optional partial date field (`published`, `renamed`)."""
    if item.get(name):
        try:
            PartialDate.parse(str(item[name]), name)
        except ValidationError as exc:
            problems.extend(exc.problems)


def whole(value, low: int, high: int) -> bool:
    """True for a whole number (not a bool) from low to high."""
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


# ---------------------------------------------------------------- saving


def precision(text: str | None) -> str | None:
    """The precision of a stored date ('year', 'month', 'day'), or None for no date."""
    return PartialDate.parse(text).precision if text else None


def interval_row(item: dict) -> dict:
    """The columns every item that spans time stores."""
    end = item.get("end") or None
    return {"start": item["start"], "start_precision": precision(item["start"]),
            "end": end, "end_precision": precision(end), "summary": item.get("summary", "")}


def id_of(db: Database, table: str, slug: str | None) -> int | None:
    """The row id of a slug in a table, or None (also for no slug)."""
    if not slug:
        return None
    row = db.execute(f"SELECT id FROM {table} WHERE slug = ?", [slug]).fetchone()
    return row[0] if row else None


def ids_of(db: Database, table: str, slugs: list[str]) -> dict[str, int]:
    """Map the given slugs of a table to row ids (one query)."""
    rows = db.execute(f"SELECT slug, id FROM {table} WHERE slug IN (SELECT value FROM json_each(?))",
                      [json.dumps(slugs)]).fetchall()
    return dict(rows)


def upsert(db: Database, table: str, slug: str, row: dict) -> tuple[int, bool]:
    """Insert or update by slug; return (id, changed)."""
    cur = db.execute(f"SELECT * FROM {table} WHERE slug = ?", [slug])
    existing = cur.fetchone()
    if existing is None:
        cols = ["slug", *row]
        cur = db.execute(
            f"INSERT INTO {table} ({', '.join(_q(c) for c in cols)}) VALUES ({', '.join('?' for _ in cols)})",
            [slug, *row.values()],
        )
        return cur.lastrowid, True
    current = dict(zip([d[0] for d in cur.description], existing, strict=True))
    diff = {k: v for k, v in row.items() if current.get(k) != v}
    if diff:
        db.execute(
            f"UPDATE {table} SET {', '.join(f'{_q(k)} = ?' for k in diff)} WHERE id = ?",
            [*diff.values(), current["id"]],
        )
    return current["id"], bool(diff)


def _q(column: str) -> str:
    return f'"{column}"'


def replace_links(db: Database, table: str, owner_col: str, owner_id: int, rows: list[dict]) -> bool:
    """Replace an item's link rows; return True if they differ from before."""
    cols = sorted({k for r in rows for k in r})
    cur = db.execute(f"SELECT * FROM {table} WHERE {owner_col} = ?", [owner_id])
    before = cur.fetchall()
    names = [d[0] for d in cur.description]
    before_set = {tuple(sorted((k, v) for k, v in zip(names, r, strict=True) if k in cols)) for r in before}
    after_set = {tuple(sorted((k, r[k]) for k in cols)) for r in rows}
    if before_set == after_set and len(before) == len(rows):
        return False
    db.execute(f"DELETE FROM {table} WHERE {owner_col} = ?", [owner_id])
    for r in rows:
        db.execute(
            f"INSERT INTO {table} ({', '.join(r)}) VALUES ({', '.join('?' for _ in r)})", list(r.values())
        )
    return True


def link_rows(db: Database, table: str, owner_col: str, owner_id: int, target_table: str, target_col: str,
              slugs: list[str], **extra) -> bool:
    """Replace the rows linking an item to the items named by `slugs` (in their order when `position` is asked)."""
    ids = ids_of(db, target_table, slugs)
    rows = [{owner_col: owner_id, target_col: ids[s]} for s in slugs]
    if extra.get("position"):
        for i, r in enumerate(rows):
            r["position"] = i
    return replace_links(db, table, owner_col, owner_id, rows)


def save_citations(db: Database, column: str, owner_id: int, cites: list[dict]) -> bool:
    """Replace the item's citations (table `citations`, owner column `column`)."""
    ids = ids_of(db, "sources", [c["source"] for c in cites])
    rows = [{column: owner_id, "source_id": ids[c["source"]], "locator": c.get("locator", "")} for c in cites]
    return replace_links(db, "citations", column, owner_id, rows)


# ---------------------------------------------------------------- reading


def grouped(db: Database, select: str, owner: str, ids: list[int] | None, order: str,
            where: str = "") -> dict[int, list]:
    """Run `select` (owner first, then one or more values) grouped by owner; `ids` limits the owners."""
    conds, params = [where] if where else [], []
    if ids is not None:
        conds.append(f"{owner} IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(ids))
    sql = select + (" WHERE " + " AND ".join(conds) if conds else "") + f" ORDER BY {order}"
    out: dict[int, list] = defaultdict(list)
    for first, *rest in db.execute(sql, params).fetchall():
        out[first].append(rest[0] if len(rest) == 1 else rest)
    return out


def cite(source: str, locator: str) -> dict:
    """A citation as an item holds it (no empty locator)."""
    return {"source": source, "locator": locator} if locator else {"source": source}


def cites(db: Database, column: str, ids: list[int] | None) -> dict[int, list[dict]]:
    """The citations of the items owning rows in `citations.column`, by owner id."""
    rows = grouped(db, f"SELECT c.{column}, s.slug, c.locator FROM citations c JOIN sources s ON s.id = c.source_id",
                   f"c.{column}", ids, "c.id", where=f"c.{column} IS NOT NULL")
    return {k: [cite(s, loc) for s, loc in v] for k, v in rows.items()}


def interval_fields(row: dict) -> dict:
    """`start` and, when there is one, `end` of a row that spans time."""
    out = {"start": row["start"]}
    if row["end"]:
        out["end"] = row["end"]
    return out
