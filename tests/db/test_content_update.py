"""A new app version's content reaches an existing database without undoing a teacher's edits."""

import shutil
from pathlib import Path

import pytest

from db.connection import open_database
from db.content import delete_item, get_item, save_item
from db.content_update import apply_shipped, record_shipped
from db.errors import NotFoundError
from db.seed import seed

MIN_CONTENT = Path(__file__).resolve().parents[1] / "fixtures" / "content_min"

NEW_EVENT = '''
[[event]]
id = "new-2025"
title = "A later event"
start = "2025-03"
kind = "post-article"
importance = 3
actors = ["china"]
themes = []
summary = "Something that happened after the first release."
sources = [{ source = "diplomat-2024", locator = "¶1" }]
'''


@pytest.fixture
def shipped(tmp_path):
    """A copy of the small content as 'version 1', and a database seeded from it."""
    folder = tmp_path / "content"
    shutil.copytree(MIN_CONTENT, folder)
    db = open_database(tmp_path / "school.db")
    seed(db, folder)
    record_shipped(db, folder)
    yield folder, db
    db.close()


def _edit(folder: Path, old: str, new: str) -> None:
    path = folder / "content.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_nothing_happens_when_the_shipped_files_did_not_change(shipped):
    folder, db = shipped
    report = apply_shipped(db, folder)
    assert not report.changed() and not report.kept and not report.problem


def test_new_items_are_added_and_unchanged_ones_revised(shipped):
    folder, db = shipped
    _edit(folder, 'summary = "The worst year in decades."', 'summary = "The worst year in decades, as revised."')
    (folder / "content.toml").write_text((folder / "content.toml").read_text(encoding="utf-8") + NEW_EVENT,
                                         encoding="utf-8")
    report = apply_shipped(db, folder)
    assert report.added == ["event new-2025"]
    assert report.updated == ["event low-point-2017"]
    assert get_item(db, "event", "new-2025")["title"] == "A later event"
    assert get_item(db, "event", "low-point-2017")["summary"].endswith("as revised.")
    assert not apply_shipped(db, folder).changed()          # applied once


def test_a_teachers_edit_is_kept_and_a_deleted_item_stays_deleted(shipped):
    folder, db = shipped
    mine = dict(get_item(db, "event", "low-point-2017"), summary="Our class's own summary.")
    save_item(db, kind="event", item=mine)
    question = get_item(db, "question", "q-low-year")
    delete_item(db, kind="question", slug="q-low-year")
    _edit(folder, 'summary = "The worst year in decades."', 'summary = "A shipped revision."')
    _edit(folder, 'explanation = "The article names 2017."', 'explanation = "The article names 2017 (revised)."')
    report = apply_shipped(db, folder)
    # The event, and the modules that lost the deleted question, are the teacher's now.
    assert sorted(report.kept) == ["event low-point-2017", "module m-all-types", "module m-basics"]
    assert not report.changed()
    assert get_item(db, "event", "low-point-2017")["summary"] == "Our class's own summary."
    assert question["id"] == "q-low-year"
    assert db.execute("SELECT deleted_at FROM questions WHERE slug = 'q-low-year'").fetchone()[0] is not None
    # A later version still sees the teacher's edit as theirs.
    _edit(folder, 'summary = "A shipped revision."', 'summary = "A second shipped revision."')
    assert "event low-point-2017" in apply_shipped(db, folder).kept


def test_a_hard_deleted_shipped_item_is_not_brought_back(tmp_path):
    folder = tmp_path / "content"
    shutil.copytree(MIN_CONTENT, folder)
    (folder / "content.toml").write_text((folder / "content.toml").read_text(encoding="utf-8") + NEW_EVENT,
                                         encoding="utf-8")
    db = open_database(tmp_path / "school.db")
    seed(db, folder)
    record_shipped(db, folder)
    delete_item(db, kind="event", slug="new-2025")
    _edit(folder, 'summary = "The worst year in decades."', 'summary = "Revised."')
    report = apply_shipped(db, folder)
    assert report.updated == ["event low-point-2017"] and not report.added
    with pytest.raises(NotFoundError):
        get_item(db, "event", "new-2025")
    db.close()


def test_broken_new_content_changes_nothing_and_says_why(shipped):
    folder, db = shipped
    before = get_item(db, "event", "low-point-2017")
    _edit(folder, 'summary = "The worst year in decades."', 'summary = "Revised."')
    (folder / "content.toml").write_text((folder / "content.toml").read_text(encoding="utf-8")
                                         + NEW_EVENT.replace('actors = ["china"]', 'actors = ["atlantis"]'),
                                         encoding="utf-8")
    report = apply_shipped(db, folder)
    assert "atlantis" in report.problem and not report.changed()
    assert get_item(db, "event", "low-point-2017") == before


def test_a_database_from_before_updates_were_tracked_follows_only_when_asked(tmp_path):
    folder = tmp_path / "content"
    shutil.copytree(MIN_CONTENT, folder)
    db = open_database(tmp_path / "old.db")
    seed(db, folder)                                   # no record of what shipped
    mine = dict(get_item(db, "event", "low-point-2017"), summary="Edited before updates were tracked.")
    save_item(db, kind="event", item=mine)
    (folder / "content.toml").write_text((folder / "content.toml").read_text(encoding="utf-8") + NEW_EVENT,
                                         encoding="utf-8")
    assert not apply_shipped(db, folder).changed()       # not followed until asked: it may be a school's own content
    report = apply_shipped(db, folder, adopt=True)
    assert report.added == ["event new-2025"]
    assert report.kept == ["event low-point-2017"]     # it differs and nothing says it was left as shipped
    db.close()


def test_a_database_seeded_from_other_content_is_not_given_the_bundled_content(shipped):
    from db.seed import CONTENT_DIR

    _folder, db = shipped
    report = apply_shipped(db, CONTENT_DIR)
    assert not report.changed() and not report.kept
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] < 10


def test_the_update_is_preceded_by_a_backup(shipped):
    from db.backup import list_backups

    folder, db = shipped
    (folder / "content.toml").write_text((folder / "content.toml").read_text(encoding="utf-8") + NEW_EVENT,
                                         encoding="utf-8")
    apply_shipped(db, folder)
    assert any("content-update" in str(b.path) for b in list_backups(folder.parent / "school.db"))


def test_the_command_line_applies_the_content_and_reports_it(shipped, capsys):
    import json

    from db.cli import main

    folder, db = shipped
    (folder / "content.toml").write_text((folder / "content.toml").read_text(encoding="utf-8") + NEW_EVENT,
                                         encoding="utf-8")
    path = folder.parent / "school.db"
    assert main(["update-content", str(path), "--content", str(folder)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["added"] == ["event new-2025"] and out["problem"] == ""
    assert main(["update-content", str(path), "--content", str(folder)]) == 0
    assert json.loads(capsys.readouterr().out)["added"] == []
