"""Partial dates: parsing, real-calendar checks, labels and spans at their precision."""

import pytest

from db.dates import PartialDate, check_interval, date_to_years, label_range, span, years_to_date
from db.errors import ValidationError


@pytest.mark.parametrize("text,precision,label", [
    ("2017", "year", "2017"),
    ("2024-06", "month", "June 2024"),
    ("2024-06-18", "day", "18 June 2024"),
    ("1950-10", "month", "October 1950"),
])
def test_parse_keeps_precision_and_labels_without_inventing_a_day(text, precision, label):
    date = PartialDate.parse(text)
    assert date.precision == precision
    assert date.label() == label
    assert date.iso() == text


@pytest.mark.parametrize("bad", ["2023-02-30", "2024-13", "24-06", "June 2024", "", "2024-6-1", "2023-02-29"])
def test_parse_refuses_dates_that_are_not_real_partial_dates(bad):
    with pytest.raises(ValidationError) as info:
        PartialDate.parse(bad, "event.start")
    assert "event.start" in str(info.value)


def test_leap_day_is_real_in_a_leap_year():
    assert PartialDate.parse("2024-02-29").day == 29


def test_month_precision_spans_the_whole_month():
    start, end = span("2024-06")
    assert start == pytest.approx(date_to_years(PartialDate(2024, 6, 1).first_day()))
    assert end == pytest.approx(date_to_years(PartialDate(2024, 7, 1).first_day()))
    assert 0.08 < end - start < 0.09


def test_year_precision_spans_the_year_and_works_before_1970():
    assert span("1950") == (1950.0, 1951.0)
    assert years_to_date(1953.5).year == 1953


def test_range_labels():
    assert label_range("2024-06-18", "2024-06-19") == "18–19 June 2024"
    assert label_range("2018-03", "2019-06") == "March 2018 – June 2019"


def test_interval_end_before_start_is_refused():
    with pytest.raises(ValidationError, match="before it starts"):
        check_interval("2018-03", "2017", "era")
    check_interval("2018-03", "2018-03", "era")
