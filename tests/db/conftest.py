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


def _fixture_translations(lang: str) -> dict[tuple[str, str], dict]:
    from db.translation_files import read_file

    out: dict[tuple[str, str], dict] = {}
    for path in sorted((I18N_FIXTURES / lang).glob("*.toml")):
        out.update({key: entry["fields"] for key, entry in read_file(path).items()})
    return out


@pytest.fixture
def translations(monkeypatch):
    """A few Korean War items translated to zh_CN, ko and ru stand in for the translations, the database's
    (the translations table) and the shipped files' alike, whatever content has landed."""
    monkeypatch.setattr(i18n, "I18N_DIR", I18N_FIXTURES)
    monkeypatch.setattr(i18n, "shipped", _fixture_translations)
    monkeypatch.setattr(i18n, "stored", lambda db, kind, slug, lang: {
        field: (value, "") for field, value in _fixture_translations(lang).get((kind, slug), {}).items()})
    _clear_caches()
    yield I18N_FIXTURES
    _clear_caches()
