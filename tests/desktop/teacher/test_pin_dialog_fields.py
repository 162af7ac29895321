"""The PIN dialog shows only the fields its mode needs, hides what is typed, and OK is the default button."""

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLineEdit

from db import teacher
from desktop.appearance import announce
from desktop.state import AppState
from desktop.teacher.pin_dialog import PinDialog

FIELDS = {"set": ["pinEdit", "pinConfirm"], "enter": ["pinEdit"], "change": ["pinOld", "pinEdit", "pinConfirm"]}


@pytest.mark.parametrize("mode", ["set", "enter", "change"])
def test_only_the_modes_fields_are_shown(qtbot, min_db, mode):
    dialog = PinDialog(AppState(min_db), mode)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = [e.objectName() for e in dialog.findChildren(QLineEdit) if e.isVisible()]
    assert sorted(shown) == sorted(FIELDS[mode])
    assert all(e.echoMode() == QLineEdit.Password for e in dialog.findChildren(QLineEdit))
    assert dialog.ok_button.isDefault()
    assert all(e.accessibleName() for e in dialog.findChildren(QLineEdit) if e.isVisible())
    dialog.pin_edit.setText("2468")
    spoken = QAccessible.queryAccessibleInterface(dialog.pin_edit)
    assert "2468" not in spoken.text(QAccessible.Text.Value) and "2468" not in spoken.textInterface().text(0, 4)


def test_a_refusal_is_announced(qtbot, min_db):
    state = AppState(min_db)
    teacher.set_pin(min_db, pin="2468")
    dialog = PinDialog(state, "enter", clock=lambda: 1000.0)
    qtbot.addWidget(dialog)
    dialog.pin_edit.setText("1111")
    dialog.try_accept()
    assert announce.recent[-1].startswith("Wrong PIN. Try again in")


@pytest.mark.parametrize("mode", ["set", "enter", "change"])
def test_no_empty_box_or_gap_until_there_is_something_to_say(qtbot, min_db, mode):
    """Every widget shown holds something (no empty message line above the buttons); a refusal shows its sentence."""
    from PySide6.QtWidgets import QLabel

    if mode != "set":
        teacher.set_pin(min_db, pin="2468")
    dialog = PinDialog(AppState(min_db), mode)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert not [label for label in dialog.findChildren(QLabel) if label.isVisible() and not label.text()]
    dialog.pin_edit.setText("12")
    dialog.try_accept()
    assert dialog.message.isVisible() and dialog.message.text().startswith("⚠ ")
