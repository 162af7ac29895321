"""The content editor: validation beside each field, undo/redo, views updating at once, students' answers kept."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from db.content import delete_item, get_item, list_items
from desktop.editor.editor_widget import EditorWidget
from desktop.shell.app import create_window


@pytest.fixture
def win(qtbot, min_db_path, monkeypatch):
    # A prompt nobody expects would block the test: fail instead.
    monkeypatch.setattr(EditorWidget, "ask_discard", lambda self: pytest.fail("unexpected 'discard changes?' prompt"))
    window = create_window(min_db_path)
    qtbot.addWidget(window)
    window.state.set_teacher_mode(True)
    return window


def _editor(win):
    place = win.findChild(QWidget, "editor")
    assert place is not None
    return place.body


def _p(form, name):
    """The message under a field, in lower case."""
    return form.problem_text(name).casefold()


def _open(editor, kind, slug):
    editor.items.set_kind(kind)
    assert editor.items.select(slug), slug
    assert editor.form.original["id"] == slug
    return editor.form


def test_event_form_shows_date_and_source_problems_beside_the_fields(win):
    editor = _editor(win)
    form = _open(editor, "event", "low-point-2017")
    form.fields["start"].set("2023-02-30")
    assert "not a real date" in _p(form, "start")
    assert "february 2023 has 28 days" in _p(form, "start")
    form.fields["start"].set("2023-13")
    assert "no month 13" in _p(form, "start")
    form.fields["start"].set("2019-05")
    form.fields["end"].set("2018")
    assert "before it starts" in _p(form, "end")
    assert _p(form, "start") == ""
    form.fields["sources"].set([])
    assert "no source" in _p(form, "sources")
    form.fields["actors"].set(["china", "atlantis"])
    assert "there is no actor “atlantis”" in _p(form, "actors")
    assert not editor.save(), "an invalid item must not be saved"
    assert get_item(win.state.db, "event", "low-point-2017")["start"] == "2017"


def test_question_form_flags_the_correct_answer(win):
    editor = _editor(win)
    form = _open(editor, "question", "q-who-visited")
    options = form.fields["options"]
    options.set_correct(0, True)  # now two correct answers in a single-choice question
    assert "one correct answer is expected" in _p(form, "options")
    options.set_correct(0, False)
    options.set_correct(1, False)
    assert "no correct answer" in _p(form, "options")
    form.set_item(dict(get_item(win.state.db, "question", "q-who-visited"), correct=[7]))
    editor._on_edited()
    assert "not among the options" in _p(form, "options")
    form.fields["sources"].set([])
    assert "no source" in _p(form, "sources")


def test_question_type_fields_show_only_for_their_type(win):
    editor = _editor(win)
    form = _open(editor, "question", "q-low-year")
    assert form.rows["options"][1].isHidden() and not form.rows["answer"][1].isHidden()
    form.fields["answer"].set("twenty")
    assert "must be a year" in _p(form, "answer")
    form.fields["type"].set("true_false")
    assert "true or false" in _p(form, "answer")
    form.fields["answer"].set("true")
    assert _p(form, "answer") == ""
    assert form.item()["answer"] is True and "tolerance" not in form.item()


@pytest.mark.parametrize("kind, slug, field, value, message", [
    ("era", "low-point", "end", "2015", "before it starts"),
    ("era", "low-point", "sources", [], "no source"),
    ("relation", "cn-kp-alliance", "b", "china", "two different actors"),
    ("relation", "cn-kp-alliance", "start", "1961-02-29", "not a real date"),
    ("claim", "c01-putin-visit", "sources", [], "no source"),
    ("claim", "c01-putin-visit", "events", ["nowhere"], "there is no event “nowhere”"),
    ("actor", "china", "color", "red", "colour like"),
    ("actor", "china", "name", "", "must not be empty"),
    ("source", "diplomat-2024", "published", "2024-02-30", "not a real date"),
    ("module", "m-basics", "questions", ["q-missing"], "there is no question “q-missing”"),
])
def test_every_form_shows_its_problems_beside_the_field(win, kind, slug, field, value, message):
    editor = _editor(win)
    form = _open(editor, kind, slug)
    form.fields[field].set(value)
    assert message in _p(form, field), (_p(form, field), form.general.text())
    assert not editor.save_action.isEnabled() or not editor.save()


def test_a_new_item_needs_a_free_id(win):
    editor = _editor(win)
    editor.items.set_kind("event")
    editor.new_item()
    form = editor.form
    form.fields["id"].set("treaty-1961")
    assert "already used" in _p(form, "id")
    form.fields["id"].set("Not A Slug")
    assert "not an identifier" in _p(form, "id")


def test_an_edit_shows_in_the_event_list_and_details_at_once(win):
    editor = _editor(win)
    win.state.select_event("low-point-2017")
    form = _open(editor, "event", "low-point-2017")
    form.fields["title"].set("Relations hit rock bottom")
    form.fields["summary"].set("Beijing backed new sanctions.")
    assert editor.save()
    win.timeline_widget.show_list(True)   # the timeline's list twin is made on first use
    table = win.findChild(QWidget, "eventTable")
    titles = [table.model().index(r, 1).data() for r in range(table.model().rowCount())]
    assert "Relations hit rock bottom" in titles
    text = win.details_widget.browser.toPlainText()
    assert "Relations hit rock bottom" in text and "Beijing backed new sanctions." in text
    assert "Relations hit rock bottom" in win.timeline_widget.model.data.titles


def test_undo_and_redo_across_several_edits(win):
    editor = _editor(win)
    db = win.state.db
    form = _open(editor, "event", "low-point-2017")
    for title in ("First title", "Second title", "Third title"):
        form.fields["title"].set(title)
        assert editor.save()
    form = _open(editor, "era", "low-point")
    form.fields["name"].set("The deep freeze")
    assert editor.save()
    assert editor.undo_stack.count() == 4
    editor.undo_action.trigger()
    assert get_item(db, "era", "low-point")["name"] == "The low point"
    assert editor.form.fields["name"].get() == "The low point", "the form shows the undone state"
    editor.undo_action.trigger()
    editor.undo_action.trigger()
    assert get_item(db, "event", "low-point-2017")["title"] == "First title"
    editor.undo_action.trigger()
    assert get_item(db, "event", "low-point-2017")["title"] == "Relations hit a low"
    assert not editor.undo_action.isEnabled()
    for _ in range(3):
        editor.redo_action.trigger()
    assert get_item(db, "event", "low-point-2017")["title"] == "Third title"
    editor.redo_action.trigger()
    assert get_item(db, "era", "low-point")["name"] == "The deep freeze"
    assert not editor.redo_action.isEnabled()


def test_new_item_undo_removes_it_and_delete_undo_restores_every_link(win):
    editor = _editor(win)
    db = win.state.db
    editor.items.set_kind("event")
    editor.new_item()
    item = {"id": "talks-2025", "title": "Talks", "start": "2025-03", "kind": "post-article", "importance": 2,
            "actors": ["china", "russia"], "themes": [], "summary": "They talked.",
            "sources": [{"source": "diplomat-2024"}]}
    editor.form.set_item(item, new=True)
    assert editor.save()
    assert "talks-2025" in editor.items.ids()
    assert editor.undo_stack.undoText() == "Add “Talks”"  # the item's title, not "event 'talks-2025'"
    editor.undo_action.trigger()
    assert "talks-2025" not in [e["id"] for e in list_items(db, "event")]
    assert "talks-2025" not in editor.items.ids()
    # An event an order question lists cannot go: the question would break.
    _open(editor, "event", "treaty-1961")
    assert not editor.delete()
    assert "q-order-three" in editor.status.text()
    win.state.run(delete_item, kind="question", slug="q-order-three")
    # Deleting an event unlinks its claim, relation and questions; undo puts the links back.
    before_claim = get_item(db, "claim", "c01-putin-visit")
    before_question = get_item(db, "question", "q-who-visited")
    _open(editor, "event", "treaty-1961")
    assert editor.delete()
    assert get_item(db, "relation", "cn-kp-alliance").get("opened_by") is None
    _open(editor, "event", "putin-visit-2024")
    title = get_item(db, "event", "putin-visit-2024")["title"]
    assert editor.delete()
    assert editor.status.text() == f"Deleted “{title}”. Undo with Ctrl+Z."
    assert get_item(db, "claim", "c01-putin-visit")["events"] == []
    editor.undo_action.trigger()
    editor.undo_action.trigger()
    assert "Not saved" not in editor.status.text(), editor.status.text()
    assert get_item(db, "claim", "c01-putin-visit") == before_claim
    assert get_item(db, "question", "q-who-visited") == before_question
    assert get_item(db, "relation", "cn-kp-alliance")["opened_by"] == "treaty-1961"


def test_shortcuts_undo_and_redo(win, qtbot):
    editor = _editor(win)
    form = _open(editor, "era", "low-point")
    form.fields["name"].set("Cold years")
    assert editor.save()
    with qtbot.waitExposed(win):
        win.show()
    editor.items.list.setFocus()
    qtbot.keyClick(editor.items.list, Qt.Key_Z, Qt.ControlModifier)
    assert get_item(win.state.db, "era", "low-point")["name"] == "The low point"
    qtbot.keyClick(editor.items.list, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert get_item(win.state.db, "era", "low-point")["name"] == "Cold years"


def test_search_filters_the_list(win):
    editor = _editor(win)
    editor.items.set_kind("event")
    editor.items.search.setText("putin")
    visible = [editor.items.list.item(r).data(Qt.UserRole) for r in range(editor.items.list.count())
               if not editor.items.list.item(r).isHidden()]
    assert visible == ["putin-visit-2024"]


def test_preview_is_the_quiz_view_and_follows_every_edit(win):
    from desktop.quiz.question_view import QuestionView

    editor = _editor(win)
    form = _open(editor, "question", "q-who-visited")
    form.fields["prompt"].set("Who went to Pyongyang?")
    view = editor.preview.view
    assert isinstance(view, QuestionView), "the preview is exactly the student's view"
    assert view.prompt.text() == "Who went to Pyongyang?"
    form.fields["options"].set_text(2, "Yoon Suk Yeol")
    texts = [b.text() for b in editor.preview.view.findChildren(QWidget) if hasattr(b, "text") and callable(b.text)]
    assert any("Yoon Suk Yeol" in t for t in texts)
    assert not editor.preview.isHidden()


def test_a_question_the_quiz_view_cannot_draw_still_gets_a_text_preview(win):
    editor = _editor(win)
    real = editor.preview.view_class

    def broken(question):
        raise ValueError("cannot draw")

    editor.preview.view_class = broken
    form = _open(editor, "question", "q-who-visited")
    form.fields["prompt"].set("Half typed")
    assert editor.preview.view is None
    assert not editor.preview.browser.isHidden()
    assert "Half typed" in editor.preview.browser.toPlainText()
    editor.preview.view_class = real
    form.fields["prompt"].set("Fully typed")
    assert editor.preview.view is not None and editor.preview.browser.isHidden()


def test_the_preview_shows_only_for_questions(win):
    editor = _editor(win)
    editor.items.set_kind("event")
    assert editor.preview.isHidden()


def test_unsaved_changes_are_not_lost_by_moving_away(win, monkeypatch):
    editor = _editor(win)
    form = _open(editor, "event", "low-point-2017")
    form.fields["title"].set("Half-finished title")
    asked = []
    monkeypatch.setattr(EditorWidget, "ask_discard", lambda self: asked.append(1) or False)  # keep editing
    editor.items.select("putin-visit-2024")
    assert editor.form.original["id"] == "low-point-2017" and editor.items.current_id() == "low-point-2017"
    assert form.fields["title"].get() == "Half-finished title"
    editor.items.set_kind("era")
    assert editor.items.kind == "event" and form.fields["title"].get() == "Half-finished title"
    editor.new_action.trigger()
    assert form.fields["title"].get() == "Half-finished title"
    win.teacher.leave_action.trigger()
    assert win.state.teacher_mode, "leaving teacher mode waits for the teacher's answer"
    assert len(asked) == 4
    monkeypatch.setattr(EditorWidget, "ask_discard", lambda self: True)  # discard
    editor.items.select("putin-visit-2024")
    assert editor.form.original["id"] == "putin-visit-2024"
    assert get_item(win.state.db, "event", "low-point-2017")["title"] == "Relations hit a low"


def test_a_saved_form_moves_on_without_asking(win):
    editor = _editor(win)
    form = _open(editor, "event", "low-point-2017")
    form.fields["title"].set("Saved title")
    assert editor.save()
    editor.items.select("putin-visit-2024")
    assert editor.form.original["id"] == "putin-visit-2024"
    editor.items.set_kind("claim")
    assert editor.items.kind == "claim"


def test_a_relation_edit_shows_in_the_relations_panel_at_once(win):
    from desktop.relations.table_model import COL_LABEL

    win.state.set_date(2020.5)
    editor = _editor(win)
    form = _open(editor, "relation", "cn-kp-alliance")
    form.fields["label"].set("Allies on paper")
    assert editor.save()
    model = win.relations_widget.table_model
    labels = [model.index(r, COL_LABEL).data() for r in range(model.rowCount())]
    assert any("Allies on paper" in (label or "") for label in labels), labels
    editor.undo_action.trigger()
    labels = [model.index(r, COL_LABEL).data() for r in range(model.rowCount())]
    assert not any("Allies on paper" in (label or "") for label in labels)


def test_a_module_edit_shows_in_the_quiz_without_a_restart(win, qtbot):
    from db import learning

    student = next(iter(win.state.run(learning.create_student, name="Ana")["students"]))
    win.state.set_student(student)
    with qtbot.waitExposed(win):
        win.show()
    editor = _editor(win)
    form = _open(editor, "module", "m-basics")
    form.fields["title"].set("Basics, renamed")
    assert editor.save()
    win.show_view("quiz")
    modules = win.findChild(QWidget, "moduleList")
    texts = [modules.item(r).data(Qt.AccessibleTextRole) for r in range(modules.count())]
    assert any(t.startswith("Basics, renamed") for t in texts), texts


def test_single_and_list_references_show_titles_with_the_ids_in_tooltip_and_description(win):
    editor = _editor(win)
    form = _open(editor, "relation", "cn-kp-alliance")
    opened = form.fields["opened_by"].widget
    assert opened.text() == "Sino-North Korean treaty" and form.fields["a"].widget.text() == "China"
    assert "treaty-1961" in opened.ids_tip and "treaty-1961" in opened.accessibleDescription()
    assert "treaty-1961" not in opened.text()
    events = _open(editor, "event", "low-point-2017")
    shown = events.fields["actors"].widget
    assert shown.text() == "China; North Korea"  # the fixture's actors of this event, by name
    assert "china" in shown.ids_tip and "china" not in shown.text()


def test_a_date_edit_moves_the_event_on_the_timeline_and_undo_moves_it_back(win):
    editor = _editor(win)
    data = lambda: win.timeline_widget.model.data  # noqa: E731 - reread after every reload
    before = data().x0[data().index_of["low-point-2017"]]
    assert 2017 <= before < 2018
    form = _open(editor, "event", "low-point-2017")
    form.fields["start"].set("2019-06")
    assert editor.save()
    assert 2019.4 < data().x0[data().index_of["low-point-2017"]] < 2019.5
    form = _open(editor, "era", "low-point")
    form.fields["name"].set("The deep freeze")
    assert editor.save()
    assert any("The deep freeze" in str(era) for era in win.timeline_widget.eras)
    editor.undo_action.trigger()
    editor.undo_action.trigger()
    assert data().x0[data().index_of["low-point-2017"]] == before


def test_ctrl_z_with_the_cursor_in_a_field_undoes_the_editors_step(win, qtbot):
    """Typing in a field is undone first by the field itself; once it has nothing left, Ctrl+Z (and then
    Ctrl+Shift+Z) reach the editor's saved steps instead of doing nothing."""
    from PySide6.QtTest import QTest

    editor = _editor(win)
    db = win.state.db
    with qtbot.waitExposed(win):
        win.show()
    form = _open(editor, "event", "low-point-2017")
    form.fields["title"].set("A new title")
    assert editor.save()
    field = editor.form.fields["title"].widget
    field.setFocus()
    win.activateWindow()
    qtbot.waitUntil(field.hasFocus)
    QTest.keyClicks(field, "!")
    QTest.keySequence(field, "Ctrl+Z")          # the field's own typing first
    assert field.text() == "A new title" and get_item(db, "event", "low-point-2017")["title"] == "A new title"
    QTest.keySequence(field, "Ctrl+Z")          # then the saved step
    assert get_item(db, "event", "low-point-2017")["title"] == "Relations hit a low"
    field = editor.form.fields["title"].widget
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    QTest.keySequence(field, "Ctrl+Shift+Z")
    assert get_item(db, "event", "low-point-2017")["title"] == "A new title"


def test_a_saved_new_item_shows_as_saved_while_the_list_is_filtered(win):
    """Saved while the search hides it: it appears in the list, chosen, and the form is no longer 'new'."""
    editor = _editor(win)
    editor.items.set_kind("event")
    editor.items.search.setText("summit")          # a filter the new item does not match
    editor.new_item()
    item = {"id": "talks-2025", "title": "Talks", "start": "2025-03", "kind": "post-article", "importance": 2,
            "actors": ["china", "russia"], "themes": [], "summary": "They talked.",
            "sources": [{"source": "diplomat-2024"}]}
    editor.form.set_item(item, new=True)
    assert editor.save()
    entry = editor.items.list.currentItem()
    assert entry is not None and entry.data(Qt.UserRole) == "talks-2025" and not entry.isHidden()
    assert not editor.form.is_new and editor.form.original["id"] == "talks-2025"
    assert editor.form.fields["id"].widget.isReadOnly()


def test_a_save_lists_the_items_once_and_an_undo_lists_them_again(win, monkeypatch):
    """The change a save makes does not list every item a second time (a long list took that twice); an undo,
    which the editor does not list itself, still does."""
    editor = _editor(win)
    form = _open(editor, "event", "low-point-2017")
    reloads = []
    real = type(editor.items).reload
    monkeypatch.setattr(type(editor.items), "reload", lambda self, keep=None: (reloads.append(keep), real(self, keep)))
    form.fields["title"].set("Relations at a low")
    assert editor.save()
    assert reloads == ["low-point-2017"]
    editor.undo_stack.undo()
    assert len(reloads) == 2 and editor.items.current_id() == "low-point-2017"


def test_the_form_shows_teaching_findings_as_warnings_and_still_saves(win):
    editor = _editor(win)
    form = _open(editor, "claim", "c01-putin-visit")
    warnings = form.warnings
    assert warnings.isHidden(), "a confirmed claim without a note is fine"
    status = form.fields["status"].widget
    status.setCurrentIndex(status.findData("incorrect"))
    assert status.currentText() == "Incorrect" and "wrong" in status.itemData(status.currentIndex(), Qt.ToolTipRole)
    assert not warnings.isHidden() and warnings.accessibleName() == "Teaching review"
    assert "Note: status 'incorrect' without a note" in warnings.text()
    assert editor.save(), "a teaching finding advises; it does not block the save"
    form.fields["note"].set("Reports place the trip elsewhere.")
    assert warnings.isHidden()


def test_a_question_form_warns_when_the_prompt_holds_the_answer(win):
    editor = _editor(win)
    form = _open(editor, "question", "q-short-capital")
    form.fields["prompt"].set("Putin flew to Pyongyang. Which capital did he visit?")
    assert "contains its answer" in form.warnings.text() and not form.warnings.isHidden()
