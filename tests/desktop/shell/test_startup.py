"""Start-up: the shared content pack (option, environment, site config) and saved preferences."""

import json
import os
import subprocess
import sys

from db.connection import open_database
from db.queries import event_details
from desktop.appearance import preferences
from desktop.shell.startup import apply_appearance

PACK_EVENT = '''
[[event]]
id = "school-visit-2025"
title = "A class visits the border"
start = "2025-05"
kind = "post-article"
actors = ["china", "north-korea"]
summary = "Added by the school's content pack."
sources = [{ source = "diplomat-2024" }]
'''


def _run(args, env_extra, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRILEMMA_CONFIG_DIR=str(tmp_path / "config"), **env_extra)
    return subprocess.run([sys.executable, "-m", "desktop", *args, "--screenshot", str(tmp_path / "shot.png")],
                          capture_output=True, text=True, timeout=120, env=env)


def test_site_config_pack_updates_the_users_database(tmp_path, min_db_path):
    """An administrator's trilemma.toml names a pack folder (relative to the file); the app applies it."""
    site = tmp_path / "etc"
    (site / "pack").mkdir(parents=True)
    (site / "pack" / "events.toml").write_text(PACK_EVENT, encoding="utf-8")
    (site / "trilemma.toml").write_text('content_pack = "pack"\n', encoding="utf-8")
    result = _run(["--db", str(min_db_path)], {"TRILEMMA_SITE_CONFIG": str(site / "trilemma.toml")}, tmp_path)
    assert result.returncode == 0, result.stderr
    db = open_database(min_db_path)
    assert event_details(db, "school-visit-2025")["title"] == "A class visits the border"
    db.close()


def test_a_broken_pack_is_reported_and_the_app_still_opens(tmp_path, min_db_path):
    result = _run(["--db", str(min_db_path), "--content-pack", str(tmp_path / "missing")], {}, tmp_path)
    assert result.returncode == 0
    assert "content pack was not used" in result.stderr and "missing" in result.stderr
    assert "Traceback" not in result.stderr
    assert (tmp_path / "shot.png").exists()


def test_pack_setting_order_option_then_environment_then_site(tmp_path, monkeypatch):
    site = tmp_path / "trilemma.toml"
    site.write_text('content_pack = "/srv/pack"\n', encoding="utf-8")
    monkeypatch.setenv("TRILEMMA_SITE_CONFIG", str(site))
    monkeypatch.delenv("TRILEMMA_CONTENT_PACK", raising=False)
    assert preferences.content_pack_setting() == "/srv/pack"
    monkeypatch.setenv("TRILEMMA_CONTENT_PACK", "/env/pack")
    assert preferences.content_pack_setting() == "/env/pack"
    assert preferences.content_pack_setting("/cli/pack") == "/cli/pack"


def test_unreadable_site_config_names_the_file(tmp_path, monkeypatch):
    site = tmp_path / "trilemma.toml"
    site.write_text("content_pack = /no/quotes\n", encoding="utf-8")
    monkeypatch.setenv("TRILEMMA_SITE_CONFIG", str(site))
    monkeypatch.delenv("TRILEMMA_CONTENT_PACK", raising=False)
    try:
        preferences.content_pack_setting()
    except ValueError as exc:
        assert str(site) in str(exc)
    else:
        raise AssertionError("a broken site config was accepted")


def test_saved_preferences_are_used_at_start_and_a_damaged_file_is_ignored(qapp, tmp_path, monkeypatch,
                                                                           restore_appearance):
    monkeypatch.setenv("TRILEMMA_CONFIG_DIR", str(tmp_path))
    preferences.save_preferences(language="ru", theme="dark", text_size=130)
    assert json.loads((tmp_path / "preferences.json").read_text())["theme"] == "dark"
    assert apply_appearance() == {"language": "ru", "theme": "dark", "text_size": 130}
    (tmp_path / "preferences.json").write_text("{not json", encoding="utf-8")
    assert preferences.load_preferences() == preferences.DEFAULTS
    assert apply_appearance(language="ko", theme_name="high-contrast", size=130) == {
        "language": "ko", "theme": "high-contrast", "text_size": 130}


def _as_if_older_version(db, slug: str) -> dict:
    """Make the database look as if an earlier version had shipped (and applied) another text of an event."""
    from db.content import get_item, save_item
    from db.content_update import STATE_KEY, item_digest

    old = dict(get_item(db, "event", slug), summary="The text an earlier version shipped.")
    save_item(db, kind="event", item=old)
    state = json.loads(db.execute("SELECT value FROM settings WHERE key = ?", [STATE_KEY]).fetchone()[0])
    state["digest"] = "an earlier version"
    state["items"][f"event/{slug}"] = item_digest(old)
    with db.conn:
        db.execute("UPDATE settings SET value = ? WHERE key = ?", [json.dumps(state), STATE_KEY])
    return old


def test_starting_a_new_version_revises_content_the_school_left_alone(qapp, tmp_path):
    from db.content import get_item
    from db.content_update import record_shipped
    from db.seed import seed
    from desktop.shell.startup import update_shipped_content

    db = open_database(tmp_path / "school.db")
    seed(db)
    record_shipped(db)
    shipped = get_item(db, "event", "putin-visit-pyongyang-2024")["summary"]
    _as_if_older_version(db, "putin-visit-pyongyang-2024")
    note, problem = update_shipped_content(db)
    assert problem == "" and "1 revised" in note and "kept" not in note
    assert get_item(db, "event", "putin-visit-pyongyang-2024")["summary"] == shipped
    assert update_shipped_content(db) == ("", "")            # nothing more to do on the next start
    db.close()


def test_starting_the_app_with_new_content_keeps_a_teachers_edit(tmp_path):
    from db.content import get_item, save_item
    from db.content_update import record_shipped
    from db.seed import seed

    path = tmp_path / "school.db"
    db = open_database(path)
    seed(db)
    record_shipped(db)
    _as_if_older_version(db, "putin-visit-pyongyang-2024")
    mine = dict(get_item(db, "event", "russia-invades-ukraine-2022") if _has(db, "russia-invades-ukraine-2022")
                else get_item(db, "event", "putin-visit-pyongyang-2024"), summary="Our teacher's own words.")
    save_item(db, kind="event", item=mine)
    db.close()
    result = _run(["--db", str(path)], {}, tmp_path)
    assert result.returncode == 0, result.stderr
    db = open_database(path)
    assert get_item(db, "event", mine["id"])["summary"] == "Our teacher's own words."
    db.close()


def _has(db, slug):
    return db.execute("SELECT 1 FROM events WHERE slug = ?", [slug]).fetchone() is not None


def test_once_the_window_is_up_the_keyboard_rules_and_the_collector_are_back(qtbot, qapp):
    """`python -m desktop` starts with the garbage collector off and the app-wide keyboard rules not yet installed
    (both slow the first window down); settle_after_show, run once the window is on screen, brings both back."""
    import gc

    from PySide6.QtWidgets import QTableWidget, QVBoxLayout, QWidget

    from desktop.shell.app import settle_after_show

    window = QWidget()
    qtbot.addWidget(window)
    table = QTableWidget(2, 2)
    QVBoxLayout(window).addWidget(table)
    window.show()
    table.setTabKeyNavigation(True)   # as a table built before the rules has it
    gc.disable()
    try:
        settle_after_show(qapp)
        assert gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()
    assert not table.tabKeyNavigation()



def test_what_waits_for_the_first_paint_runs_after_it(qtbot):
    """after_first_paint runs its work once the window has been painted (not after a fixed delay from show(),
    which on a slow machine came before the paint), and only once."""
    from PySide6.QtWidgets import QWidget

    from desktop.shell.app import after_first_paint

    paints, seen = [], []

    class Window(QWidget):
        def paintEvent(self, event):  # noqa: N802 - Qt override
            paints.append(1)
            super().paintEvent(event)

    window = Window()
    window.setObjectName("probe")
    qtbot.addWidget(window)
    window.show()
    after_first_paint(window, lambda: seen.append(len(paints)))
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert seen[0] >= 1
    qtbot.wait(100)
    assert len(seen) == 1


def test_what_waits_for_the_first_paint_still_runs_if_none_is_seen(qtbot, monkeypatch):
    """A window never reported on screen (or a platform without the report): the work runs all the same."""
    from PySide6.QtWidgets import QWidget

    from desktop.shell import app as app_module

    monkeypatch.setattr(app_module, "SETTLE_LATEST_MS", 30)
    window = QWidget()
    qtbot.addWidget(window)
    seen = []
    app_module.after_first_paint(window, lambda: seen.append(True))   # never shown
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert seen == [True]
