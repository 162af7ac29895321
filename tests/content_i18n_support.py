"""Helpers for tests that look for English content on screen in another language (issue 15)."""

from __future__ import annotations

import html
import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from db.content import KIND_ORDER, list_items
from db.translation_files import FIELDS, OPTIONAL_KINDS, english_fields


def screen_texts(win: QWidget) -> list[str]:
    """Every text a student can see in the window now (labels as plain text, buttons, fields, lists)."""
    out = []
    for w in win.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, QLabel):
            out.append(html.unescape(re.sub(r"<[^>]+>", " ", w.text())))
        elif isinstance(w, QAbstractButton | QLineEdit):
            out.append(w.text())
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            out.extend(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QListWidget):
            out.extend(w.item(i).text() for i in range(w.count()) if not w.item(i).isHidden())
        elif isinstance(w, QAbstractItemView) and w.model() is not None:  # tables and lists with a model
            model = w.model()
            out.extend(str(model.index(r, c).data() or "") for r in range(model.rowCount())
                       for c in range(model.columnCount()))
    return out


def english_content(db) -> list[str]:
    """The English text of every translatable field that a translation replaces (words, not bare numbers)."""
    items = [(kind, item) for kind in KIND_ORDER if kind in FIELDS and kind not in OPTIONAL_KINDS
             for item in list_items(db, kind)]
    values = []
    for fields in english_fields(items).values():
        for value in fields.values():
            flat = value if isinstance(value, list) else [value]
            for entry in flat:
                for text in entry if isinstance(entry, list) else [entry]:
                    if len(re.findall(r"[A-Za-z]{2,}", text)) >= 1 and len(text) >= 4:
                        values.append(text)
    return sorted(set(values), key=len, reverse=True)


def sources_shown(db) -> list[str]:
    """Source titles and outlets: they stay as published, in their own language."""
    return sorted({s[k] for s in list_items(db, "source") for k in ("title", "outlet", "original_outlet") if s.get(k)},
                  key=len, reverse=True)
