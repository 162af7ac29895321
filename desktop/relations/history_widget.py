"""RelationHistoryWidget: a pair's history or an actor's relations as text, with links to the events."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from db.i18n import published_label
from db.queries.relations import holds_on
from desktop.appearance import text_size
from desktop.appearance.retranslate import Retranslatable
from desktop.claim_status import status_line
from desktop.relations.palette import map_palette
from desktop.relations.styles import kind_word
from desktop.source_copy import copy_note


class RelationHistoryWidget(Retranslatable, QWidget):
    """Shows what `show_pair` or `show_actor` was given; emits `event_link(slug)` and `pair_link(a, b)`."""

    event_link = Signal(str)
    pair_link = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("relationHistory")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.follow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()  # stays in view while the text scrolls
        self.title.setObjectName("relationHistoryTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.PlainText)   # actor names are content: shown as written, never as markup
        self.title.setStyleSheet("padding: 2px;")
        text_size.set_relative_font(self.title, 1.2, bold=True)
        layout.addWidget(self.title)
        layout.addWidget(self.browser)
        self.subject: tuple = ()
        self.colors = map_palette()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The history's name in the current language (what it shows is rendered again by the panel)."""
        self.browser.setAccessibleName(self.tr("Relation history"))
        if not self.subject:
            self.show_hint()

    def follow(self, url: QUrl) -> None:
        """Act on a link: event:<slug> selects an event, pair:<a>/<b> opens a pair's history."""
        target = url.path() or url.host()
        if url.scheme() == "event":
            self.event_link.emit(target)
        elif url.scheme() == "pair" and "/" in target:
            a, b = target.split("/", 1)
            self.pair_link.emit(a, b)

    def links(self) -> list[str]:
        """Every link target in the text shown (for tests and keyboard users' orientation)."""
        html = self.browser.toHtml()
        out, pos = [], 0
        while (i := html.find('href="', pos)) >= 0:
            j = html.find('"', i + 6)
            out.append(html[i + 6:j])
            pos = j
        return out

    def text(self) -> str:
        """The title and the text shown, as plain text."""
        return f"{self.title.text()}\n{self.browser.toPlainText()}"

    def show_hint(self) -> None:
        """Say what to do when nothing is chosen."""
        self.subject = ()
        self.title.setText(self.tr("Relation history"))
        self.browser.setHtml("<p>" + escape(self.tr(
            "Click a line on the map (or select it with the arrow keys and press Enter) to see how that pair's "
            "relations changed over time. Click a country to list its relations.")) + "</p>")

    def show_pair(self, a_name: str, b_name: str, history: list[dict], day: dt.date, day_label: str,
                  focus: str = "") -> None:
        """A pair's relations in time order, marking those that hold at the date; scrolled to `focus` (a slug)
        or else to the first that holds."""
        self.subject = ("pair", a_name, b_name)
        title = self.tr("%1 and %2 over time").replace("%1", a_name).replace("%2", b_name)
        self.title.setText(title)
        self.browser.setAccessibleName(title)
        parts = []
        if not history:
            parts.append("<p>" + escape(self.tr("No relation between them is recorded.")) + "</p>")
        target = focus if any(r["slug"] == focus for r in history) else next(
            (r["slug"] for r in history if holds_on(r, day)), "")
        for r in history:
            html = self._interval(r, day, day_label)
            if r["slug"] == target:  # scroll here: the relation asked about, not 1950 (inside the block, or Qt drops it)
                html = html.replace("<p>", "<p><a name='here'></a>", 1)
            parts.append(html)
        self.browser.setHtml("".join(parts))
        if target:
            # After the pane has its width (it may just have appeared), so the text is laid out.
            QTimer.singleShot(0, lambda: self.browser.scrollToAnchor("here"))

    def show_actor(self, name: str, now: list[dict], ever: list[dict], day_label: str) -> None:
        """An actor's relations at the date, then every relation it ever had (each opening its pair's history)."""
        self.subject = ("actor", name)
        title = self.tr("%1 at %2").replace("%1", name).replace("%2", day_label)
        self.title.setText(title)
        self.browser.setAccessibleName(title)
        parts = []
        if not now:
            parts.append("<p>" + escape(self.tr("No relation recorded at this date.")) + "</p>")
        parts.append("<ul>")
        for r in now:
            parts.append(f"<li>{self._pair_link(r)}: <b>{escape(kind_word(r['kind']))}</b> — "
                         f"{escape(r['label'])} <span style='color:{self.colors.muted}'>({escape(r['dates'])})</span></li>")
        parts.append("</ul>")
        parts.append(f"<h4>{escape(self.tr('All its relations over time'))}</h4><ul>")
        for r in ever:
            parts.append(f"<li>{escape(r['dates'])}: {self._pair_link(r)}, {escape(kind_word(r['kind']))}</li>")
        parts.append("</ul>")
        self.browser.setHtml("".join(parts))

    def _pair_link(self, r: dict) -> str:
        return f"<a href='pair:{escape(r['a'])}/{escape(r['b'])}'>{escape(r['other_name'])}</a>"

    def _interval(self, r: dict, day: dt.date, day_label: str) -> str:
        colors = self.colors
        color = colors.history_kind_color(r["kind"])
        now = holds_on(r, day)
        mark = (f" <span style='background:{colors.mark_fill}; color:{colors.mark_text}'>"
                + escape(self.tr("◀ holds at %1").replace("%1", day_label)) + "</span>") if now else ""
        head = (f"<p><b>{escape(r['dates'])}</b>{mark}<br><span style='color:{color}'><b>"
                f"{escape(kind_word(r['kind']))}</b></span> — {escape(r['label'])} "
                f"({escape(self.tr('strength %1 of 5').replace('%1', str(r['strength'])))})<br>"
                f"{escape(r['summary'])}")
        events = []
        for role, word in (("opened", self.tr("Began with")), ("closed", self.tr("Ended with"))):
            if r.get(f"{role}_by"):
                events.append(f"{escape(word)}: <a href='event:{escape(r[f'{role}_by'])}'>"
                              f"{escape(r[f'{role}_title'])}</a> ({escape(r[f'{role}_date'])})")
        for claim in r.get("claims") or []:
            where = f" (¶{claim['paragraph']})" if claim.get("paragraph") else ""
            events.append(f"{escape(self.tr('The article says'))}{where}: {escape(claim['text'])} "
                          f"<b>{escape(status_line(claim['status']))}</b>")
        cited = [self._source(src) for src in r.get("sources") or []]
        if cited:
            events.append(f"<span style='color:{colors.muted}'>{escape(self.tr('Sources'))}: {'; '.join(cited)}</span>")
        return head + ("<br>" + "<br>".join(events) if events else "") + "</p>"

    def _source(self, src: dict) -> str:
        """A source as short text: title, outlet, date, paragraph (addresses in a tooltip; nothing goes online)."""
        parts = [src.get("title") or src.get("slug") or ""]
        if src.get("outlet"):
            parts.append(src["outlet"])
        if src.get("published"):
            parts.append(published_label(src["published"]))   # in the interface language
        text = escape(", ".join(p for p in parts if p))
        if src.get("locator"):
            text += f" {escape(src['locator'])}"
        if copy_note(src):
            text += f" ({escape(copy_note(src))})"
        if src.get("url"):
            text = f"<span title='{escape(src['url'])}'>{text}</span>"
        return text
