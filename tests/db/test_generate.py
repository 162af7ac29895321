"""Generated questions: valid items, right answers, and distractors that are never a second correct answer."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from db.content import list_items, save_items, validate_item
from db.dates import MONTHS, PartialDate, label_range
from db.errors import NotFoundError, ValidationError
from db.generate import (
    KINDS,
    MAX_ORDER_YEARS,
    MIN_GAP_DAYS,
    NEAR_YEARS,
    actor_name_at,
    date_distractors,
    generate_questions,
    merge_sources,
    named_in,
)

SEEDS = (0, 1, 7)
_MONTH = {name: i for i, name in enumerate(MONTHS) if name}


def _days(label: str) -> tuple[dt.date, dt.date]:
    """The first and last day a date label ('2017', 'June 2024', '18–19 June 2024', 'A – B') covers."""
    if " – " in label:
        a, b = label.split(" – ")
        return _days(a)[0], _days(b)[1]
    m = re.fullmatch(r"(\d+)–(\d+) (\w+) (\d{4})", label)
    if m:
        month, year = _MONTH[m[3]], int(m[4])
        return dt.date(year, month, int(m[1])), dt.date(year, month, int(m[2]))
    parts = label.split()
    if len(parts) == 3:
        date = PartialDate(int(parts[2]), _MONTH[parts[1]], int(parts[0]))
    elif len(parts) == 2:
        date = PartialDate(int(parts[1]), _MONTH[parts[0]])
    else:
        date = PartialDate(int(parts[0]))
    return date.first_day(), date.last_day()


def _precision(label: str) -> str:
    """'year', 'month' or 'day': how precise the first date of a label is."""
    head = label.split(" – ")[0]
    return {1: "year", 2: "month", 3: "day"}[len(head.split())]


def _span(event: dict) -> tuple[dt.date, dt.date]:
    return (PartialDate.parse(event["start"]).first_day(),
            PartialDate.parse(event.get("end") or event["start"]).last_day())


@pytest.fixture
def real(full_db):
    """The real content's events and actors, and every question generated from all events for several seeds."""
    events = {e["id"]: e for e in list_items(full_db, "event")}
    actors = {a["id"]: a for a in list_items(full_db, "actor")}
    generated = {seed: generate_questions(full_db, event_slugs=list(events), seed=seed) for seed in SEEDS}
    return full_db, events, actors, generated


def _all(generated):
    return [q for qs in generated.values() for q in qs]


def test_every_generated_question_is_a_valid_item(real):
    db, events, _, generated = real
    for q in _all(generated):
        assert validate_item(db, "question", q) == [], q["id"]
        assert q["generated"] is True
        assert q["sources"], f"{q['id']} has no source"
        assert q["explanation"].strip(), f"{q['id']} has no explanation"
        cited = {c["source"] for e in q["events"] for c in events[e]["sources"]}
        assert {c["source"] for c in q["sources"]} == cited, f"{q['id']} cites other than its events' sources"
        assert len({c["source"] for c in q["sources"]}) == len(q["sources"]), f"{q['id']} cites a source twice"


def test_all_kinds_and_question_types_are_produced(real):
    _, events, _, generated = real
    types = {q["type"] for q in generated[0]}
    assert types == {"numeric_year", "place_on_timeline", "single_choice", "order", "multiple_select"}
    # Every event gets a year question, and a who question unless its title names every actor.
    _, _, actors, _ = real
    ids = {q["id"] for q in generated[0]}
    for slug, event in events.items():
        assert f"gen-year-{slug}" in ids
        if all(named_in(actors[a], event["title"]) for a in event["actors"]):
            assert f"gen-who-{slug}" not in ids and f"gen-who-one-{slug}" not in ids, f"{slug}: who-question gives itself away"
        else:
            assert f"gen-who-{slug}" in ids or f"gen-who-one-{slug}" in ids, slug


def test_when_questions_have_the_event_date_and_neighbouring_wrong_dates(real):
    _, events, _, generated = real
    for q in _all(generated):
        event = events[q["events"][0]]
        first, last = _span(event)
        if q["id"].startswith("gen-year-"):
            assert q["answer"] == first.year
            assert q["tolerance"] in (0, 1)
        elif q["id"].startswith("gen-month-"):
            assert PartialDate.parse(event["start"]).precision in ("month", "day"), "month asked of a year-only date"
            assert q["answer"] == event["start"][:7]
            assert q["tolerance"] == 0 and "to the month" in q["prompt"], "'to the month' credits only the right month"
        elif q["id"].startswith("gen-date-"):
            (right,) = [q["options"][i] for i in q["correct"]]
            a, b = _days(right)
            assert a <= first and last <= b, f"{q['id']}: the right option '{right}' does not cover the event"
            precision = _precision(right)
            spans_years = bool(event.get("end")) and first.year != last.year
            real = {label_range(e["start"]) for e in events.values()} | {
                PartialDate.parse(e["start"][:{"year": 4, "month": 7, "day": 10}[precision]]).label()
                for e in events.values() if len(e["start"]) >= {"year": 4, "month": 7, "day": 10}[precision]}
            for i, option in enumerate(q["options"]):
                if i in q["correct"]:
                    continue
                a, b = _days(option)
                assert b < first or a > last, f"{q['id']}: '{option}' covers a day of the event"
                assert _precision(option) == precision, f"{q['id']}: '{option}' is not at {precision} precision"
                assert abs(a.year - first.year) <= NEAR_YEARS[precision], f"{q['id']}: '{option}' is far off"
                if not spans_years:
                    assert option in real, f"{q['id']}: '{option}' is the date of no real event"
                    assert not (precision == "day" and right.split()[0] == option.split()[0]), \
                        f"{q['id']}: '{option}' is the same day in another month"


def test_who_distractors_are_related_actors_never_the_events_own(real):
    _, events, actors, generated = real
    for q in _all(generated):
        if not q["id"].startswith("gen-who"):
            continue
        event = events[q["events"][0]]
        own = {actor_name_at(actors[a], event["start"]) for a in event["actors"]}
        right = {q["options"][i] for i in q["correct"]}
        wrong = set(q["options"]) - right
        named = {actor_name_at(a, event["start"]) for a in actors.values() if named_in(a, q["prompt"])}
        assert not wrong & named, f"{q['id']}: a distractor is named in the prompt"
        if q["type"] == "multiple_select":
            assert right == own, q["id"]
            assert not right & named, f"{q['id']}: the prompt names an answer"
        else:
            assert right <= own and len(right) == 1, q["id"]
            assert not named_in(next(a for a in actors.values() if actor_name_at(a, event["start"]) in right),
                                event["title"]), f"{q['id']}: the title gives the answer away"
        assert not wrong & own, f"{q['id']}: a distractor took part in the event"
        related = {actor_name_at(actors[a], event["start"]) for e in events.values() if e["id"] != event["id"]
                   and set(e["actors"]) & set(event["actors"]) for a in e["actors"]}
        assert wrong <= related, f"{q['id']}: a distractor comes from no related event"
        assert len(wrong) >= 2


def test_order_questions_hold_events_that_can_be_told_apart(real):
    _, events, _, generated = real
    for q in _all(generated):
        if q["type"] != "order" and not q["id"].startswith("gen-first-"):
            continue
        chosen = [events[s] for s in (q["items"] if q["type"] == "order" else q["events"])]
        assert 3 <= len(chosen) <= 4, q["id"]
        spans = [_span(e) for e in chosen]
        assert spans == sorted(spans), f"{q['id']}: items not in date order"
        for (_, a1), (b0, _) in zip(spans, spans[1:], strict=False):
            assert a1 + dt.timedelta(days=MIN_GAP_DAYS) < b0, f"{q['id']}: two events overlap or are too close"
        anchor = q["id"].split("-", 2)[2]
        assert anchor in (e["id"] for e in chosen)
        shared = [set(e["actors"]) & set(events[anchor]["actors"]) for e in chosen]
        assert all(shared), f"{q['id']}: an event unrelated to the anchor"
        assert all(set(e["themes"]) & set(events[anchor]["themes"]) for e in chosen), f"{q['id']}: another theme"
        start = _span(events[anchor])[0]
        assert all(abs((s0 - start).days) <= MAX_ORDER_YEARS * 366 for s0, _ in spans), f"{q['id']}: too far apart"
        revealing = [e for e in chosen if re.search(r"\d|\b(first|second|third|fourth|fifth|sixth)\b", e["title"], re.I)]
        assert len(revealing) <= 1, f"{q['id']}: titles give the order away"
        if q["type"] == "single_choice":
            assert [q["options"][i] for i in q["correct"]] == [chosen[0]["title"]]


def test_generation_is_deterministic_for_a_seed(full_db):
    slugs = [e["id"] for e in list_items(full_db, "event")][:30]
    assert generate_questions(full_db, event_slugs=slugs, seed=3) == generate_questions(full_db, event_slugs=slugs, seed=3)
    assert generate_questions(full_db, event_slugs=slugs, seed=3) != generate_questions(full_db, event_slugs=slugs, seed=4)


def test_kinds_select_what_is_generated(full_db):
    only_who = generate_questions(full_db, event_slugs=["chollima-1-failure-2023-08"], kinds=["who"])
    assert {q["id"] for q in only_who} == {"gen-who-chollima-1-failure-2023-08", "gen-who-one-chollima-1-failure-2023-08"}
    when = generate_questions(full_db, event_slugs=["record-missile-year-2022"], kinds=["when"])
    # A year-only date gets no month question.
    assert {q["type"] for q in when} == {"numeric_year", "single_choice"}


def test_titles_that_name_every_actor_get_no_who_question(full_db):
    """'Putin's state visit to Pyongyang' names Russia and North Korea without their names: no who question."""
    qs = generate_questions(full_db, event_slugs=["china-coal-ban-2017", "putin-visit-pyongyang-2024",
                                                  "chollima-1-failure-2023-08"], kinds=["who"])
    assert {q["id"] for q in qs} == {"gen-who-chollima-1-failure-2023-08", "gen-who-one-chollima-1-failure-2023-08"}
    assert named_in({"name": "North Korea", "short": "KP"}, "North Korean troops sent to Russia")
    assert named_in({"name": "United States", "short": "US"}, "US sanctions the Bank of Dandong")
    us = {"id": "united-states", "name": "United States", "short": "US"}
    assert named_in(us, "Trump's tweet") and not named_in(us, "thus spoke the president")


def test_who_prompts_are_one_sentence_that_names_no_answer(real):
    _, events, actors, generated = real
    for q in generated[0]:
        if q["id"].startswith(("gen-who", "gen-date", "gen-year", "gen-month")):
            assert q["prompt"].count("?") + q["prompt"].count(".") == 1 and q["prompt"][-1] in "?.", q["prompt"]
        if q["id"].startswith("gen-who-") and not q["id"].startswith("gen-who-one"):
            own = events[q["events"][0]]["actors"]
            assert not any(named_in(actors[a], q["prompt"]) for a in own), q["prompt"]


def test_locators_of_one_source_are_merged_in_paragraph_order():
    merged = merge_sources([{"source": "a", "locator": "¶23, ¶9"}], [{"source": "a", "locator": "¶12"}],
                           [{"source": "a", "locator": "¶9"}])
    assert merged == [{"source": "a", "locator": "¶9, ¶12, ¶23"}]


def test_the_soviet_union_is_named_before_1992(full_db):
    qs = generate_questions(full_db, event_slugs=["cpv-enters-korean-war-1950"], kinds=["who"])
    options = {o for q in qs for o in q["options"]}
    assert "Soviet Union" in options and "Russia" not in options


def test_bad_arguments_are_named(full_db):
    with pytest.raises(NotFoundError, match="no-such-event"):
        generate_questions(full_db, event_slugs=["no-such-event"])
    with pytest.raises(ValidationError, match="'why'"):
        generate_questions(full_db, event_slugs=["putin-visit-pyongyang-2024"], kinds=["why"])
    assert KINDS == ("when", "first", "who")


def test_generated_questions_save_and_save_again_unchanged(full_db):
    slugs = [e["id"] for e in list_items(full_db, "event")]
    questions = generate_questions(full_db, event_slugs=slugs)
    save_items(full_db, [("question", q) for q in questions])
    saved = {q["id"]: q for q in list_items(full_db, "question")}
    for q in questions:
        assert saved[q["id"]]["options" if "options" in q else "explanation"] == q["options" if "options" in q else "explanation"]
    assert not save_items(full_db, [("question", q) for q in generate_questions(full_db, event_slugs=slugs)])


def test_merge_sources_keeps_each_source_once():
    merged = merge_sources([{"source": "a", "locator": "¶8"}, {"source": "b"}], [{"source": "a", "locator": "¶9"}])
    assert merged == [{"source": "a", "locator": "¶8, ¶9"}, {"source": "b"}]


_dates = st.builds(
    lambda y, m, d, p: PartialDate(y) if p == 0 else PartialDate(y, m) if p == 1 else PartialDate(y, m, d),
    st.integers(1900, 2090), st.integers(1, 12), st.integers(1, 28), st.integers(0, 2))


@settings(max_examples=300, deadline=None)
@given(start=_dates, length=st.integers(0, 800), seed=st.integers(0, 10_000))
@example(start=PartialDate(1900, 8, 1), length=760, seed=0)   # ends on a 31st: shifted copies land on 30ths
def test_date_distractors_never_cover_a_day_of_the_event(start, length, seed):
    end = None
    if length:
        last = start.first_day() + dt.timedelta(days=length)
        precision = start.precision
        end_date = PartialDate(last.year) if precision == "year" else PartialDate(last.year, last.month) \
            if precision == "month" else PartialDate(last.year, last.month, last.day)
        end = end_date.iso() if end_date != start else None
    first = start.first_day()
    final = PartialDate.parse(end).last_day() if end else start.last_day()
    wrong = date_distractors(start.iso(), end, 3, random.Random(seed))
    assert len(wrong) == 3
    assert label_range(start.iso(), end) not in wrong
    for option in wrong:
        a, b = _days(option)
        assert b < first or a > final, option
