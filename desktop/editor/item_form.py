"""ItemFormWidget: the form for one item of one kind, with each validation message under its field."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from db.content import QUESTION_DATA_FIELDS
from desktop.appearance.retranslate import Retranslatable
from desktop.appearance.theme import mark_problem
from desktop.editor.kinds import DEFAULTS, SPECS, blank, problem_message, row_for, tr


class ItemFormWidget(Retranslatable, QWidget):
    """Edits an item dict in the FORMAT.md shape; `edited` fires on every change the teacher makes."""

    edited = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None, *, outside: bool = True):
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"form_{kind}")
        self.original: dict = blank(kind)
        self.is_new = True
        self.fields = {}
        self.problem_labels: dict[str, QLabel] = {}
        self.rows: dict[str, tuple[QLabel, QWidget]] = {}
        # Fields kept in other items (a question's modules): not part of item(); `outside` False leaves them out.
        self.outside: dict[str, object] = {}
        self.outside_original: dict[str, object] = {}
        self._loading = False
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.specs = [spec for spec in SPECS[kind] if outside or not spec.outside]
        for spec in self.specs:
            adapter = spec.make()
            if spec.outside:
                self.outside[spec.name] = adapter
            adapter.widget.setObjectName(f"field_{spec.name}")
            problem = QLabel("")
            problem.setObjectName(f"problem_{spec.name}")
            problem.setStyleSheet("font-weight: bold;")
            mark_problem(problem)
            problem.setWordWrap(True)
            problem.hide()
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.setSpacing(1)
            box_layout.addWidget(adapter.widget)
            box_layout.addWidget(problem)
            label = QLabel()
            label.setBuddy(adapter.widget)
            self.form.addRow(label, box)
            self.fields[spec.name] = adapter
            self.problem_labels[spec.name] = problem
            self.rows[spec.name] = (label, box)
            adapter.changed.connect(self._on_changed)
        self.general = QLabel("")
        self.general.setObjectName("problem_general")
        self.general.setStyleSheet("font-weight: bold;")
        mark_problem(self.general)
        self.general.setWordWrap(True)
        self.general.hide()
        # What a teacher's review would catch (db.teaching_rules): advice, never a reason to refuse a save.
        self.warnings = QLabel("")
        self.warnings.setObjectName("teachingWarnings")
        self.warnings.setTextFormat(Qt.PlainText)
        self.warnings.setWordWrap(True)
        self.warnings.setFrameShape(QFrame.StyledPanel)
        self.warnings.setContentsMargins(6, 4, 6, 4)
        self.warnings.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(self.warnings)
        layout.addStretch(1)
        self.retranslate_ui()
        self._show_rows_for_type()

    def retranslate_ui(self) -> None:
        """Labels, names, tips and the inputs' own texts in the current language; what the teacher typed stays."""
        loading, self._loading = self._loading, True  # a relabelled choice is not an edit
        self.warnings.setAccessibleName(tr("Teaching review"))
        for spec in self.specs:
            adapter = self.fields[spec.name]
            adapter.widget.setAccessibleName(tr(spec.label))
            if spec.tip:
                adapter.widget.setToolTip(tr(spec.tip))
                adapter.widget.setAccessibleDescription(tr(spec.tip))
            self.rows[spec.name][0].setText(tr(spec.label) + ":")
            adapter.retranslate()
        self._loading = loading

    def _on_changed(self, *_args) -> None:
        if self._loading:
            return
        if self.kind == "question":
            self._show_rows_for_type()
        self.edited.emit()

    def _show_rows_for_type(self) -> None:
        if self.kind != "question":
            return
        qtype = self.fields["type"].get()
        for spec in SPECS["question"]:
            if spec.types:
                label, box = self.rows[spec.name]
                label.setVisible(qtype in spec.types)
                box.setVisible(qtype in spec.types)

    def set_choices(self, choices_of) -> None:
        """Offer items to pick by title: `choices_of(kind)` returns the (id, title) pairs of a kind."""
        for adapter in self.fields.values():
            if hasattr(adapter, "set_choices"):
                adapter.set_choices(choices_of)

    def set_outside(self, values: dict) -> None:
        """Show the values kept in other items (e.g. {"modules": [...]}) as saved; they are no edit."""
        loading, self._loading = self._loading, True
        for name, adapter in self.outside.items():
            adapter.set(values.get(name))
            self.outside_original[name] = adapter.get()
        self._loading = loading

    def outside_values(self) -> dict:
        """The values of the fields kept in other items, as the form shows them."""
        return {name: adapter.get() for name, adapter in self.outside.items()}

    def outside_changed(self) -> bool:
        """True when a field kept in other items differs from what is saved."""
        return any(self.outside_original.get(name) != value for name, value in self.outside_values().items())

    def set_item(self, item: dict | None, *, new: bool = False) -> None:
        """Show an item (or a blank new one); the id is locked once an item is saved."""
        self._loading = True
        self.original = copy.deepcopy(item) if item else blank(self.kind)
        self.is_new = new or not item
        for name, adapter in self.fields.items():
            if name in self.outside:
                adapter.set(None)
                self.outside_original[name] = adapter.get()
            elif name == "options":
                adapter.set({"options": self.original.get("options"), "correct": self.original.get("correct")})
            else:
                adapter.set(self.original.get(name))
        self.fields["id"].widget.setReadOnly(not self.is_new)
        self._loading = False
        self._show_rows_for_type()
        self.show_problems([])

    def item(self) -> dict:
        """The item as the form shows it, in the file format (keys the form does not show are kept)."""
        out = copy.deepcopy(self.original)
        for name, adapter in self.fields.items():
            if name in self.outside:
                continue
            value = adapter.get()
            if name == "options":
                out.update(value)
            else:
                out[name] = value
        if self.kind == "question":
            qtype = out.get("type")
            used = {s.name for s in SPECS["question"] if qtype in s.types} | (
                {"correct"} if "options" in {s.name for s in SPECS["question"] if qtype in s.types} else set())
            for name in QUESTION_DATA_FIELDS:
                if name not in used:
                    out.pop(name, None)
            if "answer" in out:
                out["answer"] = _answer_value(qtype, out["answer"])
        for name in list(out):
            # Optional fields left empty are left out, as in the files (and as the database reads them back).
            optional = name in ("end", "paragraph", "former_name", "renamed", "published", "url", "opened_by",
                                "closed_by") or name not in self.original
            if optional and out[name] in ("", None, []):
                del out[name]
            elif name in DEFAULTS and name not in self.original and out[name] == DEFAULTS[name]:
                del out[name]
        return out

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        """Put each (field, message) under its field; messages for no visible field go at the bottom."""
        by_row: dict[str, list[str]] = {}
        rest = []
        for field, message in problems:
            row = row_for(field)
            if row in self.problem_labels and not self.rows[row][1].isHidden():
                by_row.setdefault(row, []).append(problem_message(field, message))
            else:
                rest.append(f"{self._field_name(field)}: {message}" if field else message)
        for name, label in self.problem_labels.items():
            messages = by_row.get(name, [])
            label.setText("\n".join("⚠ " + m[:1].upper() + m[1:] for m in messages))
            label.setVisible(bool(messages))
        self.general.setText("\n".join("⚠ " + m for m in rest))
        self.general.setVisible(bool(rest))

    def _field_name(self, field: str) -> str:
        """A problem's field as the form names it ("Sources", not "sources[2]"); an unknown key in words."""
        row = row_for(field)
        if row in self.rows:
            return self.rows[row][0].text().rstrip(":")
        return field.replace("_", " ")

    def show_warnings(self, findings: list[tuple[str, str, str]]) -> None:
        """Show teaching findings (rule, field, message) in the warnings area under the form; none hides it."""
        lines = [tr("Teaching review (saving is still allowed):")]
        for _rule, field, message in findings:
            lines.append(f"ⓘ {self._field_name(field)}: {message}")
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(findings))

    def problem_text(self, name: str) -> str:
        """The message shown under a field ("" if none)."""
        return self.problem_labels[name].text() if not self.problem_labels[name].isHidden() else ""


def _answer_value(qtype: str, text):
    """The typed answer as the item format wants it: a bool, a year, or partial-date text."""
    if not isinstance(text, str):
        return text
    value = text.strip()
    if qtype == "true_false":
        return {"true": True, "yes": True, "false": False, "no": False}.get(value.casefold(), value)
    if qtype == "numeric_year" and value.lstrip("-").isdigit():
        return int(value)
    return value
