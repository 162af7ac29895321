"""A TimelineWidget on the small test content, shown offscreen at a fixed size."""

import pytest

from timeline_support import make_timeline


@pytest.fixture
def timeline(qtbot, min_db_path):
    widget = make_timeline(qtbot, min_db_path)
    yield widget
    widget.state.db.close()
