"""QuizPage: the quiz place: profile picker, module chooser and the running quiz, one at a time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from db import learning
from db.errors import TrilemmaError
from desktop.appearance.theme import mark_problem
from desktop.quiz.module_chooser import ModuleChooser
from desktop.quiz.profile_picker import ProfilePicker
from desktop.quiz.session_widget import SessionWidget
from desktop.state import AppState
from desktop.widgets.plain_text import sentence


class QuizPage(QWidget):
    """Switches between picking a student, choosing a module and answering; follows state.student_changed."""

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setObjectName("quizPage")
        self.clock: Callable[[], object] = lambda: None  # tests set a fixed "now"; None means the real time
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.message = QLabel("")
        self.message.setObjectName("quizMessage")
        self.message.setStyleSheet("padding: 4px 24px;")
        mark_problem(self.message)
        layout.addWidget(self.message)
        self.picker = ProfilePicker(state)
        self.chooser = ModuleChooser(state)
        self.session = SessionWidget(state)
        self.session.clock = lambda: self.clock()
        for page in (self.picker, self.chooser, self.session):
            self.stack.addWidget(page)
        self.picker.picked.connect(state.set_student)
        self.chooser.switch_requested.connect(self.show_picker)
        self.chooser.module_chosen.connect(lambda slug: self.open_module(slug))
        self.chooser.review_chosen.connect(lambda: self.open_module(None))
        self.chooser.retry_chosen.connect(self.resume_retry)
        self.chooser.progress_requested.connect(lambda: state.view_requested.emit("progress"))
        self.session.back_requested.connect(self.show_chooser)
        self.session.progress_requested.connect(lambda: state.view_requested.emit("progress"))
        state.student_changed.connect(self._student_changed)
        self._student_changed(state.student_id)

    def _student_changed(self, student_id) -> None:
        if student_id is None:
            self.show_picker()
        else:
            self.show_chooser()

    def show_picker(self) -> None:
        """Let another student pick their profile."""
        self.message.setText("")
        self.picker.refresh()
        self.stack.setCurrentWidget(self.picker)
        self.picker.first_control().setFocus()

    def show_chooser(self) -> None:
        """Show the modules for the current student."""
        self.message.setText("")
        self.chooser.refresh(now=self.clock())
        self.stack.setCurrentWidget(self.chooser)
        self.chooser.list.setFocus()

    def resume_retry(self, session: int) -> None:
        """Go on with a "try again" round at the question where it stopped."""
        self.message.setText("")
        self.session.open(session)
        self.stack.setCurrentWidget(self.session)

    def open_module(self, module: str | None) -> None:
        """Resume the student's unfinished session of a module (None: review), or start one."""
        sid = self.state.student_id
        if sid is None:
            self.show_picker()
            return
        session = learning.unfinished_session(self.state.db, student_id=sid, module=module)
        if session is None or module is None:
            try:
                session = self.state.run(learning.start_session, origin=self, student_id=sid, module=module,
                                         now=self.clock()).value
            except TrilemmaError as exc:
                self.message.setText(sentence(exc))
                return
        self.message.setText("")
        self.session.open(session)
        self.stack.setCurrentWidget(self.session)
