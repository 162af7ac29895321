"""EditCommand: one undoable edit, holding the items before and after (None = did not exist);
TranslationCommand: one undoable save of an item's translation."""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from db.editing import apply_edit
from db.errors import TrilemmaError
from db.translations import restore_translation_rows, save_translations, translation_rows
from desktop.state import AppState
from desktop.widgets.plain_text import sentence


class EditCommand(QUndoCommand):
    """Redo saves the `after` items (deleting those whose after is None); undo brings back `before`.

    `steps` are (kind, before, after) triples; `restore` lists extra items saved on undo (links a
    delete removed, see db.editing.dependents). Each direction is one transaction."""

    def __init__(self, state: AppState, text: str, steps: list[tuple[str, dict | None, dict | None]],
                 *, origin: object, restore: list[tuple[str, dict]] = (), on_error: Callable[[str], None] | None = None):
        super().__init__(text)
        self.state = state
        self.steps = copy.deepcopy(steps)
        self.restore = copy.deepcopy(list(restore))
        self.origin = origin
        self.on_error = on_error
        self.failed = ""

    def _apply(self, use_after: bool) -> None:
        saves, deletes = [], []
        for kind, before, after in self.steps:
            target, other = (after, before) if use_after else (before, after)
            if target is not None:
                saves.append((kind, target))
            else:
                deletes.append((kind, other["id"]))
        if not use_after:
            saves += self.restore
        try:
            self.state.run(apply_edit, origin=self.origin, saves=saves, deletes=deletes)
            self.failed = ""
        except TrilemmaError as exc:
            # Nothing was written (one transaction); the command leaves the stack rather than lie about it.
            self.failed = sentence(exc)
            self.setObsolete(True)
            if self.on_error:
                self.on_error(self.failed)

    def redo(self) -> None:
        """Apply the edit."""
        self._apply(use_after=True)

    def undo(self) -> None:
        """Take the edit back."""
        self._apply(use_after=False)

    def slugs(self) -> list[tuple[str, str]]:
        """(kind, id) of every item this edit touches."""
        return [(kind, (after or before)["id"]) for kind, before, after in self.steps]


class TranslationCommand(QUndoCommand):
    """Redo saves some translated fields of one item (stamped with today's English); undo puts the item's
    translation back exactly as it was, stamps and all. Each direction is one transaction."""

    def __init__(self, state: AppState, text: str, *, kind: str, slug: str, lang: str, values: dict,
                 origin: object, on_error: Callable[[str], None] | None = None):
        super().__init__(text)
        self.state = state
        self.kind, self.slug, self.lang = kind, slug, lang
        self.values = copy.deepcopy(values)
        self.before = translation_rows(state.db, kind, slug, lang)
        self.origin = origin
        self.on_error = on_error
        self.failed = ""

    def _run(self, fn, **kwargs) -> None:
        try:
            self.state.run(fn, origin=self.origin, kind=self.kind, slug=self.slug, lang=self.lang, **kwargs)
            self.failed = ""
        except TrilemmaError as exc:
            self.failed = sentence(exc)
            self.setObsolete(True)
            if self.on_error:
                self.on_error(self.failed)

    def redo(self) -> None:
        """Save the translation."""
        self._run(save_translations, values=self.values)

    def undo(self) -> None:
        """Bring back the translation as it was."""
        self._run(restore_translation_rows, rows=self.before)
