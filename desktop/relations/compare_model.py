"""CompareTableModel: per pair, the relations at two dates side by side and what changed between them."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from db.queries.relations import APPEARED, CHANGED_KIND, CHANGED_TERMS, ENDED, UNCHANGED
from desktop.relations.palette import map_palette
from desktop.relations.styles import kind_word

COL_PAIR, COL_FIRST, COL_SECOND, COL_CHANGE = range(4)
STATUS_ROLE = Qt.UserRole
_ROOT = QModelIndex()


class CompareTableModel(QAbstractTableModel):
    """Thin adapter over `db.queries.relations.compare` entries."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self.first_label = self.second_label = ""
        self.colors = map_palette()  # a changed pair is marked like "holds at" in the history

    def set_rows(self, rows: list[dict], first_label: str, second_label: str) -> None:
        """Replace the comparison (entries from `compare`) and the two dates' labels."""
        self.beginResetModel()
        self.rows = list(rows)
        self.first_label, self.second_label = first_label, second_label
        self.endResetModel()

    def status_word(self, status: str) -> str:
        """The change, in words."""
        return {APPEARED: self.tr("appeared"), ENDED: self.tr("ended"), CHANGED_KIND: self.tr("changed kind"),
                CHANGED_TERMS: self.tr("same kind, new terms"), UNCHANGED: self.tr("unchanged")}.get(status, status)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation != Qt.Horizontal or role != Qt.DisplayRole:
            return None
        return {COL_PAIR: self.tr("Pair"), COL_FIRST: self.first_label, COL_SECOND: self.second_label,
                COL_CHANGE: self.tr("What changed")}.get(section)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        e = self.rows[index.row()]
        if role == STATUS_ROLE:
            return e["status"]
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole, Qt.ToolTipRole):
            return self.text(e, index.column())
        if role in (Qt.BackgroundRole, Qt.ForegroundRole) and index.column() == COL_CHANGE and e["status"] != UNCHANGED:
            return QColor(self.colors.mark_fill if role == Qt.BackgroundRole else self.colors.mark_text)
        return None

    def text(self, e: dict, column: int) -> str:
        """The cell text for one pair and column."""
        if column == COL_PAIR:
            return f"{e['a_name']} – {e['b_name']}"
        if column in (COL_FIRST, COL_SECOND):
            rels = e["before"] if column == COL_FIRST else e["after"]
            return "\n".join(f"{kind_word(r['kind'])}: {r['label']}" for r in rels) or "—"
        if column == COL_CHANGE:
            lines = [self.status_word(e["status"])]
            if e["status"] in (CHANGED_KIND, CHANGED_TERMS):
                lines += [f"+ {kind_word(r['kind'])}: {r['label']}" for r in e["appeared"]]
                lines += [f"− {kind_word(r['kind'])}: {r['label']}" for r in e["ended"]]
            return "\n".join(lines)
        return ""
