"""The editor's pickers: references chosen by title from a filtered list, by keyboard alone, undoable."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from db.content import get_item, save_item
from desktop.editor.editor_widget import EditorWidget
from desktop.shell.app import create_window


@pytest.fixture
def editor(qtbot, min_db_path, monkeypatch):
    monkeypatch.setattr(EditorWidget, "ask_discard", lambda self: pytest.fail("unexpected 'discard changes?' prompt"))
    window = create_window(min_db_path)
    qtbot.addWidget(window)
    window.state.set_teacher_mode(True)
    return window.findChild(QWidget, "editor").body


def _open(editor, kind, slug):
    editor.items.set_kind(kind)
    assert editor.items.select(slug), slug
    return editor.form


def _picker(qtbot, field, key=Qt.Key_F4, modifier=Qt.NoModifier):
    """Open a field's picker from the keyboard and return the dialog."""
    qtbot.keyClick(field.widget, key, modifier)
    dialog = field.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _tick(qtbot, dialog, text):
    """Type to filter, go down into the list, toggle the best match with Space."""
    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, text)
    qtbot.keyClick(dialog.filter, Qt.Key_Down)
    qtbot.keyClick(dialog.view, Qt.Key_Space)


def test_actors_are_chosen_and_unchosen_by_keyboard_and_escape_changes_nothing(qtbot, editor):
    form = _open(editor, "event", "low-point-2017")
    actors = form.fields["actors"]
    before = actors.get()
    dialog = _picker(qtbot, actors)
    qtbot.keyClicks(dialog.filter, "russ")
    assert dialog.shown_ids() == ["russia"], "the filter matches titles and ids"
    qtbot.keyClick(dialog.filter, Qt.Key_Down)
    qtbot.keyClick(dialog.view, Qt.Key_Space)
    qtbot.keyClick(dialog.view, Qt.Key_Return)
    assert actors.get() == [*before, "russia"]
    assert "Russia" in actors.widget.text() and editor.is_dirty()

    dialog = _picker(qtbot, actors, Qt.Key_Down, Qt.AltModifier)
    _tick(qtbot, dialog, before[0])
    qtbot.keyClick(dialog.view, Qt.Key_Enter)
    assert actors.get() == [*before[1:], "russia"]

    dialog = _picker(qtbot, actors, Qt.Key_Return)
    _tick(qtbot, dialog, "russia")
    qtbot.keyClick(dialog.view, Qt.Key_Escape)
    assert actors.get() == [*before[1:], "russia"], "Esc keeps what was chosen before"


def test_typing_in_the_list_filters_and_backspace_takes_it_back(qtbot, editor):
    form = _open(editor, "event", "low-point-2017")
    dialog = _picker(qtbot, form.fields["actors"])
    qtbot.keyClick(dialog.filter, Qt.Key_Down)
    qtbot.keyClicks(dialog.view, "kor")
    assert dialog.filter.text() == "kor" and dialog.shown_ids() == ["north-korea"]
    qtbot.keyClick(dialog.view, Qt.Key_Backspace)
    assert dialog.filter.text() == "ko"
    dialog.reject()


def test_module_questions_are_reordered_by_keyboard_and_undo_restores_the_order(qtbot, editor):
    form = _open(editor, "module", "m-basics")
    field = form.fields["questions"]
    saved = field.get()
    dialog = _picker(qtbot, field)
    _tick(qtbot, dialog, "q-who-visited")
    assert dialog.result_value()[-1] == ("q-who-visited", "")
    for _ in saved:
        qtbot.keyClick(dialog.view, Qt.Key_Up, Qt.AltModifier)
    qtbot.keyClick(dialog.view, Qt.Key_Return)
    assert field.get() == ["q-who-visited", *saved]
    assert editor.save()
    assert get_item(editor.state.db, "module", "m-basics")["questions"] == ["q-who-visited", *saved]
    editor.undo_stack.undo()
    assert get_item(editor.state.db, "module", "m-basics")["questions"] == saved
    assert editor.form.fields["questions"].get() == saved, "the form shows the undone order"


def test_a_source_keeps_where_in_it_when_chosen(qtbot, editor):
    form = _open(editor, "claim", "c01-putin-visit")
    sources = form.fields["sources"]
    dialog = _picker(qtbot, sources)
    qtbot.keyClicks(dialog.filter, sources.get()[0]["source"])
    qtbot.keyClick(dialog.filter, Qt.Key_Down)
    qtbot.keyClick(dialog.view, Qt.Key_Tab)  # on to the locator of the current source
    dialog.locator.setFocus()
    dialog.locator.selectAll()
    qtbot.keyClicks(dialog.locator, "¶12")
    qtbot.keyClick(dialog.locator, Qt.Key_Return)
    assert sources.get()[0]["locator"] == "¶12"
    assert "(¶12)" in sources.widget.text()


def test_a_questions_modules_are_edited_from_its_form_as_one_undo_step(qtbot, editor):
    db = editor.state.db
    save_item(db, kind="module", item={"id": "m-later", "title": "Later years", "questions": ["q-low-year"]})
    form = _open(editor, "question", "q-who-visited")
    modules = form.fields["modules"]
    start = modules.get()
    assert "m-basics" not in start and "m-later" not in start
    dialog = _picker(qtbot, modules)
    _tick(qtbot, dialog, "Basics")
    _tick(qtbot, dialog, "m-later")
    qtbot.keyClick(dialog.view, Qt.Key_Return)
    assert editor.is_dirty() and editor.has_unsaved_work()
    assert editor.save()
    assert get_item(db, "module", "m-basics")["questions"][-1] == "q-who-visited"
    assert get_item(db, "module", "m-later")["questions"] == ["q-low-year", "q-who-visited"]
    assert sorted(editor.form.fields["modules"].get()) == sorted([*start, "m-basics", "m-later"])
    assert not editor.is_dirty()

    editor.undo_stack.undo()  # one step takes the question out of both modules again
    assert "q-who-visited" not in get_item(db, "module", "m-basics")["questions"]
    assert get_item(db, "module", "m-later")["questions"] == ["q-low-year"]
    assert editor.form.fields["modules"].get() == start

    editor.undo_stack.redo()
    form = _open(editor, "question", "q-who-visited")
    dialog = _picker(qtbot, form.fields["modules"])
    _tick(qtbot, dialog, "m-later")
    qtbot.keyClick(dialog.view, Qt.Key_Return)
    assert editor.save()
    assert get_item(db, "module", "m-later")["questions"] == ["q-low-year"], "unticking leaves the module"
    assert "q-who-visited" in get_item(db, "module", "m-basics")["questions"]


def test_pickers_have_accessible_names_and_follow_the_text_size(qtbot, editor):
    from desktop.appearance.text_size import apply_scale

    form = _open(editor, "event", "low-point-2017")
    actors = form.fields["actors"]
    assert actors.widget.accessibleName()
    dialog = _picker(qtbot, actors)
    for widget in (dialog.filter, dialog.view):
        assert widget.accessibleName()
    size = dialog.view.font().pointSizeF()
    dialog.reject()
    apply_scale(150)
    try:
        dialog = _picker(qtbot, actors)
        assert dialog.view.font().pointSizeF() > size
        dialog.reject()
    finally:
        apply_scale(100)
