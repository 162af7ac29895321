"""Long quiz options wrap to the pane's width instead of widening it (the story's check question at 1366×768)."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea

from desktop.quiz.choice_input import ChoiceInput

LONG = ("Russian help could embolden Pyongyang to take risks that draw China into a crisis it wants to avoid, "
        "on its own border, at a time of its own choosing")


def _question(kind: str) -> dict:
    return {"type": kind, "options": ["Short", LONG, "Another short one"], "correct": [1]}


def test_a_long_option_wraps_in_a_narrow_pane_without_a_horizontal_scroll_bar(qtbot):
    for kind in ("single_choice", "multiple_select"):
        choice = ChoiceInput(_question(kind))
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(choice)
        qtbot.addWidget(area)
        area.resize(320, 400)
        area.show()
        qtbot.waitExposed(area)
        long_button = choice.buttons[1]
        assert choice.minimumSizeHint().width() < 300, "the options no longer set a one-line minimum width"
        assert not area.horizontalScrollBar().isVisible()
        assert long_button.height() > 2 * long_button.fontMetrics().height(), "the long option takes several lines"
        assert long_button.width() <= area.viewport().width()
        assert LONG in long_button.text(), "the whole text is kept (and read by a screen reader)"


def test_a_wrapped_option_is_still_chosen_by_a_click_on_its_last_line(qtbot):
    from PySide6.QtCore import QPoint, Qt

    choice = ChoiceInput(_question("single_choice"))
    qtbot.addWidget(choice)
    choice.resize(260, 400)
    choice.show()
    qtbot.waitExposed(choice)
    button = choice.buttons[1]
    qtbot.mouseClick(button, Qt.LeftButton, pos=QPoint(button.width() // 2, button.height() - 4))
    assert button.isChecked() and choice.answer() == choice.order[1]


def test_wrapped_options_grow_taller_as_they_get_narrower(qtbot):
    choice = ChoiceInput(_question("single_choice"))
    qtbot.addWidget(choice)
    button = choice.buttons[1]
    assert button.hasHeightForWidth()
    assert button.heightForWidth(200) > button.heightForWidth(600) >= button.heightForWidth(2000)
