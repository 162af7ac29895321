"""TimelineSearchBox: full-text search over events and claims; choosing a result names the event to show."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit

from db import queries
from db.queries.timeline import events_of_claim
from desktop.appearance.retranslate import Retranslatable

if TYPE_CHECKING:  # the desktop app reaches the database only through db/
    from sqlite_utils import Database


class TimelineSearchBox(Retranslatable, QLineEdit):
    """A search field with a drop-down of matching events (and the events of matching claims)."""

    chosen = Signal(str)      # event slug
    not_found = Signal(str)   # the text that found nothing

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.results: dict[str, str] = {}     # shown text -> event slug
        self.setObjectName("timelineSearch")
        self.retranslate_ui()
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(220)
        self.model = QStringListModel(self)
        self.completer_ = QCompleter(self.model, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(12)
        self.setCompleter(self.completer_)
        self.completer_.activated[str].connect(self._on_activated)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)
        self.textEdited.connect(lambda _t: self._timer.start())
        self.returnPressed.connect(self.choose_first)

    def retranslate_ui(self) -> None:
        """Texts in the current language."""
        self.setPlaceholderText(self.tr("Search events…"))
        self.setAccessibleName(self.tr("Search events"))
        self.setToolTip(self.tr("Type a few letters, then choose an event (Enter takes the first)"))

    def refresh(self) -> None:
        """Run the search for the current text and offer the results."""
        self.results = self.find(self.text())
        self.model.setStringList(list(self.results))
        if self.results and self.hasFocus():
            self.completer_.complete()

    def find(self, text: str) -> dict[str, str]:
        """Matching events for a text: display text -> event slug (claims lead to the events they date)."""
        out: dict[str, str] = {}
        for row in queries.search(self.db, text):
            if row["kind"] == "event":
                out.setdefault(row["title"], row["slug"])
            elif row["kind"] == "claim":
                events = events_of_claim(self.db, row["slug"])
                if events:
                    out.setdefault(self.tr("Claim: %s") % _short(row["title"]), events[0])
        return out

    def choose_first(self) -> None:
        """Show the first result for the current text (Enter in the box)."""
        self._timer.stop()
        if self.completer_.popup().isVisible():
            current = self.completer_.popup().currentIndex()
            if current.isValid():
                self._on_activated(current.data())
                return
        self.results = self.find(self.text())
        if self.results:
            self.completer_.popup().hide()
            self.chosen.emit(next(iter(self.results.values())))
        elif self.text().strip():
            self.not_found.emit(self.text().strip())

    def _on_activated(self, text: str) -> None:
        slug = self.results.get(text)
        if slug:
            self.chosen.emit(slug)


def _short(text: str, size: int = 70) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"
