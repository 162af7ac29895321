"""PinDialog: set the teacher PIN (first use), enter it, or change it; shows the wait after wrong tries."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db import teacher
from db.errors import TrilemmaError, ValidationError
from desktop.appearance.announce import announce
from desktop.appearance.theme import mark_problem
from desktop.state import AppState
from desktop.widgets.plain_text import sentence


class PinDialog(QDialog):
    """Asks for the PIN; `mode` is "set" (new PIN twice), "enter" or "change" (old PIN, new PIN twice)."""

    def __init__(self, state: AppState, mode: str, parent: QWidget | None = None,
                 clock: Callable[[], float] = time.time):
        super().__init__(parent)
        self.state = state
        self.mode = mode
        self.clock = clock
        self.setObjectName("pinDialog")
        titles = {"set": self.tr("Choose a teacher PIN"), "enter": self.tr("Enter teacher mode"),
                  "change": self.tr("Change the teacher PIN")}
        self.setWindowTitle(titles[mode])
        self.setMinimumWidth(420)
        intro = {
            "set": self.tr("No teacher PIN is set on this computer yet. Choose one (at least %d characters) "
                           "and keep it from students: it opens the editor and the class results.") % teacher.MIN_LENGTH,
            "enter": self.tr("Type the teacher PIN."),
            "change": self.tr("Type the current PIN, then the new one twice."),
        }[mode]
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        form = QFormLayout()
        self.old_edit = self._pin_edit("pinOld", self.tr("Current PIN"))
        self.pin_edit = self._pin_edit("pinEdit", self.tr("New PIN") if mode != "enter" else self.tr("PIN"))
        self.confirm_edit = self._pin_edit("pinConfirm", self.tr("New PIN again"))
        if mode == "change":
            form.addRow(self.tr("&Current PIN:"), self.old_edit)
        form.addRow(self.tr("&PIN:") if mode == "enter" else self.tr("&New PIN:"), self.pin_edit)
        if mode in ("set", "change"):
            form.addRow(self.tr("&Again:"), self.confirm_edit)
        self.message = QLabel("")
        self.message.setObjectName("pinMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-weight: bold;")
        mark_problem(self.message)
        self.message.hide()   # no empty gap above the buttons: shown only with something to say
        # Only the fields this mode asks for are shown; the others would lie over the introduction, unlabelled.
        self.old_edit.setVisible(mode == "change")
        self.confirm_edit.setVisible(mode in ("set", "change"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setDefault(True)   # Enter is OK, and a screen reader says so
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self._tick)
        (self.old_edit if mode == "change" else self.pin_edit).setFocus()
        self._tick()

    def _pin_edit(self, name: str, label: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(label)
        edit.setEchoMode(QLineEdit.Password)
        edit.setMaxLength(teacher.MAX_LENGTH)
        return edit

    def _say(self, text: str) -> None:
        """Show a message under the fields."""
        self.message.setText(text)
        self.message.show()

    @property
    def ok_button(self):
        """The OK button (disabled while a wait runs)."""
        return self.buttons.button(QDialogButtonBox.Ok)

    def _tick(self) -> None:
        """Show the remaining wait and keep OK disabled until it runs out."""
        if self.mode == "set":
            return
        wait = teacher.wait_seconds(self.state.db, now=self.clock())
        if wait > 0:
            self._say(self.tr("⚠ Wrong PIN. Try again in %d s.") % math.ceil(wait))
            self.ok_button.setEnabled(False)
            if not self.timer.isActive():
                self.timer.start()
                announce(self.message, self.message.text().lstrip("⚠ "), assertive=True)   # once, not every tick
        else:
            if self.timer.isActive():
                self.timer.stop()
                self._say(self.tr("You may try again."))
            self.ok_button.setEnabled(True)

    def _fail(self, text: str) -> None:
        self._say("⚠ " + text)
        announce(self.message, text, assertive=True)

    def try_accept(self) -> None:
        """Check what was typed; accept the dialog only when it is right."""
        pin = self.pin_edit.text()
        if self.mode in ("set", "change") and pin != self.confirm_edit.text():
            self._fail(self.tr("The two new PINs differ. Type the same PIN twice."))
            return
        try:
            if self.mode == "set":
                self.state.run(teacher.set_pin, origin=self, pin=pin)
            elif self.mode == "change":
                self.state.run(teacher.change_pin, origin=self, old=self.old_edit.text(), new=pin, now=self.clock())
            else:
                result = self.state.run(teacher.verify_pin, origin=self, pin=pin, now=self.clock()).value
                if not result.ok:
                    self.pin_edit.clear()
                    self._tick()
                    return
        except ValidationError as exc:
            self._fail(sentence(exc))
            return
        except teacher.PinRefusedError:
            self.old_edit.clear()
            self._tick()
            return
        except TrilemmaError as exc:
            self._fail(sentence(exc))
            return
        self.accept()
