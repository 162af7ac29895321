"""The main window's first size and least size against the screen (desktop/screen_fit.py, issue 17)."""

import pytest
from PySide6.QtCore import QRect, QSize

from desktop.appearance import i18n, text_size
from desktop.screen_fit import FRAME, PREFERRED, first_size


def test_the_first_size_fits_the_available_area_with_its_frame():
    """A 1366×768 laptop (a 32 px panel) gets a window that fits with its title bar; a large screen the preferred size."""
    laptop = QRect(0, 0, 1366, 736)
    size = first_size(laptop)
    assert size.width() + FRAME.width() <= 1366 and size.height() + FRAME.height() <= 736
    assert first_size(QRect(0, 0, 2560, 1400)) == PREFERRED
    assert first_size(QRect(0, 0, 800, 600)) == QSize(800 - FRAME.width(), 600 - FRAME.height())


@pytest.mark.parametrize("lang", ["en", "ru", "zh_CN", "ko"])
def test_at_200_percent_no_language_needs_a_window_larger_than_a_laptop(qtbot, full_db_path, restore_appearance, lang):
    """Russian at 200 % once needed 1662 px: every place scrolls or wraps instead, in every language."""
    from desktop.shell.app import create_window

    i18n.install_language(lang)
    text_size.apply_scale(200)
    window = create_window(full_db_path)
    qtbot.addWidget(window)
    window.state.set_teacher_mode(True)   # the editor and class results too
    with qtbot.waitExposed(window):
        window.show()
    window.resize(1350, 720)
    page = window.centralWidget()   # the scroll area around the tabs: on a laptop it must have nothing to scroll
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        hint = window.tabs.minimumSizeHint()
        assert hint.width() <= page.viewport().width() and hint.height() <= page.viewport().height(), \
            f"tab {index}: needs {hint.width()}×{hint.height()} in {page.viewport().size()}"
        assert page.verticalScrollBar().maximum() == 0 and page.horizontalScrollBar().maximum() == 0


def test_the_window_opens_inside_the_screen(qtbot, full_db_path):
    """No fixed 1440×900: the window's first geometry lies inside its screen's available area."""
    from desktop.shell.app import create_window

    window = create_window(full_db_path)
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    assert area.contains(window.geometry())
    assert window.width() <= PREFERRED.width() and window.height() <= PREFERRED.height()


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_relationship_map_fits_its_pane_on_a_laptop_without_scrolling(qtbot, full_db_path, restore_appearance,
                                                                          lang):
    """At 1366×768 the lower panes get about 285 px (measured in a real window): the map place must fit in them,
    its map scaled down, rather than scroll (the Compare tab's maps once set the whole place's least height)."""
    from desktop.shell.app import create_window

    i18n.install_language(lang)
    text_size.apply_scale(100)
    window = create_window(full_db_path)
    qtbot.addWidget(window)
    window.resize(1350, 720)
    with qtbot.waitExposed(window):
        window.show()
    total = sum(window.explore_split.sizes())
    window.explore_split.setSizes([total - 285, 285])
    place = window.places["relations"]
    panel = window.relations_widget
    graph = panel.graph

    def fits() -> bool:
        return (panel.minimumSizeHint().height() <= place.scroll_area.viewport().height()
                and place.scroll_area.verticalScrollBar().maximum() == 0
                and graph.mapFromScene(graph.sceneRect()).boundingRect().height() <= graph.viewport().height() + 1)

    qtbot.wait(50)
    qtbot.waitUntil(fits, timeout=3000)   # on a loaded machine the panes may take longer to settle
    assert panel.minimumSizeHint().height() <= place.scroll_area.viewport().height()
    assert place.scroll_area.verticalScrollBar().maximum() == 0, "the map place scrolls"


def test_on_800_by_600_at_200_percent_the_page_scrolls_and_nothing_is_squeezed(qtbot, full_db_path,
                                                                               restore_appearance):
    """Russian at 200 % in an 800×600 window: the window's least size still fits the screen, every row of the
    timeline's tools stays above the plot (the last row was drawn under it) and the wrapped title of the map's pane
    keeps both lines; the Explore page scrolls instead."""
    from desktop.shell.app import create_window

    i18n.install_language("ru")
    text_size.apply_scale(200)
    window = create_window(full_db_path)
    qtbot.addWidget(window)
    window.resize(800 - FRAME.width(), 600 - FRAME.height())
    with qtbot.waitExposed(window):
        window.show()
    toolbar = window.timeline_widget.toolbar
    qtbot.waitUntil(lambda: toolbar.height() >= toolbar.flow.heightForWidth(toolbar.width()), timeout=3000)
    hint = window.minimumSizeHint()
    assert hint.width() <= 800 - FRAME.width() and hint.height() <= 600 - FRAME.height()
    plot_top = window.timeline_widget.plot.mapTo(window, window.timeline_widget.plot.rect().topLeft()).y()
    for control in (toolbar.list_button, toolbar.legend, toolbar.export_button):
        assert control.mapTo(window, control.rect().bottomLeft()).y() < plot_top, control.objectName()
    header = window.places["relations"].header
    assert header.height() >= header.heightForWidth(header.width())
    assert window.centralWidget().verticalScrollBar().maximum() > 0
