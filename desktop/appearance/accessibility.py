"""App-wide keyboard rules: Tab always moves between controls, arrow keys move inside them.

Item views (tables, lists, trees) would otherwise take Tab to walk their cells, which traps a keyboard
user in a table of a hundred rows. One application event filter applies the rule to every view, whoever
builds it, when Qt first polishes it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QApplication


class KeyboardPolicyFilter(QObject):
    """Turns off Tab-between-cells on item views as they are polished."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Polish and isinstance(obj, QAbstractItemView):
            obj.setTabKeyNavigation(False)
        return False


_filter: KeyboardPolicyFilter | None = None


def install(app: QApplication) -> None:
    """Install the keyboard rules on the application (once)."""
    global _filter
    if _filter is None:
        _filter = KeyboardPolicyFilter(app)
        app.installEventFilter(_filter)
