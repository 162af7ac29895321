"""IdsCompleter: completes the last id in a comma-separated list of ids (actors, events, claims …)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter


class IdsCompleter(QCompleter):
    """Suggests ids containing what is typed after the last comma; choosing one keeps the earlier ids."""

    def __init__(self, ids: list[str], parent=None):
        super().__init__(parent)
        self.setModel(QStringListModel(ids, self))
        self.setCaseSensitivity(Qt.CaseInsensitive)
        self.setFilterMode(Qt.MatchContains)
        self.setCompletionMode(QCompleter.PopupCompletion)

    def set_ids(self, ids: list[str]) -> None:
        """Replace the ids offered."""
        self.model().setStringList(ids)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt override
        chosen = index.data()
        text = self.widget().text() if self.widget() is not None else ""
        earlier = [part.strip() for part in text.split(",")[:-1] if part.strip()]
        return ", ".join([*earlier, chosen])
