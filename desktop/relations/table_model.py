"""RelationsTableModel: the relations valid at the date as rows, the accessible twin of the graph."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.relations.styles import kind_word, pattern_word

COL_PAIR, COL_KIND, COL_LABEL, COL_STRENGTH, COL_DIRECTION, COL_DATES = range(6)
SLUG_ROLE = Qt.UserRole
_ROOT = QModelIndex()


def direction_text(relation: dict) -> str:
    """'both ways', or who acts on whom for a one-sided relation."""
    d = relation.get("direction") or ""
    if d == "a->b":
        return f"{relation['a_name']} → {relation['b_name']}"
    if d == "b->a":
        return f"{relation['b_name']} → {relation['a_name']}"
    return "⇄"


class RelationsTableModel(QAbstractTableModel):
    """Thin adapter over `db.queries.relations.relations_at` rows: one row per relation."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self.headers = [self.tr("Pair"), self.tr("Kind"), self.tr("What"), self.tr("Strength"),
                        self.tr("Direction"), self.tr("Since – until")]

    def set_rows(self, rows: list[dict]) -> None:
        """Replace the rows (relations from `relations_at`, already named for the date)."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        if role == SLUG_ROLE:
            return r["slug"]
        if role == Qt.ToolTipRole:
            return r.get("summary") or None
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole):
            return self.text(r, index.column(), role == Qt.AccessibleTextRole)
        return None

    def text(self, r: dict, column: int, spoken: bool = False) -> str:
        """The cell text for one relation and column."""
        if column == COL_PAIR:
            return r.get("pair_label") or f"{r['a_name']} – {r['b_name']}"
        if column == COL_KIND:
            return f"{kind_word(r['kind'])} ({pattern_word(r['kind'])})" if spoken else kind_word(r["kind"])
        if column == COL_LABEL:
            return r.get("label") or ""
        if column == COL_STRENGTH:
            return self.tr("%1 of 5").replace("%1", str(r["strength"]))
        if column == COL_DIRECTION:
            text = direction_text(r)
            return self.tr("both ways") if spoken and text == "⇄" else text
        if column == COL_DATES:
            return r.get("dates") or ""
        return ""
