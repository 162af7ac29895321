"""Helpers for the timeline tests: a shown TimelineWidget on a database, and a forced repaint."""


def make_timeline(qtbot, db_path, size=(1200, 520)):
    """A shown TimelineWidget with its own AppState on a database file."""
    from db.connection import open_database
    from desktop.state import AppState
    from desktop.timeline import TimelineWidget

    state = AppState(open_database(db_path), str(db_path))
    widget = TimelineWidget(state)
    qtbot.addWidget(widget)
    widget.resize(*size)
    with qtbot.waitExposed(widget):
        widget.show()
    paint(widget)
    return widget


def paint(widget):
    """Force a full repaint so what the timeline drew (and can hit-test) is current."""
    widget.plot.viewport().repaint()
