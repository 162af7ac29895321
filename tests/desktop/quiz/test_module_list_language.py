"""The module list in the student's language: plural forms of the counts, and numbers written the language's way."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.appearance import i18n
from desktop.shell.app import create_window


def _chooser(qtbot, path):
    win = create_window(path)
    qtbot.addWidget(win)
    win.show_view("quiz")
    page = win.quiz_widget
    page.picker.name.setText("Аня")
    qtbot.mouseClick(page.picker.add, Qt.LeftButton)
    return page.chooser


def _module(total: int, answered: int = 0, resume_at: int | None = None) -> dict:
    return {"total": total, "answered": answered, "resume_at": resume_at}


def test_the_module_cards_count_questions_with_russian_plural_forms(qtbot, min_db_path, restore_appearance):
    chooser = _chooser(qtbot, min_db_path)
    i18n.install_language("ru")
    assert chooser.state_text(_module(1)) == "1 вопрос"
    assert chooser.state_text(_module(3)) == "3 вопроса"
    assert chooser.state_text(_module(19)) == "19 вопросов"
    assert chooser.state_text(_module(17, answered=17)) == "отвечено 17 из 17"
    assert chooser.state_text(_module(18, answered=4, resume_at=4)) == "Продолжить с вопроса 5 из 18"
    chooser.refresh()
    texts = [w.text() for w in chooser.list.findChildren(QLabel)]
    assert any(t.endswith(("вопрос", "вопроса", "вопросов")) for t in texts), texts
    bar_texts = [chooser.list.itemWidget(chooser.list.item(r)).accessibleName() for r in range(chooser.list.count())]
    assert all("освоено" in t for t in bar_texts), bar_texts


def test_the_module_cards_are_chinese_and_korean_too(qtbot, min_db_path, restore_appearance):
    chooser = _chooser(qtbot, min_db_path)
    i18n.install_language("zh_CN")
    assert chooser.state_text(_module(19)) == "19 道题"
    i18n.install_language("ko")
    assert chooser.state_text(_module(17, answered=17)) == "17문제 중 17문제 답함"


def test_points_are_written_with_the_languages_decimal_sign(restore_appearance):
    i18n.install_language("ru")
    assert i18n.local_number(17.9) == "17,9"
    assert i18n.local_number(18.0) == "18"
    i18n.install_language("en")
    assert i18n.local_number(17.94) == "17.9"
