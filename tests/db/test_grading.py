"""Grading every question type: right, wrong, partial credit, tolerance, malformed answers, feedback as data."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.grading import EXPECTED_KINDS, MESSAGES, AnswerError, Grade, gap_parts, grade, normalise, zero_credit_months

SINGLE = {"id": "q1", "type": "single_choice", "options": ["Beijing", "Moscow", "Seoul"], "correct": [1]}
MULTI = {"id": "q2", "type": "multiple_select", "options": ["a", "b", "c", "d"], "correct": [0, 2]}
TF = {"id": "q3", "type": "true_false", "answer": False}
ORDER = {"id": "q4", "type": "order", "items": ["e1", "e2", "e3", "e4"],
         "item_titles": {"e1": "Treaty", "e2": "Low point", "e3": "Thaw", "e4": "Summit"}}
MATCH = {"id": "q5", "type": "match", "pairs": [["China", "Xi"], ["Russia", "Putin"], ["North Korea", "Kim"]]}
PLACE = {"id": "q6", "type": "place_on_timeline", "answer": "2018-06", "tolerance": 2}
SHORT = {"id": "q7", "type": "short_answer", "answers": ["Zhao Leji", "Zhao"]}
YEAR = {"id": "q8", "type": "numeric_year", "answer": 2017, "tolerance": 1}
ALL = [SINGLE, MULTI, TF, ORDER, MATCH, PLACE, SHORT, YEAR]


def test_single_choice_right_and_wrong():
    assert grade(SINGLE, 1) == Grade(True, 1.0, "Moscow", "Right.", "right", {}, "text", "Moscow")
    wrong = grade(SINGLE, 0)
    assert not wrong.correct and wrong.score == 0 and wrong.expected == "Moscow"
    assert "Beijing" in wrong.detail


def test_multiple_select_partial_credit_subtracts_wrong_picks():
    assert grade(MULTI, [2, 0]).correct
    half = grade(MULTI, [0])
    assert not half.correct and half.score == 0.5
    assert grade(MULTI, [0, 1]).score == 0.0  # one right, one wrong
    assert grade(MULTI, [1, 3]).score == 0.0  # floor at 0, never negative
    assert grade(MULTI, [0, 2, 3]).score == 0.5 and not grade(MULTI, [0, 2, 3]).correct
    assert grade(MULTI, []).score == 0.0
    assert grade(MULTI, [0]).expected == "a; c"


def test_true_false():
    assert grade(TF, False).correct
    assert grade(TF, True).expected == "False" and not grade(TF, True).correct


def test_order_scores_share_of_pairs_in_order():
    assert grade(ORDER, ["e1", "e2", "e3", "e4"]).score == 1.0
    assert grade(ORDER, ["e4", "e3", "e2", "e1"]).score == 0.0
    one_swap = grade(ORDER, ["e2", "e1", "e3", "e4"])
    assert not one_swap.correct and one_swap.score == pytest.approx(5 / 6)
    assert one_swap.expected == "Treaty → Low point → Thaw → Summit"


def test_match_scores_share_of_pairs():
    right = {"China": "Xi", "Russia": "Putin", "North Korea": "Kim"}
    assert grade(MATCH, right).correct
    swapped = grade(MATCH, {"China": "Putin", "Russia": "Xi", "North Korea": "Kim"})
    assert swapped.score == pytest.approx(1 / 3) and not swapped.correct
    assert grade(MATCH, {"China": "Xi"}).score == pytest.approx(1 / 3)  # unanswered counts as wrong
    assert "Russia → Putin" in swapped.expected


def test_place_on_timeline_full_credit_within_tolerance_then_linear():
    assert grade(PLACE, "2018-06").score == 1.0
    assert grade(PLACE, "2018-08").correct  # 2 months off, tolerance 2
    assert not grade(PLACE, "2018").correct  # a bare year is as far off as its furthest month (6)
    assert grade({**PLACE, "answer": "2018"}, "2018-03").correct  # a month inside a year target
    three = grade(PLACE, "2018-09")
    zero_at = zero_credit_months(2)  # 18 months
    assert not three.correct and three.score == pytest.approx(1 - 1 / (zero_at - 2), abs=1e-4)
    assert grade(PLACE, "2019-12").score == 0.0  # 18 months off
    assert grade(PLACE, "2016-01").score == 0.0
    assert "too early" in grade(PLACE, "2016-01").detail
    assert grade(PLACE, "2018-06").expected == "June 2018"


def test_place_on_timeline_with_a_year_target_and_no_tolerance():
    q = {"type": "place_on_timeline", "answer": "2017", "tolerance": 0}
    assert grade(q, "2017-11").correct
    near = grade(q, "2018-01")
    assert not near.correct and near.score == pytest.approx(1 - 1 / 12, abs=1e-4)


def test_short_answer_is_tolerant_of_case_spacing_punctuation_and_accents():
    for text in ["zhao leji", "  ZHAO   LEJI. ", "Zhào Lèjì", "zhao", "Zhao-Leji"]:
        assert grade(SHORT, text).correct, text
    assert not grade(SHORT, "Li Qiang").correct
    assert not grade(SHORT, "").correct
    assert grade(SHORT, "x").expected == "Zhao Leji"
    assert normalise("The  Asian NATO!") == normalise("asian nato")


def test_numeric_year_tolerance():
    assert grade(YEAR, 2017).correct and grade(YEAR, 2018).correct and grade(YEAR, 2016).correct
    late = grade(YEAR, 2019)
    assert not late.correct and "2 years too late" in late.detail
    assert grade(YEAR, 2017).expected == "2017 (± 1 year)"


@pytest.mark.parametrize(("question", "answer"), [
    (SINGLE, "1"), (SINGLE, 3), (SINGLE, True), (SINGLE, None),
    (MULTI, 1), (MULTI, [0, 0]), (MULTI, [9]), (MULTI, ["a"]),
    (TF, "yes"), (TF, 1),
    (ORDER, ["e1", "e2"]), (ORDER, ["e1", "e1", "e2", "e3"]), (ORDER, "e1,e2"), (ORDER, ["e1", "e2", "e3", "x"]),
    (MATCH, [["China", "Xi"]]), (MATCH, {"Japan": "Kishida"}), (MATCH, {"China": 3}),
    (PLACE, 2018), (PLACE, "sometime in 2018"), (PLACE, "2018-13"),  # "June 2018" is a date (issue 15)
    (SHORT, 3), (SHORT, None),
    (YEAR, "two thousand"), (YEAR, 2017.0), (YEAR, False),  # "2017" as text is read (issue 15)
])
def test_malformed_answers_raise_a_clear_value_error(question, answer):
    with pytest.raises(ValueError) as info:
        grade(question, answer)
    assert isinstance(info.value, AnswerError)
    assert str(info.value)


def test_malformed_questions_raise_answer_error_not_a_crash():
    with pytest.raises(AnswerError, match="unknown question type"):
        grade({"type": "essay"}, "x")
    with pytest.raises(AnswerError, match="incomplete"):
        grade({"id": "bad", "type": "single_choice", "options": ["a"]}, 0)
    with pytest.raises(AnswerError):
        grade("not a dict", 0)


_anything = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@given(question=st.sampled_from(ALL), answer=_anything)
def test_any_answer_either_grades_in_range_or_raises_answer_error(question, answer):
    try:
        result = grade(question, answer)
    except AnswerError:
        return
    assert 0.0 <= result.score <= 1.0
    assert result.correct == (result.score == 1.0) or question["type"] == "place_on_timeline"
    assert result.expected
    assert set(result.params) == set(MESSAGES[result.message])
    assert result.expected_kind in EXPECTED_KINDS and result.expected_value is not None
    json.dumps([result.params, result.expected_value])  # plain data: storable and exportable


@given(st.permutations(["e1", "e2", "e3", "e4"]))
def test_order_is_correct_exactly_when_the_permutation_is_sorted(perm):
    result = grade(ORDER, list(perm))
    assert result.correct == (list(perm) == ORDER["items"])
    assert 0.0 <= result.score <= 1.0


@given(st.sets(st.integers(min_value=0, max_value=3)))
def test_multiple_select_score_never_exceeds_one_and_exact_only_when_equal(picks):
    result = grade(MULTI, sorted(picks))
    assert 0.0 <= result.score <= 1.0
    assert result.correct == (picks == {0, 2})


@given(st.integers(min_value=1900, max_value=2100), st.integers(min_value=1, max_value=12))
def test_place_score_never_grows_with_distance(year, month):
    placed = f"{year}-{month:02d}"
    months_off = abs((year * 12 + month) - (2018 * 12 + 6))
    further = f"{year + (1 if year * 12 + month >= 2018 * 12 + 6 else -1)}-{month:02d}"
    assert grade(PLACE, further).score <= grade(PLACE, placed).score
    assert grade(PLACE, placed).correct == (months_off <= 2)


@given(st.text(max_size=20))
def test_normalise_is_idempotent(text):
    assert normalise(normalise(text)) == normalise(text)

def said(question, answer):
    result = grade(question, answer)
    return result.message, result.params


@pytest.mark.parametrize(("question", "answer", "message", "params"), [
    (SINGLE, 1, "right", {}),
    (SINGLE, 0, "chose", {"option": "Beijing"}),
    (MULTI, [0, 2], "all_options", {}),
    (MULTI, [0], "some_options", {"hits": 1, "right": 2, "wrong": 0}),
    (MULTI, [0, 1, 3], "some_options", {"hits": 1, "right": 2, "wrong": 2}),
    (TF, False, "right", {}),
    (TF, True, "answered", {"answer": True}),
    (ORDER, ["e1", "e2", "e3", "e4"], "in_order", {}),
    (ORDER, ["e2", "e1", "e3", "e4"], "pairs_in_order", {"good": 5, "pairs": 6}),
    (MATCH, {"China": "Xi", "Russia": "Putin", "North Korea": "Kim"}, "all_match", {}),
    (MATCH, {"China": "Putin", "Russia": "Xi", "North Korea": "Kim"}, "pairs_match", {"good": 1, "pairs": 3}),
    (PLACE, "2018-06", "date_exact", {"placed": "2018-06"}),
    (PLACE, "2018-08", "date_close", {"placed": "2018-08", "months": 2}),
    (PLACE, "2018-09", "date_late", {"placed": "2018-09", "months": 3}),
    (PLACE, "2016-01", "date_early", {"placed": "2016-01", "months": 29}),
    (PLACE, "2018", "date_late", {"placed": "2018", "months": 6}),  # a bare year: its furthest month counts
    (SHORT, " Zhao ", "right", {}),
    (SHORT, "   ", "no_answer", {}),
    (SHORT, "  Li Qiang ", "not_accepted", {"text": "Li Qiang"}),
    (YEAR, 2017, "right", {}),
    (YEAR, 2018, "year_close", {"year": 2018, "years": 1}),
    (YEAR, 2019, "year_late", {"year": 2019, "years": 2}),
    (YEAR, 2010, "year_early", {"year": 2010, "years": 7}),
])
def test_each_outcome_has_its_message_and_parameters(question, answer, message, params):
    assert said(question, answer) == (message, params)
    assert set(params) == set(MESSAGES[message])


@pytest.mark.parametrize(("question", "answer", "kind", "value"), [
    (SINGLE, 0, "text", "Moscow"),
    (MULTI, [1], "options", ["a", "c"]),
    (TF, True, "bool", False),
    (ORDER, ["e4", "e3", "e2", "e1"], "sequence", ["Treaty", "Low point", "Thaw", "Summit"]),
    (MATCH, {}, "pairs", [["China", "Xi"], ["Russia", "Putin"], ["North Korea", "Kim"]]),
    (PLACE, "2020", "date", "2018-06"),
    (SHORT, "x", "text", "Zhao Leji"),
    (YEAR, 2000, "year", {"year": 2017, "tolerance": 1}),
    ({**YEAR, "tolerance": 0}, 2000, "year", {"year": 2017, "tolerance": 0}),
])
def test_the_expected_answer_is_typed(question, answer, kind, value):
    result = grade(question, answer)
    assert (result.expected_kind, result.expected_value) == (kind, value)


def test_the_english_text_is_kept_alongside():
    late = grade(PLACE, "2016-01")
    assert late.detail == "January 2016 is 2 years 5 months too early."
    assert gap_parts(late.params["months"]) == (2, 5) and gap_parts(23) == (0, 23) and gap_parts(36) == (3, 0)
    assert grade(MULTI, [0, 1, 3]).detail == "You picked 1 of 2 correct options and 2 wrong ones."
    assert grade(PLACE, "2018-09").detail == "September 2018 is 3 months too late."
    assert grade(YEAR, 2017).expected == "2017 (± 1 year)" and grade(TF, True).expected == "False"


def test_to_the_month_gives_full_credit_only_for_the_right_month():
    from db.grading import timeline_mismatch, timeline_rule

    q = {"type": "place_on_timeline", "prompt": "Place the invasion on the timeline, to the month.",
         "answer": "2022-02", "tolerance": 0}
    assert timeline_rule(q) == ("month", 0) and timeline_mismatch(q) == ""
    assert grade(q, "2022-02").score == 1.0 and grade(q, "2022-02-24").correct
    assert not grade(q, "2022-03").correct and grade(q, "2022-03").score < 1.0
    assert not grade(q, "2022").correct, "a bare year does not earn a month's credit"


@pytest.mark.parametrize("changes, words", [
    ({"tolerance": 1}, "set tolerance = 0"),
    ({"answer": "2022"}, "only a year"),
    ({"prompt": "Place it, to the year."}, "give the answer as a year"),
])
def test_a_tolerance_or_answer_that_contradicts_the_prompt_is_named(changes, words):
    from db.grading import timeline_mismatch

    q = {"type": "place_on_timeline", "prompt": "Place the invasion on the timeline, to the month.",
         "answer": "2022-02", "tolerance": 0, **changes}
    assert words in timeline_mismatch(q)
    assert timeline_mismatch({**q, "prompt": "Place the invasion on the timeline."}) == "", "no promise, no mismatch"


# ---------------------------------------------------------------- years and dates typed the local way (issue 15)

@pytest.mark.parametrize("typed", ["2017", "２０１７", "2017年", "2017년", "2017 г.", "2017г", "в 2017 году", " 2017 "])
def test_a_year_is_accepted_in_local_forms(typed):
    q = {"id": "q", "type": "numeric_year", "prompt": "?", "answer": 2017}
    assert grade(q, typed).correct


@pytest.mark.parametrize("typed", ["2016年", "2016 г."])
def test_a_wrong_year_in_a_local_form_is_graded_not_refused(typed):
    q = {"id": "q", "type": "numeric_year", "prompt": "?", "answer": 2017}
    result = grade(q, typed)
    assert not result.correct and result.params == {"year": 2016, "years": 1}


@pytest.mark.parametrize("typed", ["2024年6月", "2024년 6월", "июнь 2024 г.", "июня 2024", "２０２４年６月", "June 2024",
                                   "2024年6月18日", "18 июня 2024 г.", "2024년 6월 19일"])
def test_a_date_is_placed_in_local_forms(typed):
    q = {"id": "q", "type": "place_on_timeline", "prompt": "?", "answer": "2024-06", "tolerance": 0}
    assert grade(q, typed).score == 1.0


def test_a_date_that_is_no_date_is_still_refused():
    q = {"id": "q", "type": "place_on_timeline", "prompt": "?", "answer": "2024-06", "tolerance": 0}
    with pytest.raises(AnswerError):
        grade(q, "2024年13月")
    with pytest.raises(AnswerError):
        grade({"id": "q", "type": "numeric_year", "prompt": "?", "answer": 2017}, "twenty seventeen")
