"""FeedbackText: a grade's feedback sentence and expected answer in the interface language.

db.grading gives each outcome as a message id with parameters and a typed expected value (plus the
English text). This writes them with tr() (plural forms through %n) and the app's date labels
(db.i18n.date_label). In English, or for a grade that carries only text (one made before grading gave
data), the English text from db is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from db.errors import ValidationError
from db.grading import Grade, gap_parts
from db.i18n import date_label
from desktop.appearance.i18n import SOURCE, current_language


def year_label(year: int) -> str:
    """A year as the app writes dates ('2017', '2017年', '2017년', '2017 г.'); outside 1–9999 the bare number."""
    return date_label(f"{year:04d}") if 1 <= year <= 9999 else str(year)


class FeedbackText(QObject):
    """Translates Grade feedback; `sentence(grade)` and `expected(grade)` return plain text."""

    def sentence(self, result: Grade) -> str:
        """The one sentence about this answer (what was right, how far off)."""
        if current_language() == SOURCE or not result.message:
            return result.detail
        try:
            return self._sentence(result.message, result.params)
        except (KeyError, TypeError, ValueError, ValidationError):  # unknown message or odd params: the English
            return result.detail

    def expected(self, result: Grade) -> str:
        """The right answer, written for a student."""
        if current_language() == SOURCE or not result.expected_kind:
            return result.expected
        try:
            return self._expected(result.expected_kind, result.expected_value)
        except (KeyError, TypeError, ValueError, ValidationError):
            return result.expected

    def months(self, n: int) -> str:
        """A distance in months, written as years and months from two years on."""
        years, months = gap_parts(n)
        if not years:
            return self.tr("%n month(s)", "", months)
        if not months:
            return self.tr("%n year(s)", "", years)
        return (self.tr("%1 %2", "a distance: years, then months").replace("%1", self.tr("%n year(s)", "", years))
                .replace("%2", self.tr("%n month(s)", "", months)))

    def _sentence(self, message: str, p: dict) -> str:
        if message == "right":
            return self.tr("Right.")
        if message == "chose":
            return self.tr("You chose “%1”.").replace("%1", str(p["option"]))
        if message == "all_options":
            return self.tr("Right: you picked every correct option and nothing else.")
        if message == "some_options":
            if not p["wrong"]:
                return self.tr("You picked %1 of %n correct option(s).", "", int(p["right"])).replace("%1", str(p["hits"]))
            return (self.tr("You picked %1 of %2 correct options and %n wrong one(s).", "", int(p["wrong"]))
                    .replace("%1", str(p["hits"])).replace("%2", str(p["right"])))
        if message == "answered":
            return self.tr("You answered “%1”.").replace("%1", self._bool(p["answer"]))
        if message == "in_order":
            return self.tr("Right: every event is in its place.")
        if message == "pairs_in_order":
            return (self.tr("%1 of %n pair(s) of events are in the right order.", "", int(p["pairs"]))
                    .replace("%1", str(p["good"])))
        if message == "all_match":
            return self.tr("Right: every pair matches.")
        if message == "pairs_match":
            return self.tr("%1 of %n pair(s) match.", "", int(p["pairs"])).replace("%1", str(p["good"]))
        if message == "date_exact":
            return self.tr("Right on: %1.").replace("%1", date_label(p["placed"]))
        if message in ("date_close", "date_late", "date_early", "year_close", "year_late", "year_early"):
            if message.startswith("date_"):
                when, off = date_label(p["placed"]), self.months(int(p["months"]))
            else:
                when, off = year_label(int(p["year"])), self.tr("%n year(s)", "", int(p["years"]))
            text = {"close": self.tr("%1 is %2 off, close enough."), "late": self.tr("%1 is %2 too late."),
                    "early": self.tr("%1 is %2 too early.")}[message.split("_")[1]]
            return text.replace("%1", when).replace("%2", off)
        if message == "no_answer":
            return self.tr("No answer given.")
        if message == "not_accepted":
            return self.tr("“%1” is not what we were looking for.").replace("%1", str(p["text"]))
        raise KeyError(message)

    def _bool(self, value: bool) -> str:
        return self.tr("True") if value else self.tr("False")

    def _expected(self, kind: str, value) -> str:
        if kind == "text":
            return str(value)
        if kind == "options":
            return self.tr("; ", "between the right options").join(map(str, value))
        if kind == "bool":
            return self._bool(bool(value))
        if kind == "sequence":
            return " → ".join(map(str, value))
        if kind == "pairs":
            return self.tr("; ", "between the right options").join(f"{left} → {right}" for left, right in value)
        if kind == "date":
            return date_label(str(value))
        if kind == "year":
            year = year_label(int(value["year"]))
            if not value.get("tolerance"):
                return year
            return (self.tr("%1 (± %2)", "a year and how far off still counts").replace("%1", year)
                    .replace("%2", self.tr("%n year(s)", "", int(value["tolerance"]))))
        raise KeyError(kind)
