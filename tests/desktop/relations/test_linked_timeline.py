"""In the real window: the relationship map and the timeline's cursor move together, and a country focuses its lane."""

import pytest
from PySide6.QtCore import Qt

from db.dates import PartialDate


@pytest.fixture
def win(qtbot, full_db_path):
    """The main window on the real content, shown at the relations view."""
    from desktop.shell.app import create_window

    window = create_window(full_db_path)
    qtbot.addWidget(window)
    window.relations_widget.graph.animation_ms = 0
    window.show_view("relations")
    with qtbot.waitExposed(window):
        window.show()
    return window


def test_moving_the_timeline_cursor_moves_the_map(win):
    win.timeline_widget.cursor.setValue(PartialDate(2018, 7).start_value())  # as a drag would
    panel = win.relations_widget
    assert panel.date_control.field.text() == "2018-07"
    assert "cn-kp-summit-thaw" in panel.graph.shown and "cn-kp-low-point" not in panel.graph.shown


def test_moving_the_map_slider_moves_the_timeline_cursor(win, qtbot):
    panel = win.relations_widget
    panel.date_control.slider.setFocus()
    panel.date_control.slider.setValue((2017 - 1950) * 12 + 5)
    qtbot.keyClick(panel.date_control.slider, Qt.Key_PageUp)  # one year on, from the keyboard
    assert win.timeline_widget.cursor.value() == pytest.approx(PartialDate(2018, 6).start_value())
    assert win.state.current_date == pytest.approx(PartialDate(2018, 6).start_value())


def test_clicking_a_country_shows_only_its_lane_on_the_timeline(win):
    win.relations_widget.graph.activate("node:russia")
    hidden = win.timeline_widget.model.hidden_actors
    assert "russia" not in hidden and {"china", "north-korea"} <= set(hidden)
