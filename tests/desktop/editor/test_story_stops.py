"""The editor's stories: add, reorder (keys and buttons) and delete a stop with undo; references chosen by title."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from db.content import get_item
from desktop.editor.editor_widget import EditorWidget
from desktop.shell.app import create_window


@pytest.fixture
def editor(qtbot, min_db_path, monkeypatch):
    monkeypatch.setattr(EditorWidget, "ask_discard", lambda self: pytest.fail("unexpected 'discard changes?' prompt"))
    window = create_window(min_db_path)
    qtbot.addWidget(window)
    window.show()
    window.state.set_teacher_mode(True)
    editor = window.findChild(QWidget, "editor").body
    editor.items.set_kind("story")
    assert editor.items.select("st-test")
    return editor


def _ids(stops):
    return [s["id"] for s in stops.get()]


def test_adding_moving_and_deleting_a_stop_are_undoable_steps(qtbot, editor):
    stops = editor.form.fields["stops"]
    assert _ids(stops) == ["the-treaty", "the-low-point", "the-visit"]
    stops.list.setCurrentRow(0)
    stops.list.setFocus()
    qtbot.keyClick(stops.list, Qt.Key_Down, Qt.AltModifier)           # Alt+Down moves it
    assert _ids(stops) == ["the-low-point", "the-treaty", "the-visit"]
    qtbot.mouseClick(stops.add_button, Qt.LeftButton)
    assert len(stops.get()) == 4 and stops.current == 2
    stops.inputs["id"].setText("new-stop")
    stops.inputs["title"].setText("A new stop")
    stops.inputs["text"].setPlainText("Words.")
    assert _ids(stops)[2] == "new-stop"
    stops.list.setCurrentRow(0)
    qtbot.mouseClick(stops.delete_button, Qt.LeftButton)
    assert _ids(stops) == ["the-treaty", "new-stop", "the-visit"]
    editor.undo_stack.undo()                                          # the delete
    assert _ids(stops) == ["the-low-point", "the-treaty", "new-stop", "the-visit"]
    editor.undo_stack.undo()                                          # the add
    assert _ids(stops) == ["the-low-point", "the-treaty", "the-visit"]
    editor.undo_stack.undo()                                          # the move
    assert _ids(stops) == ["the-treaty", "the-low-point", "the-visit"]
    editor.undo_stack.redo()
    assert _ids(stops) == ["the-low-point", "the-treaty", "the-visit"]
    assert editor.save()
    assert [s["id"] for s in get_item(editor.state.db, "story", "st-test")["stops"]] == \
        ["the-low-point", "the-treaty", "the-visit"]
    editor.undo_stack.undo()                                          # the save, in the database
    assert [s["id"] for s in get_item(editor.state.db, "story", "st-test")["stops"]] == \
        ["the-treaty", "the-low-point", "the-visit"]


def test_a_stop_reference_is_checked_as_it_is_chosen(qtbot, editor):
    stops = editor.form.fields["stops"]
    stops.list.setCurrentRow(2)
    stops.pickers["events"].set(["no-such-event"])   # an id kept in a story whose event was deleted
    message = editor.form.problem_text("stops")
    assert "Stop 3, Events: There is no event “no-such-event” (any more)" in message, message
    assert "no-such-event (no such item any more)" in stops.inputs["events"].text()
    stops.pickers["events"].set(["putin-visit-2024"])
    assert editor.form.problem_text("stops") == ""
    assert stops.inputs["events"].text() == "Putin visits Pyongyang"
    assert editor.undo_stack.count() == 0   # an edit is part of the form, not a step of its own


def test_dragging_a_stop_reorders_it(qtbot, editor):
    stops = editor.form.fields["stops"]
    view = stops.list
    model = view.model()
    model.moveRow(model.index(0, 0).parent(), 2, model.index(0, 0).parent(), 0)   # what a drop does
    assert _ids(stops) == ["the-visit", "the-treaty", "the-low-point"]
    editor.undo_stack.undo()
    assert _ids(stops) == ["the-treaty", "the-low-point", "the-visit"]
