"""Questions exported in a language: GIFT and Moodle XML carry the translated texts and read back with them."""

from __future__ import annotations

import json

import pytest

from db import i18n
from db.cli import main
from db.content import get_item
from db.errors import TrilemmaError
from db.interchange import export_file
from db.interchange.gift_parse import parse_gift
from db.interchange.moodle_xml_parse import parse_moodle


def _questions(parsed) -> dict[str, dict]:
    return {q.item["id"]: q.item for q in parsed.questions}


def test_gift_in_chinese_reads_back_with_the_translated_prompt_options_and_answers(full_db, tmp_path, translations):
    export_file(full_db, tmp_path / "zh.gift", "gift", module="m-korean-war", lang="zh_CN")
    parsed = parse_gift((tmp_path / "zh.gift").read_text(encoding="utf-8"), "zh.gift")
    questions = _questions(parsed)
    approved = questions["q-kw-who-approved"]
    assert approved["prompt"].startswith("1994年，俄罗斯向韩国移交")
    english = get_item(full_db, "question", "q-kw-who-approved")
    assert [approved["options"][i] for i in approved["correct"]] == ["斯大林和毛泽东批准了金日成进攻南方"]
    assert approved["correct"] == english["correct"], "the right answer is the same option, translated"
    assert approved["explanation"].startswith("苏联档案")
    english_answers = get_item(full_db, "question", "q-kw-yalu")["answers"]
    # The translated answers first, then the English ones: a learner who answers in English is not marked wrong.
    assert questions["q-kw-yalu"]["answers"] == list(dict.fromkeys(["鸭绿江", "鸭绿", "Yalu", *english_answers]))
    assert ["中国", "自1950年10月起派“志愿军”跨过鸭绿江"] in questions["q-kw-match-roles"]["pairs"]
    assert [m.title for m in parsed.modules.values()] == ["朝鲜战争及其留下的同盟"]
    # An untranslated question stays in English rather than disappearing.
    assert questions["q-kw-never-ended"]["prompt"] == get_item(full_db, "question", "q-kw-never-ended")["prompt"]


def test_moodle_xml_in_russian_keeps_every_translated_alternative(full_db, tmp_path, translations):
    export_file(full_db, tmp_path / "ru.xml", "moodle", module="m-korean-war", lang="ru")
    questions = _questions(parse_moodle((tmp_path / "ru.xml").read_bytes(), "ru.xml"))
    english_answers = get_item(full_db, "question", "q-kw-yalu")["answers"]
    assert questions["q-kw-yalu"]["answers"] == list(dict.fromkeys(["Ялу", "Ялуцзян", "Амнок", "Yalu", *english_answers]))
    assert questions["q-kw-armistice-year"]["prompt"] == "В каком году было подписано перемирие, остановившее бои в Корее?"
    assert questions["q-kw-armistice-year"]["answer"] == get_item(full_db, "question", "q-kw-armistice-year")["answer"]


def test_english_export_is_unchanged_by_translations(full_db, tmp_path, translations):
    export_file(full_db, tmp_path / "en.gift", "gift", module="m-korean-war")
    export_file(full_db, tmp_path / "en2.gift", "gift", module="m-korean-war", lang="en")
    text = (tmp_path / "en.gift").read_text(encoding="utf-8")
    assert text == (tmp_path / "en2.gift").read_text(encoding="utf-8")
    assert "鸭绿江" not in text and "Yalu River" in text


def test_a_translation_with_another_number_of_options_is_not_used(full_db, tmp_path, monkeypatch):
    # The English gained or lost an option since the Korean was saved: the prompt is used, the options are not.
    monkeypatch.setattr(i18n, "stored", lambda db, kind, slug, lang: {
        "prompt": ("번역된 질문", ""), "options": (["하나", "둘"], "")} if slug == "q-kw-who-approved" else {})
    export_file(full_db, tmp_path / "ko.gift", "gift", module="m-korean-war", lang="ko")
    approved = _questions(parse_gift((tmp_path / "ko.gift").read_text(encoding="utf-8")))["q-kw-who-approved"]
    assert approved["prompt"] == "번역된 질문"
    assert approved["options"] == get_item(full_db, "question", "q-kw-who-approved")["options"]


def test_a_translation_deleted_in_the_database_is_not_exported_from_the_shipped_files(full_db, tmp_path):
    """A teacher who removed a translation (it was wrong) does not get it back on paper or in the LMS file."""
    from db.translations import save_translation

    english = get_item(full_db, "question", "q-kw-yalu")
    assert i18n.stored(full_db, "question", "q-kw-yalu", "ko").get("prompt"), "the seeded database has it"
    save_translation(full_db, kind="question", slug="q-kw-yalu", lang="ko", field="prompt", value="")
    export_file(full_db, tmp_path / "ko.gift", "gift", module="m-korean-war", lang="ko")
    yalu = _questions(parse_gift((tmp_path / "ko.gift").read_text(encoding="utf-8")))["q-kw-yalu"]
    assert yalu["prompt"] == english["prompt"]
    assert set(english["answers"]) <= set(yalu["answers"]), "the English answers are accepted too"


def test_an_unknown_language_is_refused(full_db, tmp_path):
    with pytest.raises(TrilemmaError, match="--lang"):
        export_file(full_db, tmp_path / "x.gift", "gift", lang="fr")
    assert not (tmp_path / "x.gift").exists()


def test_the_command_line_exports_in_a_language(full_db_path, tmp_path, translations, capsys):
    assert main(["export", str(full_db_path), str(tmp_path / "ko.gift"), "--format", "gift",
                 "--module", "m-korean-war", "--lang", "ko"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["questions"] > 5
    assert "압록강" in (tmp_path / "ko.gift").read_text(encoding="utf-8")
