"""PickerField: a field adapter for references to other items, shown by title and chosen in a PickerDialog.

It follows the adapters of fields.py (widget, get, set, changed, retranslate); `set_choices(choices_of)`
tells it where the (id, title) pairs of a kind come from. F4, Alt+Down, Enter or Space on the field, or a
double click, open the picker. With `single` it holds one id (text, "" for none) instead of a list; an
`optional` one is emptied with Delete or Backspace, its clear button, or "Choose none" in the picker.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP as _T  # noqa: N814 - marks strings for lupdate, as in kinds.py
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QStyle, QToolTip

from desktop.editor.fields import tr
from desktop.editor.picker_dialog import PickerDialog, missing

OPEN_KEYS = (Qt.Key_F4, Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space)
CLEAR_KEYS = (Qt.Key_Delete, Qt.Key_Backspace)
# The tips of picker rows (the form and a story's stops show them; translated where shown).
SOURCES_TIP = _T("The sources, in order, each with where in it (¶8, a page) if you like. F4 chooses.")
PICK_TIP = _T("F4, Enter or Alt+Down opens a list to choose from; type there to filter by title or id.")
PICK_ONE_TIP = _T("F4, Enter or Alt+Down opens a list: type to filter by title or id, Enter chooses one.")
OPTIONAL_TIP = _T("Optional. F4, Enter or Alt+Down opens a list: type to filter, Enter chooses one; "
                  "Delete leaves it empty.")


class PickerLine(QLineEdit):
    """The compact, read-only face of a picker: the chosen titles; the ids show in the tooltip."""

    open_requested = Signal()
    clear_requested = Signal()

    def __init__(self):
        super().__init__()
        self.setReadOnly(True)
        self.ids_tip = ""
        icon = self.style().standardIcon(QStyle.SP_ArrowDown)
        self.choose_action = self.addAction(icon, QLineEdit.TrailingPosition)
        self.choose_action.triggered.connect(self.open_requested)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        plain = not event.modifiers() & ~Qt.KeypadModifier
        alt_down = event.key() == Qt.Key_Down and event.modifiers() & Qt.AltModifier
        if alt_down or (event.key() in OPEN_KEYS and plain):
            self.open_requested.emit()
            return
        if event.key() in CLEAR_KEYS and plain:
            self.clear_requested.emit()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.open_requested.emit()

    def event(self, event) -> bool:
        if event.type() == QEvent.ToolTip and (self.toolTip() or self.ids_tip):
            QToolTip.showText(event.globalPos(), "\n\n".join(t for t in (self.toolTip(), self.ids_tip) if t), self)
            return True
        return super().event(event)


class PickerField(QObject):
    """Ids of items of kind `ref`; `ordered` keeps the teacher's order, `locators` gives sources their
    "where in it" (then the value is [{"source": id, "locator": …}], as in the item format); `single` holds
    one id ("" when none), which `optional` lets the teacher take away."""

    changed = Signal()

    def __init__(self, ref: str, *, ordered: bool = False, locators: bool = False, single: bool = False,
                 optional: bool = False, title: str = ""):
        super().__init__()
        self.ref, self.ordered, self.locators, self.title = ref, ordered, locators, title
        self.single, self.optional = single, optional
        self.widget = PickerLine()
        self.widget.open_requested.connect(self.open_picker)
        self.clear_action = None
        if optional:
            icon = self.widget.style().standardIcon(QStyle.SP_LineEditClearButton)
            self.clear_action = self.widget.addAction(icon, QLineEdit.TrailingPosition)
            self.clear_action.triggered.connect(self.clear)
            self.widget.clear_requested.connect(self.clear)
        self.value: list[tuple[str, str]] = []
        self.choices_of = None
        self._choices: list[tuple[str, str]] | None = None
        self.dialog: PickerDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.widget.choose_action.setText(tr("Choose…"))
        self.widget.choose_action.setToolTip(tr("Choose… (F4)"))
        if self.clear_action is not None:
            self.clear_action.setText(tr("Clear"))
            self.clear_action.setToolTip(tr("Clear (Delete)"))
        self.widget.setPlaceholderText(tr("None chosen: press F4 to choose"))
        self._show()

    def set_choices(self, choices_of) -> None:
        """Where the (id, title) pairs come from: `choices_of(kind)`, read when first needed."""
        self.choices_of, self._choices = choices_of, None
        self._show()

    def choices(self) -> list[tuple[str, str]]:
        """Every (id, title) of the field's kind."""
        if self._choices is None:
            self._choices = list(self.choices_of(self.ref)) if self.choices_of else []
        return self._choices

    def get(self):
        if self.single:
            return self.value[0][0] if self.value else ""
        if self.locators:
            return [{"source": s, "locator": loc} if loc else {"source": s} for s, loc in self.value]
        return [s for s, _ in self.value]

    def set(self, value) -> None:
        if self.single:
            value = [value] if value else []
        pairs = []
        for entry in value or []:
            if isinstance(entry, dict):
                pairs.append((str(entry.get("source", "")), str(entry.get("locator", "") or "")))
            else:
                pairs.append((str(entry), ""))
        self.choose(pairs)  # like a text box's setText: a different value says it changed

    def choose(self, pairs: list[tuple[str, str]]) -> None:
        """Take a new choice (what the picker hands back) as the teacher's edit."""
        differs = pairs != self.value
        self.value = list(pairs)
        self._show()
        if differs:
            self.changed.emit()

    def clear(self) -> None:
        """Choose nothing (an optional single choice only: the others are emptied in the picker)."""
        if self.optional:
            self.choose([])

    def _show(self) -> None:
        titles = dict(self.choices()) if self.value else {}
        shown, tips = [], []
        for slug, locator in self.value:
            name = titles.get(slug) or (missing(slug) if self.choices_of else slug)
            shown.append(f"{name} ({locator})" if locator else name)
            tips.append(f"{name} — {slug}" + (f", {locator}" if locator else ""))
        self.widget.setText("; ".join(shown))
        self.widget.setCursorPosition(0)
        self.widget.ids_tip = "\n".join(tips)
        # A screen reader hears the ids too (the form's tip stays first; it sets the tooltip before this runs).
        self.widget.setAccessibleDescription("\n".join(t for t in (self.widget.toolTip(), self.widget.ids_tip) if t))
        if self.clear_action is not None:
            self.clear_action.setVisible(bool(self.value))

    def open_picker(self) -> None:
        """Open the searchable list (not modal to the script that calls it: the result arrives on accept)."""
        name = self.widget.accessibleName() or self.title
        self.dialog = PickerDialog(tr("Choose: %1").replace("%1", name) if name else tr("Choose"), self.choices(),
                                   self.value, ordered=self.ordered, locators=self.locators, single=self.single,
                                   optional=self.optional, parent=self.widget)
        self.dialog.setAttribute(Qt.WA_DeleteOnClose)
        self.dialog.accepted.connect(lambda d=self.dialog: self.choose(d.result_value()))
        self.dialog.finished.connect(lambda _=0: self.widget.setFocus())
        self.dialog.open()
