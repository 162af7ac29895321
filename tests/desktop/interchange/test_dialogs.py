"""The File menu's sharing dialogs: import shows a preview then applies; exports write files; errors in a box."""

from __future__ import annotations

import json
import subprocess
import zipfile

import pytest

from db.content import get_item, list_items
from db.interchange.pack import write_pack
from desktop.interchange.export_dialog import ExportDialog
from desktop.interchange.import_dialog import ImportDialog
from desktop.interchange.record_store_dialog import RecordStoreDialog
from desktop.shell.app import create_window


@pytest.fixture
def win(qtbot, min_db_path):
    window = create_window(min_db_path)
    qtbot.addWidget(window)
    return window


def _preview(qtbot, dialog, path) -> bool:
    """Preview a file and wait for the worker: True when the preview is shown."""
    with qtbot.waitSignal(dialog.previewed, timeout=60000) as blocker:
        dialog.load(str(path))
    return blocker.args[0]


def _apply(qtbot, dialog) -> bool:
    """Import the previewed file and wait for the worker: True when saved."""
    with qtbot.waitSignal(dialog.imported, timeout=60000) as blocker:
        dialog.apply()
    return blocker.args[0]


def _dump(db) -> str:
    return "\n".join(db.conn.iterdump())


def test_file_menu_has_the_sharing_entries_and_teacher_only_ones_wait_for_teacher_mode(win):
    texts = [a.text().replace("&", "") for a in win.menus["file"].actions() if a.text()]
    for wanted in ("Import…", "Export content pack…", "Export questions (GIFT / Moodle XML)…",
                   "Print worksheet / answer key / timeline handout (PDF)…", "Export class results (CSV / xAPI)…",
                   "Record store (xAPI)…"):
        assert wanted in texts
    assert texts[-1] == "Quit"
    actions = win.interchange.actions
    assert not actions["import"].isEnabled() and not actions["results"].isEnabled() and not actions["lrs"].isEnabled()
    assert not actions["pack"].isEnabled() and actions["paper"].isEnabled()
    win.state.set_teacher_mode(True)
    assert actions["import"].isEnabled() and actions["lrs"].isEnabled() and actions["pack"].isEnabled()


def test_import_shows_the_preview_then_applies_through_the_write_path(qtbot, win, boxes, tmp_path):
    db = win.state.db
    path = tmp_path / "p.zip"
    write_pack(db, path)
    event = get_item(db, "event", "low-point-2017")
    event["summary"] = "Edited here; the pack will restore it."
    from db.content import save_item
    save_item(db, kind="event", item=event)
    dialog = ImportDialog(win.state, win)
    qtbot.addWidget(dialog)
    assert _preview(qtbot, dialog, path)
    rows = {dialog.tree.topLevelItem(i).text(0): dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())}
    assert rows["event"].text(2) == "1" and rows["event"].child(0).text(0) == "updated: low-point-2017"
    assert dialog.import_button.isEnabled()
    seen = []
    win.state.changed.connect(seen.append)
    assert _apply(qtbot, dialog)
    assert len(seen) == 1 and seen[0].origin is dialog and seen[0]["events"] == {"low-point-2017"}
    assert get_item(db, "event", "low-point-2017")["summary"] != event["summary"]
    assert boxes[-1][0] == "information"


def test_a_bad_file_is_refused_in_a_box_naming_the_place_and_nothing_changes(qtbot, win, boxes, tmp_path):
    path = tmp_path / "broken.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": "trilemma-pack", "format_version": 1}))
        zf.writestr("content.json", '{"event": [\n{"id": "x",}]}')
    before = _dump(win.state.db)
    dialog = ImportDialog(win.state, win)
    qtbot.addWidget(dialog)
    assert not _preview(qtbot, dialog, path)
    kind, title, text = boxes[-1]
    assert kind == "warning" and "Nothing was changed" in text and "content.json line 2, column 12" in text
    assert not dialog.import_button.isEnabled()
    gift = tmp_path / "bad.gift"
    gift.write_text("::q:: Which year? {#soon}", encoding="utf-8")
    assert _preview(qtbot, dialog, gift), "a GIFT file is previewed question by question, even when none can be imported"
    listing = dialog.tree.topLevelItem(dialog.tree.topLevelItemCount() - 1)
    assert listing.child(0).text(0) == "skipped: bad.gift line 1: the numeric answer 'soon' is not a number"
    assert not dialog.import_button.isEnabled()
    assert _dump(win.state.db) == before


def test_exports_write_files_and_summarise(qtbot, win, boxes, tmp_path):
    win.state.set_teacher_mode(True)
    questions = ExportDialog(win.state, "questions", win)
    qtbot.addWidget(questions)
    questions.group.button(1).setChecked(True)
    assert questions.fmt() == "moodle"
    summary = questions.export_to(str(tmp_path / "q.xml"))
    assert summary["questions"] >= 1 and (tmp_path / "q.xml").read_bytes().startswith(b"<?xml")
    assert "Saved" in questions.result_label.text()
    win.state.set_teacher_mode(False)
    paper = ExportDialog(win.state, "paper", win)
    qtbot.addWidget(paper)
    assert not paper.group.button(1).isEnabled(), "the answer key is for teachers only"
    assert paper.export_to(str(tmp_path / "w.pdf"))["questions"] >= 1
    assert (tmp_path / "w.pdf").read_bytes().startswith(b"%PDF")
    paper.group.button(2).setChecked(True)
    assert paper.start.isVisibleTo(paper) and not paper.module.isVisibleTo(paper)
    assert paper.export_to(str(tmp_path / "nowhere" / "h.pdf")) is None
    assert boxes[-1][0] == "warning" and "Nothing was written" in boxes[-1][2]


def test_record_store_settings_are_checked_and_saved(qtbot, win, boxes):
    dialog = RecordStoreDialog(win.state, win)
    qtbot.addWidget(dialog)
    assert "nothing is sent anywhere" in dialog.status.text()
    dialog.endpoint.setText("not a url")
    assert not dialog.save()
    assert "is not a web address" in boxes[-1][2]
    dialog.endpoint.setText("http://127.0.0.1:9/xAPI/")
    dialog.key.setText("teacher")
    assert dialog.save()
    from db.interchange.lrs import lrs_settings
    assert lrs_settings(win.state.db)["endpoint"] == "http://127.0.0.1:9/xAPI/"
    assert list_items(win.state.db, "module")


def test_the_preview_lists_each_question_and_imports_the_good_ones_together(qtbot, win, boxes, tmp_path):
    from pathlib import Path

    win.state.set_teacher_mode(True)
    source = Path(__file__).resolve().parents[2] / "fixtures" / "gift" / "one_bad_question.gift"
    path = tmp_path / "class-questions"  # no extension: recognised from the content
    path.write_bytes(source.read_bytes())
    dialog = ImportDialog(win.state, win)
    qtbot.addWidget(dialog)
    assert _preview(qtbot, dialog, path) and dialog.fmt == "gift"
    top = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    listing = next(t for t in top if t.text(0).startswith("Questions in the file"))
    assert listing.text(0) == "Questions in the file: 2 will import, 3 skipped"
    lines = [listing.child(i).text(0) for i in range(listing.childCount())]
    assert lines[0] == "will import: q-good-one (class-questions line 2)"
    assert lines[1] == "skipped: class-questions line 4: the numeric answer 'sometime' is not a number"
    assert any(line.startswith("skipped: class-questions line 11: Trilemma's metadata") for line in lines)
    assert dialog.import_button.isEnabled()
    assert _apply(qtbot, dialog)
    ids = {q["id"] for q in list_items(win.state.db, "question")}
    assert {"q-good-one", "q-good-two"} <= ids and not {"q-bad-number", "q-two-right", "q-bad-meta"} & ids
    assert boxes[-1][0] == "information"


def test_answer_bearing_exports_need_teacher_mode_but_worksheets_do_not(qtbot, win, boxes, tmp_path):
    actions = win.interchange.actions
    assert not actions["pack"].isEnabled() and not actions["questions"].isEnabled() and actions["paper"].isEnabled()
    assert "Teacher mode only" in actions["questions"].toolTip()
    for mode, name in (("questions", "q.gift"), ("pack", "p.zip")):
        dialog = ExportDialog(win.state, mode, win)
        qtbot.addWidget(dialog)
        assert not dialog.save_button.isEnabled() and "enter teacher mode" in dialog.result_label.text()
        assert dialog.export_to(str(tmp_path / name)) is None
        assert boxes[-1][0] == "warning" and not (tmp_path / name).exists()
    paper = ExportDialog(win.state, "paper", win)
    qtbot.addWidget(paper)
    assert paper.save_button.isEnabled() and paper.export_to(str(tmp_path / "w.pdf"))["questions"] >= 1
    win.state.set_teacher_mode(True)
    assert actions["pack"].isEnabled() and actions["questions"].isEnabled()
    questions = ExportDialog(win.state, "questions", win)
    qtbot.addWidget(questions)
    assert questions.save_button.isEnabled() and questions.export_to(str(tmp_path / "q.gift"))["questions"] >= 1


def test_questions_and_worksheets_export_in_the_chosen_language(qtbot, win, boxes, tmp_path):
    paper = ExportDialog(win.state, "paper", win)
    assert paper.language.isVisibleTo(paper)
    paper.language.setCurrentIndex(paper.language.findData("ru"))
    paper.export_to(str(tmp_path / "w.pdf"))
    text = subprocess.run(["pdftotext", str(tmp_path / "w.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Имя:" in text and "Name:" not in text
    pack = ExportDialog(win.state, "pack", win)
    assert not pack.language.isVisibleTo(pack), "a content pack keeps every language as stored"


def test_the_export_language_starts_at_the_interface_language(qtbot, win, restore_appearance):
    from desktop.appearance import i18n

    i18n.install_language("ko")
    paper = ExportDialog(win.state, "paper", win)
    assert paper.language.currentData() == "ko"
    assert [paper.language.itemData(i) for i in range(paper.language.count())] == ["en", "zh_CN", "ko", "ru"]


def test_record_store_status_counts_statements_in_sentences(qtbot, win):
    """The record store's status says "1 statement", "3 statements", never "statement(s)"."""
    dialog = RecordStoreDialog(win.state, win)
    qtbot.addWidget(dialog)
    info = {"configured": True, "pending": 1, "sent": 4, "last_sent": "", "last_error": ""}
    assert dialog.status_text(info) == "1 statement waiting to be sent; 4 delivered."
    assert dialog.status_text(dict(info, pending=3, last_error="timed out.")) == \
        "3 statements waiting. Last problem: timed out."
    assert dialog.status_text(dict(info, pending=0, sent=1)) == "1 statement delivered."
    assert dialog.status_text(dict(info, pending=0, sent=0)).startswith("Nothing to send yet")


def test_an_export_summary_counts_in_words(qtbot, win):
    """The data layer's summary keys become counted words: "1 page", "2 stories", never "1 pages" or "story"."""
    dialog = ExportDialog(win.state, "questions", win)
    qtbot.addWidget(dialog)
    assert dialog.count_text("pages", 1) == "1 page"
    assert dialog.count_text("story", 2) == "2 stories"
    assert dialog.count_text("questions", 12) == "12 questions"
    assert dialog.count_text("new_things", 3) == "3 new things"
