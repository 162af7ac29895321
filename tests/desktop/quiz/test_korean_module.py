"""A student takes a whole module in Korean and reads no English content on screen, only source titles
(which stay as published): every prompt, option, pair, explanation, feedback line and title is translated.

Runs on the small test content with its Korean translation (tests/fixtures/content_min_ko), and on the
shipped content once its Korean translation is complete (packaging/content_i18n.py check ko)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from content_i18n_support import english_content, screen_texts, sources_shown
from PySide6.QtCore import Qt

from db import learning
from db.i18n import ENGLISH_MARK
from desktop.appearance import i18n
from desktop.shell.app import create_window

ROOT = Path(__file__).resolve().parents[3]


def _shipped_korean_complete() -> bool:
    spec = importlib.util.spec_from_file_location("content_i18n", ROOT / "packaging" / "content_i18n.py")
    tool = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("content_i18n", tool)
    spec.loader.exec_module(tool)
    found = tool.problems("ko")
    return not found["missing"] and not found["invalid"]


def some_answer(q: dict):
    """A valid answer (wrong where it can be, so the feedback shows the right one)."""
    kind = q["type"]
    if kind == "single_choice":
        return next(i for i in range(len(q["options"])) if i != q["correct"][0])
    return {"multiple_select": [0], "true_false": not q.get("answer"), "order": list(q.get("items") or []),
            "match": {left: right for left, right in q.get("pairs") or []}, "place_on_timeline": q.get("answer"),
            "short_answer": "모르겠어요", "numeric_year": q.get("answer")}[kind]


@pytest.fixture(params=["fixture", "shipped"])
def korean_db(request, min_ko_db_path, full_db_path):
    if request.param == "fixture":
        return min_ko_db_path, "m-all-types"
    if not _shipped_korean_complete():
        pytest.skip("the shipped Korean translation is not complete yet (tests/packaging/test_content_translations.py "
                    "fails for it); the fixture case covers the display")
    from db.connection import open_database

    db = open_database(full_db_path)
    module = db.execute("SELECT slug FROM modules ORDER BY sort_order, slug LIMIT 1").fetchone()[0]
    db.close()
    return full_db_path, module


def test_a_module_in_korean_shows_no_english_content(qtbot, korean_db, restore_appearance):
    path, module = korean_db
    assert i18n.install_language("ko")
    win = create_window(path)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    win.show_view("quiz")
    page = win.quiz_widget
    page.picker.name.setText("민지")
    qtbot.mouseClick(page.picker.add, Qt.LeftButton)
    english, sources = english_content(win.state.db), sources_shown(win.state.db)
    assert english, "the content has English text to look for"

    def check(moment: str) -> None:
        text = "\n".join(screen_texts(win))
        for source in sources:
            text = text.replace(source, "")
        leaked = [e for e in english if e in text]
        assert not leaked, f"{moment}: English content on screen: {leaked[:5]}"
        assert ENGLISH_MARK["ko"] not in text, f"{moment}: an untranslated text is shown"

    chooser = page.chooser
    check("the module list")
    chooser.list.setCurrentRow(next(r for r in range(chooser.list.count())
                                    if chooser.list.item(r).data(Qt.UserRole) == module))
    qtbot.keyClick(chooser.list, Qt.Key_Return)
    session = page.session
    asked = 0
    while page.stack.currentWidget() is session and session.view is not None and session.view.isVisible():
        q = learning.current_question(win.state.db, session.session_id)
        if q is None:
            break
        check(f"question {q['id']}")
        session.view.set_answer(some_answer(q))
        qtbot.keyClick(session.view, Qt.Key_Return)
        assert session.feedback.isVisible(), q["id"]
        check(f"the feedback on {q['id']}")
        asked += 1
        qtbot.mouseClick(session.feedback.next, Qt.LeftButton)
    assert asked == len(learning.module_question_slugs(win.state.db, module))
    check("the end of the module")
