"""The relationship panel on the real content: the date both ways, edges at known dates, history, links."""

import datetime as dt

import pytest
from PySide6.QtCore import QUrl

from db.content import save_item
from db.dates import PartialDate
from desktop.relations import RelationsPanel
from desktop.state import AppState

TODAY = dt.date(2026, 11, 28)


def month(iso: str) -> float:
    """Fractional-year value of the first day of a partial date."""
    return PartialDate.parse(iso).start_value()


@pytest.fixture
def state(full_db):
    """An app state on a private copy of the real content."""
    return AppState(full_db)


@pytest.fixture
def panel(qtbot, state):
    """The panel, shown at a classroom size, without animation (tests assert on the end state)."""
    p = RelationsPanel(state, today=TODAY)
    p.graph.animation_ms = 0
    qtbot.addWidget(p)
    p.resize(1100, 650)
    with qtbot.waitExposed(p):
        p.show()
    return p


def pair_kinds(panel, a, b):
    """Kinds of the edges drawn for one pair."""
    key = tuple(sorted((a, b)))
    return sorted(panel.graph.edges[s].kind for s in panel.graph.shown if panel.graph.edges[s].relation["pair"] == key)


def test_the_slider_moves_the_app_date(panel, state):
    panel.date_control.slider.setValue((2017 - 1950) * 12 + 5)  # June 2017
    assert state.current_date == pytest.approx(month("2017-06"))
    assert panel.date_control.field.text() == "2017-06"
    assert "strained" in pair_kinds(panel, "china", "north-korea")


def test_typing_a_year_or_a_month_moves_the_app_date(panel, state):
    panel.date_control.field.setText("2018-07")
    assert panel.date_control.apply_field()
    assert state.current_date == pytest.approx(month("2018-07"))
    panel.date_control.field.setText("1985")
    assert panel.date_control.apply_field()
    assert state.current_date == pytest.approx(1985.0)
    assert panel.date_control.date_label.text() == "January 1985"


@pytest.mark.parametrize("text, words", [("mid-2017", "not a year or a month"), ("2017-13", "no such month"),
                                         ("1900", "outside the map"), ("2031", "outside the map")])
def test_a_bad_date_says_what_is_wrong_and_changes_nothing(panel, state, text, words):
    state.set_date(month("2017-06"))
    panel.date_control.field.setText(text)
    assert not panel.date_control.apply_field()
    assert words in panel.date_control.message.text()
    assert text in panel.date_control.message.text()
    assert not panel.date_control.message.isHidden()
    assert state.current_date == pytest.approx(month("2017-06"))
    panel.date_control.field.setText("2018")
    assert panel.date_control.apply_field()
    assert panel.date_control.message.isHidden()


def test_the_panel_follows_the_app_date(panel, state):
    state.set_date(month("2018-07"))  # as the timeline's cursor would
    assert panel.date_control.slider.value() == (2018 - 1950) * 12 + 6
    assert panel.date_control.field.text() == "2018-07"
    assert panel.date_control.date_label.text() == "July 2018"
    kinds = pair_kinds(panel, "china", "north-korea")
    assert "warming" in kinds and "strained" not in kinds


def test_china_north_korea_strained_in_2017_warming_in_2018(panel, state):
    state.set_date(month("2017-06"))
    assert "strained" in pair_kinds(panel, "china", "north-korea")
    assert "warming" not in pair_kinds(panel, "china", "north-korea")
    state.set_date(month("2018-07"))
    assert "warming" in pair_kinds(panel, "china", "north-korea")
    assert "cn-kp-low-point" not in panel.graph.edges  # faded out and removed


def test_russia_north_korea_alliance_after_june_2024(panel, state):
    state.set_date(month("2024-05"))
    assert "alliance" not in pair_kinds(panel, "russia", "north-korea")
    state.set_date(month("2024-07"))
    assert "alliance" in pair_kinds(panel, "russia", "north-korea")
    edge = panel.graph.edges["ru-kp-treaty-alliance"]
    assert edge.relation["label"] == "Mutual-defence treaty"
    assert edge.label.lines() == ("alliance", "Mutual-defence treaty")


def test_parallel_relations_of_a_pair_are_drawn_apart(panel, state):
    state.set_date(month("2024-07"))
    offsets = sorted(panel.graph.edges[s].offset for s in panel.graph.shown
                     if panel.graph.edges[s].relation["pair"] == ("north-korea", "russia"))
    assert len(offsets) == 3
    assert min(b - a for a, b in zip(offsets, offsets[1:], strict=False)) >= 30


def test_one_sided_relations_get_an_arrow_and_strength_sets_width(panel, state):
    state.set_date(month("2017-06"))
    lifeline = panel.graph.edges["cn-kp-trade-dependence"]
    low = panel.graph.edges["cn-kp-low-point"]
    assert lifeline._arrow_point() is not None and low._arrow_point() is None
    assert lifeline.width > low.width  # strength 5 against 2


def test_russia_is_the_soviet_union_before_1992(panel, state):
    state.set_date(1985.0)
    assert panel.graph.nodes["russia"].name == "Soviet Union"
    assert any(r["a_name"] == "Soviet Union" for r in panel.table_model.rows)
    state.set_date(2000.0)
    assert panel.graph.nodes["russia"].name == "Russia"


def test_no_labels_overlap_at_any_date(panel, state, qtbot):
    """Every quarter from 1950 to today, at the size of the relations view; then with the history pane open."""
    quarters = [1950 + m / 12 for m in range(0, (2026 - 1950) * 12 + 11, 3)]
    panel.resize(1060, 560)
    qtbot.wait(10)
    assert [q for q in quarters if state.set_date(q) or panel.graph.label_overlaps()] == []
    state.set_date(month("2024-07"))  # crowded: labels without room for their own words keep the kind alone
    compact = [panel.graph.edges[s].label.compact for s in panel.graph.shown]
    assert any(compact) and not all(compact)
    panel.show_pair("china", "north-korea")  # the map narrows
    qtbot.waitUntil(lambda: panel.graph.width() < 800)
    crowded = [q for q in quarters if state.set_date(q) or panel.graph.label_overlaps() or panel.graph.labels_on_nodes()]
    assert crowded == []


def test_clicking_an_edge_shows_the_pair_history_with_event_links(panel, state, qtbot):
    state.set_date(month("2017-06"))
    edge = panel.graph.edges["cn-kp-low-point"]
    point = panel.graph.mapFromScene(edge.label.scenePos())
    from PySide6.QtCore import Qt

    qtbot.mouseClick(panel.graph.viewport(), Qt.LeftButton, pos=point)
    assert panel.graph.selected_key == "edge:cn-kp-low-point"
    assert panel.history.isVisible()
    assert panel.table.currentIndex().data(Qt.UserRole) == "cn-kp-low-point"  # the table twin follows
    text = panel.history.text()
    assert "China and North Korea over time" in text
    assert text.index("Comrades in arms") < text.index("Low point") < text.index("Summit thaw")
    assert "holds at June 2017" in text
    links = panel.history.links()
    assert "event:unscr-2270-2016" in links and "event:xi-kim-beijing-2018-03" in links
    assert "Sources: Caught Between Allies: China's North Korea Dilemma, The Diplomat (China Power), 2024 ¶13" in text
    assert not any(link.startswith("http") for link in links)  # sources are cited, never opened from here
    html = panel.history.browser.toHtml()
    assert html.index("Treaty allies") < html.index('name="here"') < html.index("Low point")  # scrolled to it


def test_an_event_link_selects_the_event_and_moves_the_date(panel, state, qtbot):
    panel.show_pair("china", "north-korea")
    with qtbot.waitSignal(state.event_selected) as selected:
        panel.history.browser.anchorClicked.emit(QUrl("event:xi-kim-beijing-2018-03"))
    assert selected.args == ["xi-kim-beijing-2018-03"]
    assert state.current_date == pytest.approx(month("2018-03-25"))
    assert "warming" in pair_kinds(panel, "china", "north-korea")


def test_clicking_a_node_lists_its_relations_and_asks_the_timeline_to_focus(panel, state, qtbot):
    from PySide6.QtCore import Qt

    state.set_date(month("2024-07"))
    point = panel.graph.mapFromScene(panel.graph.nodes["russia"].scenePos())
    with qtbot.waitSignal(state.actor_focus_requested) as focus:
        qtbot.mouseClick(panel.graph.viewport(), Qt.LeftButton, pos=point)
    assert focus.args == ["russia"]
    text = panel.history.text()
    assert "Russia at July 2024" in text and "Ukraine" in text and "Mutual-defence treaty" in text
    assert "pair:north-korea/russia" in panel.history.links() or "pair:russia/north-korea" in panel.history.links()
    panel.history.browser.anchorClicked.emit(QUrl("pair:russia/ukraine"))
    assert "Russia and Ukraine over time" in panel.history.text()


def test_the_keyboard_reaches_every_node_and_edge(panel, state, qtbot):
    from PySide6.QtCore import Qt

    state.set_date(month("2017-06"))
    panel.graph.setFocus()
    keys = panel.graph.keys()
    seen = set()
    for _ in keys:
        qtbot.keyClick(panel.graph, Qt.Key_Right)
        seen.add(panel.graph.focus_key)
    assert seen == set(keys)
    while panel.graph.focus_key != "edge:cn-kp-low-point":
        qtbot.keyClick(panel.graph, Qt.Key_Right)
    assert "strained" in panel.graph.accessibleDescription()
    assert "China and North Korea: strained, Low point" in panel.hint.text()
    qtbot.keyClick(panel.graph, Qt.Key_Return)
    assert "China and North Korea over time" in panel.history.text()


def test_play_steps_through_the_years_and_stops(panel, state, qtbot):
    from PySide6.QtCore import Qt

    state.set_date(month("2017-06"))
    panel.date_control.timer.setInterval(20)
    panel.date_control.play_button.setFocus()
    qtbot.keyClick(panel.date_control.play_button, Qt.Key_Space)
    assert panel.date_control.play_button.isChecked()
    qtbot.waitUntil(lambda: state.current_date >= month("2019-06") - 1e-6, timeout=3000)
    qtbot.keyClick(panel.date_control.play_button, Qt.Key_Space)
    stopped_at = state.current_date
    assert not panel.date_control.timer.isActive()
    qtbot.wait(80)
    assert state.current_date == stopped_at
    assert panel.date_control.field.text().endswith("-06")  # whole years: the month stays


def test_play_stops_by_itself_at_today(panel, state, qtbot):
    state.set_date(month("2025-03"))
    panel.date_control.timer.setInterval(10)
    panel.date_control.play_button.setChecked(True)
    qtbot.waitUntil(lambda: not panel.date_control.play_button.isChecked(), timeout=2000)
    assert state.current_date <= month("2026-11") + 1e-6


def test_edges_fade_in_and_out_when_animated(panel, state, qtbot):
    panel.graph.animation_ms = 120
    state.set_date(month("2017-06"))
    state.set_date(month("2018-07"))
    thaw, low = panel.graph.edges["cn-kp-summit-thaw"], panel.graph.edges["cn-kp-low-point"]
    assert thaw.opacity() < 1.0 and thaw.opacity_to == 1.0 and low.opacity_to == 0.0
    qtbot.waitUntil(lambda: "cn-kp-low-point" not in panel.graph.edges, timeout=2000)
    assert thaw.opacity() == pytest.approx(1.0)


def test_content_changed_elsewhere_is_shown(panel, state):
    state.set_date(month("1970-06"))
    item = {"id": "cn-kp-test-cooling", "a": "china", "b": "north-korea", "kind": "strained", "label": "A test chill",
            "strength": 2, "direction": "", "start": "1970-05", "end": "1970-08", "summary": "A test interval.",
            "sources": [{"source": "diplomat-2024"}]}
    state.run(save_item, kind="relation", item=item, origin="editor")
    assert "cn-kp-test-cooling" in panel.graph.shown
    assert any(r["slug"] == "cn-kp-test-cooling" for r in panel.table_model.rows)


def test_an_edited_relation_is_redrawn_with_its_new_kind_and_label(panel, state):
    from db.content import get_item

    state.set_date(month("2017-06"))
    item = get_item(state.db, "relation", "cn-kp-low-point")
    item.update(kind="hostility", label="Edited label")
    state.run(save_item, kind="relation", item=item, origin="editor")
    edge = panel.graph.edges["cn-kp-low-point"]
    assert edge.kind == "hostility"
    assert edge.label.lines() == ("hostility", "Edited label")


def test_a_new_actor_gets_a_node_at_a_fixed_free_place(panel, state):
    from db.content import save_item as save

    state.run(save, kind="actor", item={"id": "mongolia", "name": "Mongolia", "short": "MN", "color": "#777777",
                                         "order": 9, "summary": "A test actor."}, origin="editor")
    node = panel.graph.nodes["mongolia"]
    place = (node.pos().x(), node.pos().y())
    assert panel.graph.sceneRect().contains(node.box())
    assert all(not node.box().intersects(n.box()) for s, n in panel.graph.nodes.items() if s != "mongolia")
    state.set_date(month("1999-01"))
    assert (panel.graph.nodes["mongolia"].pos().x(), panel.graph.nodes["mongolia"].pos().y()) == place


def test_nodes_never_move_when_the_date_changes(panel, state):
    before = {s: (n.pos().x(), n.pos().y()) for s, n in panel.graph.nodes.items()}
    for iso in ("1955", "1985", "2017-06", "2024-07"):
        state.set_date(month(iso))
        assert {s: (n.pos().x(), n.pos().y()) for s, n in panel.graph.nodes.items()} == before


def test_tab_from_the_date_field_reaches_the_map_tabs_then_the_map_and_edges_explain_themselves(panel, state, qtbot):
    """The Map / Table / Compare tabs come first (a screen-reader user learns the views exist), then the map."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    state.set_date(month("2017-06"))
    panel.activateWindow()
    panel.date_control.field.setFocus()
    qtbot.keyClick(panel.date_control.field, Qt.Key_Tab)
    assert QApplication.focusWidget() is panel.tabs.tabBar()
    qtbot.keyClick(panel.tabs.tabBar(), Qt.Key_Tab)
    assert QApplication.focusWidget() is panel.graph
    lifeline = panel.graph.edges["cn-kp-trade-dependence"]
    assert "one-sided: China → North Korea" in lifeline.toolTip()
    assert "Economic lifeline" in lifeline.label.toolTip()
    for widget in (panel.date_control.play_button, panel.date_control.slider, panel.date_control.field,
                   panel.graph, panel.table, panel.history.browser, panel.compare.table, panel.compare.button):
        assert widget.accessibleName(), widget.objectName()


def test_a_complaint_about_the_field_goes_when_the_date_moves_elsewhere(panel, state):
    panel.date_control.field.setText("20177")
    assert not panel.date_control.apply_field()
    assert not panel.date_control.message.isHidden()
    state.set_date(month("2019-02"))
    assert panel.date_control.message.isHidden()
    assert panel.date_control.field.text() == "2019-02"


def test_source_dates_in_the_pair_history_follow_the_language(state, qtbot, restore_appearance):
    """Intervals, opening events and sources' publication dates read in the interface language."""
    from db import i18n as content_i18n
    from desktop.appearance import i18n

    assert i18n.install_language("ru")       # before the panel is built: its texts are Russian from the start
    panel = RelationsPanel(state)
    qtbot.addWidget(panel)
    panel.show_pair("north-korea", "russia")
    text = panel.history.text()
    from db.queries import relations as rel

    history = rel.pair_history(panel.state.db, "north-korea", "russia", panel.rows)
    published = [s["published"] for r in history for s in r.get("sources") or [] if s.get("published")]
    assert published, "the pair's sources carry publication dates"
    assert any(content_i18n.date_label(p, lang="ru") in text for p in published)
    assert "19 июня 2024 г. – по сей день" in text and "today" not in text         # the treaty's interval
    assert "(6 июля 1961 г.)" in text                                                # the event that began one
