"""A corpus of GIFT and Moodle XML files written from Moodle's documented syntax, one file per case, each
imported and compared field by field (text, answers, credit, feedback); what cannot be kept is in a note."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.content import list_items
from db.interchange import import_file, preview_file
from db.interchange.common import FormatError

from .helpers import dump, empty_db

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
GIFT, XML = FIXTURES / "gift", FIXTURES / "moodle"


def _questions(db) -> dict[str, dict]:
    return {q["id"]: q for q in list_items(db, "question")}


def _imported(tmp_path, path: Path) -> tuple[dict[str, dict], list[str]]:
    db = empty_db(tmp_path)
    preview = preview_file(db, path)
    import_file(db, path)
    return _questions(db), preview.notes


def _noted(notes: list[str], where: str, *words: str) -> bool:
    return any(n.startswith(where + ":") and all(w in n for w in words) for n in notes)


def test_gift_format_markers_are_read_on_question_answers_and_feedback(tmp_path):
    q, _ = _imported(tmp_path, GIFT / "format_markers.gift")
    city = q["q-summit-city"]
    assert city["prompt"] == "Where did the June 2024 summit take place?"
    assert (city["options"], city["correct"]) == (["Pyongyang", "Moscow", "Beijing"], [0])
    assert city["feedback"] == ["Right: Putin flew there.", "No, that was *2023*.", ""]
    assert city["explanation"] == "It was Putin's first visit since 2000."
    plain = q["q-plain-text"]  # [plain]: stored as written, never read as HTML
    assert (plain["prompt"], plain["answer"]) == ("Is 3 < 5 & 7 > 2?", True)
    assert plain["feedback"] == ["Look again <carefully>.", "Yes."]
    md = q["q-markdown-text"]
    assert (md["prompt"], md["answers"], md["feedback"]) == (
        "Which *city* is the capital of **North Korea**?", ["Pyongyang"], ["*Right*"])


def test_xml_text_formats_plain_markdown_and_html(tmp_path):
    q, _ = _imported(tmp_path, XML / "format_plain_markdown.xml")
    city = q["q-summit-city"]
    assert city["prompt"] == "Where did the June 2024 summit take place?"
    assert city["options"] == ["Pyongyang", "Moscow & its <suburbs>", "Beijing"]
    assert city["feedback"] == ["Right: Putin flew there.", "No, that was *2023*.", ""]
    assert city["explanation"] == "It was Putin's first visit since 2000."
    plain = q["q-plain-text"]
    assert (plain["prompt"], plain["feedback"]) == ("Is 3 < 5 & 7 > 2 in <this> line?",
                                                    ["Look again <carefully>.", "Yes."])


def test_gift_numerical_answers_in_every_documented_form(tmp_path):
    q, notes = _imported(tmp_path, GIFT / "numerical_feedback.gift")
    got = {k: (v["answer"], v["tolerance"], v.get("feedback")) for k, v in q.items()}
    assert got == {"q-exact-with-catch-all": (1961, 0, None),
                   "q-weighted-with-feedback": (1961, 0, ["Right, July 1961."]),
                   "q-range": (2017, 1, ["Yes, the late 2010s."]),
                   "q-several-answers": (2006, 0, ["Yes, October 2006."])}
    name = "numerical_feedback.gift"
    assert _noted(notes, f"{name} line 3", "feedback for other answers")
    assert _noted(notes, f"{name} line 12", "2006:1", "50% credit")
    assert _noted(notes, f"{name} line 13", "feedback for other answers")


def test_xml_numerical_partial_credit_and_catch_all_are_noted(tmp_path):
    q, notes = _imported(tmp_path, XML / "numerical_feedback.xml")
    test = q["q-nuclear-test"]
    assert (test["answer"], test["tolerance"], test["feedback"]) == (2006, 0, ["Yes, October 2006."])
    assert _noted(notes, "numerical_feedback.xml line 3 (question 1)", "'2006' (50% credit)")
    assert _noted(notes, "numerical_feedback.xml line 3 (question 1)", "'*' (0% credit)")


@pytest.mark.parametrize(("path", "where", "third"), [
    (GIFT / "matching_distractor.gift", "matching_distractor.gift line 6", "Russia"),
    (XML / "matching_distractor.xml", "matching_distractor.xml line 3 (question 1)", "Russia & allies"),
])
def test_matching_distractors_are_named_in_the_preview(tmp_path, path, where, third):
    q, notes = _imported(tmp_path, path)
    assert q["q-capitals"]["pairs"] == [["Beijing", "China"], ["Pyongyang", "North Korea"], ["Moscow", third]]
    assert _noted(notes, where, "'Japan'", "distractors")


def test_gift_short_answers_keep_full_credit_and_feedback_and_name_the_rest(tmp_path):
    q, notes = _imported(tmp_path, GIFT / "shortanswer_partial.gift")
    leader = q["q-leader"]
    assert (leader["answers"], leader["feedback"]) == (["Vladimir Putin", "Putin"], ["Right.", "Right, by his surname."])
    assert q["q-company"]["answers"] == ["AT&T", "AT and T"]  # plain text: never HTML-decoded or escaped
    assert _noted(notes, "shortanswer_partial.gift line 5", "'Vladimir' (50% credit)")
    assert _noted(notes, "shortanswer_partial.gift line 6", "'*' (0% credit)")


def test_xml_short_answers_are_plain_text(tmp_path):
    q, notes = _imported(tmp_path, XML / "shortanswer_partial.xml")
    assert (q["q-leader"]["answers"], q["q-leader"]["feedback"]) == (["Vladimir Putin", "AT&T"], ["Right.", ""])
    assert _noted(notes, "shortanswer_partial.xml line 3 (question 1)", "'Vladimir' (50% credit)")


def test_gift_editor_markup_becomes_text_images_and_active_content_are_noted(tmp_path):
    q, notes = _imported(tmp_path, GIFT / "editor_markup.gift")
    fmt = q["q-editor-formatting"]
    assert fmt["prompt"] == "Which treaty did\nChina and North Korea sign in 1961?"
    assert fmt["options"][1] == "A trade treaty (https://example.org/treaties)"
    assert q["q-with-an-image"]["prompt"] == "Whose flag is this? [a red flag with a star]"
    assert q["q-active-content"]["prompt"] == "Which city hosted the 2024 summit?"
    assert _noted(notes, "editor_markup.gift line 8", "images")
    assert _noted(notes, "editor_markup.gift line 13", "onclick", "<script>", "<iframe>")


def test_xml_editor_markup_becomes_text(tmp_path):
    q, notes = _imported(tmp_path, XML / "editor_markup.xml")
    fmt = q["q-editor-formatting"]
    assert fmt["prompt"] == "Which treaty did\nChina and North Korea sign in 1961? [the signing]"
    assert fmt["options"] == ["The treaty of friendship", "A trade treaty"]
    assert fmt["explanation"] == "See the treaty (https://example.org/1961)."
    assert _noted(notes, "editor_markup.xml line 3 (question 1)", "images", "<script>")
    assert _noted(notes, "editor_markup.xml line 3 (question 1)", "onclick")


@pytest.mark.parametrize(("path", "bad"), [
    (GIFT / "one_bad_question.gift", {
        "one_bad_question.gift line 4": "'sometime' is not a number",
        "one_bad_question.gift line 8": "more than one right answer",
        "one_bad_question.gift line 11": "'claims' must be a list of ids"}),
    (XML / "one_bad_question.xml", {
        "one_bad_question.xml line 8 (question 2)": "'1e999' is not a finite number",
        "one_bad_question.xml line 13 (question 3)": "'sources' must be a list"}),
])
def test_one_bad_question_never_blocks_a_file(min_db, path, bad):
    before = dump(min_db)
    with pytest.raises(FormatError) as info:  # without skipping: refused whole, every problem listed at once
        import_file(min_db, path)
    for where, reason in bad.items():
        assert f"{where}: " in str(info.value) and reason in str(info.value), str(info.value)
    assert dump(min_db) == before
    preview = preview_file(min_db, path, skip_invalid=True)
    skipped = {r["where"]: r["reason"] for r in preview.skipped()}
    assert set(skipped) == set(bad) and all(bad[w] in skipped[w] for w in bad)
    assert [r["id"] for r in preview.rows if r["status"] == "import"] == ["q-good-one", "q-good-two"]
    assert dump(min_db) == before
    import_file(min_db, path, skip_invalid=True)
    assert {"q-good-one", "q-good-two"} <= set(_questions(min_db))
    assert not {"q-bad-number", "q-two-right", "q-bad-meta", "q-bad-tolerance", "q-bad-links"} & set(_questions(min_db))


def test_untitled_questions_and_categories_in_any_script_stay_apart(tmp_path):
    db = empty_db(tmp_path)
    import_file(db, GIFT / "untitled_scripts.gift")
    q = _questions(db)
    assert len(q) == 4
    assert {v["prompt"] for v in q.values()} == {"1961年中国和朝鲜签订了什么条约？", "哪个城市是朝鲜的首都？",
                                                 "В каком году Путин посетил Пхеньян?",
                                                 "Какой город принимал саммит 2024 года?"}
    modules = {m["title"]: m for m in list_items(db, "module")}
    assert set(modules) == {"中朝关系", "Россия и КНДР"}
    assert [len(m["questions"]) for m in modules.values()] == [2, 2]


def test_xml_category_idnumbers_become_ids_and_categories_stay_apart(tmp_path):
    db = empty_db(tmp_path)
    import_file(db, XML / "categories.xml")
    modules = {m["id"]: m for m in list_items(db, "module")}
    assert modules["m-week-1"]["title"] == "Week 1"
    assert sorted(m["title"] for m in modules.values()) == sorted(["Week 1", "中朝关系", "Россия и КНДР"])
    assert all(len(m["questions"]) == 1 for m in modules.values())


def test_true_false_in_another_language_is_read_by_position_with_a_note(tmp_path):
    q, notes = _imported(tmp_path, XML / "truefalse_languages.xml")
    by_prompt = {v["prompt"]: v for v in q.values()}
    french = by_prompt["La Chine a signé le traité de 2024."]
    assert (french["answer"], french["feedback"]) == (False, ["Non.", "Exact."])
    assert by_prompt["Россия и КНДР подписали договор в 2024 году."]["answer"] is True
    assert _noted(notes, "truefalse_languages.xml line 3 (question 1)", "'Vrai' and 'Faux'", "by position")
    assert _noted(notes, "truefalse_languages.xml line 9 (question 2)", "'Верно' and 'Неверно'")


@pytest.mark.parametrize(("path", "needles"), [
    (GIFT / "only_unsupported.gift", ["only_unsupported.gift line 2: an essay", "only_unsupported.gift line 4"]),
    (XML / "only_unsupported.xml", ["line 3 (question 1): the question type 'essay'", "'calculated'"]),
])
def test_a_file_of_only_unsupported_types_says_which_and_where(min_db, path, needles):
    with pytest.raises(FormatError) as info:
        preview_file(min_db, path)
    for needle in needles:
        assert needle in str(info.value), str(info.value)
    assert "no questions" not in str(info.value)


def test_the_same_title_in_another_file_never_replaces_a_question(tmp_path):
    db = empty_db(tmp_path)
    a, b = tmp_path / "week-a.gift", tmp_path / "week-b.gift"
    a.write_text("::Q1:: Which city hosted the 2024 summit? {=Pyongyang ~Moscow}\n", encoding="utf-8")
    b.write_text("::Q1:: In which year was the treaty signed? {#1961}\n", encoding="utf-8")
    import_file(db, a)
    preview = preview_file(db, b)
    assert any("'q-q1' belongs to a question from another file" in n and "'q-week-b-q1'" in n for n in preview.notes)
    import_file(db, b)
    q = _questions(db)
    assert q["q-q1"]["prompt"] == "Which city hosted the 2024 summit?"
    assert q["q-week-b-q1"]["prompt"] == "In which year was the treaty signed?"
    b.write_text("::Q1:: In which year was the friendship treaty signed? {#1961}\n", encoding="utf-8")
    again = preview_file(db, b)  # the same file again updates its own question
    assert again.updated == {"question": ["q-week-b-q1"]} and not again.added.get("question")
    a.write_text("::Q1:: Which city hosted the June 2024 summit? {=Pyongyang ~Moscow}\n", encoding="utf-8")
    assert preview_file(db, a).updated == {"question": ["q-q1"]}
