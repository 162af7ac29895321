"""QuestionView: shows any of the eight question types and emits the student's answer. No database."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from db.grading import timeline_rule
from desktop.appearance import text_size
from desktop.appearance.announce import announce
from desktop.appearance.retranslate import Retranslatable
from desktop.appearance.theme import mark_problem
from desktop.quiz.choice_input import ChoiceInput
from desktop.quiz.match_input import MatchInput
from desktop.quiz.order_input import OrderInput
from desktop.quiz.text_input import TextAnswerInput
from desktop.quiz.timeline_input import TimelineInput

INPUTS = {
    "single_choice": ChoiceInput, "multiple_select": ChoiceInput, "true_false": ChoiceInput,
    "order": OrderInput, "match": MatchInput, "place_on_timeline": TimelineInput,
    "short_answer": TextAnswerInput, "numeric_year": TextAnswerInput,
}


class QuestionView(Retranslatable, QWidget):
    """One question (a dict in the item format); `answered(object)` carries the answer in grading's format."""

    answered = Signal(object)

    def __init__(self, question: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.setObjectName("questionView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.prompt = QLabel(question.get("prompt", ""))
        self.prompt.setObjectName("questionPrompt")
        self.prompt.setTextFormat(Qt.PlainText)
        self.prompt.setWordWrap(True)
        text_size.set_relative_font(self.prompt, 1.35, bold=True)
        layout.addWidget(self.prompt)
        self.how = QLabel()
        self.how.setObjectName("questionHow")
        self.how.setStyleSheet("color: palette(placeholder-text);")
        self.how.setWordWrap(True)
        layout.addWidget(self.how)
        kind = INPUTS.get(question.get("type"))
        if kind is None:
            self.input = None
            self.problem = QLabel()
            self.problem.setWordWrap(True)
            layout.addWidget(self.problem)
        else:
            self.input = kind(question)
            self.input.setObjectName("answerInput")
            # Once answered the controls are frozen (set_locked); the few still disabled (the timeline's month box)
            # must stay readable.
            self.input.setStyleSheet("*:disabled { color: palette(text); }")
            self.input.edited.connect(lambda: self.hint.setText(""))
            layout.addWidget(self.input)
        self.hint = QLabel("")
        self.hint.setObjectName("answerHint")
        self.hint.setTextFormat(Qt.PlainText)
        mark_problem(self.hint)
        layout.addWidget(self.hint)
        self.actions = QHBoxLayout()
        self.actions.addStretch(1)
        self.check = QPushButton()
        self.check.setObjectName("checkAnswer")
        self.check.setDefault(True)
        self.check.setMinimumHeight(36)
        self.check.setEnabled(self.input is not None)
        self.check.clicked.connect(self.submit)
        self.actions.addWidget(self.check)
        layout.addLayout(self.actions)
        layout.addStretch(1)
        for key in ("Return", "Enter"):
            QShortcut(QKeySequence(key), self, context=Qt.WidgetWithChildrenShortcut).activated.connect(self.submit)
        if isinstance(self.input, ChoiceInput):
            for n in range(1, min(self.input.count(), 9) + 1):
                shortcut = QShortcut(QKeySequence(str(n)), self, context=Qt.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda i=n - 1: self.input.pick(i))
        if self.input is not None:
            self.setFocusProxy(self.input)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """How to answer, and the Check button, in the current language (the input does its own)."""
        self.how.setText(self.instructions())
        if self.input is None:
            self.problem.setText(self.tr("This question cannot be shown: unknown type “%1”.")
                                 .replace("%1", str(self.question.get("type"))))
        self.check.setText(self.tr("&Check answer"))
        self.check.setToolTip(self.tr("Enter"))
        self.check.setAccessibleName(self.tr("Check answer"))

    def instructions(self) -> str:
        """One line telling the student how to answer this type."""
        return {
            "single_choice": self.tr("Choose one answer (keys 1–9), then press Enter."),
            "multiple_select": self.tr("Choose every answer that applies (keys 1–9), then press Enter."),
            "true_false": self.tr("True or false? Press 1 or 2, then Enter."),
            "order": self.tr("Put the events in order, earliest first: drag them, or use Alt+Up and Alt+Down."),
            "match": self.tr("Choose the partner of each item."),
            "place_on_timeline": self._timeline_instructions(),
            "short_answer": self.tr("Type a short answer, then press Enter."),
            "numeric_year": self.tr("Type the year, then press Enter."),
        }.get(self.question.get("type"), "")

    def _timeline_instructions(self) -> str:
        """How to place the marker and what earns full credit, read from the question's own rule."""
        if self.question.get("type") != "place_on_timeline":
            return ""
        try:
            grain, tolerance = timeline_rule(self.question)
        except (ValueError, KeyError, TypeError):
            return self.tr("Place the marker on the year and month it happened.")
        if grain == "year":
            return self.tr("Place the marker in the year it happened: any month of that year gets full credit.")
        if not tolerance:
            return self.tr("Place the marker on the month it happened: only the right month gets full credit.")
        return self.tr("Place the marker on the year and month it happened: full credit within %n month(s).", "",
                       tolerance)

    def add_action(self, widget: QWidget) -> None:
        """Put a host's control (e.g. "I'm not sure") on the row beside the Check button."""
        self.actions.insertWidget(0, widget)

    def answer(self):
        """The answer as it stands, or None when it is not complete yet."""
        return self.input.answer() if self.input is not None else None

    def set_answer(self, value) -> None:
        """Show a given answer in the controls."""
        if self.input is not None and value is not None:
            self.input.set_answer(value)

    def submit(self) -> None:
        """Emit `answered` with the answer, or say what is missing."""
        if self.input is None or not self.check.isEnabled():
            return
        value = self.input.answer()
        if value is None:
            self.say_problem(self.input.missing_hint())
            return
        self.hint.setText("")
        self.answered.emit(value)

    def say_problem(self, text: str) -> None:
        """Show what is wrong with the answer under it, and have screen readers speak it at once."""
        self.hint.setText(text)
        announce(self.hint, text, assertive=True)

    def spoken_intro(self, position: str) -> str:
        """What a screen reader says when the question appears: its place in the quiz, the prompt, how to answer
        (and the options, which the keys 1–9 choose)."""
        parts = [position, self.question.get("prompt", ""), self.how.text()]
        if isinstance(self.input, ChoiceInput):
            parts.append(" ".join(b.accessibleName() + "." for b in self.input.buttons))
        return " ".join(p.strip() for p in parts if p and p.strip())

    def set_position(self, position: str) -> None:
        """Name the question by its place in the quiz ("Question 3 of 19"); the answer controls carry the prompt as
        their description, so a screen reader landing on them reads the question too."""
        self.setAccessibleName(position)
        self.prompt.setAccessibleName(position + ": " + self.question.get("prompt", ""))
        if self.input is not None:
            self.input.setAccessibleName(self.question.get("prompt", ""))
            self.input.setAccessibleDescription(self.how.text())

    def show_solution(self) -> None:
        """After answering: mark the right answer inside the controls where the type allows it."""
        if self.input is not None and hasattr(self.input, "show_solution"):
            self.input.show_solution(self.question)

    def set_locked(self, locked: bool) -> None:
        """Freeze the controls once the answer is in (feedback is showing)."""
        if self.input is not None:
            self.input.set_locked(locked)   # stays reachable: the student can read what they chose
        self.check.setEnabled(not locked and self.input is not None)
