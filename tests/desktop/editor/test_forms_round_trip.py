"""Opening an item and leaving it untouched changes nothing: every form reads back exactly what is stored."""

from PySide6.QtWidgets import QWidget

from db.content import list_items
from desktop.editor.kinds import SPECS
from desktop.shell.app import create_window


def test_every_item_of_the_real_content_round_trips_through_its_form(qtbot, full_db_path):
    win = create_window(full_db_path)
    qtbot.addWidget(win)
    win.state.set_teacher_mode(True)
    editor = win.findChild(QWidget, "editor").body
    checked = 0
    for kind in SPECS:
        form = editor.forms[kind]
        for item in list_items(win.state.db, kind):
            form.set_item(item)
            assert form.item() == item, (kind, item["id"])
            checked += 1
    assert checked > 300
