"""Editor writes: saves and deletes in one transaction; what a delete would unlink or break."""

import pytest

from db.content import get_item
from db.editing import apply_edit, choices, delete_blockers, dependents, membership_steps, modules_with
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


def test_choices_pair_ids_with_readable_titles_in_title_order(min_db):
    actors = choices(min_db, "actor")
    assert ("china", "China") in actors
    assert [t.casefold() for _, t in actors] == sorted(t.casefold() for _, t in actors)
    prompts = dict(choices(min_db, "question"))
    assert prompts["q-low-year"] == get_item(min_db, "question", "q-low-year")["prompt"]


def test_membership_steps_add_and_remove_a_question_from_modules(min_db):
    before = modules_with(min_db, "q-low-year")
    assert "m-basics" in before
    steps = membership_steps(min_db, "q-low-year", [m for m in before if m != "m-basics"])
    assert [(kind, b["id"]) for kind, b, _ in steps] == [("module", "m-basics")]
    assert "q-low-year" not in steps[0][2]["questions"]
    apply_edit(min_db, saves=[(kind, after) for kind, _, after in steps])
    assert "m-basics" not in modules_with(min_db, "q-low-year")
    back = membership_steps(min_db, "q-low-year", before)
    assert back[0][2]["questions"][-1] == "q-low-year", "a module it joins gets it at the end"
    assert membership_steps(min_db, "q-low-year", modules_with(min_db, "q-low-year")) == []
