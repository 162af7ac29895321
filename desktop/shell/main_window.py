"""MainWindow: the frame with its places (timeline, relations, eventDetails, quiz), menus and shortcuts."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
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

    VIEWS = ("timeline", "relations", "details", "quiz")

    def __init__(self, state: AppState):
        super().__init__()
        self.state = state
        self.setObjectName("mainWindow")
        self.resize(1440, 900)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)

        self.timeline_widget = self._make_timeline()
        self.relations_widget = self._make_relations()
        self.details_widget = EventDetailsWidget(state)
        self.quiz_widget = self._make_quiz()

        self.places = {name: _place(name, "", body) for name, body in (
            ("timeline", self.timeline_widget), ("relations", self.relations_widget),
            ("eventDetails", self.details_widget), ("quiz", self.quiz_widget))}
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
                          ("about", self.tr("&About Trilemma")), ("keys", self.tr("&Keyboard shortcuts"))):
            self.menu_actions[key].setText(text)
        # The parts that add menus and places to the frame are QObjects, which get no LanguageChange of their own.
        for part in (self.teacher, self.interchange, self.appearance):
            part.retranslate_ui()
        self.statusBar().showMessage(self.tr("Source: %s") % ARTICLE)

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

    def _make_quiz(self) -> QWidget:
        from desktop.quiz.quiz_page import QuizPage

        return QuizPage(self.state)

    def _add_progress(self) -> None:
        """The student's progress page, a tab beside the quiz (`show_view("progress")`)."""
        from desktop.progress.progress_page import ProgressPage

        self.progress_widget = ProgressPage(self.state)
        self.places["progress"] = _place("progress", "", self.progress_widget)
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
        about = self.menu_actions["about"] = QAction(self)
        about.triggered.connect(self.show_about)
        self.menus["help"].addAction(about)
        keys = self.menu_actions["keys"] = QAction(self)
        keys.setShortcut(QKeySequence.HelpContents)
        keys.triggered.connect(self.show_shortcuts)
        self.menus["help"].addAction(keys)

    def show_view(self, name: str) -> None:
        """Bring a place forward: timeline, relations, details or quiz (and any a package adds)."""
        if name in ("timeline", "relations", "details", "eventDetails"):
            self.tabs.setCurrentWidget(self.explore_split)
            total = sum(self.explore_split.sizes()) or 900
            lanes = self.places["timeline"].sizeHint().height()   # every lane at a readable height
            if name == "relations":
                timeline = min(lanes, int(total * 0.37))   # the map keeps the room for its full labels
                self.explore_split.setSizes([timeline, total - timeline])
                self.lower_split.setSizes([1060, 380])
            elif name == "timeline":
                timeline = min(max(lanes, total * 2 // 3), int(total * 0.8))
                self.explore_split.setSizes([timeline, total - timeline])
        elif name in self.places:
            self.tabs.setCurrentWidget(self.places[name])

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
