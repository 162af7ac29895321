"""A student takes a module end to end in the main window: every type, a wrong answer and its feedback,
the jump to the timeline, a restart in the middle, and an FSRS review that brings the missed question back."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from db import learning
from desktop.shell.app import create_window

RIGHT = {
    "q-who-visited": 1, "q-treaty-parties": [0, 2], "q-visit-rare": True,
    "q-order-three": ["treaty-1961", "low-point-2017", "putin-visit-2024"],
    "q-match-years": {"Sino-North Korean treaty": "1961", "Relations hit a low": "2017", "Putin visits Pyongyang": "2024"},
    "q-place-visit": "2024-06", "q-short-capital": "Pyongyang", "q-low-year": 2017,
}


def open_window(qtbot, path):
    win = create_window(path)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    win.show_view("quiz")
    return win


def pick_student(qtbot, page, name):
    picker = page.picker
    items = [picker.list.item(r) for r in range(picker.list.count())]
    match = [i for i in items if i.text() == name]
    if match:
        picker.list.setCurrentItem(match[0])
        qtbot.keyClick(picker.list, Qt.Key_Return)
    else:
        picker.name.setText(name)
        qtbot.mouseClick(picker.add, Qt.LeftButton)
    assert page.stack.currentWidget() is page.chooser


def choose_module(qtbot, page, slug):
    chooser = page.chooser
    row = next(r for r in range(chooser.list.count()) if chooser.list.item(r).data(Qt.UserRole) == slug)
    chooser.list.setCurrentRow(row)
    qtbot.keyClick(chooser.list, Qt.Key_Return)
    assert page.stack.currentWidget() is page.session


def answer(qtbot, session, value, *, doubt=False):
    view = session.view
    if doubt:
        qtbot.mouseClick(session.doubt, Qt.LeftButton)
    view.set_answer(value)
    qtbot.keyClick(view, Qt.Key_Return)
    assert session.feedback.isVisible()


def test_a_module_end_to_end_with_restart_and_review(qtbot, min_db_path):
    win = open_window(qtbot, min_db_path)
    page = win.quiz_widget
    assert page.stack.currentWidget() is page.picker
    pick_student(qtbot, page, "Ana")
    assert page.chooser.greeting.text() == "Hello, Ana"
    assert page.chooser.review.text() == "&Review due (0)" and not page.chooser.review.isEnabled()
    choose_module(qtbot, page, "m-all-types")
    session = page.session
    assert session.counter.text() == "Question 1 of 8" and session.bar.value() == 0

    # A wrong answer, by keyboard: its feedback says so in words, shows the answer, the explanation and the source.
    qtbot.keyClick(session.view, Qt.Key_1)
    qtbot.keyClick(session.view, Qt.Key_Return)
    feedback = session.feedback
    assert feedback.isVisible() and feedback.headline.text() == "Not quite" and feedback.icon.text() == "✗"
    body = feedback.body.text()
    assert "Vladimir Putin" in body and "Putin visited Pyongyang" in body and "Caught Between Allies" in body
    assert not session.view.check.isEnabled()  # the answer is in; it cannot be changed
    assert win.state.db.execute("SELECT count(*) FROM attempts").fetchone()[0] == 1  # committed at once

    # "Show on timeline" selects the event, moves the date and brings the timeline forward.
    qtbot.mouseClick(feedback.timeline, Qt.LeftButton)
    assert win.state.selected_event == "putin-visit-2024"
    assert 2024.45 < win.state.current_date < 2024.47
    assert win.tabs.currentWidget() is win.explore_split
    win.show_view("quiz")
    qtbot.mouseClick(feedback.next, Qt.LeftButton)
    assert session.counter.text() == "Question 2 of 8"

    answer(qtbot, session, RIGHT["q-treaty-parties"])
    assert feedback.headline.text() == "Correct!"
    qtbot.keyClick(feedback.next, Qt.Key_Return)
    answer(qtbot, session, RIGHT["q-visit-rare"], doubt=True)
    qtbot.mouseClick(feedback.next, Qt.LeftButton)
    for slug in ("q-low-year", "q-place-visit"):
        assert session.question["id"] == slug
        answer(qtbot, session, RIGHT[slug])
        qtbot.mouseClick(feedback.next, Qt.LeftButton)
    answer(qtbot, session, ["low-point-2017", "treaty-1961", "putin-visit-2024"])
    assert feedback.headline.text().startswith("Partly right: 67 %")
    qtbot.mouseClick(feedback.next, Qt.LeftButton)
    assert session.counter.text() == "Question 7 of 8"
    assert session.question["id"] == "q-match-years"

    # Restart: close the window and open the same database again; the quiz continues at question 7.
    win.close()
    win = open_window(qtbot, min_db_path)
    page = win.quiz_widget
    pick_student(qtbot, page, "Ana")
    chooser_text = page.chooser.list.itemWidget(page.chooser.list.item(1)).accessibleName()
    assert "Resume at question 7 of 8" in chooser_text
    choose_module(qtbot, page, "m-all-types")
    session, feedback = page.session, page.session.feedback
    assert session.counter.text() == "Question 7 of 8" and session.question["id"] == "q-match-years"
    assert not feedback.isVisible()
    for slug in ("q-match-years", "q-short-capital"):
        assert session.question["id"] == slug
        answer(qtbot, session, RIGHT[slug])
        assert feedback.headline.text() == "Correct!", slug
        qtbot.mouseClick(feedback.next, Qt.LeftButton)
    assert "6 of 8 answers fully right" in session.summary.text()
    qtbot.mouseClick(session.done_back, Qt.LeftButton)
    assert page.stack.currentWidget() is page.chooser

    # Two days later the missed question and the doubted one are due again; the review asks them.
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=2)
    page.clock = lambda: later
    page.show_chooser()
    assert page.chooser.review.text() == "&Review due (3)" and page.chooser.review.isEnabled()
    qtbot.mouseClick(page.chooser.review, Qt.LeftButton)
    assert session.title.text() == "Review: questions due again"
    asked = learning.session_info(win.state.db, session.session_id)["questions"]
    assert set(asked) == {"q-who-visited", "q-visit-rare", "q-order-three"}
    first = session.question["id"]
    answer(qtbot, session, RIGHT[first])
    assert feedback.headline.text() == "Correct!"
    assert first not in learning.due_reviews(win.state.db, student_id=win.state.student_id, now=later)


def test_switching_students_keeps_each_ones_progress(qtbot, min_db_path):
    win = open_window(qtbot, min_db_path)
    page = win.quiz_widget
    pick_student(qtbot, page, "Ana")
    choose_module(qtbot, page, "m-all-types")
    answer(qtbot, page.session, RIGHT["q-who-visited"])
    qtbot.mouseClick(page.session.back, Qt.LeftButton)
    qtbot.mouseClick(page.chooser.switch, Qt.LeftButton)
    assert page.stack.currentWidget() is page.picker
    pick_student(qtbot, page, "Bo")
    assert page.chooser.greeting.text() == "Hello, Bo"
    assert "Resume" not in page.chooser.list.itemWidget(page.chooser.list.item(1)).accessibleName()
    qtbot.mouseClick(page.chooser.switch, Qt.LeftButton)
    pick_student(qtbot, page, "Ana")
    assert "Resume at question 2 of 8" in page.chooser.list.itemWidget(page.chooser.list.item(1)).accessibleName()


def test_a_duplicate_name_is_explained_and_nothing_is_added(qtbot, min_db_path):
    win = open_window(qtbot, min_db_path)
    page = win.quiz_widget
    pick_student(qtbot, page, "Ana")
    qtbot.mouseClick(page.chooser.switch, Qt.LeftButton)
    page.picker.name.setText("ana")
    qtbot.mouseClick(page.picker.add, Qt.LeftButton)
    assert "already a student called" in page.picker.message.text()
    assert page.picker.list.count() == 1


def test_progress_page_draws_the_students_data(qtbot, min_db_path):
    win = open_window(qtbot, min_db_path)
    page = win.quiz_widget
    pick_student(qtbot, page, "Ana")
    choose_module(qtbot, page, "m-all-types")
    answer(qtbot, page.session, 0)  # wrong
    qtbot.mouseClick(page.session.feedback.next, Qt.LeftButton)
    answer(qtbot, page.session, RIGHT["q-treaty-parties"])
    win.show_view("progress")
    prog = win.progress_widget
    assert prog.title.text() == "Ana's progress"
    assert "2 answers · 1 fully right" in prog.totals.text()
    assert "Every kind of question: 12 %" in prog.modules_plot.accessibleDescription()
    assert prog.missed.item(0).text().startswith("✗ Who made a state visit")
    assert "Putin visits Pyongyang" in prog.spots_plot.accessibleDescription()
    assert prog.mastery_plot.accessibleDescription().endswith("12 %")
    # The weak spots' text twin links each event to the timeline.
    assert "href='event:putin-visit-2024'" in prog.spots_note.text()
    prog.spots_note.linkActivated.emit("event:putin-visit-2024")
    assert win.state.selected_event == "putin-visit-2024" and 2024.46 < win.state.current_date < 2024.47
    assert win.tabs.currentWidget() is win.explore_split


def test_progress_page_without_a_student_explains_instead_of_empty_plots(qtbot, min_db_path):
    win = open_window(qtbot, min_db_path)
    win.show_view("progress")
    prog = win.progress_widget
    assert prog.empty.isVisible() and not prog.content.isVisible()
    pick_student(qtbot, win.quiz_widget, "Ana")
    assert prog.content.isVisibleTo(prog) and not prog.empty.isVisibleTo(prog)
    assert "not started" in [i.toPlainText() for i in prog.modules_plot.getPlotItem().items if hasattr(i, "toPlainText")]


def test_a_failed_save_says_so_keeps_the_answer_and_can_be_retried(qtbot, min_db_path, monkeypatch):
    from db.errors import StorageError

    win = open_window(qtbot, min_db_path)
    page = win.quiz_widget
    pick_student(qtbot, page, "Ana")
    choose_module(qtbot, page, "m-all-types")
    session = page.session
    real = learning.record_answer

    def full_disk(*args, **kwargs):
        raise StorageError("the disk is full; your answer was not saved")

    monkeypatch.setattr(learning, "record_answer", full_disk)
    qtbot.keyClick(session.view, Qt.Key_2)
    qtbot.keyClick(session.view, Qt.Key_Return)
    assert "disk is full" in session.view.hint.text()
    assert not session.feedback.isVisible() and session.view.check.isEnabled()
    assert session.view.answer() == 1  # the choice is still there
    monkeypatch.setattr(learning, "record_answer", real)
    qtbot.keyClick(session.view, Qt.Key_Return)
    assert session.feedback.isVisible() and session.feedback.headline.text() == "Correct!"
    assert win.state.db.execute("SELECT count(*) FROM attempts").fetchone()[0] == 1


def test_the_missed_questions_can_be_tried_again_at_once(qtbot, min_db_path):
    """The summary offers the questions just missed (or ticked unsure), in order, as a short quiz of their own."""
    win = open_window(qtbot, min_db_path)
    page = win.quiz_widget
    pick_student(qtbot, page, "Ben")
    choose_module(qtbot, page, "m-all-types")
    session, feedback = page.session, page.session.feedback
    order = list(session.info["questions"])
    for i, slug in enumerate(order):
        if i == 0:
            answer(qtbot, session, 0 if RIGHT[slug] != 0 else 1)        # wrong
        elif i == 2:
            answer(qtbot, session, RIGHT[slug], doubt=True)            # right, but unsure
        else:
            answer(qtbot, session, RIGHT[slug])
        qtbot.mouseClick(feedback.next, Qt.LeftButton)
    assert session.done_retry.isVisible() and session.done_retry.hasFocus()
    assert session.done_retry.text() == "Try the 2 you missed &again"
    first_session = session.session_id
    qtbot.keyClick(session.done_retry, Qt.Key_Return)    # Enter on the focused button, as Space would
    assert session.session_id != first_session
    assert learning.session_info(win.state.db, session.session_id)["questions"] == [order[0], order[2]]
    assert session.title.text().startswith("Try again: ") and session.counter.text() == "Question 1 of 2"
    assert session.question["id"] == order[0]
    answer(qtbot, session, RIGHT[order[0]])
    qtbot.mouseClick(feedback.next, Qt.LeftButton)
    # Restart in the middle of the round: it is offered again and goes on at its second question.
    win.close()
    win = open_window(qtbot, min_db_path)
    page = win.quiz_widget
    pick_student(qtbot, page, "Ben")
    retry = page.chooser.retry
    assert retry.isVisible() and "Try again: " in retry.text() and "question 2 of 2" in retry.text()
    qtbot.mouseClick(retry, Qt.LeftButton)
    session, feedback = page.session, page.session.feedback
    assert page.stack.currentWidget() is session and session.title.text().startswith("Try again: ")
    assert session.counter.text() == "Question 2 of 2" and session.question["id"] == order[2]
    answer(qtbot, session, RIGHT[order[2]])
    assert feedback.headline.text() == "Correct!"
    qtbot.mouseClick(feedback.next, Qt.LeftButton)
    assert "2 of 2 answers fully right" in session.summary.text()
    assert not session.done_retry.isVisible() and session.done_back.hasFocus()
    qtbot.keyClick(session.done_back, Qt.Key_Return)
    assert page.stack.currentWidget() is page.chooser and not page.chooser.retry.isVisible()
    attempts = win.state.db.execute("SELECT count(*) FROM attempts WHERE student_id = ?",
                                    [win.state.student_id]).fetchone()[0]
    assert attempts == len(order) + 2


def test_the_feedback_shows_the_grade_the_data_layer_stored(qtbot, min_db_path, monkeypatch):
    from db.grading import Grade

    win = open_window(qtbot, min_db_path)
    page = win.quiz_widget
    pick_student(qtbot, page, "Ana")
    choose_module(qtbot, page, "m-all-types")
    calls = []

    def half(question, given):  # stands in for db.grading.grade where record_answer grades
        calls.append(question["id"])
        return Grade(correct=False, score=0.5, expected="Vladimir Putin", detail="Half right.")

    monkeypatch.setattr(learning, "grade", half)
    answer(qtbot, page.session, RIGHT["q-who-visited"])
    assert calls == ["q-who-visited"], "the answer is graded once, by record_answer"
    assert page.session.feedback.headline.text().startswith("Partly right: 50 %")
    assert win.state.db.execute("SELECT score FROM attempts").fetchone()[0] == 0.5


def test_weak_spot_labels_never_overlap_and_the_chart_zooms_to_the_marks():
    """Marks close together: every label placed shares its row with no other box; the range hugs the marks."""
    from desktop.progress.progress_page import place_spot_labels, spot_range

    spots = [{"slug": f"e{i}", "year": 2017 + i * 0.4, "misses": 1 + i % 3} for i in range(8)]
    lo, hi = spot_range([s["year"] for s in spots])
    assert 2010 < lo < 2017 and 2019.8 < hi < 2026 and hi - lo >= 10
    widths = {s["slug"]: 120.0 for s in spots}
    placed = place_spot_labels(spots, widths, 600 / (hi - lo), lo, hi, rows=3)
    assert 3 <= len(placed) < len(spots)          # some fit, the crowded rest are left to the list
    boxes = {}
    for spot, row, edge in placed:
        width = 120.0 / (600 / (hi - lo))
        left = spot["year"] - width * edge
        assert lo <= left and left + width <= hi       # inside the plot
        for other in boxes.get(row, []):
            assert left + width <= other[0] or left >= other[1]
        boxes.setdefault(row, []).append((left, left + width))
    assert placed[0][0]["misses"] == 3                  # the most-missed first


def test_the_same_student_in_two_windows_goes_on_at_the_current_question(qtbot, min_db_path):
    """Answered in one window, the other says so in a plain sentence and shows the question the quiz reached."""
    first = open_window(qtbot, min_db_path)
    pick_student(qtbot, first.quiz_widget, "Ana")
    choose_module(qtbot, first.quiz_widget, "m-all-types")
    second = open_window(qtbot, min_db_path)
    pick_student(qtbot, second.quiz_widget, "Ana")
    choose_module(qtbot, second.quiz_widget, "m-all-types")
    one, two = first.quiz_widget.session, second.quiz_widget.session
    assert one.question["id"] == two.question["id"] == "q-who-visited"
    one.view.set_answer(RIGHT["q-who-visited"])
    qtbot.mouseClick(one.view.check, Qt.LeftButton)     # a click: Enter goes to the active window only
    assert one.feedback.isVisible()
    two.view.set_answer(0)
    qtbot.mouseClick(two.view.check, Qt.LeftButton)
    assert not two.feedback.isVisible()
    assert two.question["id"] == "q-treaty-parties" and two.counter.text() == "Question 2 of 8"
    hint = two.view.hint.text()
    assert "another window" in hint and "q-" not in hint and ":" not in hint
    assert learning.session_info(first.state.db, one.session_id)["scores"] == [1.0]   # the second answer was not stored


def test_a_refused_name_is_a_sentence_not_a_field_key(qtbot, min_db_path):
    """No "name: type a name": the student reads a sentence."""
    win = open_window(qtbot, min_db_path)
    picker = win.quiz_widget.picker
    picker.name.setText("   ")
    qtbot.mouseClick(picker.add, Qt.LeftButton)
    assert picker.message.text() == "Type a name."
    pick_student(qtbot, win.quiz_widget, "Ana")
    win.quiz_widget.show_picker()
    picker.name.setText("Ana")
    qtbot.mouseClick(picker.add, Qt.LeftButton)
    assert picker.message.text() == "There is already a student called 'Ana'."


def test_on_a_new_computer_the_keyboard_starts_in_the_name_field(qtbot, min_db_path):
    """With no student yet there is nothing to pick: no empty list and no greyed buttons, and typing a name works at
    once (Ctrl+2 too); once a name exists the list comes back and takes the keyboard."""
    win = open_window(qtbot, min_db_path)   # show_view("quiz"), as Ctrl+2 does
    page = win.quiz_widget
    assert page.stack.currentWidget() is page.picker
    assert not page.picker.list.isVisible() and not page.picker.pick.isVisible()
    qtbot.waitUntil(lambda: page.picker.name.hasFocus())
    pick_student(qtbot, page, "Ana")
    qtbot.mouseClick(page.chooser.switch, Qt.LeftButton)
    assert page.picker.list.isVisible()
    qtbot.waitUntil(lambda: page.picker.list.hasFocus())


def test_a_view_chosen_before_the_window_shows_gets_the_keyboard_once_it_does(qtbot, min_db_path):
    """`--view quiz` brings the quiz forward before the window is on screen: the focus follows it once the window
    shows (it stayed on the tab bar)."""
    win = create_window(min_db_path)
    qtbot.addWidget(win)
    win.show_view("quiz")
    with qtbot.waitExposed(win):
        win.show()
    page = win.quiz_widget
    qtbot.waitUntil(lambda: page.picker.first_control().hasFocus())
