"""What the editor's form shows for each kind of item: fields in the item format of FORMAT.md."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

from PySide6.QtCore import QCoreApplication

from db.content import CLAIM_STATUSES, DIRECTIONS, EVENT_KINDS, QUESTION_TYPES, RELATION_KINDS
from desktop.editor.fields import ChoiceField, LineField, LongTextField, NumberField, OptionsField


def tr(text: str) -> str:
    """Translate an editor string."""
    return QCoreApplication.translate("", text)  # lupdate files bare tr() calls under ""


@dataclass(frozen=True)
class FieldSpec:
    """One form row: the item key, its label, how to build its input, and for which question types."""

    name: str
    label: str
    make: object
    tip: str = ""
    types: tuple[str, ...] = field(default=())  # question types that use it; empty = always shown
    ref: str = ""  # kind of item whose ids it takes, for completion


SOURCES_TIP = "One source per line: source id, then optionally | and where in it (¶8, a page)."
DATE_TIP = "YYYY, YYYY-MM or YYYY-MM-DD: never more precise than the source."
CHOICE_TYPES = ("single_choice", "multiple_select")
TYPE_LABELS = {"single_choice": "Single choice", "multiple_select": "Multiple select", "true_false": "True or false",
               "order": "Put in order", "match": "Match pairs", "place_on_timeline": "Place on the timeline",
               "short_answer": "Short answer", "numeric_year": "Year"}
DIRECTION_LABELS = {"": "both ways", "a->b": "A acts on B", "b->a": "B acts on A"}
EVENT_KIND_LABELS = {"article": "From the article", "context": "Background", "post-article": "After the article"}


def _id() -> FieldSpec:
    return FieldSpec("id", "Id", partial(LineField, "text", "lowercase-words-and-digits"),
                     "A stable id: lowercase letters, digits and '-'. It cannot change once saved.")


def _sources() -> FieldSpec:
    return FieldSpec("sources", "Sources", partial(LongTextField, "sources", "diplomat-2024 | ¶8"), SOURCES_TIP)


def _dates() -> list[FieldSpec]:
    return [FieldSpec("start", "Start", partial(LineField, "date", "2024-06"), DATE_TIP),
            FieldSpec("end", "End", partial(LineField, "date", "empty: a point in time / still holds"), DATE_TIP)]


SPECS: dict[str, list[FieldSpec]] = {
    "event": [
        _id(), FieldSpec("title", "Title", LineField), *_dates(),
        FieldSpec("kind", "Kind", partial(ChoiceField, EVENT_KINDS, EVENT_KIND_LABELS)),
        FieldSpec("importance", "Importance", partial(NumberField, 1, 5, default=3), "1 minor … 5 landmark"),
        FieldSpec("actors", "Actors", partial(LineField, "refs", "china, north-korea"), "Actor ids, comma-separated",
                  ref="actor"),
        FieldSpec("themes", "Themes", partial(LineField, "refs"), "Theme ids, comma-separated", ref="theme"),
        FieldSpec("paragraph", "Article ¶", partial(NumberField, 1, 999, optional=True)),
        FieldSpec("summary", "Summary", partial(LongTextField, "text", "", 90)),
        _sources(),
    ],
    "actor": [
        _id(), FieldSpec("name", "Name", LineField), FieldSpec("former_name", "Former name", LineField),
        FieldSpec("renamed", "Renamed", partial(LineField, "date", "1991-12"), DATE_TIP),
        FieldSpec("short", "Short", LineField, "2–3 letters"),
        FieldSpec("color", "Colour", partial(LineField, "text", "#1f5fa8")),
        FieldSpec("order", "Lane order", partial(NumberField, 0, 999, default=100)),
        FieldSpec("summary", "Summary", LongTextField),
    ],
    "era": [_id(), FieldSpec("name", "Name", LineField), *_dates(), FieldSpec("summary", "Summary", LongTextField),
            _sources()],
    "relation": [
        _id(), FieldSpec("a", "Actor A", LineField, "Actor id", ref="actor"),
        FieldSpec("b", "Actor B", LineField, "Actor id", ref="actor"),
        FieldSpec("kind", "Kind", partial(ChoiceField, RELATION_KINDS)), FieldSpec("label", "Label", LineField),
        FieldSpec("strength", "Strength", partial(NumberField, 1, 5, default=3)),
        FieldSpec("direction", "Direction", partial(ChoiceField, DIRECTIONS, DIRECTION_LABELS)), *_dates(),
        FieldSpec("opened_by", "Opened by", LineField, "Event id (optional)", ref="event"),
        FieldSpec("closed_by", "Closed by", LineField, "Event id (optional)", ref="event"),
        FieldSpec("summary", "Summary", LongTextField), _sources(),
    ],
    "claim": [
        _id(), FieldSpec("paragraph", "Article ¶", partial(NumberField, 1, 999, optional=True)),
        FieldSpec("text", "What the article says", partial(LongTextField, "text", "", 80)),
        FieldSpec("status", "Status", partial(ChoiceField, CLAIM_STATUSES)),
        FieldSpec("note", "Note", LongTextField, "Where public reporting differs or adds to it"),
        FieldSpec("events", "Events", partial(LineField, "refs"), "Event ids, comma-separated", ref="event"), _sources(),
    ],
    "source": [
        _id(), FieldSpec("kind", "Kind", partial(ChoiceField, ("external", "article"))),
        FieldSpec("title", "Title", LineField), FieldSpec("outlet", "Outlet", LineField),
        FieldSpec("published", "Published", partial(LineField, "date", "2024-06-17"), DATE_TIP),
        FieldSpec("url", "Address (URL)", LineField), FieldSpec("note", "Note", LongTextField),
    ],
    "question": [
        _id(), FieldSpec("type", "Type", partial(ChoiceField, QUESTION_TYPES, TYPE_LABELS)),
        FieldSpec("prompt", "Question", partial(LongTextField, "text", "", 60)),
        FieldSpec("options", "Options", OptionsField, "Tick the correct option(s)", CHOICE_TYPES),
        FieldSpec("answer", "Answer", LineField, "true/false, a year, or a partial date",
                  ("true_false", "numeric_year", "place_on_timeline")),
        FieldSpec("tolerance", "Tolerance", partial(NumberField, 0, 120, default=0), "years or months for full credit",
                  ("numeric_year", "place_on_timeline")),
        FieldSpec("items", "Events in order", partial(LineField, "refs"), "Event ids, earliest first", ("order",), "event"),
        FieldSpec("pairs", "Pairs", partial(LongTextField, "pairs", "China = …"), "One 'left = right' per line",
                  ("match",)),
        FieldSpec("answers", "Accepted answers", partial(LongTextField, "lines"), "One per line", ("short_answer",)),
        FieldSpec("explanation", "Explanation", partial(LongTextField, "text", "", 60), "Shown after answering"),
        FieldSpec("claims", "Claims", partial(LineField, "refs"), "Claim ids, comma-separated", ref="claim"),
        FieldSpec("events", "Events", partial(LineField, "refs"), "Event ids, comma-separated", ref="event"), _sources(),
    ],
    "module": [
        _id(), FieldSpec("title", "Title", LineField), FieldSpec("summary", "Summary", LongTextField),
        FieldSpec("order", "Order", partial(NumberField, 0, 999, default=100)),
        FieldSpec("questions", "Questions", partial(LongTextField, "lines", "", 120), "Question ids, one per line"),
    ],
}

# Kinds in the editor's list, with the labels a teacher reads.
KIND_LABELS = {"event": "Events", "actor": "Actors", "era": "Eras", "relation": "Relations", "claim": "Claims",
               "source": "Sources", "question": "Questions", "module": "Modules"}

# validate_item's field names that belong to another row of the form.
ALIASES = {"correct": "options", "a/b": "a"}


def row_for(problem_field: str) -> str:
    """The form row a validation problem belongs to ("sources[2]" -> "sources", "correct" -> "options")."""
    name = problem_field.split("[", 1)[0].split(".", 1)[0]
    return ALIASES.get(name, name)


def title_of(kind: str, item: dict) -> str:
    """A short readable name for an item in the list."""
    for key in ("title", "name", "prompt", "text", "label"):
        if item.get(key):
            return str(item[key])
    return item.get("id", "")


def blank(kind: str) -> dict:
    """A new item with sensible defaults."""
    defaults = {
        "event": {"kind": "context", "importance": 3, "actors": [], "themes": [], "sources": []},
        "era": {"sources": []}, "relation": {"kind": "partnership", "strength": 3, "direction": "", "sources": []},
        "claim": {"status": "confirmed", "events": [], "sources": []}, "source": {"kind": "external"},
        "question": {"type": "single_choice", "options": ["", ""], "correct": [0], "claims": [], "events": [],
                     "sources": []},
        "module": {"questions": []}, "actor": {"color": "#555555", "order": 100},
    }
    return {"id": "", **defaults.get(kind, {})}
