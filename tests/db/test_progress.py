"""Big imports report progress in stages and can be stopped; a stopped import leaves the database unchanged."""

from __future__ import annotations

import json
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db import progress
from db.content import list_items
from db.interchange import import_file, preview_file
from db.interchange import pack as pack_module
from db.interchange.pack import write_pack


def bulk_pack(db, path, count: int):
    """A pack of the database's content plus `count` extra events."""
    write_pack(db, path)
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        content = json.loads(zf.read("content.json"))
    event = content["event"][0]
    content["event"] += [dict(event, id=f"bulk-{i}", title=f"Bulk event {i}") for i in range(count)]
    manifest["counts"]["event"] = len(content["event"])
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        zf.writestr("content.json", json.dumps(content))
    return path


def test_an_import_reports_checking_then_saving_up_to_the_total(min_db, tmp_path, monkeypatch):
    monkeypatch.setattr(progress, "INTERVAL_S", 0.0)
    pack = bulk_pack(min_db, tmp_path / "big.zip", 300)
    seen: list[tuple[str, int, int]] = []
    with progress.reporting(lambda *report: seen.append(report)):
        import_file(min_db, pack)
    stages = [stage for stage, _, _ in seen]
    assert stages.index("saving") > stages.index("checking")
    last = {stage: (done, total) for stage, done, total in seen}
    assert last["saving"][0] == last["saving"][1] >= 300


def test_reports_are_thinned_to_a_few_dozen_a_second_but_the_last_always_arrives(min_db, tmp_path):
    pack = bulk_pack(min_db, tmp_path / "big.zip", 2000)
    seen: list[tuple[str, int, int]] = []
    with progress.reporting(lambda *report: seen.append(report)):
        preview_file(min_db, pack)
    saving = [r for r in seen if r[0] == "saving"]
    assert saving[-1][1] == saving[-1][2] and len(saving) < saving[-1][2] / 10


@pytest.mark.parametrize("stage", ["checking", "saving"])
def test_stopping_during_an_import_rolls_everything_back(min_db, tmp_path, stage):
    pack = bulk_pack(min_db, tmp_path / "big.zip", 500)
    before = "\n".join(min_db.conn.iterdump())

    def stop(seen_stage, done, total):
        if seen_stage == stage and done > 1:
            raise progress.CancelledError()

    with pytest.raises(progress.CancelledError), progress.reporting(stop):
        import_file(min_db, pack)
    assert "\n".join(min_db.conn.iterdump()) == before
    assert not [e for e in list_items(min_db, "event") if e["id"].startswith("bulk-")]


def test_without_a_reporter_steps_cost_nothing_and_raise_nothing():
    progress.step("saving", 1, 10)  # no reporter on this thread: a no-op


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(max_size=6), st.lists(json_values, max_size=4), max_size=4),
       st.sampled_from([None, 0, 1, 2, 3]), st.sampled_from(["", " ", "\n\t"]))
def test_reading_a_pack_element_by_element_gives_what_json_loads_gives(content, cut, space):
    """The piecewise reader returns json.loads' result, and for a damaged text json.loads' own error."""
    text = json.dumps(content, indent=1 if space else None).replace(" ", space or " ") if space else json.dumps(content)
    if cut is not None and len(text) > cut:
        text = text[: len(text) - 1 - cut]  # a truncated file
    try:
        expected = json.loads(text)
    except json.JSONDecodeError as exc:
        with pytest.raises(json.JSONDecodeError) as got:
            pack_module._loads_in_pieces(text)
        assert (got.value.msg, got.value.lineno, got.value.colno) == (exc.msg, exc.lineno, exc.colno)
    else:
        assert pack_module._loads_in_pieces(text) == expected


def test_opening_a_big_pack_reports_progress_while_reading_the_json(min_db, tmp_path, monkeypatch):
    monkeypatch.setattr(progress, "INTERVAL_S", 0.0)
    pack = bulk_pack(min_db, tmp_path / "big.zip", 200)
    seen: list[tuple[str, int, int]] = []
    with progress.reporting(lambda *report: seen.append(report)):
        pack_module.read_pack(pack)
    opening = [r for r in seen if r[0] == "opening"]
    assert len(opening) > 200 and opening[-1][1] < opening[-1][2]
