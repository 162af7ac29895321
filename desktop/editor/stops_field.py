"""StopsField: a story's stops in the editor: an ordered list (drag, Alt+Up/Down, add, delete) and one stop's form.

Adding, moving and deleting a stop are steps on the editor's undo stack (`StopsCommand`); the story is written
to the database when the teacher saves it, as every item is. A stop's claims, events, relations, check question
and sources are chosen by title in pickers, as the form's other references are. What is typed or chosen in a
stop's fields is validated as the rest of the form is: each problem shows under the list, naming the stop.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QT_TR_NOOP as _T  # noqa: N814 - marks strings for lupdate, as in kinds.py
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.editor.fields import tr
from desktop.editor.picker_field import OPTIONAL_TIP, PICK_TIP, SOURCES_TIP, PickerField

# (key, label, kind, kind of item it names): kind "text", "long", "ints", "span", or a picker's (PICKERS).
STOP_FIELDS = (
    ("id", _T("Stop id"), "text", ""), ("chapter", _T("Chapter"), "text", ""), ("title", _T("Title"), "text", ""),
    ("text", _T("Text"), "long", ""), ("paragraphs", _T("Article ¶"), "ints", ""), ("claims", _T("Claims"), "refs", "claim"),
    ("events", _T("Events"), "refs", "event"), ("span", _T("Timeline span"), "span", ""),
    ("map_date", _T("Map date"), "text", ""),
    ("compare", _T("Compare with"), "text", ""), ("relations", _T("Relations"), "refs", "relation"),
    ("question", _T("Check question"), "ref", "question"), ("prompt", _T("Discussion prompt"), "long", ""),
    ("sources", _T("Sources"), "sources", "source"),
)
# The pickers: several ids, one optional id, or sources in order with where in each.
PICKERS = {"refs": {}, "ref": {"single": True, "optional": True}, "sources": {"ordered": True, "locators": True}}
STOP_TIPS = {
    "span": _T("Start and end of the timeline's view, e.g. 2023-09, 2024-12; every event must fall inside it."),
    "map_date": _T("The relationship map's date (YYYY, YYYY-MM or YYYY-MM-DD)."),
    "compare": _T("Optional: the map compares this date with the map date."),
    "paragraphs": _T("Paragraph numbers of the article, comma-separated; empty for a background stop."),
    "claims": PICK_TIP, "events": PICK_TIP, "relations": PICK_TIP, "question": OPTIONAL_TIP, "sources": SOURCES_TIP,
}


class _Signals(QObject):
    edited = Signal()


class StopsField:
    """The editor field adapter for `stops`: `widget`, `get()`, `set()`, `changed`, `retranslate()`."""

    def __init__(self):
        self.signals = _Signals()
        self.changed = self.signals.edited
        self.undo_stack = None          # the editor's, set when the form is built (None: steps apply at once)
        self.stops: list[dict] = []
        self.current = -1
        self._loading = False
        self.widget = QWidget()
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName("storyStops")
        self.list.setDragDropMode(QAbstractItemView.InternalMove)
        self.list.setMaximumHeight(150)
        self.list.currentRowChanged.connect(self._show_current)
        self.list.model().rowsMoved.connect(self._dropped)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.setObjectName("addStop")
        self.add_button.clicked.connect(lambda: self.add_stop())
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteStop")
        self.delete_button.clicked.connect(lambda: self.delete_stop())
        self.up_button = QPushButton()
        self.up_button.setObjectName("stopUp")
        self.up_button.clicked.connect(lambda: self.move_stop(-1))
        self.down_button = QPushButton()
        self.down_button.setObjectName("stopDown")
        self.down_button.clicked.connect(lambda: self.move_stop(1))
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        for key, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            QShortcut(QKeySequence(key), self.list, context=Qt.WidgetShortcut).activated.connect(
                lambda s=step: self.move_stop(s))
        QShortcut(QKeySequence.Delete, self.list, context=Qt.WidgetShortcut).activated.connect(self.delete_stop)
        self.form = QFormLayout()
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.pickers: dict[str, PickerField] = {}
        for key, _label, kind, ref in STOP_FIELDS:
            if kind in PICKERS:
                self.pickers[key] = PickerField(ref, **PICKERS[kind])
                self.pickers[key].changed.connect(self._typed)
                widget = self.pickers[key].widget
            elif kind == "long":
                widget = QPlainTextEdit()
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(70)
                widget.textChanged.connect(self._typed)
            else:
                widget = QLineEdit()
                widget.textChanged.connect(self._typed)
            widget.setObjectName(f"stop_{key}")
            label = QLabel()
            label.setBuddy(widget)
            self.form.addRow(label, widget)
            self.inputs[key], self.labels[key] = widget, label
        layout.addLayout(self.form)
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.list.setAccessibleName(tr("Stops, in order"))
        self.list.setToolTip(tr("Drag a stop, or press Alt+Up / Alt+Down, to move it; Delete removes it."))
        for button, text in ((self.add_button, tr("Add stop")), (self.delete_button, tr("Delete stop")),
                             (self.up_button, tr("Move up")), (self.down_button, tr("Move down"))):
            button.setText(text)
            button.setAccessibleName(text)
        for key, label, _kind, _ref in STOP_FIELDS:
            self.labels[key].setText(tr(label) + ":")
            self.inputs[key].setAccessibleName(tr("Stop: %1").replace("%1", tr(label)))
            if key in STOP_TIPS:
                self.inputs[key].setToolTip(tr(STOP_TIPS[key]))
                self.inputs[key].setAccessibleDescription(tr(STOP_TIPS[key]))
        for picker in self.pickers.values():
            picker.retranslate()

    def set_choices(self, choices_of) -> None:
        """Where the stop's pickers find the (id, title) pairs of a kind."""
        for picker in self.pickers.values():
            picker.set_choices(choices_of)

    # ------------------------------------------------------------------ the adapter

    def get(self) -> list[dict]:
        """The stops as the item format holds them."""
        return copy.deepcopy(self.stops)

    def set(self, value) -> None:
        """Show a story's stops (the first one in the form)."""
        self.stops = copy.deepcopy(value or [])
        self._refill(0 if self.stops else -1)

    # ------------------------------------------------------------------ list steps (undoable)

    def add_stop(self) -> None:
        """Add a blank stop after the current one."""
        after = self.get()
        at = self.current + 1 if self.current >= 0 else len(after)
        last = after[self.current] if 0 <= self.current < len(after) else {}
        after.insert(at, {"id": "", "chapter": last.get("chapter", ""), "title": "", "text": "",
                          "span": list(last.get("span", ["", ""])), "map_date": last.get("map_date", "")})
        self._step(tr("Add stop"), after, at)

    def delete_stop(self) -> None:
        """Delete the current stop."""
        if 0 <= self.current < len(self.stops):
            after = self.get()
            after.pop(self.current)
            self._step(tr("Delete stop"), after, min(self.current, len(after) - 1))

    def move_stop(self, step: int) -> None:
        """Move the current stop up (-1) or down (1)."""
        i, j = self.current, self.current + step
        if 0 <= i < len(self.stops) and 0 <= j < len(self.stops):
            after = self.get()
            after[i], after[j] = after[j], after[i]
            self._step(tr("Move stop"), after, j)

    def _dropped(self, *_args) -> None:
        if self._loading:
            return
        order = [self.list.item(r).data(Qt.UserRole) for r in range(self.list.count())]
        after = [copy.deepcopy(self.stops[i]) for i in order]
        self._step(tr("Move stop"), after, self.list.currentRow())

    def _step(self, text: str, after: list[dict], current: int) -> None:
        command = StopsCommand(self, text, self.get(), self.current, after, current)
        if self.undo_stack is not None:
            self.undo_stack.push(command)
        else:
            command.redo()

    def apply(self, stops: list[dict], current: int) -> None:
        """Show these stops (a step done or undone) and tell the form it was edited."""
        self.stops = copy.deepcopy(stops)
        self._refill(current)
        self.changed.emit()

    # ------------------------------------------------------------------ showing

    def _refill(self, current: int) -> None:
        self._loading = True
        self.list.clear()
        for i, stop in enumerate(self.stops):
            item = QListWidgetItem(self._name(i, stop))
            item.setData(Qt.UserRole, i)
            self.list.addItem(item)
        self.current = -1
        self._loading = False
        self.list.setCurrentRow(current if 0 <= current < len(self.stops) else -1)
        if self.list.currentRow() < 0:
            self._show_current(-1)

    def _name(self, i: int, stop: dict) -> str:
        return f"{i + 1}. {stop.get('title') or stop.get('id') or tr('(new stop)')}"

    def _show_current(self, row: int) -> None:
        if self._loading:
            return
        self.current = row
        stop = self.stops[row] if 0 <= row < len(self.stops) else {}
        self._loading = True
        for key, _label, kind, _ref in STOP_FIELDS:
            widget = self.inputs[key]
            if key in self.pickers:
                self.pickers[key].set(stop.get(key))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(_as_text(kind, stop.get(key)))
            else:
                widget.setText(_as_text(kind, stop.get(key)))
        self._loading = False
        self._enable()

    def _enable(self) -> None:
        has = 0 <= self.current < len(self.stops)
        for widget in (*self.inputs.values(), self.delete_button):
            widget.setEnabled(has)
        self.up_button.setEnabled(has and self.current > 0)
        self.down_button.setEnabled(has and self.current < len(self.stops) - 1)

    def _typed(self, *_args) -> None:
        """A stop's field changed: keep it in the stop (typing is not a step of its own, as in every form)."""
        if self._loading or not 0 <= self.current < len(self.stops):
            return
        stop = self.stops[self.current]
        for key, _label, kind, _ref in STOP_FIELDS:
            widget = self.inputs[key]
            if key in self.pickers:
                value = self.pickers[key].get()
            else:
                value = _from_text(kind, widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text())
            if value in ("", [], None) and key in ("paragraphs", "claims", "events", "relations", "compare",
                                                   "question", "prompt", "sources", "chapter"):
                stop.pop(key, None)
            else:
                stop[key] = value
        self.list.item(self.current).setText(self._name(self.current, stop))
        self.changed.emit()


class StopsCommand(QUndoCommand):
    """One step on a story's stops (add, move, delete): redo shows `after`, undo `before`."""

    def __init__(self, field: StopsField, text: str, before: list[dict], before_row: int, after: list[dict],
                 after_row: int):
        super().__init__(text)
        self.field = field
        self.before, self.before_row = copy.deepcopy(before), before_row
        self.after, self.after_row = copy.deepcopy(after), after_row

    def redo(self) -> None:
        """Show the stops after the step."""
        self.field.apply(self.after, self.after_row)

    def undo(self) -> None:
        """Show the stops as they were."""
        self.field.apply(self.before, self.before_row)


def _as_text(kind: str, value) -> str:
    """A stop's value as its input shows it."""
    if value is None:
        return ""
    if kind in ("ints", "span"):
        return ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
    return str(value)


def _from_text(kind: str, text: str):
    """What the teacher typed as the item format holds it (a number that is not one stays text, to be flagged)."""
    text = text.strip()
    if kind == "span":
        parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
        return (parts + ["", ""])[:2] if parts else ["", ""]
    if kind == "ints":
        return [int(p) if p.strip().isdigit() else p.strip() for p in text.split(",") if p.strip()]
    return text
