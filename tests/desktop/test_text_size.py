"""Text size reaches every widget at once, style sheet or not (desktop/appearance/text_size.py, issue 17)."""

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop.appearance import text_size, theme


def test_a_size_change_reaches_styled_widgets_and_relative_fonts(qtbot, qapp, restore_appearance):
    """With the app's style sheet, Qt alone leaves polished widgets at the old size; apply_scale tells each one."""
    theme.apply_theme("light")
    text_size.apply_scale(100)
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    label, button, browser, title = QLabel("text"), QPushButton("button"), QTextBrowser(), QLabel("title")
    browser.setHtml("<p>details</p>")
    for widget in (label, button, browser, title):
        layout.addWidget(widget)
    text_size.set_relative_font(title, 1.5, bold=True)
    with qtbot.waitExposed(box):
        box.show()
    base = qapp.font().pointSizeF()
    heard = []
    text_size.notifier().changed.connect(heard.append)
    text_size.apply_scale(200)
    for widget in (label, button, browser):
        assert widget.font().pointSizeF() == qapp.font().pointSizeF() > base
    assert browser.document().defaultFont().pointSizeF() == qapp.font().pointSizeF()
    assert title.font().pointSizeF() == 1.5 * qapp.font().pointSizeF() and title.font().bold()
    assert heard == [200]
    text_size.apply_scale(100)
    assert label.font().pointSizeF() == base and title.font().pointSizeF() == 1.5 * base


def test_point_sizes_written_in_rich_text_follow_the_text_size(qtbot, full_db_path, restore_appearance):
    """The progress page's 'Nobody has picked a name yet' is written at 14pt: at 200 % it shows at 28pt, at once,
    in a page built before the change and in one built after it (it stayed at 14pt, smaller than the text around)."""
    from db.connection import open_database
    from desktop.progress.progress_page import ProgressPage
    from desktop.state import AppState

    text_size.apply_scale(100)
    state = AppState(open_database(full_db_path), str(full_db_path))
    before = ProgressPage(state)
    qtbot.addWidget(before)
    assert "font-size:14.0pt" in before.empty.text()
    text_size.apply_scale(200)
    assert "font-size:28.0pt" in before.empty.text()
    after = ProgressPage(state)
    qtbot.addWidget(after)
    assert "font-size:28.0pt" in after.empty.text()
    assert text_size.scaled_points("<p style='font-size: 13pt'>x</p>") == "<p style='font-size:26.0pt'>x</p>"
    state.db.close()


def test_the_progress_charts_empty_notes_wrap_within_their_charts_at_200_percent(qtbot, full_db_path,
                                                                                 restore_appearance):
    """A student with no answers at 200 %: the module titles take under half the score chart, each whole or cut
    short to its column; 'Answer some questions to see your mastery grow.' and 'No weak spots…' are drawn in the
    text size and wrapped inside their charts (one line ran past both sides)."""
    import pyqtgraph as pg
    from PySide6.QtGui import QFontMetrics

    from db import learning
    from db.connection import open_database
    from desktop.progress.progress_page import ProgressPage
    from desktop.state import AppState

    text_size.apply_scale(200)
    state = AppState(open_database(full_db_path), str(full_db_path))
    student = next(iter(state.run(learning.create_student, name="Ann")["students"]))
    state.set_student(student)
    page = ProgressPage(state)
    qtbot.addWidget(page)
    page.resize(1300, 600)
    with qtbot.waitExposed(page):
        page.show()
    page.refresh()
    axis = page.modules_plot.getPlotItem().getAxis("left")
    assert axis.width() <= 0.5 * page.modules_plot.width(), "the titles leave no room for the bars"
    titles = [text for _y, text in axis._tickLevels[0]]
    metrics = QFontMetrics(text_size.relative_font())
    assert len(titles) == 8 and all(metrics.horizontalAdvance(t) <= axis.width() for t in titles), titles
    for plot in (page.mastery_plot, page.spots_plot):
        notes = [i for i in plot.getPlotItem().items if isinstance(i, pg.TextItem)]
        assert notes, "no note in an empty chart"
        for note in notes:
            assert note.textItem.font().pointSizeF() == pytest.approx(text_size.point_size())
            assert note.textItem.boundingRect().width() <= plot.getViewBox().width()
    state.db.close()


def test_the_score_charts_titles_follow_the_chart_when_the_page_is_resized(qtbot, full_db_path, restore_appearance):
    """At 200 % the titles' column is cut to the chart's width: widening the page draws them again, longer."""
    from db import learning
    from db.connection import open_database
    from desktop.progress.progress_page import ProgressPage
    from desktop.state import AppState

    text_size.apply_scale(200)
    state = AppState(open_database(full_db_path), str(full_db_path))
    state.set_student(next(iter(state.run(learning.create_student, name="Ann")["students"])))
    page = ProgressPage(state)
    qtbot.addWidget(page)
    page.resize(800, 600)
    with qtbot.waitExposed(page):
        page.show()
    axis = page.modules_plot.getPlotItem().getAxis("left")
    qtbot.waitUntil(lambda: axis.width() <= 0.5 * page.modules_plot.width())
    narrow = axis.width()
    page.resize(1500, 600)
    qtbot.waitUntil(lambda: axis.width() > narrow + 40)
    assert axis.width() <= 0.5 * page.modules_plot.width()
    page.hide()
    qtbot.wait(10)
    state.db.close()
