"""Content translations in the database: seeded from the files, a teacher's edit kept and stamped,
outdated when the English changes, counted by `stats`, carried by a content pack."""

import json
import shutil
from pathlib import Path

import pytest

from db.cli import main
from db.connection import open_database
from db.content import get_item, save_item
from db.content_pack import apply_content_pack
from db.errors import ValidationError
from db.queries import stats
from db.seed import seed
from db.translations import coverage, item_states, item_translations, save_translation, seed_translations

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "content_min" / "content.toml"


@pytest.fixture
def folder(tmp_path):
    shutil.copy(FIXTURE, tmp_path / "content.toml")
    (tmp_path / "i18n" / "ko").mkdir(parents=True)
    (tmp_path / "i18n" / "ko" / "event.toml").write_text(
        '["putin-visit-2024"]\ntitle = "푸틴의 평양 방문"\nfrom = { title = "stale0000000" }\n', encoding="utf-8")
    (tmp_path / "i18n" / "ko" / "question.toml").write_text(
        '["q-who-visited"]\nprompt = "2024년 6월 평양을 국빈 방문한 사람은?"\n'
        'options = ["블라디미르 푸틴", "시진핑", "도널드 트럼프"]\n', encoding="utf-8")
    return tmp_path


@pytest.fixture
def db(folder):
    database = open_database(":memory:")
    seed(database, folder)
    yield database
    database.close()


def test_seeding_stores_translations_with_their_stamp_and_lists_as_json(db):
    title = item_translations(db, "event", "putin-visit-2024", "ko")["title"]
    assert title["text"] == "푸틴의 평양 방문" and title["outdated"]  # stamped from other English
    options = item_translations(db, "question", "q-who-visited", "ko")["options"]
    assert options["text"] == ["블라디미르 푸틴", "시진핑", "도널드 트럼프"] and not options["outdated"]


def test_a_teachers_translation_is_stamped_and_survives_a_reseed(db, folder):
    save_translation(db, kind="event", slug="putin-visit-2024", lang="ko", field="title", value="푸틴, 평양에 가다")
    assert not item_translations(db, "event", "putin-visit-2024", "ko")["title"]["outdated"]
    seed_translations(db, folder)
    assert item_translations(db, "event", "putin-visit-2024", "ko")["title"]["text"] == "푸틴, 평양에 가다"


def test_a_changed_english_makes_the_translation_outdated(db):
    save_translation(db, kind="event", slug="putin-visit-2024", lang="ko", field="title", value="푸틴의 평양 방문")
    event = get_item(db, "event", "putin-visit-2024")
    save_item(db, kind="event", item={**event, "title": "Putin goes to Pyongyang"})
    assert item_translations(db, "event", "putin-visit-2024", "ko")["title"]["outdated"]
    assert item_states(db, "ko")[("event", "putin-visit-2024")] == {"outdated", "missing"}  # no summary yet


def test_a_translation_must_fit_its_english(db):
    with pytest.raises(ValidationError, match="2 entries but the English has 3"):
        save_translation(db, kind="question", slug="q-who-visited", lang="ko", field="options", value=["가", "나"])
    with pytest.raises(ValidationError, match="no translatable field"):
        save_translation(db, kind="event", slug="putin-visit-2024", lang="ko", field="start", value="x")


def test_removing_a_translation_makes_it_missing(db):
    save_translation(db, kind="question", slug="q-who-visited", lang="ko", field="prompt", value="")
    assert item_translations(db, "question", "q-who-visited", "ko")["prompt"]["text"] is None
    assert "missing" in item_states(db, "ko")[("question", "q-who-visited")]


def test_stats_report_translated_outdated_and_missing_per_language(db, tmp_path, capsys):
    cover = coverage(db)
    ko = cover["ko"]
    assert (ko["translated"], ko["outdated"]) == (2, 1)
    assert ko["translated"] + ko["outdated"] + ko["missing"] == ko["fields"]
    assert ko["percent"] == round(100 * 2 / ko["fields"], 1)
    assert cover["ru"]["translated"] == 0 and cover["ru"]["missing"] == ko["fields"]
    assert stats(db)["translations"] == cover
    path = tmp_path / "stats.db"
    seeded = open_database(path)
    seed(seeded, tmp_path)
    seeded.close()
    capsys.readouterr()
    assert main(["stats", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["translations"]["ko"]["outdated"] == 1


def test_a_content_pack_folder_brings_its_translations(tmp_path, folder):
    database = open_database(":memory:")
    seed(database, folder)
    pack = tmp_path / "pack"
    (pack / "i18n" / "ru").mkdir(parents=True)
    (pack / "themes.toml").write_text('[[theme]]\nid = "summitry"\nname = "Summitry"\n', encoding="utf-8")
    (pack / "i18n" / "ru" / "theme.toml").write_text('["summitry"]\nname = "Встречи на высшем уровне"\n',
                                                     encoding="utf-8")
    changes = apply_content_pack(database, path=pack)
    assert "translations" in changes
    assert item_translations(database, "theme", "summitry", "ru")["name"]["text"] == "Встречи на высшем уровне"


def test_a_bad_translation_file_names_the_file_and_the_field(tmp_path, folder):
    (folder / "i18n" / "ko" / "era.toml").write_text('["low-point"]\nnmae = "x"\n', encoding="utf-8")
    with pytest.raises(ValidationError, match="unknown field 'nmae'") as info:
        seed_translations(open_database(":memory:"), folder)
    assert "era.toml" in str(info.value)


def test_a_pack_file_carries_the_translations_and_keeps_a_teachers_own(db, tmp_path):
    from db.interchange.pack import import_pack, read_pack, write_pack

    save_translation(db, kind="event", slug="treaty-1961", lang="ru", field="title", value="Договор 1961 года")
    path = tmp_path / "pack.zip"
    manifest = write_pack(db, path, module="m-basics")  # none of its items is translated: an old app reads it
    assert manifest["format_version"] == 1 and read_pack(path, with_translations=True)[2] == {}
    full = tmp_path / "full.zip"
    assert write_pack(db, full)["format_version"] == 2
    assert set(read_pack(full, with_translations=True)[2]) == {"ko", "ru"}
    other = open_database(":memory:")
    seed(other, FIXTURE.parent)
    save_translation(other, kind="question", slug="q-who-visited", lang="ko", field="prompt", value="교사의 번역")
    changes = import_pack(other, full)
    assert "translations" in changes
    assert item_translations(other, "event", "treaty-1961", "ru")["title"]["text"] == "Договор 1961 года"
    assert item_translations(other, "event", "putin-visit-2024", "ko")["title"]["outdated"]  # the stamp travels
    assert item_translations(other, "question", "q-who-visited", "ko")["prompt"]["text"] == "교사의 번역"


def test_a_pack_with_a_bad_translation_changes_nothing(db, tmp_path):
    import zipfile

    from db.errors import TrilemmaError
    from db.interchange.pack import import_pack, write_pack

    path = tmp_path / "pack.zip"
    write_pack(db, path)
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(bad, "w") as dst:
        for name in src.namelist():
            body = src.read(name)
            if name == "translations.json":
                body = json.dumps({"ko": {"event": {"treaty-1961": {"titel": "x"}}}}).encode()
            dst.writestr(name, body)
    other = open_database(":memory:")
    with pytest.raises(TrilemmaError, match="unknown field 'titel'"):
        import_pack(other, bad)
    assert other.execute("SELECT count(*) FROM events").fetchone()[0] == 0


def test_check_names_a_translation_that_no_longer_fits(db):
    from db.check import check_database

    assert not [p for p in check_database(db, teaching=False) if p.startswith("translation")]
    q = get_item(db, "question", "q-who-visited")
    save_item(db, kind="question", item={**q, "options": [*q["options"], "Kim Jong Un"]})
    found = [p for p in check_database(db, teaching=False) if p.startswith("translation")]
    assert found == ["translation ko question 'q-who-visited'.options has 3 entries but the English has 4; give them "
                     "in the same order (the English shows until it is fixed)"]


def test_an_app_update_brings_new_translations_and_keeps_a_teachers_own(tmp_path, folder):
    from db.content_update import apply_shipped, record_shipped

    database = open_database(tmp_path / "school.db")
    seed(database, folder)
    record_shipped(database, folder)
    save_translation(database, kind="question", slug="q-who-visited", lang="ko", field="prompt", value="교사의 번역")
    (folder / "i18n" / "ko" / "question.toml").write_text(
        '["q-who-visited"]\nprompt = "새 번역"\n\n["q-low-year"]\nprompt = "관계가 가장 나빴던 해는?"\n', encoding="utf-8")
    report = apply_shipped(database, folder)
    assert "translations" in report.changes and not report.problem
    assert item_translations(database, "question", "q-low-year", "ko")["prompt"]["text"] == "관계가 가장 나빴던 해는?"
    assert item_translations(database, "question", "q-who-visited", "ko")["prompt"]["text"] == "교사의 번역"
    assert not apply_shipped(database, folder).changes  # unchanged files: nothing read again
    database.close()
