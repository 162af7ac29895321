"""The year box takes a year typed the local way (2024年, 2024년, 2024 г., full-width digits)."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.quiz.text_input import NO_YEAR, TextAnswerInput


@pytest.mark.parametrize("typed", ["2017", "2017年", "2017년", "2017 г.", "２０１７"])
def test_a_year_typed_in_a_local_form_is_the_answer(qtbot, typed):
    box = TextAnswerInput({"type": "numeric_year"})
    qtbot.addWidget(box)
    box.editor.lineEdit().selectAll()
    for char in typed:  # as an input method delivers them (QTest types only ASCII)
        QApplication.sendEvent(box.editor, QKeyEvent(QEvent.KeyPress, Qt.Key_unknown, Qt.NoModifier, char))
    qtbot.keyClick(box.editor, Qt.Key_Return)
    assert box.answer() == 2017


def test_letters_are_refused(qtbot):
    box = TextAnswerInput({"type": "numeric_year"})
    qtbot.addWidget(box)
    qtbot.keyClicks(box.editor, "abc")
    assert box.answer() is None and box.editor.value() == NO_YEAR
