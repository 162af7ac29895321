"""StopView: one stop of a story as text: where it sits, what it says, the paragraphs and claims it rests on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from db.i18n import date_label
from desktop.appearance import text_size
from desktop.appearance.retranslate import Retranslatable
from desktop.claim_status import status_symbol, status_words
from desktop.widgets.plain_text import plain_label


class StopView(Retranslatable, QWidget):
    """The text of a stop; `scale` makes every line larger (the Present view reads from the back of a room)."""

    def __init__(self, scale: float = 1.0, parent: QWidget | None = None):
        super().__init__(parent)
        self.scale = scale
        self.scaled: list[tuple[QLabel, float, bool]] = []   # each label's own factor, to scale again
        self.stop: dict | None = None
        self.position = (0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(int(8 * scale))
        self.where = self._label("stopWhere", 0.95)
        self.where.setStyleSheet("color: palette(placeholder-text);")
        self.title = self._label("stopTitle", 1.5, bold=True)
        self.text = self._label("stopText", 1.1)
        self.text.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.paragraphs = self._label("stopParagraphs", 1.0)
        self.events = self._label("stopEvents", 1.0)
        self.claims_head = self._label("stopClaimsHead", 1.0, bold=True)
        self.claims = QVBoxLayout()
        self.claims.setSpacing(int(4 * scale))
        self.prompt = self._label("stopPrompt", 1.1)
        self.prompt.setFrameShape(QFrame.StyledPanel)
        self.prompt.setMargin(int(8 * scale))
        for widget in (self.where, self.title, self.text, self.paragraphs, self.events, self.claims_head):
            layout.addWidget(widget)
        layout.addLayout(self.claims)
        layout.addWidget(self.prompt)
        self.retranslate_ui()

    def _label(self, name: str, factor: float, bold: bool = False) -> QLabel:
        label = plain_label()
        label.setObjectName(name)
        label.setWordWrap(True)
        self.scaled.append((label, factor, bold))
        text_size.set_relative_font(label, factor * self.scale, bold=bold)
        return label

    def set_scale(self, scale: float) -> None:
        """Make every line `scale` times its usual size (the Present view fits a long stop on the screen)."""
        self.scale = scale
        for label, factor, bold in self.scaled:
            text_size.set_relative_font(label, factor * scale, bold=bold)
        for i in range(self.claims.count()):
            text_size.set_relative_font(self.claims.itemAt(i).widget(), scale)
        self.layout().setSpacing(int(8 * scale))

    def retranslate_ui(self) -> None:
        """Write the stop again in the interface language (its own text is content, as written)."""
        self.claims_head.setText(self.tr("The claims it rests on"))
        self.prompt.setAccessibleName(self.tr("For discussion"))
        if self.stop is not None:
            self.show_stop(self.stop, *self.position)

    def show_stop(self, stop: dict, number: int, total: int) -> None:
        """Show a stop (from db.queries.stories.story) as stop `number` of `total`."""
        self.stop, self.position = stop, (number, total)
        where = self.tr("Stop %1 of %2").replace("%1", str(number)).replace("%2", str(total))
        self.where.setText(f"{where} · {stop['chapter']}" if stop.get("chapter") else where)
        self.title.setText(stop["title"])
        self.text.setText(stop["text"])
        paras = ", ".join(f"¶{n}" for n in stop.get("paragraphs", []))
        self.paragraphs.setText(self.tr("In the article: %1").replace("%1", paras) if paras else
                                self.tr("Background: not in the article itself"))
        events = [f"{e['title']} ({date_label(e['start'], e.get('end'))})" for e in stop.get("event_info", [])]
        self.events.setText(self.tr("On the timeline: %1").replace("%1", "; ".join(events)) if events else "")
        self.events.setVisible(bool(events))
        while self.claims.count():
            item = self.claims.takeAt(0)
            item.widget().deleteLater()
        for claim in stop.get("claim_info", []):
            self.claims.addWidget(self._claim(claim))
        self.claims_head.setVisible(bool(stop.get("claim_info")))
        prompt = stop.get("prompt", "")
        self.prompt.setText(self.tr("For discussion: %1").replace("%1", prompt) if prompt else "")
        self.prompt.setVisible(bool(prompt))

    def _claim(self, claim: dict) -> QLabel:
        """A claim with its status in words (and a symbol): never by colour alone."""
        label, meaning = status_words(claim["status"])
        symbol = status_symbol(claim["status"])
        para = f" (¶{claim['paragraph']})" if claim.get("paragraph") else ""
        line = plain_label(f"{symbol} {label}: {claim['text']}{para}".strip())
        line.setObjectName("stopClaim")
        line.setWordWrap(True)
        line.setToolTip(meaning)
        line.setAccessibleName(f"{label}: {claim['text']}")
        text_size.set_relative_font(line, 1.0 * self.scale)
        return line
