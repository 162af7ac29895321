"""UndoKeysFilter: Ctrl+Z and Ctrl+Shift+Z reach the editor's undo stack while the cursor is in one of its fields.

A text field keeps those keys for its own typing history. When the field has nothing of its own to undo (or redo),
the key would do nothing at all; this filter lets it through to the editor's Undo / Redo actions instead, so a
saved step can be undone without first clicking outside the field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget


def _own_history(widget: QObject) -> tuple[bool, bool] | None:
    """(can undo, can redo) of a text field's own typing, or None for a widget without one."""
    if isinstance(widget, QComboBox | QAbstractSpinBox):
        widget = widget.lineEdit() if isinstance(widget, QComboBox) else widget.findChild(QLineEdit)
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable(), widget.isRedoAvailable()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return widget.document().isUndoAvailable(), widget.document().isRedoAvailable()
    return None


class UndoKeysFilter(QObject):
    """Installed on the application by an editor; acts only on key presses inside that editor."""

    def __init__(self, editor: QWidget):
        super().__init__(editor)
        self.editor = editor

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """Hold back a field's claim on Ctrl+Z / Ctrl+Shift+Z when it has nothing of its own to undo or redo."""
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget) \
                or not self.editor.isAncestorOf(watched):
            return False
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo) or \
            QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Shift+Z")
        if not (undo or redo):
            return False
        history = _own_history(watched)
        if history is None:
            return False
        can_undo, can_redo = history
        if (undo and not can_undo) or (redo and not can_redo):
            return True   # not accepted: the shortcut goes to the editor's action
        return False
