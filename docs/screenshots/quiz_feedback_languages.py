"""Render quiz feedback in Russian, Chinese and Korean for the README: a date placed months off, a partly right pick.

Run by hand: `QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/quiz_feedback_languages.py [LANG ...]`.
Each language runs in its own process on a throwaway database (the interface language is chosen before the window).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
# file name → (language, module, question, wrong answer)
SHOTS = {
    "quiz-feedback-ru.png": ("ru", "m-beyond-the-triangle", "q-bt-invasion-month", "2022-09"),
    "quiz-feedback-zh_CN.png": ("zh_CN", "m-low-point-and-thaw", "q-lp-signs-of-low-point", [0, 1, 2]),
    "quiz-feedback-ko.png": ("ko", "m-beyond-the-triangle", "q-bt-invasion-month", "2019-11"),
}

SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
sys.path.insert(0, str(Path.cwd() / "docs" / "screenshots"))
from db import learning
from desktop.shell.app import create_window
from desktop.shell.startup import apply_appearance
from quiz_screenshots import right_answer
app = QApplication(sys.argv[:1])
lang, module, slug, wrong, db_path, out = sys.argv[1:7]
apply_appearance(lang, "light", 100)
win = create_window(db_path)
win.resize(1280, 860)
db = win.state.db
student = max(learning.create_student(db, name="Mina")["students"])
session = max(learning.start_session(db, student_id=student, module=module)["sessions"])
while (current := learning.session_info(db, session)["current"]) != slug:
    q = learning.question_for_display(db, current)
    learning.record_answer(db, student_id=student, session_id=session, question_slug=current, answer=right_answer(q))
win.state.set_student(student)
win.show_view("quiz")
win.show()
win.quiz_widget.open_module(module)
view = win.quiz_widget.session.view
view.set_answer(json.loads(wrong))
for _ in range(5):
    app.processEvents()
view.submit()
for _ in range(10):
    app.processEvents()
sys.exit(0 if win.grab().save(out) else 1)
"""


def main(langs: list[str]) -> int:
    """Write the screenshots (all, or those of the given languages); returns how many failed."""
    import json

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRILEMMA_CONFIG_DIR=tempfile.mkdtemp())
    failed = 0
    for name, (lang, module, slug, wrong) in SHOTS.items():
        if langs and lang not in langs:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            result = subprocess.run([sys.executable, "-c", SCRIPT, lang, module, slug, json.dumps(wrong),
                                     str(Path(tmp) / "shot.db"), str(OUT / name)],
                                    cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        print(name, "ok" if result.returncode == 0 else f"FAILED\n{result.stderr}")
        failed += result.returncode != 0
    return failed


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
