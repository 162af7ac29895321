"""ModuleChooser: the modules with the student's progress in each, and "Review due (N)"."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import learning
from db.queries import progress
from desktop.appearance import text_size
from desktop.appearance.retranslate import Retranslatable
from desktop.appearance.theme import current_theme, mix
from desktop.state import AppState


class ModuleChooser(Retranslatable, QWidget):
    """Emits `module_chosen(slug)`, `review_chosen()`, `progress_requested()` or `switch_requested()`."""

    module_chosen = Signal(str)
    review_chosen = Signal()
    retry_chosen = Signal(int)   # the id of an unfinished "try again" round to resume
    progress_requested = Signal()
    switch_requested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self._stale = False
        self.setObjectName("moduleChooser")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        self.greeting = QLabel()
        self.greeting.setObjectName("greeting")
        self.greeting.setTextFormat(Qt.PlainText)  # a student name with markup shows as text
        text_size.set_relative_font(self.greeting, 1.6, bold=True)
        top.addWidget(self.greeting, 1)
        self.progress_button = QPushButton()
        self.progress_button.setObjectName("showProgress")
        self.progress_button.clicked.connect(self.progress_requested)
        self.switch = QPushButton()
        self.switch.setObjectName("switchStudent")
        self.switch.clicked.connect(self.switch_requested)
        top.addWidget(self.progress_button)
        top.addWidget(self.switch)
        layout.addLayout(top)
        self.review = QPushButton()
        self.review.setObjectName("reviewDue")
        self.review.setMinimumHeight(40)
        self.review.clicked.connect(self.review_chosen)
        review_row = QHBoxLayout()
        review_row.addWidget(self.review)
        self.review_note = QLabel()
        self.review_note.setStyleSheet("color: palette(placeholder-text);")
        self.review_note.setWordWrap(True)   # beside the review and resume buttons, at large text too
        review_row.addWidget(self.review_note, 1)
        self.retry = QPushButton()
        self.retry.setObjectName("resumeRetry")
        self.retry.setMinimumHeight(40)
        self.retry.hide()
        self.retry.clicked.connect(lambda: self.retry_chosen.emit(self.retry.property("session")))
        layout.addLayout(review_row)
        retry_row = QHBoxLayout()   # a row of its own: beside the note it squeezed it to a column at large text
        retry_row.addWidget(self.retry)
        retry_row.addStretch(1)
        layout.addLayout(retry_row)
        self.modules_label = QLabel()
        self.modules_label.setWordWrap(True)
        layout.addWidget(self.modules_label)
        self.list = QListWidget()
        self.list.setObjectName("moduleList")
        self.list.setSpacing(2)
        self.list.itemActivated.connect(lambda item: self.module_chosen.emit(item.data(Qt.UserRole)))
        layout.addWidget(self.list, 1)
        self._texts()
        self._list_style()
        state.changed.connect(self._changed)
        state.theme_changed.connect(lambda _name: self.restyle())

    def _texts(self) -> None:
        self.progress_button.setText(self.tr("My pro&gress"))
        self.switch.setText(self.tr("S&witch student"))
        self.modules_label.setText(self.tr("<b>Modules</b>: pick one and press Enter, or double-click it."))
        self.list.setAccessibleName(self.tr("Quiz modules"))

    def _list_style(self) -> None:
        # The cards' own labels keep the theme's text colour, so the selected row is only tinted with the highlight.
        theme = current_theme()
        self.list.setStyleSheet(f"QListWidget::item {{ border-bottom: 1px solid {mix(theme.base, theme.border, 0.25)}; }} "
                                f"QListWidget::item:selected {{ background: {mix(theme.base, theme.highlight, 0.16)}; "
                                f"color: {theme.text}; border: 2px solid {theme.highlight}; border-radius: 4px; }}")

    def retranslate_ui(self) -> None:
        """Buttons and the module cards in the current language."""
        self._texts()
        self.when_shown(self.refresh)

    def restyle(self) -> None:
        """The list and its cards in the theme's colours."""
        self._list_style()
        self.when_shown(self.refresh)

    def _changed(self, changes) -> None:
        if any(k in changes for k in ("modules", "questions", "attempts", "students")):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True  # e.g. a teacher edited a module in the editor: refresh when shown

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)
        self._fit_rows()

    def _show_retry(self, student_id: int) -> None:
        """Offer to finish a "try again" round left unfinished (closed window, restart), like a module's."""
        session = learning.unfinished_retry(self.state.db, student_id=student_id)
        self.retry.setVisible(session is not None)
        if session is None:
            return
        info = learning.session_info(self.state.db, session)
        self.retry.setProperty("session", session)
        title = info["retry_of"] if len(info["retry_of"]) <= 30 else info["retry_of"][:29].rstrip() + "…"
        text = self.tr("Resume “Try again: %1” at question %2 of %3").replace(
            "%2", str(info["position"] + 1)).replace("%3", str(info["total"]))
        # A long module title is shortened on the button (it sets the page's least width, at large text too).
        self.retry.setText(text.replace("%1", title))
        self.retry.setAccessibleName(text.replace("%1", info["retry_of"]))
        self.retry.setToolTip(text.replace("%1", info["retry_of"]))

    def state_text(self, module: dict) -> str:
        """How far the student got in a module, in the interface language, with the language's plural forms."""
        # A method, so the texts are extracted in this class's context: a bare `tr` passed to a function was
        # extracted without one, and the cards stayed in English in every language.
        total = module["total"]
        if module["resume_at"] is not None:
            return self.tr("Resume at question %1 of %n", "", total).replace(
                "%1", str(module["resume_at"] + 1))
        if module["answered"]:
            return self.tr("%1 of %n answered", "", total).replace("%1", str(module["answered"]))
        return self.tr("%n question(s)", "", total)


    def _module_card(self, module: dict) -> QWidget:
        """The row shown for one module: title, summary, a bar, and how far the student got."""
        card = QWidget()
        layout = QHBoxLayout(card)
        layout.setContentsMargins(10, 6, 10, 6)
        text = QLabel(f"<b style='font-size:large'>{escape(module['title'])}</b><br>"
                      f"<span style='color:{current_theme().muted}'>{escape(module['summary'])}</span>")
        text.setWordWrap(True)
        layout.addWidget(text, 1)
        bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setValue(round(module["score"] * 100))
        bar.setFormat(self.tr("%p % mastered"))
        # The columns grow with the text, less than it, so the summary keeps room at 200 %; the words wrap.
        scale = text_size.point_size() / text_size.default_point_size()
        bar.setFixedWidth(max(170, round(125 * scale)))
        if current_theme().name == "high-contrast":
            # White text would sit on the yellow fill and black on the black track: the words go beside the bar.
            bar.setTextVisible(False)
            bar.setFixedHeight(14)
        layout.addWidget(bar)
        state_text = self.state_text(module)
        status = QLabel(state_text if bar.isTextVisible() else f"{bar.text()}\n{state_text}")
        status.setFixedWidth(max(200, round(150 * scale)))
        status.setWordWrap(True)
        status.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        layout.addWidget(status)
        card.setAccessibleName(f"{module['title']}: {bar.text()}, {state_text}")
        return card

    def refresh(self, now=None) -> None:
        """Reload modules, progress and the number of questions due for the current student."""
        sid = self.state.student_id
        if sid is None:
            return
        self.greeting.setText(self.tr("Hello, %1").replace("%1", learning.student(self.state.db, sid)["name"]))
        due = len(learning.due_reviews(self.state.db, student_id=sid, now=now))
        self.review.setText(self.tr("&Review due (%1)").replace("%1", str(due)))
        self.review.setEnabled(due > 0)
        self.review.setAccessibleName(self.tr("Review due: %n question(s)", "", due))
        if due:
            self.review_note.setText(self.tr("Questions you missed or were unsure of come back here when due."))
        else:
            upcoming = learning.next_due(self.state.db, student_id=sid)
            self.review_note.setText(self.tr("Nothing due now. Next review: %1").replace("%1", progress.local_day(upcoming))
                                     if upcoming else self.tr("Answer some questions: the ones you miss come back here."))
        self._show_retry(sid)
        current = self.list.currentRow()
        self.list.clear()
        for module in progress.module_progress(self.state.db, student_id=sid):
            item = QListWidgetItem()
            item.setData(Qt.UserRole, module["slug"])
            card = self._module_card(module)
            item.setText("")
            item.setData(Qt.AccessibleTextRole, card.accessibleName())
            self.list.addItem(item)
            self.list.setItemWidget(item, card)
        self.list.setCurrentRow(min(max(current, 0), self.list.count() - 1))
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Each card as tall as its wrapped summary needs at the list's width now (refreshed while hidden, the list
        had no width yet and every card was laid out for a narrow one: twice as tall as its text)."""
        width = self.list.viewport().width() - 2 * self.list.spacing()
        least = round(76 * text_size.point_size() / text_size.default_point_size())
        for row in range(self.list.count()):
            item = self.list.item(row)
            card = self.list.itemWidget(item)
            if card is None:
                continue
            height = card.heightForWidth(width) if card.hasHeightForWidth() and width > 200 else -1
            height = height if height > 0 else card.sizeHint().height()
            item.setSizeHint(QSize(card.sizeHint().width(), max(least, height)))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_rows()
