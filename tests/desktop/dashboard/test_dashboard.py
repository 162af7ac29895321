"""The class results dashboard: tables and plots from the answers, updated on new answers, CSV export."""

import csv

import pytest
from PySide6.QtWidgets import QWidget

from db import learning
from desktop.shell.app import create_window


@pytest.fixture
def win(qtbot, min_db_path):
    window = create_window(min_db_path)
    qtbot.addWidget(window)
    window.state.set_teacher_mode(True)
    return window


def _dashboard(win):
    return win.findChild(QWidget, "dashboard").body


def _answer(win, name, answer):
    db = win.state.db
    student = next(iter(win.state.run(learning.create_student, name=name)["students"]))
    session = next(iter(learning.start_session(db, student_id=student, module="m-all-types")["sessions"]))
    win.state.run(learning.record_answer, student_id=student, session_id=session, question_slug="q-who-visited",
                  answer=answer)


def test_results_appear_in_tables_and_plots_as_answers_arrive(win, qtbot):
    with qtbot.waitExposed(win):
        win.show()
    win.show_view("dashboard")
    dash = _dashboard(win)
    assert dash.isVisible()
    assert dash.models["questions"].rowCount() == 0
    assert "0 students" in dash.summary.text()
    _answer(win, "Ana", 1)
    _answer(win, "Ben", 0)
    _answer(win, "Cai", 0)
    assert "3 students" in dash.summary.text()
    questions = dash.models["questions"]
    assert questions.rowCount() == 1
    row = [questions.index(0, c).data() for c in range(questions.columnCount())]
    assert row[0] == "q-who-visited" and "33%" in row and "Xi Jinping" in row
    assert dash.plots["questions"].values == [pytest.approx(1 / 3)]
    modules = dash.models["modules"]
    titles = [modules.index(r, 1).data() for r in range(modules.rowCount())]
    assert titles == ["Basics", "Every kind of question"], "modules stay in lesson order"
    assert modules.index(0, 4).data() == "—", "a module nobody started has no average"
    assert dash.plots["modules"].labels == ["Every kind of question"]
    assert sum(dash.plots["students"].values) == 3, "every student who answered is in one band"


def test_export_csv_writes_the_page_shown(win, tmp_path):
    _answer(win, "Ana", 1)
    dash = _dashboard(win)
    dash.pages.setCurrentIndex(dash.PAGES.index("students"))
    path = dash.export_csv(str(tmp_path / "class.csv"))
    assert path
    assert (tmp_path / "class.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader((tmp_path / "class.csv").open(encoding="utf-8-sig")))
    assert rows[0][0] == "student" and rows[1][0] == "Ana"
    assert "Saved 1 row to " in dash.message.text()  # one row: singular
    from desktop.appearance import announce

    assert announce.recent[-1] == dash.message.text()   # said, as well as shown
    assert dash.export_csv(str(tmp_path / "missing" / "x.csv")) == ""
    assert "Could not write" in dash.message.text() and announce.recent[-1].startswith("Could not write")


def test_the_dashboard_is_gone_outside_teacher_mode(win, qtbot):
    win.state.set_teacher_mode(False)
    qtbot.waitUntil(lambda: win.findChild(QWidget, "dashboard") is None)


def test_a_hidden_dashboard_catches_up_when_shown(win, qtbot):
    with qtbot.waitExposed(win):
        win.show()
    win.show_view("editor")
    dash = _dashboard(win)
    assert not dash.isVisible()
    _answer(win, "Ana", 1)
    assert dash.models["questions"].rowCount() == 0, "no redraw while nobody looks"
    win.show_view("dashboard")
    assert dash.models["questions"].rowCount() == 1


def test_no_button_promises_a_key_it_does_not_have(win):
    """A tooltip that names a key in brackets, e.g. "(F5)", names the button's own shortcut (the platform's Refresh
    key was none on Linux, and F5 presents the story)."""
    import re

    from PySide6.QtWidgets import QPushButton

    for button in win.findChildren(QPushButton):
        named = re.findall(r"\((F\d+|Ctrl\+[^)]+)\)", button.toolTip())
        for key in named:
            assert button.shortcut().toString() == key, (button.objectName(), button.toolTip())


def test_column_headings_stay_whole_after_a_live_text_size_change(win, qtbot, restore_appearance):
    """Ctrl+= to 200 % with the class results open: every column is widened to its heading at once (the headings
    'Questions' and 'Students' were cut while the widths stayed those of 100 %)."""
    from desktop.appearance import text_size

    text_size.apply_scale(100)
    with qtbot.waitExposed(win):
        win.show()
    win.show_view("dashboard")
    dashboard = _dashboard(win)
    dashboard.reload()
    text_size.apply_scale(200)
    qtbot.wait(20)
    for name, table in dashboard.tables.items():
        header = table.horizontalHeader()
        metrics = header.fontMetrics()
        for col in range(table.model().columnCount() - 1):   # the last one stretches
            heading = table.model().headerData(col, header.orientation())
            assert header.sectionSize(col) >= metrics.horizontalAdvance(str(heading)), f"{name}: {heading!r} cut"


def test_an_empty_chart_shows_its_note_and_no_numbers(qtbot):
    """Before any answer a chart says so, with no axis numbers (it showed ticks from -0.4 to 0.2 under the note);
    bars drawn later bring their own ticks back."""
    from desktop.dashboard.bar_plot import BarPlotWidget

    chart = BarPlotWidget("Class average per module")
    qtbot.addWidget(chart)
    chart.set_bars(["Korean War"], [0.5])
    chart.set_bars([], [])
    for side in ("left", "bottom"):
        assert chart.plot.getAxis(side)._tickLevels == [[]], side   # the ticks set by setTicks
    chart.set_bars(["Korean War"], [0.5])
    assert chart.plot.getAxis("bottom")._tickLevels[0][0] == (0.0, "0%")
