"""QuestionPreviewWidget: the question being edited, as a student will see it (no answer key shown).

It uses the quiz's own `desktop.quiz.question_view.QuestionView` when that exists, so the preview is
exactly the student's view; until then it draws a plain stand-in from the same item dict.
"""

from __future__ import annotations

import random
from html import escape

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop.appearance.retranslate import Retranslatable


def _quiz_view_class():
    try:
        from desktop.quiz.question_view import QuestionView
    except ImportError:
        return None
    return QuestionView


class QuestionPreviewWidget(Retranslatable, QWidget):
    """Shows a question dict the way the quiz shows it; call `show_question` on every edit."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("questionPreview")
        self.view_class = _quiz_view_class()
        self.view: QWidget | None = None
        self.title = QLabel()
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("questionPreviewText")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.browser, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Its names and title in the current language (the editor shows the question again)."""
        self.setAccessibleName(self.tr("Preview: the question as a student sees it"))
        self.title.setText(self.tr("<b>Preview</b> — what a student sees"))
        self.browser.setAccessibleName(self.tr("Question preview"))

    def show_question(self, question: dict) -> None:
        """Render a question (invalid ones too, as far as they go)."""
        view = None
        if self.view_class is not None:
            try:
                view = self.view_class(question)
            except Exception:  # noqa: BLE001 - a half-typed question must not break the editor
                view = None
        if self.view is not None:
            self.layout_.removeWidget(self.view)
            self.view.hide()
            self.view.deleteLater()
            self.view = None
        if view is not None:
            self.view = view
            self.browser.hide()
            self.layout_.addWidget(view, 1)
            return
        self.browser.show()
        self.browser.setHtml(self.render(question))

    def render(self, q: dict) -> str:
        """HTML for the stand-in preview: prompt, then the inputs the student gets."""
        qtype = q.get("type", "")
        parts = [f"<h3>{escape(str(q.get('prompt') or self.tr('(no question text yet)')))}</h3>"]
        if qtype in ("single_choice", "multiple_select"):
            mark = "○" if qtype == "single_choice" else "☐"
            hint = self.tr("Choose one answer.") if qtype == "single_choice" else self.tr("Choose every right answer.")
            parts.append(f"<p><i>{escape(hint)}</i></p>")
            parts += [f"<p style='font-size:large'>{mark} {escape(str(o))}</p>" for o in q.get("options") or []]
        elif qtype == "true_false":
            parts.append(f"<p style='font-size:large'>○ {escape(self.tr('True'))}&nbsp;&nbsp;&nbsp; "
                         f"○ {escape(self.tr('False'))}</p>")
        elif qtype == "numeric_year":
            parts.append(f"<p>{escape(self.tr('Type a year:'))} [ ____ ]</p>")
        elif qtype == "place_on_timeline":
            parts.append(f"<p>{escape(self.tr('Place it on the timeline (drag the marker).'))}</p>")
        elif qtype == "short_answer":
            parts.append(f"<p>{escape(self.tr('Type your answer:'))} [ ______________ ]</p>")
        elif qtype == "order":
            items = list(q.get("items") or [])
            random.Random(str(q.get("id"))).shuffle(items)  # students never see the answer order
            parts.append(f"<p><i>{escape(self.tr('Put these in order, earliest first:'))}</i></p>")
            parts += [f"<p>≡ {escape(str(i))}</p>" for i in items]
        elif qtype == "match":
            pairs = [p for p in q.get("pairs") or [] if isinstance(p, list) and len(p) == 2]
            rights = [p[1] for p in pairs]
            random.Random(str(q.get("id"))).shuffle(rights)
            parts.append(f"<p><i>{escape(self.tr('Match each item on the left with one on the right:'))}</i></p><table>")
            parts += [f"<tr><td>{escape(str(p[0]))}</td><td>&nbsp;→&nbsp;</td><td>[ {escape(str(r))} ]</td></tr>"
                      for p, r in zip(pairs, rights, strict=True)]
            parts.append("</table>")
        if q.get("sources"):
            names = ", ".join(escape(c.get("source", "")) for c in q["sources"] if isinstance(c, dict))
            parts.append(f"<p><small>{escape(self.tr('Sources'))}: {names}</small></p>")
        return "".join(parts)

