"""The shipped content: floors from the issue, every rule `check` enforces, and dates kept at source precision."""

from db.check import check_database
from db.content import list_items
from db.queries import stats


def test_shipped_content_passes_every_check(full_db):
    """`python -m db check` (validity and the teaching rules of db.teaching_rules) finds nothing in the shipped content."""
    assert check_database(full_db) == []


def test_stats_count_the_shipped_questions_by_purpose(full_db):
    purposes = stats(full_db)["questions_by_purpose"]
    assert set(purposes) == {"recall", "reasoning", "perspective", "source"}
    assert sum(purposes.values()) == stats(full_db)["questions"]
    assert sum(n for p, n in purposes.items() if p != "recall") >= 40


def test_shipped_content_meets_the_floors(full_db):
    counts = stats(full_db)
    assert counts["claims"] == 41  # C01-C34 of the fact check, plus c35-c41: the article's argument (issue 13)
    assert counts["events"] >= 45
    assert counts["actors"] >= 8
    assert counts["relations"] >= 20
    assert counts["eras"] >= 8
    assert counts["events_by_kind"].get("post-article", 0) >= 3
    assert counts["events_by_kind"].get("context", 0) >= 10


def test_every_claim_has_its_paragraph_and_the_article_as_a_source(full_db):
    for claim in list_items(full_db, "claim"):
        assert 8 <= claim["paragraph"] <= 28, claim["id"]
        assert {"source": "diplomat-2024", "locator": f"¶{claim['paragraph']}"} in claim["sources"], claim["id"]


def test_contested_claims_carry_a_note(full_db):
    for claim in list_items(full_db, "claim"):
        if claim["status"] != "confirmed":
            assert claim["note"].strip(), claim["id"]


def test_known_corrections_are_told(full_db):
    notes = {c["id"][:3]: c["note"] for c in list_items(full_db, "claim")}
    assert "orbit" in notes["c09"] and ("fail" in notes["c09"].lower() or "exploded" in notes["c09"].lower())
    assert "2025" in notes["c33"]


def test_dates_stay_at_the_precision_the_sources_give(full_db):
    events = {e["id"]: e for e in list_items(full_db, "event")}
    assert events["mao-lips-and-teeth-1950"]["start"] == "1950"
    assert events["covid-border-closure-2020"]["start"] == "2020-01"
    assert not events["covid-border-closure-2020"].get("end")


def test_no_event_has_an_invented_new_year_day(full_db):
    """A year known only to the year is stored as YYYY, never as an invented 1 January."""
    for table in ("event", "era", "relation"):
        for item in list_items(full_db, table):
            assert not item["start"].endswith("-01-01"), item["id"]
