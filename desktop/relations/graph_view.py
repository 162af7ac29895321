"""RelationGraphView: the actors at fixed places and the relations valid at a date as animated edges."""

from __future__ import annotations

import math

from PySide6.QtCore import QEasingCurve, QEvent, QPointF, QRectF, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

from desktop.appearance import text_size
from desktop.appearance.announce import announce
from desktop.appearance.retranslate import Retranslatable
from desktop.relations.edge_item import RelationEdgeItem
from desktop.relations.label_item import RelationLabelItem
from desktop.relations.label_layout import area, place_labels
from desktop.relations.map_detail import FULL, MapDetail, map_detail
from desktop.relations.node_item import ActorNodeItem
from desktop.relations.palette import map_palette
from desktop.relations.styles import (
    BENDS,
    CENTRAL,
    POSITIONS,
    SCENE_H,
    SCENE_W,
    SPARE_POSITIONS,
    STYLES,
    kind_word,
    width_for,
)
from desktop.widgets.plain_text import plain_tooltip

PARALLEL_GAP = 44.0  # scene units between the middles of two relations of the same pair
KIND_ORDER = {kind: i for i, kind in enumerate(STYLES)}


def place_for(slug: str, extra: int) -> tuple[float, float]:
    """An actor's fixed place: from the layout table, else the `extra`-th spare place, else a spot on a ring."""
    if slug in POSITIONS:
        return POSITIONS[slug]
    if extra < len(SPARE_POSITIONS):
        return SPARE_POSITIONS[extra]
    angle = math.radians(200 + 37 * extra)
    return SCENE_W / 2 + (SCENE_W / 2 - 110) * math.cos(angle), SCENE_H / 2 - 270 * math.sin(angle)


class RelationGraphView(Retranslatable, QGraphicsView):
    """Draws the graph; click or use the arrow keys and Enter to open an edge's history or a node's relations."""

    edge_activated = Signal(str)   # relation slug
    node_activated = Signal(str)   # actor slug
    focus_moved = Signal(str)      # a sentence describing the focused item

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("relationGraph")
        self.setScene(QGraphicsScene(QRectF(0, 0, SCENE_W, SCENE_H), self))
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.NoFrame)
        self.restyle()
        self.retranslate_ui()
        self.setFocusPolicy(Qt.StrongFocus)
        self.setMinimumSize(280, 120)  # on a 1366×768 screen the map scales into the pane rather than scroll it
        self.nodes: dict[str, ActorNodeItem] = {}
        self.edges: dict[str, RelationEdgeItem] = {}  # includes edges fading out
        self.shown: list[str] = []                     # slugs of the edges valid now, in drawing order
        self.focus_key = ""                            # "node:<slug>" or "edge:<slug>"
        self.selected_key = ""
        self.animation_ms = 450
        self.text_scale = 1.0
        self.compact = False  # a small map: labels show only the kind, and only where they fit
        self.detail: MapDetail = FULL  # decided by desktop.relations.map_detail from the view's size
        self.fitted = False   # the view has been fitted to a size once: before that, labels wait for it
        self.base_places: dict[str, tuple[float, float]] = {}  # actor places before widening to the view
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setEasingCurve(QEasingCurve.InOutCubic)
        self.animation.valueChanged.connect(self._step)
        self.animation.finished.connect(self._finish)

    def retranslate_ui(self) -> None:
        """The map's name and its keyboard help in the current language."""
        self.setAccessibleName(self.tr("Relationship map"))
        self.setAccessibleDescription(self.tr("Use the arrow keys to move between countries and relations, "
                                              "Enter to open one."))

    def restyle(self) -> None:
        """Take the theme's map colours; items drawn so far keep theirs until set_actors builds them again."""
        self.colors = map_palette()
        self.setBackgroundBrush(QColor(self.colors.background))

    # ------------------------------------------------------------------ content

    def set_actors(self, actors: list[dict], names: dict[str, str]) -> None:
        """Create a node per actor at its fixed place (called again after the actors change)."""
        self.animation.stop()
        for node in self.nodes.values():
            self.scene().removeItem(node)
        for edge in self.edges.values():
            self.scene().removeItem(edge.label)
            self.scene().removeItem(edge)
        self.nodes, self.edges, self.shown = {}, {}, []
        extra = 0
        for actor in actors:
            x, y = place_for(actor["slug"], extra)
            extra += actor["slug"] not in POSITIONS
            self.base_places[actor["slug"]] = (x, y)
            node = ActorNodeItem(actor["slug"], names.get(actor["slug"], actor["name"]), actor["color"],
                                 self._place(actor["slug"]), actor["slug"] in CENTRAL, self.colors)
            node.set_text_scale(self.detail.node_scale)
            self.scene().addItem(node)
            self.nodes[actor["slug"]] = node
        self._position_nodes()

    def set_names(self, names: dict[str, str]) -> None:
        """Rename nodes for the current date (Soviet Union / Russia)."""
        for slug, node in self.nodes.items():
            node.set_name(names.get(slug, node.name))
        self._position_nodes()
        for edge in self.edges.values():
            self._attach(edge)

    def show_relations(self, relations: list[dict], animate: bool = True) -> None:
        """Show exactly these relations: new ones fade in, gone ones fade out, parallel ones slide apart."""
        self.animation.stop()
        relations = [r for r in relations if r["a"] in self.nodes and r["b"] in self.nodes]
        by_pair: dict[tuple, list[dict]] = {}
        for r in relations:
            by_pair.setdefault(r["pair"], []).append(r)
        targets: dict[str, float] = {}
        for pair, rows in by_pair.items():
            rows.sort(key=lambda r: (KIND_ORDER.get(r["kind"], 99), r["first_day"], r["slug"]))
            bend = BENDS.get(pair, 0.0)
            for i, r in enumerate(rows):
                targets[r["slug"]] = bend + (i - (len(rows) - 1) / 2) * PARALLEL_GAP
        order = sorted(relations, key=lambda r: (not (r["a"] in CENTRAL and r["b"] in CENTRAL), -r["strength"], r["slug"]))
        self.shown = [r["slug"] for r in order]
        for r in relations:
            edge = self.edges.get(r["slug"])
            if edge is None:
                edge = RelationEdgeItem(r, self.nodes[r["a"]].pos(), self.nodes[r["b"]].pos(), self.colors)
                edge.set_text_scale(self.text_scale, self.compact)
                edge.offset = targets[r["slug"]]
                edge.setOpacity(0.0)
                edge.label.setOpacity(0.0)
                self.scene().addItem(edge)
                self.scene().addItem(edge.label)
                self.edges[r["slug"]] = edge
            edge.set_relation(r)
            edge.setToolTip(plain_tooltip(
                f"{self.describe('edge:' + r['slug'])}\n{r['dates']}\n{r.get('summary') or ''}".strip()))
            edge.label.setToolTip(edge.toolTip())
            self._attach(edge)
            edge.aim(opacity=1.0, offset=targets[r["slug"]], width=width_for(r["strength"]))
        for slug, edge in self.edges.items():
            if slug not in targets:
                edge.aim(opacity=0.0, offset=edge.offset)
        if self.fitted:   # else the first fit places them, at the size the view then has
            self._place_labels()
        if self.focus_key.startswith("edge:") and self.focus_key[5:] not in targets:
            self._set_focus_key("")
        if animate and self.animation_ms > 0 and self.isVisible():
            self.animation.setDuration(self.animation_ms)
            self.animation.start()
        else:
            self._step(1.0)
            self._finish()

    def _attach(self, edge: RelationEdgeItem) -> None:
        a, b = self.nodes[edge.relation["a"]], self.nodes[edge.relation["b"]]
        edge.end_boxes = (a.box(), b.box())

    def _place(self, slug: str) -> QPointF:
        """An actor's place in the scene: its fixed place, widened when a small map stretches its layout."""
        x, y = self.base_places[slug]
        return QPointF(x * self.detail.scene_width / SCENE_W, y)

    def _position_nodes(self) -> None:
        """Put every node at its place, pulled inwards where its box would leave the scene (names keep their size
        on a tiny map; the spacing gives way), and bring the edges' ends along."""
        scene = self.sceneRect()
        for slug, node in self.nodes.items():
            place, half_w, half_h = self._place(slug), node.box().width() / 2 + 4, node.box().height() / 2 + 4
            x = min(max(place.x(), scene.left() + half_w), max(scene.right() - half_w, scene.left() + half_w))
            y = min(max(place.y(), scene.top() + half_h), max(scene.bottom() - half_h, scene.top() + half_h))
            if QPointF(x, y) != node.pos():
                node.setPos(x, y)
        for edge in self.edges.values():
            ends = self.nodes[edge.relation["a"]].pos(), self.nodes[edge.relation["b"]].pos()
            if (edge.p1, edge.p2) != ends:
                edge.set_ends(*ends)

    def _place_labels(self) -> None:
        """Place the labels, the selected, focused or hovered edge first, then the central triangle, then by strength."""
        wanted = [s for s in self.shown if not self.edges[s].dimmed]
        first = [s for s in wanted if self.edges[s].selected or self.edges[s].focused or self.edges[s].label.hovered]
        central = [s for s in wanted if s not in first and self.edges[s].relation["a"] in CENTRAL
                   and self.edges[s].relation["b"] in CENTRAL]
        order = first + central + [s for s in wanted if s not in first and s not in central]
        place_labels([self.edges[s] for s in order], [n.box() for n in self.nodes.values()], self.sceneRect(),
                     self.detail.small, important=len(first) + len(central))

    def _relabel(self) -> None:
        """Place the labels again at once (a small map gives the focused or selected edge a label first)."""
        self._place_labels()
        for edge in self.edges.values():
            edge.spot = edge.spot_from = edge.spot_to
            edge.step(1.0 if self.animation.state() != QVariantAnimation.Running else float(self.animation.currentValue()))

    def drawn_labels(self) -> list[str]:
        """Slugs of the edges whose labels are drawn without being asked for (all on a large map)."""
        return [s for s in self.shown if not self.edges[s].dimmed and self.edges[s].label.fits]

    def label_overlaps(self) -> int:
        """How many pairs of drawn labels overlap (0 when the layout is clean; used by tests)."""
        rects = [self.edges[s].label_rect(self.edges[s].spot_to) for s in self.drawn_labels()]
        return sum(1 for i, a in enumerate(rects) for b in rects[i + 1:] if area(a.intersected(b)) > 1)

    def labels_on_nodes(self) -> int:
        """How many drawn labels cover part of a country's box (used by tests)."""
        rects = [self.edges[s].label_rect(self.edges[s].spot_to) for s in self.drawn_labels()]
        return sum(1 for r in rects for n in self.nodes.values() if area(r.intersected(n.box())) > 1)

    def _step(self, value) -> None:
        for edge in self.edges.values():
            edge.step(float(value))

    def _finish(self) -> None:
        for slug in [s for s, e in self.edges.items() if e.opacity_to == 0.0]:
            edge = self.edges.pop(slug)
            self.scene().removeItem(edge.label)
            self.scene().removeItem(edge)

    # ------------------------------------------------------------------ selection and keyboard

    def keys(self) -> list[str]:
        """Everything the arrow keys move through: nodes in actor order, then the edges shown."""
        return [f"node:{s}" for s in self.nodes] + [f"edge:{s}" for s in self.shown]

    def describe(self, key: str) -> str:
        """A sentence for a node or an edge (used for the focus announcement and tooltips)."""
        if key.startswith("node:"):
            return self.tr("%s: press Enter to list its relations") % self.nodes[key[5:]].name
        if key.startswith("edge:") and key[5:] in self.edges:
            r = self.edges[key[5:]].relation
            text = self.tr("%1 and %2: %3, %4, strength %5 of 5").replace("%1", r["a_name"]).replace(
                "%2", r["b_name"]).replace("%3", kind_word(r["kind"])).replace("%4", r["label"]).replace(
                "%5", str(r["strength"]))
            if r.get("direction") in ("a->b", "b->a"):
                giver, taker = (r["a_name"], r["b_name"]) if r["direction"] == "a->b" else (r["b_name"], r["a_name"])
                text += self.tr(", one-sided: %1 → %2").replace("%1", giver).replace("%2", taker)
            return text
        return ""

    def _mark_only(self, flag: str, key: str):
        """Set a node's or edge's `flag` ('focused' or 'selected') on the item `key` alone; return that item."""
        for node in self.nodes.values():
            setattr(node, flag, False)
            node.update()
        for edge in self.edges.values():
            edge.set_marks(**{flag: False})
        item = self._item(key)
        if isinstance(item, RelationEdgeItem):
            item.set_marks(**{flag: True})
        elif item is not None:
            setattr(item, flag, True)
            item.update()
        if self.detail.small and isinstance(item, RelationEdgeItem):
            self._relabel()
        return item

    def _set_focus_key(self, key: str) -> None:
        self.focus_key = key
        item = self._mark_only("focused", key)
        if item is not None:
            self.setAccessibleDescription(self.describe(key))
            # The map paints, it has no child widgets: say the step once, as an announcement (a description change
            # as well would be read a second time).
            if self.hasFocus():
                announce(self, self.describe(key))
            self.focus_moved.emit(self.describe(key))

    def _item(self, key: str):
        if key.startswith("node:"):
            return self.nodes.get(key[5:])
        if key.startswith("edge:"):
            return self.edges.get(key[5:])
        return None

    def select(self, key: str) -> None:
        """Mark a node or an edge as the one whose details are shown."""
        self.selected_key = key
        self._mark_only("selected", key)

    def mark(self, slugs: set[str], dim_others: bool = False) -> None:
        """Highlight several edges at once (the comparison marks what appeared or ended), maybe dimming the rest."""
        for slug, edge in self.edges.items():
            edge.set_marks(selected=slug in slugs)
            edge.dimmed = dim_others and slug not in slugs
            edge.step(1.0)
        self._relabel()

    def activate(self, key: str) -> None:
        """Open a node's relations or an edge's history, as a click would."""
        self.select(key)
        if key.startswith("node:"):
            self.node_activated.emit(key[5:])
        elif key.startswith("edge:"):
            self.edge_activated.emit(key[5:])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = self.keys()
        if event.key() in (Qt.Key_Right, Qt.Key_Down, Qt.Key_Left, Qt.Key_Up) and keys:
            step = 1 if event.key() in (Qt.Key_Right, Qt.Key_Down) else -1
            i = keys.index(self.focus_key) + step if self.focus_key in keys else (0 if step > 0 else -1)
            self._set_focus_key(keys[i % len(keys)])
        elif event.key() in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space) and self.focus_key:
            self.activate(self.focus_key)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for item in self.items(event.position().toPoint()):
            if isinstance(item, RelationLabelItem):
                item = item.edge
            if isinstance(item, ActorNodeItem):
                key = f"node:{item.slug}"
            elif isinstance(item, RelationEdgeItem) and item.opacity_to > 0:
                key = f"edge:{item.slug}"
            else:
                continue
            self._set_focus_key(key)
            self.activate(key)
            return
        super().mousePressEvent(event)

    def _fit(self) -> None:
        """Fit the whole scene at the level of detail for the view's size (text keeps its pixel size at any zoom)."""
        detail = map_detail(self.viewport().width(), self.viewport().height(),
                            text_size.point_size() / text_size.default_point_size())
        if detail != self.detail:
            widened = detail.scene_width != self.detail.scene_width
            self.detail = detail
            self.text_scale, self.compact = detail.text_scale, detail.small
            if widened:
                self.scene().setSceneRect(QRectF(0, 0, detail.scene_width, SCENE_H))
            for node in self.nodes.values():
                node.set_text_scale(detail.node_scale)  # names never shrink below a legible size
            self._position_nodes()
            for edge in self.edges.values():
                self._attach(edge)
                edge.set_text_scale(detail.text_scale, detail.small)
            self._relabel()
        elif not self.fitted:
            self._relabel()
        self.fitted = True
        self.fitInView(self.sceneRect(), Qt.KeepAspectRatio)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """A new text size: names and labels are drawn again at it, at once."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "nodes"):
            self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self.isVisible():
            self._fit()
            return
        # While a window settles (first show, a splitter drag) several resizes come at once: the picture is
        # scaled to each at once, the level of detail and the labels are worked out once, for the last.
        self.fitInView(self.sceneRect(), Qt.KeepAspectRatio)
        self._fit_soon()

    def _fit_soon(self) -> None:
        if not getattr(self, "_fit_pending", False):
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit_now)  # not called once the view is gone

    def _fit_now(self) -> None:
        self._fit_pending = False
        self._fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        handle = self.window().windowHandle()
        if handle is not None and handle.isExposed():
            self._fit()   # shown inside a window on screen (a tab chosen): its size is settled
        else:
            # The window's own first show: the view's size is not settled yet (the window's layout resizes it
            # next), so the level of detail and the labels are worked out once, after that.
            self._fit_soon()
