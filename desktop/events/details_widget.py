"""EventDetailsWidget: the selected event's date, summary, actors, sources and what the article claims."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QUrl
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from db import queries
from desktop.appearance.announce import announce
from desktop.appearance.links import speak_links
from desktop.appearance.retranslate import Retranslatable
from desktop.claim_status import status_line
from desktop.source_copy import copy_note
from desktop.state import AppState

KIND_LABELS = {"article": QT_TRANSLATE_NOOP("EventDetailsWidget", "From the article"),
               "context": QT_TRANSLATE_NOOP("EventDetailsWidget", "Background"),
               "post-article": QT_TRANSLATE_NOOP("EventDetailsWidget", "After the article")}


class EventDetailsWidget(Retranslatable, QWidget):
    """Shows one event as readable text; links jump to related events."""

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("eventDetailsText")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_link)
        self.shown_event: dict | None = None   # the event shown (None: the Start here text)
        speak_links(self.browser)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        state.event_selected.connect(self.show_event)
        state.changed.connect(lambda ch: "events" in ch and self.show_event(self.state.selected_event))
        self.browser.setAccessibleName(self.tr("Event details"))
        self.show_event(state.selected_event)

    def retranslate_ui(self) -> None:
        """Its name, and the event shown written again, in the current language."""
        self.browser.setAccessibleName(self.tr("Event details"))
        self.when_shown(lambda: self.show_event(self.state.selected_event))

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "event":
            slug = url.path() or url.host()
            self.state.select_event(slug)   # shows it here (show_event), read once
            if slug and self.shown_event:   # say what changed: the details now show it, and the timeline selected it
                announce(self.browser, self.tr("Now showing %1, also selected on the timeline.")
                         .replace("%1", self.shown_event["title"]))
        elif url.scheme() == "view":
            self.state.view_requested.emit(url.path())
        elif url.scheme() in ("http", "https"):
            # Offline by design: show the address, never open the network from here.
            self.browser.setToolTip(url.toString())

    def show_event(self, slug: str) -> None:
        """Render an event (or a hint when nothing is selected)."""
        self.shown_event = queries.event_details(self.state.db, slug) if slug else None
        self.browser.setHtml(self.render(self.shown_event))

    def render_welcome(self) -> str:
        """What to do first, when no event is selected: landmark events to open, then the quiz."""
        landmarks = queries.landmark_events(self.state.db, limit=5)
        items = "".join(
            f'<li><a href="event:{escape(e["slug"])}">{escape(e["title"])}</a> ({escape(e["label"])})</li>'
            for e in landmarks
        )
        intro = self.tr("Why is Beijing caught between allies as Moscow and Pyongyang draw close? "
                        "Click any mark on the timeline, or open one of these turning points:")
        cursor = self.tr("Drag the red line on the timeline, or the date slider, to see how the "
                         "relations stood at that moment.")
        story = self.tr("Or follow the story: the article's argument, stop by stop")
        quiz = self.tr("Then test yourself in the Quiz")
        start = self.tr("Start here")
        return (f"<h3>{escape(start)}</h3><p>{escape(intro)}</p><ul>{items}</ul>"
                f"<p>{escape(cursor)}</p><p><a href=\"view:story\">{escape(story)}</a> (Ctrl+4).</p>"
                f"<p><a href=\"view:quiz\">{escape(quiz)}</a> (Ctrl+2).</p>")

    def _labels(self) -> dict[str, str]:
        # Kept out of f-strings: lupdate does not look inside them.
        return {"paragraph": self.tr("article paragraph"), "actors": self.tr("Actors"), "themes": self.tr("Themes"),
                "says": self.tr("What the article says"), "sources": self.tr("Sources"),
                "related": self.tr("Related events")}

    def render(self, event: dict | None) -> str:
        """HTML for an event; every stored text is escaped, so markup shows as text."""
        t = {k: escape(v) for k, v in self._labels().items()}
        if event is None:
            return self.render_welcome()
        kind = escape(self.tr(KIND_LABELS.get(event["kind"], event["kind"])))
        parts = [
            f"<h2>{escape(event['title'])}</h2>",
            f"<p><b>{escape(event['label'])}</b> · {kind}"
            + (f" · {t['paragraph']} {event['paragraph']}" if event.get("paragraph") else "")
            + "</p>",
            f"<p>{escape(event['summary'])}</p>",
        ]
        if event["actors"]:
            parts.append(f"<p><b>{t['actors']}:</b> " + ", ".join(escape(a["display"]) for a in event["actors"]) + "</p>")
        if event["themes"]:
            parts.append(f"<p><b>{t['themes']}:</b> " + ", ".join(escape(x["name"]) for x in event["themes"]) + "</p>")
        for claim in event["claims"]:
            parts.append(
                f"<h4>{t['says']} (¶{claim['paragraph']})</h4>"
                f"<p>{escape(claim['text'])}</p><p><b>{escape(status_line(claim['status']))}</b>"
                + (f"<br>{escape(claim['note'])}" if claim["note"] else "") + "</p>"
            )
        if event["sources"]:
            parts.append(f"<h4>{t['sources']}</h4><ul>")
            for s in event["sources"]:
                bits = [escape(s["title"])]
                if s["outlet"]:
                    bits.append(escape(s["outlet"]))
                if s["published"]:
                    bits.append(escape(s["published"]))
                if s["locator"]:
                    bits.append(escape(s["locator"]))
                if copy_note(s):
                    bits.append(escape(copy_note(s)))
                line = ", ".join(bits)
                if s["url"]:
                    line += f"<br><small>{escape(s['url'])}</small>"
                parts.append(f"<li>{line}</li>")
            parts.append("</ul>")
        if event["related"]:
            parts.append(f"<h4>{t['related']}</h4><ul>")
            for r in event["related"]:
                parts.append(f'<li><a href="event:{escape(r["slug"])}">{escape(r["title"])}</a> '
                             f"({escape(r['label'])})</li>")
            parts.append("</ul>")
        return "".join(parts)
