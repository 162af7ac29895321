"""The editor's pickers: references chosen by title from a filtered list, by keyboard alone, undoable."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
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


# ------------------------------------------------------------ one item: a relation's actors and events, a stop's


def test_actor_a_is_chosen_by_keyboard_saved_and_undone(qtbot, editor):
    db = editor.state.db
    form = _open(editor, "relation", "cn-kp-alliance")
    actor_a = form.fields["a"]
    assert actor_a.widget.text() == "China" and actor_a.widget.accessibleName() == "Actor A"
    dialog = _picker(qtbot, actor_a)
    assert dialog.windowTitle() == "Choose: Actor A"
    assert dialog.shown_ids()[0] == "china", "the chosen one comes first"
    qtbot.keyClicks(dialog.filter, "Russ")
    qtbot.keyClick(dialog.filter, Qt.Key_Return)
    assert actor_a.get() == "russia" and actor_a.widget.text() == "Russia"
    assert editor.is_dirty() and editor.undo_stack.count() == 0, "a choice is an edit of the form, as typing is"
    assert editor.save()
    assert get_item(db, "relation", "cn-kp-alliance")["a"] == "russia"
    window = editor.window()
    with qtbot.waitExposed(window):
        window.show()
    field = editor.form.fields["a"].widget
    field.setFocus()
    window.activateWindow()
    qtbot.waitUntil(field.hasFocus)
    QTest.keySequence(field, "Ctrl+Z")   # the save is one step, undone from the picker as from any field
    assert get_item(db, "relation", "cn-kp-alliance")["a"] == "china"
    assert editor.form.fields["a"].widget.text() == "China"


def test_a_single_picker_filters_by_title_and_escape_or_no_match_keeps_the_choice(qtbot, editor):
    form = _open(editor, "relation", "cn-kp-alliance")
    opened = form.fields["opened_by"]
    dialog = _picker(qtbot, opened, Qt.Key_Down, Qt.AltModifier)
    qtbot.keyClicks(dialog.filter, "pyongyang")   # a word of the title only, not of the id
    assert dialog.shown_ids() == ["putin-visit-2024"]
    qtbot.keyClick(dialog.filter, Qt.Key_Escape)
    assert opened.get() == "treaty-1961", "Esc keeps what was chosen"

    dialog = _picker(qtbot, opened, Qt.Key_Return)
    qtbot.keyClicks(dialog.filter, "nothing-like-this")
    assert dialog.shown_ids() == []
    qtbot.keyClick(dialog.filter, Qt.Key_Return)
    assert dialog.isVisible() and opened.get() == "treaty-1961", "Enter on no match neither closes nor clears"
    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "low")
    qtbot.keyClick(dialog.filter, Qt.Key_Down)
    qtbot.keyClick(dialog.view, Qt.Key_Enter)
    assert opened.get() == "low-point-2017" and opened.widget.text() == "Relations hit a low"


def test_opened_by_is_cleared_from_the_field_or_the_picker_and_saved_empty(qtbot, editor):
    db = editor.state.db
    form = _open(editor, "relation", "cn-kp-alliance")
    opened = form.fields["opened_by"]
    assert opened.clear_action.isVisible(), "the clear button shows while there is something to clear"
    opened.widget.setFocus()
    qtbot.keyClick(opened.widget, Qt.Key_Delete)
    assert opened.get() == "" and opened.widget.text() == "" and not opened.clear_action.isVisible()
    assert editor.save()
    assert "opened_by" not in get_item(db, "relation", "cn-kp-alliance")

    closed = editor.form.fields["closed_by"]
    closed.set("low-point-2017")
    dialog = _picker(qtbot, closed)
    dialog.none_button.click()   # "Choose none" (Alt+N)
    assert closed.get() == ""
    dialog = _picker(qtbot, editor.form.fields["a"])
    assert dialog.findChild(QWidget, "pickerNone") is None, "a relation's actor cannot be left empty"
    dialog.reject()
    qtbot.keyClick(editor.form.fields["a"].widget, Qt.Key_Delete)
    assert editor.form.fields["a"].get() == "china"


def test_an_id_no_item_has_is_shown_and_reported_as_a_sentence_under_its_field(qtbot, editor):
    form = _open(editor, "relation", "cn-kp-alliance")
    form.fields["b"].set("atlantis")   # as a relation whose actor was deleted elsewhere reads
    assert form.fields["b"].widget.text() == "atlantis (no such item any more)"
    assert form.problem_text("b") == "⚠ There is no actor “atlantis” (any more): press F4 to choose another."
    assert form.problem_text("a") == "", "the message is under the actor that is wrong"
    assert not editor.save()
    dialog = _picker(qtbot, form.fields["b"])
    assert dialog.shown_ids()[0] == "atlantis"
    qtbot.keyClicks(dialog.filter, "korea")
    qtbot.keyClick(dialog.filter, Qt.Key_Return)
    assert form.problem_text("b") == "" and editor.save()


def test_a_stops_references_are_chosen_and_cleared_by_keyboard(qtbot, editor):
    _open(editor, "story", "st-test")
    stops = editor.form.fields["stops"]
    stops.list.setCurrentRow(2)
    question = stops.pickers["question"]
    assert question.widget.text() == dict(question.choices())["q-visit-rare"]
    qtbot.keyClick(question.widget, Qt.Key_Delete)
    dialog = _picker(qtbot, stops.pickers["relations"])
    assert dialog.windowTitle() == "Choose: Stop: Relations"
    _tick(qtbot, dialog, "treaty allies")   # the relation's label
    qtbot.keyClick(dialog.view, Qt.Key_Return)
    dialog = _picker(qtbot, question)
    qtbot.keyClicks(dialog.filter, "q-low")
    qtbot.keyClick(dialog.filter, Qt.Key_Return)
    assert editor.save(), editor.form.problem_text("stops")
    stop = get_item(editor.state.db, "story", "st-test")["stops"][2]
    assert stop["question"] == "q-low-year" and stop["relations"] == ["cn-kp-alliance"]
    assert stop["events"] == ["putin-visit-2024"] and stop["sources"] == [{"source": "diplomat-2024", "locator": "¶8"}]
    stops.list.setCurrentRow(2)
    qtbot.keyClick(stops.pickers["question"].widget, Qt.Key_Backspace)
    assert editor.save()
    assert "question" not in get_item(editor.state.db, "story", "st-test")["stops"][2]
