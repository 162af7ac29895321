"""Dates and intervals in the content language, never more precise than stored."""

import pytest

from db.i18n import date_label, interval_label
from db.queries.relations import all_relations


@pytest.mark.parametrize(("lang", "want"), [
    ("en", "June 2024 – today"), ("zh_CN", "2024年6月至今"), ("ko", "2024년 6월 ~ 현재"), ("ru", "июнь 2024 г. – по сей день"),
])
def test_an_open_interval_runs_to_today_in_each_language(lang, want):
    assert interval_label("2024-06", None, lang) == want


def test_a_closed_interval_is_the_date_range():
    assert interval_label("1961-07-06", "1995", "ru") == date_label("1961-07-06", "1995", "ru") == "6 июля 1961 г. – 1995 г."
    assert interval_label("1961-07-06", "1995", "en") == "6 July 1961 – 1995"


def test_relations_carry_their_dates_in_the_content_language(full_db):
    from db import i18n

    i18n.set_content_language("zh_CN")
    try:
        rows = {r["slug"]: r for r in all_relations(full_db)}
    finally:
        i18n.set_content_language("en")
    treaty = next(r for r in rows.values() if r["start"] == "2024-06-19" and not r["end"])
    assert treaty["dates"] == "2024年6月19日至今"
    assert treaty["opened_date"].startswith("2024年6月")
    english = {r["slug"]: r for r in all_relations(full_db)}
    assert english[treaty["slug"]]["dates"] == "19 June 2024 – today"


def test_relations_in_a_language_read_the_translations_in_a_few_queries(full_db):
    """The map reloads every relation when content changes: in Chinese their labels, summaries and the titles of
    the events that opened and closed them come from a few queries, not three per relation; the texts are the
    same as one item at a time gives."""
    from db import i18n

    queries: list[str] = []
    i18n.set_content_language("zh_CN")
    try:
        full_db.conn.set_trace_callback(queries.append)
        rows = all_relations(full_db)
        full_db.conn.set_trace_callback(None)
        one_by_one = {r["slug"]: (i18n.text_of(full_db, "relation", r["slug"], "label", r["label"]),
                                  i18n.text_of(full_db, "event", r["opened_by"], "title", r["opened_title"]))
                      for r in full_db.query("SELECT r.slug, r.label, e.slug AS opened_by, e.title AS opened_title "
                                             "FROM relations r LEFT JOIN events e ON e.id = r.opened_by")}
    finally:
        full_db.conn.set_trace_callback(None)
        i18n.set_content_language("en")
    assert len(rows) > 20
    assert sum("translations" in q for q in queries) <= 3, [q for q in queries if "translations" in q][:5]
    assert {r["slug"]: (r["label"], r["opened_title"]) for r in rows} == one_by_one
