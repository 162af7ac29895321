"""Generated questions in a language: the same questions, in its sentences, names and way of writing dates."""

from __future__ import annotations

import re

from db import i18n
from db.content import get_item
from db.generate import generate_questions

EVENT = "putin-visit-pyongyang-2024"


def _by_id(questions: list[dict]) -> dict[str, dict]:
    return {q["id"]: q for q in questions}


def test_korean_generated_questions_write_dates_the_korean_way(full_db, translations):
    english = _by_id(generate_questions(full_db, event_slugs=[EVENT]))
    korean = _by_id(generate_questions(full_db, event_slugs=[EVENT], lang="ko"))
    assert korean.keys() == english.keys(), "the same questions in every language"
    when = korean[f"gen-date-{EVENT}"]
    assert all(re.fullmatch(r"\d{4}년 \d{1,2}월", option) for option in when["options"]), when["options"]
    assert [when["options"][i] for i in when["correct"]] == ["2024년 6월"]
    assert when["correct"] == english[f"gen-date-{EVENT}"]["correct"]
    assert "‘푸틴의 평양 국빈 방문’" in when["prompt"] and "2024년 6월 18~19일" in when["explanation"]
    year = korean[f"gen-year-{EVENT}"]
    assert year["explanation"].startswith("2024년. ") and year["answer"] == english[f"gen-year-{EVENT}"]["answer"]


def test_russian_and_chinese_dates_and_untranslated_titles_stay_english(full_db, translations):
    russian = _by_id(generate_questions(full_db, event_slugs=[EVENT], lang="ru"))
    options = russian[f"gen-date-{EVENT}"]["options"]
    assert "Июнь 2024 г." in options and all(o.endswith(" г.") and o[0].isupper() for o in options)
    title = get_item(full_db, "event", EVENT)["title"]  # no Russian title in the fixtures: English, in «»
    assert russian[f"gen-date-{EVENT}"]["prompt"] == f"Когда произошло событие «{title}»?"
    chinese = _by_id(generate_questions(full_db, event_slugs=[EVENT], lang="zh_CN"))
    assert "2024年6月" in chinese[f"gen-date-{EVENT}"]["options"]


def test_english_generation_is_unchanged_by_the_content_language(full_db, translations):
    before = generate_questions(full_db, event_slugs=[EVENT])
    i18n.set_content_language("ko")
    try:
        after = generate_questions(full_db, event_slugs=[EVENT])
    finally:
        i18n.set_content_language("en")
    assert after == before
    assert not any(re.search(r"[\uac00-\ud7af]", str(q)) for q in after), "Korean leaked into English questions"
