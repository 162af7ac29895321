"""A big import runs off the window's thread: the window keeps answering, shows progress, and Stop loses nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from db.content import list_items
from desktop.interchange.import_dialog import ImportDialog
from desktop.shell.app import create_window
from tests.db.test_progress import bulk_pack


@pytest.fixture
def win(qtbot, min_db_path):
    window = create_window(min_db_path)
    qtbot.addWidget(window)
    window.state.set_teacher_mode(True)
    return window


def _dump(db) -> str:
    return "\n".join(db.conn.iterdump())


def test_the_window_answers_while_a_big_pack_is_previewed_and_imported(qtbot, win, boxes, tmp_path):
    pack = bulk_pack(win.state.db, tmp_path / "big.zip", 3000)
    dialog = ImportDialog(win.state, win)
    qtbot.addWidget(dialog)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(dialog.busy()))
    timer.start(10)
    values = []
    dialog.bar.valueChanged.connect(values.append)
    with qtbot.waitSignal(dialog.previewed, timeout=120000) as shown:
        dialog.load(str(pack))
        assert dialog.busy() and not dialog.stop_button.isHidden(), "the preview runs on the worker: load returns at once"
    assert shown.args == [True] and not dialog.busy() and dialog.stop_button.isHidden()
    assert any(ticks), "the window's timer fired while the file was being read"
    assert values and max(values) >= 3000, "the bar followed the items"
    ticks.clear()
    with qtbot.waitSignal(dialog.imported, timeout=120000) as saved:
        dialog.apply()
    timer.stop()
    assert saved.args == [True] and sum(ticks) >= 2, "the window kept answering during the import"
    assert len([e for e in list_items(win.state.db, "event") if e["id"].startswith("bulk-")]) == 3000
    assert boxes[-1][0] == "information"


def test_stop_during_the_import_changes_nothing_and_says_so(qtbot, win, boxes, tmp_path):
    pack = bulk_pack(win.state.db, tmp_path / "big.zip", 3000)
    dialog = ImportDialog(win.state, win)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed, timeout=120000):
        dialog.load(str(pack))
    before = _dump(win.state.db)
    seen = []
    win.state.changed.connect(seen.append)

    def stop_when_saving(stage, done, total):
        if stage == "saving" and dialog.stop_button.isEnabled():
            dialog.stop_button.click()

    with qtbot.waitSignal(dialog.imported, timeout=120000) as ended:
        dialog.apply()
        dialog.worker.progressed.connect(stop_when_saving)
    assert ended.args == [False]
    assert "Nothing was changed" in dialog.heading.text()
    assert _dump(win.state.db) == before and not seen
    assert not dialog.busy() and dialog.choose_button.isEnabled()


def test_closing_the_dialog_mid_import_stops_it_first(qtbot, win, boxes, tmp_path):
    pack = bulk_pack(win.state.db, tmp_path / "big.zip", 3000)
    dialog = ImportDialog(win.state, win)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed, timeout=120000):
        dialog.load(str(pack))
    dialog.apply()
    assert dialog.busy()
    dialog.reject()
    qtbot.wait(50)
    assert not [e for e in list_items(win.state.db, "event") if e["id"].startswith("bulk-")]


def test_a_refused_file_still_names_the_place_after_running_on_the_worker(qtbot, win, boxes, tmp_path):
    gift = tmp_path / "broken.xml"
    gift.write_text("<quiz><question type='numerical'><answer fraction='100'><text>1e999</text>", encoding="utf-8")
    dialog = ImportDialog(win.state, win)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed, timeout=60000) as shown:
        dialog.load(str(gift))
    assert shown.args == [False] and boxes[-1][0] == "warning" and "broken.xml" in boxes[-1][2]
    assert not dialog.busy()


def test_after_a_big_import_the_timeline_reads_its_events_beside_the_window(qtbot, win, boxes, tmp_path):
    from desktop.timeline.widget import BIG_CHANGE

    pack = bulk_pack(win.state.db, tmp_path / "big.zip", BIG_CHANGE + 500)
    from desktop.timeline import TimelineWidget

    timeline = win.findChild(TimelineWidget)
    before = len(timeline.model.data)
    dialog = ImportDialog(win.state, win)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed, timeout=120000):
        dialog.load(str(pack))
    with qtbot.waitSignal(dialog.imported, timeout=120000):
        dialog.apply()
    assert timeline._reader is not None, "the re-read runs on a worker, not in the window's thread"
    assert len(timeline.model.data) == before, "until it ends, the events shown so far stay"
    qtbot.waitUntil(lambda: timeline._reader is None, timeout=60000)
    assert len(timeline.model.data) == before + BIG_CHANGE + 500
