"""Text size: the application font scaled in steps (Ctrl+= larger, Ctrl+- smaller, Ctrl+0 the default)."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

# Percent of the platform's default size. The timeline's lanes, era rows and labels grow with the font and the
# timeline keeps the height they need, so every step up to 200 % lays out without overlaps (checked in screenshots).
STEPS = (85, 100, 115, 130, 150, 175, 200)
DEFAULT = 100
_base_point_size: float | None = None
_current = DEFAULT
# Widgets whose font is a multiple of the application font (titles, headings) carry the multiple here, so
# that a text size change gives them the new size too (an explicit font would otherwise stay as it was).
SCALE_PROPERTY = "trilemmaFontScale"
BOLD_PROPERTY = "trilemmaFontBold"
# Labels whose rich text names sizes in points (`font-size:14pt`) keep the text as written here, and show it with
# those sizes scaled to the text size (a point size in HTML does not follow the application font).
HTML_PROPERTY = "trilemmaPointHtml"
_POINTS = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)pt")


class TextSizeNotifier(QObject):
    """Emits `changed(percent)` after a text size change has reached every widget (plots redraw on it)."""

    changed = Signal(int)


_notifier: TextSizeNotifier | None = None


def notifier() -> TextSizeNotifier:
    """The one object that announces text size changes."""
    global _notifier
    if _notifier is None:
        _notifier = TextSizeNotifier()
    return _notifier


def current_scale() -> int:
    """The text size in percent of the default."""
    return _current


def default_point_size() -> float:
    """The application font's size at 100 % (before any scaling), in points."""
    if _base_point_size is not None:
        return _base_point_size
    app = QApplication.instance()
    size = app.font().pointSizeF() if app is not None else -1.0
    return size if size > 0 else 10.0


def _nearest(percent: int) -> int:
    return min(STEPS, key=lambda s: abs(s - percent))


def apply_scale(percent: int, app: QApplication | None = None) -> int:
    """Set the application font to a step near `percent`; returns the step used."""
    global _base_point_size, _current
    app = app or QApplication.instance()
    step = _nearest(percent)
    _current = step
    if app is None:
        return step
    font = QFont(app.font())
    if _base_point_size is None:
        _base_point_size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(round(_base_point_size * step / 100, 1))
    app.setFont(font)
    _refresh_widgets(app)
    notifier().changed.emit(step)
    return step


def _refresh_widgets(app: QApplication) -> None:
    """Give every existing widget the new size, parents before children.

    Qt does not pass a new application font on to widgets its style sheet has polished, so each is told again
    (re-applying the whole style sheet does the same but took 5 s with the full window); windows (menus,
    dialogs) already follow. Widgets with a relative font then get theirs."""
    event = QEvent(QEvent.Type.ApplicationFontChange)
    for top in app.topLevelWidgets():
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isWindow():
                app.sendEvent(widget, event)
            if widget.property(SCALE_PROPERTY) is not None:
                _apply_relative(widget)
            if widget.property(HTML_PROPERTY) is not None:
                widget.setText(scaled_points(widget.property(HTML_PROPERTY)))


def point_size(factor: float = 1.0) -> float:
    """`factor` times the application font's size now, in points (for text drawn in plots)."""
    app = QApplication.instance()
    size = app.font().pointSizeF() if app is not None else -1.0
    return (size if size > 0 else 10.0) * factor


def relative_font(factor: float = 1.0, *, bold: bool = False) -> QFont:
    """The application font at `factor` times its size (for text drawn in plots)."""
    font = QFont(QApplication.font())
    font.setPointSizeF(point_size(factor))
    font.setBold(bold)
    return font


def set_relative_font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    """Give a widget a font `factor` times the application font's, which follows every text size change."""
    widget.setProperty(SCALE_PROPERTY, float(factor))
    widget.setProperty(BOLD_PROPERTY, bool(bold))
    _apply_relative(widget)


def _apply_relative(widget: QWidget) -> None:
    widget.setFont(relative_font(float(widget.property(SCALE_PROPERTY)), bold=bool(widget.property(BOLD_PROPERTY))))


def scaled_points(html: str) -> str:
    """Rich text with every `font-size:Npt` scaled to the current text size (N is the size at 100 %)."""
    return _POINTS.sub(lambda m: f"font-size:{float(m.group(1)) * _current / 100:.1f}pt", html)


def set_scaled_html(label, html: str) -> None:
    """Show rich text on a label with its point sizes following the text size, now and at every change."""
    label.setProperty(HTML_PROPERTY, html)
    label.setText(scaled_points(html))


def larger() -> int:
    """One step larger (stays at the largest)."""
    i = STEPS.index(_current)
    return apply_scale(STEPS[min(i + 1, len(STEPS) - 1)])


def smaller() -> int:
    """One step smaller (stays at the smallest)."""
    i = STEPS.index(_current)
    return apply_scale(STEPS[max(i - 1, 0)])


def reset() -> int:
    """Back to the default size."""
    return apply_scale(DEFAULT)
