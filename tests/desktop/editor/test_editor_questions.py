"""Editing questions in the editor: students' earlier answers survive; generated questions are reviewed first."""

import json

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from db import learning
from db.content import get_item, list_items
from desktop.editor.editor_widget import EditorWidget
from desktop.shell.app import create_window


@pytest.fixture
def win(qtbot, min_db_path, monkeypatch):
    monkeypatch.setattr(EditorWidget, "ask_discard", lambda self: pytest.fail("unexpected 'discard changes?' prompt"))
    window = create_window(min_db_path)
    qtbot.addWidget(window)
    window.state.set_teacher_mode(True)
    return window


def _editor(win):
    return win.findChild(QWidget, "editor").body


def _answer(db, name: str, module: str, slug: str, answer) -> int:
    student_id = next(iter(learning.create_student(db, name=name)["students"]))
    session_id = next(iter(learning.start_session(db, student_id=student_id, module=module)["sessions"]))
    learning.record_answer(db, student_id=student_id, session_id=session_id, question_slug=slug, answer=answer)
    return student_id


def _attempts(db, slug):
    return db.execute("SELECT a.id, a.question_version, a.question_snapshot, a.correct, q.slug FROM attempts a "
                      "JOIN questions q ON q.id = a.question_id WHERE q.slug = ?", [slug]).fetchall()


def test_editing_and_deleting_a_question_keeps_earlier_answers(win):
    db = win.state.db
    _answer(db, "Ana", "m-all-types", "q-who-visited", 1)
    before = _attempts(db, "q-who-visited")
    assert len(before) == 1 and before[0][1] == 1 and before[0][3] == 1
    editor = _editor(win)
    editor.items.set_kind("question")
    editor.items.select("q-who-visited")
    editor.form.fields["prompt"].set("Which leader visited Pyongyang in June 2024?")
    editor.form.fields["options"].set_text(2, "Yoon Suk Yeol")
    assert editor.save()
    after = _attempts(db, "q-who-visited")
    assert [a[0] for a in after] == [before[0][0]], "the attempt is still linked to the question"
    assert after[0][1] == 1, "the attempt keeps the version the student answered"
    assert json.loads(after[0][2])["prompt"] == "Who made a state visit to Pyongyang in June 2024?"
    assert db.execute("SELECT version FROM questions WHERE slug = 'q-who-visited'").fetchone()[0] == 2
    assert editor.delete()
    assert "q-who-visited" not in [q["id"] for q in list_items(db, "question")]
    kept = _attempts(db, "q-who-visited")
    assert [a[0] for a in kept] == [before[0][0]], "a deleted question's history is kept"
    editor.undo_action.trigger()
    assert "q-who-visited" in get_item(db, "module", "m-all-types")["questions"]


def test_generated_questions_are_reviewed_before_they_join_a_module(win, qtbot):
    db = win.state.db
    editor = _editor(win)
    editor.items.set_kind("event")
    for slug in ("putin-visit-2024", "low-point-2017"):
        row = editor.items.ids().index(slug)
        editor.items.list.item(row).setSelected(True)
    assert editor.generate_action.isEnabled()
    editor.generate_action.trigger()
    dialog = editor.generate_dialog
    assert len(dialog.questions) >= 2
    before_ids = {q["id"] for q in list_items(db, "question")}
    assert not any(q["id"] in before_ids for q in dialog.questions if q["id"].startswith("gen-")), \
        "nothing is saved while the teacher reviews"
    dialog.set_kept(0, False)                                   # discard the first
    dialog.list.setCurrentRow(1)                                # edit the second
    dialog.form.fields["prompt"].set("Edited by the teacher?")
    dialog.form.fields["sources"].set([])                       # an invalid edit blocks saving …
    dialog.try_accept()
    assert dialog.result() != QDialog.Accepted
    assert "no source" in dialog.message.text()
    dialog.form.fields["sources"].set([{"source": "diplomat-2024"}])   # … until it is fixed
    dialog.module_combo.setCurrentIndex(dialog.module_combo.findData("m-basics"))
    kept_ids = [q["id"] for q in dialog.kept()]
    discarded = dialog.questions[0]["id"]
    dialog.try_accept()
    assert dialog.result() == QDialog.Accepted
    qtbot.waitUntil(lambda: get_item(db, "module", "m-basics")["questions"][-len(kept_ids):] == kept_ids)
    saved = {q["id"]: q for q in list_items(db, "question")}
    assert discarded not in saved
    assert saved[kept_ids[0]]["prompt"] == "Edited by the teacher?"
    assert saved[kept_ids[0]].get("generated") is True
    editor.generate_action.trigger()  # the same events again: the saved ones are marked as updates
    again = editor.generate_dialog
    labels = {q["id"]: again.list.item(i).text() for i, q in enumerate(again.questions)}
    assert labels[kept_ids[1]].startswith("[update]") and not labels[discarded].startswith("[update]")
    again.reject()
    editor.undo_action.trigger()  # one step takes the whole batch back
    assert get_item(db, "module", "m-basics")["questions"] == ["q-low-year"]
    assert not any(q in {q["id"] for q in list_items(db, "question")} for q in kept_ids)
