"""RelationLegendWidget: a sample line and the word for every kind, plus what width and arrows mean."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPixmap, QPolygonF
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from desktop.appearance.retranslate import Retranslatable
from desktop.relations.palette import MapPalette, map_palette
from desktop.relations.styles import STYLES, kind_word, pattern_word, stroke_relation, width_for

SAMPLE = QSize(46, 16)
SHORT_SAMPLE = QSize(28, 16)  # the one-row legend under a small map


def sample_pixmap(kind: str, width: float = 3.0, arrow: bool = False, size: QSize = SAMPLE,
                  colors: MapPalette | None = None) -> QPixmap:
    """A short line drawn exactly as the graph draws this kind (in `colors`, default the theme's)."""
    colors = colors or map_palette()
    width *= colors.line_scale
    ratio = 2.0
    pix = QPixmap(size * ratio)
    pix.setDevicePixelRatio(ratio)
    pix.fill(Qt.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.Antialiasing)
    path = QPainterPath(QPointF(2, size.height() / 2))
    path.lineTo(size.width() - (10 if arrow else 2), size.height() / 2)
    stroke_relation(painter, path, kind, width, colors)
    if arrow:
        painter.setPen(Qt.NoPen)
        painter.setBrush(colors.kind(kind))
        y = size.height() / 2
        painter.drawPolygon(QPolygonF([QPointF(size.width() - 1, y), QPointF(size.width() - 11, y - 6),
                                       QPointF(size.width() - 11, y + 6)]))
    painter.end()
    return pix


class RelationLegendWidget(Retranslatable, QWidget):
    """The key to the map, in two rows (one row of the kinds under a small map); read by screen readers."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("relationLegend")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(4, 2, 4, 2)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(2)
        self.entries: list[str] = []
        self.cells: list[tuple[QLabel, QLabel]] = []
        self.columns = 0
        self.compact = False
        self.setAttribute(Qt.WA_StyledBackground, True)
        self.restyle()

    def restyle(self) -> None:
        """Draw the samples in the theme's map colours (and write the entries in the current language)."""
        self.colors = map_palette()
        # Short samples use a thinner line so that even a dash pattern repeats within them.
        self.samples = {kind: (sample_pixmap(kind, colors=self.colors),
                               sample_pixmap(kind, 2.0, size=SHORT_SAMPLE, colors=self.colors)) for kind in STYLES}
        # The key sits on the map's own paper, so its samples are seen against the colour they are drawn for.
        self.setStyleSheet(f"#relationLegend {{ background: {self.colors.legend_background}; }}"
                           f"#relationLegend QLabel {{ color: {self.colors.legend_text}; }}")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Build the entries again in the current language (their layout too: the words' widths change)."""
        for icon, label in self.cells:
            for cell in (icon, label):
                self.grid.removeWidget(cell)
                cell.deleteLater()
        self.cells, self.entries, self.columns = [], [], 0
        self.setAccessibleName(self.tr("Legend"))
        for kind in STYLES:
            self._add(self.samples[kind][0], kind_word(kind), f"{kind_word(kind)}: {pattern_word(kind)}")
        self._add(self._widths(), self.tr("thicker = stronger"), self.tr("A thicker line means a stronger relation"))
        self._add(sample_pixmap("dependence", 3.0, arrow=True, colors=self.colors), self.tr("arrow = one-sided"),
                  self.tr("An arrow marks a one-sided relation: it points from the side that gives or acts"))
        self.extras_tip = self.tr("A thicker line means a stronger relation; an arrow marks a one-sided relation.")
        compact, self.compact = self.compact, not self.compact
        self.set_compact(compact)  # shows the compact or full set of cells, and lays them out
        if not self.isVisible() and not self.compact:
            self._arrange(5)  # until it is shown at its real width

    def set_compact(self, compact: bool) -> None:
        """Under a small map: one row of the kinds with short samples; width and arrows explained in the tooltip."""
        if compact == self.compact:
            return
        self.compact = compact
        for i, kind in enumerate(STYLES):
            self.cells[i][0].setPixmap(self.samples[kind][1 if compact else 0])
        for icon, label in self.cells[len(STYLES):]:
            icon.setVisible(not compact)
            label.setVisible(not compact)
        self.setToolTip(self.extras_tip if compact else "")
        self.setAccessibleDescription(self.extras_tip if compact else "")
        self.grid.setHorizontalSpacing(3 if compact else 6)
        self.columns = 0
        self._arrange(self._columns_for(self.width()))

    def _columns_for(self, width: int) -> int:
        """How many entries fit side by side: every kind in one row when compact and there is room."""
        if not self.compact:
            return max(1, width // self._column_width())
        spacing = self.grid.horizontalSpacing()
        # The stretch column after the last entry takes a spacing too; a few pixels spare keep labels from touching.
        used = self.grid.contentsMargins().left() + self.grid.contentsMargins().right() + spacing + 4
        for n, (icon, label) in enumerate(self.cells[:len(STYLES)]):
            used += icon.sizeHint().width() + label.sizeHint().width() + 2 * spacing
            if used > width:
                return max(1, n)
        return len(STYLES)

    def _widths(self) -> QPixmap:
        pix = QPixmap(SAMPLE * 2)
        pix.setDevicePixelRatio(2.0)
        pix.fill(Qt.transparent)
        painter = QPainter(pix)
        painter.setRenderHint(QPainter.Antialiasing)
        for n, strength in enumerate((1, 3, 5)):
            x = 4 + n * 15
            path = QPainterPath(QPointF(x, 14))
            path.lineTo(x + 10, 2)
            stroke_relation(painter, path, "partnership", width_for(strength) * 0.8 * self.colors.line_scale, self.colors)
        painter.end()
        return pix

    def _add(self, pix: QPixmap, text: str, spoken: str) -> None:
        icon = QLabel(self)  # a parent at once: shown before it is laid out, it must not become a window
        icon.setPixmap(pix)
        icon.setAccessibleName(spoken)
        label = QLabel(text, self)
        label.setAccessibleName(spoken)
        self.cells.append((icon, label))
        self.entries.append(spoken)

    def _arrange(self, columns: int) -> None:
        """Lay the entries out in `columns` columns (fewer when the map is narrow)."""
        columns = max(1, min(columns, len(self.cells)))
        if columns == self.columns:
            return
        self.columns = columns
        for icon, label in self.cells:
            self.grid.removeWidget(icon)
            self.grid.removeWidget(label)
        for c in range(self.grid.columnCount()):
            self.grid.setColumnStretch(c, 0)
        cells = self.cells[:len(STYLES)] if self.compact else self.cells
        for i, (icon, label) in enumerate(cells):
            self.grid.addWidget(icon, i // columns, (i % columns) * 2)
            self.grid.addWidget(label, i // columns, (i % columns) * 2 + 1)
        self.grid.setColumnStretch(columns * 2, 1)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, super().minimumSizeHint().height())

    def _column_width(self) -> int:
        """Width one entry needs at the current font (at least 135 px), so larger text means fewer columns."""
        spacing = 3 * self.grid.horizontalSpacing()
        return max([135] + [icon.sizeHint().width() + label.sizeHint().width() + spacing for icon, label in self.cells])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange(self._columns_for(event.size().width()))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)  # Retranslatable's: a language change builds the entries again
        if event.type() == QEvent.FontChange:  # larger text: fewer columns
            self._arrange(self._columns_for(self.width()))
