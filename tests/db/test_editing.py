"""Editor writes: saves and deletes in one transaction; what a delete would unlink or break."""

import pytest

from db.content import get_item
from db.editing import apply_edit, delete_blockers, dependents
from db.errors import NotFoundError


def test_saves_and_deletes_are_one_transaction(min_db):
    era = get_item(min_db, "era", "low-point")
    era["name"] = "Renamed"
    with pytest.raises(NotFoundError):
        apply_edit(min_db, saves=[("era", era)], deletes=[("event", "no-such-event")])
    assert get_item(min_db, "era", "low-point")["name"] == "The low point", "the save was rolled back"
    changes = apply_edit(min_db, saves=[("era", era)], deletes=[("relation", "cn-kp-strained")])
    assert changes["eras"] == {"low-point"} and changes["relations"] == {"cn-kp-strained"}
    assert changes.origin is None, "the data layer never says who asked"


def test_dependents_are_what_a_delete_unlinks(min_db):
    found = {(kind, item["id"]) for kind, item in dependents(min_db, "event", "treaty-1961")}
    assert ("relation", "cn-kp-alliance") in found
    assert ("question", "q-treaty-parties") in found
    assert {k for k, _ in dependents(min_db, "question", "q-low-year")} == {"module"}
    assert dependents(min_db, "era", "low-point") == []


def test_an_event_an_order_question_lists_cannot_be_deleted(min_db):
    assert any("q-order-three" in b for b in delete_blockers(min_db, "event", "treaty-1961"))
    assert delete_blockers(min_db, "claim", "c01-putin-visit") == []
