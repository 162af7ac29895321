"""AppearanceController: View → Language, View → Theme and the text size actions (Ctrl+=, Ctrl+-, Ctrl+0).

Every switch happens in place: nothing is rebuilt, so what the user was doing (the open tab, unsaved editor
work and its undo history, a quiz in progress) stays. A language switch installs the new translators, and
every widget sets its texts again on the `LanguageChange` Qt sends it (desktop.appearance.retranslate); content names
are read again by the views that show them. A theme switch applies the palette and stylesheet to the whole
application and emits `AppState.theme_changed`, on which the views that paint their own colours restyle.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow

from db.changes import Changes
from db.content import TABLES, slug_ids
from desktop.appearance import i18n, text_size, theme
from desktop.appearance.preferences import save_preferences

TIMELINE_SHARE = 520 / 900  # the timeline's share of the Explore tab's height at the default text size


class AppearanceController(QObject):
    """Adds the language, theme and text-size entries to a main window's View menu."""

    def __init__(self, window: QMainWindow, *, remember: bool = True):
        super().__init__(window)
        self.window = window
        self.remember = remember
        view = window.menus["view"]
        view.addSeparator()
        self.language_menu = view.addMenu("")
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

        self.theme_menu = view.addMenu("")
        self.theme_menu.setObjectName("themeMenu")
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for name in theme.theme_names():
            action = QAction(name, self.theme_group)
            action.setCheckable(True)
            action.setChecked(name == theme.current_theme().name)
            action.triggered.connect(lambda _=False, n=name: self.request_theme(n))
            self.theme_menu.addAction(action)
            self.theme_actions[name] = action

        self.size_menu = view.addMenu("")
        self.size_menu.setObjectName("textSizeMenu")
        self.larger_action = self._action(self.size_menu, self.larger,
                                          [QKeySequence("Ctrl+="), QKeySequence("Ctrl++"), QKeySequence.ZoomIn])
        self.smaller_action = self._action(self.size_menu, self.smaller, [QKeySequence("Ctrl+-"), QKeySequence.ZoomOut])
        self.reset_action = self._action(self.size_menu, self.reset_size, [QKeySequence("Ctrl+0")])
        self.retranslate_ui()
        self.fit_to_text()

    def retranslate_ui(self) -> None:
        """The menus' texts in the current language (the window calls this); languages keep their own names."""
        self.language_menu.setTitle(self.tr("&Language"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        labels = {"light": self.tr("&Light"), "dark": self.tr("&Dark"), "high-contrast": self.tr("&High contrast")}
        for name, action in self.theme_actions.items():
            action.setText(labels.get(name, name))
        self.size_menu.setTitle(self.tr("Text &size"))
        self.larger_action.setText(self.tr("&Larger text"))
        self.smaller_action.setText(self.tr("&Smaller text"))
        self.reset_action.setText(self.tr("&Default text size"))

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

    def _action(self, menu, slot, keys: list) -> QAction:
        action = QAction(self.window)
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
        """Switch theme after the menu closes (its own restyle then happens on a closed menu)."""
        QTimer.singleShot(0, lambda: self.set_theme(name))

    def set_theme(self, name: str):
        """Apply a theme everywhere and tell the views that paint their own colours; returns the (same) window."""
        if name == theme.current_theme().name:
            return self.window
        theme.apply_theme(name)
        self._save(theme=name)
        self.theme_actions[name].setChecked(True)
        self.window.state.theme_changed.emit(name)
        return self.window

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
        """Switch language after the menu closes (its texts then change on a closed menu)."""
        QTimer.singleShot(0, lambda: self.set_language(code))

    def set_language(self, code: str):
        """Install a language: every widget retranslates in place, views read content names again; returns the
        (same) window."""
        if code == i18n.current_language():
            return self.window
        i18n.install_language(code)
        self._save(language=code)
        self.language_actions[code].setChecked(True)
        # Qt posts LanguageChange; deliver it now, so the window is in the new language when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.window.state.announce(content_names_changed(self.window.state.db), origin=self)
        return self.window


def content_names_changed(db) -> Changes:
    """Every content item, as changed: its texts read differently in another language (issue 15: all of them)."""
    changes = Changes()
    for table in TABLES.values():
        for slug in slug_ids(db, table):
            changes.add(table, slug)
    return changes
