"""Text with markup, from content, an import or a student's name, is shown as text everywhere: never rendered,
executed or fetched. Every label, tooltip and text view of every place in the window is checked."""

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives on QtGui's Qt namespace in PySide6
from PySide6.QtWidgets import QApplication, QGraphicsView, QLabel, QTextEdit, QWidget

MARK = "MK"
MARKUP = f'<img src="http://example.org/{MARK}.png"><i>{MARK}</i>'


QUESTIONS = {  # one question of every type, markup in every text a student sees; with an answer to give
    "single_choice": ({"options": [f"a {MARKUP}", "b"], "correct": [0]}, 1),
    "multiple_select": ({"options": [f"a {MARKUP}", "b", "c"], "correct": [0, 2]}, [0]),
    "true_false": ({"answer": True}, False),
    "order": ({"items": ["treaty-1961", "low-point-2017", "putin-visit-2024"]},
              ["low-point-2017", "treaty-1961", "putin-visit-2024"]),
    "match": ({"pairs": [[f"China {MARKUP}", "Beijing"], ["Russia", f"Moscow {MARKUP}"]]},
              {f"China {MARKUP}": f"Moscow {MARKUP}", "Russia": "Beijing"}),
    "place_on_timeline": ({"answer": "2017-06", "tolerance": 2}, "2019"),
    "short_answer": ({"answers": [f"Kim {MARKUP}"]}, f"typed {MARKUP}"),
    "numeric_year": ({"answer": 1961, "tolerance": 0}, 1970),
}


def _add_questions(db):
    from db.content import save_items

    items = [("question", {"id": f"q-{qtype.replace('_', '-')}", "type": qtype, "prompt": f"Prompt {MARKUP}",
                           "explanation": f"Because {MARKUP}", "events": ["treaty-1961"],
                           "sources": [{"source": "diplomat-2024"}], **data})
             for qtype, (data, _) in QUESTIONS.items()]
    items.append(("module", {"id": "m-markup", "title": f"Module {MARKUP}", "summary": f"About {MARKUP}",
                             "questions": [i["id"] for _, i in items]}))
    save_items(db, items)


def _add_markup(path):
    """Put markup into every kind of text a user or a file can supply."""
    from db.connection import open_database

    db = open_database(path)
    _add_questions(db)
    db.close()
    conn = sqlite3.connect(path)
    for table, columns in {
        "events": ("title", "summary"), "actors": ("name",), "claims": ("text", "note"),
        "relations": ("label", "summary"), "sources": ("title",), "eras": ("name",), "themes": ("name",),
    }.items():
        sets = ", ".join(f"{c} = {c} || ' ' || :m" for c in columns)
        conn.execute(f"UPDATE {table} SET {sets}", {"m": MARKUP})
    conn.execute("INSERT INTO students (name, pseudonym, created_at) VALUES (?, 'student-00000001', "
                 "'2026-11-28T10:00:00Z')", [f"Ann {MARKUP}"])
    conn.commit()
    conn.close()


def _rendered_as_rich_text(text: str, fmt) -> bool:
    """True if Qt would render this text as HTML and the marked markup is in it unescaped."""
    if f"<i>{MARK}</i>" not in text:
        return False
    if fmt == Qt.TextFormat.PlainText:
        return False
    return fmt == Qt.TextFormat.RichText or GuiQt.mightBeRichText(text)


def _problems(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__} '{widget.objectName()}'"
        tip = widget.toolTip()
        if f"<i>{MARK}</i>" in tip and GuiQt.mightBeRichText(tip):
            found.append(f"{name}: tooltip renders markup: {tip[:80]}")
        if isinstance(widget, QLabel) and _rendered_as_rich_text(widget.text(), widget.textFormat()):
            found.append(f"{name}: label renders markup: {widget.text()[:80]}")
        if isinstance(widget, QTextEdit) and MARK in widget.toPlainText() and f"<i>{MARK}</i>" not in \
                widget.toPlainText():
            found.append(f"{name}: text view renders markup: {widget.toPlainText()[:80]}")
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                tip = item.toolTip()
                if f"<i>{MARK}</i>" in tip and GuiQt.mightBeRichText(tip):
                    found.append(f"{name}: graphics item tooltip renders markup: {tip[:80]}")
    return found


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch):
    """A modal message box would hang the test: fail with its text instead."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(box):
        raise AssertionError(f"a modal message box was opened: {box.text()}")

    monkeypatch.setattr(QMessageBox, "exec", refuse)


@pytest.fixture
def marked_window(qtbot, min_db_path):
    from desktop.shell.app import create_window

    _add_markup(min_db_path)
    win = create_window(min_db_path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_every_place_shows_markup_as_text(qtbot, marked_window):
    win = marked_window
    state = win.state
    seen = []
    first_event = state.db.execute("SELECT slug FROM events ORDER BY start LIMIT 1").fetchone()[0]
    state.select_event(first_event)
    for view in win.VIEWS:
        win.show_view(view)
        QApplication.processEvents()
        seen += _problems(win)
    state.set_teacher_mode(True)
    for index in range(win.tabs.count()):
        win.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        seen += _problems(win)
    seen += _walk_editor(win)
    seen += _walk_quiz(win)
    assert not sorted(set(seen)), "\n".join(sorted(set(seen)))


def _walk_editor(win) -> list[str]:
    """Every kind in the editor, its first item open in the form (and the question preview)."""
    from desktop.editor.editor_widget import EditorWidget

    editor = win.findChild(EditorWidget)
    if editor is None:
        return []
    found = []
    editor.ask_discard = lambda: True  # a modal question would stop the test; nothing here is edited
    for kind in list(editor.forms):
        editor.items.set_kind(kind)
        for slug in editor.items.ids()[:3]:
            editor.items.select(slug)
            QApplication.processEvents()
            found += _problems(editor)
    return found


def _walk_quiz(win) -> list[str]:
    """A student takes the marked module: every question shown, answered, and its feedback shown."""

    page = win.quiz_widget   # built on first use
    state = win.state
    found = []
    state.set_student(state.db.execute("SELECT id FROM students").fetchone()[0])
    win.show_view("quiz")
    QApplication.processEvents()
    found += _problems(page)
    page.open_module("m-markup")
    for _ in QUESTIONS:
        QApplication.processEvents()
        found += _problems(page)
        qtype = page.session.question["type"]
        page.session.submit(QUESTIONS[qtype][1])
        QApplication.processEvents()
        found += _problems(page)
        assert page.session.feedback.isVisible(), f"no feedback after answering the {qtype} question"
        page.session.next_question()
    QApplication.processEvents()
    found += _problems(page)
    return found


def test_the_check_itself_flags_a_rich_text_label(qtbot):
    """Without this, a passing test above could mean the check looks at nothing."""
    label = QLabel(f"Title {MARKUP}")
    qtbot.addWidget(label)
    assert _problems(label)
    label.setTextFormat(Qt.TextFormat.PlainText)
    assert not _problems(label)


def test_pages_after_a_student_is_chosen_show_markup_as_text(qtbot, marked_window):
    """The student's name (with markup) appears in the progress title and elsewhere once chosen."""
    win = marked_window
    win.state.set_student(win.state.db.execute("SELECT id FROM students").fetchone()[0])
    seen = []
    for view in win.VIEWS:
        win.show_view(view)
        QApplication.processEvents()
        seen += _problems(win)
    assert not sorted(set(seen)), "\n".join(sorted(set(seen)))


def test_the_import_preview_shows_a_packs_title_and_author_as_text(qtbot, tmp_path, min_db):
    from db.interchange.pack import write_pack
    from desktop.interchange.import_dialog import ImportDialog
    from desktop.shell.app import create_window

    pack = tmp_path / "marked.zip"
    write_pack(min_db, pack, title=f"Pack {MARKUP}", author=f"Author {MARKUP}")
    window = create_window(tmp_path / "other.db")
    qtbot.addWidget(window)
    dialog = ImportDialog(window.state, window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed, timeout=60000) as blocker:
        dialog.load(str(pack))
    assert blocker.args[0]
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"<i>{MARK}</i>" in texts  # the title reached the dialog
    assert not _problems(dialog)


def test_the_duplicate_name_message_shows_the_name_as_text(qtbot, marked_window):

    picker = marked_window.quiz_widget.picker   # the quiz is built on first use
    picker.name.setText(f"Ann {MARKUP}")
    picker.create()
    assert MARK in picker.message.text()
    assert not _problems(picker)


def test_message_boxes_show_their_text_as_text(qtbot, monkeypatch):
    """Every message box of the app goes through desktop.widgets.plain_text, which never renders markup."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.widgets import plain_text

    shown = []

    def record(box):
        shown.append((box.textFormat(), box.text()))
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", record)
    for show in (plain_text.warning, plain_text.critical, plain_text.information):
        show(None, "Trilemma", f"Bad file {MARKUP}")
    plain_text.question(None, "Trilemma", f"Discard {MARKUP}?", QMessageBox.StandardButton.Ok)
    assert len(shown) == 4
    assert all(fmt == Qt.TextFormat.PlainText and MARK in text for fmt, text in shown)


def test_no_message_box_is_shown_around_the_plain_text_helper():
    """QMessageBox's static functions render text that looks like HTML; only our own escaped help may use them."""
    import ast
    from pathlib import Path

    import desktop

    allowed = {("main_window.py", "information")}  # the keyboard-shortcut table: our own, escaped HTML
    found = []
    for path in Path(desktop.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "QMessageBox"
                    and node.func.attr in ("warning", "critical", "information", "question")
                    and (path.name, node.func.attr) not in allowed):
                found.append(f"{path.name}:{node.lineno} QMessageBox.{node.func.attr}")
    assert not found, found
