"""Links inside text (event details, relation histories, progress) as a screen reader should hear them.

Qt does not expose the links of a text browser as separate objects on AT-SPI: Tab moves between them, but a
screen reader only hears the browser's name again. Each link reached is therefore announced with its words and
where it goes."""

from __future__ import annotations

import re
from html import unescape

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget

from desktop.appearance.announce import announce

ANCHOR = re.compile(r"""<a\s+href=['"]([^'"]*)['"][^>]*>(.*?)</a>""", re.S)
TAG = re.compile(r"<[^>]+>")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Links", text)


def link_words(text: str, url: QUrl) -> str:
    """"Link: <words>, <where it goes>" for one link."""
    scheme = url.scheme()
    if scheme == "event":
        where = _tr("opens this event in the details and selects it on the timeline")
    elif scheme == "pair":
        where = _tr("opens the history of these two countries")
    elif scheme == "view":
        where = _tr("goes to another part of the app")
    elif scheme in ("http", "https"):
        where = _tr("a web address, %1, shown but not opened: the app works offline").replace("%1", url.toString())
    else:
        where = ""
    said = _tr("Link: %1").replace("%1", text.strip())
    return said + ", " + where if where else said


def speak_links(browser: QTextBrowser) -> None:
    """Announce each link of `browser` as the keyboard reaches it (Tab selects the link's words; Qt's
    `highlighted` signal only follows the mouse)."""
    last: list[tuple[int, int]] = []

    def reached() -> None:
        cursor = browser.textCursor()
        if not (browser.hasFocus() and cursor.hasSelection()):
            return
        inside = QTextCursor(cursor)
        inside.setPosition(cursor.selectionStart() + 1)
        href = inside.charFormat().anchorHref()
        span = (cursor.selectionStart(), cursor.selectionEnd())
        if href and last[-1:] != [span]:
            last[:] = [span]
            announce(browser, link_words(cursor.selectedText(), QUrl(href)))

    browser.installEventFilter(_TabWatcher(browser, reached))


def speak_label_links(label: QLabel) -> None:
    """The same for a label whose links Tab reaches (Qt tells nothing when a label's link gets the focus)."""
    last: list[str] = []

    def reached() -> None:
        words = label.selectedText().strip()
        if not (label.hasFocus() and words):
            return
        href = next((h for h, text in ANCHOR.findall(label.text()) if unescape(TAG.sub("", text)).strip() == words), "")
        if href and last[-1:] != [href]:
            last[:] = [href]
            announce(label, link_words(words, QUrl(href)))

    label.installEventFilter(_TabWatcher(label, reached))


class _TabWatcher(QObject):
    """After a Tab or Shift+Tab inside the browser (which moves between its links), look at the link reached."""

    def __init__(self, widget: QWidget, reached):
        super().__init__(widget)
        self.reached = reached

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.FocusIn) and (
                event.type() == QEvent.Type.FocusIn or event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)):
            QTimer.singleShot(0, self.reached)   # once Qt has moved the selection to the link
        return False
