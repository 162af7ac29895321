"""CheckQuestion: a stop's check question, answered in place with the quiz's widgets and stored as an attempt."""

from __future__ import annotations

import time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from db import learning
from db.errors import TrilemmaError, ValidationError
from db.grading import AnswerError, grade
from db.story_progress import record_check_answer
from desktop.appearance import text_size
from desktop.appearance.retranslate import Retranslatable
from desktop.quiz.feedback_panel import FeedbackPanel
from desktop.quiz.question_view import QuestionView
from desktop.state import AppState
from desktop.widgets.plain_text import sentence


class CheckQuestion(Retranslatable, QWidget):
    """Holds one question at a time; `answered(grade)` after each answer (recorded when a student is chosen)."""

    answered = Signal(object)
    timeline_requested = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setObjectName("storyCheck")
        self.question: dict | None = None
        self.view: QuestionView | None = None
        self.shown_at = 0.0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.head = QLabel()
        self.head.setObjectName("storyCheckHead")
        text_size.set_relative_font(self.head, 1.0, bold=True)
        self.note = QLabel()
        self.note.setObjectName("storyCheckNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.feedback = FeedbackPanel()
        self.feedback.next.hide()            # the story's own Next goes on
        self.feedback.timeline_requested.connect(self.timeline_requested)
        self.feedback.hide()
        layout.addWidget(self.head)
        layout.addWidget(self.note)
        self.body = QVBoxLayout()
        layout.addLayout(self.body)
        layout.addWidget(self.feedback)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Heading and the note about saving answers in the current language."""
        self.head.setText(self.tr("Check your understanding"))
        self._note()

    def _note(self) -> None:
        self.note.setText("" if self.state.student_id is not None else
                          self.tr("Choose your name in the Quiz to keep this answer with your results."))
        self.note.setVisible(self.state.student_id is None)

    def show_question(self, slug: str | None) -> None:
        """Show the question `slug` unanswered (None or a hidden question: nothing)."""
        if self.view is not None:
            self.body.removeWidget(self.view)
            self.view.hide()
            self.view.deleteLater()
            self.view = None
        self.feedback.hide()
        self.question = None
        if slug:
            try:
                question = learning.question_for_display(self.state.db, slug)
            except TrilemmaError:
                question = None
            if question is not None:
                self.question = question
                self.view = QuestionView(question)
                self.view.answered.connect(self.submit)
                self.body.addWidget(self.view)
                self.shown_at = time.monotonic()
        self._note()
        self.setVisible(self.question is not None)

    def submit(self, answer) -> None:
        """Grade the answer (and record it for the chosen student), then show the quiz's feedback."""
        if self.question is None or self.view is None:
            return
        try:
            if self.state.student_id is None:
                result = grade(self.question, answer)
            else:
                result = self.state.run(record_check_answer, origin=self, student_id=self.state.student_id,
                                        question_slug=self.question["id"], answer=answer,
                                        seconds=time.monotonic() - self.shown_at).value
        except (ValidationError, AnswerError) as exc:
            problems = getattr(exc, "problems", None)
            self.view.say_problem("; ".join(m for _, m in problems) if problems else str(exc))
            return
        except TrilemmaError as exc:
            self.view.say_problem(sentence(exc))
            return
        self.view.set_locked(True)
        self.view.show_solution()
        self.feedback.show_grade(self.question, result, answer=answer)
        self.feedback.show()
        self.answered.emit(result)
