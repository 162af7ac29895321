"""Two processes (two app windows) writing the same database at once: every write lands or fails plainly."""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from crash.crash_harness import check, make_template

WORKER = Path(__file__).resolve().parent / "worker.py"


def _start(mode, db_path, tag, count):
    return subprocess.Popen([sys.executable, str(WORKER), mode, str(db_path), "--tag", tag, "--count", str(count)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
def test_a_student_answering_and_a_teacher_editing_at_once(tmp_path):
    db_path = make_template(tmp_path)
    workers = {"answers": (_start("answers", db_path, "1", 120), 120),
               "edits": (_start("edits", db_path, "2", 60), 60),
               "edits2": (_start("edits", db_path, "3", 60), 60)}
    outputs = {}
    for name, (proc, count) in workers.items():
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, f"{name} crashed:\n{err[-2000:]}"
        assert "Traceback" not in err
        lines = out.splitlines()
        confirmed = [line.split(" ", 3) for line in lines if line.startswith("CONFIRMED")]
        failed = [line for line in lines if line.startswith("FAILED")]
        assert len(confirmed) + len(failed) == count, f"{name}: a write neither landed nor failed"
        for line in failed:  # refused writes say why in plain words
            assert "busy in another Trilemma window" in line, line
        outputs[name] = confirmed
    assert len(outputs["answers"]) > 0 and len(outputs["edits"]) > 0
    for mode, name in (("answers", "answers"), ("edits", "edits"), ("edits", "edits2")):
        assert check(db_path, mode, outputs[name], 0) == {"corrupt": 0, "lost": 0, "partial": 0}
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM attempts").fetchone()[0] == len(outputs["answers"])
    conn.close()
