"""GenerateQuestionsDialog: review generated questions (keep, edit or discard each) and pick their module."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from db.content import list_items, slug_ids, validate_item
from db.editing import choices
from db.errors import TrilemmaError
from db.generate import generate_questions
from desktop.appearance.theme import mark_problem
from desktop.editor.item_form import ItemFormWidget
from desktop.editor.question_preview import QuestionPreviewWidget
from desktop.state import AppState
from desktop.widgets.plain_text import sentence


class GenerateQuestionsDialog(QDialog):
    """Nothing is saved here: the editor saves what the teacher kept, as one undoable step."""

    def __init__(self, state: AppState, event_slugs: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setObjectName("generateDialog")
        self.setWindowTitle(self.tr("Review generated questions"))
        self.resize(1100, 700)
        try:
            self.questions = generate_questions(state.db, event_slugs=event_slugs)
        except TrilemmaError as exc:
            self.questions = []
            self.error = sentence(exc)
        else:
            self.error = ""
        made = self.tr("%n question(s) made", "", len(self.questions))
        intro = QLabel(self.tr("%1 from %n event(s). Untick the ones to discard; select one to edit it. Nothing is "
                               "saved until you press “Add to module”.", "", len(event_slugs)).replace("%1", made))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("generatedList")
        self.list.setAccessibleName(self.tr("Generated questions: ticked ones will be added"))
        # Generated ids are stable, so some may already be in the bank: keeping them updates those.
        self.existing = set(slug_ids(state.db, "questions"))
        for q in self.questions:
            entry = QListWidgetItem(self._label(q))
            entry.setFlags(entry.flags() | Qt.ItemIsUserCheckable)
            entry.setCheckState(Qt.Checked)
            entry.setToolTip(q["id"] + (self.tr(" (already in the question bank: keeping it updates it)")
                                        if q["id"] in self.existing else ""))
            self.list.addItem(entry)
        self.list.setTextElideMode(Qt.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.form = ItemFormWidget("question", outside=False)  # the module is chosen below, for all of them
        self.form.set_choices(lambda kind: choices(state.db, kind))
        self.form.edited.connect(self._store)
        self.preview = QuestionPreviewWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.list)
        split.addWidget(scroll)
        split.addWidget(self.preview)
        split.setSizes([330, 460, 310])
        self.module_combo = QComboBox()
        self.module_combo.setObjectName("generateModule")
        self.module_combo.setAccessibleName(self.tr("Module to add the questions to"))
        for m in list_items(state.db, "module"):
            self.module_combo.addItem(m["title"], m["id"])
        self.module_combo.addItem(self.tr("(no module: only the question bank)"), "")
        self.message = QLabel(self.error and "⚠ " + self.error)
        self.message.setObjectName("generateMessage")
        self.message.setStyleSheet("font-weight: bold;")
        mark_problem(self.message)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Add to module"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QFormLayout()
        bottom.addRow(self.tr("Add the ticked questions to &module:"), self.module_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.list.currentRowChanged.connect(self._show)
        if self.questions:
            self.list.setCurrentRow(0)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.questions):
            self.form.set_item(self.questions[row], new=True)
            self.form.show_problems(validate_item(self.state.db, "question", self.questions[row]))
            self.preview.show_question(self.questions[row])

    def _store(self) -> None:
        """Keep the teacher's edits to the shown question."""
        row = self.list.currentRow()
        if 0 <= row < len(self.questions):
            item = self.form.item()
            self.questions[row] = item
            self.list.item(row).setText(self._label(item))
            self.form.show_problems(validate_item(self.state.db, "question", item))
            self.preview.show_question(item)

    def _label(self, q: dict) -> str:
        prefix = self.tr("[update] ") if q.get("id") in self.existing else ""
        return prefix + str(q.get("prompt", ""))

    def set_kept(self, row: int, keep: bool) -> None:
        """Tick (keep) or untick (discard) a question."""
        self.list.item(row).setCheckState(Qt.Checked if keep else Qt.Unchecked)

    def kept(self) -> list[dict]:
        """The questions still ticked, with the teacher's edits."""
        return [q for i, q in enumerate(self.questions) if self.list.item(i).checkState() == Qt.Checked]

    def result_items(self) -> tuple[list[dict], str]:
        """(kept questions, module id or "")."""
        return self.kept(), self.module_combo.currentData()

    def try_accept(self) -> None:
        """Accept only when every kept question is valid; else name the first that is not."""
        for i, q in enumerate(self.questions):
            if self.list.item(i).checkState() != Qt.Checked:
                continue
            problems = validate_item(self.state.db, "question", q)
            if problems:
                self.list.setCurrentRow(i)
                self.message.setText("⚠ " + self.tr("Question %d: %s: %s") % (i + 1, *problems[0]))
                return
        if not self.kept():
            self.message.setText("⚠ " + self.tr("No question is ticked."))
            return
        self.accept()
