"""The relationship map for a screen-reader user (issue 20): each step is said once, Enter says what it opened."""

import pytest
from PySide6.QtCore import Qt, QUrl

from desktop.appearance import announce
from desktop.relations import RelationsPanel
from desktop.state import AppState


@pytest.fixture
def panel(qtbot, full_db):
    state = AppState(full_db)
    widget = RelationsPanel(state)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.activateWindow()
    state.set_date(2017.5)
    return widget


def test_each_step_is_announced_once(panel, qtbot):
    panel.graph.setFocus()
    qtbot.waitUntil(panel.graph.hasFocus)
    announce.recent.clear()   # it keeps the last 50: counting from its length fails once it is full
    qtbot.keyClick(panel.graph, Qt.Key_Right)
    assert list(announce.recent) == [panel.graph.describe(panel.graph.focus_key)]


def test_enter_on_a_country_says_what_opened_and_that_the_timeline_was_filtered(panel, qtbot):
    filtered = []
    panel.state.actor_focus_requested.connect(filtered.append)
    panel.graph.setFocus()
    qtbot.waitUntil(panel.graph.hasFocus)
    while not panel.graph.focus_key.startswith("node:"):
        qtbot.keyClick(panel.graph, Qt.Key_Right)
    qtbot.keyClick(panel.graph, Qt.Key_Return)
    slug = panel.graph.focus_key[5:]
    assert filtered == [slug]
    said = announce.recent[-1]
    assert panel.actors[slug]["name"] in said and "the timeline now shows only the lane" in said


def test_a_history_link_is_announced_when_reached_and_when_followed(panel, qtbot):
    panel.show_pair("china", "north-korea")
    browser = panel.history.browser
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus)
    qtbot.keyClick(browser, Qt.Key_Tab)   # inside a text browser, Tab moves to the next link
    qtbot.waitUntil(lambda: announce.recent[-1].startswith("Link: "))
    said = announce.recent[-1]
    assert said.endswith("opens this event in the details and selects it on the timeline")
    assert browser.textCursor().selectedText() in said
    browser.anchorClicked.emit(QUrl("pair:russia/ukraine"))
    assert announce.recent[-1] == "The history of Russia and Ukraine is shown beside the map."
