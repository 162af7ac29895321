"""Text size: the application font scaled in steps (Ctrl+= larger, Ctrl+- smaller, Ctrl+0 the default)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

# Percent of the platform's default size. The timeline's lanes, era rows and labels grow with the font and the
# timeline keeps the height they need, so every step up to 200 % lays out without overlaps (checked in screenshots).
STEPS = (85, 100, 115, 130, 150, 175, 200)
DEFAULT = 100
_base_point_size: float | None = None
_current = DEFAULT


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
    return step


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
