"""Students read content in the content language: the queries give translated rows, a missing translation
shows the English with a marker, and a question is asked (and graded) in the translation."""

import pytest

from db import i18n, learning
from db.connection import open_database
from db.grading import grade
from db.queries import eras, event_details, event_rows, landmark_events, search, themes
from db.queries.progress import module_progress
from db.queries.relations import all_relations
from db.queries.timeline import load_timeline
from db.translations import save_translation


@pytest.fixture
def ko_db(min_ko_db_path):
    db = open_database(min_ko_db_path)
    i18n.set_content_language("ko")
    yield db
    i18n.set_content_language("en")
    db.close()


def test_lists_and_details_come_in_korean(ko_db):
    assert {r["slug"]: r["title"] for r in event_rows(ko_db)}["putin-visit-2024"] == "푸틴, 평양 방문"
    assert "푸틴, 평양 방문" in load_timeline(ko_db).titles
    details = event_details(ko_db, "putin-visit-2024")
    assert (details["title"], details["summary"]) == ("푸틴, 평양 방문", "국빈 방문.")
    assert [c["text"] for c in details["claims"]] == ["푸틴은 드물게 해외 순방에 나섰다."]
    assert {a["display"] for a in details["actors"]} <= {"중국", "북한", "러시아", "소련"}
    assert [e["name"] for e in eras(ko_db)] == ["최저점"] and [t["name"] for t in themes(ko_db)] == ["정상회담"]
    assert all(not any(c.isascii() and c.isalpha() for c in e["title"]) for e in landmark_events(ko_db))
    relation = {r["slug"]: r for r in all_relations(ko_db)}["cn-kp-alliance"]
    assert (relation["label"], relation["summary"]) == ("조약 동맹", "조약에 따른 동맹.")
    assert {m["slug"]: m["title"] for m in module_progress(ko_db, student_id=None)}["m-basics"] == "기초"


def test_a_missing_translation_shows_the_english_marked(ko_db):
    save_translation(ko_db, kind="event", slug="putin-visit-2024", lang="ko", field="title", value=None)
    title = {r["slug"]: r["title"] for r in event_rows(ko_db)}["putin-visit-2024"]
    assert title == "[영어] Putin visits Pyongyang"
    i18n.set_content_language("en")
    assert {r["slug"]: r["title"] for r in event_rows(ko_db)}["putin-visit-2024"] == "Putin visits Pyongyang"


def test_a_teachers_translation_shows_at_once(ko_db):
    save_translation(ko_db, kind="event", slug="putin-visit-2024", lang="ko", field="title", value="푸틴 방북")
    assert event_details(ko_db, "putin-visit-2024")["title"] == "푸틴 방북"


def test_a_question_is_shown_and_graded_in_korean(ko_db):
    q = learning.question_for_display(ko_db, "q-who-visited")
    assert q["prompt"] == "2024년 6월 평양을 국빈 방문한 사람은 누구입니까?"
    assert q["options"] == ["시진핑", "블라디미르 푸틴", "문재인"]
    assert grade(q, 1).expected_value == "블라디미르 푸틴"
    match = learning.question_for_display(ko_db, "q-match-years")
    assert grade(match, {"조중 조약": "1961년", "관계가 바닥을 치다": "2017년", "푸틴, 평양 방문": "2024년"}).correct
    order = learning.question_for_display(ko_db, "q-order-three")
    assert set(order["item_titles"].values()) == {"조중 조약", "관계가 바닥을 치다", "푸틴, 평양 방문"}


def test_a_short_answer_accepts_the_korean_answers_and_the_english_ones(ko_db):
    q = learning.question_for_display(ko_db, "q-short-capital")
    assert all(grade(q, answer).correct for answer in ("평양", "평양시", "Pyongyang"))
    assert grade(q, "서울").expected == "평양"


def test_search_finds_the_translated_text_and_shows_translated_titles(ko_db):
    found = search(ko_db, "평양")
    assert ("event", "putin-visit-2024") in {(r["kind"], r["slug"]) for r in found}
    assert {r["title"] for r in found if r["slug"] == "putin-visit-2024"} == {"푸틴, 평양 방문"}
    english = {r["slug"]: r["title"] for r in search(ko_db, "Putin")}  # the English still finds it
    assert english["putin-visit-2024"] == "푸틴, 평양 방문"


def test_options_of_another_count_than_the_english_are_not_shown(ko_db):
    from db.content import get_item, save_item

    q = get_item(ko_db, "question", "q-who-visited")
    save_item(ko_db, kind="question", item={**q, "options": [*q["options"], "Kim Jong Un"]})
    shown = learning.question_for_display(ko_db, "q-who-visited")
    assert shown["options"] == ["Xi Jinping", "Vladimir Putin", "Moon Jae-in", "Kim Jong Un"]
    assert shown["prompt"].startswith("[영어] ")  # the student is told the question is not (fully) translated
    assert grade(shown, 3).expected_value == "Vladimir Putin"


def test_a_story_and_its_stops_come_in_korean(ko_db):
    from db.content import save_item
    from db.queries.stories import story, story_list

    stops = [{"id": f"s{i}", "chapter": chapter, "title": f"Stop {i}", "text": f"Text {i}.", "paragraphs": [],
              "claims": ["c01-putin-visit"] if i == 2 else [], "events": [], "span": ["2017", "2024"],
              "map_date": "2024-06", "sources": []} for i, chapter in enumerate(["One", "One", "Two"])]
    save_item(ko_db, kind="story", item={"id": "st-test", "title": "A test story", "summary": "Three stops.",
                                         "order": 1, "stops": stops})
    save_translation(ko_db, kind="story", slug="st-test", lang="ko", field="title", value="시험 이야기")
    for i, chapter in enumerate(["하나", "하나", "둘"]):
        for field, value in (("chapter", chapter), ("title", f"정류장 {i}"), ("text", f"본문 {i}.")):
            save_translation(ko_db, kind="story_stop", slug=f"st-test/s{i}", lang="ko", field=field, value=value)
    assert [s["title"] for s in story_list(ko_db) if s["slug"] == "st-test"] == ["시험 이야기"]
    shown = story(ko_db, "st-test")
    assert shown["title"] == "시험 이야기" and shown["summary"] == "[영어] Three stops."
    assert [s["title"] for s in shown["stops"]] == ["정류장 0", "정류장 1", "정류장 2"]
    assert shown["chapters"] == ["하나", "둘"] and [s["chapter_index"] for s in shown["stops"]] == [0, 0, 1]
    assert shown["stops"][2]["claim_info"][0]["text"] == "푸틴은 드물게 해외 순방에 나섰다."
