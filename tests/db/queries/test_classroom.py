"""Class results: per question, per student and module, per module; CSV a spreadsheet opens."""

import csv

import pytest

from db import learning
from db.content import delete_item, get_item, save_item
from db.queries import classroom


def _student(db, name):
    return next(iter(learning.create_student(db, name=name)["students"]))


def _answer_all(db, student_id, module, answers):
    """Answer a module's questions in order; `answers` maps question slug -> answer (others are skipped)."""
    session = next(iter(learning.start_session(db, student_id=student_id, module=module)["sessions"]))
    for slug in learning.module_question_slugs(db, module):
        if slug not in answers:
            break
        learning.record_answer(db, student_id=student_id, session_id=session, question_slug=slug, answer=answers[slug])


@pytest.fixture
def class_db(min_db):
    ana, ben, cai = (_student(min_db, n) for n in ("Ana", "Ben", "=Cai"))
    _answer_all(min_db, ana, "m-all-types", {"q-who-visited": 1, "q-treaty-parties": [0, 2]})
    _answer_all(min_db, ben, "m-all-types", {"q-who-visited": 0})
    _answer_all(min_db, cai, "m-all-types", {"q-who-visited": 0})
    _answer_all(min_db, ana, "m-basics", {"q-low-year": 2017})
    return min_db


def test_per_question_share_correct_and_most_common_wrong_answer(class_db):
    results = {r["slug"]: r for r in classroom.question_results(class_db)}
    who = results["q-who-visited"]
    assert who["attempts"] == 3 and who["students"] == 3
    assert who["correct_share"] == pytest.approx(1 / 3)
    assert who["wrong_answer"] == "Xi Jinping" and who["wrong_count"] == 2
    assert results["q-low-year"]["correct_share"] == 1.0 and results["q-low-year"]["wrong_answer"] == ""
    assert classroom.question_results(class_db)[0]["slug"] == "q-who-visited", "hardest first"


def test_wrong_answers_are_shown_as_the_student_saw_them_even_after_an_edit(class_db):
    q = get_item(class_db, "question", "q-who-visited")
    q["options"][0] = "Hu Jintao"
    save_item(class_db, kind="question", item=q)
    assert {r["slug"]: r for r in classroom.question_results(class_db)}["q-who-visited"]["wrong_answer"] == "Xi Jinping"
    delete_item(class_db, kind="question", slug="q-who-visited")
    kept = {r["slug"]: r for r in classroom.question_results(class_db)}["q-who-visited"]
    assert kept["deleted"] and kept["attempts"] == 3


def test_mastery_per_student_and_module_and_the_class_average(class_db):
    students = {s["name"]: s for s in classroom.student_mastery(class_db)}
    total = len(get_item(class_db, "module", "m-all-types")["questions"])
    # Two right in this module, and q-low-year (also in it) answered right in m-basics: mastery is per question.
    assert students["Ana"]["mastery"]["m-all-types"] == pytest.approx(3 / total)
    assert students["Ana"]["mastery"]["m-basics"] == 1.0
    assert students["Ben"]["mastery"]["m-all-types"] == 0.0
    averages = {m["slug"]: m for m in classroom.module_averages(class_db)}
    assert averages["m-all-types"]["students"] == 3
    assert averages["m-all-types"]["average"] == pytest.approx((3 / total) / 3)
    assert averages["m-basics"]["students"] == 1 and averages["m-basics"]["average"] == 1.0


def test_csv_has_a_bom_readable_cells_and_no_formulas(class_db, tmp_path):
    path = tmp_path / "students.csv"
    assert classroom.write_csv(class_db, path, "students") == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    assert rows[0][:3] == ["student", "pseudonym", "answers"]
    names = [r[0] for r in rows[1:]]
    assert "'=Cai" in names, "a name that looks like a formula is written as text"
    ana = next(r for r in rows if r[0] == "Ana")
    assert ana[rows[0].index("Basics")] == "100%"
    for table in ("questions", "modules"):
        assert classroom.write_csv(class_db, tmp_path / f"{table}.csv", table) > 0
    q_rows = list(csv.reader((tmp_path / "questions.csv").open(encoding="utf-8-sig")))
    assert q_rows[1][0] == "q-who-visited" and q_rows[1][6] == "Xi Jinping"
    with pytest.raises(ValueError, match="unknown results table"):
        classroom.write_csv(class_db, tmp_path / "x.csv", "grades")


def test_an_empty_class_has_empty_tables(min_db):
    assert classroom.question_results(min_db) == []
    assert classroom.student_mastery(min_db) == []
    assert all(m["average"] is None for m in classroom.module_averages(min_db))


def test_a_module_not_started_is_empty_not_zero(class_db):
    header, rows = classroom.table_rows(class_db, "students")
    ben = next(r for r in rows if r[0] == "Ben")
    assert ben[header.index("Basics")] is None
    assert ben[header.index("Every kind of question")] == 0.0


def test_prompts_and_module_titles_are_in_the_content_language(class_db):
    """In a translated interface the teacher reads prompts and module titles as the students read them; an
    untranslated one stays in English, marked."""
    from db import i18n

    for kind, slug, field, text in (("question", "q-who-visited", "prompt", "Кто приезжал?"),
                                    ("module", "m-all-types", "title", "Все типы")):
        class_db.execute("INSERT INTO translations (kind, slug, lang, field, text, source_hash) VALUES (?, ?, 'ru', ?, "
                         "?, '')", [kind, slug, field, text])
    english = {r["slug"]: r for r in classroom.question_results(class_db)}
    i18n.set_content_language("ru")
    try:
        results = {r["slug"]: r for r in classroom.question_results(class_db)}
    finally:
        i18n.set_content_language("en")
    assert results["q-who-visited"]["prompt"] == "Кто приезжал?"
    assert "Все типы" in results["q-who-visited"]["modules"]
    low = results["q-low-year"]
    assert low["prompt"] == i18n.mark_english(english["q-low-year"]["prompt"], "ru") != english["q-low-year"]["prompt"]
