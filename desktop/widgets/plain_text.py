"""Show stored text (titles, names, imported files, students' input) as text, never as Qt rich text.

Qt renders a label, message box or tooltip whose text merely looks like HTML, so `<img src="file:///…">` in
a pack's title or a student's name would load a local file. Every widget that shows such text goes through
one of these helpers; `tests/desktop/test_markup_shown_as_text.py` walks the window, its dialogs and its
message boxes to keep it so.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Button = QMessageBox.StandardButton


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` literally: Qt renders tooltips that look like HTML as rich text."""
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>" if text else ""


def plain_text(html: str) -> str:
    """The words of rich text (our own markup), as a screen reader should hear them: no tags, no entities."""
    from PySide6.QtGui import QTextDocumentFragment

    return QTextDocumentFragment.fromHtml(html).toPlainText().strip()


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows its text literally, whatever it looks like."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def message(parent: QWidget | None, title: str, text: str, *, icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
            buttons: Button = Button.Ok, default: Button = Button.NoButton) -> Button:
    """A modal message box whose text is shown literally; returns the button chosen."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    chosen = box.exec()
    box.deleteLater()
    return Button(chosen)


def warning(parent: QWidget | None, title: str, text: str) -> Button:
    """A warning shown as text (QMessageBox.warning renders text that looks like HTML)."""
    return message(parent, title, text)


def critical(parent: QWidget | None, title: str, text: str) -> Button:
    """An error shown as text."""
    return message(parent, title, text, icon=QMessageBox.Icon.Critical)


def information(parent: QWidget | None, title: str, text: str) -> Button:
    """A note shown as text."""
    return message(parent, title, text, icon=QMessageBox.Icon.Information)


def question(parent: QWidget | None, title: str, text: str, buttons: Button, default: Button = Button.NoButton) -> Button:
    """A question shown as text; returns the button chosen."""
    return message(parent, title, text, icon=QMessageBox.Icon.Question, buttons=buttons, default=default)


def sentence(exc: BaseException) -> str:
    """An error as sentences for a person: the messages without their internal field keys ("name: …"), each
    starting with a capital and ending with a full stop; a file error as its reason and file, without
    "[Errno 13]"."""
    problems = getattr(exc, "problems", None)
    if problems:
        texts = [message for _where, message in problems]
    elif isinstance(exc, OSError) and exc.strerror:
        texts = [f"{exc.strerror} ({exc.filename})" if exc.filename else exc.strerror]
    else:
        texts = [str(exc)]
    out = []
    for text in texts:
        text = text.strip()
        if text:
            text = text[0].upper() + text[1:]
            out.append(text if text.endswith((".", "!", "?", "…")) else text + ".")
    return " ".join(out)
