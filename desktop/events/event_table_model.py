"""EventTableModel: events as rows (date, title, actors, kind), for the list twin of the timeline."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, Qt

COL_DATE, COL_TITLE, COL_ACTORS, COL_KIND = range(4)
HEADERS = (QT_TRANSLATE_NOOP("EventTableModel", "Date"), QT_TRANSLATE_NOOP("EventTableModel", "Event"),
           QT_TRANSLATE_NOOP("EventTableModel", "Actors"), QT_TRANSLATE_NOOP("EventTableModel", "Kind"))
KIND_LABELS = {"article": QT_TRANSLATE_NOOP("EventTableModel", "In the article"),
               "context": QT_TRANSLATE_NOOP("EventTableModel", "Background"),
               "post-article": QT_TRANSLATE_NOOP("EventTableModel", "After the article")}


class EventTableModel(QAbstractTableModel):
    """Rows from `db.queries.event_rows`; the slug of a row is under Qt.UserRole."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []
        self._actor_names: dict[str, str] = {}

    def set_rows(self, rows: list[dict], actor_names: dict[str, str]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = rows
        self._actor_names = actor_names
        self.endResetModel()

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 - Qt override
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(HEADERS):
            return self.tr(HEADERS[section])
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.UserRole:
            return row["slug"]
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole, Qt.ToolTipRole):
            col = index.column()
            if col == COL_DATE:
                return row["label"]
            if col == COL_TITLE:
                return row["title"] if role != Qt.ToolTipRole else row.get("summary", "")
            if col == COL_ACTORS:
                return ", ".join(self._actor_names.get(a, a) for a in row["actors"])
            if col == COL_KIND:
                return self.tr(KIND_LABELS.get(row["kind"], row["kind"]))
        return None

    def row_of(self, slug: str) -> int:
        """Row number of an event, or -1."""
        for i, row in enumerate(self._rows):
            if row["slug"] == slug:
                return i
        return -1
