"""Offline by design: every main flow works with the network cut off, and nothing tries to reach it."""

import ast
import socket
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
NETWORK_MODULES = ("socket", "urllib.request", "http.client", "requests", "httpx", "PySide6.QtNetwork", "ssl")
# The one module allowed to talk to a network: it sends results to a record store, and only when a teacher
# configured one (settings xapi.endpoint); the flows below run without one and must make no attempt.
RECORD_STORE = "db/interchange/lrs.py"


@pytest.fixture
def no_network(monkeypatch):
    """Make every way of opening a connection fail loudly, and record each attempt."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access attempted during an offline test")

    class RefusingSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            refuse(*args)

    monkeypatch.setattr(socket, "socket", RefusingSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)
    return attempts


def test_the_fixture_really_cuts_the_network(no_network):
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(OSError):
        socket.socket()
    assert len(no_network) == 2


def _shipped_files() -> dict:
    """Every file under resources/ (Python's bytecode cache aside) with its modification time."""
    return {p: p.stat().st_mtime_ns for p in (ROOT / "resources").rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}


def _select_rows(table, rows):
    model = table.model()
    for r in rows:
        table.setCurrentIndex(model.index(r, 1))
        QApplication.processEvents()


def test_main_flows_work_offline(qtbot, full_db_path, tmp_path, no_network, restore_appearance):
    """Open, browse, select, relations at dates, a quiz answer, teacher editor and results, every export,
    theme, text size and language: all with sockets patched to raise, no attempt made, resources/ untouched."""
    from db.interchange import export_file
    from db.learning import create_student, question_for_display, record_answer, session_info, start_session
    from desktop.appearance import text_size
    from desktop.quiz.question_view import QuestionView
    from desktop.shell.app import create_window

    shipped = _shipped_files()
    win = create_window(full_db_path)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    state = win.state

    # Browse the list and select events; the details follow. An outside link is shown, never fetched.
    if win.findChild(QWidget, "eventTable") is None:
        win.timeline_widget.show_list(True)  # the timeline's list twin
    table = win.findChild(QWidget, "eventTable")
    _select_rows(table, range(0, table.model().rowCount(), 7))
    assert state.selected_event and win.details_widget.browser.toPlainText().strip()
    win.details_widget._on_link(QUrl("https://example.org/article"))

    # Relations at several dates.
    win.show_view("relations")
    for year in (1953.5, 1992.0, 2017.5, 2024.5):
        state.set_date(year)
        QApplication.processEvents()

    # Take a quiz question as a student, answer committed.
    changes = state.run(create_student, name="Offline Student")
    student = next(iter(changes["students"]))
    state.set_student(student)
    simple = {"single_choice": 0, "true_false": True, "short_answer": "Pyongyang", "numeric_year": 2000}
    module = state.db.execute(
        "SELECT m.slug FROM modules m JOIN module_questions mq ON mq.module_id = m.id JOIN questions q "
        "ON q.id = mq.question_id WHERE mq.position = 0 AND q.type IN ('single_choice', 'true_false', 'short_answer', "
        "'numeric_year') ORDER BY m.slug LIMIT 1").fetchone()[0]
    session = next(iter(state.run(start_session, student_id=student, module=module)["sessions"]))
    slug = session_info(state.db, session)["current"]
    question = question_for_display(state.db, slug)
    view = QuestionView(question)
    qtbot.addWidget(view)
    state.run(record_answer, student_id=student, session_id=session, question_slug=slug,
              answer=simple[question["type"]])
    assert state.db.execute("SELECT count(*) FROM attempts").fetchone()[0] == 1

    # Teacher mode: the editor and the class results, and a CSV of them.
    state.set_teacher_mode(True)
    win.show_view("editor")
    win.show_view("dashboard")
    QApplication.processEvents()
    assert win.places["dashboard"].body.export_csv(str(tmp_path / "results.csv"))

    # Every export format to a temporary folder.
    for fmt, name in (("pack", "content.zip"), ("gift", "quiz.gift"), ("moodle", "quiz.xml"), ("csv", "results.csv"),
                      ("xapi", "statements.json"), ("handout", "handout.html")):
        export_file(state.db, tmp_path / name, fmt, module=None if fmt in ("pack", "handout", "csv", "xapi") else module)
        assert (tmp_path / name).stat().st_size > 0, fmt

    # Appearance and language.
    win = win.appearance.set_theme("dark")
    qtbot.addWidget(win)
    text_size.larger()
    new = win.appearance.set_language("zh_CN")
    qtbot.addWidget(new)
    QApplication.processEvents()

    assert no_network == [], f"{len(no_network)} network attempts"
    # The shipped content is read-only: nothing under resources/ was written, added or removed.
    assert _shipped_files() == shipped
    assert "PySide6.QtNetwork" not in sys.modules


def test_no_app_module_imports_a_network_library():
    """db/ and desktop/ import no socket, HTTP or Qt network module, except the record-store sender."""
    offenders = []
    for path in sorted((ROOT / "db").rglob("*.py")) + sorted((ROOT / "desktop").rglob("*.py")):
        if path.relative_to(ROOT).as_posix() == RECORD_STORE:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            for name in names:
                if any(name == m or name.startswith(m + ".") for m in NETWORK_MODULES):
                    offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert not offenders, offenders
