"""The explore place in Korean: the timeline and its list, each event's details and the relations table show
no English content (source titles aside) when the content is translated."""

from __future__ import annotations

from content_i18n_support import english_content, screen_texts, sources_shown
from PySide6.QtWidgets import QApplication, QWidget

from db.i18n import ENGLISH_MARK
from desktop.appearance import i18n
from desktop.shell.app import create_window


def test_explore_in_korean_shows_no_english_content(qtbot, min_ko_db_path, restore_appearance):
    assert i18n.install_language("ko")
    win = create_window(min_ko_db_path)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    win.show_view("timeline")
    english, sources = english_content(win.state.db), sources_shown(win.state.db)
    if win.findChild(QWidget, "eventTable") is None:
        win.timeline_widget.show_list(True)
    panel = win.findChild(QWidget, "relationsTable").parent()
    while panel is not None and not hasattr(panel, "tabs"):
        panel = panel.parent()
    for slug in ("treaty-1961", "low-point-2017", "putin-visit-2024"):
        win.state.select_event(slug)
        win.state.set_date(2024.6 if slug.endswith("2024") else 2017.5)
        for i in range(panel.tabs.count() if panel is not None else 1):
            if panel is not None:
                panel.tabs.setCurrentIndex(i)
            QApplication.processEvents()
            text = "\n".join(screen_texts(win))
            for source in sources:
                text = text.replace(source, "")
            leaked = [e for e in english if e in text]
            assert not leaked, f"{slug}: English content on screen: {leaked[:5]}"
            assert ENGLISH_MARK["ko"] not in text
    assert "푸틴, 평양 방문" in win.details_widget.browser.toPlainText()
