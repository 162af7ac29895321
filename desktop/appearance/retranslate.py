"""Language changes in place: a widget sets its texts in `retranslate_ui`, called when built and on every switch.

Installing a translator makes Qt send `QEvent.LanguageChange` to every widget (a window passes it on to its
children); `Retranslatable` turns that event into a call to the widget's own `retranslate_ui`, so nothing is
rebuilt and what the user was doing (unsaved editor work, its undo history, a quiz in progress) stays.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent


class Retranslatable:
    """Mixin for a QWidget subclass (listed before it): `retranslate_ui()` runs on every language change."""

    def retranslate_ui(self) -> None:
        """Set every text the widget shows in the interface language now installed."""

    def when_shown(self, redraw: Callable[[], None]) -> None:
        """Run `redraw` now if the widget is visible, else when it is next shown: a view on another tab does no
        work for nothing, and a closed one never reads its (closed) database again."""
        if self.isVisible():
            redraw()
        else:
            self._pending_redraw = redraw

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - the Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - the Qt override
        redraw = getattr(self, "_pending_redraw", None)
        if redraw is not None:
            self._pending_redraw = None
            redraw()
        super().showEvent(event)
