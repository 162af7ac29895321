"""A student walks the fixture story by keyboard: at every stop the timeline shows the stop's events and the map
the stop's date; the story resumes at the same stop after a restart; a check answer is stored as an attempt."""

from __future__ import annotations

from PySide6.QtCore import Qt

from db import learning
from db.connection import open_database
from db.dates import PartialDate
from db.queries.stories import story
from desktop.shell.app import create_window


def open_story(qtbot, path, student: int | None = None):
    win = create_window(path)
    qtbot.addWidget(win)
    if student is not None:
        win.state.set_student(student)
    with qtbot.waitExposed(win):
        win.show()
    qtbot.keyClick(win, Qt.Key_4, Qt.ControlModifier)   # View ▸ The story
    return win, win.story.panel


def shows_stop(win, stop: dict) -> None:
    """The timeline's view holds every event of the stop, on the highlight; the map is at the stop's month."""
    timeline = win.timeline_widget
    lo, hi = timeline.view()
    data = timeline.model.data
    for slug in stop["events"]:
        i = data.index_of[slug]
        assert lo <= float(data.x0[i]) and float(data.x1[i]) <= hi, (slug, lo, hi)
    assert set(timeline.highlighted_events()) == set(stop["events"])
    day = PartialDate.parse(stop["map_date"]).first_day()
    assert (win.relations_widget.day.year, win.relations_widget.day.month) == (day.year, day.month)


def test_walking_the_story_by_keyboard_drives_timeline_and_map(qtbot, min_db_path):
    win, panel = open_story(qtbot, min_db_path)
    assert win.places["story"].isVisible() and not win.places["eventDetails"].isVisible()
    stops = story(win.state.db, "st-test")["stops"]
    seen = []
    for n, stop in enumerate(stops):
        assert panel.current_stop()["id"] == stop["id"]
        assert panel.stop_view.title.text() == stop["title"]
        shows_stop(win, stop)
        seen.append(stop["id"])
        if n + 1 < len(stops):
            qtbot.keyClick(panel.focusWidget() or panel, Qt.Key_PageDown)
    assert seen == [s["id"] for s in stops]
    qtbot.keyClick(panel, Qt.Key_PageDown)      # at the end it stays
    assert panel.current_stop()["id"] == stops[-1]["id"]
    qtbot.keyClick(panel, Qt.Key_PageUp)
    assert panel.current_stop()["id"] == stops[-2]["id"]
    # The comparison stop shows the relations' Compare tab.
    assert win.relations_widget.tabs.currentWidget() is win.relations_widget.compare_page


def test_mouse_and_contents_move_between_stops(qtbot, min_db_path):
    win, panel = open_story(qtbot, min_db_path)
    qtbot.mouseClick(panel.next_button, Qt.LeftButton)
    assert panel.index == 1
    item = panel.items[2]
    panel.contents.setCurrentItem(item)
    qtbot.keyClick(panel.contents, Qt.Key_Return)
    assert panel.index == 2
    assert [panel.contents.topLevelItem(i).text(0) for i in range(panel.contents.topLevelItemCount())] == \
        ["Allies", "Moscow"]
    assert not panel.next_button.isEnabled()


def test_explore_from_here_leaves_the_view_as_it_stands(qtbot, min_db_path):
    win, panel = open_story(qtbot, min_db_path)
    panel.go(2)
    view = win.timeline_widget.view()
    qtbot.mouseClick(panel.explore_button, Qt.LeftButton)
    assert not win.places["story"].isVisible() and win.places["eventDetails"].isVisible()
    assert win.timeline_widget.view() == view
    assert win.timeline_widget.highlighted_events() == []


def test_the_story_resumes_at_the_same_stop_after_a_restart(qtbot, min_db_path):
    sid = _student(min_db_path)
    win, panel = open_story(qtbot, min_db_path, student=sid)
    qtbot.keyClick(panel, Qt.Key_PageDown)
    qtbot.keyClick(panel, Qt.Key_PageDown)
    assert panel.current_stop()["id"] == "the-visit"
    win.close()
    win2, panel2 = open_story(qtbot, min_db_path, student=sid)
    assert panel2.current_stop()["id"] == "the-visit"
    shows_stop(win2, panel2.current_stop())


def test_a_check_answer_is_stored_as_an_attempt(qtbot, min_db_path):
    sid = _student(min_db_path)
    win, panel = open_story(qtbot, min_db_path, student=sid)
    panel.go(2)
    check = panel.check
    assert check.isVisible() and check.question["id"] == "q-visit-rare"
    check.view.setFocus()
    qtbot.keyClick(check.view, Qt.Key_1)          # True
    qtbot.keyClick(check.view, Qt.Key_Return)
    assert check.feedback.isVisible()
    rows = win.state.db.execute("SELECT q.slug, a.correct, a.session_id FROM attempts a JOIN questions q "
                                "ON q.id = a.question_id WHERE a.student_id = ?", [sid]).fetchall()
    assert rows == [("q-visit-rare", 1, None)]


def _student(path) -> int:
    db = open_database(path)
    try:
        return next(iter(learning.create_student(db, name="Ana")["students"]))
    finally:
        db.close()


def test_view_story_opens_from_the_command_line_name(qtbot, min_db_path):
    win = create_window(min_db_path)
    qtbot.addWidget(win)
    win.show()
    win.show_view("story")
    assert win.findChild(type(win.places["story"]), "story").isVisible()


def test_language_and_text_size_apply_to_the_story_in_place(qtbot, min_db_path, restore_appearance):
    win, panel = open_story(qtbot, min_db_path)
    panel.go(1)
    size = panel.stop_view.title.font().pointSizeF()
    qtbot.keyClick(win, Qt.Key_Equal, Qt.ControlModifier)          # Ctrl+= larger text
    assert panel.stop_view.title.font().pointSizeF() > size
    win.appearance.set_language("ru")
    assert panel.next_button.text() == "&Следующая остановка"
    assert panel.stop_view.where.text().startswith("Остановка 2 из 3")
    assert panel.current_stop()["id"] == "the-low-point"            # nothing rebuilt: the same stop
