"""Fixtures of the sharing dialogs' tests."""

from __future__ import annotations

import pytest

from desktop.widgets import plain_text


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes recorded as (kind, title, text) instead of shown (they would block the test)."""
    shown = []
    for name in ("warning", "information"):
        monkeypatch.setattr(plain_text, name, lambda parent, title, text, *a, _n=name: shown.append((_n, title, text)))
    return shown
