"""db.queries.relations: what held at a date, a pair's history, an actor's relations, and two dates compared."""

import datetime as dt

import pytest

from db.content import save_item
from db.errors import ValidationError
from db.queries import relations as rel


def kinds(rows, a, b):
    """The kinds of the relations of one pair in a result, sorted."""
    return sorted(r["kind"] for r in rows if r["pair"] == rel.pair_key(a, b))


def test_china_north_korea_strained_in_2017_and_warming_in_2018(full_db):
    assert "strained" in kinds(rel.relations_at(full_db, "2017-06"), "china", "north-korea")
    assert "warming" not in kinds(rel.relations_at(full_db, "2017-06"), "china", "north-korea")
    mid_2018 = kinds(rel.relations_at(full_db, "2018-07"), "china", "north-korea")
    assert "warming" in mid_2018 and "strained" not in mid_2018


def test_russia_north_korea_alliance_only_after_june_2024(full_db):
    before = rel.relations_at(full_db, "2024-05")
    after = rel.relations_at(full_db, "2024-07")
    assert "alliance" not in kinds(before, "russia", "north-korea")
    alliance = [r for r in after if r["pair"] == ("north-korea", "russia") and r["kind"] == "alliance"]
    assert len(alliance) == 1
    assert alliance[0]["opened_by"] == "russia-nk-treaty-signed-2024"


def test_dates_given_as_fractional_years_and_days_agree_with_iso(full_db):
    iso = {r["slug"] for r in rel.relations_at(full_db, "2018-07")}
    assert {r["slug"] for r in rel.relations_at(full_db, dt.date(2018, 7, 1))} == iso
    assert {r["slug"] for r in rel.relations_at(full_db, 2018.5)} == iso


def test_an_interval_holds_through_the_last_day_of_its_end(full_db):
    # cn-kp-summit-thaw ends "2019-06-21": it holds that day and not the next.
    assert "cn-kp-summit-thaw" in {r["slug"] for r in rel.relations_at(full_db, dt.date(2019, 6, 21))}
    assert "cn-kp-summit-thaw" not in {r["slug"] for r in rel.relations_at(full_db, dt.date(2019, 6, 22))}
    # An open end still holds far in the future.
    assert "cn-kp-treaty-alliance" in {r["slug"] for r in rel.relations_at(full_db, "2090")}


def test_russia_is_named_soviet_union_before_december_1991(full_db):
    names_1985 = {r["a_name"] for r in rel.relations_at(full_db, "1985") if r["a"] == "russia"}
    names_2000 = {r["a_name"] for r in rel.relations_at(full_db, "2001") if r["a"] == "russia"}
    assert names_1985 == {"Soviet Union"} and names_2000 == {"Russia"}


def test_a_bad_date_names_the_problem(full_db):
    with pytest.raises(ValidationError, match="not a partial date"):
        rel.relations_at(full_db, "mid-2017")


def test_pair_history_is_in_order_either_way_round_with_its_events(full_db):
    history = rel.pair_history(full_db, "north-korea", "china")
    assert history == sorted(history, key=lambda r: r["first_day"])
    assert [r["slug"] for r in history] == [r["slug"] for r in rel.pair_history(full_db, "china", "north-korea")]
    low = next(r for r in history if r["slug"] == "cn-kp-low-point")
    assert (low["opened_by"], low["closed_by"]) == ("unscr-2270-2016", "xi-kim-beijing-2018-03")
    assert low["closed_title"] and low["closed_date"] == "25–28 March 2018"
    assert low["dates"] == "2016 – 25 March 2018"
    treaty = next(r for r in history if r["slug"] == "cn-kp-treaty-alliance")
    assert treaty["closed_by"] is None and treaty["dates"].endswith("today")
    assert all(r["summary"] for r in history)
    assert all(r["sources"] for r in history)  # every interval says where it comes from
    assert ("diplomat-2024", "¶13") in {(s["slug"], s["locator"]) for s in low["sources"]}


def test_actor_relations_at_a_date_and_over_time(full_db):
    at_2024 = rel.actor_relations(full_db, "russia", "2024-07")
    assert {r["other"] for r in at_2024} >= {"north-korea", "china", "ukraine"}
    assert all("russia" in (r["a"], r["b"]) for r in at_2024)
    ever = rel.actor_relations(full_db, "russia")
    assert len(ever) > len(at_2024)
    assert any(r["other_name"] == "North Korea" and r["a_name"] == "Soviet Union" for r in ever)


def test_compare_2017_with_2024(full_db):
    result = {e["pair"]: e for e in rel.compare(full_db, "2017-06", "2024-07")}
    cn_kp = result[("china", "north-korea")]
    assert cn_kp["status"] == rel.CHANGED_KIND
    assert [r["slug"] for r in cn_kp["ended"]] == ["cn-kp-low-point"]
    assert "cn-kp-cool-but-correct" in [r["slug"] for r in cn_kp["appeared"]]
    kp_ru = result[("north-korea", "russia")]
    assert kp_ru["status"] == rel.CHANGED_KIND
    assert "ru-kp-treaty-alliance" in [r["slug"] for r in kp_ru["appeared"]]
    assert result[("russia", "ukraine")]["status"] == rel.APPEARED
    assert result[("china", "russia")]["status"] == rel.UNCHANGED
    statuses = [e["status"] for e in rel.compare(full_db, "2017-06", "2024-07")]
    assert statuses.index(rel.CHANGED_KIND) < statuses.index(rel.UNCHANGED)


def test_compare_reports_a_pair_that_ended(full_db):
    result = {e["pair"]: e for e in rel.compare(full_db, "1985", "2000")}
    assert result[("china", "south-korea")]["status"] == rel.CHANGED_KIND  # hostility -> partnership
    assert result[("north-korea", "russia")]["status"] == rel.ENDED  # the Soviet treaty lapsed in 1995
    assert result[("north-korea", "russia")]["a_name"] == "North Korea"


def test_compare_names_actors_as_at_the_second_date(full_db):
    entry = next(e for e in rel.compare(full_db, "2001", "1985") if e["pair"] == ("north-korea", "russia"))
    assert entry["b_name"] == "Soviet Union"


def test_a_saved_relation_shows_at_its_dates(full_db):
    save_item(full_db, kind="relation", item={
        "id": "cn-kp-test-rivalry", "a": "china", "b": "north-korea", "kind": "rivalry", "label": "Test",
        "strength": 1, "direction": "", "start": "1970-05", "end": "1970-06", "summary": "A test interval.",
        "sources": [{"source": "diplomat-2024"}]})
    assert "rivalry" in kinds(rel.relations_at(full_db, "1970-06"), "china", "north-korea")
    assert "rivalry" not in kinds(rel.relations_at(full_db, "1970-07"), "china", "north-korea")

