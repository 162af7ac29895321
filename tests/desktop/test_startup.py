"""Start-up: the shared content pack (option, environment, site config) and saved preferences."""

import json
import os
import subprocess
import sys

from db.connection import open_database
from db.queries import event_details
from desktop import preferences
from desktop.startup import apply_appearance

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
