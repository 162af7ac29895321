"""StoryController: puts the Story place into the Explore tab beside the map, with its View menu entry and keys.

The story sits where the event details sit (they come back on "Explore from here"), so the timeline and the
map it drives stay in view: the student reads a stop and sees what it points at.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from desktop.story import drive
from desktop.widgets.place_box import make_place, set_place_title

SHORTCUT = "Ctrl+4"
PRESENT_KEY = "F5"
STORY_SHARE = 0.45      # the story's share of the width below the timeline
TIMELINE_SHARE = 0.45   # the timeline's share of the height while a story is open


class StoryController(QObject):
    """Builds the story place when first asked for, shows and leaves it, and opens the Present view."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.present_window = None
        self.place = make_place("story", "", self._build, scroll=False)
        window.places["story"] = self.place
        window.lower_split.addWidget(self.place)   # after the map and the details: the map keeps its place
        self.place.hide()
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.triggered.connect(lambda _=False: window.show_view("story"))
        self.present_action = QAction(window)
        self.present_action.setShortcut(QKeySequence(PRESENT_KEY))
        self.present_action.triggered.connect(lambda _=False: self.present())
        menu = window.menus["view"]
        first = menu.actions()[3] if len(menu.actions()) > 3 else None
        menu.insertAction(first, self.action)
        menu.insertAction(first, self.present_action)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The menu entries and the place's title in the current language (the window calls this)."""
        self.action.setText(self.tr("The &story: a guided walk through the article"))
        self.present_action.setText(self.tr("&Present the story"))
        set_place_title(self.place, self.tr("The story"))

    @property
    def panel(self) -> QWidget:
        """The story panel (built on first use)."""
        return self.place.body

    def _build(self) -> QWidget:
        from desktop.story.story_panel import StoryPanel

        panel = StoryPanel(self.window.state)
        panel.stop_shown.connect(self._drive)
        panel.explore_requested.connect(self.leave)
        panel.present_requested.connect(self.present)
        return panel

    def _drive(self, stop: dict) -> None:
        window = self.window
        drive.drive(stop, state=window.state, timeline=window.timeline_widget, relations=window.relations_widget)

    def show(self) -> None:
        """Open the story beside the map (the event details make room) and drive the app to its stop."""
        window = self.window
        window.tabs.setCurrentWidget(window.explore_split)
        details = window.places["eventDetails"]
        details.hide()
        self.place.show()
        width = sum(window.lower_split.sizes()) or 1300
        story = int(width * STORY_SHARE)
        window._share_lower(map_width=width - story, other=story)
        total = sum(window.explore_split.sizes()) or 700
        window.explore_split.setSizes([int(total * TIMELINE_SHARE), total - int(total * TIMELINE_SHARE)])
        panel = self.panel
        stop = panel.current_stop()
        if stop is not None:
            self._drive(stop)
        panel.next_button.setFocus() if panel.next_button.isEnabled() else panel.contents.setFocus()

    def is_open(self) -> bool:
        """Whether the story is showing in the Explore tab."""
        return self.place.isVisibleTo(self.window)

    def leave(self) -> None:
        """Explore from here: the story closes and the timeline and map stay as the stop left them."""
        self.place.hide()
        self.window.places["eventDetails"].show()
        drive.release(self.window.timeline_widget)
        self.window.timeline_widget.plot.setFocus()

    def present(self) -> None:
        """Open the story full screen for a class (no student data), at the stop shown now."""
        from desktop.story.present import PresentWindow

        panel = self.panel
        if panel.story is None or not panel.story["stops"]:
            return
        self.present_window = PresentWindow(panel.story, panel.index)
        self.present_window.stop_shown.connect(self._drive)
        self.present_window.closed.connect(panel.go_silently)
        self.present_window.open_full_screen()
