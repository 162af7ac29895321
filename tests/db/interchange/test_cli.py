"""`python -m db export|import`: packs move content between databases; bad files exit 2 with a message."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from tests_support import MIN_CONTENT


def run(*args):
    return subprocess.run([sys.executable, "-m", "db", *map(str, args)], capture_output=True, text=True)


def test_export_then_import_a_pack_with_a_dry_run_first(tmp_path):
    src, dst, pack = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "content.zip"
    assert run("init", src, "--content", MIN_CONTENT).returncode == 0
    out = run("export", src, pack, "--format", "pack", "--title", "Class 9b", "--author", "Ms Kim")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["counts"]["event"] == 3
    dry = run("import", dst, pack, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "event: 3 added, 0 updated, 0 unchanged" in dry.stdout
    assert json.loads(run("stats", dst).stdout)["events"] == 0
    real = run("import", dst, pack)
    assert real.returncode == 0, real.stderr
    assert json.loads(run("stats", dst).stdout)["events"] == 3
    again = run("import", dst, pack)
    assert "event: 0 added, 0 updated, 3 unchanged" in again.stdout


def test_a_bad_file_exits_2_with_one_line(tmp_path):
    db = tmp_path / "a.db"
    run("init", db, "--content", MIN_CONTENT)
    bad = tmp_path / "bad.zip"
    bad.write_text("not a zip")
    out = run("import", db, bad)
    assert out.returncode == 2
    assert out.stderr.startswith("error: bad.zip") and "not a content pack" in out.stderr
    assert "Traceback" not in out.stderr
    unknown = run("import", db, tmp_path / "x.docx")
    assert unknown.returncode == 2 and "x.docx: cannot be read" in unknown.stderr


def test_gift_and_moodle_through_the_command_line(tmp_path):
    src, dst = tmp_path / "a.db", tmp_path / "b.db"
    run("init", src, "--content", MIN_CONTENT)
    for fmt, name in (("gift", "q.gift"), ("moodle", "q.xml")):
        out = run("export", src, tmp_path / name, "--format", fmt)
        assert out.returncode == 0, out.stderr
        assert json.loads(out.stdout)["questions"] >= 1
        dry = run("import", dst, tmp_path / name, "--dry-run")
        assert dry.returncode == 0, dry.stderr
        assert re.search(r"^question: [1-9]\d* added, 0 updated", dry.stdout, re.M), dry.stdout
    bad = tmp_path / "bad.gift"
    bad.write_text("::x:: Year? {#soon}\n", encoding="utf-8")
    out = run("import", dst, bad)
    assert out.returncode == 2 and "bad.gift line 1" in out.stderr and "'soon' is not a number" in out.stderr


def test_results_exports_through_the_command_line(tmp_path):
    db = tmp_path / "a.db"
    run("init", db, "--content", MIN_CONTENT)
    for fmt, key in (("csv", "attempts"), ("xapi", "statements")):
        out = run("export", db, tmp_path / f"r.{fmt}", "--format", fmt)
        assert out.returncode == 0, out.stderr
        assert json.loads(out.stdout)[key] == 0
    assert json.loads(run("send-xapi", db).stdout)["skipped"] == "no record store is set up"


def test_export_from_a_missing_database_says_so_and_creates_nothing(tmp_path):
    out = run("export", tmp_path / "none.db", tmp_path / "x.zip")
    assert out.returncode == 2 and "no database here" in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "none.db").exists()


def test_skip_invalid_imports_the_good_questions_and_lists_the_bad_ones(tmp_path):
    db = tmp_path / "a.db"
    run("init", db, "--content", MIN_CONTENT)
    mixed = tmp_path / "mixed.gift"
    mixed.write_text("::q-good:: Which year was the treaty? {#1961}\n\n::q-bad:: Which year? {#soon}\n\n"
                     "::q-worse:: Which? {=a =b ~c}\n", encoding="utf-8")
    before = json.loads(run("stats", db).stdout)
    refused = run("import", db, mixed)
    assert refused.returncode == 2
    assert "mixed.gift line 3" in refused.stderr and "mixed.gift line 5" in refused.stderr  # every problem, one pass
    assert json.loads(run("stats", db).stdout) == before
    out = run("import", db, mixed, "--skip-invalid")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.splitlines()[-1])
    assert result["added"]["question"] == ["q-good"]
    assert [s["where"] for s in result["skipped"]] == ["mixed.gift line 3", "mixed.gift line 5"]
    assert "skipped: mixed.gift line 3: the numeric answer 'soon' is not a number" in out.stdout


def test_the_format_comes_from_the_content_not_the_name(tmp_path):
    src, dst = tmp_path / "a.db", tmp_path / "b.db"
    run("init", src, "--content", MIN_CONTENT)
    for fmt, name in (("pack", "class.pack"), ("gift", "questions"), ("moodle", "from-moodle.txt")):
        assert run("export", src, tmp_path / name, "--format", fmt).returncode == 0
        out = run("import", dst, tmp_path / name, "--dry-run")
        assert out.returncode == 0, out.stderr
        assert json.loads(out.stdout.splitlines()[-1])["format"] == fmt
