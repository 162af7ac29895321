"""The progress page's weak-spots chart in a window of a classroom laptop's size: labels beside their marks."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPoint

from db import learning
from desktop.progress.progress_page import ProgressPage


def _wrong(question: dict):
    """An answer to `question` that grades wrong."""
    kind = question["type"]
    if kind == "single_choice":
        return (question["correct"][0] + 1) % len(question["options"])
    if kind == "multiple_select":
        return [i for i in range(len(question["options"])) if i not in question["correct"]][:1] or [0]
    if kind == "true_false":
        return not question["answer"]
    if kind == "numeric_year":
        return question["answer"] + 7
    if kind == "place_on_timeline":
        return f"{int(question['answer'][:4]) - 5}-01"
    if kind == "order":
        return list(reversed(question["items"]))
    if kind == "match":
        lefts, rights = zip(*question["pairs"], strict=True)
        return dict(zip(lefts, rights[1:] + rights[:1], strict=True))
    return "no idea"


def _miss_modules(db, student: int, modules: list[str]) -> None:
    for module in modules:
        session = max(learning.start_session(db, student_id=student, module=module)["sessions"])
        while (slug := learning.session_info(db, session)["current"]) is not None:
            learning.record_answer(db, student_id=student, session_id=session, question_slug=slug,
                                   answer=_wrong(learning.question_for_display(db, slug)))


def _labels_fit(page) -> list:
    """The labels drawn, after checking that each lies inside the chart and none covers another."""
    box = page.spots_plot.getViewBox()
    inside = box.sceneBoundingRect()
    labels = [i for i in page.spots_plot.getPlotItem().items if isinstance(i, pg.TextItem)]
    rects = [label.sceneBoundingRect() for label in labels]
    for i, rect in enumerate(rects):
        assert inside.contains(rect), f"label {labels[i].toPlainText()!r} is cut off by the chart's edge"
        for other in rects[:i]:
            assert not rect.intersects(other.adjusted(1, 1, -1, -1)), "two labels overlap"
    return rects


def test_weak_spot_labels_sit_inside_the_chart_above_their_marks_at_any_height(qtbot, window):
    """A student with many weak spots, in a 1366x768 window, the chart tall and then short: every label is inside the
    chart (none cut off at the top), none overlaps another, they stack right above the marks, and the view
    spans the marks."""
    db = window.state.db
    student = max(learning.create_student(db, name="Mina")["students"])
    _miss_modules(db, student, ["m-low-point-and-thaw", "m-pandemic-closure"])
    window.state.set_student(student)
    window.resize(1366, 740)
    with qtbot.waitExposed(window):
        window.show()
    window.show_view("progress")
    page = window.findChild(ProgressPage)
    qtbot.waitUntil(lambda: page.isVisible() and page.spots_note.text() != "")
    page.spots_plot.setMinimumHeight(470)   # a tall chart, as on the page at this size: room for several rows
    qtbot.waitUntil(lambda: page.spots_plot.getViewBox().height() >= 380)
    qtbot.wait(50)
    tall = _labels_fit(page)
    assert len(tall) >= 6
    box = page.spots_plot.getViewBox()
    marks = next(i for i in page.spots_plot.getPlotItem().items if isinstance(i, pg.ScatterPlotItem))
    marks_y = marks.mapToScene(*marks.getData()[0][:1], marks.getData()[1][0]).y()
    assert max(rect.bottom() for rect in tall) > marks_y - 60, "the first row sits right above the marks"
    lo, hi = box.viewRange()[0]
    years = list(marks.getData()[0])
    assert lo < min(years) and max(years) < hi and (hi - lo) < (max(years) - min(years)) + 30
    page.spots_plot.setMinimumHeight(220)
    page.spots_plot.setMaximumHeight(240)   # the smallest the chart gets
    qtbot.waitUntil(lambda: page.spots_plot.getViewBox().height() < 200)
    qtbot.wait(50)
    short = _labels_fit(page)
    assert 0 < len(short) <= len(tall)


def test_the_whole_page_fits_a_laptop_screen_without_scrolling(qtbot, window):
    """At 1366x768 (a window of 1366x740 inside the screen) the charts share the page: the weak spots are on
    screen without scrolling, at heights the charts can be read at."""
    db = window.state.db
    student = max(learning.create_student(db, name="Mina")["students"])
    _miss_modules(db, student, ["m-low-point-and-thaw"])
    window.state.set_student(student)
    window.resize(1366, 740)
    with qtbot.waitExposed(window):
        window.show()
    window.show_view("progress")
    page = window.findChild(ProgressPage)
    qtbot.waitUntil(lambda: page.spots_note.text() != "")
    area = window.places["progress"].scroll_area
    qtbot.waitUntil(lambda: page.height() <= area.viewport().height())
    assert area.verticalScrollBar().maximum() == 0
    for plot in (page.modules_plot, page.mastery_plot, page.spots_plot):
        bottom = plot.mapTo(area.viewport(), QPoint(0, plot.height())).y()
        assert plot.height() >= plot.minimumHeight() and bottom <= area.viewport().height()
