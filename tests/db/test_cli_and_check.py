"""`python -m db` commands and the content rules `check` enforces."""

import json
import subprocess
import sys

from db.check import check_database

from tests_support import MIN_CONTENT


def run(*args):
    return subprocess.run([sys.executable, "-m", "db", *map(str, args)], capture_output=True, text=True)


def test_init_twice_then_check_and_stats(tmp_path):
    path = tmp_path / "x.db"
    first = run("init", path, "--content", MIN_CONTENT)
    assert first.returncode == 0, first.stderr
    second = run("init", path, "--content", MIN_CONTENT)
    assert json.loads(second.stdout)["changed"] == {}
    assert run("check", path).returncode == 0
    stats = json.loads(run("stats", path).stdout)
    for key in ("events", "actors", "eras", "relations", "claims", "sources", "questions", "modules"):
        assert key in stats
    assert stats["events"] == 3
    assert stats["question_types"]["numeric_year"] == 1


def test_check_lists_each_broken_rule(min_db):
    min_db.execute("UPDATE events SET start = '2017-02-30', start_precision = 'day' WHERE slug = 'low-point-2017'")
    min_db.execute("DELETE FROM citations WHERE era_id IS NOT NULL")
    min_db.execute("UPDATE relations SET \"end\" = '1950' WHERE slug = 'cn-kp-strained'")
    min_db.conn.commit()
    problems = check_database(min_db)
    text = "\n".join(problems)
    assert "event 'low-point-2017'.start" in text and "not a real date" in text
    assert "era 'low-point'.sources: no source" in text
    assert "relation 'cn-kp-strained'.end" in text


def test_check_exits_non_zero_and_errors_are_one_line(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("not a database")
    result = run("check", bad)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "not a SQLite database" in result.stderr


def test_db_layer_never_imports_qt():
    code = ("import sys, db, db.cli, db.check, db.content, db.queries, db.seed; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'desktop', 'shiboken6')]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
