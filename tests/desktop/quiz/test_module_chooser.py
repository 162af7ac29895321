"""The module list on a laptop screen: each card as tall as its text, however the list was first filled."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.appearance import text_size
from desktop.shell.app import create_window


def test_module_cards_are_as_tall_as_their_text_not_laid_out_for_a_narrow_list(qtbot, full_db_path):
    """Picking a name fills the module list before it is shown: the cards still fit their wrapped summary at the
    list's real width (they used to be measured at no width, twice as tall, four modules to a 1366x768 screen)."""
    win = create_window(full_db_path)
    qtbot.addWidget(win)
    win.resize(1366, 740)
    with qtbot.waitExposed(win):
        win.show()
    win.show_view("quiz")
    page = win.quiz_widget
    page.picker.name.setText("Mina")
    qtbot.mouseClick(page.picker.add, Qt.LeftButton)
    chooser = page.chooser
    qtbot.waitUntil(lambda: chooser.isVisible() and chooser.list.count() > 4)
    width = chooser.list.viewport().width() - 2 * chooser.list.spacing()
    least = round(76 * text_size.point_size() / text_size.default_point_size())
    for row in range(chooser.list.count()):
        card = chooser.list.itemWidget(chooser.list.item(row))
        needed = card.heightForWidth(width)
        shown = chooser.list.visualItemRect(chooser.list.item(row)).height()
        assert needed <= shown <= max(least, needed) + 2 * chooser.list.spacing(), (row, needed, shown)


def test_the_module_list_fits_a_laptop_screen_at_large_text_with_a_try_again_round_to_resume(
        qtbot, full_db_path, restore_appearance):
    """A long module title on "Resume “Try again: …”" and the note beside it no longer make the page wider than
    a 1366 px window at 150 % text; the button names the whole title to a screen reader."""
    from db import learning

    db_win = create_window(full_db_path)
    qtbot.addWidget(db_win)
    db = db_win.state.db
    student = max(learning.create_student(db, name="Zed")["students"])
    module = "m-three-principles"
    title = "Beijing's three principles and its dilemma"
    slugs = learning.module_question_slugs(db, module)[:2]
    learning.start_session(db, student_id=student, questions=slugs, retry_of=module)
    text_size.apply_scale(150)
    db_win.resize(1366, 740)
    with qtbot.waitExposed(db_win):
        db_win.show()
    db_win.state.set_student(student)
    db_win.show_view("quiz")
    chooser = db_win.quiz_widget.chooser
    qtbot.waitUntil(lambda: chooser.isVisible() and chooser.retry.isVisible())
    assert chooser.minimumSizeHint().width() <= chooser.width()
    area = db_win.places["quiz"].scroll_area
    qtbot.waitUntil(lambda: area.viewport().width() > 1200)
    assert area.horizontalScrollBar().maximum() == 0
    assert title in chooser.retry.accessibleName() and "question 1 of 2" in chooser.retry.text()


def test_a_cards_bar_and_progress_words_are_not_cut_at_large_text(qtbot, full_db_path, restore_appearance):
    """At 200 % text the "mastered" bar and "Resume at question 2 of 20" keep their words whole."""
    from PySide6.QtWidgets import QLabel, QProgressBar

    from db import learning

    win = create_window(full_db_path)
    qtbot.addWidget(win)
    db = win.state.db
    student = max(learning.create_student(db, name="Mina")["students"])
    session = max(learning.start_session(db, student_id=student, module="m-low-point-and-thaw")["sessions"])
    slug = learning.session_info(db, session)["current"]
    learning.record_answer(db, student_id=student, session_id=session, question_slug=slug, answer=0)
    text_size.apply_scale(200)
    win.resize(1366, 740)
    with qtbot.waitExposed(win):
        win.show()
    win.state.set_student(student)
    win.show_view("quiz")
    chooser = win.quiz_widget.chooser
    qtbot.waitUntil(lambda: chooser.isVisible() and chooser.list.count() > 1)
    row = next(r for r in range(chooser.list.count())
               if chooser.list.item(r).data(Qt.UserRole) == "m-low-point-and-thaw")
    card = chooser.list.itemWidget(chooser.list.item(row))
    bar = card.findChild(QProgressBar)
    status = [label for label in card.findChildren(QLabel) if "Resume at question" in label.text()][0]
    words = status.text().split()
    assert max(status.fontMetrics().horizontalAdvance(w) for w in words) <= status.width()
    assert status.heightForWidth(status.width()) <= status.height(), "every line of it shows"
    if bar.isTextVisible():
        assert bar.fontMetrics().horizontalAdvance(bar.text()) + 8 <= bar.width()
