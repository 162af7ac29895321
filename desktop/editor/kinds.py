"""What the editor's form shows for each kind of item: fields in the item format of FORMAT.md."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

from PySide6.QtCore import QT_TR_NOOP as _T  # noqa: N814 - a short mark for strings to translate (see tr below)
from PySide6.QtCore import QCoreApplication

from db.content import CLAIM_STATUSES, DIRECTIONS, EVENT_KINDS, QUESTION_PURPOSES, QUESTION_TYPES, RELATION_KINDS
from db.errors import MissingReference
from desktop.editor.fields import (
    CheckField,
    ChoiceField,
    LineField,
    LongTextField,
    NumberField,
    OptionsField,
    StatusField,
)
from desktop.editor.picker_field import OPTIONAL_TIP, PICK_ONE_TIP, PICK_TIP, SOURCES_TIP, PickerField
from desktop.editor.stops_field import STOP_FIELDS, StopsField


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translate an editor string; with `n`, its "%n" plural form (Qt's tr signature, so lupdate sees it)."""
    return QCoreApplication.translate("", text, disambiguation or None, n)  # lupdate files bare tr() under ""


@dataclass(frozen=True)
class FieldSpec:
    """One form row: the item key, its label, how to build its input, and for which question types."""

    name: str
    label: str
    make: object
    tip: str = ""
    types: tuple[str, ...] = field(default=())  # question types that use it; empty = always shown
    outside: bool = False  # kept in other items (a question's modules), not in this one


DATE_TIP = _T("YYYY, YYYY-MM or YYYY-MM-DD: never more precise than the source.")
CHOICE_TYPES = ("single_choice", "multiple_select")
TYPE_LABELS = {"single_choice": _T("Single choice"), "multiple_select": _T("Multiple select"), "true_false": _T("True or false"),
               "order": _T("Put in order"), "match": _T("Match pairs"), "place_on_timeline": _T("Place on the timeline"),
               "short_answer": _T("Short answer"), "numeric_year": _T("Year")}
DIRECTION_LABELS = {"": _T("both ways"), "a->b": _T("A acts on B"), "b->a": _T("B acts on A")}
PURPOSE_LABELS = {"recall": _T("Recall a fact"), "reasoning": _T("Reasoning: why, what follows"),
                  "perspective": _T("Perspective: how a capital sees it"),
                  "source": _T("Sources: the article against the evidence")}
# Fields whose default is left out of the item, as the files leave it out (a form must not look edited).
DEFAULTS = {"purpose": "recall", "syndicated": False, "original_outlet": ""}
EVENT_KIND_LABELS = {"article": _T("From the article"), "context": _T("Background"), "post-article": _T("After the article")}


def _id() -> FieldSpec:
    return FieldSpec("id", _T("Id"), partial(LineField, "text", "lowercase-words-and-digits"),
                     _T("A stable id: lowercase letters, digits and '-'. It cannot change once saved."))


def _sources() -> FieldSpec:
    return FieldSpec("sources", _T("Sources"), partial(PickerField, "source", ordered=True, locators=True), SOURCES_TIP)


def _dates() -> list[FieldSpec]:
    return [FieldSpec("start", _T("Start"), partial(LineField, "date", "2024-06"), DATE_TIP),
            FieldSpec("end", _T("End"), partial(LineField, "date", _T("empty: a point in time / still holds")), DATE_TIP)]


SPECS: dict[str, list[FieldSpec]] = {
    "event": [
        _id(), FieldSpec("title", _T("Title"), LineField), *_dates(),
        FieldSpec("kind", _T("Kind"), partial(ChoiceField, EVENT_KINDS, EVENT_KIND_LABELS)),
        FieldSpec("importance", _T("Importance"), partial(NumberField, 1, 5, default=3), _T("1 minor … 5 landmark")),
        FieldSpec("actors", _T("Actors"), partial(PickerField, "actor"), PICK_TIP),
        FieldSpec("themes", _T("Themes"), partial(PickerField, "theme"), PICK_TIP),
        FieldSpec("paragraph", _T("Article ¶"), partial(NumberField, 1, 999, optional=True)),
        FieldSpec("summary", _T("Summary"), partial(LongTextField, "text", "", 90)),
        _sources(),
    ],
    "actor": [
        _id(), FieldSpec("name", _T("Name"), LineField), FieldSpec("former_name", _T("Former name"), LineField),
        FieldSpec("renamed", _T("Renamed"), partial(LineField, "date", "1991-12"), DATE_TIP),
        FieldSpec("short", _T("Short"), LineField, _T("2–3 letters")),
        FieldSpec("color", _T("Colour"), partial(LineField, "text", "#1f5fa8")),
        FieldSpec("order", _T("Lane order"), partial(NumberField, 0, 999, default=100)),
        FieldSpec("summary", _T("Summary"), LongTextField),
    ],
    "era": [_id(), FieldSpec("name", _T("Name"), LineField), *_dates(), FieldSpec("summary", _T("Summary"), LongTextField),
            _sources()],
    "relation": [
        _id(), FieldSpec("a", _T("Actor A"), partial(PickerField, "actor", single=True), PICK_ONE_TIP),
        FieldSpec("b", _T("Actor B"), partial(PickerField, "actor", single=True), PICK_ONE_TIP),
        FieldSpec("kind", _T("Kind"), partial(ChoiceField, RELATION_KINDS)), FieldSpec("label", _T("Label"), LineField),
        FieldSpec("strength", _T("Strength"), partial(NumberField, 1, 5, default=3)),
        FieldSpec("direction", _T("Direction"), partial(ChoiceField, DIRECTIONS, DIRECTION_LABELS)), *_dates(),
        FieldSpec("opened_by", _T("Opened by"), partial(PickerField, "event", single=True, optional=True),
                  OPTIONAL_TIP),
        FieldSpec("closed_by", _T("Closed by"), partial(PickerField, "event", single=True, optional=True),
                  OPTIONAL_TIP),
        FieldSpec("summary", _T("Summary"), LongTextField), _sources(),
    ],
    "claim": [
        _id(), FieldSpec("paragraph", _T("Article ¶"), partial(NumberField, 1, 999, optional=True)),
        FieldSpec("text", _T("What the article says"), partial(LongTextField, "text", "", 80)),
        FieldSpec("status", _T("Status"), partial(StatusField, CLAIM_STATUSES)),
        FieldSpec("note", _T("Note"), LongTextField, _T("Where public reporting differs or adds to it")),
        FieldSpec("events", _T("Events"), partial(PickerField, "event"), PICK_TIP), _sources(),
    ],
    "source": [
        _id(), FieldSpec("kind", _T("Kind"), partial(ChoiceField, ("external", "article"))),
        FieldSpec("title", _T("Title"), LineField), FieldSpec("outlet", _T("Outlet"), LineField),
        FieldSpec("published", _T("Published"), partial(LineField, "date", "2024-06-17"), DATE_TIP),
        FieldSpec("url", _T("Address (URL)"), LineField), FieldSpec("note", _T("Note"), LongTextField),
        FieldSpec("syndicated", _T("Syndicated copy"), partial(CheckField, _T("A copy through an aggregator")),
                  _T("Tick when this page copies another outlet's report (prefer the original)")),
        FieldSpec("original_outlet", _T("Original outlet"), LineField, _T("Who first published it (for a copy)")),
    ],
    "question": [
        _id(), FieldSpec("type", _T("Type"), partial(ChoiceField, QUESTION_TYPES, TYPE_LABELS)),
        FieldSpec("purpose", _T("Purpose"), partial(ChoiceField, QUESTION_PURPOSES, PURPOSE_LABELS)),
        FieldSpec("prompt", _T("Question"), partial(LongTextField, "text", "", 60)),
        FieldSpec("options", _T("Options"), OptionsField, _T("Tick every correct option"), CHOICE_TYPES),
        FieldSpec("answer", _T("Answer"), LineField, _T("true/false, a year, or a partial date"),
                  ("true_false", "numeric_year", "place_on_timeline")),
        FieldSpec("tolerance", _T("Tolerance"), partial(NumberField, 0, 120, default=0), _T("years or months for full credit"),
                  ("numeric_year", "place_on_timeline")),
        FieldSpec("items", _T("Events in order"), partial(PickerField, "event", ordered=True),
                  _T("The events, earliest first: F4 chooses, Alt+Up and Alt+Down there move one"), ("order",)),
        FieldSpec("pairs", _T("Pairs"), partial(LongTextField, "pairs", "China = …"), _T("One 'left = right' per line"),
                  ("match",)),
        FieldSpec("answers", _T("Accepted answers"), partial(LongTextField, "lines"), _T("One per line"), ("short_answer",)),
        FieldSpec("explanation", _T("Explanation"), partial(LongTextField, "text", "", 60), _T("Shown after answering")),
        FieldSpec("claims", _T("Claims"), partial(PickerField, "claim"), PICK_TIP),
        FieldSpec("events", _T("Events"), partial(PickerField, "event"), PICK_TIP), _sources(),
        FieldSpec("modules", _T("In modules"), partial(PickerField, "module"),
                  _T("The modules (lessons) this question is part of; saved with the question, one undo step"),
                  outside=True),
    ],
    "module": [
        _id(), FieldSpec("title", _T("Title"), LineField), FieldSpec("summary", _T("Summary"), LongTextField),
        FieldSpec("order", _T("Order"), partial(NumberField, 0, 999, default=100)),
        FieldSpec("questions", _T("Questions"), partial(PickerField, "question", ordered=True),
                  _T("The questions in lesson order: F4 chooses, Alt+Up and Alt+Down there move one")),
    ],
    "story": [
        _id(), FieldSpec("title", _T("Title"), LineField), FieldSpec("summary", _T("Summary"), LongTextField),
        FieldSpec("order", _T("Order"), partial(NumberField, 0, 999, default=100)),
        FieldSpec("stops", _T("Stops"), StopsField, _T("The stops in order; each drives the timeline and the map")),
    ],
}

# Kinds in the editor's list, with the labels a teacher reads.
KIND_LABELS = {"event": _T("Events"), "actor": _T("Actors"), "era": _T("Eras"), "relation": _T("Relations"),
               "claim": _T("Claims"), "source": _T("Sources"), "question": _T("Questions"), "module": _T("Modules"),
               "story": _T("Stories")}

# validate_item's field names that belong to another row of the form.
ALIASES = {"correct": "options"}

# A reference to nothing (db.errors.MissingReference, which names the kind and the identifier), as a sentence.
NO_SUCH = {
    "actor": _T("There is no actor “%1” (any more): press F4 to choose another."),
    "theme": _T("There is no theme “%1” (any more): press F4 to choose another."),
    "event": _T("There is no event “%1” (any more): press F4 to choose another."),
    "claim": _T("There is no claim “%1” (any more): press F4 to choose another."),
    "source": _T("There is no source “%1” (any more): press F4 to choose another."),
    "relation": _T("There is no relation “%1” (any more): press F4 to choose another."),
    "question": _T("There is no question “%1” (any more): press F4 to choose another."),
    "module": _T("There is no module “%1” (any more): press F4 to choose another."),
}


def problem_message(problem_field: str, message: str) -> str:
    """A problem as shown under its row, as a sentence; one inside a story's stop names the stop and the
    stop's field ("Stop 3, Events: …")."""
    if isinstance(message, MissingReference) and message.kind in NO_SUCH:
        message = tr(NO_SUCH[message.kind]).replace("%1", message.slug)
    if problem_field.startswith("stops[") and "]" in problem_field:
        number, _, rest = problem_field[len("stops["):].partition("]")
        if number.isdigit():
            where = tr("Stop %1").replace("%1", str(int(number) + 1))
            name = rest.lstrip(".")
            label = next((tr(label) for key, label, *_ in STOP_FIELDS if key == name), name)
            return f"{where}, {label}: {message}" if name else f"{where}: {message}"
    return message


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
        "module": {"questions": []}, "story": {"order": 100, "stops": []}, "actor": {"color": "#555555", "order": 100},
    }
    return {"id": "", **defaults.get(kind, {})}
