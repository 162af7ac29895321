"""Stories: stops saved in order and read back, every reference checked, a delete takes a stop's link out."""

from __future__ import annotations

import copy

import pytest

from db.content import delete_item, get_item, save_item, validate_item
from db.editing import dependents
from db.errors import ValidationError
from db.interchange.pack import pack_content
from db.kinds import REGISTRY
from db.queries import stats


def test_the_fixture_story_reads_back_in_stop_order(min_db):
    story = get_item(min_db, "story", "st-test")
    assert [s["id"] for s in story["stops"]] == ["the-treaty", "the-low-point", "the-visit"]
    assert story["stops"][1]["compare"] == "1961-08"
    assert story["stops"][2]["question"] == "q-visit-rare"
    assert story["stops"][2]["sources"] == [{"source": "diplomat-2024", "locator": "¶8"}]


def test_stats_count_stories_and_their_stops(min_db):
    counts = stats(min_db)
    assert counts["stories"] == 1 and counts["story_stops"] == 3


def test_reordering_stops_saves_the_new_order_and_saving_again_changes_nothing(min_db):
    story = get_item(min_db, "story", "st-test")
    story["stops"].reverse()
    assert "stories" in save_item(min_db, kind="story", item=story)
    assert [s["id"] for s in get_item(min_db, "story", "st-test")["stops"]] == ["the-visit", "the-low-point", "the-treaty"]
    assert not save_item(min_db, kind="story", item=story)


@pytest.mark.parametrize(("change", "field"), [
    (lambda s: s.update(events=["no-such-event"]), "stops[0].events"),
    (lambda s: s.update(events=["putin-visit-2024"]), "stops[0].events"),  # outside the stop's span
    (lambda s: s.update(question="q-nothing"), "stops[0].question"),
    (lambda s: s.update(relations=["nope"]), "stops[0].relations"),
    (lambda s: s.update(claims=["nope"]), "stops[0].claims"),
    (lambda s: s.update(span=["2000", "1990"]), "stops[0].span"),
    (lambda s: s.update(map_date="June"), "stops[0].map_date"),
    (lambda s: s.pop("map_date"), "stops[0].map_date"),
    (lambda s: s.update(title=" "), "stops[0].title"),
    (lambda s: s.update(id="Bad Id"), "stops[0].id"),
    (lambda s: s.update(paragraphs=[0]), "stops[0].paragraphs"),
    (lambda s: s.update(paragraphs=[2], sources=[]), "stops[0].sources"),
])
def test_every_reference_and_field_of_a_stop_is_checked(min_db, change, field):
    story = get_item(min_db, "story", "st-test")
    change(story["stops"][0])
    problems = validate_item(min_db, "story", story)
    assert field in [f for f, _ in problems], problems
    with pytest.raises(ValidationError):
        save_item(min_db, kind="story", item=story)


def test_two_stops_with_one_id_are_refused(min_db):
    story = get_item(min_db, "story", "st-test")
    story["stops"][1]["id"] = "the-treaty"
    assert ("stops[1].id", "'the-treaty' is used by an earlier stop") in validate_item(min_db, "story", story)


def test_deleting_an_event_takes_it_out_of_the_stop_and_undo_can_put_it_back(min_db):
    before = get_item(min_db, "story", "st-test")
    restore = dependents(min_db, "event", "low-point-2017")
    assert ("story", before) in restore
    # The question naming the event blocks nothing here; the claim and question links go too.
    changes = delete_item(min_db, kind="event", slug="low-point-2017")
    assert "st-test" in changes["stories"]
    assert get_item(min_db, "story", "st-test")["stops"][1]["events"] == []


def test_deleting_a_question_takes_it_off_its_stop(min_db):
    changes = delete_item(min_db, kind="question", slug="q-visit-rare")
    assert "st-test" in changes["stories"]
    assert "question" not in get_item(min_db, "story", "st-test")["stops"][2]


def test_a_source_a_stop_cites_cannot_be_deleted(min_db):
    save_item(min_db, kind="source", item={"id": "only-in-a-story", "title": "A page", "kind": "external"})
    story = get_item(min_db, "story", "st-test")
    story["stops"][0]["sources"] = [{"source": "only-in-a-story", "locator": "p. 2"}]
    save_item(min_db, kind="story", item=story)
    with pytest.raises(ValidationError, match="still used by 1 story stop;"):
        delete_item(min_db, kind="source", slug="only-in-a-story")


def test_a_story_names_what_its_stops_refer_to_so_packs_carry_them(min_db):
    story = get_item(min_db, "story", "st-test")
    referred = set(REGISTRY["story"].referred(story))
    assert {("event", "treaty-1961"), ("relation", "cn-kp-alliance"), ("claim", "c01-putin-visit"),
            ("question", "q-visit-rare"), ("source", "diplomat-2024")} <= referred
    assert [s["id"] for s in pack_content(min_db)["story"]] == ["st-test"]


def test_deleting_a_story_deletes_its_stops(min_db):
    delete_item(min_db, kind="story", slug="st-test")
    assert stats(min_db)["story_stops"] == 0


def test_a_new_story_saves_from_a_copy(min_db):
    story = copy.deepcopy(get_item(min_db, "story", "st-test"))
    story["id"] = "st-copy"
    save_item(min_db, kind="story", item=story)
    assert get_item(min_db, "story", "st-copy")["stops"] == story["stops"]
