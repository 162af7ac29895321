"""The table twin of the map, the comparison of two dates, the legend, and the app's --date option."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from db.dates import PartialDate
from db.queries import relations as rel
from db.queries.relations import APPEARED, CHANGED_KIND, UNCHANGED
from desktop.relations import RelationsPanel
from desktop.relations.compare_model import COL_CHANGE, COL_FIRST, COL_PAIR, COL_SECOND, STATUS_ROLE, CompareTableModel
from desktop.relations.legend import RelationLegendWidget
from desktop.relations.styles import STYLES
from desktop.relations.table_model import (
    COL_DATES,
    COL_DIRECTION,
    COL_KIND,
    COL_LABEL,
    COL_STRENGTH,
    SLUG_ROLE,
    RelationsTableModel,
)
from desktop.relations.table_model import COL_PAIR as T_PAIR
from desktop.state import AppState

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def panel(qtbot, full_db):
    """The panel on the real content, not animated."""
    p = RelationsPanel(AppState(full_db), today=TODAY)
    p.graph.animation_ms = 0
    qtbot.addWidget(p)
    return p


def rows_of(model, columns):
    """Every row of a model as a tuple of the given columns' display texts."""
    return [tuple(model.index(r, c).data() for c in columns) for r in range(model.rowCount())]


def test_the_table_lists_the_relations_shown_on_the_map(panel):
    panel.state.set_date(PartialDate.parse("2024-07").start_value())
    model = panel.table.model()
    assert model.rowCount() == len(panel.graph.shown)
    slugs = {model.index(r, 0).data(SLUG_ROLE) for r in range(model.rowCount())}
    assert slugs == set(panel.graph.shown)
    rows = rows_of(model, (T_PAIR, COL_KIND, COL_LABEL, COL_STRENGTH, COL_DATES))
    assert ("North Korea – Russia", "alliance", "Mutual-defence treaty", "5 of 5", "19 June 2024 – today") in rows
    assert ("China – North Korea", "dependence", "Economic lifeline", "5 of 5", "2017 – today") in rows
    lifeline = next(r for r in range(model.rowCount()) if model.index(r, 0).data(SLUG_ROLE) == "cn-kp-trade-dependence")
    assert model.index(lifeline, COL_DIRECTION).data() == "China → North Korea"
    assert "dash-dot-dot line" in model.index(lifeline, COL_KIND).data(Qt.AccessibleTextRole)
    assert model.index(lifeline, 0).data(Qt.ToolTipRole).startswith("China is North Korea's largest trading partner")
    pairs = [model.index(r, T_PAIR).data() for r in range(model.rowCount())]
    assert pairs.index("China – North Korea") < pairs.index("North Korea – Russia") < pairs.index("Russia – Ukraine")


def test_activating_a_table_row_opens_the_pair_history(panel, qtbot):
    panel.state.set_date(PartialDate.parse("2017-06").start_value())
    model = panel.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(SLUG_ROLE) == "cn-kp-low-point")
    panel.tabs.setCurrentWidget(panel.table)
    panel.table.setCurrentIndex(model.index(row, 0))
    assert panel.graph.selected_key == "edge:cn-kp-low-point"  # moving through the table marks the map too
    panel.graph.select("")
    panel.table.activated.emit(model.index(row, 0))
    assert panel.graph.selected_key == "edge:cn-kp-low-point"
    assert "China and North Korea over time" in panel.history.text()


def test_the_models_pass_the_model_tester(qtmodeltester, full_db):
    table = RelationsTableModel()
    table.set_rows(rel.relations_at(full_db, "2024-07"))
    qtmodeltester.check(table)
    compare = CompareTableModel()
    compare.set_rows(rel.compare(full_db, "2017-06", "2024-07"), "June 2017", "July 2024")
    qtmodeltester.check(compare)


def test_compare_2017_with_2024_side_by_side(panel):
    widget = panel.compare
    widget.first.setText("2017")
    widget.second.setText("2024-07")
    assert widget.request()
    model = widget.model
    assert model.headerData(COL_FIRST, Qt.Horizontal) == "January 2017"
    assert model.headerData(COL_SECOND, Qt.Horizontal) == "July 2024"
    by_pair = {model.index(r, COL_PAIR).data(): r for r in range(model.rowCount())}
    cn_kp = by_pair["China – North Korea"]
    assert model.index(cn_kp, 0).data(STATUS_ROLE) == CHANGED_KIND
    assert "strained: Low point" in model.index(cn_kp, COL_FIRST).data()
    assert "partnership: Cool but correct" in model.index(cn_kp, COL_SECOND).data()
    change = model.index(cn_kp, COL_CHANGE).data()
    assert change.startswith("changed kind") and "− strained: Low point" in change
    kp_ru = by_pair["North Korea – Russia"]
    assert "+ alliance: Mutual-defence treaty" in model.index(kp_ru, COL_CHANGE).data()
    assert model.index(by_pair["Russia – Ukraine"], 0).data(STATUS_ROLE) == APPEARED
    assert model.index(by_pair["Russia – Ukraine"], COL_FIRST).data() == "—"
    assert model.index(by_pair["China – Russia"], 0).data(STATUS_ROLE) == UNCHANGED
    assert "January 2017 to July 2024" in widget.summary.text()
    appeared = sum(model.index(r, 0).data(STATUS_ROLE) == APPEARED for r in range(model.rowCount()))
    assert (f"{appeared} pair gained" if appeared == 1 else f"{appeared} pairs gained") in widget.summary.text()


def test_a_bad_comparison_date_is_named_and_keeps_the_last_result(panel):
    before = panel.compare.model.rowCount()
    panel.compare.second.setText("2024-99")
    assert not panel.compare.request()
    assert "second date" in panel.compare.message.text() and "2024-99" in panel.compare.message.text()
    assert panel.compare.model.rowCount() == before


def test_the_legend_names_every_kind_with_its_line_pattern():
    legend = RelationLegendWidget()
    assert len(legend.entries) == len(STYLES) + 2
    assert "alliance: double line" in legend.entries and "hostility: zigzag line" in legend.entries
    assert any("arrow" in e.lower() for e in legend.entries)
    legend.deleteLater()


def test_the_date_option_accepts_a_year_or_a_month(capsys):
    from desktop.shell.app import parse_args

    assert parse_args(["--date", "2017-06"]).date == pytest.approx(PartialDate(2017, 6).start_value())
    assert parse_args(["--date", "2024"]).date == pytest.approx(2024.0)
    for bad in ("2017-06-05", "June 2017", "2017-13"):
        with pytest.raises(SystemExit):
            parse_args(["--date", bad])
        assert "--date" in capsys.readouterr().err


def test_the_window_starts_at_the_date_option(qtbot, full_db_path):
    from desktop.shell.app import create_window

    win = create_window(full_db_path)
    qtbot.addWidget(win)
    win.state.set_date(PartialDate(2017, 6).start_value())
    assert win.relations_widget.date_control.field.text() == "2017-06"
    assert "cn-kp-low-point" in win.relations_widget.graph.shown


def test_the_view_menu_brings_the_map_forward(qtbot, full_db_path):
    from desktop.shell.app import create_window

    win = create_window(full_db_path)
    qtbot.addWidget(win)
    action = next(a for a in win.menus["view"].actions() if a.text().replace("&", "") == "The relationship map")
    assert action.shortcut().toString() == "Ctrl+3"
    win.show_view("quiz")
    action.trigger()
    assert win.tabs.currentWidget() is win.explore_split
    assert win.lower_split.sizes()[0] > win.lower_split.sizes()[1]


def test_the_two_comparison_maps_label_what_ended_and_what_is_new(panel):
    panel.compare.first.setText("2017-06")
    panel.compare.second.setText("2024-07")
    assert panel.compare.request()
    before, after = panel.compare.maps
    assert "cn-kp-low-point" in before.shown and "cn-kp-low-point" not in after.shown
    assert before.edges["cn-kp-low-point"].selected and not before.edges["cn-kp-low-point"].dimmed
    assert before.edges["cn-kp-treaty-alliance"].dimmed  # unchanged: faint, no label
    assert not before.edges["cn-kp-treaty-alliance"].label.isVisible()
    new = after.edges["ru-kp-treaty-alliance"]
    assert new.selected and not new.dimmed
    assert after.edges["ru-ua-war"].selected
    assert after.edges["cn-ru-partnership"].dimmed
    assert "June 2017" in panel.compare.map_titles[0].text() and "July 2024" in panel.compare.map_titles[1].text()


def test_the_comparison_maps_name_actors_as_at_their_own_dates(panel):
    panel.compare.first.setText("1985")
    panel.compare.second.setText("2000")
    assert panel.compare.request()
    assert panel.compare.maps[0].nodes["russia"].name == "Soviet Union"
    assert panel.compare.maps[1].nodes["russia"].name == "Russia"


def test_a_line_clicked_on_a_comparison_map_opens_its_history_beside_the_main_map(panel):
    panel.tabs.setCurrentWidget(panel.compare_page)
    panel.compare.maps[1].activate("edge:ru-kp-treaty-alliance")
    assert panel.tabs.currentWidget() is panel.split
    assert "Russia and North Korea over time" in panel.history.text()


def test_the_comparison_waits_until_its_tab_is_opened(panel):
    """Start-up neither builds the comparison (two more maps and a table) nor works one out; opening the tab does
    both, and its maps are in the theme's colours."""
    from desktop.relations.compare_widget import CompareWidget

    assert panel.compare_page.findChild(CompareWidget) is None
    panel.tabs.setCurrentWidget(panel.compare_page)
    assert panel.compare_page.findChild(CompareWidget) is panel.compare
    assert panel.compare.model.rowCount() > 0
    assert panel.compare.model.colors is panel.graph.colors


@pytest.mark.parametrize("lang", ["en", "zh_CN", "ko", "ru"])
def test_each_view_of_the_relations_has_its_own_alt_key(panel, lang, restore_appearance):
    """Map, Table and Compare answer to different Alt keys in every language ("&Map" and "Co&mpare" shared M,
    so Alt+M needed pressing twice to reach the comparison)."""
    from desktop.appearance import i18n

    i18n.install_language(lang)
    panel.retranslate_ui()
    keys = []
    for index in range(panel.tabs.count()):
        text = panel.tabs.tabText(index).replace("&&", "")
        assert "&" in text, text
        keys.append(text[text.index("&") + 1].casefold())
    assert len(set(keys)) == len(keys), keys
