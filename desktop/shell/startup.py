"""Start-up choices: the saved (or given) language, theme and text size, and the shared content pack."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from desktop.appearance import i18n, text_size, theme
from desktop.appearance.preferences import content_pack_setting, load_preferences

log = logging.getLogger("trilemma")


def apply_appearance(language: str | None = None, theme_name: str | None = None, size: int | None = None) -> dict:
    """Install language, theme and text size: given values first, then saved preferences, then defaults."""
    prefs = load_preferences()
    lang = language or prefs["language"] or i18n.system_language()
    if lang not in i18n.LANGUAGES:
        log.warning("unknown language %r in preferences; using English", lang)
        lang = i18n.SOURCE
    name = theme_name or prefs["theme"]
    if name not in theme.theme_names():
        log.warning("unknown theme %r in preferences; using light", name)
        name = theme.DEFAULT
    i18n.install_language(lang)
    theme.apply_theme(name)
    percent = text_size.apply_scale(size or prefs["text_size"])
    return {"language": lang, "theme": name, "text_size": percent}


def update_from_content_pack(state, cli_value: str | None = None) -> str | None:
    """Apply the configured shared content pack to the open database; returns a message on failure, else None."""
    from db.content_pack import apply_content_pack
    from db.errors import TrilemmaError

    try:
        path = content_pack_setting(cli_value)
    except ValueError as exc:
        return str(exc)
    if not path:
        return None
    try:
        changes = state.run(apply_content_pack, origin="content-pack", path=path)
    except TrilemmaError as exc:
        return QCoreApplication.translate("Startup", "The shared content pack was not used: %1").replace("%1", str(exc))
    log.info("content pack %s: %d items updated", path, changes.count())
    return None


def update_shipped_content(db) -> tuple[str, str]:
    """Bring this version's shipped content into the database before the window opens.

    Returns (note, problem): a line for the status bar when something was added or revised, and a message when
    the content could not be applied (the database is then unchanged); empty strings otherwise."""
    from db.content_update import apply_shipped
    from db.errors import TrilemmaError

    try:
        report = apply_shipped(db)
        problem = report.problem
    except TrilemmaError as exc:
        problem = str(exc)
    if problem:
        return "", QCoreApplication.translate("Startup", "The content of this version was not added: %1").replace(
            "%1", problem)
    if not report.changed():
        return "", ""
    log.info("shipped content: added %s, updated %s, kept %s", report.added, report.updated, report.kept)
    note = QCoreApplication.translate("Startup", "Content updated with this version: %1 new, %2 revised.").replace(
        "%1", str(len(report.added))).replace("%2", str(len(report.updated)))
    if report.kept:
        note += " " + QCoreApplication.translate("Startup", "Items you edited were kept as you left them: %1.").replace(
            "%1", str(len(report.kept)))
    return note, ""
