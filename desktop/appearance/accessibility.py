"""App-wide keyboard rules: Tab always moves between controls, arrow keys move inside them.

Item views (tables, lists, trees) would otherwise take Tab to walk their cells, which traps a keyboard
user in a table of a hundred rows; a scroll area's frame would be a Tab stop a screen reader reads as
nothing. One application event filter applies the rules to every widget, whoever builds it, when Qt first
polishes it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QScrollArea


class KeyboardPolicyFilter(QObject):
    """Turns off Tab-between-cells on item views, and the silent Tab stop of scroll areas, as they are polished."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Polish:
            if isinstance(obj, QAbstractItemView):
                obj.setTabKeyNavigation(False)
            elif isinstance(obj, QScrollArea):
                # The controls inside take the focus and the area scrolls to them; the frame itself says nothing.
                obj.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return False


_filter: KeyboardPolicyFilter | None = None


def install(app: QApplication) -> None:
    """Install the keyboard rules on the application (once)."""
    global _filter
    if _filter is None:
        _filter = KeyboardPolicyFilter(app)
        app.installEventFilter(_filter)
