"""FeedbackPanel: right, partly right or wrong (icon and words), the answer, why, and the sources."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from db.grading import Grade
from db.i18n import date_label, published_label
from db.interchange.questions import answer_feedback
from desktop.appearance import text_size
from desktop.appearance.retranslate import Retranslatable
from desktop.appearance.theme import current_theme
from desktop.claim_status import status_line
from desktop.quiz.feedback_text import FeedbackText
from desktop.source_copy import copy_note
from desktop.widgets.plain_text import plain_text, plain_tooltip

# Symbol per outcome; the words say it too, colour is never the only cue. The colours come from the theme
# (its right/partly/wrong and their _bg).
SYMBOLS = {"right": "✓", "partly": "◐", "wrong": "✗"}


def outcome(result: Grade) -> str:
    """'right', 'partly' or 'wrong'."""
    return "right" if result.correct else "partly" if result.score > 0 else "wrong"


class FeedbackPanel(Retranslatable, QFrame):
    """Shown after an answer; emits `timeline_requested(event slug)` and `next_requested()`."""

    timeline_requested = Signal(str)
    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("feedbackPanel")
        self.setFrameShape(QFrame.StyledPanel)
        self.event_slug = ""
        self.shown: tuple | None = None  # (question, grade, last, answer) on show, to write again on a switch
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        top = QHBoxLayout()
        self.icon = QLabel()
        self.icon.setObjectName("feedbackIcon")
        self.icon.setAlignment(Qt.AlignCenter)
        self.icon.setFixedSize(44, 44)
        self.headline = QLabel()
        self.headline.setObjectName("feedbackHeadline")
        text_size.set_relative_font(self.headline, 1.3, bold=True)
        top.addWidget(self.icon)
        top.addWidget(self.headline, 1)
        layout.addLayout(top)
        # A label, not a text browser: it grows with its text, so nothing hides behind a scroll bar.
        self.body = QLabel()
        self.body.setObjectName("feedbackBody")
        self.body.setTextFormat(Qt.RichText)
        self.body.setWordWrap(True)
        self.body.setOpenExternalLinks(False)
        self.body.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.body.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        layout.addWidget(self.body, 1)
        buttons = QHBoxLayout()
        self.timeline = QPushButton()
        self.timeline.setObjectName("showOnTimeline")
        self.timeline.clicked.connect(lambda: self.timeline_requested.emit(self.event_slug))
        self.next = QPushButton()
        self.next.setObjectName("nextQuestion")
        self.next.setMinimumHeight(36)
        self.next.clicked.connect(self.next_requested)
        for button in (self.timeline, self.next):
            button.setAutoDefault(True)  # Enter presses the focused button, as in a dialog
        buttons.addWidget(self.timeline)
        buttons.addStretch(1)
        buttons.addWidget(self.next)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Its names and buttons, and the feedback shown, in the current language."""
        # Its name stays its text (what a screen reader reads); the description says what it is.
        self.body.setAccessibleDescription(self.tr("Feedback: the answer, the explanation and the sources"))
        self.timeline.setText(self.tr("Show on time&line"))
        self.timeline.setAccessibleName(self.tr("Show this event on the timeline"))
        self.next.setText(self.tr("&Next question"))
        self.next.setAccessibleName(self.tr("Next question"))
        self.restyle()

    def restyle(self) -> None:
        """Show the feedback again (in the theme's colours for right, partly right and wrong)."""
        if self.shown is not None:
            question, result, last, answer = self.shown
            self.show_grade(question, result, last=last, answer=answer)

    def show_grade(self, question: dict, result: Grade, *, last: bool = False, answer=None) -> None:
        """Fill the panel for one graded answer (`last`: the Next button finishes the quiz).

        With the `answer` given, the feedback a question brought from Moodle for that answer is shown too."""
        self.shown = (question, result, last, answer)
        kind = outcome(result)
        symbol = SYMBOLS[kind]
        colour, background = getattr(current_theme(), kind), getattr(current_theme(), kind + "_bg")
        self.setStyleSheet(f"#feedbackPanel {{ background: {background}; border: 1px solid {colour}; "
                           f"border-left: 6px solid {colour}; border-radius: 6px; }}")
        self.icon.setText(symbol)
        self.icon.setStyleSheet(f"color: {background}; background: {colour}; border-radius: 22px; font-weight: bold;")
        text_size.set_relative_font(self.icon, 2.0, bold=True)
        words = {"right": self.tr("Correct!"),
                 "partly": self.tr("Partly right: %1 % of the credit").replace("%1", str(round(result.score * 100))),
                 "wrong": self.tr("Not quite")}[kind]
        self.headline.setText(words)
        self.headline.setStyleSheet(f"color: {colour};")
        self.icon.setAccessibleName(words)
        self.body.setText(self.body_html(question, result, answer))
        events = question.get("event_info") or []
        self.event_slug = events[0]["slug"] if events else (question.get("events") or [""])[0]
        self.timeline.setVisible(bool(self.event_slug))
        if events:
            self.timeline.setToolTip(plain_tooltip(self.tr("%1 (%2)").replace("%1", events[0]["title"])
                                                   .replace("%2", date_label(events[0]["start"], events[0].get("end")))))
        self.next.setText(self.tr("Fi&nish") if last else self.tr("&Next question"))

    def spoken(self) -> str:
        """The feedback as a screen reader announces it: the grade, then the answer, explanation, notes and sources."""
        headline = self.headline.text()
        return headline + ("" if headline.endswith(("!", ".", "?")) else ".") + " " + plain_text(self.body.text())

    def body_html(self, question: dict, result: Grade, answer=None) -> str:
        """The answer, feedback for the answer given, the explanation, contested claims, and the sources."""
        words = FeedbackText()
        parts = [f"<p>{escape(words.sentence(result))}</p>"]
        parts += [f"<p>{escape(text)}</p>" for text in (answer_feedback(question, answer) if answer is not None else [])]
        if not result.correct:
            parts.append(f"<p><b>{escape(self.tr('The answer:'))}</b> {escape(words.expected(result))}</p>")
        if question.get("explanation"):
            parts.append(f"<p>{escape(question['explanation'])}</p>")
        for claim in question.get("claim_info") or []:
            # Every claim the question tests, with its status in words (not only the doubtful ones).
            note = f"<br>{escape(claim['note'])}" if claim.get("note") else ""
            parts.append(f"<p><b>{escape(status_line(claim.get('status', '')))}</b>{note}</p>")
        sources = question.get("source_info") or []
        if sources:
            items = []
            for s in sources:
                text = escape(s["title"])
                if s.get("outlet"):
                    text += f", <i>{escape(s['outlet'])}</i>"
                if s.get("published"):
                    text += f" ({escape(published_label(s['published']))})"
                if s.get("locator"):
                    text += f", {escape(s['locator'])}"
                if copy_note(s):
                    text += f" ({escape(copy_note(s))})"
                items.append(f"<li>{text}</li>")
            parts.append(f"<p style='margin-bottom:0'><b>{escape(self.tr('Sources'))}</b></p>"
                         f"<ul style='margin-top:2px'>{''.join(items)}</ul>")
        return "".join(parts)
