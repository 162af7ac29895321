"""QuestionView renders every type, answers by keyboard, and emits answers grading accepts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from db import learning
from db.grading import grade
from desktop.quiz.feedback_panel import FeedbackPanel
from desktop.quiz.order_input import shuffled
from desktop.quiz.question_view import QuestionView


def shown(qtbot, question):
    view = QuestionView(question)
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    view.activateWindow()
    view.setFocus()
    return view


def question(db, slug):
    return learning.question_for_display(db, slug)


def test_number_keys_pick_options_and_enter_submits(qtbot, min_db):
    view = shown(qtbot, question(min_db, "q-who-visited"))
    qtbot.keyClick(view, Qt.Key_2)
    with qtbot.waitSignal(view.answered) as got:
        qtbot.keyClick(view, Qt.Key_Return)
    assert got.args == [1]
    assert grade(view.question, got.args[0]).correct


def test_multiple_select_toggles_with_number_keys(qtbot, min_db):
    view = shown(qtbot, question(min_db, "q-treaty-parties"))
    for key in (Qt.Key_1, Qt.Key_3, Qt.Key_2, Qt.Key_2):
        qtbot.keyClick(view, key)
    with qtbot.waitSignal(view.answered) as got:
        qtbot.keyClick(view, Qt.Key_Enter)
    assert got.args == [[0, 2]]


def test_true_false_buttons(qtbot, min_db):
    view = shown(qtbot, question(min_db, "q-visit-rare"))
    assert [b.text() for b in view.input.buttons] == ["1.  True", "2.  False"]
    qtbot.mouseClick(view.input.buttons[1], Qt.LeftButton)
    with qtbot.waitSignal(view.answered) as got:
        view.submit()
    assert got.args == [False]


def test_nothing_chosen_says_what_is_missing_and_emits_nothing(qtbot, min_db):
    view = shown(qtbot, question(min_db, "q-who-visited"))
    with qtbot.assertNotEmitted(view.answered):
        qtbot.keyClick(view, Qt.Key_Return)
    assert view.hint.text() == "Choose an option first."


def test_order_starts_shuffled_and_moves_with_alt_arrows(qtbot, min_db):
    q = question(min_db, "q-order-three")
    view = shown(qtbot, q)
    start = view.answer()
    assert sorted(start) == sorted(q["items"]) and start != q["items"]
    assert view.input.list.item(0).text().startswith("1.  ")
    view.input.list.setCurrentRow(0)
    qtbot.keyClick(view.input.list, Qt.Key_Down, Qt.AltModifier)
    assert view.answer() == [start[1], start[0], start[2]]
    view.input.set_answer(q["items"])
    with qtbot.waitSignal(view.answered) as got:
        qtbot.keyClick(view.input.list, Qt.Key_Return)
    assert grade(q, got.args[0]).correct


def test_match_needs_every_partner(qtbot, min_db):
    q = question(min_db, "q-match-years")
    view = shown(qtbot, q)
    view.submit()
    assert "every item" in view.hint.text()
    for left, right in q["pairs"]:
        combo = view.input.combos[left]
        combo.setCurrentIndex(combo.findData(right))
    with qtbot.waitSignal(view.answered) as got:
        view.submit()
    assert grade(q, got.args[0]).correct


def test_place_on_timeline_by_keyboard_year_and_month(qtbot, min_db):
    q = question(min_db, "q-place-visit")
    view = shown(qtbot, q)
    assert view.answer() is None
    view.input.year.setFocus()
    view.input.year.lineEdit().selectAll()
    qtbot.keyClicks(view.input.year, "2024")
    assert view.answer() == "2024-06"  # a year alone sits mid-year until a month is chosen
    view.input.month.setCurrentIndex(5)
    qtbot.keyClick(view.input.month, Qt.Key_Down)
    assert view.answer() == "2024-06"
    assert view.input.label.toPlainText() == "June 2024"
    with qtbot.waitSignal(view.answered) as got:
        qtbot.keyClick(view.input.year, Qt.Key_Return)
    assert grade(q, got.args[0]).correct


def test_place_on_timeline_by_clicking_the_axis(qtbot, min_db):
    view = shown(qtbot, question(min_db, "q-place-visit"))
    view.input.set_answer("1961-07")
    assert view.answer() == "1961-07"
    assert (view.input.year.value(), view.input.month.currentIndex()) == (1961, 7)
    assert 1961.5 < view.input.marker.value() < 1961.6


@pytest.mark.parametrize(("slug", "typed", "expected"), [("q-short-capital", "pyongyang", "pyongyang"),
                                                        ("q-low-year", "2017", 2017)])
def test_typed_answers_submit_with_enter(qtbot, min_db, slug, typed, expected):
    view = shown(qtbot, question(min_db, slug))
    view.input.editor.setFocus()
    qtbot.keyClicks(view.input.editor, typed)
    with qtbot.waitSignal(view.answered) as got:
        qtbot.keyClick(view.input.editor, Qt.Key_Return)
    assert got.args == [expected]


def test_every_control_has_an_accessible_name(qtbot, min_db):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget, QSpinBox

    for slug in learning.module_question_slugs(min_db, "m-all-types"):
        view = shown(qtbot, question(min_db, slug))
        for cls in (QAbstractButton, QComboBox, QLineEdit, QListWidget, QSpinBox):
            for w in view.findChildren(cls):
                if w.isVisibleTo(view) and not (isinstance(w, QLineEdit) and isinstance(w.parent(), (QSpinBox, QComboBox))):
                    assert w.accessibleName() or w.text(), (slug, w)


def test_locked_view_ignores_enter_and_an_unknown_type_is_explained(qtbot, min_db):
    view = shown(qtbot, question(min_db, "q-who-visited"))
    view.input.pick(1)
    view.set_locked(True)
    with qtbot.assertNotEmitted(view.answered):
        qtbot.keyClick(view, Qt.Key_Return)
    odd = shown(qtbot, {"id": "x", "type": "essay", "prompt": "Why?"})
    assert odd.answer() is None and not odd.check.isEnabled()


def test_shuffle_is_stable_and_never_the_answer():
    q = {"id": "q-a"}
    for values in (["a", "b"], ["a", "b", "c"], list("abcdef")):
        assert shuffled(q, values) == shuffled(q, values) != values


def test_feedback_panel_says_the_outcome_in_words_and_offers_the_timeline(qtbot, min_db):
    q = question(min_db, "q-who-visited")
    panel = FeedbackPanel()
    qtbot.addWidget(panel)
    panel.show_grade(q, grade(q, 0))
    assert panel.headline.text() == "Not quite" and panel.icon.text() == "✗"
    text = panel.body.text()
    assert "Vladimir Putin" in text and "Caught Between Allies" in text and "¶8" in text
    assert panel.event_slug == "putin-visit-2024"
    with qtbot.waitSignal(panel.timeline_requested) as got:
        panel.timeline.click()
    assert got.args == ["putin-visit-2024"]
    multi = question(min_db, "q-treaty-parties")
    panel.show_grade(multi, grade(multi, [0]), last=True)
    assert panel.headline.text().startswith("Partly right: 50 %") and panel.next.text() == "Fi&nish"


def test_show_solution_marks_the_right_option_and_the_wrong_pick_in_words(qtbot, min_db):
    view = shown(qtbot, question(min_db, "q-who-visited"))
    view.input.pick(0)
    view.show_solution()
    texts = [b.text() for b in view.input.buttons]
    assert texts[0].endswith("✗ your choice") and texts[1].endswith("✓ right answer") and texts[2] == "3.  Moon Jae-in"
    view.show_solution()  # twice does not stack marks
    assert [b.text() for b in view.input.buttons] == texts


def test_show_solution_draws_the_right_month_on_the_axis(qtbot, min_db):
    view = shown(qtbot, question(min_db, "q-place-visit"))
    view.input.set_answer("2023-01")
    view.show_solution()
    low, high = view.input.solution.getRegion()
    assert 2024.41 < low < 2024.42 and 2024.49 < high < 2024.5


def test_choices_appear_in_the_attempts_order_and_answer_with_stored_indexes(qtbot, min_db):
    q = dict(learning.question_for_display(min_db, "q-treaty-parties"), shown_order=[3, 2, 1, 0])
    view = QuestionView(q)
    qtbot.addWidget(view)
    texts = [b.text() for b in view.input.buttons]
    assert texts[0].endswith(q["options"][3]) and texts[0].startswith("1.")
    view.input.pick(0)   # the key 1 picks the first option on screen
    view.input.pick(1)
    assert view.answer() == [2, 3]
    view.set_answer(q["correct"])
    view.show_solution()
    marked = [i for i, b in enumerate(view.input.buttons) if "right answer" in b.text()]
    assert marked == [3 - i for i in sorted(q["correct"], reverse=True)], "marks stay on the right options"


def test_order_and_match_use_the_attempts_order(qtbot, min_db):
    q = learning.question_for_display(min_db, "q-order-three")
    q["shown_order"] = list(reversed(q["items"]))
    view = QuestionView(q)
    qtbot.addWidget(view)
    assert view.answer() == list(reversed(q["items"]))
    m = learning.question_for_display(min_db, "q-match-years")
    m["shown_order"] = [p[1] for p in reversed(m["pairs"])]
    view = QuestionView(m)
    qtbot.addWidget(view)
    combo = next(iter(view.input.combos.values()))
    assert [combo.itemData(i) for i in range(1, combo.count())] == m["shown_order"]


@pytest.mark.parametrize("answer, tolerance, words", [
    ("2022-02", 0, "only the right month gets full credit"),
    ("2022-02", 2, "full credit within 2 month"),
    ("2022", 0, "any month of that year gets full credit"),
])
def test_the_timeline_instructions_state_the_questions_own_credit_rule(qtbot, answer, tolerance, words):
    view = QuestionView({"id": "q", "type": "place_on_timeline", "prompt": "When?", "answer": answer,
                         "tolerance": tolerance})
    qtbot.addWidget(view)
    assert words in view.how.text()


def test_the_timeline_answer_follows_a_live_text_size_change(qtbot, min_db, restore_appearance):
    """Ctrl+= to 200 % during a 'place on the timeline' question: the axis's years and the placed month are drawn
    twice as large at once, and the plot grows to hold them (its height was fixed at 96 px)."""
    from desktop.appearance import text_size

    text_size.apply_scale(100)
    view = shown(qtbot, question(min_db, "q-place-visit"))
    view.input.set_answer("2024-06")
    axis = view.input.plot.getPlotItem().getAxis("bottom")
    years, month, height = axis.style["tickFont"].pointSizeF(), view.input.label.textItem.font().pointSizeF(), \
        view.input.plot.height()
    text_size.apply_scale(200)
    assert axis.style["tickFont"].pointSizeF() == pytest.approx(2 * years, rel=0.05)
    assert view.input.label.textItem.font().pointSizeF() == pytest.approx(2 * month, rel=0.05)
    assert view.input.plot.height() >= 1.9 * height


def test_at_200_percent_the_year_and_month_row_fits_the_quiz_column(qtbot, min_db, restore_appearance):
    """The hint beside the year and month boxes wraps onto a second line, so the row's least width fits the quiz's
    1040 px column at 200 %: a one-line hint made it wider, and the row was cut ('Month?' and the hint's end, as
    seen in a 1366×768 window)."""
    from desktop.appearance import text_size

    text_size.apply_scale(200)
    view = shown(qtbot, question(min_db, "q-place-visit"))
    assert view.input.minimumSizeHint().width() <= 1040 - 40
