"""Unsaved editor work: a language or theme switch keeps it and its undo history; closing the window asks first."""

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from db.content import get_item
from desktop.appearance import theme
from desktop.editor.editor_widget import EditorWidget
from desktop.shell.app import create_window


@pytest.fixture
def win(qtbot, min_db_path, monkeypatch):
    monkeypatch.setattr(EditorWidget, "ask_discard", lambda self: pytest.fail("unexpected 'discard changes?' prompt"))
    window = create_window(min_db_path)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.state.set_teacher_mode(True)
    return window


def _editing(win):
    """The editor with one saved step on its undo stack and an era's name changed but not saved."""
    editor = win.findChild(QWidget, "editor").body
    editor.items.set_kind("era")
    assert editor.items.select("low-point")
    editor.form.fields["name"].set("Cold years")
    assert editor.save()
    editor.form.fields["summary"].set("Typed, not saved yet.")
    assert editor.has_unsaved_work() and editor.undo_stack.count() == 1
    return editor


def test_a_language_switch_keeps_unsaved_work_and_the_undo_history(win, restore_appearance):
    editor = _editing(win)
    assert win.appearance.set_language("ru") is win
    QApplication.processEvents()
    assert win.findChild(QWidget, "editor").body is editor, "the editor was rebuilt"
    assert editor.form.item()["summary"] == "Typed, not saved yet." and editor.has_unsaved_work()
    assert editor.undo_stack.count() == 1 and editor.undo_stack.canUndo()
    # ... and the editor speaks Russian: the form's labels, the actions, the tab.
    name = QCoreApplication.translate("", "Name")
    assert name != "Name" and editor.form.rows["name"][0].text() == name + ":"
    assert editor.save_action.text() == QCoreApplication.translate("", "Save") != "Save"
    assert editor.undo_action.text().startswith(QCoreApplication.translate("", "Undo"))
    assert win.tabs.tabText(win.tabs.indexOf(win.places["editor"])) != "E&ditor"
    editor.undo_stack.undo()
    assert get_item(win.state.db, "era", "low-point")["name"] == "The low point"


def test_a_theme_switch_keeps_unsaved_work_and_the_undo_history(win, restore_appearance):
    editor = _editing(win)
    assert win.appearance.set_theme("dark") is win
    assert theme.current_theme().name == "dark"
    assert win.findChild(QWidget, "editor").body is editor
    assert editor.form.item()["summary"] == "Typed, not saved yet." and editor.undo_stack.count() == 1


@pytest.mark.parametrize(("answer", "closed", "saved"), [("save", True, True), ("discard", True, False),
                                                         ("cancel", False, False)])
def test_closing_over_unsaved_work_asks_save_discard_or_cancel(win, monkeypatch, answer, closed, saved):
    _editing(win)
    asked = []
    monkeypatch.setattr(EditorWidget, "ask_on_close", lambda self: asked.append(1) or answer)
    assert win.close() is closed
    assert asked == [1]
    assert win.isVisible() is not closed
    stored = get_item(win.state.db, "era", "low-point").get("summary")
    assert (stored == "Typed, not saved yet.") is saved


def test_closing_with_nothing_unsaved_does_not_ask(win, monkeypatch):
    monkeypatch.setattr(EditorWidget, "ask_on_close", lambda self: pytest.fail("asked with nothing unsaved"))
    assert win.close()


def test_a_refused_save_keeps_the_window_open(win, monkeypatch):
    """Save chosen, but the form has a problem: the window stays, and the problem shows under its field."""
    editor = _editing(win)
    editor.form.fields["start"].set("2023-13")
    monkeypatch.setattr(EditorWidget, "ask_on_close", lambda self: "save")
    assert not win.close() and win.isVisible()
    assert "13" in editor.form.problem_text("start")
