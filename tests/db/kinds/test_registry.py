"""The kinds registry: every kind reads the same item one at a time as in a list, reading only its row."""

from __future__ import annotations

import pytest

from db.content import KIND_ORDER, get_item, list_items, save_item, validate_item
from db.kinds import REGISTRY, TABLES
from db.kinds.base import Kind


def test_every_kind_reads_one_item_as_the_list_does(full_db):
    for kind in KIND_ORDER:
        items = list_items(full_db, kind, include_deleted=True)
        assert items, kind
        for item in items:
            assert get_item(full_db, kind, item["id"]) == item


@pytest.mark.parametrize("kind", KIND_ORDER)
def test_reading_one_item_reads_only_its_rows(full_db, kind):
    slug = list_items(full_db, kind)[-1]["id"]
    statements: list[str] = []
    full_db.conn.set_trace_callback(statements.append)
    try:
        get_item(full_db, kind, slug)
    finally:
        full_db.conn.set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert selects
    # Every query is limited by a WHERE: none scans a whole table to find one item.
    assert all(" WHERE " in s for s in selects), selects


def test_the_registry_is_the_one_list_of_kinds(min_db):
    assert tuple(REGISTRY) == KIND_ORDER == tuple(TABLES)
    tables = {name for (name,) in min_db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for kind in REGISTRY.values():
        assert isinstance(kind, Kind) and kind.table in tables


def test_a_new_kind_needs_only_its_module(min_db, monkeypatch):
    """A kind registered in one place is validated, saved and read back by the shared code."""

    class Note(Kind):
        name, table, required = "note", "themes", "name"  # a stand-in table with a name column

        def row(self, db, item):
            return {"name": item["name"].strip()}

        def items(self, db, rows, ids):
            return [{"id": r["slug"], "name": r["name"]} for r in rows]

    import db.content as content

    monkeypatch.setitem(REGISTRY, "note", Note())
    monkeypatch.setitem(TABLES, "note", "themes")
    monkeypatch.setattr(content, "KIND_ORDER", (*KIND_ORDER, "note"))
    assert validate_item(min_db, "note", {"id": "n-1", "name": " "}) == [("name", "must not be empty")]
    changes = save_item(min_db, kind="note", item={"id": "n-1", "name": " A note "})
    assert changes["themes"] == {"n-1"}
    assert get_item(min_db, "note", "n-1") == {"id": "n-1", "name": "A note"}


def test_what_an_item_names_comes_from_its_kind(full_db):
    relation = list_items(full_db, "relation")[0]
    named = REGISTRY["relation"].referred(relation)
    assert ("actor", relation["a"]) in named and ("actor", relation["b"]) in named
    assert {("source", c["source"]) for c in relation["sources"]} <= set(named)
    choice = {"type": "single_choice", "items": ["not-an-event"], "claims": ["c1"], "sources": [{"source": "s"}]}
    assert REGISTRY["question"].referred(choice) == [("claim", "c1"), ("source", "s")]
    order = {**choice, "type": "order", "items": ["e1", "e2"]}
    assert ("event", "e2") in REGISTRY["question"].referred(order)


def test_deleting_a_question_takes_it_out_of_its_modules_and_says_so(min_db):
    from db.content import delete_item

    module = next(m for m in list_items(min_db, "module") if m["questions"])
    question = module["questions"][0]
    changes = delete_item(min_db, kind="question", slug=question)
    assert changes["questions"] == {question} and module["id"] in changes["modules"]
    assert question not in get_item(min_db, "module", module["id"])["questions"]
    assert get_item(min_db, "question", question)["id"] == question, "hidden, not removed"
