"""Every Alt+letter in each quiz and progress screen reaches exactly one control (no clashing mnemonics)."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from desktop.shell.app import create_window

MNEMONIC = re.compile(r"&([^&\s])")


def _letters(win) -> Counter:
    """Alt letters live on screen: menu titles, tab titles, visible enabled buttons and buddied labels."""
    found: list[str] = []
    texts = [m.title() for m in win.menus.values()]
    texts += [win.tabs.tabText(i) for i in range(win.tabs.count())]
    for w in win.tabs.currentWidget().findChildren(QAbstractButton):
        if w.isVisible() and w.isEnabled():
            texts.append(w.text())
    for w in win.tabs.currentWidget().findChildren(QLabel):
        if w.isVisible() and w.buddy() is not None:
            texts.append(w.text())
    for text in texts:
        found += [m.lower() for m in MNEMONIC.findall(text.replace("&&", ""))]
    return Counter(found)


def _assert_unique(win, where: str) -> None:
    clashes = {k: n for k, n in _letters(win).items() if n > 1}
    assert not clashes, f"{where}: Alt+{clashes}"


def test_no_alt_key_clashes_anywhere_in_the_quiz(qtbot, min_db_path):
    win = create_window(min_db_path)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    win.show_view("quiz")
    page = win.quiz_widget
    _assert_unique(win, "profile picker")
    page.picker.name.setText("Ana")
    qtbot.mouseClick(page.picker.add, Qt.LeftButton)
    _assert_unique(win, "module chooser")
    page.open_module("m-all-types")
    session = page.session
    for i in range(8):
        _assert_unique(win, f"question {i + 1}: {session.question['type']}")
        answer = session.view.answer()
        if answer is None:
            session.view.set_answer({"single_choice": 0, "multiple_select": [0], "true_false": True,
                                     "match": {p[0]: p[1] for p in session.question.get("pairs", [])},
                                     "place_on_timeline": "2000-01", "short_answer": "x",
                                     "numeric_year": 2000}.get(session.question["type"]))
        session.view.submit()
        _assert_unique(win, f"feedback {i + 1}")
        qtbot.mouseClick(session.feedback.next, Qt.LeftButton)
    _assert_unique(win, "summary")
    win.show_view("progress")
    _assert_unique(win, "progress page")
    win.show_view("quiz")
    page.show_picker()
    assert page.picker.pick.isEnabled()
    _assert_unique(win, "profile picker with students")
