"""Where the labels of the relationship map go: each edge in priority order takes the free-est spot."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from desktop.relations.curve import Curve

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
    # Boxes are (left, top, right, bottom) floats: the search compares thousands of them, and plain arithmetic
    # is several times faster than a Qt call per comparison (the map is laid out again at every resize).
    boxes = [_box(n.adjusted(-4, -4, 4, 4)) for n in nodes]
    view = _box(scene)
    labels: list[Box] = []
    lines = [(edge, _bounds(pts), pts) for edge in edges for pts in [_points(edge)]] if small else []
    for i, edge in enumerate(edges):
        label = edge.label
        label.set_text_scale(label.text_scale, small)
        if small:
            others = [line for line in lines if line[0] is not edge]
            best, cost = best_spot(edge, boxes, labels, view, others)
            label.fits = cost < 1 and (i < important or _crossed(_box(edge.label_rect(best)), others) == 0)
        else:
            best, cost = best_spot(edge, boxes, labels, view)
            if cost >= 1 and not label.compact:
                label.set_text_scale(label.text_scale, True)
                short_best, short_cost = best_spot(edge, boxes, labels, view)
                if short_cost < cost:
                    best = short_best
                else:
                    label.set_text_scale(label.text_scale, False)
            label.fits = True
        edge.spot_to = best
        if edge.opacity() == 0.0:
            edge.spot = edge.spot_from = best
        if label.fits:
            left, top, right, bottom = _box(edge.label_rect(best))
            labels.append((left - 2, top - 2, right + 2, bottom + 2))
        label.refresh()


Box = tuple[float, float, float, float]


def best_spot(edge, nodes: list[Box], labels: list[Box], scene: Box, lines: list | None = None) -> tuple[tuple, float]:
    """The free-est spot for an edge's label and how much it still overlaps (below 1 = free).

    With `lines` (other edges, their bounds and points), a free spot crossing fewer lines wins.
    """
    best, best_cost, best_free = LABEL_SPOTS[0], None, None
    for rank, (spot, rect) in enumerate(_spot_boxes(edge)):
        cost = 5 * covered(rect, nodes)
        cost += covered(rect, labels)
        cost += 5 * (overlap(rect, rect) - overlap(rect, scene))
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


def _spot_boxes(edge):
    """(spot, box) for each of LABEL_SPOTS in order, as `edge.label_rect(spot)` gives them, the curve made once."""
    curve = Curve(edge.curve(edge.offset_to))
    width, height = edge.label.size()
    base = edge.label.rect_at(QPointF(0, 0))
    for along, aside in LABEL_SPOTS:
        x, y = curve.beside(along, aside * height)
        yield (along, aside), (base.left() + x, base.top() + y, base.left() + x + width, base.top() + y + height)


def _crossed(rect: Box, lines: list) -> int:
    """How many of these lines pass through a box."""
    left, top, right, bottom = rect
    count = 0
    for _, (b_left, b_top, b_right, b_bottom), points in lines:
        if b_left <= right and left <= b_right and b_top <= bottom and top <= b_bottom:   # the bounds meet
            for x, y in points:
                if left <= x <= right and top <= y <= bottom:
                    count += 1
                    break
    return count


def _points(edge) -> list[tuple[float, float]]:
    """Points every SAMPLE_STEP scene units along an edge's target curve."""
    path = edge.curve(edge.offset_to)   # a move and one cubic segment (Qt stores a quadratic as a cubic)
    n = max(2, int(path.length() / SAMPLE_STEP))
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = ((e.x, e.y) for e in (path.elementAt(i) for i in range(4)))
    points = []
    for i in range(n + 1):   # evenly in the curve's parameter: near enough evenly in length for a gentle bend
        t = i / n
        a, b, c, d = (1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t * t, t ** 3
        points.append((a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3))
    return points


def _bounds(points: list[tuple[float, float]]) -> Box:
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return min(xs), min(ys), max(xs), max(ys)


def _box(rect: QRectF) -> Box:
    return rect.left(), rect.top(), rect.right(), rect.bottom()


def covered(a: Box, boxes: list[Box]) -> float:
    """The area of `a` that these boxes cover, summed: `overlap` with each, written out (the search makes thousands
    of these comparisons at every layout; a call per pair took most of its time)."""
    left, top, right, bottom = a
    total = 0.0
    for b_left, b_top, b_right, b_bottom in boxes:
        width = (right if right < b_right else b_right) - (left if left > b_left else b_left)
        if width > 0:
            height = (bottom if bottom < b_bottom else b_bottom) - (top if top > b_top else b_top)
            if height > 0:
                total += width * height
    return total


def overlap(a: Box, b: Box) -> float:
    """The area two boxes share (0 when they are apart)."""
    width = min(a[2], b[2]) - max(a[0], b[0])
    if width <= 0:
        return 0.0
    height = min(a[3], b[3]) - max(a[1], b[1])
    return width * height if height > 0 else 0.0


def area(rect: QRectF) -> float:
    """A box's area (0 for an empty or invalid one, such as the intersection of boxes apart)."""
    return max(0.0, rect.width()) * max(0.0, rect.height()) if rect.isValid() else 0.0
