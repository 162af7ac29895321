"""The map's curves measured once give what Qt's QPainterPath gives, and a relation's drawn lines are worked out once
per curve, again when it changes."""

import math

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath

from desktop.relations.curve import Curve
from desktop.relations.edge_item import RelationEdgeItem

BENDS = [((0, 0), (50, 80), (200, 10)), ((10, 10), (60, 10), (110, 10)), ((300, 50), (200, -40), (20, 200)),
         ((0, 0), (0, 50), (0, 100)), ((5, 5), (300, 300), (10, 400))]


def _quad(start, control, end) -> QPainterPath:
    path = QPainterPath(QPointF(*start))
    path.quadTo(QPointF(*control), QPointF(*end))
    return path


@pytest.mark.parametrize("start, control, end", BENDS)
def test_points_angles_and_lengths_are_qts(start, control, end):
    path = _quad(start, control, end)
    curve = Curve(path)
    assert curve.cubic is not None and curve.length() == pytest.approx(path.length(), rel=1e-3)
    for i in range(-2, 103):
        t = i / 100
        q = path.pointAtPercent(min(max(t, 0), 1))
        assert curve.point(t) == pytest.approx((q.x(), q.y()), abs=1e-9)
        if path.length() > 0:
            turn = (path.angleAtPercent(min(max(t, 0), 1)) - curve.angle(t) + 180) % 360 - 180
            assert abs(turn) < 1e-9
            length = path.length() * min(max(t, 0), 1)
            assert curve.percent_at_length(length) == pytest.approx(path.percentAtLength(length), abs=2e-3)


def test_a_path_of_another_shape_is_asked_of_qt():
    assert Curve(_quad((40, 40), (40, 40), (40, 40))).cubic is None   # Qt keeps no curve of no length
    path = QPainterPath(QPointF(0, 0))
    path.lineTo(100, 0)
    path.lineTo(100, 100)
    curve = Curve(path)
    assert curve.cubic is None
    assert curve.point(0.75) == pytest.approx((100, 50))
    assert curve.angle(0.75) == pytest.approx(path.angleAtPercent(0.75))
    assert curve.percent_at_length(150) == pytest.approx(path.percentAtLength(150))


def test_an_edge_keeps_its_lines_until_its_curve_changes(qtbot):
    from PySide6.QtGui import QImage, QPainter

    relation = {"slug": "r", "kind": "alliance", "strength": 3, "a": "x", "b": "y", "direction": "a->b"}
    edge = RelationEdgeItem(relation, QPointF(0, 0), QPointF(300, 40))
    edge.end_boxes = (edge.end_boxes[0], edge.end_boxes[1].adjusted(280, 20, 320, 60))
    image = QImage(400, 200, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    edge.paint(painter, None)
    first = edge._drawn
    edge.paint(painter, None)
    assert edge._drawn is first                     # a repaint measures nothing again
    edge.offset = 30.0
    edge._rebuild()
    edge.paint(painter, None)
    painter.end()
    assert edge._drawn is not first
    (_w, old_line), _ = first[1]
    (_w, new_line), _ = edge._drawn[1]
    assert not math.isclose(old_line.pointAtPercent(0.5).y(), new_line.pointAtPercent(0.5).y())


def test_beside_moves_a_point_square_to_the_curve():
    """`beside` is the point at a percent moved a distance to the left of the direction there (a label's or an
    alliance's second line's place)."""
    curve = Curve(_quad((0, 0), (50, 80), (200, 10)))
    for t, d in ((0.3, 6.0), (0.5, -4.0), (0.8, 0.0)):
        x, y = curve.point(t)
        bx, by = curve.beside(t, d)
        assert math.hypot(bx - x, by - y) == pytest.approx(abs(d))
        a = math.radians(curve.angle(t))
        # the step is square to the direction (cos a, -sin a) in scene coordinates, and to its left for d > 0
        assert (bx - x) * math.cos(a) - (by - y) * math.sin(a) == pytest.approx(0, abs=1e-9)
        assert (bx - x, by - y) == pytest.approx((-math.sin(a) * d, -math.cos(a) * d))
