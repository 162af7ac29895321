"""Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD): parse, format, and place on a time line."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from db.errors import ValidationError

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
PRECISIONS = ("year", "month", "day")
MONTHS = [calendar.month_name[i] for i in range(13)]


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str, where: str = "date") -> PartialDate:
        """Parse ISO text, raising ValidationError naming `where` if it is not a real partial date."""
        if text is not None and not isinstance(text, str):
            raise ValidationError(f"{text!r} is not a partial date (use text: YYYY, YYYY-MM or YYYY-MM-DD)", where)
        match = _PATTERN.match((text or "").strip())
        if not match:
            raise ValidationError(
                f"'{text}' is not a partial date (use YYYY, YYYY-MM or YYYY-MM-DD)", where
            )
        year, month, day = (int(g) if g else None for g in match.groups())
        if year == 0:
            raise ValidationError(f"'{text}' has no year 0 (the calendar goes from 1 BC to AD 1)", where)
        if month is not None and not 1 <= month <= 12:
            raise ValidationError(f"'{text}' has no month {month}", where)
        if day is not None:
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise ValidationError(f"'{text}' is not a real date: {MONTHS[month]} {year} has {last} days", where)
        return cls(year, month, day)

    @property
    def precision(self) -> str:
        """'year', 'month' or 'day'."""
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        """The ISO text at this date's precision."""
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def label(self) -> str:
        """Human label at this precision: '2017', 'June 2024', '18 June 2024'."""
        if self.day:
            return f"{self.day} {MONTHS[self.month]} {self.year}"
        if self.month:
            return f"{MONTHS[self.month]} {self.year}"
        return str(self.year)

    def first_day(self) -> dt.date:
        """The first calendar day this date covers."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """The last calendar day this date covers."""
        if self.day:
            return dt.date(self.year, self.month, self.day)
        if self.month:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, 12, 31)

    def start_value(self) -> float:
        """Position of the start of this date in fractional years (works before 1970)."""
        return date_to_years(self.first_day())

    def end_value(self) -> float:
        """Position just after the last day this date covers, in fractional years."""
        return date_to_years(self.last_day() + dt.timedelta(days=1))


def date_to_years(day: dt.date) -> float:
    """A calendar day as fractional years: 2024-01-01 -> 2024.0, 2024-07-02 -> ~2024.5."""
    start = dt.date(day.year, 1, 1)
    length = 366 if calendar.isleap(day.year) else 365
    return day.year + (day - start).days / length


def years_to_date(value: float) -> dt.date:
    """The calendar day at a fractional-year position (inverse of date_to_years)."""
    year = int(value // 1)
    year = min(max(year, 1), 9998)
    length = 366 if calendar.isleap(year) else 365
    offset = int(round((value - year) * length))
    return dt.date(year, 1, 1) + dt.timedelta(days=min(max(offset, 0), length - 1))


def span(start: str, end: str | None = None) -> tuple[float, float]:
    """The (from, to) fractional-year span covered by a partial start and optional partial end."""
    first = PartialDate.parse(start)
    last = PartialDate.parse(end) if end else first
    return first.start_value(), last.end_value()


def label_range(start: str, end: str | None = None) -> str:
    """'2017', 'June 2024', '18–19 June 2024', 'March 2018 – June 2019'."""
    first = PartialDate.parse(start)
    if not end:
        return first.label()
    last = PartialDate.parse(end)
    if first.precision == last.precision == "day" and (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {MONTHS[first.month]} {first.year}"
    return f"{first.label()} – {last.label()}"


def check_interval(start: str, end: str | None, where: str) -> None:
    """Raise ValidationError if start or end is not a partial date or end comes before start."""
    first = PartialDate.parse(start, f"{where}.start")
    if end:
        last = PartialDate.parse(end, f"{where}.end")
        if last.last_day() < first.first_day():
            raise ValidationError(f"ends ({end}) before it starts ({start})", f"{where}.end")
