"""MainWindow: the frame with its places (timeline, relations, eventDetails, story, quiz), menus and shortcuts."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QWidget,
)

from desktop.appearance.retranslate import Retranslatable
from desktop.events.details_widget import EventDetailsWidget
from desktop.state import AppState
from desktop.widgets.place_box import make_place as _place
from desktop.widgets.place_box import set_place_title

ARTICLE = ("“Caught Between Allies: China’s North Korea Dilemma”, The Diplomat (China Power), 2024")


class MainWindow(Retranslatable, QMainWindow):
    """The app's one main window; a language or theme switch changes it in place (see retranslate_ui)."""

    VIEWS = ("timeline", "relations", "details", "quiz", "story")

    def __init__(self, state: AppState):
        super().__init__()
        self.state = state
        self.setObjectName("mainWindow")
        self._focus_when_shown: str | None = None   # a place asked for before the window was on screen
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        # On a small screen with large text (800×600 at 200 %) the tabs' least size is larger than the window can
        # be: the whole page then scrolls, instead of the window growing past the screen or its parts being cut.
        frame = QScrollArea(self)
        frame.setObjectName("mainScroll")
        frame.setWidgetResizable(True)
        frame.setFrameShape(QFrame.Shape.NoFrame)
        frame.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        frame.setWidget(self.tabs)
        self.setCentralWidget(frame)

        self.timeline_widget = self._make_timeline()
        self.relations_widget = self._make_relations()
        self.details_widget = EventDetailsWidget(state)

        self.places = {
            "timeline": _place("timeline", "", self.timeline_widget),
            "relations": _place("relations", "", self.relations_widget, scroll=True),
            "eventDetails": _place("eventDetails", "", self.details_widget),
            "quiz": _place("quiz", "", self._make_quiz, scroll=True),   # built when first shown
        }
        self.lower_split = QSplitter(Qt.Horizontal)
        self.lower_split.addWidget(self.places["relations"])
        self.lower_split.addWidget(self.places["eventDetails"])
        self.lower_split.setSizes([760, 680])
        self.explore_split = QSplitter(Qt.Vertical)
        self.explore_split.setObjectName("exploreSplit")
        self.explore_split.addWidget(self.places["timeline"])
        self.explore_split.addWidget(self.lower_split)
        self.explore_split.setSizes([520, 380])
        self.tabs.addTab(self.explore_split, "")
        self.tabs.addTab(self.places["quiz"], "")
        self._add_progress()
        self._build_menus()
        from desktop.story.controller import StoryController

        self.story = StoryController(self)
        from desktop.teacher.mode import TeacherModeController

        self.teacher = TeacherModeController(self)
        from desktop.interchange.menu import InterchangeMenu

        self.interchange = InterchangeMenu(self)
        from desktop.appearance.menus import AppearanceController

        self.appearance = AppearanceController(self)
        state.view_requested.connect(self.show_view)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every text of the frame (title, tabs, places, menus) in the current language; each part does its own."""
        self.setWindowTitle(self.tr("Trilemma — China, North Korea and Russia"))
        self.tabs.setAccessibleName(self.tr("Sections"))
        titles = {"timeline": self.tr("Timeline"), "relations": self.tr("Relations at the chosen date"),
                  "eventDetails": self.tr("Event details"), "quiz": self.tr("Quiz"), "progress": self.tr("My progress")}
        for name, title in titles.items():
            set_place_title(self.places[name], title)
        for widget, text in ((self.explore_split, self.tr("&Explore")), (self.places["quiz"], self.tr("&Quiz")),
                             (self.places["progress"], self.tr("&Progress"))):
            self.tabs.setTabText(self.tabs.indexOf(widget), text)
        for key, text in (("file", self.tr("&File")), ("view", self.tr("&View")), ("teacher", self.tr("&Teacher")),
                          ("help", self.tr("&Help"))):
            self.menus[key].setTitle(text)
        for key, text in (("quit", self.tr("&Quit")), ("timeline", self.tr("&Explore the timeline")),
                          ("quiz", self.tr("Take a &quiz")), ("relations", self.tr("The &relationship map")),
                          ("start", self.tr("&Getting started")), ("about", self.tr("&About Trilemma")),
                          ("keys", self.tr("&Keyboard shortcuts"))):
            self.menu_actions[key].setText(text)
        # The parts that add menus and places to the frame are QObjects, which get no LanguageChange of their own.
        for part in (self.story, self.teacher, self.interchange, self.appearance):
            part.retranslate_ui()
        self.statusBar().showMessage(self.tr("Source: %s") % ARTICLE)
        from desktop.screen_fit import fit_to_screen

        fit_to_screen(self)   # a 1366×768 school laptop gets a window it can show whole

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - the Qt override
        """Ask before closing over unsaved editor work (Save, Discard or Cancel)."""
        editor = getattr(self.places.get("editor"), "body", None)
        if editor is not None and hasattr(editor, "may_close") and not editor.may_close():
            event.ignore()
            return
        super().closeEvent(event)

    # The places are filled by their own packages; until a package exists a plain list stands in.
    def _make_timeline(self) -> QWidget:
        from desktop.timeline import TimelineWidget

        return TimelineWidget(self.state)

    def _make_relations(self) -> QWidget:
        from desktop.relations import RelationsPanel

        return RelationsPanel(self.state)

    @property
    def quiz_widget(self) -> QWidget:
        """The quiz page (built on first use)."""
        return self.places["quiz"].body

    @property
    def progress_widget(self) -> QWidget:
        """The progress page (built on first use)."""
        return self.places["progress"].body

    def _make_quiz(self) -> QWidget:
        from desktop.quiz.quiz_page import QuizPage

        return QuizPage(self.state)

    def _add_progress(self) -> None:
        """The student's progress page, a tab beside the quiz (`show_view("progress")`), built when first shown."""

        def build() -> QWidget:
            from desktop.progress.progress_page import ProgressPage  # imported late: the first view needs none of it

            return ProgressPage(self.state)

        self.places["progress"] = _place("progress", "", build, scroll=True)
        self.tabs.addTab(self.places["progress"], "")

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menus = {key: bar.addMenu("") for key in ("file", "view", "teacher", "help")}
        self.menu_actions: dict[str, QAction] = {}
        quit_action = self.menu_actions["quit"] = QAction(self)
        quit_action.setShortcut(QKeySequence.Quit)
        quit_action.triggered.connect(self.close)
        self.menus["file"].addAction(quit_action)
        for i, name in enumerate(("timeline", "quiz", "relations"), start=1):
            action = self.menu_actions[name] = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{i}"))
            action.triggered.connect(lambda _=False, n=name: self.show_view(n))
            self.menus["view"].addAction(action)
        start = self.menu_actions["start"] = QAction(self)
        start.triggered.connect(self.show_getting_started)
        self.menus["help"].addAction(start)
        about = self.menu_actions["about"] = QAction(self)
        about.triggered.connect(self.show_about)
        self.menus["help"].addAction(about)
        keys = self.menu_actions["keys"] = QAction(self)
        keys.setShortcut(QKeySequence.HelpContents)
        keys.triggered.connect(self.show_shortcuts)
        self.menus["help"].addAction(keys)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """At the first show, share the Explore tab's height between the timeline and the panes below."""
        super().showEvent(event)
        if not getattr(self, "_split_fitted", False):
            self._split_fitted = True
            self.fit_explore_split()
        wanted, self._focus_when_shown = self._focus_when_shown, None
        if wanted:   # --view quiz, say: the place gets its keyboard focus now
            QTimer.singleShot(0, self, lambda: self._focus_place(wanted))

    def fit_explore_split(self) -> None:
        """The timeline gets the height its lanes want, at most 60 % of the tab (more with larger text): on a
        short screen the relationship map and the details keep room to be read."""
        from desktop.appearance import text_size

        total = sum(self.explore_split.sizes())
        if total <= 0:
            return
        share = min(0.6 + 0.15 * max(text_size.current_scale() - 100, 0) / 100, 0.75)
        timeline = min(self.places["timeline"].sizeHint().height(), int(total * share))
        self.explore_split.setSizes([timeline, total - timeline])

    def show_view(self, name: str) -> None:
        """Bring a place forward: timeline, relations, details or quiz (and any a package adds)."""
        if name in ("timeline", "relations", "details", "eventDetails"):
            self.tabs.setCurrentWidget(self.explore_split)
            total = sum(self.explore_split.sizes()) or 900
            lanes = self.places["timeline"].sizeHint().height()   # every lane at a readable height
            if name == "relations":
                timeline = min(lanes, int(total * 0.37))   # the map keeps the room for its full labels
                self.explore_split.setSizes([timeline, total - timeline])
                self._share_lower(map_width=1060, other=380)
            elif name == "timeline":
                timeline = min(max(lanes, total * 2 // 3), int(total * 0.8))
                self.explore_split.setSizes([timeline, total - timeline])
        elif name == "story":
            self.story.show()
        elif name in self.places:
            self.tabs.setCurrentWidget(self.places[name])
        self._focus_place(name)

    def _focus_place(self, name: str) -> None:
        """Put the keyboard focus in the place brought forward, where a screen reader starts reading it."""
        if not self.isVisible():
            self._focus_when_shown = name   # nothing can take the focus yet
            return
        target = None
        if name == "timeline":
            target = self.timeline_widget.plot
        elif name == "relations":
            panel = self.relations_widget   # the map on its Map tab, else the table or the comparison
            target = panel.graph if panel.tabs.currentIndex() == 0 else panel.tabs.currentWidget()
        elif name == "quiz":
            page = self.quiz_widget
            current = page.stack.currentWidget()
            target = {page.picker: page.picker.first_control(), page.chooser: page.chooser.list}.get(current)
            if target is None and current is page.session:
                target = page.session.focusWidget() or page.session.view
        if target is not None and target.isVisible():
            target.setFocus()

    def _share_lower(self, map_width: int, other: int) -> None:
        """Give the map `map_width` below the timeline and the pane beside it (details, or an open story) `other`."""
        sizes = [0] * self.lower_split.count()
        sizes[self.lower_split.indexOf(self.places["relations"])] = map_width
        beside = self.places["story"] if self.places["story"].isVisibleTo(self) else self.places["eventDetails"]
        sizes[self.lower_split.indexOf(beside)] = other
        self.lower_split.setSizes(sizes)

    def about_text(self) -> str:
        """The About box's text, which cites the article."""
        return self.tr(
            "<h3>Trilemma</h3><p>Explore how China, North Korea and Russia relate, and why Beijing is "
            "“caught between allies” as Moscow and Pyongyang draw close.</p>"
            "<p>Built from: %s, checked against public reporting. Every event, claim and question "
            "shows its sources.</p><p>Works offline. Your answers stay on this computer.</p>"
        ) % escape(ARTICLE)

    def show_about(self) -> None:
        """Show the About box."""
        QMessageBox.about(self, self.tr("About Trilemma"), self.about_text())

    def getting_started_html(self) -> str:
        """Help ▸ Getting started: first steps for students, then for teachers, with the quiz and text-size keys."""
        return "".join((
            self.tr("<h3>For students</h3><ol>"
                    "<li>Open the <b>Quiz</b> (Ctrl+2) and pick your name, or add it (no password).</li>"
                    "<li>Choose a module and press Enter. Keys 1–9 choose an answer, Enter checks it and Enter again "
                    "goes on. Tick <b>I'm not sure</b> when you guess.</li>"
                    "<li>At the end, <b>Try the questions you missed again</b> asks them at once; <b>Review due</b> "
                    "brings them back on later days.</li>"
                    "<li>Explore the timeline (Ctrl+1) and the relationship map (Ctrl+3); <b>Show on timeline</b> "
                    "in the feedback takes you to the event.</li></ol>"),
            self.tr("<p><b>Mastered</b>: for each question of a module, the score of your latest answer (a partly "
                    "right answer counts in part), averaged over the module. An answer in a <b>Try again</b> round "
                    "just after seeing the answer does not count: get it right in a later review.</p>"),
            self.tr("<p><b>Text size</b>: Ctrl+= larger, Ctrl+- smaller, Ctrl+0 normal. Every key is in Help ▸ "
                    "Keyboard shortcuts.</p>"),
            self.tr("<h3>For teachers</h3><ol>"
                    "<li>Teacher ▸ Enter teacher mode… (Ctrl+Shift+T); the first time, choose a PIN.</li>"
                    "<li><b>Editor</b> (Ctrl+E): change events, questions and modules; Ctrl+Z undoes a step and "
                    "Ctrl+Shift+Z redoes it.</li>"
                    "<li><b>Class results</b> (Ctrl+R): module averages, the hardest questions and students per "
                    "mastery band, to project; Export CSV for a spreadsheet.</li>"
                    "<li>File ▸ Export: questions for Moodle (GIFT or Moodle XML), worksheets and answer keys as "
                    "PDF, and content packs for other computers.</li>"
                    "<li>Leave teacher mode before the students use the computer.</li></ol>"),
        ))

    def show_getting_started(self) -> None:
        """Show the first steps for students and teachers."""
        QMessageBox.information(self, self.tr("Getting started"), self.getting_started_html())

    def shortcuts_html(self) -> str:
        """The keyboard shortcuts of every menu, then the timeline's keys, as an HTML table."""
        lines = []
        for menu in self.menus.values():
            for action in menu.actions():
                if not action.shortcut().isEmpty():
                    lines.append(f"<tr><td>{escape(action.text().replace('&', ''))}</td>"
                                 f"<td><b>{escape(action.shortcut().toString(QKeySequence.NativeText))}</b></td></tr>")
        if hasattr(self.timeline_widget, "shortcut_rows"):
            lines.append(f"<tr><td colspan=2><br><b>{escape(self.tr('On the timeline'))}</b></td></tr>")
            lines += [f"<tr><td>{escape(what)}</td><td><b>{escape(keys)}</b></td></tr>"
                      for keys, what in self.timeline_widget.shortcut_rows()]
        return "<table>" + "".join(lines) + "</table>"

    def show_shortcuts(self) -> None:
        """List the keyboard shortcuts of every menu and of the timeline."""
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), self.shortcuts_html())
