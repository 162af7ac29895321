"""The write path: validated saves in one transaction that report what changed; reading back."""

import copy

import pytest

from db.content import delete_item, get_item, list_items, save_item, save_items, validate_item
from db.errors import ValidationError
from db.seed import read_content, seed

from tests_support import MIN_CONTENT


def test_seed_is_idempotent(min_db):
    again = seed(min_db, MIN_CONTENT)
    assert not again, f"re-seeding changed {again.touched}"
    assert min_db.execute("SELECT count(*) FROM events").fetchone()[0] == 3


def test_items_read_back_in_the_file_format(min_db):
    items = {item["id"]: item for kind, item in read_content(MIN_CONTENT) if kind == "event"}
    for event in list_items(min_db, "event"):
        expected = items[event["id"]]
        # Actors come back in lane order; their order in a file carries no meaning.
        assert set(event.pop("actors")) == set(expected["actors"])
        assert event == {k: v for k, v in expected.items() if k != "actors"}, event["id"]


def test_save_reports_exactly_what_changed(min_db):
    event = get_item(min_db, "event", "low-point-2017")
    event["summary"] = "Coal imports were suspended."
    changes = save_item(min_db, kind="event", item=event)
    assert changes["events"] == {"low-point-2017"}
    assert changes.origin is None, "the data layer never says who asked"
    assert changes.count() == 1
    assert get_item(min_db, "event", "low-point-2017")["summary"] == "Coal imports were suspended."
    assert not save_item(min_db, kind="event", item=event), "saving an unchanged item reports a change"


def test_a_failing_batch_changes_nothing(min_db):
    good = copy.deepcopy(get_item(min_db, "event", "low-point-2017"))
    good["title"] = "Changed title"
    bad = {**good, "id": "new-event", "start": "2023-02-30"}
    before = list_items(min_db, "event")
    with pytest.raises(ValidationError) as info:
        save_items(min_db, [("event", good), ("event", bad)])
    assert "event 'new-event'.start" in str(info.value)
    assert "not a real date" in str(info.value)
    assert list_items(min_db, "event") == before


def test_a_database_error_mid_batch_rolls_back(min_db, monkeypatch):
    import db.content as content

    real = content._save_one
    calls = []

    def failing(db, kind, item):
        calls.append(item["id"])
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real(db, kind, item)

    monkeypatch.setattr(content, "_save_one", failing)
    a = {**get_item(min_db, "event", "low-point-2017"), "title": "A"}
    b = {**get_item(min_db, "event", "treaty-1961"), "title": "B"}
    with pytest.raises(RuntimeError):
        save_items(min_db, [("event", a), ("event", b)])
    assert get_item(min_db, "event", "low-point-2017")["title"] == "Relations hit a low"


@pytest.mark.parametrize("change,field,message", [
    ({"end": "2016"}, "end", "before it starts"),
    ({"sources": []}, "sources", "no source"),
    ({"actors": ["atlantis"]}, "actors", "'atlantis' names no actor"),
    ({"importance": 9}, "importance", "1 to 5"),
    ({"id": "Bad Slug"}, "id", "not an identifier"),
])
def test_event_rules_name_the_field(min_db, change, field, message):
    event = {**get_item(min_db, "event", "low-point-2017"), **change}
    problems = validate_item(min_db, "event", event)
    assert any(f == field and message in m for f, m in problems), problems


def test_a_reference_to_nothing_names_its_kind_and_identifier(min_db):
    """The problem is an English sentence that also carries what it refers to (an interface words it itself)."""
    from db.errors import MissingReference

    story = {"id": "s-x", "title": "S", "stops": [{"id": "one", "title": "One", "text": "T", "events": ["nowhere"],
                                                    "span": ["1950", "2024"], "map_date": "1961"}]}
    event = {**get_item(min_db, "event", "low-point-2017"), "actors": ["china", "atlantis"]}
    missing = [m for _f, m in validate_item(min_db, "event", event) + validate_item(min_db, "story", story)
               if isinstance(m, MissingReference)]
    assert [(m.kind, m.slug, str(m)) for m in missing] == [("actor", "atlantis", "'atlantis' names no actor"),
                                                          ("event", "nowhere", "'nowhere' names no event")]


@pytest.mark.parametrize("data,field,message", [
    ({"options": ["A", "B"], "correct": [2]}, "correct", "not among the options"),
    ({"options": ["A", "B"], "correct": [0, 1]}, "correct", "one correct answer is expected"),
    ({"options": ["A", "a"], "correct": [0]}, "options", "same text"),
])
def test_single_choice_rules(min_db, data, field, message):
    question = {"id": "q-x", "type": "single_choice", "prompt": "Which?", "sources": [{"source": "diplomat-2024"}],
                **data}
    problems = validate_item(min_db, "question", question)
    assert any(f == field and message in m for f, m in problems), problems


def test_editing_a_question_bumps_its_version(min_db):
    question = get_item(min_db, "question", "q-low-year")
    question["prompt"] = "Which year was the lowest point?"
    save_item(min_db, kind="question", item=question)
    assert min_db.execute("SELECT version FROM questions WHERE slug='q-low-year'").fetchone()[0] == 2


def test_deleting_a_question_hides_it_but_keeps_the_row(min_db):
    rows_before = min_db.execute("SELECT count(*) FROM questions").fetchone()[0]
    changes = delete_item(min_db, kind="question", slug="q-low-year")
    assert changes["questions"] == {"q-low-year"}
    assert "q-low-year" not in [q["id"] for q in list_items(min_db, "question")]
    assert min_db.execute("SELECT count(*) FROM questions").fetchone()[0] == rows_before
    assert get_item(min_db, "module", "m-basics")["questions"] == []


def test_an_actor_in_use_cannot_be_deleted(min_db):
    with pytest.raises(ValidationError, match=r"still used by \d+ events?; change those first"):
        delete_item(min_db, kind="actor", slug="china")


def test_a_source_cited_twice_is_refused_before_any_write(min_db):
    question = {**get_item(min_db, "question", "q-low-year")}
    question["sources"] = [{"source": "diplomat-2024", "locator": "¶13"}, {"source": "diplomat-2024", "locator": "¶14"}]
    with pytest.raises(ValidationError, match="cited twice"):
        save_item(min_db, kind="question", item=question)


@pytest.mark.parametrize("status", ["incorrect", "unverified", "forecast", "stated-position"])
def test_new_claim_statuses_are_saved_and_read_back(min_db, status):
    claim = list_items(min_db, "claim")[0]
    claim.update(status=status, note="What the sources show.")
    save_item(min_db, kind="claim", item=claim)
    assert get_item(min_db, "claim", claim["id"])["status"] == status


def test_an_unknown_status_or_purpose_is_named(min_db):
    claim = dict(list_items(min_db, "claim")[0], status="wrong")
    assert any(f == "status" for f, _ in validate_item(min_db, "claim", claim))
    question = dict(list_items(min_db, "question")[0], purpose="trivia")
    problems = validate_item(min_db, "question", question)
    assert [f for f, _ in problems] == ["purpose"] and "reasoning" in problems[0][1]


def test_question_purpose_round_trips_and_defaults_to_recall(min_db):
    question = list_items(min_db, "question")[0]
    assert "purpose" not in question, "recall is the default and is not written out"
    question["purpose"] = "perspective"
    save_item(min_db, kind="question", item=question)
    assert get_item(min_db, "question", question["id"])["purpose"] == "perspective"
    assert min_db.execute("SELECT purpose FROM questions WHERE slug = ?", [question["id"]]).fetchone()[0] == "perspective"


def test_a_syndicated_source_keeps_its_original_outlet(min_db):
    source = {"id": "copy-1", "kind": "external", "title": "A copy", "outlet": "Yahoo News",
              "url": "https://news.yahoo.com/x", "syndicated": True, "original_outlet": "Yonhap"}
    save_item(min_db, kind="source", item=source)
    assert get_item(min_db, "source", "copy-1") == source
    plain = dict(source, id="copy-2", syndicated=False)
    problems = validate_item(min_db, "source", plain)
    assert [f for f, _ in problems] == ["original_outlet"], "an original outlet without syndicated = true is named"
    assert [f for f, _ in validate_item(min_db, "source", dict(source, syndicated="yes"))] == ["syndicated"]
