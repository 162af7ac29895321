"""The app sends queued xAPI statements on its own, off the GUI thread, once a teacher set up a record store."""

from __future__ import annotations

from lrs_support import PASSWORD, USER, RalphServer, free_port

from db.changes import Changes
from db.interchange.lrs import outbox_status, save_lrs_settings
from desktop.shell.app import create_window


def test_a_new_answer_reaches_the_record_store_without_blocking_the_window(qtbot, min_db_path, tmp_path):
    server = RalphServer(tmp_path / "ralph", free_port())
    server.start()
    try:
        win = create_window(min_db_path)
        qtbot.addWidget(win)
        db = win.state.db
        win.state.run(save_lrs_settings, origin="test", endpoint=server.url, key=USER, secret=PASSWORD)
        sid = db.execute("INSERT INTO students (name, pseudonym, created_at) VALUES ('Ada', 'p-1', "
                         "'2026-11-01T09:00:00Z')").lastrowid
        qid = db.execute("SELECT id FROM questions LIMIT 1").fetchone()[0]
        aid = db.execute("INSERT INTO attempts (student_id, question_id, answer, correct, score, answered_at) "
                         "VALUES (?, ?, '1', 1, 1.0, '2026-11-28T10:00:00Z')", [sid, qid]).lastrowid
        db.conn.commit()
        seen: list[Changes] = []
        win.state.changed.connect(seen.append)
        win.state.changed.emit(Changes(origin="quiz").add("attempts", aid))
        assert outbox_status(db)["pending"] == 1, "the answer was not queued"
        assert [c.value for c in seen if "outbox" in c] == [1], "queueing the statement was not signalled"
        qtbot.waitUntil(lambda: outbox_status(db)["sent"] == 1, timeout=15000)
        # The send on the worker's own connection is signalled in the window's thread too.
        qtbot.waitUntil(lambda: any(getattr(c.value, "sent", 0) == 1 for c in seen), timeout=5000)
        stored = server.statements()
        assert [s["actor"]["account"]["name"] for s in stored] == ["p-1"]
    finally:
        server.stop()
