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
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1350 and hint.height() <= 720, f"tab {index}: needs {hint.width()}×{hint.height()}"


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
    qtbot.wait(50)
    place = window.places["relations"]
    panel = window.relations_widget
    assert panel.minimumSizeHint().height() <= place.scroll_area.viewport().height()
    assert place.scroll_area.verticalScrollBar().maximum() == 0, "the map place scrolls"
    graph = panel.graph
    assert graph.mapFromScene(graph.sceneRect()).boundingRect().height() <= graph.viewport().height() + 1
