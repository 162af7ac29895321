"""The editor's Undo and Redo keys in a real window (issue 17): on X11 the platform's Redo key is Ctrl+Shift+Z
itself, which offscreen runs (whose Redo is Ctrl+Y first) cannot show."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.realwindow


def test_ctrl_z_and_ctrl_shift_z_undo_and_redo_a_saved_edit_from_a_field(real_display, full_template, tmp_path):
    """Saved, Ctrl+Z in the title field undoes the save and Ctrl+Shift+Z redoes it; no key is bound twice."""
    root = Path(__file__).resolve().parents[3]
    db = tmp_path / "trilemma.db"
    shutil.copy(full_template, db)
    env = dict(os.environ, DISPLAY=real_display, QT_QPA_PLATFORM="xcb", TRILEMMA_CONFIG_DIR=str(tmp_path),
               PYTHONPATH=os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]))
    result = subprocess.run([sys.executable, str(Path(__file__).with_name("editor_keys_probe.py")), "--db", str(db)],
                            cwd=root, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["saved"] == "A new title"
    assert report["ctrl_z"] == report["before"] != "A new title"
    assert report["ctrl_shift_z"] == "A new title"
    assert len(report["redo_keys"]) == len(set(report["redo_keys"])) and "Ctrl+Shift+Z" in report["redo_keys"]
