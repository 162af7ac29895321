"""The editor's translations: each text field beside its English, flagged when missing or out of date; saving
stamps today's English and is one undo step; lists must match the English; the list filters what is left."""

import pytest
from PySide6.QtWidgets import QWidget

from db.content import get_item, save_item
from db.translations import item_translations
from desktop.editor.editor_widget import EditorWidget
from desktop.shell.app import create_window


@pytest.fixture
def editor(qtbot, min_ko_db_path, monkeypatch):
    monkeypatch.setattr(EditorWidget, "ask_discard", lambda self: pytest.fail("unexpected 'discard changes?' prompt"))
    window = create_window(min_ko_db_path)
    qtbot.addWidget(window)
    window.state.set_teacher_mode(True)
    body = window.findChild(QWidget, "editor").body
    body.translations.lang_combo.setCurrentIndex(body.translations.lang_combo.findData("ko"))
    return body


def _open(editor, kind, slug):
    editor.items.set_kind(kind)
    assert editor.items.select(slug), slug
    return editor.translations


def test_fields_show_beside_their_english_and_out_of_date_ones_are_flagged(editor):
    panel = _open(editor, "event", "putin-visit-2024")
    assert panel.editors["title"].text() == "푸틴, 평양 방문"
    assert panel.rows["title"][1].text().endswith("Putin visits Pyongyang")
    assert panel.rows["title"][2].text() == ""
    assert "⚠" not in editor.form_tabs.tabText(1)
    event = get_item(editor.state.db, "event", "putin-visit-2024")
    editor.state.run(save_item, kind="event", item={**event, "title": "Putin goes to Pyongyang"})
    panel = _open(editor, "event", "putin-visit-2024")
    assert "out of date" in panel.rows["title"][2].text()
    assert panel.rows["summary"][2].text() == ""
    assert editor.form_tabs.tabText(1).endswith("⚠")  # the tab says so before it is opened


def test_saving_stamps_the_english_and_undo_brings_the_old_one_back(editor):
    event = get_item(editor.state.db, "event", "putin-visit-2024")
    editor.state.run(save_item, kind="event", item={**event, "title": "Putin goes to Pyongyang"})
    panel = _open(editor, "event", "putin-visit-2024")
    panel.editors["title"].setText("푸틴, 평양에 가다")
    assert panel.save_button.isEnabled()
    panel.save_button.click()
    saved = item_translations(editor.state.db, "event", "putin-visit-2024", "ko")["title"]
    assert saved["text"] == "푸틴, 평양에 가다" and not saved["outdated"]
    assert editor.undo_stack.undoText() == "Translate “Putin goes to Pyongyang” into 한국어"  # no kind key, no "ko"
    editor.undo_stack.undo()
    back = item_translations(editor.state.db, "event", "putin-visit-2024", "ko")["title"]
    assert back["text"] == "푸틴, 평양 방문" and back["outdated"]
    assert editor.translations.editors["title"].text() == "푸틴, 평양 방문"
    editor.undo_stack.redo()
    assert item_translations(editor.state.db, "event", "putin-visit-2024", "ko")["title"]["text"] == "푸틴, 평양에 가다"


def test_options_must_match_the_english_count(editor):
    panel = _open(editor, "question", "q-who-visited")
    panel.editors["options"].setPlainText("시진핑\n블라디미르 푸틴")
    assert "2 entries, but the English has 3" in panel.problem.text() and not panel.save_button.isEnabled()
    panel.editors["options"].setPlainText("시진핑")
    assert "1 entry, but the English has 3" in panel.problem.text()
    panel.editors["options"].setPlainText("시진핑\n블라디미르 푸틴\n문재인 대통령")
    assert panel.problem.text() == "" and panel.save_button.isEnabled()


def test_the_list_shows_only_what_a_language_lacks(editor):
    _open(editor, "event", "treaty-1961")
    editor.translations.editors["title"].setText("")
    editor.translations.save_button.click()
    items = editor.items
    items.show_combo.setCurrentIndex(items.show_combo.findData("missing:ko"))
    shown = [items.list.item(r).data(0x0100) for r in range(items.list.count()) if not items.list.item(r).isHidden()]
    assert shown == ["treaty-1961"]
    items.show_combo.setCurrentIndex(items.show_combo.findData("missing:ru"))
    shown = [items.list.item(r).data(0x0100) for r in range(items.list.count()) if not items.list.item(r).isHidden()]
    assert len(shown) == items.list.count() == 3


def test_saving_a_translation_keeps_unsaved_edits_of_the_english(editor):
    _open(editor, "event", "low-point-2017")
    editor.form.fields["title"].set("Relations hit their lowest point")
    panel = editor.translations
    panel.editors["title"].setText("관계가 최악으로")
    panel.save_button.click()
    assert editor.form.item()["title"] == "Relations hit their lowest point"
    assert editor.is_dirty()
    assert item_translations(editor.state.db, "event", "low-point-2017", "ko")["title"]["text"] == "관계가 최악으로"


def test_a_storys_stops_are_translated_beside_the_story_in_one_undo_step(editor):
    stops = [{"id": f"s{i}", "chapter": "One", "title": f"Stop {i}", "text": f"Text {i}.", "paragraphs": [],
              "claims": [], "events": [], "span": ["2017", "2024"], "map_date": "2024-06", "sources": []}
             for i in range(2)]
    editor.state.run(save_item, kind="story", item={"id": "st-test", "title": "A test story", "summary": "Two stops.",
                                                     "order": 1, "stops": stops})
    panel = _open(editor, "story", "st-test")
    assert {"title", "summary", "s0/title", "s1/text"} <= set(panel.editors)
    assert panel.rows["s1/text"][1].text().endswith("Text 1.")
    panel.editors["title"].setText("시험 이야기")
    panel.editors["s1/title"].setText("정류장 1")
    panel.save_button.click()
    assert item_translations(editor.state.db, "story", "st-test", "ko")["title"]["text"] == "시험 이야기"
    assert item_translations(editor.state.db, "story_stop", "st-test/s1", "ko")["title"]["text"] == "정류장 1"
    editor.undo_stack.undo()
    assert item_translations(editor.state.db, "story", "st-test", "ko")["title"]["text"] is None
    assert item_translations(editor.state.db, "story_stop", "st-test/s1", "ko")["title"]["text"] is None
