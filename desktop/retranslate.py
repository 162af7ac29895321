"""Language changes in place: a widget sets its texts in `retranslate_ui`, called when built and on every switch.

Installing a translator makes Qt send `QEvent.LanguageChange` to every widget (a window passes it on to its
children); `Retranslatable` turns that event into a call to the widget's own `retranslate_ui`, so nothing is
rebuilt and what the user was doing (unsaved editor work, its undo history, a quiz in progress) stays.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslatable:
    """Mixin for a QWidget subclass (listed before it): `retranslate_ui()` runs on every language change."""

    def retranslate_ui(self) -> None:
        """Set every text the widget shows in the interface language now installed."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - the Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
