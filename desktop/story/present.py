"""PresentWindow: a story full screen for a class on one projector: large type, keys to advance, no student data."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.appearance import text_size
from desktop.appearance.retranslate import Retranslatable
from desktop.story.stop_view import StopView
from desktop.widgets.plain_text import plain_label

# Type about twice the window's: a 1366×768 projector read from the back of a classroom. A long stop steps
# down (never below the last) so that it fits the screen without scrolling.
SCALE = 2.3
SCALES = (2.3, 2.1, 1.9, 1.75, 1.6)
NEXT_KEYS = (Qt.Key_Right, Qt.Key_Down, Qt.Key_PageDown, Qt.Key_Space, Qt.Key_Return, Qt.Key_Enter, Qt.Key_N)
PREVIOUS_KEYS = (Qt.Key_Left, Qt.Key_Up, Qt.Key_PageUp, Qt.Key_Backspace, Qt.Key_P)


class PresentWindow(Retranslatable, QWidget):
    """One stop at a time, full screen. `stop_shown(stop)` drives the app; `closed(index)` when it ends."""

    stop_shown = Signal(object)
    closed = Signal(int)

    def __init__(self, story: dict, index: int = 0, parent: QWidget | None = None):
        super().__init__(parent, Qt.Window)
        self.setObjectName("storyPresent")
        self.story = story
        self.index = index
        layout = QVBoxLayout(self)
        layout.setContentsMargins(56, 36, 56, 24)
        self.story_title = plain_label(story["title"])
        self.story_title.setObjectName("presentStoryTitle")
        self.story_title.setStyleSheet("color: palette(placeholder-text);")
        text_size.set_relative_font(self.story_title, 1.6)
        layout.addWidget(self.story_title)
        self.stop_view = StopView(scale=SCALE)
        self.check = QLabel()
        self.check.setObjectName("presentCheck")
        self.check.setTextFormat(Qt.PlainText)
        self.check.setWordWrap(True)
        self.check.setFrameShape(QFrame.StyledPanel)
        self.check.setMargin(12)
        text_size.set_relative_font(self.check, 1.1 * SCALE)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.stop_view)
        page_layout.addWidget(self.check)
        page_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setFocusPolicy(Qt.NoFocus)   # the keys advance the story, not the scroll bar
        self.scroll.setWidget(page)
        layout.addWidget(self.scroll, 1)
        self.footer = QLabel()
        self.footer.setObjectName("presentFooter")
        self.footer.setStyleSheet("color: palette(placeholder-text);")
        text_size.set_relative_font(self.footer, 1.3)
        layout.addWidget(self.footer)
        self.setFocusPolicy(Qt.StrongFocus)
        self.retranslate_ui()
        self.go(index)

    def retranslate_ui(self) -> None:
        """The window's name and the key help in the current language."""
        self.setWindowTitle(self.tr("Present: %1").replace("%1", self.story["title"]))
        self.setAccessibleName(self.tr("The story, presented"))
        self.footer.setText(self.tr("→ or Space: next stop   ← : previous   Esc: leave"))
        self._check_text()

    def open_full_screen(self) -> None:
        """Cover the screen the main window is on."""
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    def go(self, index: int) -> None:
        """Show stop `index` (kept in range)."""
        stops = self.story["stops"]
        self.index = max(0, min(index, len(stops) - 1))
        stop = stops[self.index]
        self.stop_view.show_stop(stop, self.index + 1, len(stops))
        self._check_text()
        self.fit()
        self.scroll.verticalScrollBar().setValue(0)
        self.stop_shown.emit(stop)

    def fit(self) -> None:
        """The largest type at which the whole stop fits the screen's height (the smallest step if none does)."""
        width = self.scroll.viewport().width()
        room = self.scroll.viewport().height()
        for scale in SCALES:
            self.stop_view.set_scale(scale)
            text_size.set_relative_font(self.check, 1.1 * scale)
            if self.needed_height(width) <= room:
                break

    def needed_height(self, width: int) -> int:
        """The height the stop's lines take at this width (labels wrap; the layouts' own answer lags a font change)."""
        labels = [label for label in self.stop_view.findChildren(QLabel) if not label.isHidden()]
        if not self.check.isHidden():
            labels.append(self.check)
        spacing = self.stop_view.layout().spacing()
        return sum(label.heightForWidth(width) for label in labels) + spacing * len(labels)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Fit the stop again on the new screen size (going full screen)."""
        super().resizeEvent(event)
        self.fit()

    def _check_text(self) -> None:
        # The question's prompt only: a class discusses it aloud; nobody's answers are shown.
        stop = self.story["stops"][self.index] if self.story["stops"] else {}
        prompt = stop.get("question_prompt", "")
        self.check.setText(self.tr("Check: %1").replace("%1", prompt) if prompt else "")
        self.check.setVisible(bool(prompt))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Arrows, Page keys and Space move through the stops; Home and End jump; Esc leaves."""
        key = event.key()
        if key in NEXT_KEYS:
            self.go(self.index + 1)
        elif key in PREVIOUS_KEYS:
            self.go(self.index - 1)
        elif key == Qt.Key_Home:
            self.go(0)
        elif key == Qt.Key_End:
            self.go(len(self.story["stops"]) - 1)
        elif key == Qt.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Hand the stop reached back to the story place."""
        self.closed.emit(self.index)
        super().closeEvent(event)
