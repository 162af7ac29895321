"""StoryPanel: the Story place: a story's contents by chapter and one stop at a time, which drives the app.

Each stop shown emits `stop_shown(stop)`; the main window sets the timeline's span, highlights the stop's
events and moves the map (desktop.story.drive). The stop a student reached is saved, so the story opens
there again after a restart.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.errors import TrilemmaError
from db.i18n import content_language
from db.interchange import export_file
from db.queries import stories
from db.story_progress import resume_stop, save_position
from desktop.appearance import text_size
from desktop.appearance.retranslate import Retranslatable
from desktop.file_dialogs import save_file_name
from desktop.state import AppState
from desktop.story.check_question import CheckQuestion
from desktop.story.stop_view import StopView
from desktop.widgets.plain_text import plain_tooltip, sentence

INDEX_ROLE = Qt.UserRole + 1
# What a stop shows and points at: a change to any of these reads the story again.
SHOWN_KINDS = ("stories", "events", "claims", "questions", "relations")


class StoryPanel(Retranslatable, QWidget):
    """The story place; `stop_shown(stop)`, `explore_requested()` and `present_requested()` go to the window."""

    stop_shown = Signal(object)
    explore_requested = Signal()
    present_requested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setObjectName("storyPanel")
        self.story: dict | None = None
        self.index = 0
        self._saved: tuple | None = None   # (student, story, stop) last saved: a reload at the same stop saves nothing
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.chooser_label = QLabel()
        self.chooser = QComboBox()
        self.chooser.setObjectName("storyChooser")
        self.chooser_label.setBuddy(self.chooser)
        self.chooser.activated.connect(lambda i: self.open_story(self.chooser.itemData(i)))
        top.addWidget(self.chooser_label)
        top.addWidget(self.chooser, 1)
        layout.addLayout(top)
        self.split = QSplitter(Qt.Horizontal)
        self.contents = QTreeWidget()
        self.contents.setObjectName("storyContents")
        self.contents.setHeaderHidden(True)
        self.contents.itemActivated.connect(self._picked)
        self.contents.itemClicked.connect(self._picked)
        self.split.addWidget(self.contents)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        self.stop_view = StopView()
        self.check = CheckQuestion(state)
        self.check.timeline_requested.connect(self._show_event)
        self.check.hide()
        page_layout.addWidget(self.stop_view)
        page_layout.addWidget(self.check)
        page_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("storyStopScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setWidget(page)
        self.split.addWidget(self.scroll)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([180, 420])
        layout.addWidget(self.split, 1)
        self.empty = QLabel()
        self.empty.setObjectName("storyEmpty")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        nav = QHBoxLayout()
        self.previous_button = self._button("storyPrevious", self.previous)
        self.next_button = self._button("storyNext", self.next)
        self.explore_button = self._button("storyExplore", self.explore_requested.emit)
        self.present_button = self._button("storyPresent", self.present_requested.emit)
        self.handout_button = self._button("storyHandout", self.print_handout)
        for button in (self.previous_button, self.next_button):
            nav.addWidget(button)
        nav.addStretch(1)
        for button in (self.explore_button, self.present_button, self.handout_button):
            nav.addWidget(button)
        layout.addLayout(nav)
        self.note = QLabel()
        self.note.setObjectName("storyNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.PlainText)
        self.note.hide()
        layout.addWidget(self.note)
        for keys, slot in (((QKeySequence.MoveToNextPage, "Alt+Right"), self.next),
                           ((QKeySequence.MoveToPreviousPage, "Alt+Left"), self.previous)):
            for key in keys:
                QShortcut(QKeySequence(key), self, context=Qt.WidgetWithChildrenShortcut).activated.connect(slot)
        state.changed.connect(self._on_changed)
        state.student_changed.connect(lambda _sid: self.open_story(self.story["id"] if self.story else None))
        self.retranslate_ui()
        self.reload()

    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setMinimumHeight(34)
        button.clicked.connect(lambda _=False: slot())
        return button

    def retranslate_ui(self) -> None:
        """Every label and button in the current language (the stops are content, shown as written)."""
        self.chooser_label.setText(self.tr("&Story:"))
        self.chooser.setAccessibleName(self.tr("Story"))
        self.contents.setAccessibleName(self.tr("Contents: chapters and stops"))
        self.scroll.setAccessibleName(self.tr("This stop"))
        self.empty.setText(self.tr("There are no stories yet. A teacher can write one in the editor."))
        for button, text, name, keys in (
                (self.previous_button, self.tr("&Previous stop"), self.tr("Previous stop"), self.tr("Page Up")),
                (self.next_button, self.tr("&Next stop"), self.tr("Next stop"), self.tr("Page Down")),
                (self.explore_button, self.tr("E&xplore from here"),
                 self.tr("Leave the story and explore from this view"), ""),
                (self.present_button, self.tr("Pr&esent"), self.tr("Present the story full screen"), "F5"),
                (self.handout_button, self.tr("&Handout…"), self.tr("Print the story as a handout (PDF)"), "")):
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(keys)

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        """Read the list of stories again and show the current one (or the first)."""
        current = self.story["id"] if self.story else None
        listed = stories.story_list(self.state.db)
        self.chooser.clear()
        for row in listed:
            self.chooser.addItem(row["title"], row["slug"])
        self.chooser.setVisible(len(listed) > 1)
        self.chooser_label.setVisible(len(listed) > 1)
        slugs = [row["slug"] for row in listed]
        self.open_story(current if current in slugs else (slugs[0] if slugs else None), keep=current in slugs)

    def open_story(self, slug: str | None, keep: bool = False) -> None:
        """Show a story at the stop the student reached (`keep`: stay at the stop shown now)."""
        stop_now = self.current_stop()["id"] if keep and self.current_stop() else None
        try:
            self.story = stories.story(self.state.db, slug) if slug else None
        except TrilemmaError:
            self.story = None
        has = bool(self.story and self.story["stops"])
        for widget in (self.split, self.previous_button, self.next_button, self.explore_button, self.present_button,
                       self.handout_button):
            widget.setVisible(has)
        self.empty.setVisible(not has)
        if not has:
            return
        self.chooser.setCurrentIndex(max(self.chooser.findData(slug), 0))
        self._fill_contents()
        sid = self.state.student_id
        resume = stop_now or (resume_stop(self.state.db, student_id=sid, story=slug) if sid is not None else None)
        self.go(stories.stop_index(self.story, resume))

    def _fill_contents(self) -> None:
        self.contents.clear()
        self.items: list[QTreeWidgetItem] = []
        text_size.set_relative_font(self.contents, 1.0)
        for number, chapter in enumerate(self.story["chapters"]):
            head = QTreeWidgetItem(self.contents, [chapter or self.tr("Chapter %1").replace("%1", str(number + 1))])
            head.setFlags(Qt.ItemIsEnabled)
            head.setExpanded(True)
            for i, stop in enumerate(self.story["stops"]):
                if stop["chapter_index"] == number:
                    item = QTreeWidgetItem(head, [f"{i + 1}. {stop['title']}"])
                    item.setToolTip(0, plain_tooltip(stop["title"]))   # the narrow list cuts long titles
                    item.setData(0, INDEX_ROLE, i)
                    self.items.append(item)

    # ------------------------------------------------------------------ moving

    def current_stop(self) -> dict | None:
        """The stop shown, or None."""
        if not self.story or not self.story["stops"]:
            return None
        return self.story["stops"][self.index]

    def go(self, index: int) -> None:
        """Show stop `index` (kept in range), remember it for the student, and let the window follow it."""
        if not self.story or not self.story["stops"]:
            return
        total = len(self.story["stops"])
        self.index = max(0, min(index, total - 1))
        stop = self.story["stops"][self.index]
        self.stop_view.show_stop(stop, self.index + 1, total)
        self.check.show_question(stop.get("question"))
        self.contents.setCurrentItem(self.items[self.index])
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < total - 1)
        self.scroll.verticalScrollBar().setValue(0)
        where = (self.state.student_id, self.story["id"], stop["id"])
        if self.state.student_id is not None and where != self._saved:
            self._saved = where
            try:
                self.state.run(save_position, origin=self, student_id=self.state.student_id,
                               story=self.story["id"], stop=stop["id"])
            except TrilemmaError:
                pass   # a read-only class or a busy file: the story still moves, it will not resume here
        self.stop_shown.emit(stop)

    def go_silently(self, index: int) -> None:
        """Come back from the Present view at the stop it reached."""
        if self.story and index != self.index:
            self.go(index)

    def next(self) -> None:
        """The next stop."""
        self.go(self.index + 1)

    def previous(self) -> None:
        """The previous stop."""
        self.go(self.index - 1)

    def _picked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        index = item.data(0, INDEX_ROLE)
        if index is not None and index != self.index:
            self.go(int(index))

    def print_handout(self, path: str | None = None) -> None:
        """Save the story as a handout PDF in the language the story is shown in (asking where, unless `path` is
        given) and say what was written."""
        if not self.story:
            return
        if path is None:
            path = save_file_name(self, self.tr("Story handout"), f"{self.story['id']}.pdf", self.tr("PDF (*.pdf)"))
            if not path:
                return
        try:
            summary = export_file(self.state.db, path, "story-handout", story=self.story["id"],
                                  lang=content_language())
        except (TrilemmaError, OSError) as exc:
            self.note.setText(self.tr("The handout was not written: %1").replace("%1", sentence(exc)))
        else:
            self.note.setText(self.tr("Handout saved: %1 (%n page(s)).", "", summary["pages"]).replace("%1", path))
        self.note.show()

    def _show_event(self, slug: str) -> None:
        self.state.select_event(slug)

    def _on_changed(self, changes) -> None:
        if changes.origin is self or not any(kind in changes for kind in SHOWN_KINDS):
            return
        self.when_shown(self.reload)
