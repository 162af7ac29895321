"""A story prints as a handout: every stop in order, the claims' statuses in words, room to answer."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from db.errors import TrilemmaError
from db.interchange import export_file


def _text(path) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def test_a_story_handout_lists_its_stops_claims_and_questions(min_db, tmp_path):
    summary = export_file(min_db, tmp_path / "story.pdf", "story-handout", story="st-test")
    assert summary["stops"] == 3 and summary["pages"] >= 1
    text = _text(tmp_path / "story.pdf")
    assert text.index("1. The 1961 treaty") < text.index("2. The low point") < text.index("3. Putin visits")
    assert "Allies" in text and "Moscow" in text                     # chapters
    assert "compared with August 1961" in text
    assert "Discuss: What changed between 1961 and 2017?" in text
    assert "Check: The article calls Putin's trip abroad a rare one." in text
    status = min_db.execute("SELECT status FROM claims WHERE slug = 'c01-putin-visit'").fetchone()[0]
    assert f"— {status.capitalize()}:" in text


def test_a_handout_of_no_story_says_which(min_db, tmp_path):
    with pytest.raises(TrilemmaError, match="story"):
        export_file(min_db, tmp_path / "x.pdf", "story-handout", story="nothing")
    with pytest.raises(TrilemmaError, match="--story"):
        export_file(min_db, tmp_path / "x.pdf", "story-handout")
