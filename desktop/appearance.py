"""AppearanceController: View → Language, View → Theme and the text size actions (Ctrl+=, Ctrl+-, Ctrl+0).

Text size applies at once to every widget. A language or theme switch installs the new translators or
colours and rebuilds the main window (see desktop.window_rebuild), keeping the database, the selected event,
the date, the open tab and the student, so that every widget, whoever built it, comes back in the new
language and colours.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow

from desktop import i18n, text_size, theme
from desktop.preferences import save_preferences

TIMELINE_SHARE = 520 / 900  # the timeline's share of the Explore tab's height at the default text size


class AppearanceController(QObject):
    """Adds the language, theme and text-size entries to a main window's View menu."""

    def __init__(self, window: QMainWindow, *, remember: bool = True):
        super().__init__(window)
        self.window = window
        self.remember = remember
        view = window.menus["view"]
        view.addSeparator()
        self.language_menu = view.addMenu(self.tr("&Language"))
        self.language_menu.setObjectName("languageMenu")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, native in i18n.LANGUAGES.items():
            action = QAction(native, self.language_group)
            action.setCheckable(True)
            action.setChecked(code == i18n.current_language())
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self.request_language(c))
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.theme_menu = view.addMenu(self.tr("&Theme"))
        self.theme_menu.setObjectName("themeMenu")
        self.theme_group = QActionGroup(self)
        labels = {"light": self.tr("&Light"), "dark": self.tr("&Dark"), "high-contrast": self.tr("&High contrast")}
        self.theme_actions: dict[str, QAction] = {}
        for name in theme.theme_names():
            action = QAction(labels.get(name, name), self.theme_group)
            action.setCheckable(True)
            action.setChecked(name == theme.current_theme().name)
            action.triggered.connect(lambda _=False, n=name: self.request_theme(n))
            self.theme_menu.addAction(action)
            self.theme_actions[name] = action

        size_menu = view.addMenu(self.tr("Text &size"))
        size_menu.setObjectName("textSizeMenu")
        self.larger_action = self._action(size_menu, self.tr("&Larger text"), self.larger,
                                          [QKeySequence("Ctrl+="), QKeySequence("Ctrl++"), QKeySequence.ZoomIn])
        self.smaller_action = self._action(size_menu, self.tr("&Smaller text"), self.smaller,
                                           [QKeySequence("Ctrl+-"), QKeySequence.ZoomOut])
        self.reset_action = self._action(size_menu, self.tr("&Default text size"), self.reset_size,
                                         [QKeySequence("Ctrl+0")])
        self.fit_to_text()

    def fit_to_text(self) -> None:
        """Give the timeline more of the window's height when text is larger, so its lanes keep their labels apart."""
        split = getattr(self.window, "explore_split", None)
        scale = text_size.current_scale()
        if split is None or split.count() != 2:
            return
        if scale == text_size.DEFAULT and not getattr(self, "_fitted", False):
            return  # the window's own layout stands
        self._fitted = scale != text_size.DEFAULT
        total = sum(split.sizes()) or 900
        share = min(TIMELINE_SHARE * scale / 100, 0.8)
        split.setSizes([int(total * share), total - int(total * share)])

    def _action(self, menu, text: str, slot, keys: list) -> QAction:
        action = QAction(text, self.window)
        unique = []
        for key in keys:
            key = QKeySequence(key)
            if not key.isEmpty() and key not in unique:
                unique.append(key)
        action.setShortcuts(unique)
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        return action

    def _save(self, **changes) -> None:
        if self.remember:
            save_preferences(**changes)

    def request_theme(self, name: str) -> None:
        """Switch theme after the menu closes (the window that owns the menu is replaced)."""
        QTimer.singleShot(0, lambda: self.set_theme(name))

    def set_theme(self, name: str):
        """Apply a theme everywhere, rebuild the window so widgets with their own colours follow; returns it."""
        from desktop.window_rebuild import rebuild_window

        if name == theme.current_theme().name:
            return self.window
        theme.apply_theme(name)
        self._save(theme=name)
        new = rebuild_window(self.window)
        new.state.theme_changed.emit(name)
        return new

    def _size_changed(self, percent: int) -> None:
        self._save(text_size=percent)
        self.fit_to_text()
        self.window.statusBar().showMessage(self.tr("Text size: %1%").replace("%1", str(percent)), 3000)

    def larger(self) -> None:
        """One text size step larger."""
        self._size_changed(text_size.larger())

    def smaller(self) -> None:
        """One text size step smaller."""
        self._size_changed(text_size.smaller())

    def reset_size(self) -> None:
        """Back to the default text size."""
        self._size_changed(text_size.reset())

    def request_language(self, code: str) -> None:
        """Switch language after the menu closes (the window that owns the menu is replaced)."""
        QTimer.singleShot(0, lambda: self.set_language(code))

    def set_language(self, code: str):
        """Install a language and rebuild the main window in it; returns the new window."""
        from desktop.window_rebuild import rebuild_window

        if code == i18n.current_language():
            return self.window
        i18n.install_language(code)
        self._save(language=code)
        return rebuild_window(self.window)
