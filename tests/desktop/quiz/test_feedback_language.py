"""Quiz feedback in the student's language: the sentence, the right answer and the dates, with plural forms;
a grade that carries only English text (made before grading gave data) still shows."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest
from PySide6.QtCore import Qt

from db import learning
from db.grading import Grade, grade
from desktop.appearance import i18n
from desktop.quiz.feedback_panel import FeedbackPanel
from desktop.quiz.feedback_text import FeedbackText
from desktop.shell.app import create_window

# Question of the m-all-types module → a wrong (or partly right) answer and what a Russian student reads.
RUSSIAN = {
    "q-who-visited": (0, "Вы выбрали «Xi Jinping».", "Vladimir Putin"),
    "q-treaty-parties": ([0, 3], "Верных вариантов выбрано: 1 из 2; кроме того, выбран 1 неверный вариант.",
                         "China; North Korea"),
    "q-visit-rare": (False, "Ваш ответ: «Неверно».", "Верно"),
    "q-order-three": (["putin-visit-2024", "low-point-2017", "treaty-1961"], "В верном порядке: 0 из 3 пар событий.", None),
    "q-match-years": ({"Sino-North Korean treaty": "2017", "Relations hit a low": "1961", "Putin visits Pyongyang": "2024"},
                      "Верно составлено пар: 1 из 3.", None),
    "q-place-visit": ("2024-09", "Вы указали сентябрь 2024 г.: это на 3 месяца позже, чем нужно.", "июнь 2024 г."),
    "q-short-capital": ("Seoul", "«Seoul» — это не тот ответ, который мы ждали.", "Pyongyang"),
    "q-low-year": (2012, "Вы указали 2012 г.: это на 5 лет раньше, чем нужно.", "2017 г."),
}
KOREAN = {
    "q-who-visited": "선택한 답: “Xi Jinping”",
    "q-treaty-parties": "맞는 보기 2개 중 1개를 골랐고, 틀린 보기도 1개 골랐습니다.",
    "q-visit-rare": "선택한 답: “거짓”",
    "q-order-three": "사건 쌍 3개 중 0개의 순서가 맞습니다.",
    "q-match-years": "짝 3개 중 1개가 맞습니다.",
    "q-place-visit": "2024년 9월: 3개월 늦습니다.",
    "q-short-capital": "“Seoul”은(는) 찾던 답이 아닙니다.",
    "q-low-year": "2012년: 5년 이릅니다.",
}


def open_quiz(qtbot, path, student: str, module: str):
    """The main window's quiz with a new student in a module's session."""
    win = create_window(path)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    win.show_view("quiz")
    page = win.quiz_widget
    page.picker.name.setText(student)
    qtbot.mouseClick(page.picker.add, Qt.LeftButton)
    chooser = page.chooser
    chooser.list.setCurrentRow(next(r for r in range(chooser.list.count())
                                    if chooser.list.item(r).data(Qt.UserRole) == module))
    qtbot.keyClick(chooser.list, Qt.Key_Return)
    assert page.stack.currentWidget() is page.session
    return page.session


def paragraphs(panel: FeedbackPanel) -> list[str]:
    """The panel's paragraphs as plain text."""
    return [unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in re.findall(r"<p[^>]*>(.*?)</p>", panel.body.text())]


def english_words(text: str, content: list[str]) -> list[str]:
    """Latin-letter words left once the content's own strings (option texts, names) are taken out."""
    for value in content:
        text = text.replace(value, "")
    return re.findall(r"[A-Za-z]{2,}", text)


@pytest.fixture
def russian(restore_appearance):
    assert i18n.install_language("ru")
    yield
    i18n.install_language("en")


def test_wrong_answers_of_every_type_read_in_russian(qtbot, min_db, russian):
    panel = FeedbackPanel()
    qtbot.addWidget(panel)
    for slug, (answer, sentence, expected) in RUSSIAN.items():
        q = learning.question_for_display(min_db, slug)
        result = grade(q, answer)
        panel.show_grade(q, result)
        first, answer_line = paragraphs(panel)[:2]
        assert first == sentence, slug
        assert result.detail not in panel.body.text() and "The answer" not in panel.body.text()
        assert answer_line.startswith("Ответ:"), slug
        if expected is not None:
            assert answer_line == f"Ответ: {expected}", slug
        content = [*(q.get("options") or []), *(q.get("answers") or []), *(q.get("item_titles") or {}).values(),
                   *(x for pair in q.get("pairs") or [] for x in pair), str(answer)]  # content and the student's words
        assert not english_words(first + answer_line, content), (slug, first, answer_line)


@pytest.mark.parametrize(("months", "words"), [
    ("2024-08", "Вы указали август 2024 г.: ошибка на 2 месяца, но это достаточно близко."),
    ("2024-12", "Вы указали декабрь 2024 г.: это на 6 месяцев позже, чем нужно."),
    ("2025-07", "Вы указали июль 2025 г.: это на 13 месяцев позже, чем нужно."),  # months up to two years
    ("2026-03", "Вы указали март 2026 г.: это на 21 месяц позже, чем нужно."),
    ("2026-07", "Вы указали июль 2026 г.: это на 2 года 1 месяц позже, чем нужно."),
    ("2022-01", "Вы указали январь 2022 г.: это на 2 года 5 месяцев раньше, чем нужно."),
    ("2019-06", "Вы указали июнь 2019 г.: это на 5 лет раньше, чем нужно."),
    ("2024-06", "Точно в цель: июнь 2024 г."),
])
def test_months_off_use_the_three_russian_plural_forms(qtbot, min_db, russian, months, words):
    q = {**learning.question_for_display(min_db, "q-place-visit"), "tolerance": 2}
    assert FeedbackText().sentence(grade(q, months)) == words


def test_chinese_year_within_tolerance_and_the_expected_range():
    result = grade({"type": "numeric_year", "answer": 2017, "tolerance": 1}, 2018)
    try:
        assert i18n.install_language("zh_CN")
        words = FeedbackText()
        assert words.sentence(result) == "你给出的2018年相差1年，已经足够接近。"
        assert words.expected(result) == "2017年（±1年）"
    finally:
        i18n.install_language("en")
    assert FeedbackText().sentence(result) == "2018 is 1 year off, close enough."  # English: db's own text


def test_a_korean_student_reads_every_wrong_answer_in_korean(qtbot, min_db_path, restore_appearance):
    assert i18n.install_language("ko")
    session = open_quiz(qtbot, min_db_path, "Ana", "m-all-types")
    seen = []
    while session.info.get("current"):
        slug = session.question["id"]
        session.view.set_answer(RUSSIAN[slug][0])
        qtbot.keyClick(session.view, Qt.Key_Return)
        assert session.feedback.isVisible(), slug
        assert not english_words(session.feedback.headline.text(), []), slug
        first, answer_line = paragraphs(session.feedback)[:2]
        assert first == KOREAN[slug], slug
        assert not answer_line.startswith("The answer"), slug
        seen.append(slug)
        qtbot.mouseClick(session.feedback.next, Qt.LeftButton)
    assert sorted(seen) == sorted(KOREAN)
    i18n.install_language("en")


def test_a_grade_with_only_english_text_still_shows(qtbot, russian):
    """Grades made before feedback came as data (or with a message this version does not know) show their text."""
    panel = FeedbackPanel()
    qtbot.addWidget(panel)
    q = {"id": "old", "type": "single_choice", "options": ["Beijing", "Moscow"], "correct": [1]}
    old = Grade(False, 0.0, "Moscow", "You chose “Beijing”.")
    panel.show_grade(q, old)
    assert paragraphs(panel)[:2] == ["You chose “Beijing”.", "Ответ: Moscow"]
    newer = Grade(False, 0.0, "Moscow", "Some later sentence.", "a_later_message", {"x": 1}, "a_later_kind", 1)
    panel.show_grade(q, newer)
    assert paragraphs(panel)[:2] == ["Some later sentence.", "Ответ: Moscow"]
    broken = Grade(False, 0.0, "June 2018", "June 2019 is 1 year too late.", "date_late", {"placed": "June"}, "date", "x")
    panel.show_grade(q, broken)
    assert paragraphs(panel)[:2] == ["June 2019 is 1 year too late.", "Ответ: June 2018"]


def test_an_attempt_stored_before_the_change_shows_again_in_russian(qtbot, min_db, russian):
    """Attempts keep the question snapshot and the answer, not the feedback: regraded, they read in Russian."""
    learning.create_student(min_db, name="Old")
    sid = min_db.execute("SELECT max(id) FROM students").fetchone()[0]
    learning.start_session(min_db, student_id=sid, module="m-all-types")
    session = min_db.execute("SELECT max(id) FROM quiz_sessions").fetchone()[0]
    learning.record_answer(min_db, student_id=sid, session_id=session, question_slug="q-who-visited", answer=0)
    # An older snapshot: stored before question_for_display gave item titles, event and source details.
    snapshot = {"id": "q-who-visited", "type": "single_choice", "prompt": "Who visited?",
                "options": ["Xi Jinping", "Vladimir Putin", "Moon Jae-in"], "correct": [1]}
    min_db.execute("UPDATE attempts SET question_snapshot = ? WHERE session_id = ?",
                   [json.dumps(snapshot), session])
    row = learning.last_attempt(min_db, session_id=session)
    panel = FeedbackPanel()
    qtbot.addWidget(panel)
    panel.show_grade(row["question"], grade(row["question"], row["answer"]))
    assert paragraphs(panel)[:2] == ["Вы выбрали «Xi Jinping».", "Ответ: Vladimir Putin"]


def test_source_dates_and_weak_spot_dates_are_written_the_russian_way(qtbot, min_db, russian):
    panel = FeedbackPanel()
    qtbot.addWidget(panel)
    q = {**learning.question_for_display(min_db, "q-who-visited"),
         "source_info": [{"title": "A report", "outlet": "Reuters", "published": "2017-02-23"},
                         {"title": "An odd one", "published": "spring 2017"}]}
    panel.show_grade(q, grade(q, 0))
    text = unescape(panel.body.text())
    assert "(23 февраля 2017 г.)" in text and "(spring 2017)" in text  # a date the app cannot read is shown as stored

    from desktop.progress.progress_page import ProgressPage
    from desktop.state import AppState

    learning.create_student(min_db, name="Ana")
    ana = min_db.execute("SELECT max(id) FROM students").fetchone()[0]
    learning.start_session(min_db, student_id=ana, module="m-all-types")
    session = min_db.execute("SELECT max(id) FROM quiz_sessions").fetchone()[0]
    learning.record_answer(min_db, student_id=ana, session_id=session, question_slug="q-who-visited", answer=0)
    state = AppState(min_db)
    page = ProgressPage(state)
    qtbot.addWidget(page)
    state.set_student(ana)
    page.refresh()
    described = page.spots_plot.accessibleDescription()
    assert "июня 2024 г." in described and "June" not in described, described
