"""SpriteAtlas: small pictures drawn once into one pixmap, stamped many times in one call per frame.

QPainter.drawPixmapFragments draws any number of pieces of one pixmap in a single call; pyqtgraph's
PrimitiveArray lets numpy fill the fragment array without a Python object per fragment. This is how a
scatter of 100,000 points stays fast, and how the timeline's markers and "+N" badges are drawn.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from pyqtgraph.Qt import internals
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPixmap

CELL_GAP = 2


class SpriteAtlas:
    """Sprites of at most `cell` logical pixels, drawn at a device pixel ratio, addressed by key."""

    def __init__(self, keys: list, cell: tuple[float, float], draw: Callable[[QPainter, object], None],
                 dpr: float = 1.0):
        self.keys = {key: i for i, key in enumerate(keys)}
        self.dpr = dpr
        w, h = (math.ceil(c * dpr) + CELL_GAP for c in cell)
        self.cell = (w, h)
        columns = max(1, min(len(keys), 2048 // w))
        rows = math.ceil(len(keys) / columns)
        self.pixmap = QPixmap(w * columns, h * rows)
        self.pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(self.pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.source = np.zeros((len(keys), 4))
        for i, key in enumerate(keys):
            x, y = (i % columns) * w, (i // columns) * h
            painter.save()
            painter.translate(x, y)
            painter.scale(dpr, dpr)
            draw(painter, key)
            painter.restore()
            self.source[i] = (x, y, w - CELL_GAP, h - CELL_GAP)
        painter.end()
        self._fragments = internals.PrimitiveArray(QPainter.PixmapFragment, 10)

    def stamp(self, painter: QPainter, x: np.ndarray, y: np.ndarray, keys: np.ndarray) -> None:
        """Draw sprite keys[i] centred on (x[i], y[i]) (keys are indexes into the atlas' key list)."""
        if not len(x):
            return
        self._fragments.resize(len(x))
        frags = self._fragments.ndarray()
        frags[:, 0] = x
        frags[:, 1] = y
        frags[:, 2:6] = self.source[keys]
        frags[:, 6:10] = (1 / self.dpr, 1 / self.dpr, 0.0, 1.0)
        painter.drawPixmapFragments(*self._fragments.drawargs(), self.pixmap)

    def index(self, key) -> int:
        """The atlas index of a key."""
        return self.keys[key]
