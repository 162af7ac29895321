"""TimelineToolBar: search, actor and theme filters, zoom, view history, export, the list twin and the legend."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from desktop.appearance.retranslate import Retranslatable
from desktop.appearance.theme import current_theme
from desktop.timeline.palette import KIND_STYLE, TimelinePalette, timeline_palette
from desktop.timeline.search import TimelineSearchBox
from desktop.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:  # the desktop app reaches the database only through db/
    from sqlite_utils import Database


class TimelineToolBar(Retranslatable, QWidget):
    """The timeline's controls; it only builds them and reports choices, the widget acts on them.

    They flow onto a second row when the pane is narrow or the text large, so none is ever hidden."""

    hidden_actors_changed = Signal(set)
    theme_changed = Signal(str)
    era_chosen = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None, pal: TimelinePalette | None = None):
        super().__init__(parent)
        self.pal = pal or timeline_palette(current_theme())
        self.flow = FlowLayout(self)
        self.flow.setContentsMargins(2, 3, 2, 3)     # a toolbar's padding
        self.setObjectName("timelineToolBar")
        self.search = TimelineSearchBox(db, self)
        self.addWidget(self.search)
        self.actors_button = self._menu_button("timelineActors")
        # On Linux a screen reader names a combo box by its label (Qt gives AT-SPI the current item as its name):
        # a visible buddy label, kept beside it in one box, says what it chooses.
        theme_box = QWidget(self)
        row = QHBoxLayout(theme_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.theme_label = QLabel(theme_box)
        self.theme_combo = QComboBox(theme_box)
        self.theme_combo.setObjectName("timelineTheme")
        self.theme_combo.currentIndexChanged.connect(lambda _i: self.theme_changed.emit(self.theme_combo.currentData()))
        self.theme_label.setBuddy(self.theme_combo)
        row.addWidget(self.theme_label)
        row.addWidget(self.theme_combo)
        self.addWidget(theme_box)
        self.eras_button = self._menu_button("timelineEras")
        self.addSeparator()
        self.fit_button = self._button("timelineFit")
        self.zoom_out_button = self._button("timelineZoomOut", "−")
        self.zoom_in_button = self._button("timelineZoomIn", "+")
        self.back_button = self._button("timelineBack", "◀")
        self.forward_button = self._button("timelineForward", "▶")
        self.addSeparator()
        self.export_button = self._menu_button("timelineExport")
        menu = self.export_button.menu()
        self.export_png = menu.addAction("")
        self.export_svg = menu.addAction("")
        self.list_button = self._button("timelineListToggle")
        self.list_button.setCheckable(True)
        self.addSeparator()
        self.legend = QLabel(self)
        self.legend.setObjectName("timelineLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.addWidget(self.legend)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every control's text, tooltip and accessible name, and the legend, in the current language."""
        self.setAccessibleName(self.tr("Timeline tools"))
        self.theme_combo.setAccessibleName(self.tr("Theme filter"))
        self.theme_label.setText(self.tr("Theme filter:"))
        self.theme_combo.setToolTip(self.tr("Show only events with this theme"))
        for button, text, tip, name in (
            (self.actors_button, self.tr("Lanes"), self.tr("Choose which actors' lanes to show"), ""),
            (self.eras_button, self.tr("Zoom to era"), self.tr("Zoom the timeline to one era"), ""),
            (self.fit_button, self.tr("Fit all"), self.tr("Show every event (Home)"), ""),
            (self.zoom_out_button, "−", self.tr("Zoom out (−)"), self.tr("Zoom out")),
            (self.zoom_in_button, "+", self.tr("Zoom in (+)"), self.tr("Zoom in")),
            (self.back_button, "◀", self.tr("Back to the previous view (Alt+Left)"), self.tr("Previous view")),
            (self.forward_button, "▶", self.tr("Forward to the next view (Alt+Right)"), self.tr("Next view")),
            (self.export_button, self.tr("Export"), self.tr("Save the current view as a picture"), ""),
            (self.list_button, self.tr("List"), self.tr("Show the events as a list (for screen readers and keyboards)"), ""),
        ):
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(name or text)
        self.export_png.setText(self.tr("As PNG image…"))
        self.export_svg.setText(self.tr("As SVG drawing…"))
        self.set_palette(self.pal)

    def set_palette(self, pal: TimelinePalette) -> None:
        """Draw the legend's symbols in a theme's timeline colours (and write it in the current language)."""
        self.pal = pal
        self.legend.setText("&nbsp;&nbsp;".join(
            f'<span style="color:{pal.kind_color(kind).name()}">{symbol}</span>&nbsp;{escape(self.tr(text))}'
            for kind, (_shape, symbol, text) in KIND_STYLE.items()))
        shapes = {"circle": self.tr("circle"), "square": self.tr("square"), "diamond": self.tr("diamond")}
        self.legend.setAccessibleName(self.tr("Legend: ") + ", ".join(
            f"{self.tr(text)} = {shapes.get(shape, shape)}" for shape, _s, text in KIND_STYLE.values()))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Keep the height of every row the controls flow onto (squeezed by a short window, the last row was drawn
        under the plot and could not be reached; the window's page scrolls instead)."""
        super().resizeEvent(event)
        self._hold_rows()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """A new text size: the separators grow with the buttons, and the rows are counted again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "legend"):
            for line in self.findChildren(QFrame, "timelineSeparator"):
                line.setFixedHeight(self.fontMetrics().height() + 6)
            self._hold_rows()

    def _hold_rows(self) -> None:
        need = self.flow.heightForWidth(self.width())
        if need != self.minimumHeight():
            self.setMinimumHeight(need)

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802 - the QToolBar call it replaces
        """Add a control at the end of the row."""
        self.flow.addWidget(widget)

    def addSeparator(self) -> None:  # noqa: N802 - the QToolBar call it replaces
        """A thin line between groups of controls."""
        line = QFrame(self)
        line.setObjectName("timelineSeparator")
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        line.setFixedHeight(self.fontMetrics().height() + 6)
        self.flow.addWidget(line)

    def _button(self, name: str, text: str = "") -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)  # a symbol now, so the row is laid out at its size; words come in retranslate_ui
        self.addWidget(button)
        return button

    def _menu_button(self, name: str) -> QToolButton:
        button = self._button(name)
        button.setMenu(QMenu(button))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        return button

    def set_actors(self, actors: list[dict], hidden: set[str]) -> None:
        """Fill the lane menu: one checkable entry per actor, and "show all"."""
        menu = self.actors_button.menu()
        menu.clear()
        show_all = menu.addAction(self.tr("Show all lanes"))
        show_all.triggered.connect(lambda: self._emit_hidden(set()))
        menu.addSeparator()
        for actor in actors:
            action = QAction(actor["name"], menu)
            action.setCheckable(True)
            action.setChecked(actor["slug"] not in hidden)
            action.setData(actor["slug"])
            action.toggled.connect(lambda _on: self._emit_hidden(self._hidden()))
            menu.addAction(action)

    def _hidden(self) -> set[str]:
        return {a.data() for a in self.actors_button.menu().actions() if a.isCheckable() and not a.isChecked()}

    def _emit_hidden(self, hidden: set[str]) -> None:
        for action in self.actors_button.menu().actions():
            if action.isCheckable():
                action.blockSignals(True)
                action.setChecked(action.data() not in hidden)
                action.blockSignals(False)
        self.hidden_actors_changed.emit(hidden)

    def set_themes(self, themes: list[dict], current: str) -> None:
        """Fill the theme filter ("All themes" first)."""
        self.theme_combo.blockSignals(True)
        self.theme_combo.clear()
        self.theme_combo.addItem(self.tr("All themes"), "")
        for theme in themes:
            self.theme_combo.addItem(theme["name"], theme["slug"])
        self.theme_combo.setCurrentIndex(max(self.theme_combo.findData(current), 0))
        self.theme_combo.blockSignals(False)

    def set_eras(self, eras: list[dict]) -> None:
        """Fill the era menu."""
        menu = self.eras_button.menu()
        menu.clear()
        for i, era in enumerate(eras):
            action = menu.addAction(f"{era['name']} ({era['label']})")
            action.triggered.connect(lambda _=False, k=i: self.era_chosen.emit(k))
        self.eras_button.setEnabled(bool(eras))
