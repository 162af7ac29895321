"""Shared fixtures: a seeded template database copied per test (never rebuilt), offscreen Qt."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run (a test run, and CI, gives the same answer twice);
# HYPOTHESIS_PROFILE=explore draws new ones, to hunt for cases nobody has tried (keep any it finds as @example).
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Preferences and an administrator's site config must never come from (or go to) the developer's own files.
os.environ.setdefault("TRILEMMA_CONFIG_DIR", tempfile.mkdtemp(prefix="trilemma-test-config-"))
os.environ.setdefault("TRILEMMA_SITE_CONFIG", os.path.join(os.environ["TRILEMMA_CONFIG_DIR"], "no-site-config.toml"))

ROOT = Path(__file__).resolve().parent.parent
MIN_CONTENT = Path(__file__).parent / "fixtures" / "content_min"


def _make_template(folder: Path, content: Path | None) -> Path:
    from db.connection import open_database
    from db.seed import CONTENT_DIR, seed

    path = folder / "template.db"
    db = open_database(path)
    seed(db, content or CONTENT_DIR)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture(scope="session")
def min_template(tmp_path_factory) -> Path:
    """A database seeded from the small test content, built once per session."""
    return _make_template(tmp_path_factory.mktemp("min"), MIN_CONTENT)


@pytest.fixture
def min_ko_db_path(tmp_path) -> Path:
    """The small test content with a complete Korean translation (tests/fixtures/content_min_ko), seeded."""
    folder = tmp_path / "content"
    shutil.copytree(MIN_CONTENT, folder)
    shutil.copytree(MIN_CONTENT.parent / "content_min_ko" / "i18n", folder / "i18n")
    return _make_template(tmp_path, folder)


@pytest.fixture(scope="session")
def full_template(tmp_path_factory) -> Path:
    """A database seeded from the real content, built once per session."""
    return _make_template(tmp_path_factory.mktemp("full"), None)


@pytest.fixture
def min_db_path(min_template, tmp_path) -> Path:
    """A private copy of the small seeded database."""
    path = tmp_path / "min.db"
    shutil.copy(min_template, path)
    return path


@pytest.fixture
def min_db(min_db_path):
    """An open private copy of the small seeded database."""
    from db.connection import open_database

    db = open_database(min_db_path)
    yield db
    db.close()


@pytest.fixture
def full_db_path(full_template, tmp_path) -> Path:
    """A private copy of the database seeded with the real content."""
    path = tmp_path / "full.db"
    shutil.copy(full_template, path)
    return path


@pytest.fixture
def full_db(full_db_path):
    """An open private copy of the database seeded with the real content."""
    from db.connection import open_database

    db = open_database(full_db_path)
    yield db
    db.close()


@pytest.fixture
def window(qtbot, full_db_path):
    """The main window on the real content, registered with qtbot so it is closed after the test."""
    from desktop.shell.app import create_window

    win = create_window(full_db_path)
    qtbot.addWidget(win)
    return win


@pytest.fixture(autouse=True)
def _close_discards_editor_work(monkeypatch):
    """qtbot closes a test's windows after it; over unsaved editor work the window would ask Save / Discard /
    Cancel and wait for an answer. Tests discard, unless they set their own answer (tests of the prompt do)."""
    try:
        from desktop.editor.editor_widget import EditorWidget
    except ImportError:  # the data layer's tests run without Qt too
        return
    monkeypatch.setattr(EditorWidget, "ask_on_close", lambda self: "discard")


@pytest.fixture(scope="session", autouse=True)
def _english_as_the_app_starts(request):
    """The interface in English as the app starts it: English too installs a translator (its plural forms,
    "1 question", "3 questions"), so tests see the same texts whichever test ran before."""
    try:
        from desktop.appearance import i18n
    except ImportError:  # the data layer's tests run without Qt too
        return
    request.getfixturevalue("qapp")
    i18n.install_language("en")


@pytest.fixture
def restore_appearance(qapp):
    """Remember the application's look and language; restore them (English, no theme) after the test."""
    from desktop.appearance import i18n, text_size, theme

    style = qapp.style().name()
    palette, sheet, font = qapp.palette(), qapp.styleSheet(), qapp.font()
    yield
    i18n.install_language("en")
    theme._current = theme.DEFAULT
    text_size._current = text_size.DEFAULT
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes of desktop.widgets.plain_text recorded as (kind, title, text) instead of shown (they would block)."""
    from desktop.widgets import plain_text

    shown = []
    for name in ("warning", "information"):
        monkeypatch.setattr(plain_text, name, lambda parent, title, text, *a, _n=name: shown.append((_n, title, text)))
    return shown
