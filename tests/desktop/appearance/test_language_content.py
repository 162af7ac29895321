"""A language switch in place shows every content text in the new language at once: the timeline's titles,
the event list, the details, the quiz's module list (not only actor, theme and era names)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.shell.app import create_window


def test_event_titles_follow_a_language_switch(qtbot, min_ko_db_path, restore_appearance):
    window = create_window(min_ko_db_path)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.state.select_event("putin-visit-2024")
    assert "Putin visits Pyongyang" in window.details_widget.browser.toPlainText()
    assert window.appearance.set_language("ko") is window
    QApplication.processEvents()
    assert "푸틴, 평양 방문" in window.timeline_widget.model.data.titles
    if window.findChild(QWidget, "eventTable") is None:
        window.timeline_widget.show_list(True)
    table = window.findChild(QWidget, "eventTable")
    shown = {table.model().index(r, c).data() for r in range(table.model().rowCount()) for c in range(3)}
    assert "푸틴, 평양 방문" in shown and "Putin visits Pyongyang" not in shown
    assert "푸틴, 평양 방문" in window.details_widget.browser.toPlainText()


def test_module_titles_follow_a_language_switch(qtbot, min_ko_db_path, restore_appearance):
    window = create_window(min_ko_db_path)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.show_view("quiz")
    page = window.quiz_widget
    page.picker.name.setText("Lin")
    qtbot.mouseClick(page.picker.add, Qt.LeftButton)
    chooser = page.chooser
    assert any("Basics" in chooser.list.item(r).data(Qt.AccessibleTextRole) or "" for r in range(chooser.list.count()))
    window.appearance.set_language("ko")
    QApplication.processEvents()
    titles = [chooser.list.item(r).data(Qt.AccessibleTextRole) or "" for r in range(chooser.list.count())]
    assert any("기초" in t for t in titles) and not any("Basics" in t for t in titles)
