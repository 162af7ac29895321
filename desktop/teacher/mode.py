"""TeacherModeController: the Teacher menu, the PIN dialogs, and the editor and results tabs.

The editor and the class results exist only while teacher mode is on: they are built on entering
and destroyed on leaving, so nothing a student can reach shows answer keys or changes content.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from db import teacher
from desktop.teacher.pin_dialog import PinDialog
from desktop.widgets.place_box import make_place, set_place_title


class TeacherModeController(QObject):
    """Adds the Teacher menu's actions to a main window and shows teacher places only in teacher mode."""

    PLACES = ("editor", "dashboard")

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.state = window.state
        self.dialog: PinDialog | None = None
        menu = window.menus["teacher"]
        self.enter_action = self._action(self.enter, "Ctrl+Shift+T")
        self.leave_action = self._action(self.leave)
        self.change_action = self._action(self.change_pin)
        self.editor_action = self._action(lambda: window.show_view("editor"), "Ctrl+E")
        self.results_action = self._action(lambda: window.show_view("dashboard"), "Ctrl+R")
        for action in (self.enter_action, self.leave_action, self.change_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.editor_action)
        menu.addAction(self.results_action)
        self.badge = QLabel()
        self.badge.setObjectName("teacherBadge")
        self.badge.setStyleSheet("font-weight: bold; padding: 1px 8px; color: white; background: #7a4b00; border-radius: 3px;")
        self._badge_shown = False
        self.retranslate_ui()
        self.state.teacher_mode_changed.connect(self._apply)
        self._apply(self.state.teacher_mode)

    def titles(self) -> dict[str, str]:
        """The teacher places' tab titles, with their Alt keys."""
        return {"editor": self.tr("E&ditor"), "dashboard": self.tr("Class &results")}

    def retranslate_ui(self) -> None:
        """The Teacher menu, the badge and the teacher tabs in the current language (the window calls this)."""
        for action, text in ((self.enter_action, self.tr("&Enter teacher mode…")),
                             (self.leave_action, self.tr("&Leave teacher mode")),
                             (self.change_action, self.tr("&Change PIN…")),
                             (self.editor_action, self.tr("Open the e&ditor")),
                             (self.results_action, self.tr("Class &results"))):
            action.setText(text)
        self.badge.setText(self.tr("Teacher mode is on"))
        for name, title in self.titles().items():
            place = self.window.places.get(name)
            if place is not None:
                set_place_title(place, title.replace("&", ""))
                self.window.tabs.setTabText(self.window.tabs.indexOf(place), title)

    def _action(self, slot, shortcut: str = "") -> QAction:
        action = QAction(self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())
        return action

    # ------------------------------------------------------------ entering and leaving

    def enter(self) -> None:
        """Ask for the PIN (or to choose one on first use), then switch teacher mode on."""
        if self.state.teacher_mode:
            self.window.show_view("editor")
            return
        mode = "enter" if teacher.has_pin(self.state.db) else "set"
        self._open_dialog(mode, lambda: self.state.set_teacher_mode(True))

    def change_pin(self) -> None:
        """Ask for the old PIN and a new one."""
        self._open_dialog("change", lambda: self.window.statusBar().showMessage(self.tr("The PIN was changed."), 5000))

    def _open_dialog(self, mode: str, on_accept) -> None:
        self.dialog = PinDialog(self.state, mode, self.window)
        self.dialog.accepted.connect(on_accept)
        self.dialog.finished.connect(self._dialog_done)
        self.dialog.open()

    def _dialog_done(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def leave(self) -> None:
        """Back to the student view (after asking, if the editor holds unsaved changes)."""
        editor = getattr(self.window.places.get("editor"), "body", None)
        if editor is not None and hasattr(editor, "may_leave") and not editor.may_leave():
            return
        self.state.set_teacher_mode(False)

    # ------------------------------------------------------------ the teacher places

    def _make(self, name: str) -> QWidget:
        # Imported when first needed: a student who never enters teacher mode never loads them.
        if name == "editor":
            from desktop.editor.editor_widget import EditorWidget

            return EditorWidget(self.state)
        from desktop.dashboard.dashboard_widget import DashboardWidget

        return DashboardWidget(self.state)

    def _apply(self, on: bool) -> None:
        """Build or tear down the teacher places and update the menu."""
        self.enter_action.setEnabled(not on)
        for action in (self.leave_action, self.change_action, self.editor_action, self.results_action):
            action.setEnabled(on)
        tabs = self.window.tabs
        titles = self.titles()
        if on:
            for name in self.PLACES:
                if name not in self.window.places:
                    place = make_place(name, titles[name].replace("&", ""), self._make(name), header=False,
                                       scroll=True)
                    self.window.places[name] = place
                    tabs.addTab(place, titles[name])
            if not self._badge_shown:
                self.window.statusBar().addPermanentWidget(self.badge)
                self.badge.show()
                self._badge_shown = True
            self.window.show_view("editor")
        else:
            for name in self.PLACES:
                place = self.window.places.pop(name, None)
                if place is not None:
                    tabs.removeTab(tabs.indexOf(place))
                    place.hide()
                    place.setParent(None)
                    place.deleteLater()
            if self._badge_shown:
                self.window.statusBar().removeWidget(self.badge)
                self._badge_shown = False
            self.window.show_view("timeline")
