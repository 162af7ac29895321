"""Fixtures for the data layer's tests: content translations from tests/fixtures/i18n_content."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import i18n

I18N_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "i18n_content"


def _clear_caches() -> None:
    for name in ("names", "shipped"):  # db.i18n's cached readers, whichever this version has
        cached = getattr(i18n, name, None)
        if cached is not None and hasattr(cached, "cache_clear"):
            cached.cache_clear()


@pytest.fixture
def translations(monkeypatch):
    """A few Korean War items translated to zh_CN, ko and ru stand in for the translators' files.

    Where db.i18n also reads shipped files or the database's translations table, those are emptied for the
    test, so the fixtures' texts are the only translations whatever content has landed."""
    monkeypatch.setattr(i18n, "I18N_DIR", I18N_FIXTURES)
    if hasattr(i18n, "shipped"):
        monkeypatch.setattr(i18n, "shipped", lambda lang: {})
    if hasattr(i18n, "stored"):
        monkeypatch.setattr(i18n, "stored", lambda db, kind, slug, lang: {})
    _clear_caches()
    yield I18N_FIXTURES
    _clear_caches()
