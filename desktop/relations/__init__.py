"""The relationship panel: the triangle (and its neighbours) at any date, linked to the timeline."""

from desktop.relations.panel import RelationsPanel

__all__ = ["RelationsPanel"]
