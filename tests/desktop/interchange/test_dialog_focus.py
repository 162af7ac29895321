"""Back from a file chooser, the focus lands on what changed and it is announced (issue 20). The chooser itself is
replaced by a function returning a path: a real one would block the test."""

import pytest

from db.interchange.pack import write_pack
from desktop.appearance import announce
from desktop.interchange import export_dialog, import_dialog
from desktop.interchange.export_dialog import ExportDialog
from desktop.interchange.import_dialog import ImportDialog
from desktop.shell.app import create_window


@pytest.fixture
def win(qtbot, min_db_path):
    window = create_window(min_db_path)
    qtbot.addWidget(window)
    return window


def test_after_saving_the_focus_is_on_what_was_saved(qtbot, win, tmp_path, monkeypatch):
    win.state.set_teacher_mode(True)   # questions with their answers: teachers only (no refusal box to block on)
    dialog = ExportDialog(win.state, "questions", win)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    monkeypatch.setattr(export_dialog, "save_file_name", lambda *_a: str(tmp_path / "q.xml"))
    dialog.choose_file()
    assert (tmp_path / "q.xml").exists()
    qtbot.waitUntil(dialog.result_label.hasFocus)
    assert announce.recent[-1].startswith("Saved ")


def test_after_choosing_a_file_to_import_the_focus_is_on_import(qtbot, win, tmp_path, monkeypatch):
    path = tmp_path / "p.zip"
    write_pack(win.state.db, path)
    dialog = ImportDialog(win.state, win)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    monkeypatch.setattr(import_dialog, "open_file_name", lambda *_a: str(path))
    dialog.choose_file()
    target = dialog.import_button if dialog.import_button.isEnabled() else dialog.tree
    qtbot.waitUntil(target.hasFocus)
    assert announce.recent[-1] == dialog.heading.text() and "p.zip" in announce.recent[-1]
