"""Run by a realwindow test under xcb: save an edit in the editor, then press Ctrl+Z and Ctrl+Shift+Z with the
cursor in the title field; print what the database held after each key, as JSON.

    python tests/desktop/realwindow/editor_keys_probe.py --db FILE
"""

from __future__ import annotations

import argparse
import json
import time


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    args = parser.parse_args()
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from db.content import get_item
    from desktop.shell.app import create_window

    win = create_window(args.db)
    app = QApplication.instance()
    win.state.set_teacher_mode(True)
    win.show()
    QTest.qWaitForWindowExposed(win)
    win.show_view("editor")
    editor = win.findChild(QWidget, "editor").body
    editor.items.set_kind("event")
    editor.items.select("mao-lips-and-teeth-1950")

    def title() -> str:
        return get_item(win.state.db, "event", "mao-lips-and-teeth-1950")["title"]

    before = title()
    editor.form.fields["title"].set("A new title")
    editor.save()

    def press(keys: str) -> str:
        field = editor.form.fields["title"].widget
        win.activateWindow()
        field.setFocus()
        end = time.monotonic() + 3
        while not field.hasFocus() and time.monotonic() < end:
            app.processEvents()
        QTest.keySequence(field, keys)
        app.processEvents()
        return title()

    report = {"before": before, "saved": title(), "redo_keys": [k.toString() for k in editor.redo_action.shortcuts()],
              "ctrl_z": press("Ctrl+Z"), "ctrl_shift_z": press("Ctrl+Shift+Z")}
    print(json.dumps(report))
    win.close()


if __name__ == "__main__":
    main()
