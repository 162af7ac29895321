"""SessionWidget: one question at a time, progress, "I'm not sure", feedback, the end-of-quiz summary."""

from __future__ import annotations

import time
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db import learning
from db.dates import PartialDate
from db.errors import QuizMovedOnError, TrilemmaError, ValidationError
from desktop.appearance import text_size
from desktop.appearance.announce import announce
from desktop.appearance.i18n import local_number
from desktop.appearance.retranslate import Retranslatable
from desktop.quiz.feedback_panel import FeedbackPanel
from desktop.quiz.question_view import QuestionView
from desktop.state import AppState
from desktop.widgets.plain_text import plain_text, sentence


class EnterClicksFilter(QObject):
    """Enter or Return on a push button clicks it, as Space does (outside dialogs Qt gives Enter to no button)."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """Click the button the key was pressed on."""
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and isinstance(watched, QPushButton) and watched.isEnabled()):
            watched.click()
            return True
        return False


class SessionWidget(Retranslatable, QWidget):
    """Runs a stored quiz session; every answer goes through `state.run(record_answer)` at once."""

    back_requested = Signal()
    progress_requested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setObjectName("quizSession")
        self.session_id: int | None = None
        self.info: dict = {}
        self.missed: list[str] = []
        self.retry_of = ""
        self.question: dict = {}
        self.view: QuestionView | None = None
        self.shown_at = 0.0
        self.clock: Callable[[], object] = lambda: None  # tests set a fixed "now"; None means the real time
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("sessionTitle")
        self.title.setTextFormat(Qt.PlainText)  # a module title with markup shows as text
        text_size.set_relative_font(self.title, 1.25, bold=True)
        self.back = QPushButton()
        self.back.setObjectName("backToModules")
        self.back.clicked.connect(self.back_requested)
        top.addWidget(self.title, 1)
        top.addWidget(self.back)
        layout.addLayout(top)
        bar_row = QHBoxLayout()
        self.counter = QLabel()
        self.counter.setObjectName("questionCounter")
        self.bar = QProgressBar()
        self.bar.setObjectName("sessionProgress")
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(10)
        bar_row.addWidget(self.counter)
        bar_row.addWidget(self.bar, 1)
        layout.addLayout(bar_row)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.NoFrame)
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(0, 12, 8, 0)
        self.feedback = FeedbackPanel()
        self.feedback.hide()
        self.feedback.next_requested.connect(self.next_question)
        self.feedback.timeline_requested.connect(self.show_on_timeline)
        self.body.addWidget(self.feedback)
        self.body.addStretch(1)
        body.setMaximumWidth(1040)  # lines of prose stay readable on a wide classroom screen
        self.scroll.setWidget(body)
        self.scroll.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
        self.pages.addWidget(self.scroll)

        done = QWidget()
        done_layout = QVBoxLayout(done)
        self.summary = QLabel()
        self.summary.setObjectName("sessionSummary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignCenter)
        done_layout.addStretch(1)
        done_layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.addStretch(1)
        self.done_back = QPushButton()
        self.done_back.setObjectName("doneBack")
        self.done_back.clicked.connect(self.back_requested)
        self.done_progress = QPushButton()
        self.done_progress.clicked.connect(self.progress_requested)
        self.done_retry = QPushButton()
        self.done_retry.setObjectName("doneRetry")
        self.done_retry.clicked.connect(self.retry_missed)
        row.addWidget(self.done_retry)
        row.addWidget(self.done_back)
        row.addWidget(self.done_progress)
        self._enter_clicks = EnterClicksFilter(self)
        for button in (self.done_retry, self.done_back, self.done_progress):
            button.installEventFilter(self._enter_clicks)   # the summary's buttons answer Enter, like the questions
        row.addStretch(1)
        done_layout.addLayout(row)
        done_layout.addStretch(2)
        self.pages.addWidget(done)
        self.doubt = QCheckBox()
        self.doubt.setObjectName("doubtToggle")
        self._texts()
        state.theme_changed.connect(lambda _name: self.feedback.restyle())

    def _texts(self) -> None:
        self.back.setText(self.tr("← &Back to modules"))
        self.back.setAccessibleName(self.tr("Back to the modules (your place is kept)"))
        self.bar.setAccessibleName(self.tr("Progress through the quiz"))
        self.done_back.setText(self.tr("Back to the &modules"))
        self.done_progress.setText(self.tr("See my pro&gress"))
        self.doubt.setText(self.tr("I'm not &sure"))
        self.doubt.setToolTip(self.tr("Tick this if you guessed: the question will come back sooner for review."))

    def retranslate_ui(self) -> None:
        """Its texts, the title, the counter and the summary in the current language; the question shown keeps
        the student's answer so far (it and its feedback retranslate themselves)."""
        self._texts()
        if self.session_id is not None:
            self.when_shown(self._retitle)

    def _retitle(self) -> None:
        self._title()
        if self.pages.currentIndex() == 1:
            self._show_summary()
        else:
            self._count()

    def _count(self) -> None:
        total, position = self.info["total"], self.info["position"]
        self.counter.setText(self.tr("Question %1 of %2").replace("%1", str(position + 1)).replace("%2", str(total)))

    def open(self, session_id: int, retry_of: str = "") -> None:
        """Show a session at its stored position (a resumed session continues where it stopped); `retry_of` names
        the quiz whose missed questions it asks again."""
        self.session_id = session_id
        self.retry_of = retry_of or (learning.session_info(self.state.db, session_id)["retry_of"] or "")
        self.refresh()

    def refresh(self) -> None:
        """Show the current question, or the summary if the session is finished."""
        self.info = learning.session_info(self.state.db, self.session_id)
        self._title()
        total, position = self.info["total"], self.info["position"]
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(position)
        if self.info["current"] is None:
            self._show_summary()
            return
        self._count()
        self.question = learning.current_question(self.state.db, self.session_id)  # with this attempt's option order
        self._replace_view(QuestionView(self.question))
        self.view.set_position(self.counter.text())
        self.feedback.hide()
        self.pages.setCurrentIndex(0)
        self.view.setFocus()
        # The focus lands on the first option or the answer field; the announcement reads the question first.
        announce(self.view, self.view.spoken_intro(self.counter.text()))
        self.shown_at = time.monotonic()

    def _title(self) -> None:
        if self.info["mode"] == "module":
            self.title.setText(self.info["title"])
        elif self.retry_of:
            self.title.setText(self.tr("Try again: %1").replace("%1", self.retry_of))
        else:
            self.title.setText(self.tr("Review: questions due again"))

    def _replace_view(self, view: QuestionView) -> None:
        if self.view is not None:
            self.doubt.setParent(None)
            self.body.removeWidget(self.view)
            self.view.hide()
            self.view.deleteLater()
        self.view = view
        self.doubt.setChecked(False)
        view.add_action(self.doubt)
        view.answered.connect(self.submit)
        self.body.insertWidget(0, view)
        view.show()  # now, not on the next event loop turn, so it can take the keyboard focus at once

    def submit(self, answer) -> None:
        """Record the answer (committed now), then show the feedback."""
        try:
            result = self.state.run(
                learning.record_answer, origin=self, student_id=self.info["student_id"], session_id=self.session_id,
                question_slug=self.question["id"], answer=answer, doubt=self.doubt.isChecked(),
                seconds=time.monotonic() - self.shown_at, now=self.clock()).value
        except QuizMovedOnError:
            self._moved_on()
            return
        except ValidationError as exc:  # the answer cannot be graded: say what is expected, without the field name
            self.view.say_problem("; ".join(message for _, message in exc.problems))
            return
        except TrilemmaError as exc:
            self.view.say_problem(sentence(exc))
            return
        self.view.set_locked(True)
        self.view.show_solution()
        self.doubt.setEnabled(False)
        self.bar.setValue(self.info["position"] + 1)
        last = self.info["position"] + 1 >= self.info["total"]
        self.feedback.show_grade(self.question, result, last=last, answer=answer)
        self.feedback.show()
        self.feedback.next.setFocus()
        self.scroll.ensureWidgetVisible(self.feedback)
        announce(self.feedback, self.feedback.spoken(), assertive=True)

    def _moved_on(self) -> None:
        """The same student answered in another window: go on at the question the quiz has reached, and say why."""
        info = learning.session_info(self.state.db, self.session_id)
        if info["finished"] and info["mode"] == "module":   # the other window started the module again
            newer = learning.unfinished_session(self.state.db, student_id=info["student_id"], module=info["module"])
            if newer is not None:
                self.session_id = newer
        self.doubt.setEnabled(True)
        self.refresh()
        note = self.tr("This quiz went on in another window where you are also working, so it continues here at "
                       "the question it has reached. Your answers there are kept.")
        if self.pages.currentIndex() == 0:
            self.view.say_problem(note)
        else:
            self.summary.setText(self.summary.text() + f"<p>{escape(note)}</p>")

    def next_question(self) -> None:
        """Go on to the next question (or the summary)."""
        self.doubt.setEnabled(True)
        self.refresh()

    def show_on_timeline(self, slug: str) -> None:
        """Select the event, move the app's date to it, and bring the timeline forward."""
        info = next((e for e in self.question.get("event_info", []) if e["slug"] == slug), None)
        self.state.select_event(slug)
        if info is not None:
            self.state.set_date(PartialDate.parse(info["start"]).start_value())
        self.state.view_requested.emit("timeline")

    def _show_summary(self) -> None:
        scores = self.info["scores"]
        right = sum(1 for s in scores if s >= 1.0)
        self.counter.setText(self.tr("Finished"))
        self.bar.setValue(self.bar.maximum())
        points = sum(scores)
        text_size.set_scaled_html(self.summary, (
            self.tr("<h2>Well done: you finished “%1”.</h2><p style='font-size:13pt'>%2 of %n answer(s) fully right, "
                    "%3 points of %n.</p><p>Questions you missed come back in <b>Review due</b>.</p>", "", len(scores))
            .replace("%1", escape(self.info["title"])).replace("%2", str(right)).replace("%3", local_number(points))))
        self.missed = learning.missed_in_session(self.state.db, self.session_id)
        self.done_retry.setVisible(bool(self.missed))
        self.done_retry.setText(self.tr("Try the %1 you missed &again").replace("%1", str(len(self.missed))))
        self.done_retry.setAccessibleName(self.tr("Try again now the questions you missed or were unsure of"))
        self.pages.setCurrentIndex(1)
        (self.done_retry if self.missed else self.done_back).setFocus()
        self.summary.setAccessibleName(self.tr("Quiz finished"))
        announce(self.summary, self.counter.text() + ". " + plain_text(self.summary.text()))

    def retry_missed(self) -> None:
        """Ask again, now, the questions of this session that were missed or unsure (a short review)."""
        if not self.missed:
            return
        try:
            session = self.state.run(learning.start_session, origin=self, student_id=self.info["student_id"],
                                     questions=self.missed, retry_of=self.info["module"], now=self.clock()).value
        except TrilemmaError as exc:
            self.summary.setText(self.summary.text() + f"<p>{escape(sentence(exc))}</p>")
            return
        self.open(session, retry_of=self.retry_of or self.info["title"])
