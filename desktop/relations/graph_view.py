"""RelationGraphView: the actors at fixed places and the relations valid at a date as animated edges."""

from __future__ import annotations

import math

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

from desktop.plain_text import plain_tooltip
from desktop.relations.edge_item import RelationEdgeItem
from desktop.relations.label_item import RelationLabelItem
from desktop.relations.node_item import ActorNodeItem
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

PARALLEL_GAP = 44.0  # scene units between the middles of two relations of the same pair
KIND_ORDER = {kind: i for i, kind in enumerate(STYLES)}
ALONG = (0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73, 0.2, 0.8)
# Spots to try for a label, best first: on the line, then just beside it.
LABEL_SPOTS = (tuple((t, 0.0) for t in ALONG) + tuple((t, s) for t in ALONG[:5] for s in (0.75, -0.75))
               + tuple((t, s) for t in ALONG[:5] for s in (1.5, -1.5)))


def place_for(slug: str, extra: int) -> tuple[float, float]:
    """An actor's fixed place: from the layout table, else the `extra`-th spare place, else a spot on a ring."""
    if slug in POSITIONS:
        return POSITIONS[slug]
    if extra < len(SPARE_POSITIONS):
        return SPARE_POSITIONS[extra]
    angle = math.radians(200 + 37 * extra)
    return SCENE_W / 2 + (SCENE_W / 2 - 110) * math.cos(angle), SCENE_H / 2 - 270 * math.sin(angle)


class RelationGraphView(QGraphicsView):
    """Draws the graph; click or use the arrow keys and Enter to open an edge's history or a node's relations."""

    edge_activated = Signal(str)   # relation slug
    node_activated = Signal(str)   # actor slug
    focus_moved = Signal(str)      # a sentence describing the focused item

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("relationGraph")
        self.setAccessibleName(self.tr("Relationship map"))
        self.setAccessibleDescription(self.tr("Use the arrow keys to move between countries and relations, "
                                              "Enter to open one."))
        self.setScene(QGraphicsScene(QRectF(0, 0, SCENE_W, SCENE_H), self))
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.NoFrame)
        self.setBackgroundBrush(QColor("#fbfbf8"))
        self.setFocusPolicy(Qt.StrongFocus)
        self.setMinimumSize(280, 150)
        self.nodes: dict[str, ActorNodeItem] = {}
        self.edges: dict[str, RelationEdgeItem] = {}  # includes edges fading out
        self.shown: list[str] = []                     # slugs of the edges valid now, in drawing order
        self.focus_key = ""                            # "node:<slug>" or "edge:<slug>"
        self.selected_key = ""
        self.animation_ms = 450
        self.text_scale = 1.0
        self.compact = False  # labels show only the kind when the map is small
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setEasingCurve(QEasingCurve.InOutCubic)
        self.animation.valueChanged.connect(self._step)
        self.animation.finished.connect(self._finish)

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
            node = ActorNodeItem(actor["slug"], names.get(actor["slug"], actor["name"]), actor["color"],
                                 QPointF(x, y), actor["slug"] in CENTRAL)
            node.set_text_scale(min(self.text_scale, 1.7))
            self.scene().addItem(node)
            self.nodes[actor["slug"]] = node

    def set_names(self, names: dict[str, str]) -> None:
        """Rename nodes for the current date (Soviet Union / Russia)."""
        for slug, node in self.nodes.items():
            node.set_name(names.get(slug, node.name))
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
                edge = RelationEdgeItem(r, self.nodes[r["a"]].pos(), self.nodes[r["b"]].pos())
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

    def _place_labels(self) -> None:
        """Choose, per edge, a spot where its label covers no node, no other label and stays in view.

        A label that finds no free spot with its full text tries again with the kind alone (level of
        detail: the relation's own words are in the tooltip, the table and the history).
        """
        nodes = [n.box().adjusted(-4, -4, 4, 4) for n in self.nodes.values()]
        labels: list[QRectF] = []
        for slug in self.shown:
            edge = self.edges[slug]
            if edge.dimmed:
                continue
            edge.label.set_text_scale(self.text_scale, self.compact)
            best, cost = self._best_spot(edge, nodes, labels)
            if cost >= 1 and not self.compact:
                edge.label.set_text_scale(self.text_scale, True)
                short_best, short_cost = self._best_spot(edge, nodes, labels)
                if short_cost < cost:
                    best = short_best
                else:
                    edge.label.set_text_scale(self.text_scale, False)
            edge.spot_to = best
            if edge.opacity() == 0.0:
                edge.spot = edge.spot_from = best
            labels.append(edge.label_rect(best).adjusted(-2, -2, 2, 2))

    def _best_spot(self, edge: RelationEdgeItem, nodes: list[QRectF], labels: list[QRectF]) -> tuple[tuple, float]:
        """The free-est spot for an edge's label and how much it still overlaps (0 = free)."""
        best, best_cost = LABEL_SPOTS[0], None
        scene = self.sceneRect()
        for rank, spot in enumerate(LABEL_SPOTS):
            rect = edge.label_rect(spot)
            cost = 5 * sum(_area(rect.intersected(o)) for o in nodes)
            cost += sum(_area(rect.intersected(o)) for o in labels)
            cost += 5 * (_area(rect) - _area(rect.intersected(scene)))
            if best_cost is None or cost + rank * 0.01 < best_cost:
                best, best_cost = spot, cost + rank * 0.01  # among equally free spots, prefer the earlier
            if cost < 1:
                break
        return best, best_cost - LABEL_SPOTS.index(best) * 0.01

    def label_overlaps(self) -> int:
        """How many pairs of shown labels overlap (0 when the layout is clean; used by tests)."""
        rects = [self.edges[s].label_rect(self.edges[s].spot_to) for s in self.shown if not self.edges[s].dimmed]
        return sum(1 for i, a in enumerate(rects) for b in rects[i + 1:] if _area(a.intersected(b)) > 1)

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

    def _set_focus_key(self, key: str) -> None:
        for node in self.nodes.values():
            node.focused = False
            node.update()
        for edge in self.edges.values():
            edge.set_marks(focused=False)
        self.focus_key = key
        item = self._item(key)
        if isinstance(item, RelationEdgeItem):
            item.set_marks(focused=True)
        elif item is not None:
            item.focused = True
            item.update()
        if item is not None:
            self.setAccessibleDescription(self.describe(key))
            # Tell assistive technology that what the map "says" changed (it paints, it has no child widgets).
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.DescriptionChanged))
            self.focus_moved.emit(self.describe(key))

    def _item(self, key: str):
        if key.startswith("node:"):
            return self.nodes.get(key[5:])
        if key.startswith("edge:"):
            return self.edges.get(key[5:])
        return None

    def select(self, key: str) -> None:
        """Mark a node or an edge as the one whose details are shown."""
        for node in self.nodes.values():
            node.selected = False
            node.update()
        for edge in self.edges.values():
            edge.set_marks(selected=False)
        self.selected_key = key
        item = self._item(key)
        if isinstance(item, RelationEdgeItem):
            item.set_marks(selected=True)
        elif item is not None:
            item.selected = True
            item.update()

    def mark(self, slugs: set[str], dim_others: bool = False) -> None:
        """Highlight several edges at once (the comparison marks what appeared or ended), maybe dimming the rest."""
        for slug, edge in self.edges.items():
            edge.set_marks(selected=slug in slugs)
            edge.dimmed = dim_others and slug not in slugs
            edge.step(1.0)
        self._place_labels()
        for edge in self.edges.values():
            edge.spot = edge.spot_from = edge.spot_to
            edge.step(1.0)

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
        """Fit the whole scene, then resize text so it stays legible (same pixel size at any zoom)."""
        self.fitInView(self.sceneRect(), Qt.KeepAspectRatio)
        zoom = self.transform().m11()
        scale = min(3.0, max(0.8, 1.0 / zoom)) if zoom > 0 else 1.0
        compact = zoom < 0.6
        if abs(scale - self.text_scale) < 1e-3 and compact == self.compact:
            return
        self.text_scale, self.compact = scale, compact
        for node in self.nodes.values():
            node.set_text_scale(min(scale, 1.7))  # on a small map the names shrink rather than collide
        for edge in self.edges.values():
            self._attach(edge)
            edge.set_text_scale(scale, compact)
        self._place_labels()
        running = self.animation.state() == QVariantAnimation.Running
        for edge in self.edges.values():
            edge.spot_from = edge.spot_to
            edge.step(float(self.animation.currentValue()) if running else 1.0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit()


def _area(rect: QRectF) -> float:
    return max(0.0, rect.width()) * max(0.0, rect.height()) if rect.isValid() else 0.0
