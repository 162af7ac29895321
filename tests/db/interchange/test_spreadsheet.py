"""CSV files are RFC 4180 and never carry a live formula, header cells included; read back with csv.reader."""

from __future__ import annotations

import csv
import io

from db import learning
from db.content import get_item, save_item
from db.interchange.results import results_csv, write_results_csv
from db.interchange.spreadsheet import csv_text
from db.queries import classroom

from .helpers import add_attempt

LIVE = ("=", "+", "-", "@", "\t", "\r", "\n")


def _read(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_cells_with_line_breaks_stay_in_their_row_and_no_cell_starts_a_formula():
    header = ["student", "=SUM(A1)", "@cmd"]
    rows = [["Ana", "first\r=HYPERLINK(\"http://x\")", "a\nb"], ["-1+1", "\r\n=1", 'say "hi", then']]
    text = csv_text(header, rows)
    assert text.count("\r\n") - text.count('\r\n=1') >= 3 and text.endswith("\r\n")
    read = _read(text)
    assert len(read) == 3 and all(len(r) == 3 for r in read)  # a CR or LF inside a cell never splits a row
    assert read[0] == ["student", "'=SUM(A1)", "'@cmd"]
    assert read[1] == ["Ana", "first\r=HYPERLINK(\"http://x\")", "a\nb"]
    assert read[2] == ["'-1+1", "'\r\n=1", 'say "hi", then']
    assert not any(cell.startswith(LIVE) for row in read for cell in row)


def test_class_results_csv_keeps_a_carriage_return_answer_in_one_row(quiz_db, tmp_path):
    aid = add_attempt(quiz_db, "q-sa", name="Ben", pseudonym="p-2")
    quiz_db.execute("UPDATE attempts SET answer = ? WHERE id = ?", ['"Putin\\r=1+1"', aid])
    quiz_db.conn.commit()
    add_attempt(quiz_db, "q-sc", name="=Cai", pseudonym="p-3")
    path = tmp_path / "results.csv"
    assert write_results_csv(quiz_db, path) == {"attempts": 2}
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") == 3
    rows = list(csv.reader(path.open(encoding="utf-8-sig", newline="")))
    assert len(rows) == 3 and {len(r) for r in rows} == {11}
    assert rows[1][-1] == "Putin\r=1+1" and rows[2][0] == "'=Cai"
    assert not any(cell.startswith(LIVE) for row in rows for cell in row)
    assert _read(results_csv(quiz_db)) == rows


def test_students_csv_guards_module_titles_in_its_header(min_db, tmp_path):
    module = get_item(min_db, "module", "m-basics")
    module["title"] = "=HYPERLINK(\"http://evil.example\")"
    save_item(min_db, kind="module", item=module)
    sid = next(iter(learning.create_student(min_db, name="+Ana")["students"]))
    session = next(iter(learning.start_session(min_db, student_id=sid, module="m-basics")["sessions"]))
    learning.record_answer(min_db, student_id=sid, session_id=session, question_slug="q-low-year", answer=2017)
    path = tmp_path / "students.csv"
    classroom.write_csv(min_db, path, "students")
    rows = list(csv.reader(path.open(encoding="utf-8-sig", newline="")))
    assert "'=HYPERLINK(\"http://evil.example\")" in rows[0]
    assert rows[1][0] == "'+Ana"
    assert not any(cell.startswith(LIVE) for row in rows for cell in row)
    assert path.read_bytes().count(b"\r\n") == len(rows)
