"""ProfilePicker: pick or create a student profile (a name, no password) on a shared machine."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import learning
from db.errors import TrilemmaError
from desktop.appearance import text_size
from desktop.appearance.retranslate import Retranslatable
from desktop.appearance.theme import mark_problem
from desktop.state import AppState
from desktop.widgets.plain_text import plain_label, sentence


class ProfilePicker(Retranslatable, QWidget):
    """Lists the students; Enter or a double click picks one; a name and Add creates one."""

    picked = Signal(int)

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setObjectName("profilePicker")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.title = title = QLabel()
        title.setObjectName("profileTitle")
        text_size.set_relative_font(title, 1.6, bold=True)
        layout.addWidget(title)
        self.intro = QLabel()
        self.intro.setWordWrap(True)   # a long line in a long language must not set the window's least width
        layout.addWidget(self.intro)
        self.list = QListWidget()
        self.list.setObjectName("studentList")
        self.list.setStyleSheet("QListWidget::item { padding: 8px; }")
        text_size.set_relative_font(self.list, 1.4)
        self.list.itemActivated.connect(self._activated)
        self.list.setMaximumWidth(520)
        self.list.setMaximumHeight(380)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.pick = QPushButton()
        self.pick.setObjectName("pickStudent")
        self.pick.clicked.connect(lambda: self._activated(self.list.currentItem()))
        self.rename = QPushButton()
        self.rename.setObjectName("renameStudent")
        self.rename.clicked.connect(self.rename_current)
        row.addWidget(self.pick)
        row.addWidget(self.rename)
        row.addStretch(1)
        layout.addLayout(row)
        new_row = QHBoxLayout()
        self.new_label = label = QLabel()
        self.name = QLineEdit()
        self.name.setObjectName("newStudentName")
        self.name.setMaxLength(learning.MAX_NAME)
        self.name.setMaximumWidth(320)
        label.setBuddy(self.name)
        self.add = QPushButton()
        self.add.setObjectName("addStudent")
        self.add.clicked.connect(self.create)
        self.name.returnPressed.connect(self.create)
        for w in (label, self.name, self.add):
            new_row.addWidget(w)
        new_row.addStretch(1)
        layout.addLayout(new_row)
        self.message = plain_label()  # may repeat the name typed
        self.message.setObjectName("profileMessage")
        mark_problem(self.message)
        layout.addWidget(self.message)
        layout.addStretch(1)
        state.changed.connect(lambda changes: self.refresh() if "students" in changes else None)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        """Texts in the current language (names of students are theirs)."""
        self.title.setText(self.tr("Who is learning?"))
        self.intro.setText(self.tr("Pick your name, or add it if you are new. No password: your answers "
                                   "stay on this computer."))
        self.list.setAccessibleName(self.tr("Students"))
        self.list.setAccessibleDescription(self.tr("Arrow keys choose a name, Enter starts"))
        self.pick.setText(self.tr("&Start as this student"))
        self.rename.setText(self.tr("&Rename…"))
        self.new_label.setText(self.tr("&New student:"))
        self.name.setPlaceholderText(self.tr("Your name"))
        self.name.setAccessibleName(self.tr("Name of a new student"))
        self.add.setText(self.tr("&Add"))

    def refresh(self) -> None:
        """Reload the list of students, keeping the current one selected."""
        current = self.state.student_id
        self.list.clear()
        for s in learning.list_students(self.state.db):
            item = QListWidgetItem(s["name"])
            item.setData(Qt.UserRole, s["id"])
            self.list.addItem(item)
            if s["id"] == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        has = self.list.count() > 0
        # On a new computer there is no name to pick: the empty list and its buttons are left out, and the keyboard
        # starts in the new-name field.
        for widget in (self.list, self.pick, self.rename):
            widget.setVisible(has)
        self.pick.setEnabled(has)
        self.rename.setEnabled(has)

    def first_control(self) -> QWidget:
        """Where the keyboard starts: the list of names, or the new-name field while there are none."""
        return self.list if self.list.count() else self.name

    def create(self) -> None:
        """Add the typed name as a new student and start as them."""
        try:
            student_id = self.state.run(learning.create_student, origin=self, name=self.name.text()).value
        except TrilemmaError as exc:
            self.message.setText(sentence(exc))
            return
        self.name.clear()
        self.message.setText("")
        self.refresh()
        self.picked.emit(student_id)

    def rename_current(self) -> None:
        """Ask for a new name for the selected student."""
        item = self.list.currentItem()
        if item is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("New name:"), text=item.text())
        if not ok:
            return
        try:
            self.state.run(learning.rename_student, origin=self, student_id=item.data(Qt.UserRole), name=name)
        except TrilemmaError as exc:
            self.message.setText(sentence(exc))
            return
        self.refresh()

    def _activated(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.picked.emit(item.data(Qt.UserRole))
