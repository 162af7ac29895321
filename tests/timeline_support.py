"""Helpers for the timeline tests: a shown TimelineWidget on a database, and a forced repaint."""


def make_timeline(qtbot, db_path, size=(1200, 520), whole=True):
    """A shown TimelineWidget with its own AppState on a database file; with `whole`, showing every year (the
    app opens on the article's years, 2016 to today; most tests start from the whole range)."""
    from db.connection import open_database
    from desktop.state import AppState
    from desktop.timeline import TimelineWidget

    state = AppState(open_database(db_path), str(db_path))
    widget = TimelineWidget(state)
    qtbot.addWidget(widget)
    widget.resize(*size)
    with qtbot.waitExposed(widget):
        widget.show()
    if whole:
        from desktop.timeline.history import ViewHistory

        widget.history = ViewHistory()   # as if it had opened on the whole range: nothing to go back to
        widget.fit_all()
    paint(widget)
    return widget


def paint(widget):
    """Force a full repaint so what the timeline drew (and can hit-test) is current."""
    widget.plot.viewport().repaint()
