"""Content packs: round trip, merge by id with a preview, students' progress kept, hostile files refused."""

from __future__ import annotations

import io
import json
import struct
import zipfile

import pytest

from db.content import KIND_ORDER, get_item, list_items
from db.interchange.common import FormatError
from db.interchange.pack import FORMAT_VERSION, import_pack, preview_pack, read_pack, write_pack

from .helpers import add_attempt, dump, empty_db


def _zip(path, members: dict[str, bytes | str], compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression=compression) as zf:
        for name, body in members.items():
            zf.writestr(name, body)
    return path


def _manifest(**over):
    return json.dumps({"format": "trilemma-pack", "format_version": 1, "title": "t", "author": "a",
                       "created": "2026-11-28T10:00:00Z", "counts": {}, **over})


def test_round_trip_into_an_empty_database_keeps_every_item(full_db, tmp_path):
    path = tmp_path / "all.zip"
    manifest = write_pack(full_db, path, title="Everything", author="Ms Kim")
    assert manifest["format_version"] == FORMAT_VERSION and manifest["author"] == "Ms Kim"
    target = empty_db(tmp_path)
    preview = preview_pack(target, path)
    assert not preview.updated and not preview.unchanged
    import_pack(target, path)
    for kind in KIND_ORDER:
        assert list_items(target, kind) == list_items(full_db, kind), kind
    assert sum(len(list_items(full_db, k)) for k in KIND_ORDER) > 50
    from db.check import check_database
    assert check_database(target, teaching=False) == [], "the imported database breaks a content rule"


def test_pack_never_holds_students_data(quiz_db, tmp_path):
    add_attempt(quiz_db, "q-sc")
    path = tmp_path / "p.zip"
    write_pack(quiz_db, path)
    with zipfile.ZipFile(path) as zf:
        assert sorted(zf.namelist()) == ["content.json", "manifest.json"]
        text = zf.read("content.json").decode()
    assert "Ada" not in text and "p-7f3a9c" not in text
    assert set(json.loads(text)) <= set(KIND_ORDER)


def test_preview_then_import_merges_by_id_and_keeps_progress(quiz_db, tmp_path):
    path = tmp_path / "p.zip"
    write_pack(quiz_db, path)
    attempt = add_attempt(quiz_db, "q-sc")
    # The receiving machine changed one question and lacks another; the pack should put both back.
    q = get_item(quiz_db, "question", "q-sc")
    q["prompt"] = "Locally edited prompt"
    from db.content import save_item
    save_item(quiz_db, kind="question", item=q)
    quiz_db.execute("DELETE FROM module_questions WHERE question_id = (SELECT id FROM questions WHERE slug='q-tf')")
    quiz_db.execute("DELETE FROM questions WHERE slug = 'q-tf'")
    quiz_db.conn.commit()
    before = dump(quiz_db)
    preview = preview_pack(quiz_db, path)
    assert dump(quiz_db) == before, "the preview wrote to the database"
    assert preview.added == {"question": ["q-tf"]}
    assert preview.updated["question"] == ["q-sc"] and preview.updated["module"] == ["m-every-type"]
    assert preview.counts()["event"] == {"added": 0, "updated": 0, "unchanged": 3}
    changes = import_pack(quiz_db, path)
    assert changes["questions"] == {"q-sc", "q-tf"}
    assert get_item(quiz_db, "question", "q-sc")["prompt"] == "Which city hosted the 2024 summit?"
    row = quiz_db.execute("SELECT q.slug, q.version, a.question_version FROM attempts a JOIN questions q "
                          "ON q.id = a.question_id WHERE a.id = ?", [attempt]).fetchone()
    assert row == ("q-sc", 3, 1), "the attempt lost its question or the version was not bumped"
    assert not preview_pack(quiz_db, path).changes_anything()


def _refused(db, path, *needles):
    before = dump(db)
    with pytest.raises(FormatError) as info:
        preview_pack(db, path)
    with pytest.raises(FormatError):
        import_pack(db, path)
    message = str(info.value)
    for needle in needles:
        assert needle in message, message
    assert dump(db) == before
    return message


def test_newer_format_is_refused_clearly(min_db, tmp_path):
    path = _zip(tmp_path / "new.zip", {"manifest.json": _manifest(format_version=FORMAT_VERSION + 1),
                                        "content.json": "{}"})
    _refused(min_db, path, "newer Trilemma", "Update Trilemma", "manifest.json")


def test_broken_json_names_line_and_column(min_db, tmp_path):
    path = _zip(tmp_path / "broken.zip", {"manifest.json": _manifest(),
                                           "content.json": '{"actor": [\n  {"id": "x",\n  "name" "X"}]}'})
    _refused(min_db, path, "broken.zip", "content.json line 3, column 10", "broken JSON")


def test_zip_bomb_is_refused_before_unpacking(min_db, tmp_path):
    path = _zip(tmp_path / "bomb.zip", {"manifest.json": _manifest(), "content.json": b" " * (80 * 1024 * 1024)})
    assert path.stat().st_size < 200_000
    _refused(min_db, path, "zip bomb", "content.json")


def test_zip_bomb_that_lies_about_its_size_is_refused(min_db, tmp_path):
    path = _zip(tmp_path / "liar.zip", {"manifest.json": _manifest(), "content.json": b" " * (3 * 1024 * 1024)})
    data = bytearray(path.read_bytes())
    # Make both headers claim 100 bytes for content.json; reading must still stop at the limit.
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("content.json")
    local = info.header_offset
    data[local + 22:local + 26] = struct.pack("<I", 100)
    for start in [i for i in range(len(data)) if data[i:i + 4] == b"PK\x01\x02"]:
        name_len = struct.unpack("<H", data[start + 28:start + 30])[0]
        if data[start + 46:start + 46 + name_len] == b"content.json":
            data[start + 24:start + 28] = struct.pack("<I", 100)
    path.write_bytes(bytes(data))
    _refused(min_db, path, "content.json")


def test_member_escaping_the_folder_is_refused(min_db, tmp_path):
    path = _zip(tmp_path / "escape.zip", {"manifest.json": _manifest(), "content.json": "{}",
                                           "../../etc/evil.json": "{}"})
    _refused(min_db, path, "'../../etc/evil.json' points outside")


def test_not_a_zip_and_truncated_zip_are_refused(min_db, tmp_path, full_db):
    (tmp_path / "text.zip").write_text("hello")
    _refused(min_db, tmp_path / "text.zip", "not a content pack")
    write_pack(full_db, tmp_path / "whole.zip")
    data = (tmp_path / "whole.zip").read_bytes()
    (tmp_path / "cut.zip").write_bytes(data[: len(data) // 2])
    _refused(min_db, tmp_path / "cut.zip", "cut.zip")


def test_students_and_unknown_kinds_are_refused(min_db, tmp_path):
    path = _zip(tmp_path / "s.zip", {"manifest.json": _manifest(),
                                      "content.json": json.dumps({"student": [{"id": "ada"}]})})
    _refused(min_db, path, "unknown kind 'student'", "never students' data")


def test_an_invalid_item_names_the_item_and_field(min_db, tmp_path):
    content = {"event": [{"id": "bad-date", "title": "X", "start": "2023-02-30", "actors": ["china"],
                          "sources": [{"source": "diplomat-2024"}]}]}
    path = _zip(tmp_path / "v.zip", {"manifest.json": _manifest(counts={"event": 1}),
                                      "content.json": json.dumps(content)})
    _refused(min_db, path, "v.zip: content.json event 'bad-date'.start", "not a real date")


def test_manifest_counts_must_match(min_db, tmp_path):
    path = _zip(tmp_path / "c.zip", {"manifest.json": _manifest(counts={"actor": 3}), "content.json": "{}"})
    _refused(min_db, path, "the manifest counts 3 actor items but content.json holds 0; the pack is incomplete")


def test_module_pack_holds_what_the_module_needs(quiz_db, tmp_path):
    path = tmp_path / "m.zip"
    write_pack(quiz_db, path, module="m-basics")
    _, items = read_pack(path)
    kinds = {k for k, _ in items}
    assert ("module", "m-every-type") not in {(k, i["id"]) for k, i in items}
    assert {"module", "question", "source"} <= kinds
    target = empty_db(tmp_path)
    import_pack(target, path)
    assert [m["id"] for m in list_items(target, "module")] == ["m-basics"]


def test_text_that_looks_like_markup_is_stored_as_written(quiz_db, tmp_path):
    """Packs follow the rule of every path: content is plain text, stored as written and shown as text,
    so a question written in Trilemma with '<this>' in it survives its own pack's round trip."""
    from db.content import save_item

    q = get_item(quiz_db, "question", "q-sc")
    q["prompt"] = "Is <this> a tag? Click <script>alert(1)</script>"
    save_item(quiz_db, kind="question", item=q)
    path = tmp_path / "m.zip"
    write_pack(quiz_db, path, module="m-every-type")
    target = empty_db(tmp_path)
    import_pack(target, path)
    assert get_item(target, "question", "q-sc")["prompt"] == q["prompt"]


def test_too_many_members_and_a_high_ratio_are_refused(min_db, tmp_path):
    many = {"manifest.json": _manifest(), "content.json": "{}", **{f"x{i}.json": "{}" for i in range(20)}}
    _refused(min_db, _zip(tmp_path / "many.zip", many), "22 members", "at most 8")
    dense = {"manifest.json": _manifest(), "content.json": "[" + " " * (8 * 1024 * 1024) + "]"}
    _refused(min_db, _zip(tmp_path / "dense.zip", dense), "compressed", "zip bomb")


def test_duplicate_member_names_are_refused(min_db, tmp_path):
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        path = _zip(tmp_path / "dup.zip", {"manifest.json": _manifest(), "content.json": "{}"})
        with zipfile.ZipFile(path, "a") as zf:
            zf.writestr("content.json", '{"actor": []}')
    _refused(min_db, path, "appears twice")


def test_a_module_pack_is_closed_under_what_its_items_name(full_db):
    from db.interchange.pack import pack_content
    from db.kinds import REGISTRY

    module = list_items(full_db, "module")[0]["id"]
    content = pack_content(full_db, module=module)
    held = {(kind, item["id"]) for kind, items in content.items() for item in items}
    named = {ref for kind, items in content.items() for item in items for ref in REGISTRY[kind].referred(item)}
    assert named <= held, named - held
    assert {k for k, _ in held} >= {"module", "question", "event", "actor", "source"}
    assert not content["relation"] and not content["era"] and [m["id"] for m in content["module"]] == [module]
