"""A short run of the crash harness: SIGKILL mid-write loses nothing confirmed and leaves nothing half-written."""

import pytest
from crash.crash_harness import run


@pytest.mark.slow
def test_killed_writers_lose_nothing_confirmed(tmp_path):
    figures = run(10, seed=7, series=4, pack_events=120, workdir=tmp_path)
    assert figures["kills"] >= 10
    assert figures["confirmed_writes"] > 0
    assert figures["errors"] == [] and figures["worker_errors"] == 0
    assert figures["corrupt_databases"] == 0
    assert figures["lost_confirmed_writes"] == 0
    assert figures["partial_batches"] == 0
    assert all(s["trials"] for s in figures["scenarios"].values())


def test_the_checker_sees_lost_partial_and_corrupt_data(tmp_path):
    """Without this, a harness reporting zeros would prove nothing."""
    import sqlite3

    from crash.crash_harness import check, make_template

    path = make_template(tmp_path)
    assert check(path, "edits", [], 0) == {"corrupt": 0, "lost": 0, "partial": 0}
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO themes (slug, name) VALUES ('e5-0-t0', 'alone')")
    conn.commit()
    conn.close()
    assert check(path, "edits", [["CONFIRMED", "edit", "e5-1"]], 0) == {"corrupt": 0, "lost": 1, "partial": 1}
    assert check(path, "answers", [["CONFIRMED", "answer", "999", "w0-0"]], 0)["lost"] == 1
    assert check(path, "import", [["CONFIRMED", "pack", "p3"]], 10)["lost"] == 1
    data = bytearray(path.read_bytes())
    data[len(data) // 2: len(data) // 2 + 4096] = b"\xff" * 4096
    path.write_bytes(bytes(data))
    assert check(path, "edits", [], 0)["corrupt"] == 1
