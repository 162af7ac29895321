"""A shared content pack: applied once per version, all or nothing, with messages naming the file."""

import pytest

from db.content_pack import applied_pack, apply_content_pack
from db.errors import ValidationError
from db.queries import event_details

PACK_EVENT = '''
[[event]]
id = "school-visit-2025"
title = "A class visits the border"
start = "2025-05"
kind = "post-article"
importance = 2
actors = ["china", "north-korea"]
themes = []
summary = "Added by the school's content pack."
sources = [{ source = "diplomat-2024" }]
'''


@pytest.fixture
def pack(tmp_path):
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "events.toml").write_text(PACK_EVENT, encoding="utf-8")
    return folder


def test_a_pack_adds_its_items_and_remembers_the_version(min_db, pack):
    changes = apply_content_pack(min_db, path=pack)
    assert "school-visit-2025" in changes["events"]
    assert event_details(min_db, "school-visit-2025")["summary"] == "Added by the school's content pack."
    assert applied_pack(min_db)["path"] == str(pack.resolve())


def test_the_same_pack_again_changes_nothing(min_db, pack):
    apply_content_pack(min_db, path=pack)
    assert not apply_content_pack(min_db, path=pack)


def test_an_updated_pack_is_applied_again(min_db, pack):
    apply_content_pack(min_db, path=pack)
    text = (pack / "events.toml").read_text(encoding="utf-8").replace("Added by", "Updated by")
    (pack / "events.toml").write_text(text, encoding="utf-8")
    changes = apply_content_pack(min_db, path=pack)
    assert "school-visit-2025" in changes["events"]
    assert event_details(min_db, "school-visit-2025")["summary"].startswith("Updated by")


def test_an_invalid_pack_names_the_item_and_changes_nothing(min_db, pack):
    (pack / "more.toml").write_text(PACK_EVENT.replace("school-visit-2025", "bad-one").replace('"2025-05"', '"May 2025"'),
                                    encoding="utf-8")
    with pytest.raises(ValidationError, match="bad-one"):
        apply_content_pack(min_db, path=pack)
    assert event_details(min_db, "school-visit-2025") is None
    assert applied_pack(min_db) is None


def test_broken_toml_names_the_file(min_db, pack):
    (pack / "broken.toml").write_text("[[event]\nid = ", encoding="utf-8")
    with pytest.raises(ValidationError, match="broken.toml"):
        apply_content_pack(min_db, path=pack)


def test_a_missing_pack_says_so(min_db, tmp_path):
    with pytest.raises(ValidationError, match="does not exist"):
        apply_content_pack(min_db, path=tmp_path / "nowhere")


def test_a_pack_file_made_by_export_is_applied_once(min_db, full_db, tmp_path):
    """An administrator's .zip pack (the interchange format) updates a user's database, then is skipped."""
    from db.interchange import export_file

    pack_file = tmp_path / "school.zip"
    export_file(full_db, pack_file, "pack", title="School pack")
    before = min_db.execute("SELECT count(*) FROM events").fetchone()[0]
    changes = apply_content_pack(min_db, path=pack_file)
    after = min_db.execute("SELECT count(*) FROM events").fetchone()[0]
    assert after > before and changes
    assert applied_pack(min_db)["path"] == str(pack_file.resolve())
    assert not apply_content_pack(min_db, path=pack_file)


def test_a_damaged_pack_file_is_refused_and_changes_nothing(min_db, tmp_path):
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip at all")
    with pytest.raises(ValidationError):
        apply_content_pack(min_db, path=bad)
    assert applied_pack(min_db) is None
