"""Themes: the menu switches palette and stylesheet everywhere, painted views are told, colours are legible."""

import json
import os
import re
from pathlib import Path

from PySide6.QtGui import QColor, QPalette

from desktop.appearance import theme


def _luminance(hex_colour: str) -> float:
    c = QColor(hex_colour)
    channels = []
    for v in (c.redF(), c.greenF(), c.blueF()):
        channels.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_every_theme_has_legible_text_and_a_visible_focus_colour():
    """WCAG contrast: text on window and on base at least 7:1 (AAA), focus ring at least 3:1."""
    for t in theme.themes().values():
        assert _contrast(t.text, t.window) >= 7, t.name
        assert _contrast(t.text, t.base) >= 7, t.name
        assert _contrast(t.highlighted_text, t.highlight) >= 4.5, t.name
        assert _contrast(t.focus, t.window) >= 3 and _contrast(t.focus, t.base) >= 3, t.name
        assert _contrast(t.plot_foreground, t.plot_background) >= 7, t.name
        assert _contrast(t.error, t.window) >= 4.5 and _contrast(t.error, t.base) >= 4.5, t.name
        for kind in ("right", "partly", "wrong"):
            assert _contrast(getattr(t, kind), getattr(t, kind + "_bg")) >= 4.5, (t.name, kind)
            assert _contrast(t.text, getattr(t, kind + "_bg")) >= 7, (t.name, kind)


def test_stylesheets_have_every_token_replaced():
    for t in theme.themes().values():
        sheet = theme.stylesheet(t)
        assert not re.search(r"@\w", sheet), (t.name, re.findall(r"@\w+", sheet)[:5])
        assert t.focus in sheet and ":focus" in sheet


def test_theme_menu_switches_the_app_in_place(qtbot, window, qapp, restore_appearance):
    """View → Theme → Dark: the palette and stylesheet change in the same window, keeping the selection,
    theme_changed fires, the choice is saved."""
    window.state.select_event("putin-visit-pyongyang-2024")
    with qtbot.waitSignal(window.state.theme_changed) as fired:
        window.appearance.theme_actions["dark"].trigger()
    assert fired.args == ["dark"]
    new = window
    assert new.state.selected_event == "putin-visit-pyongyang-2024"
    assert new.appearance.theme_actions["dark"].isChecked()
    assert theme.current_theme().dark
    assert qapp.palette().color(QPalette.Window) == QColor(theme.themes()["dark"].window)
    assert theme.themes()["dark"].focus in qapp.styleSheet()
    saved = Path(os.environ["TRILEMMA_CONFIG_DIR"], "preferences.json").read_text(encoding="utf-8")
    assert json.loads(saved)["theme"] == "dark"
    hc = new.appearance.set_theme("high-contrast")
    assert hc is window
    assert qapp.palette().color(QPalette.Base) == QColor("#000000")
    assert hc.appearance.theme_actions["high-contrast"].isChecked()


def test_unknown_theme_is_refused_with_the_choices():
    try:
        theme.apply_theme("purple")
    except ValueError as exc:
        assert "high-contrast" in str(exc)
    else:
        raise AssertionError("an unknown theme was accepted")


def _colours(widget) -> set[str]:
    """The colours painted in a widget's rendering."""
    image = widget.grab().toImage()
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}


def test_high_contrast_shows_the_slider_handle_and_the_progress_track(qtbot, qapp, restore_appearance):
    """The date slider's handle is painted in the highlight colour with a white outline, and an empty quiz progress
    bar still shows its track's white outline on the black window (Fusion's greys were invisible there)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressBar, QSlider, QVBoxLayout, QWidget

    hc = theme.apply_theme("high-contrast")
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(0, 100)
    slider.setValue(50)
    bar = QProgressBar()
    bar.setTextVisible(False)
    bar.setFixedHeight(10)
    bar.setValue(0)
    layout.addWidget(slider)
    layout.addWidget(bar)
    box.resize(300, 80)
    with qtbot.waitExposed(box):
        box.show()
    assert QColor(hc.highlight).name() in _colours(slider)
    assert QColor(hc.text).name() in _colours(bar)


class _App:
    """Stands in for QApplication in stylesheet_after: its sheet and its open windows."""

    def __init__(self, sheet: str, windows: list):
        self.sheet, self.windows, self.history = sheet, windows, []

    def styleSheet(self) -> str:  # noqa: N802 - Qt's name
        return self.sheet

    def setStyleSheet(self, sheet: str) -> None:  # noqa: N802 - Qt's name
        self.sheet = sheet
        self.history.append(sheet)

    def topLevelWidgets(self) -> list:  # noqa: N802 - Qt's name
        return self.windows


def test_the_first_window_is_built_unstyled_and_styled_once_after(restore_appearance):
    """At start-up the stylesheet is off while the window is built and set once at the end, as the theme
    in use then; with a window already open nothing is unset (that would restyle it twice)."""
    theme.apply_theme("dark")
    app = _App("old sheet", [])
    with theme.stylesheet_after(app):
        assert app.sheet == ""
    assert app.sheet == theme.stylesheet(theme.current_theme()) and app.history == ["", app.sheet]
    busy = _App("old sheet", [object()])
    with theme.stylesheet_after(busy):
        assert busy.sheet == "old sheet"
    assert busy.history == []


def test_spin_box_buttons_show_arrows_in_the_themes_text_colour(qapp):
    """A styled spin box draws its buttons from the stylesheet: their arrows are images drawn in the theme's colour
    (without them the buttons were empty slivers), in every theme."""
    from PySide6.QtGui import QImage

    for name in theme.theme_names():
        current = theme.themes()[name]
        sheet = theme.stylesheet(current)
        for way in ("up", "down"):
            match = re.search(rf"::{way}-arrow \{{ image: url\(\"([^\"]+)\"\)", sheet)
            assert match, f"{name}: no {way} arrow"
            image = QImage(match.group(1))
            assert not image.isNull(), match.group(1)
            painted = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
                       if image.pixelColor(x, y).alpha() == 255}
            assert painted == {QColor(current.text).name()}, (name, way, painted)
