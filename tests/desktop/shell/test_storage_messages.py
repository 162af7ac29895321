"""What a student sees when the disk is full mid-quiz: one plain sentence, nothing half-saved, and the retry works."""

from db.connection import open_database
from db.content import save_items
from db.learning import create_student


def _prepare(path):
    db = open_database(path)
    save_items(db, [("question", {"id": "q-who", "type": "short_answer", "prompt": "Who?", "answers": ["Kim"],
                                  "sources": [{"source": "diplomat-2024"}]}),
                    ("module", {"id": "m-disk", "title": "Disk", "questions": ["q-who"]})])
    create_student(db, name="Ann")
    db.close()


def test_a_full_disk_while_answering_is_told_plainly_and_nothing_is_half_saved(qtbot, min_db_path):
    from desktop.shell.app import create_window

    _prepare(min_db_path)
    win = create_window(min_db_path)
    qtbot.addWidget(win)
    db = win.state.db
    win.state.set_student(db.execute("SELECT id FROM students").fetchone()[0])
    page = win.quiz_widget   # built on first use
    page.open_module("m-disk")
    long_answer = "Kim " + "and so on " * 3000  # needs new pages, which a full disk cannot give
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
    page.session.submit(long_answer)
    assert page.session.view.hint.text().startswith("The disk is full, so your answer could not be saved.")
    assert page.session.feedback.isHidden()
    assert db.execute("SELECT count(*) FROM attempts").fetchone()[0] == 0
    assert db.execute("SELECT position FROM quiz_sessions").fetchone()[0] == 0  # not advanced either
    db.execute("PRAGMA max_page_count = 1073741823")  # space freed: the same answer is saved
    page.session.submit(long_answer)
    assert not page.session.feedback.isHidden()
    assert db.execute("SELECT count(*) FROM attempts").fetchone()[0] == 1
