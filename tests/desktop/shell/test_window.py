"""The main window: its places, the plain event list, the details pane, and the command line."""

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.shell.app import create_window


def test_window_has_the_named_places(qtbot, min_db_path):
    win = create_window(min_db_path)
    qtbot.addWidget(win)
    for name in ("timeline", "relations", "eventDetails", "quiz"):
        assert win.findChild(QWidget, name) is not None, name
    assert not win.isVisible()
    assert [m.title().replace("&", "") for m in win.menus.values()] == ["File", "View", "Teacher", "Help"]


def test_selecting_in_the_list_shows_the_event_details(qtbot, min_db_path):
    win = create_window(min_db_path)
    qtbot.addWidget(win)
    win.timeline_widget.show_list(True)   # the list twin of the timeline is made on first use
    table = win.findChild(QWidget, "eventTable")
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(Qt.UserRole) == "putin-visit-2024")
    table.setCurrentIndex(model.index(row, 1))
    assert win.state.selected_event == "putin-visit-2024"
    text = win.details_widget.browser.toPlainText()
    assert "Putin visits Pyongyang" in text
    assert "18–19 June 2024" in text
    assert "Caught Between Allies" in text


def test_details_show_markup_as_text(qtbot, min_db_path):
    from db.content import get_item, save_item

    win = create_window(min_db_path)
    qtbot.addWidget(win)
    event = get_item(win.state.db, "event", "low-point-2017")
    event["summary"] = "<b>bold</b><img src='http://example.com/x.png'>"
    win.state.run(save_item, kind="event", item=event)
    win.state.select_event("low-point-2017")
    assert "<b>bold</b><img src='http://example.com/x.png'>" in win.details_widget.browser.toPlainText()


def test_about_cites_the_article(qtbot, min_db_path):
    win = create_window(min_db_path)
    qtbot.addWidget(win)
    assert "Caught Between Allies" in win.about_text()
    assert "The Diplomat" in win.about_text()


def test_screenshot_option_writes_a_png(tmp_path, min_db_path):
    out = tmp_path / "shot.png"
    result = subprocess.run([sys.executable, "-m", "desktop", "--db", str(min_db_path), "--screenshot", str(out)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_newer_database_gets_a_message_not_a_traceback(tmp_path, min_db_path):
    from db.connection import open_database

    db = open_database(min_db_path)
    db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('trilemma', 'm999', 'x')")
    db.conn.commit()
    db.close()
    result = subprocess.run([sys.executable, "-m", "desktop", "--db", str(min_db_path), "--screenshot",
                             str(tmp_path / "x.png")], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "newer version of Trilemma" in result.stderr
    assert "Traceback" not in result.stderr


def test_with_nothing_selected_the_details_pane_says_where_to_start(qtbot, full_db_path):
    win = create_window(full_db_path)
    qtbot.addWidget(win)
    browser = win.details_widget.browser
    assert "Start here" in browser.toPlainText()
    html = browser.toHtml()
    assert 'href="event:putin-visit-pyongyang-2024"' in html
    from PySide6.QtCore import QUrl

    browser.anchorClicked.emit(QUrl("event:putin-visit-pyongyang-2024"))
    assert win.state.selected_event == "putin-visit-pyongyang-2024"
    assert "Start here" not in browser.toPlainText()
    with qtbot.waitSignal(win.state.view_requested) as blocker:
        win.state.select_event("")
        browser.anchorClicked.emit(QUrl("view:quiz"))
    assert blocker.args == ["quiz"]


def test_the_start_here_text_leads_to_the_story(qtbot, full_db_path):
    from PySide6.QtCore import QUrl

    win = create_window(full_db_path)
    qtbot.addWidget(win)
    browser = win.details_widget.browser
    assert 'href="view:story"' in browser.toHtml() and "Ctrl+4" in browser.toPlainText()
    browser.anchorClicked.emit(QUrl("view:story"))
    assert win.places["story"].isVisibleTo(win), "the link opens the Story place beside the map"


def test_getting_started_names_the_quiz_and_text_size_keys_in_the_interface_language(qtbot, min_db_path,
                                                                                       restore_appearance):
    """Help ▸ Getting started: students and teachers, the keys, what 'mastered' means; translated."""
    from desktop.appearance import i18n

    win = create_window(min_db_path)
    qtbot.addWidget(win)
    actions = [a.text().replace("&", "") for a in win.menus["help"].actions()]
    assert "Getting started" in actions
    text = win.getting_started_html()
    for needle in ("For students", "For teachers", "Ctrl+2", "1–9", "Ctrl+=", "Ctrl+-", "Ctrl+0", "Ctrl+Z",
                   "Mastered", "Try again"):
        assert needle in text, needle
    i18n.install_language("ru")
    russian = create_window(min_db_path)
    qtbot.addWidget(russian)
    text = russian.getting_started_html()
    assert "Ученикам" in text and "Учителям" in text and "Ctrl+=" in text and "For students" not in text
