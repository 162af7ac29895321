"""Export the timeline's plot as it is shown: PNG through pyqtgraph, SVG through Qt's SVG generator."""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator


def export_png(plot: pg.PlotWidget, path: Path) -> bool:
    """Write the plot as a PNG at its size on screen, so labels keep their size; False if it failed."""
    from pyqtgraph.exporters import ImageExporter

    exporter = ImageExporter(plot.getPlotItem())
    exporter.parameters()["width"] = plot.width()
    return exporter.export(str(path)) is not False


def export_svg(plot: pg.PlotWidget, path: Path, title: str) -> bool:
    """Write the plot as an SVG drawing (pyqtgraph's SVG exporter cannot parse Qt 6.11's paths)."""
    size = plot.size()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(size.width(), size.height()))
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    # The axes replay QPictures recorded at the screen's resolution: draw the SVG at the same one.
    generator.setResolution(plot.logicalDpiX())
    generator.setTitle(title)
    painter = QPainter()
    if not painter.begin(generator):
        return False
    try:
        plot.render(painter)
    finally:
        painter.end()
    return True
