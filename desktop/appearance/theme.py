"""Themes (light, dark, high contrast): palette, stylesheet and the colours widgets ask for.

Widgets that set their own colours (pyqtgraph plots, feedback panels, problem messages) take them from
`current_theme()`. View → Theme applies the palette and stylesheet to the whole application in place and
emits `AppState.theme_changed`, on which those widgets restyle.
The WCAG helpers (`luminance`, `contrast`, `legible`) are shared by the map's and the timeline's palettes.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import platformdirs
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPolygonF
from PySide6.QtWidgets import QApplication, QWidget

STYLES = Path(__file__).resolve().parents[2] / "resources" / "styles"
DEFAULT = "light"
_current = DEFAULT


def luminance(color: str | QColor) -> float:
    """WCAG relative luminance of a colour (0 black … 1 white)."""
    c = QColor(color)
    linear = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in (c.redF(), c.greenF(), c.blueF())]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str | QColor, b: str | QColor) -> float:
    """WCAG contrast ratio between two colours (1 … 21)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def legible(color: str | QColor, *backgrounds: str, ratio: float) -> str:
    """`color`, moved towards white (on dark backgrounds) or black (on light ones) until it reaches `ratio`
    against every background; keeps its hue as long as it can."""
    target = "#ffffff" if luminance(backgrounds[0]) < 0.18 else "#000000"
    for step in range(0, 101, 2):
        mixed = _mixed(QColor(color), QColor(target), step / 100)
        if all(contrast(mixed, bg) >= ratio for bg in backgrounds):
            return mixed.name()
    return target


def mix(color: str | QColor, other: str | QColor, amount: float) -> str:
    """`color` moved `amount` (0 … 1) of the way towards `other`, as a hex string."""
    return _mixed(QColor(color), QColor(other), amount).name()


def _mixed(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * amount, a.greenF() + (b.greenF() - a.greenF()) * amount,
                           a.blueF() + (b.blueF() - a.blueF()) * amount)


@dataclass(frozen=True)
class Theme:
    """One theme's colours (CSS hex strings) and whether it is dark."""

    name: str
    label: str
    dark: bool
    window: str
    text: str
    base: str
    alt_base: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    link: str
    muted: str
    border: str
    focus: str
    border_width: int
    focus_width: int
    plot_background: str
    plot_foreground: str
    grid: str
    error: str      # text of a problem message (on window or base)
    right: str      # quiz feedback: right, partly right, wrong (text and border) …
    partly: str
    wrong: str
    right_bg: str   # … and the panel behind each
    partly_bg: str
    wrong_bg: str

    def color(self, key: str) -> QColor:
        """A colour of the theme as a QColor."""
        return QColor(getattr(self, key))


@cache
def themes() -> dict[str, Theme]:
    """Every theme in resources/styles/themes.toml, by name."""
    data = tomllib.loads((STYLES / "themes.toml").read_text(encoding="utf-8"))
    return {name: Theme(name=name, **values) for name, values in data.items()}


def theme_names() -> list[str]:
    """Theme names in menu order."""
    return list(themes())


def current_theme() -> Theme:
    """The theme in use now."""
    return themes()[_current]


def stylesheet(theme: Theme) -> str:
    """base.qss (plus the theme's own .qss, if any) with @name replaced by the theme's values."""
    text = (STYLES / "base.qss").read_text(encoding="utf-8")
    extra = STYLES / f"{theme.name}.qss"
    if extra.exists():
        text += "\n" + extra.read_text(encoding="utf-8")
    values = {k: str(v) for k, v in vars(theme).items() if k not in ("name", "label", "dark")}
    values.update(arrow_images(theme))
    for key in sorted(values, key=len, reverse=True):  # @border_width before @border
        text = text.replace(f"@{key}", values[key])
    return text


def arrow_images(theme: Theme) -> dict[str, str]:
    """Paths of small up and down arrows in the theme's text and muted colours, for the stylesheet (a stylesheet
    can draw no shape of its own). Drawn once per colour into the user's cache folder; a path uses / everywhere."""
    folder = Path(platformdirs.user_cache_dir("Trilemma", appauthor=False)) / "arrows"
    paths = {}
    for key, color in (("arrow", theme.text), ("arrow_muted", theme.muted)):
        for way in ("up", "down"):
            path = folder / f"{way}-{QColor(color).name()[1:]}.png"
            if not path.exists():
                _draw_arrow(path, QColor(color), up=way == "up")
            paths[key.replace("arrow", f"arrow_{way}")] = path.as_posix()
    return paths


def _draw_arrow(path: Path, color: QColor, *, up: bool) -> None:
    image = QImage(18, 12, QImage.Format.Format_ARGB32)   # twice the size drawn: sharp on a 2x screen
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    tip, base = (1.0, 11.0) if up else (11.0, 1.0)
    painter.drawPolygon(QPolygonF([QPointF(9, tip), QPointF(17, base), QPointF(1, base)]))
    painter.end()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(path))
    except OSError:
        pass   # no cache folder: the buttons keep their faces, without arrows


def palette(theme: Theme) -> QPalette:
    """A palette matching the theme, so widgets the stylesheet does not reach follow it too."""
    pal = QPalette()
    roles = {
        QPalette.Window: theme.window, QPalette.WindowText: theme.text, QPalette.Base: theme.base,
        QPalette.AlternateBase: theme.alt_base, QPalette.Text: theme.text, QPalette.Button: theme.button,
        QPalette.ButtonText: theme.button_text, QPalette.Highlight: theme.highlight,
        QPalette.HighlightedText: theme.highlighted_text, QPalette.Link: theme.link, QPalette.LinkVisited: theme.link,
        QPalette.ToolTipBase: theme.base, QPalette.ToolTipText: theme.text, QPalette.PlaceholderText: theme.muted,
        QPalette.BrightText: theme.focus,
    }
    for role, value in roles.items():
        pal.setColor(QPalette.All, role, QColor(value))
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        pal.setColor(QPalette.Disabled, role, QColor(theme.muted))
    return pal


def mark_problem(widget: QWidget, on: bool = True) -> None:
    """Show a message label (or an input) as a problem: the stylesheet gives it the theme's error colour
    (`[problem="true"]` in base.qss), so a theme switch recolours it with everything else."""
    widget.setProperty("problem", on)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def apply_theme(name: str, app: QApplication | None = None) -> Theme:
    """Switch the whole application to a theme (Fusion style, palette, stylesheet); returns it."""
    global _current
    if name not in themes():
        raise ValueError(f"unknown theme {name!r}; choose one of {', '.join(themes())}")
    app = app or QApplication.instance()
    theme = themes()[name]
    _current = name
    if app is not None:
        app.setStyle("Fusion")
        app.setPalette(palette(theme))
        app.setStyleSheet(stylesheet(theme))
    return theme


@contextmanager
def stylesheet_after(app: QApplication) -> Iterator[None]:
    """Build a window with the application's stylesheet off, then set it once, when the window is whole.

    With a stylesheet on, Qt styles a widget's whole subtree again each time it is reparented, and a window is
    built by reparenting (into layouts, splitters, scroll areas, tabs): the main window's build took about 0.1 s
    longer for it. Only when no other window exists (the app's start): unsetting the sheet restyles every widget."""
    sheet = app.styleSheet()
    hold = bool(sheet) and not app.topLevelWidgets()
    if hold:
        app.setStyleSheet("")
    try:
        yield
    finally:
        if hold:
            app.setStyleSheet(stylesheet(current_theme()))   # the theme now in use, even if it changed meanwhile
