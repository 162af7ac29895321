"""TimelineWidget: the zoomable timeline (lanes, eras, date cursor) with its toolbar and list twin."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QHBoxLayout,
    QScrollBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db.dates import date_to_years
from db.queries.timeline import era_spans, load_timeline
from desktop.appearance.announce import announce
from desktop.appearance.retranslate import Retranslatable
from desktop.appearance.theme import current_theme
from desktop.file_dialogs import save_file_name
from desktop.state import BIG_CHANGE, AppState
from desktop.timeline import lod
from desktop.timeline.cursor import DateCursorLine, cursor_label
from desktop.timeline.eras import EraBandsItem
from desktop.timeline.history import ViewHistory
from desktop.timeline.lanes import EventLanesItem
from desktop.timeline.model import TimelineModel
from desktop.timeline.palette import timeline_palette
from desktop.timeline.plot import KEY_HELP, TimelinePlotWidget
from desktop.timeline.toolbar import TimelineToolBar
from desktop.widgets import plain_text
from desktop.widgets.db_worker import DbWorker

THIN_ROW_PX = 9.0                # an era row squeezed to a bar without its name (a short pane, large text)
MIN_VIEW_YEARS = 7 / 365.25      # at most zoomed in to about a week
ZOOM_STEP = 1.5
PAN_STEP = 0.1
CONTEXT_YEARS = 8.0              # how much time to show around an event shown from elsewhere
ARTICLE_PERIOD_START = 2016.0    # the first view: the 2017 low point, the article (2024) and what came after


class TimelineWidget(Retranslatable, QWidget):
    """Lanes of events over time; selection and the current date are shared through AppState."""

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self._highlight: list[str] = []        # a story stop's events (slugs), highlighted
        self._reader: DbWorker | None = None   # the re-read running beside the window, if any
        self._read_again = False
        self.state = state
        self.setObjectName("timelineWidget")
        self.model = TimelineModel(load_timeline(state.db))
        self.history = ViewHistory()
        self._clicked = False
        self.list_widget = None
        self.eras: list[dict] = []
        self._visible = (0.0, 1.0)

        self.pal = timeline_palette(current_theme())   # a theme switch gives a new one (restyle)
        self.toolbar = TimelineToolBar(state.db, self, pal=self.pal)
        self.plot = TimelinePlotWidget(self, pal=self.pal)
        self.plot.run_action = self.run_action
        self.view_box = self.plot.view_box
        self.eras_item = EraBandsItem(pal=self.pal)
        self.lanes_item = EventLanesItem(self.model, pal=self.pal)
        self.lanes_item.axis = self.plot.axis
        self.cursor = DateCursorLine(state.current_date, self.pal)
        for item in (self.eras_item, self.lanes_item, self.cursor):
            self.view_box.addItem(item, ignoreBounds=True)
        self.view_box.disableAutoRange()

        # When the lanes do not all fit at a readable height (a short pane, large text) they scroll under the
        # era strip with this bar; otherwise it is hidden.
        self.lane_scroll = QScrollBar(Qt.Orientation.Vertical, self)
        self.lane_scroll.setObjectName("timelineLaneScroll")
        self.lane_scroll.hide()
        self.lane_scroll.valueChanged.connect(self._fit_vertical)
        self.drawing = QWidget(self)
        row = QHBoxLayout(self.drawing)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.plot, 1)
        row.addWidget(self.lane_scroll)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.drawing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)

        self._settle = QTimer(self, singleShot=True, interval=350)
        self._settle.timeout.connect(self.record_view)
        self._connect()
        self._texts()
        self.reload_eras()
        self._after_data()
        self.show_article_period()
        self.show_selected(state.selected_event)

    def _texts(self) -> None:
        self.plot.setAccessibleDescription(self.tr(
            "Events from 1950 to today in one lane per actor. Keys: ") + "; ".join(
            f"{self.tr(k)}: {self.tr(v)}" for k, v in KEY_HELP) + ". " + self.tr(
            "The List button shows the same events as a table."))
        self.lane_scroll.setAccessibleName(self.tr("Scroll the lanes"))
        self._name_plot(self.lanes_item.selected)

    def retranslate_ui(self) -> None:
        """Names, the filter menus, the axis and the cursor's date in the current language (the toolbar does its own)."""
        self._texts()
        self.toolbar.set_actors(self.model.data.actors, self.model.hidden_actors)
        self.toolbar.set_themes(self.model.data.themes, self.model.theme)
        self.cursor.refresh_label()
        self._fit_vertical()
        self.plot.axis.setStyle()  # draws its labels again: month names are the locale's

    def restyle(self) -> None:
        """Paint everything in the timeline colours of the theme now in use."""
        self.pal = timeline_palette(current_theme())
        self.toolbar.set_palette(self.pal)
        self.plot.set_palette(self.pal)
        self.eras_item.set_palette(self.pal)
        self.lanes_item.set_palette(self.pal)
        self.cursor.set_palette(self.pal)

    # ------------------------------------------------------------------ wiring

    def _connect(self) -> None:
        tb, vb, st = self.toolbar, self.view_box, self.state
        tb.search.chosen.connect(self.jump_to)
        tb.search.not_found.connect(lambda text: self.toolbar.search.setToolTip(self.tr("Nothing found for “%s”") % text))
        tb.hidden_actors_changed.connect(self.set_hidden_actors)
        tb.theme_changed.connect(self.set_theme)
        tb.era_chosen.connect(self.zoom_to_era)
        tb.fit_button.clicked.connect(self.fit_all)
        tb.zoom_in_button.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        tb.zoom_out_button.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        tb.back_button.clicked.connect(self.back)
        tb.forward_button.clicked.connect(self.forward)
        tb.export_png.triggered.connect(lambda: self.ask_export("png"))
        tb.export_svg.triggered.connect(lambda: self.ask_export("svg"))
        tb.list_button.toggled.connect(self.show_list)
        vb.sigXRangeChanged.connect(self._on_range)
        vb.sigResized.connect(self._fit_vertical)
        vb.range_dragged.connect(lambda a, b: self.set_view(a, b))
        self.lanes_item.event_clicked.connect(self._on_event_clicked)
        self.lanes_item.cluster_clicked.connect(self.zoom_to_span)
        self.lanes_item.background_double_clicked.connect(st.set_date)
        self.eras_item.era_clicked.connect(self.zoom_to_era)
        self.cursor.sigPositionChanged.connect(lambda line: st.set_date(line.value()))
        st.event_selected.connect(self.show_selected)
        st.date_changed.connect(self._on_date)
        st.changed.connect(self._on_changed)
        st.actor_focus_requested.connect(self.focus_actor)
        st.view_requested.connect(self._on_view_requested)
        st.theme_changed.connect(lambda _name: self.restyle())

    # ------------------------------------------------------------------ data

    def _after_data(self) -> None:
        """Bounds, lanes, menus and drawing after the events or filters changed."""
        lo, hi = self.model.extent()
        today = date_to_years(dt.date.today())
        self.bounds = (min(lo, 1950.0) - 1.0 if len(self.model.data) else 1949.0, max(hi, today) + 1.0)
        self.lanes_item.bounds = self.bounds
        self.view_box.setLimits(xMin=self.bounds[0], xMax=self.bounds[1], minXRange=MIN_VIEW_YEARS,
                                maxXRange=self.bounds[1] - self.bounds[0])
        self.cursor.setBounds(self.bounds)
        self.toolbar.set_actors(self.model.data.actors, self.model.hidden_actors)
        self.toolbar.set_themes(self.model.data.themes, self.model.theme)
        self.lanes_item.set_selected(self.model.data.index_of.get(self.state.selected_event, -1))
        self.highlight_events(self._highlight)
        self.lanes_item.reset()
        self._update_minimum()
        self._fit_vertical()

    def reload_events(self) -> None:
        """Read every event again (after an edit or an import)."""
        self.model.set_data(load_timeline(self.state.db))
        self._after_data()

    def reload_events_beside(self) -> None:
        """Read every event again on a worker thread (after a big import): the window answers meanwhile.

        Reading 50,000 new events takes a third of a second; the events shown so far stay until then. One
        read at a time: a change during a read reads again after it."""
        if self._reader is not None:
            self._read_again = True
            return
        worker = DbWorker(self.state, load_timeline)  # no parent: it may outlive this widget's window
        self._reader = worker
        worker.succeeded.connect(self._events_read)
        worker.failed.connect(self._events_not_read)
        worker.finished.connect(worker.deleteLater)
        worker.begin()

    def _events_read(self, data) -> None:
        self._reader = None
        self.model.set_data(data)
        self._after_data()
        if self._read_again:
            self._read_again = False
            self.reload_events_beside()

    def _events_not_read(self, _message: str) -> None:
        self._reader = None
        self._read_again = False
        self.reload_events()  # read on this connection instead: its error, if any, is the app's to show

    def reload_eras(self) -> None:
        """Read the eras again."""
        self.eras = era_spans(self.state.db)
        self.eras_item.set_eras(self.eras)
        self.toolbar.set_eras(self.eras)
        self._update_minimum()
        self._fit_vertical()

    def _on_changed(self, changes) -> None:
        if changes.origin is self:
            return
        if any(kind in changes for kind in ("events", "actors", "themes")):
            if len(changes["events"]) > BIG_CHANGE:
                self.reload_events_beside()
            else:
                self.reload_events()
        if "eras" in changes:
            self.reload_eras()

    @property
    def current_lane(self) -> int:
        """The lane the keyboard is in (-1: none); the lanes item draws the selection's title there."""
        return self.lanes_item.current_lane

    @current_lane.setter
    def current_lane(self, lane: int) -> None:
        self.lanes_item.current_lane = lane

    def _line_px(self) -> float:
        return QFontMetricsF(self.font()).height()

    def _plot_height(self, row_px: float, lanes: int) -> int:
        """Plot height for the era strip at `row_px` a row, `lanes` lanes at their least height and the time axis."""
        return int((self.eras_item.row_count + 1) * row_px + lanes * self.lane_min_px() + 2 * self._line_px() + 16)

    def lane_min_px(self) -> float:
        """The least height a lane may have: one line of its name, and room for a marker."""
        return max(lod.MARKER_PX + 8, self._line_px() + 4)

    def plot_height_for_all_lanes(self) -> int:
        """The plot height at which every lane, the era rows and the time axis fit without scrolling."""
        return self._plot_height(self.eras_item.row_px, max(len(self.model.lanes), 1))

    def _update_minimum(self) -> None:
        """The plot never gets shorter than the axis, a thin era strip and one readable lane (the rest scroll)."""
        self.plot.setMinimumHeight(self._plot_height(THIN_ROW_PX, 1))
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        """The toolbar's rows depend on the width, but the timeline's height is its lanes': parents use sizeHint."""
        return False

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Tall enough for every lane at a readable height (places use it to size the timeline's pane)."""
        hint = super().sizeHint()
        return QSize(hint.width(), self.toolbar.sizeHint().height() + self.plot_height_for_all_lanes() + 2)

    def visible_lanes(self) -> tuple[float, float]:
        """The lanes in view, as (first, last) in lane units: the first lane shown and one past the last."""
        return self._visible

    def ensure_lane_visible(self, lane: int) -> None:
        """Scroll the lanes so that this one is fully in view."""
        first, last = self._visible
        if lane < 0 or self.lane_scroll.isHidden():
            return
        if lane < first:
            self.lane_scroll.setValue(lane)
        elif lane + 1 > last:
            self.lane_scroll.setValue(lane + 1 - round(last - first))

    def _fit_vertical(self, *_args) -> None:
        """Lanes share the height; above them the era strip keeps a row per layer of eras, plus one for the date.

        Lanes never get thinner than a line of text: when they do not all fit, they scroll under the strip."""
        lanes = max(len(self.model.lanes), 1)
        height = max(self.view_box.height(), 1.0)
        rows = self.eras_item.row_count + 1
        least = self.lane_min_px()
        line = self._line_px()
        # Lanes come first: the strip gives up its names (thin bars, names in tooltips and the Zoom to era menu)
        # before any lane has to scroll out of view.
        keep = lanes * least
        # ... but the strip keeps at least the height of the date beside the red line, which is drawn in it.
        label_px = self.cursor.label.boundingRect().height() or line
        strip_px = min(rows * self.eras_item.row_px, max(rows * THIN_ROW_PX, label_px + 2, height - keep))
        room = max(height - strip_px, 1.0)
        lane_px = room / lanes
        scroll = self.lane_scroll
        if lane_px >= least or height <= 1.0:
            first, shown = 0.0, float(lanes)
            if not scroll.isHidden() or scroll.value():
                scroll.blockSignals(True)
                scroll.setValue(0)
                scroll.hide()
                scroll.blockSignals(False)
        else:
            shown = float(max(int(room // least), 1))      # whole lanes only, a lane per scroll step
            lane_px = room / shown
            scroll.blockSignals(True)
            scroll.setRange(0, lanes - int(shown))
            scroll.setPageStep(int(shown))
            scroll.setSingleStep(1)
            if scroll.isHidden():
                scroll.show()
                # Shown while the layout is being applied (a resize), the bar kept a width of 0 and could not be
                # seen or used: lay the row out again.
                self.drawing.layout().invalidate()
            scroll.blockSignals(False)
            first = float(scroll.value())
        self._visible = (first, first + shown)
        strip = strip_px / lane_px                 # the strip's height in lane units
        top, bottom = first - strip, first + shown
        row = strip / rows
        self.lanes_item.first = first
        self.eras_item.set_extent(top, lanes, first)
        self.view_box.setLimits(yMin=None, yMax=None)
        self.view_box.setYRange(top, bottom, padding=0)
        self.view_box.setLimits(yMin=top, yMax=bottom)
        date_row = first - row / 2
        # The date sits in its row; when the strip is squeezed to thin bars (large text, a short pane) the row is
        # lower than the label, which then rises over the bars instead of covering the first lane's marks.
        centre_px = max(min((date_row - top) / (bottom - top) * height, strip_px - label_px / 2), label_px / 2)
        self.cursor.label.setPosition(centre_px / height)
        # A name and a former name ("Russia / Soviet Union") take two lines where the lane has room for them.
        two_lines = lane_px >= 2 * line + 4
        ticks = [(i + 0.5, _lane_name(a, two_lines)) for i, a in enumerate(self.model.lanes)
                 if first - 0.01 <= i and i + 1 <= bottom + 0.01]
        if strip_px / rows >= line:             # the strip's own names only where its rows can hold a line
            if self.eras_item.row_count:
                ticks.append((top + (rows - 1) * row / 2, self.tr("Eras")))
            ticks.append((date_row, self.tr("Date")))
        self.plot.getPlotItem().getAxis("left").setTicks([ticks, []])
        self.lanes_item.update()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Larger or smaller text (View ▸ Text size): labels, era rows and lanes follow the new font."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "lanes_item"):
            self.lanes_item.set_font(self.font())
            self.eras_item.set_font(self.font())
            self.cursor.label.setFont(self.font())   # the date beside the red line too, not only at start-up
            self.plot.axis.font_changed()
            self._update_minimum()
            self._fit_vertical()

    # ------------------------------------------------------------------ views

    def view(self) -> tuple[float, float]:
        """The time range shown, in fractional years."""
        lo, hi = self.view_box.viewRange()[0]
        return float(lo), float(hi)

    def set_view(self, lo: float, hi: float, record: bool = True) -> None:
        """Show a time range (kept within the bounds and at least about a week wide)."""
        if hi - lo < MIN_VIEW_YEARS:
            mid = (lo + hi) / 2
            lo, hi = mid - MIN_VIEW_YEARS / 2, mid + MIN_VIEW_YEARS / 2
        width = min(hi - lo, self.bounds[1] - self.bounds[0])
        lo = min(max(lo, self.bounds[0]), self.bounds[1] - width)
        self.view_box.setXRange(lo, lo + width, padding=0)
        if record:
            self.record_view()

    def record_view(self) -> None:
        """Remember the current view for back / forward."""
        self._settle.stop()
        self.history.push(self.view())
        self._update_history_buttons()

    def _on_range(self, *_args) -> None:
        lo, hi = self.view()
        self.cursor.set_view_years(hi - lo)
        self._settle.start()

    def _update_history_buttons(self) -> None:
        self.toolbar.back_button.setEnabled(self.history.can_back())
        self.toolbar.forward_button.setEnabled(self.history.can_forward())

    def show_article_period(self) -> None:
        """The first view: the article's years and what came after, to today (Home shows everything)."""
        today = date_to_years(dt.date.today())
        self.set_view(ARTICLE_PERIOD_START, min(max(today + 0.25, ARTICLE_PERIOD_START + 8), self.bounds[1]))

    def fit_all(self) -> None:
        """Show every event (and at least 1950 to today)."""
        self.set_view(*self.bounds)

    def zoom(self, factor: float, centre: float | None = None) -> None:
        """Zoom by a factor (<1 zooms in) around a time (default: the middle of the view)."""
        lo, hi = self.view()
        c = (lo + hi) / 2 if centre is None else centre
        self.set_view(c - (c - lo) * factor, c + (hi - c) * factor)

    def pan(self, fraction: float) -> None:
        """Move the view by a fraction of its width (negative: earlier)."""
        lo, hi = self.view()
        shift = (hi - lo) * fraction
        self.set_view(lo + shift, hi + shift)

    def zoom_to_span(self, first: float, last: float) -> None:
        """Show a span of time with a little room around it (used by "+N" clusters)."""
        pad = max((last - first) * 0.15, 3 / 365.25)
        self.set_view(first - pad, last + pad)

    def zoom_to_era(self, index: int) -> None:
        """Show one era."""
        if 0 <= index < len(self.eras):
            self.zoom_to_span(self.eras[index]["x0"], self.eras[index]["x1"])

    def back(self) -> None:
        """Go back to the previous view."""
        self._settle.stop()
        view = self.history.back()
        if view:
            self.set_view(*view, record=False)
        self._update_history_buttons()

    def forward(self) -> None:
        """Go forward to the next view."""
        self._settle.stop()
        view = self.history.forward()
        if view:
            self.set_view(*view, record=False)
        self._update_history_buttons()

    # ------------------------------------------------------------------ selection

    def _on_event_clicked(self, event: int, lane: int) -> None:
        self.current_lane = lane
        self._clicked = True          # it is already in view: do not move the view under the pointer
        try:
            self.state.select_event(self.model.data.slugs[event])
        finally:
            self._clicked = False

    def select_index(self, event: int) -> None:
        """Select an event by its index (keyboard stepping)."""
        if event >= 0:
            lanes = self.model.lanes_of(event)
            if self.current_lane not in lanes:
                self.current_lane = lanes[0] if lanes else -1
            self.state.select_event(self.model.data.slugs[event])

    def show_selected(self, slug: str) -> None:
        """Highlight the selected event and bring it into view, with some context around it."""
        event = self.model.data.index_of.get(slug, -1) if slug else -1
        self.lanes_item.set_selected(event)
        self._name_plot(event)
        if event < 0:
            return
        lanes = self.model.lanes_of(event)
        if self.current_lane not in lanes:
            self.current_lane = lanes[0] if lanes else -1
        self.ensure_lane_visible(self.current_lane)
        if not self._clicked:
            self.reveal(event)

    def _name_plot(self, event: int) -> None:
        # Screen readers announce the focused view's name: say which event the keys have reached, in which lane,
        # when, and where it stands among the events shown.
        if event < 0:
            self.plot.setAccessibleName(self.tr("Timeline"))
            return
        lanes = self.model.lanes_of(event)
        lane = self.current_lane if self.current_lane in lanes else (lanes[0] if lanes else -1)
        actor = _lane_name(self.model.lanes[lane], two_lines=False) if 0 <= lane < len(self.model.lanes) else ""
        order = self.model.order   # the events shown, sorted: the position by bisection, not a list of 50,000
        k = int(np.searchsorted(order, event))
        place = k + 1 if k < len(order) and int(order[k]) == event else 0
        name = (self.tr("Timeline: %1, %2, %3, %4 of %5").replace("%1", self.model.data.titles[event])
                .replace("%2", self.model.data.label(event)).replace("%3", actor)
                .replace("%4", str(place)).replace("%5", str(len(order))))
        self.plot.setAccessibleName(name)
        if self.plot.hasFocus():
            announce(self.plot, name.split(": ", 1)[-1])

    def _on_view_requested(self, name: str) -> None:
        """Asked to show the timeline (e.g. "Show on timeline" in a quiz): bring the selection into view."""
        if name == "timeline" and self.lanes_item.selected >= 0:
            self.reveal(self.lanes_item.selected)

    def reveal(self, event: int) -> None:
        """Pan (and zoom in from a very wide view) so that an event sits well inside the view."""
        x0, x1 = float(self.model.data.x0[event]), float(self.model.data.x1[event])
        lo, hi = self.view()
        width = hi - lo
        if width > CONTEXT_YEARS * 3:
            mid = (x0 + x1) / 2
            self.set_view(mid - CONTEXT_YEARS / 2, mid + CONTEXT_YEARS / 2)
        elif x0 < lo + width * 0.1 or x1 > hi - width * 0.1:
            mid = (x0 + min(x1, x0 + width * 0.6)) / 2
            self.set_view(mid - width / 2, mid + width / 2)

    def highlight_events(self, slugs: list[str]) -> None:
        """Put these events' labels on the highlight (a story stop's events); [] for none."""
        self._highlight = list(slugs)   # kept by slug: the rows move when the events are read again
        index = self.model.data.index_of
        self.lanes_item.set_highlighted({index[s] for s in slugs if s in index})

    def highlighted_events(self) -> list[str]:
        """The slugs of the events on the highlight, in time order."""
        return [self.model.data.slugs[i] for i in sorted(self.lanes_item.highlighted)]

    def jump_to(self, slug: str) -> None:
        """Show a search result: lift filters that hide it, select it and bring it into view."""
        event = self.model.data.index_of.get(slug, -1)
        if event < 0:
            return
        if not self.model.visible[event]:
            self.set_hidden_actors(set())
            self.set_theme("")
        self.state.select_event(slug)
        self.reveal(event)
        self.plot.setFocus()

    # ------------------------------------------------------------------ filters

    def set_hidden_actors(self, slugs: set[str]) -> None:
        """Hide some actors' lanes."""
        self.model.set_hidden_actors(slugs)
        self.current_lane = -1
        self._after_data()

    def set_theme(self, slug: str) -> None:
        """Show only one theme's events ("" for all)."""
        self.model.set_theme(slug or "")
        self._after_data()

    def focus_actor(self, slug: str) -> None:
        """Show only one actor's lane (asked for by another view)."""
        if any(a["slug"] == slug for a in self.model.data.actors):
            self.set_hidden_actors({a["slug"] for a in self.model.data.actors if a["slug"] != slug})

    # ------------------------------------------------------------------ date cursor

    def _on_date(self, value: float) -> None:
        if abs(self.cursor.value() - value) > 1e-9:
            self.cursor.blockSignals(True)
            self.cursor.setValue(value)
            self.cursor.blockSignals(False)
            self.cursor.refresh_label()
            if self.plot.hasFocus():   # [ ] and D moved it: say the new date
                announce(self.plot, self.tr("Date: %1").replace("%1", cursor_label(value, self.cursor.view_years)))

    def nudge_date(self, direction: int) -> None:
        """Move the current date by one labelled step of the axis (a decade, a year, a month or a day)."""
        unit, step = self.plot.axis.major
        days = {"day": 1, "month": 30.44, "year": 365.25}[unit] * step
        value = min(max(self.cursor.value() + direction * days / 365.25, self.bounds[0]), self.bounds[1])
        self.state.set_date(value)

    # ------------------------------------------------------------------ keys

    def run_action(self, name: str) -> bool:
        """Do a named keyboard action; False if it does not apply now."""
        selected = self.lanes_item.selected
        if name in ("next", "previous"):
            lo, _hi = self.view()
            event = self.model.step(selected, 1 if name == "next" else -1, after_x=lo)
            if event < 0:
                return False
            self.select_index(event)
            return True
        if name in ("lane-up", "lane-down"):
            if selected < 0 or not self.model.lanes:
                return False
            target = self.current_lane + (-1 if name == "lane-up" else 1)
            event = self.model.nearest_in_lane(target, float(self.model.data.x0[selected]))
            if event >= 0:
                self.current_lane = target
                self.state.select_event(self.model.data.slugs[event])
            return True
        actions = {
            "pan-left": lambda: self.pan(-PAN_STEP), "pan-right": lambda: self.pan(PAN_STEP),
            "page-left": lambda: self.pan(-0.9), "page-right": lambda: self.pan(0.9),
            "zoom-in": lambda: self.zoom(1 / ZOOM_STEP), "zoom-out": lambda: self.zoom(ZOOM_STEP),
            "fit": self.fit_all, "back": self.back, "forward": self.forward,
            "centre": lambda: selected >= 0 and self._centre(selected),
            "clear": lambda: self.state.select_event(""),
            "date-earlier": lambda: self.nudge_date(-1), "date-later": lambda: self.nudge_date(1),
            "date-here": lambda: self.state.set_date(
                float(self.model.data.x0[selected]) if selected >= 0 else sum(self.view()) / 2),
        }
        if name not in actions:
            return False
        actions[name]()
        return True

    def _centre(self, event: int) -> None:
        lo, hi = self.view()
        mid = float(self.model.data.x0[event])
        self.set_view(mid - (hi - lo) / 2, mid + (hi - lo) / 2)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """The timeline's keys, for Help ▸ Keyboard shortcuts."""
        return [(self.tr(k), self.tr(v)) for k, v in KEY_HELP]

    # ------------------------------------------------------------------ list twin and export

    def show_list(self, on: bool) -> None:
        """Show the events as a table (the accessible twin) instead of the drawing."""
        if on and self.list_widget is None:
            from desktop.events.event_list import EventListWidget

            self.list_widget = EventListWidget(self.state, self)
            self.stack.addWidget(self.list_widget)
        self.stack.setCurrentWidget(self.list_widget if on else self.drawing)
        if self.toolbar.list_button.isChecked() != on:
            self.toolbar.list_button.setChecked(on)
        (self.list_widget.view if on else self.plot).setFocus()

    def export(self, path: str | Path) -> Path:
        """Save the current view as PNG or SVG (chosen by the file's suffix); raises OSError on failure."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in (".png", ".svg"):
            raise OSError(self.tr("Choose a file ending in .png or .svg, not “%s”") % path.name)
        if not path.parent.is_dir():
            raise OSError(self.tr("Could not write %s: there is no such folder") % str(path))
        from desktop.timeline.export import export_png, export_svg  # QtSvg is loaded only when someone exports

        ok = export_png(self.plot, path) if suffix == ".png" else export_svg(self.plot, path, self.tr("Trilemma timeline"))
        if not ok or not path.exists() or path.stat().st_size == 0:
            raise OSError(self.tr("Could not write %s") % str(path))
        return path

    def ask_export(self, kind: str) -> None:
        """Ask where to save the view, then save it; problems are shown, never raised."""
        filters = {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG drawing (*.svg)")}
        path = save_file_name(self, self.tr("Export the timeline"), f"timeline.{kind}", filters[kind])
        if not path:
            return
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        try:
            self.export(path)
        except OSError as exc:
            plain_text.warning(self, self.tr("Export"), plain_text.sentence(exc))
            return
        announce(self.plot, self.tr("The timeline view was saved to %1.").replace("%1", path))


def _lane_name(actor: dict, two_lines: bool = True) -> str:
    """A lane's label; an actor known by another name earlier shows both, on two lines where the lane is tall."""
    if actor.get("former_name"):
        return f"{actor['name']} /{chr(10) if two_lines else ' '}{actor['former_name']}"
    return actor["name"]

