"""Where the labels of the relationship map go: each edge in priority order takes the free-est spot."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPolygonF

ALONG = (0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73, 0.2, 0.8)
# Spots to try for a label, best first: on the line, then just beside it.
LABEL_SPOTS = (tuple((t, 0.0) for t in ALONG) + tuple((t, s) for t in ALONG[:5] for s in (0.75, -0.75))
               + tuple((t, s) for t in ALONG[:5] for s in (1.5, -1.5)))
SAMPLE_STEP = 12.0  # scene units between the points that stand for a line when checking what a label covers


def place_labels(edges: list, nodes: list[QRectF], scene: QRectF, small: bool, important: int = 0) -> None:
    """Give every edge's label a spot; `edges` come most important first.

    Large map: every label is drawn; one with no free spot for its own words tries the kind alone.
    Small map: labels show the kind alone and are drawn only where they cover no node, no other label
    and stay in view (`label.fits`); among such spots one that crosses no other line is preferred, and
    beyond the first `important` edges a label that would cross another line is left out too.
    The others keep their least-bad spot, where hovering or focusing the line shows them.
    """
    nodes = [n.adjusted(-4, -4, 4, 4) for n in nodes]
    labels: list[QRectF] = []
    lines = [(edge, QPolygonF(pts).boundingRect(), pts) for edge in edges for pts in [_points(edge)]] if small else []
    for i, edge in enumerate(edges):
        label = edge.label
        label.set_text_scale(label.text_scale, small)
        if small:
            others = [line for line in lines if line[0] is not edge]
            best, cost = best_spot(edge, nodes, labels, scene, others)
            label.fits = cost < 1 and (i < important or _crossed(edge.label_rect(best), others) == 0)
        else:
            best, cost = best_spot(edge, nodes, labels, scene)
            if cost >= 1 and not label.compact:
                label.set_text_scale(label.text_scale, True)
                short_best, short_cost = best_spot(edge, nodes, labels, scene)
                if short_cost < cost:
                    best = short_best
                else:
                    label.set_text_scale(label.text_scale, False)
            label.fits = True
        edge.spot_to = best
        if edge.opacity() == 0.0:
            edge.spot = edge.spot_from = best
        if label.fits:
            labels.append(edge.label_rect(best).adjusted(-2, -2, 2, 2))
        label.refresh()


def best_spot(edge, nodes: list[QRectF], labels: list[QRectF], scene: QRectF,
              lines: list | None = None) -> tuple[tuple, float]:
    """The free-est spot for an edge's label and how much it still overlaps (below 1 = free).

    With `lines` (other edges, their bounds and points), a free spot crossing fewer lines wins.
    """
    best, best_cost, best_free = LABEL_SPOTS[0], None, None
    for rank, spot in enumerate(LABEL_SPOTS):
        rect = edge.label_rect(spot)
        cost = 5 * sum(area(rect.intersected(o)) for o in nodes)
        cost += sum(area(rect.intersected(o)) for o in labels)
        cost += 5 * (area(rect) - area(rect.intersected(scene)))
        if best_cost is None or cost + rank * 0.01 < best_cost:
            best, best_cost = spot, cost + rank * 0.01  # among equally free spots, prefer the earlier
        if cost < 1:
            if lines is None:
                break
            crossed = _crossed(rect, lines)
            if best_free is None or crossed < best_free[0]:
                best_free = (crossed, spot, cost)
            if crossed == 0:
                break
    if best_free is not None:
        return best_free[1], best_free[2]
    return best, best_cost - LABEL_SPOTS.index(best) * 0.01


def _crossed(rect: QRectF, lines: list) -> int:
    """How many of these lines pass through a box."""
    return sum(1 for _, bounds, points in lines if bounds.intersects(rect) and any(rect.contains(p) for p in points))


def _points(edge) -> list[QPointF]:
    """Points every SAMPLE_STEP scene units along an edge's target curve."""
    path = edge.curve(edge.offset_to)
    n = max(2, int(path.length() / SAMPLE_STEP))
    return [path.pointAtPercent(i / n) for i in range(n + 1)]


def area(rect: QRectF) -> float:
    """A box's area (0 for an empty or invalid one, such as the intersection of boxes apart)."""
    return max(0.0, rect.width()) * max(0.0, rect.height()) if rect.isValid() else 0.0
