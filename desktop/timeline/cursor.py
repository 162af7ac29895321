"""DateCursorLine: the draggable "current date" line that the relations panel follows."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QLocale

from db.dates import years_to_date
from db.i18n import cjk_date
from desktop.appearance.theme import current_theme
from desktop.timeline.palette import TimelinePalette, timeline_palette


def cursor_label(value: float, view_years: float) -> str:
    """The cursor's date: to the month when the view spans years, to the day when zoomed in."""
    day = years_to_date(value)
    cjk = cjk_date(day.year, day.month, None if view_years > 2 else day.day)
    if cjk:
        return cjk
    month = QLocale().monthName(day.month, QLocale.FormatType.ShortFormat)
    return f"{month} {day.year}" if view_years > 2 else f"{day.day} {month} {day.year}"


class DateCursorLine(pg.InfiniteLine):
    """A vertical line at the app's current date; drag it (or use [ and ]) to move the date."""

    def __init__(self, value: float, pal: TimelinePalette | None = None):
        pal = pal or timeline_palette(current_theme())
        super().__init__(pos=value, angle=90, movable=True, pen=pg.mkPen(pal.cursor, width=2),
                         hoverPen=pg.mkPen(pal.cursor, width=4))
        self.setZValue(20)
        # In the date row above the lanes (the widget sets the position), on the side with more room.
        self.label = pg.InfLineLabel(self, text="", position=0.1, anchors=[(0, 0.5), (1, 0.5)],
                                     color=pal.cursor, fill=pg.mkBrush(pal.cursor_fill))
        self.view_years = 75.0
        self.sigPositionChanged.connect(self.refresh_label)
        self.refresh_label()

    def set_palette(self, pal: TimelinePalette) -> None:
        """Draw the line and its label in a theme's timeline colours."""
        self.setPen(pg.mkPen(pal.cursor, width=2))
        self.setHoverPen(pg.mkPen(pal.cursor, width=4))
        self.label.setColor(pal.cursor)
        self.label.fill = pg.mkBrush(pal.cursor_fill)
        self.label.update()

    def refresh_label(self, *_args) -> None:
        """Show the current date next to the line."""
        self.label.setText(" " + cursor_label(self.value(), self.view_years) + " ")

    def set_view_years(self, years: float) -> None:
        """Tell the line how wide the view is, so its label has a fitting precision."""
        if (years > 2) != (self.view_years > 2):
            self.view_years = years
            self.refresh_label()
        self.view_years = years
