"""Languages: the menu switches at run time keeping what the user was doing; Qt's own texts, fonts and
content names follow."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QWidget

from db import queries
from desktop.appearance import i18n

EVENT = "putin-visit-pyongyang-2024"


def _switch(qtbot, window, code):
    new = window.appearance.set_language(code)
    assert new is window, "a language switch happens in place"
    QApplication.processEvents()
    return new


def test_switching_language_keeps_the_event_date_tab_and_student(qtbot, window, restore_appearance):
    with qtbot.waitExposed(window):
        window.show()
    window.state.select_event(EVENT)
    window.state.set_date(2001.5)
    from db.learning import create_student

    student = next(iter(window.state.run(create_student, name="Lin")["students"]))
    window.state.set_student(student)
    window.tabs.setCurrentIndex(1)
    geometry = window.geometry()
    new = _switch(qtbot, window, "ru")
    assert new.isVisible()
    assert new.state.db is window.state.db
    assert (new.state.selected_event, new.state.current_date, new.state.student_id) == (EVENT, 2001.5, student)
    assert new.tabs.currentIndex() == 1
    assert new.geometry() == geometry
    assert new.appearance.language_actions["ru"].isChecked()
    back = _switch(qtbot, new, "en")
    assert back.state.selected_event == EVENT
    assert "Putin" in back.details_widget.browser.toPlainText()


def test_teacher_mode_survives_a_language_switch(qtbot, window, restore_appearance):
    window.state.set_teacher_mode(True)
    window.show_view("dashboard")
    new = _switch(qtbot, window, "ko")
    assert new.state.teacher_mode
    assert "editor" in new.places and "dashboard" in new.places
    assert new.tabs.currentWidget() is new.places["dashboard"]


def _first_cjk_family() -> str:
    return next(f for f in QApplication.font().families() if "CJK" in f)


def test_qt_standard_texts_fonts_and_content_names_follow_the_language(qtbot, window, restore_appearance):
    new = _switch(qtbot, window, "zh_CN")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert _first_cjk_family() == "Noto Sans CJK SC"
    metrics = QFontMetricsF(QApplication.font())
    assert metrics.horizontalAdvance("’") < 0.5 * metrics.horizontalAdvance("中"), "“China’s” would read “China’ s”"
    names = {a["slug"]: a["name"] for a in queries.actors(new.state.db)}
    assert names["north-korea"] == "朝鲜" and names["russia"] == "俄罗斯"
    if new.findChild(QWidget, "eventTable") is None:
        new.timeline_widget.show_list(True)  # the timeline's list twin
    table = new.findChild(QWidget, "eventTable")
    shown = {table.model().index(r, 2).data() for r in range(table.model().rowCount())}
    assert any("朝鲜" in (text or "") for text in shown), "actor names in the event list are not translated"
    new.state.select_event(EVENT)
    assert "俄罗斯" in new.details_widget.browser.toPlainText()
    ko = _switch(qtbot, new, "ko")
    assert _first_cjk_family() == "Noto Sans CJK KR"
    assert {a["slug"]: a["name"] for a in queries.actors(ko.state.db)}["north-korea"] == "북한"


def test_former_names_are_translated_too(full_db, restore_appearance):
    i18n.install_language("ru")
    russia = next(a for a in queries.actors(full_db) if a["slug"] == "russia")
    assert queries.actor_name_at(russia, "1961-07") == "Советский Союз"
    assert queries.actor_name_at(russia, "2024-06") == "Россия"


def test_language_menu_lists_each_language_in_its_own_name(window):
    texts = [a.text() for a in window.appearance.language_menu.actions()]
    assert texts == ["English", "简体中文", "한국어", "Русский"]
    assert window.appearance.language_actions["en"].isChecked()


def test_system_language_picks_a_supported_one(monkeypatch):
    from PySide6.QtCore import QLocale

    class FakeLocale:
        def __init__(self, langs):
            self.langs = langs

        def uiLanguages(self):
            return self.langs

    for langs, expected in ((["zh-Hans-CN"], "zh_CN"), (["ko-KR"], "ko"), (["ru-RU", "en-US"], "ru"),
                            (["de-DE"], "en")):
        monkeypatch.setattr(QLocale, "system", staticmethod(lambda langs=langs: FakeLocale(langs)))
        assert i18n.system_language() == expected, langs


def test_unknown_language_is_refused():
    try:
        i18n.install_language("xx")
    except ValueError as exc:
        assert "zh_CN" in str(exc)
    else:
        raise AssertionError("an unknown language was accepted")


def test_the_window_built_in_english_speaks_russian_after_a_switch(qtbot, window, restore_appearance):
    """Widgets built before the switch set their texts again (LanguageChange): tabs, menus, the timeline's tools,
    the map's tabs and the student picker, with the content names read again."""
    from PySide6.QtWidgets import QLabel, QToolButton

    assert window.quiz_widget is not None   # the quiz place is built on first use: build it in English
    _switch(qtbot, window, "ru")

    def ru(context, text):
        translated = QCoreApplication.translate(context, text)
        assert translated != text, f"no Russian for {text!r}"
        return translated

    assert window.tabs.tabText(1) == ru("MainWindow", "&Quiz")
    assert window.menus["view"].title() == ru("MainWindow", "&View")
    assert window.appearance.theme_menu.title() == ru("AppearanceController", "&Theme")
    assert window.findChild(QToolButton, "timelineFit").text() == ru("TimelineToolBar", "Fit all")
    assert window.relations_widget.tabs.tabText(0) == ru("RelationsPanel", "&Map")
    assert window.findChild(QLabel, "profileTitle").text() == ru("ProfilePicker", "Who is learning?")
    lanes = [a.text() for a in window.timeline_widget.toolbar.actors_button.menu().actions() if a.isCheckable()]
    assert "Северная Корея" in lanes, lanes
