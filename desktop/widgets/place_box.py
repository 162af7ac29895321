"""make_place: the named container every part of the main window sits in."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


class PlaceWidget(QWidget):
    """A named place; its body may be built only when the place is first shown (or `body` is first read)."""

    def __init__(self, name: str, title: str, body: QWidget | Callable[[], QWidget], *, header: bool, scroll: bool):
        super().__init__()
        self.setObjectName(name)
        self.setAccessibleName(title)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._scroll = scroll
        self._body: QWidget | None = None
        self._build: Callable[[], QWidget] | None = None
        self.scroll_area: QScrollArea | None = None
        self.header: QLabel | None = None
        if header:
            self.header = QLabel()
            self.header.setObjectName(f"{name}Header")
            self.header.setWordWrap(True)   # a long title at large text wraps instead of widening the window
            self._layout.addWidget(self.header)
        set_place_title(self, title)
        if isinstance(body, QWidget):
            self._put(body)
        else:
            self._build = body

    @property
    def body(self) -> QWidget:
        """The place's content, built now if it was left for later."""
        if self._body is None and self._build is not None:
            build, self._build = self._build, None
            self._put(build())
        return self._body

    def is_built(self) -> bool:
        """Whether the body exists yet."""
        return self._body is not None

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """A place left for later is built when it is first shown."""
        if self._body is None:
            _ = self.body
        super().showEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """A title wrapped onto two lines (a narrow pane, large text) keeps the height of both: a splitter or a
        short window cut its second line in half."""
        super().resizeEvent(event)
        if self.header is not None:
            need = self.header.heightForWidth(self.header.width())
            if need > 0 and need != self.header.minimumHeight():
                self.header.setMinimumHeight(need)

    def _put(self, body: QWidget) -> None:
        self._body = body
        if self._scroll:
            # When the window is smaller than the body's least size (a small screen, large text, a long language)
            # the body scrolls instead of forcing the window past the screen or being cut off.
            area = QScrollArea()
            area.setObjectName(f"{self.objectName()}Scroll")
            area.setAccessibleName(self.accessibleName())
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # Tab goes to the controls inside, not the frame
            area.setWidget(body)
            self._layout.addWidget(area, 1)
            self.scroll_area = area
        else:
            self._layout.addWidget(body, 1)
        if self.isVisible():   # built while shown: show it now, not at the next turn of the event loop
            (self.scroll_area or body).show()


def make_place(name: str, title: str, body: QWidget | Callable[[], QWidget], *, header: bool = True,
               scroll: bool = False) -> PlaceWidget:
    """A container with objectName `name` (tests and screenshots find it by that) holding `body`.

    `body` may be a function that builds it: then it is built when the place is first shown, which keeps the
    start-up to what the first view needs. With `scroll`, the body sits in a scroll area."""
    return PlaceWidget(name, title, body, header=header, scroll=scroll)


def set_place_title(box: QWidget, title: str) -> None:
    """Name a place (its accessible name and its header, if it has one), e.g. again after a language change."""
    box.setAccessibleName(title)
    if getattr(box, "header", None) is not None:
        box.header.setText(f"<b>{escape(title)}</b>")
    if getattr(box, "scroll_area", None) is not None:
        box.scroll_area.setAccessibleName(title)
