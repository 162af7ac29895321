"""A claim's status is shown in words, with its meaning, wherever a claim appears (never as a colour alone)."""

from __future__ import annotations

import datetime as dt

import pytest

from db.claim_status import STATUS_WORDS
from db.content import get_item, save_item
from db.grading import grade
from db.learning import question_for_display
from db.queries.relations import pair_history
from db.schema import CLAIM_STATUSES
from desktop.appearance import i18n
from desktop.claim_status import MARKED, status_line, status_words
from desktop.quiz.feedback_panel import FeedbackPanel
from desktop.relations.history_widget import RelationHistoryWidget
from desktop.shell.app import create_window


def test_the_translated_table_marks_the_same_english_texts_as_the_data_layer():
    assert set(MARKED) == set(CLAIM_STATUSES)
    assert {s: (label, meaning) for s, (_sym, label, meaning) in STATUS_WORDS.items()} == MARKED


@pytest.mark.parametrize("lang", ["zh_CN", "ko", "ru"])
def test_every_status_reads_in_each_language(qapp, restore_appearance, lang):
    assert i18n.install_language(lang)
    for status in CLAIM_STATUSES:
        label, meaning = status_words(status)
        english = MARKED[status]
        assert label != english[0] and meaning != english[1], (lang, status)


def _mark_incorrect(db):
    claim = get_item(db, "claim", "c01-putin-visit")
    claim.update(status="incorrect", note="Reports place the trip elsewhere.")
    save_item(db, kind="claim", item=claim)


def test_the_details_pane_names_the_status_and_its_meaning(qtbot, min_db_path):
    from db.connection import open_database

    db = open_database(min_db_path)
    _mark_incorrect(db)
    db.close()
    win = create_window(min_db_path)
    qtbot.addWidget(win)
    win.state.select_event("putin-visit-2024")
    text = win.details_widget.browser.toPlainText()
    assert "Incorrect: Public reporting shows the article is wrong here." in text
    assert "Reports place the trip elsewhere." in text


def test_quiz_feedback_shows_every_linked_claims_status_confirmed_included(qtbot, min_db):
    question = _question_with_claim(min_db)
    panel = FeedbackPanel()
    qtbot.addWidget(panel)
    body = panel.body_html(question, grade(question, _some_answer(question)))
    assert "Confirmed: Public reporting confirms what the article says." in body
    _mark_incorrect(min_db)
    question = question_for_display(min_db, question["id"])
    body = panel.body_html(question, grade(question, _some_answer(question)))
    assert status_line("incorrect") in body and "Reports place the trip elsewhere." in body


def test_relation_history_shows_what_the_article_claims_about_its_opening_event(qtbot, min_db):
    save_item(min_db, kind="claim", item={
        "id": "c02-treaty", "paragraph": 10, "text": "The treaty still binds China.", "status": "contested",
        "note": "Beijing has hedged.", "events": ["treaty-1961"], "sources": [{"source": "diplomat-2024"}]})
    history = pair_history(min_db, "china", "north-korea")
    assert [c["slug"] for c in history[0]["claims"]] == ["c02-treaty"]
    widget = RelationHistoryWidget()
    qtbot.addWidget(widget)
    widget.show_pair("China", "North Korea", history, dt.date(1970, 1, 1), "1970")
    text = widget.browser.toPlainText()
    assert "The article says (¶10): The treaty still binds China." in text
    assert "Contested: Sources disagree, or confirm it only in part." in text


def _question_with_claim(db) -> dict:
    slug = db.execute("SELECT q.slug FROM question_claims qc JOIN questions q ON q.id = qc.question_id "
                      "JOIN claims c ON c.id = qc.claim_id WHERE c.slug = 'c01-putin-visit'").fetchone()[0]
    return question_for_display(db, slug)


def _some_answer(question: dict):
    return {"single_choice": 0, "true_false": True, "multiple_select": [0], "numeric_year": 2000,
            "short_answer": "x", "place_on_timeline": "2000"}[question["type"]]


def test_a_syndicated_source_is_named_as_a_copy_where_students_see_it(qtbot, min_db_path):
    from db.connection import open_database

    db = open_database(min_db_path)
    save_item(db, kind="source", item={"id": "copy-1", "kind": "external", "title": "Putin lands", "outlet": "MENAFN",
                                       "url": "https://menafn.com/1", "syndicated": True, "original_outlet": "Yonhap"})
    event = get_item(db, "event", "putin-visit-2024")
    save_item(db, kind="event", item={**event, "sources": [*event["sources"], {"source": "copy-1"}]})
    question = get_item(db, "question", "q-who-visited")
    save_item(db, kind="question", item={**question, "sources": [*question["sources"], {"source": "copy-1"}]})
    shown = question_for_display(db, question["id"])
    db.close()
    panel = FeedbackPanel()
    qtbot.addWidget(panel)
    body = panel.body_html(shown, grade(shown, _some_answer(shown)))
    assert "Putin lands, <i>MENAFN</i> (a copy of Yonhap&#x27;s report)" in body
    win = create_window(min_db_path)
    qtbot.addWidget(win)
    win.state.select_event("putin-visit-2024")
    assert "Putin lands, MENAFN, a copy of Yonhap's report" in win.details_widget.browser.toPlainText()


def test_every_status_symbol_has_a_glyph_in_an_installed_font(qapp):
    """A symbol no installed font draws shows as an empty box (the opinion's 💬 and the outdated ⌛ did)."""
    from PySide6.QtGui import QFont, QFontDatabase, QRawFont

    from db.claim_status import STATUS_WORDS

    fonts = [QRawFont.fromFont(QFont(family)) for family in QFontDatabase.families()]
    for status, (symbol, _label, _meaning) in STATUS_WORDS.items():
        assert any(font.supportsCharacter(symbol) for font in fonts), f"{status}: no font draws {symbol!r}"
