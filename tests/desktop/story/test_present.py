"""Present: the story full screen in large type, moved by keys, with no student's data on it."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt

from desktop.appearance import i18n
from desktop.shell.app import create_window


def test_present_moves_by_keys_shows_no_answers_and_hands_back_its_stop(qtbot, min_db_path):
    win = create_window(min_db_path)
    qtbot.addWidget(win)
    win.show()
    win.show_view("story")
    panel = win.story.panel
    win.story.present()
    present = win.story.present_window
    qtbot.addWidget(present)
    assert present.isFullScreen() or present.isVisible()
    assert present.stop_view.title.font().pointSizeF() > panel.stop_view.title.font().pointSizeF() * 2
    qtbot.keyClick(present, Qt.Key_Right)
    qtbot.keyClick(present, Qt.Key_Space)
    assert present.stop_view.title.text() == "Putin visits"
    # The check question is shown as a prompt to discuss, never as answer controls or anyone's result.
    assert present.check.isVisible() and "rare" in present.check.text()
    assert not present.findChildren(type(panel.check))
    assert set(win.timeline_widget.highlighted_events()) == {"putin-visit-2024"}
    qtbot.keyClick(present, Qt.Key_Left)
    qtbot.keyClick(present, Qt.Key_Escape)
    assert not present.isVisible()
    assert panel.current_stop()["id"] == "the-low-point"


def test_the_story_panel_prints_its_handout(qtbot, min_db_path, tmp_path):
    win = create_window(min_db_path)
    qtbot.addWidget(win)
    win.show()
    win.show_view("story")
    panel = win.story.panel
    panel.print_handout(str(tmp_path / "story.pdf"))
    assert (tmp_path / "story.pdf").read_bytes().startswith(b"%PDF")
    assert "story.pdf" in panel.note.text() and panel.note.isVisible()


def test_the_handout_prints_in_the_language_the_story_is_shown_in(qtbot, min_db_path, tmp_path, restore_appearance):
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    i18n.install_language("ru")
    win = create_window(min_db_path)
    qtbot.addWidget(win)
    win.show_view("story")
    win.story.panel.print_handout(str(tmp_path / "ru.pdf"))
    text = subprocess.run(["pdftotext", str(tmp_path / "ru.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Обсудите:" in " ".join(text.split()) and "Discuss:" not in text


def _stop(words: int, claims: int) -> dict:
    return {"id": "s", "chapter": "A chapter", "title": "A title of a few words", "text": " ".join(["word"] * words),
            "paragraphs": [8, 9], "events": [], "event_info": [], "span": ["2024", "2024"], "map_date": "2024",
            "claims": [], "claim_info": [{"slug": f"c{i}", "paragraph": 8, "status": "confirmed",
                                          "text": "A claim of about twenty words " * 3} for i in range(claims)],
            "prompt": "Why might a treaty like this worry Beijing as much as Washington?",
            "question_prompt": "Putin's trip was only his second visit to North Korea."}


def test_a_long_stop_steps_its_type_down_to_fit_a_1366_by_768_screen(qtbot):
    from desktop.story.present import SCALES, PresentWindow

    story = {"title": "T", "stops": [_stop(20, 1), _stop(120, 3)]}
    present = PresentWindow(story)
    qtbot.addWidget(present)
    present.resize(1366, 768)
    present.show()
    qtbot.waitExposed(present)
    present.go(0)
    assert present.stop_view.scale == SCALES[0]          # a short stop keeps the largest type
    present.go(1)
    assert present.stop_view.scale < SCALES[0]
    assert present.needed_height(present.scroll.viewport().width()) <= present.scroll.viewport().height()
    assert present.stop_view.text.font().pointSizeF() > present.footer.font().pointSizeF()
