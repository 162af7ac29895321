"""The quiz for a screen-reader user (issue 20): each question, each problem and each grade is announced, the focus
lands on the answer, and the options say afterwards which was right and which was chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from desktop.appearance import announce
from desktop.quiz.choice_input import ChoiceInput
from desktop.shell.app import create_window

ANSWERS = {"single_choice": 0, "multiple_select": [0], "true_false": True, "place_on_timeline": "2000-01",
           "short_answer": "x", "numeric_year": 2000}


def _session(qtbot, path):
    win = create_window(path)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    win.show_view("quiz")
    page = win.quiz_widget
    page.picker.name.setText("Ana")
    qtbot.mouseClick(page.picker.add, Qt.LeftButton)
    page.open_module("m-all-types")
    return win, page.session


def test_every_question_is_announced_answered_and_graded_aloud(qtbot, min_db_path):
    win, session = _session(qtbot, min_db_path)
    total = session.info["total"]
    for n in range(1, total + 1):
        question = session.question
        said = announce.recent[-1]
        assert said.startswith(f"Question {n} of {total} ") and question["prompt"] in said
        assert session.view.accessibleName() == f"Question {n} of {total}"
        assert session.view.input.isAncestorOf(win.focusWidget()) or session.view.input is win.focusWidget()
        if session.view.answer() is None:
            session.view.submit()   # Check with nothing chosen: the hint is shown and spoken
            assert announce.recent[-1] == session.view.hint.text() and session.view.hint.text().endswith("first.")
            value = ANSWERS.get(question["type"], {p[0]: p[1] for p in question.get("pairs", [])})
            session.view.set_answer(value)
        session.view.submit()
        said = announce.recent[-1]
        assert said.startswith(session.feedback.headline.text()) and said != session.feedback.headline.text()
        if question.get("explanation"):
            assert " ".join(question["explanation"].split()) in said
        assert "<" not in said, "markup must not be read out"
        assert win.focusWidget() is session.feedback.next
        qtbot.mouseClick(session.feedback.next, Qt.LeftButton)
    assert session.pages.currentIndex() == 1
    assert announce.recent[-1].startswith("Finished. Well done") and f"of {total} answers fully right" in announce.recent[-1]


def test_answered_options_stay_reachable_and_say_right_and_chosen(qtbot, min_db_path):
    _win, session = _session(qtbot, min_db_path)
    while session.question["type"] != "single_choice":
        session.view.set_answer(ANSWERS.get(session.question["type"],
                                            {p[0]: p[1] for p in session.question.get("pairs", [])}))
        session.view.submit()
        session.next_question()
    choice: ChoiceInput = session.view.input
    right = session.question["correct"][0]
    wrong = next(i for i in range(choice.count()) if choice.order[i] != right)
    choice.pick(wrong)
    session.view.submit()
    names = [b.accessibleName() for b in choice.buttons]
    assert names[wrong].endswith(", your choice") and "right answer" not in names[wrong]
    assert names[choice.order.index(right)].endswith(", right answer")
    assert all(b.isEnabled() and b.focusPolicy() != Qt.NoFocus for b in choice.buttons)
    choice.buttons[choice.order.index(right)].click()   # a late click changes nothing: the answer is in
    assert choice.buttons[wrong].isChecked() and not choice.buttons[choice.order.index(right)].isChecked()


def test_no_scroll_area_is_a_silent_tab_stop(qtbot, min_db_path):
    win, _session_widget = _session(qtbot, min_db_path)
    areas = win.findChildren(QScrollArea)
    assert areas and all(a.focusPolicy() == Qt.NoFocus for a in areas)


def test_answered_order_match_and_year_fields_stay_reachable_but_frozen(qtbot, min_db_path):
    _win, session = _session(qtbot, min_db_path)
    seen = set()
    while session.pages.currentIndex() == 0:
        kind = session.question["type"]
        if session.view.answer() is None:
            session.view.set_answer(ANSWERS.get(kind, {p[0]: p[1] for p in session.question.get("pairs", [])}))
        before = session.view.answer()
        session.view.submit()
        if kind == "order":
            seen.add(kind)
            order = session.view.input
            assert order.list.isEnabled() and order.list.focusPolicy() != Qt.NoFocus
            order.list.setCurrentRow(0)
            order.move(1)
            assert order.answer() == before
        elif kind == "match":
            seen.add(kind)
            combos = list(session.view.input.combos.values())
            assert all(c.isEnabled() for c in combos)
            combos[0].setCurrentIndex(0)   # back to "Choose…": refused, the answer stays
            assert session.view.input.answer() == before
        elif kind in ("numeric_year", "place_on_timeline"):
            seen.add(kind)
            field = session.view.input.editor if kind == "numeric_year" else session.view.input.year
            assert field.isEnabled() and field.isReadOnly()
        session.next_question()
    assert {"order", "match", "numeric_year", "place_on_timeline"} <= seen
