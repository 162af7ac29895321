"""Field adapters: each wraps one standard Qt input and converts between it and an item dict value.

They are plain objects, not widget classes: `widget` is the Qt input, `get()` returns the value in the
item format (resources/content/FORMAT.md), `set(value)` shows one, `changed` is a Qt signal to connect, and
`retranslate()` writes their own texts again in the current language (the form calls it on a switch).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def tr(text: str) -> str:
    """Translate an editor string."""
    return QCoreApplication.translate("", text)  # lupdate files bare tr() calls under ""


class LineField:
    """One line of text; `kind` "date" is a partial ISO date (its placeholder says so)."""

    def __init__(self, kind: str = "text", placeholder: str = ""):
        self.kind = kind
        self.placeholder = placeholder
        self.widget = QLineEdit()
        self.retranslate()
        self.changed = self.widget.textChanged

    def retranslate(self) -> None:
        self.widget.setPlaceholderText(tr(self.placeholder) if self.placeholder else "")

    def get(self):
        return self.widget.text().strip()

    def set(self, value) -> None:
        self.widget.setText("" if value is None else str(value))


class LongTextField:
    """Several lines: plain text, or one list entry per line ("lines"), or "left = right" pairs."""

    def __init__(self, kind: str = "text", placeholder: str = "", height: int = 70):
        self.kind = kind
        self.widget = QPlainTextEdit()
        self.widget.setTabChangesFocus(True)
        self.placeholder = placeholder
        self.retranslate()
        self.widget.setFixedHeight(height)
        self.changed = self.widget.textChanged

    def retranslate(self) -> None:
        self.widget.setPlaceholderText(tr(self.placeholder) if self.placeholder else "")

    def _lines(self) -> list[str]:
        return [line.strip() for line in self.widget.toPlainText().splitlines() if line.strip()]

    def get(self):
        if self.kind == "lines":
            return self._lines()
        if self.kind == "pairs":
            return [[part.strip() for part in line.split("=", 1)] if "=" in line else [line, ""]
                    for line in self._lines()]
        return self.widget.toPlainText().strip()

    def set(self, value) -> None:
        if self.kind == "lines":
            text = "\n".join(value or [])
        elif self.kind == "pairs":
            text = "\n".join(f"{left} = {right}" for left, right in (value or []))
        else:
            text = value or ""
        self.widget.setPlainText(text)


class ChoiceField:
    """A fixed list of values in a combo box."""

    def __init__(self, values: tuple[str, ...], labels: dict[str, str] | None = None):
        self.widget = QComboBox()
        self.labels = labels or {}
        for value in values:
            self.widget.addItem("", value)
        self.retranslate()
        self.changed = self.widget.currentIndexChanged

    def retranslate(self) -> None:
        for i in range(self.widget.count()):
            value = self.widget.itemData(i)
            if value in self.labels or not value:
                self.widget.setItemText(i, tr(self.labels.get(value, value or "—")))
            else:
                self.widget.setItemText(i, str(value))

    def get(self):
        return self.widget.currentData()

    def set(self, value) -> None:
        index = self.widget.findData(value if value is not None else "")
        if index < 0 and value:
            self.widget.addItem(str(value), value)  # keep an unknown value visible so validation can name it
            index = self.widget.count() - 1
        self.widget.setCurrentIndex(max(index, 0))


class StatusField(ChoiceField):
    """A claim's status: each shown as its translated word, its meaning as the item's tooltip."""

    def __init__(self, values: tuple[str, ...]):
        self.widget = QComboBox()
        for value in values:
            self.widget.addItem("", value)
        self.retranslate()
        self.changed = self.widget.currentIndexChanged

    def retranslate(self) -> None:
        from desktop.claim_status import status_words

        for i in range(self.widget.count()):
            label, meaning = status_words(self.widget.itemData(i))
            self.widget.setItemText(i, label)
            self.widget.setItemData(i, meaning, Qt.ToolTipRole)


class CheckField:
    """A yes/no flag (true or false in the item format)."""

    def __init__(self, text: str = ""):
        self.text = text
        self.widget = QCheckBox()
        self.retranslate()
        self.changed = self.widget.toggled

    def retranslate(self) -> None:
        self.widget.setText(tr(self.text) if self.text else "")

    def get(self):
        return self.widget.isChecked()

    def set(self, value) -> None:
        self.widget.setChecked(bool(value))


class NumberField:
    """A whole number; with `optional`, the lowest value shows as "—" and means None."""

    def __init__(self, low: int, high: int, optional: bool = False, default: int | None = None):
        self.optional = optional
        self.default = default
        self.widget = QSpinBox()
        self.widget.setRange(low - 1 if optional else low, high)
        if optional:
            self.widget.setSpecialValueText("—")
        self.changed = self.widget.valueChanged

    def retranslate(self) -> None:
        pass  # numbers and "—" only

    def get(self):
        value = self.widget.value()
        return None if self.optional and value == self.widget.minimum() else value

    def set(self, value) -> None:
        if value is None:
            value = self.widget.minimum() if self.optional else (self.default or self.widget.minimum())
        self.widget.setValue(int(value))


class OptionsField:
    """Answer options in a table, each with a "correct" check box; sets `options` and `correct`."""

    def __init__(self):
        self.widget = QWidget()
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("optionsTable")
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.table.verticalHeader().setVisible(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setFixedHeight(150)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.retranslate()
        self.add_button.clicked.connect(lambda: self.add_row("", False))
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.changed = self.table.itemChanged
        # Correct indexes that name no option (from a damaged item) stay visible to validation until
        # the teacher touches the options, so the form can say what is wrong instead of hiding it.
        self.stray_correct: list = []
        self.table.itemChanged.connect(lambda *_: self.stray_correct.clear())

    def retranslate(self) -> None:
        self.table.setAccessibleName(tr("Answer options"))
        self.table.setHorizontalHeaderLabels([tr("Correct"), tr("Option")])
        self.add_button.setText(tr("Add option"))
        self.remove_button.setText(tr("Remove option"))
        blocked = self.table.blockSignals(True)  # texts about the options are no edit of them
        for row in range(self.table.rowCount()):
            self._name_check(self.table.item(row, 0))
        self.table.blockSignals(blocked)

    @staticmethod
    def _name_check(check: QTableWidgetItem) -> None:
        check.setData(Qt.AccessibleTextRole, tr("correct"))
        check.setToolTip(tr("Tick if this option is a correct answer"))

    def add_row(self, text: str, correct: bool) -> None:
        """Append an option."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        check = QTableWidgetItem("")
        self._name_check(check)
        check.setFlags(Qt.ItemIsUserCheckable | Qt.ItemIsEnabled | Qt.ItemIsSelectable)
        check.setCheckState(Qt.Checked if correct else Qt.Unchecked)
        self.table.setItem(row, 0, check)
        self.table.setItem(row, 1, QTableWidgetItem(text))

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.table.itemChanged.emit(None)

    def get(self):
        options = [(self.table.item(r, 1).text() if self.table.item(r, 1) else "").strip()
                   for r in range(self.table.rowCount())]
        correct = [r for r in range(self.table.rowCount()) if self.table.item(r, 0).checkState() == Qt.Checked]
        return {"options": options, "correct": correct + self.stray_correct}

    def set(self, value) -> None:
        value = value or {}
        blocked = self.table.blockSignals(True)
        self.table.setRowCount(0)
        correct = value.get("correct") or []
        options = value.get("options") or []
        for i, text in enumerate(options):
            self.add_row(text, i in correct)
        self.stray_correct = [c for c in correct if not (isinstance(c, int) and 0 <= c < len(options))]
        self.table.blockSignals(blocked)

    def set_correct(self, row: int, on: bool) -> None:
        """Tick or untick an option as correct."""
        self.table.item(row, 0).setCheckState(Qt.Checked if on else Qt.Unchecked)

    def set_text(self, row: int, text: str) -> None:
        """Change an option's text."""
        self.table.item(row, 1).setText(text)
