"""Per-user preferences (language, theme, text size) and the administrator's site configuration.

Preferences are a small JSON file in the platform's user config folder ($TRILEMMA_CONFIG_DIR overrides it,
which tests use). The site configuration is a TOML file an administrator installs, e.g.
/etc/xdg/Trilemma/trilemma.toml on Linux ($TRILEMMA_SITE_CONFIG overrides it):

    content_pack = "/srv/school/trilemma-pack"   # a content pack every user's database is updated from
"""

from __future__ import annotations

import json
import logging
import os
import tomllib
from pathlib import Path

import platformdirs

APP_NAME = "Trilemma"
DEFAULTS = {"language": "", "theme": "light", "text_size": 100, "last_folder": ""}   # last_folder: file dialogs
log = logging.getLogger("trilemma")


def config_dir() -> Path:
    """The per-user config folder."""
    override = os.environ.get("TRILEMMA_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def preferences_path() -> Path:
    """The per-user preferences file."""
    return config_dir() / "preferences.json"


def load_preferences() -> dict:
    """The saved preferences over the defaults; a damaged file is logged and ignored (defaults are used)."""
    prefs = dict(DEFAULTS)
    path = preferences_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return prefs
    except (OSError, ValueError) as exc:
        log.warning("ignoring preferences file %s: %s", path, exc)
        return prefs
    if isinstance(data, dict):
        prefs.update({k: data[k] for k in DEFAULTS if k in data and isinstance(data[k], type(DEFAULTS[k]))})
    return prefs


def save_preferences(**changes) -> dict:
    """Merge changes into the saved preferences (written atomically); returns them. Errors are logged only."""
    prefs = load_preferences()
    prefs.update({k: v for k, v in changes.items() if k in DEFAULTS})
    path = preferences_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(prefs, indent=2), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("could not save preferences to %s: %s", path, exc)
    return prefs


def site_config_paths() -> list[Path]:
    """Where an administrator's trilemma.toml is looked for, first match wins."""
    override = os.environ.get("TRILEMMA_SITE_CONFIG")
    if override:
        return [Path(override)]
    dirs = platformdirs.site_config_dir(APP_NAME, appauthor=False, multipath=True).split(os.pathsep)
    return [Path(d) / "trilemma.toml" for d in dirs]


def site_config() -> tuple[dict, Path | None]:
    """The administrator's settings and the file they came from ({} and None when there is none).

    A file that exists but cannot be read raises ValueError naming the file, so the user is told.
    """
    for path in site_config_paths():
        if path.is_file():
            try:
                return tomllib.loads(path.read_text(encoding="utf-8")), path
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                raise ValueError(f"{path}: the site configuration cannot be read: {exc}") from exc
    return {}, None


def content_pack_setting(cli_value: str | None = None) -> str | None:
    """The shared content pack to use: --content-pack, else $TRILEMMA_CONTENT_PACK, else the site config."""
    if cli_value:
        return cli_value
    if os.environ.get("TRILEMMA_CONTENT_PACK"):
        return os.environ["TRILEMMA_CONTENT_PACK"]
    config, path = site_config()
    value = config.get("content_pack")
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{path}: content_pack must be a path in quotes")
    if value and not Path(value).is_absolute() and path is not None:
        value = str(path.parent / value)
    return value or None
