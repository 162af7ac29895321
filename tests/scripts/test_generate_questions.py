"""scripts/generate_questions.py: the reviewed batch is written as TOML that reads back to the same questions."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "generate_questions.py"


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("generate_questions_script", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_toml_round_trips_every_field_kind(script):
    questions = [{"id": "q-x", "type": "match", "prompt": 'Say "hi" \\ and “quote”\nnext line', "generated": True,
                  "pairs": [["1961", "Treaty"], ["2018", "Thaw"]], "answer": 2017, "tolerance": 0,
                  "sources": [{"source": "diplomat-2024", "locator": "¶8"}, {"source": "other"}],
                  "claims": [], "explanation": "x" * 200}]
    text = script.to_toml(questions, "a header\nsecond line")
    assert text.startswith("# a header\n# second line\n")
    assert tomllib.loads(text)["question"] == questions


def test_the_selection_is_produced_and_written(script, tmp_path):
    out = tmp_path / "generated.toml"
    assert script.main(["--out", str(out)]) == 0
    written = tomllib.loads(out.read_text(encoding="utf-8"))["question"]
    assert [q["id"] for q in written] == script.SELECTED
    assert all(q["generated"] for q in written)


def test_a_selected_id_the_generator_no_longer_makes_is_named(script, monkeypatch):
    monkeypatch.setattr(script, "SELECTED", [*script.SELECTED, "gen-year-no-such-event"])
    with pytest.raises(SystemExit, match="gen-year-no-such-event"):
        script.build(script.SELECTED)
