"""ResultsTableModel: one results table (header + rows from db.queries.classroom.table_rows); shares shown as %."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, Qt

# Looked up once: Qt enum arithmetic in data() is slow, and data() runs for every cell on every resize.
_TEXT_ROLES = frozenset({Qt.DisplayRole, Qt.AccessibleTextRole, Qt.ToolTipRole})
_RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)


# db.queries.classroom's column keys (also the CSV header) as a teacher reads them; module titles pass through as they are.
HEADER_LABELS = {
    "question": QT_TRANSLATE_NOOP("ResultsTableModel", "Question"),
    "prompt": QT_TRANSLATE_NOOP("ResultsTableModel", "Prompt"),
    "modules": QT_TRANSLATE_NOOP("ResultsTableModel", "Modules"),
    "attempts": QT_TRANSLATE_NOOP("ResultsTableModel", "Attempts"),
    "students": QT_TRANSLATE_NOOP("ResultsTableModel", "Students"),
    "correct": QT_TRANSLATE_NOOP("ResultsTableModel", "Correct"),
    "most common wrong answer": QT_TRANSLATE_NOOP("ResultsTableModel", "Most common wrong answer"),
    "times given": QT_TRANSLATE_NOOP("ResultsTableModel", "Times given"),
    "deleted": QT_TRANSLATE_NOOP("ResultsTableModel", "Deleted"),
    "student": QT_TRANSLATE_NOOP("ResultsTableModel", "Student"),
    "pseudonym": QT_TRANSLATE_NOOP("ResultsTableModel", "Pseudonym"),
    "answers": QT_TRANSLATE_NOOP("ResultsTableModel", "Answers"),
    "module": QT_TRANSLATE_NOOP("ResultsTableModel", "Module"),
    "title": QT_TRANSLATE_NOOP("ResultsTableModel", "Title"),
    "questions": QT_TRANSLATE_NOOP("ResultsTableModel", "Questions"),
    "class average": QT_TRANSLATE_NOOP("ResultsTableModel", "Class average"),
}


def _shown(value) -> str:
    if value is None:
        return "—"
    return f"{value * 100:.0f}%" if isinstance(value, float) else str(value)


class ResultsTableModel(QAbstractTableModel):
    """Rows of plain values; floats are shares (0..1) shown as whole percents and sorted as numbers."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._header: list[str] = []
        self._rows: list[list] = []
        self._text: list[list[str]] = []

    def set_rows(self, header: list[str], rows: list[list]) -> None:
        """Replace the table."""
        self.beginResetModel()
        self._header = list(header)
        self._rows = [list(r) for r in rows]
        self._text = [[_shown(v) for v in r] for r in self._rows]
        self.endResetModel()

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._header)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 - Qt override
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self._header):
            key = self._header[section]
            return self.tr(HEADER_LABELS[key]) if key in HEADER_LABELS else key
        return None

    def data(self, index, role=Qt.DisplayRole):
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._rows):
            return None
        if role in _TEXT_ROLES:
            return self._text[row][column]
        value = self._rows[row][column]
        if role == Qt.UserRole:  # sort key
            return -1.0 if value is None else value
        if role == Qt.TextAlignmentRole and isinstance(value, (int, float)) and not isinstance(value, bool):
            return _RIGHT
        return None

    def value(self, row: int, column: int):
        """The raw value of a cell."""
        return self._rows[row][column]
