"""EditorWidget: list, form, preview and undo stack for every kind of content (teacher mode only)."""

from __future__ import annotations

from html import escape

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from db import queries
from db.content import TABLES, get_item, row_id, validate_item
from db.editing import choices, delete_blockers, dependents, membership_steps, modules_with
from db.errors import NotFoundError
from db.teaching_rules import item_findings
from desktop.appearance import i18n
from desktop.appearance.retranslate import Retranslatable
from desktop.editor.edit_command import EditCommand, TranslationCommand
from desktop.editor.item_form import ItemFormWidget
from desktop.editor.item_list import ItemListWidget
from desktop.editor.kinds import SPECS, blank, title_of, tr
from desktop.editor.question_preview import QuestionPreviewWidget
from desktop.editor.translation_panel import TranslationPanel
from desktop.editor.undo_keys import UndoKeysFilter
from desktop.state import BIG_CHANGE, AppState
from desktop.widgets import plain_text


class EditorWidget(Retranslatable, QWidget):
    """Edit content: every save, delete and generation is one undoable command."""

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self._stale = False  # content changed a lot while hidden: list and count again when shown
        self._saving = False  # save() lists the items again itself, keeping the saved one in view
        self.state = state
        self.setObjectName("editorWidget")
        self.undo_stack = QUndoStack(self)
        self.items = ItemListWidget(state)
        self.forms: dict[str, ItemFormWidget] = {}
        self.stack = QStackedWidget()
        self.current_kind = self.items.kind
        for kind in SPECS:
            form = ItemFormWidget(kind)
            form.set_item(None, new=True)
            form.edited.connect(self._on_edited)
            if "stops" in form.fields:   # adding, moving and deleting a stop are steps of the editor's undo
                form.fields["stops"].undo_stack = self.undo_stack
            self.forms[kind] = form
            self.stack.addWidget(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.stack)
        # The item's translations on a tab of their own: each field beside its English, per language.
        self.translations = TranslationPanel(state)
        self.translations.save_requested.connect(self.save_translation)
        self.translations.reloaded.connect(self._tab_texts)
        translated = QScrollArea()
        translated.setWidgetResizable(True)
        translated.setWidget(self.translations)
        self.form_tabs = QTabWidget()
        self.form_tabs.setObjectName("editorTabs")
        self.form_tabs.addTab(scroll, "")
        self.form_tabs.addTab(translated, "")
        self.heading = QLabel()
        self.heading.setObjectName("editorHeading")
        self.heading.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("editorStatus")
        self.status.setWordWrap(True)
        self.preview = QuestionPreviewWidget()
        self.toolbar = self._build_toolbar()

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.heading)
        middle_layout.addWidget(self.form_tabs, 1)
        middle_layout.addWidget(self.status)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.items)
        split.addWidget(middle)
        split.addWidget(self.preview)
        split.setStretchFactor(1, 3)
        split.setSizes([340, 640, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(split, 1)

        self.items.guard = self.may_leave
        self.items.current_changed.connect(self._on_current)
        self.items.kind_changed.connect(self._on_kind)
        self.items.list.itemSelectionChanged.connect(self._update_actions)
        state.changed.connect(self._on_changed)
        self._texts()
        self._on_kind(self.items.kind)

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setObjectName("editorToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        # No mnemonics here: the window's tabs and menus use the Alt keys; every action has a shortcut instead.
        # Our own Undo and Redo (not the stack's createUndoAction, whose prefix is fixed when made): they name
        # the step ("Undo Edit event …") in the language of the moment.
        self.undo_action = self._action(self.undo_stack.undo, QKeySequence.Undo)
        self.redo_action = self._action(self.undo_stack.redo)
        # Ctrl+Shift+Z everywhere, with the platform's own Redo keys; once each: on X11 the platform's first Redo
        # key is Ctrl+Shift+Z itself, and an action holding a key twice finds it ambiguous and does nothing.
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [key for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if key not in redo_keys]
        self.redo_action.setShortcuts(redo_keys)
        for action, can in ((self.undo_action, self.undo_stack.canUndoChanged),
                            (self.redo_action, self.undo_stack.canRedoChanged)):
            action.setEnabled(False)
            can.connect(action.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._set_undo_texts)
        self.undo_stack.redoTextChanged.connect(self._set_undo_texts)
        self.new_action = self._action(self.new_item, QKeySequence.New)
        self.save_action = self._action(self.save, QKeySequence.Save)
        self.revert_action = self._action(self.revert, QKeySequence("Ctrl+Shift+R"))
        self.delete_action = self._action(self.delete, QKeySequence("Ctrl+Delete"))
        self.generate_action = self._action(self.generate, QKeySequence("Ctrl+G"))
        self._undo_keys = UndoKeysFilter(self)   # Ctrl+Z with the cursor in a field reaches the steps too
        QApplication.instance().installEventFilter(self._undo_keys)
        self.undo_action.triggered.connect(lambda: self._after_step(tr("Undone. Redo with Ctrl+Shift+Z.")))
        self.redo_action.triggered.connect(lambda: self._after_step(tr("Redone. Undo with Ctrl+Z.")))
        self.find_action = self._action(self._focus_search, QKeySequence.Find)
        for action in (self.undo_action, self.redo_action, self.new_action, self.save_action, self.revert_action,
                       self.delete_action, self.generate_action, self.find_action):
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            self.addAction(action)
            if action is not self.find_action:
                bar.addAction(action)
        return bar

    def _texts(self) -> None:
        self.toolbar.setWindowTitle(tr("Editor"))
        self._tab_texts()
        self._set_undo_texts()
        tips = {self.generate_action: tr("Make quiz questions from the selected events, to review before saving")}
        for action, text in ((self.new_action, tr("New")), (self.save_action, tr("Save")),
                             (self.revert_action, tr("Revert")), (self.delete_action, tr("Delete")),
                             (self.generate_action, tr("Generate questions…")), (self.find_action, tr("Search"))):
            action.setText(text)
            if action is not self.find_action:
                keys = action.shortcut().toString(QKeySequence.NativeText)
                action.setToolTip(f"{tips.get(action, text)} ({keys})")

    def _tab_texts(self) -> None:
        self.form_tabs.setTabText(0, tr("Item"))
        flagged = self.translations.flagged()
        self.form_tabs.setTabText(1, tr("Translations") + (" ⚠" if flagged else ""))
        self.form_tabs.setTabToolTip(1, tr("Some texts are not translated or may be out of date.") if flagged else "")

    def _set_undo_texts(self, *_changed) -> None:
        if not shiboken6.isValid(self.undo_stack) or not shiboken6.isValid(self.undo_action):
            return  # the stack clears itself (and says so) while the editor is being deleted
        undo, redo = tr("Undo"), tr("Redo")
        self.undo_action.setText(undo if not self.undo_stack.undoText() else f"{undo} {self.undo_stack.undoText()}")
        self.redo_action.setText(redo if not self.undo_stack.redoText() else f"{redo} {self.undo_stack.redoText()}")

    def retranslate_ui(self) -> None:
        """Actions and the heading in the current language; the form keeps what the teacher typed, and the undo
        history stays (its steps keep the names they were given)."""
        self._texts()
        self.when_shown(self._on_edited)

    def may_close(self) -> bool:
        """Asked before the window closes: True if nothing is unsaved, or the teacher saved (Save) or chose
        Discard; False on Cancel, or when the save was refused (the form then shows why)."""
        if not self.has_unsaved_work():
            return True
        answer = self.ask_on_close()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def ask_on_close(self) -> str:
        """Ask what to do with unsaved changes before closing: "save" (the default), "discard" or "cancel"."""
        answer = plain_text.question(  # the id is the teacher's text: shown as text, never as markup
            self, tr("Unsaved changes"),
            tr("“%s” has changes that are not saved. Save them before closing?") % (self.form.item().get("id")
                                                                                     or tr("New item")),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        return {QMessageBox.Save: "save", QMessageBox.Discard: "discard"}.get(answer, "cancel")

    def _focus_search(self) -> None:
        self.items.search.setFocus()
        self.items.search.selectAll()

    def _action(self, slot, shortcut=None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _=False: slot())
        return action

    # ------------------------------------------------------------ showing

    @property
    def form(self) -> ItemFormWidget:
        """The form of the kind shown now."""
        return self.forms[self.current_kind]

    def _on_kind(self, kind: str) -> None:
        self.current_kind = kind
        self.stack.setCurrentWidget(self.forms[kind])
        self.preview.setVisible(kind == "question")
        self.generate_action.setEnabled(kind == "event")
        if not self.items.select(self.items.current_id() or (self.items.ids() or [""])[0]):
            self.new_item(force=True)

    def choices_of(self, kind: str) -> list[tuple[str, str]]:
        """Every (id, title) of a kind, for the form's pickers."""
        return choices(self.state.db, kind)

    def _on_current(self, kind: str, slug: str) -> None:
        if not slug:
            return
        self.form.set_choices(self.choices_of)
        self._load(kind, slug)
        self.translations.set_item(kind, self.form.original.get("id") if not self.form.is_new else None)
        self._on_edited()

    def _load(self, kind: str, slug: str) -> bool:
        """Show a saved item with what other items keep about it (a question's modules); False if it is gone."""
        try:
            self.form.set_item(get_item(self.state.db, kind, slug))
        except NotFoundError:
            self.form.set_item(None)
            return False
        if self.form.outside:
            self.form.set_outside({"modules": modules_with(self.state.db, slug)} if kind == "question" else {})
        return True

    def _on_edited(self) -> None:
        item = self.form.item()
        title = title_of(self.form.kind, item) or tr("(new)")
        state = tr("new, not saved yet") if self.form.is_new else (tr("unsaved changes") if self.is_dirty() else "")
        self.heading.setText(f"<h3>{escape(title)}</h3>" + (f"<i>{escape(state)}</i>" if state else ""))
        problems = self.problems(item)
        self.form.show_problems(problems)
        # Teaching rules read a valid item; while it has problems those come first.
        self.form.show_warnings([] if problems else item_findings(self.state.db, self.form.kind, item))
        if self.form.kind == "question":
            self.preview.show_question(self.for_preview(item))
        self._update_actions()

    def for_preview(self, item: dict) -> dict:
        """The question plus what the quiz shows with it (event titles for an order question)."""
        if item.get("type") == "order" and isinstance(item.get("items"), list):
            titles = {e["slug"]: e["title"] for e in queries.event_rows(self.state.db)}
            return dict(item, item_titles={s: titles.get(s, s) for s in item["items"]})
        return item

    def _update_actions(self) -> None:
        self.save_action.setEnabled(self.is_dirty())
        self.revert_action.setEnabled(self.is_dirty() and not self.form.is_new)
        self.delete_action.setEnabled(not self.form.is_new)
        self.generate_action.setEnabled(self.items.kind == "event" and bool(self.items.selected_ids()))

    def has_unsaved_work(self) -> bool:
        """True when leaving the form now would lose something the teacher typed."""
        return (self.form.item() != (blank(self.form.kind) if self.form.is_new else self.form.original)
                or self.form.outside_changed())

    def may_leave(self) -> bool:
        """True if the form may be left: nothing unsaved, or the teacher chose to discard it."""
        return not self.has_unsaved_work() or self.ask_discard()

    def ask_discard(self) -> bool:
        """Ask whether to throw away unsaved changes (Keep editing is the default)."""
        answer = plain_text.question(
            self, tr("Unsaved changes"),
            tr("“%s” has changes that are not saved. Discard them?") % (self.form.item().get("id") or tr("New item")),
            QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Cancel)
        return answer == QMessageBox.Discard

    def is_dirty(self) -> bool:
        """True when the form differs from what is saved."""
        return self.form.is_new or self.form.item() != self.form.original or self.form.outside_changed()

    def problems(self, item: dict) -> list[tuple[str, str]]:
        """What is wrong with the form's item, per field."""
        problems = validate_item(self.state.db, self.form.kind, item)
        if self.form.is_new and item.get("id") and row_id(self.state.db, self.form.kind, item["id"]) is not None:
            problems.append(("id", f"'{item['id']}' is already used by another {self.form.kind}"))
        return problems

    def _refresh_translations(self) -> None:
        """The translation tab for the form's item, with the coverage counted again (content changed)."""
        self.translations.refresh_coverage()
        self.translations.set_item(self.items.kind, None if self.form.is_new else self.form.original.get("id"))

    def showEvent(self, event) -> None:  # Qt override
        if self._stale:  # content changed a lot while hidden: list it and count it now
            self._stale = False
            self.items.reload()
            self._refresh_translations()
        super().showEvent(event)

    def _on_changed(self, changes) -> None:
        table = TABLES[self.items.kind]
        listed = table in changes or "translations" in changes  # a translation changes what the filter shows
        if listed and table in changes and len(changes[table]) > BIG_CHANGE and not self.isVisible():
            # A 50,000-item import: 3 s of list building and 2 s of coverage counting nobody sees.
            self._stale = True
            listed = False
        elif listed and not self._saving:
            self.items.reload()
        current = self.form.original.get("id")
        # A question's modules live in the modules: an edit of them alone (its undo) shows in its form too.
        touched = current in changes[table] or (self.form.outside and "modules" in changes)
        if current and touched and (not self.is_dirty() or changes.origin is self):
            self.form.set_choices(self.choices_of)  # titles may have changed too
            if not self._load(self.items.kind, current):
                self.new_item(force=True)
            self._on_edited()
        if listed:  # after the form: the tab follows the item the form now holds
            self._refresh_translations()

    # ------------------------------------------------------------ editing

    def new_item(self, *, force: bool = False) -> None:
        """Start a blank item of the current kind (asking first if unsaved changes would be lost)."""
        if not force and not self.may_leave():
            return
        blocked = self.items.list.blockSignals(True)
        self.items.list.setCurrentRow(-1)
        self.items.list.blockSignals(blocked)
        self.form.set_choices(self.choices_of)
        self.form.set_item(None, new=True)
        self.translations.set_item(self.form.kind, None)
        self._on_edited()
        self.form.fields["id"].widget.setFocus()

    def revert(self) -> None:
        """Throw away unsaved changes."""
        if not self.form.is_new:
            self._on_current(self.items.kind, self.form.original["id"])

    def _push(self, text: str, steps, restore=()) -> bool:
        command = EditCommand(self.state, text, steps, origin=self, restore=restore, on_error=self._report_error)
        self.undo_stack.push(command)
        return not command.failed

    def _after_step(self, text: str) -> None:
        if not self.status.text().startswith("⚠ " + tr("Not saved")):
            self.status.setText(text)

    def _report_error(self, message: str) -> None:
        self.status.setText("⚠ " + tr("Not saved: %s") % message)

    def save(self) -> bool:
        """Validate and save the form's item as one undoable step; problems show next to their fields."""
        kind, item = self.form.kind, self.form.item()
        problems = self.problems(item)
        if problems:
            self.form.show_problems(problems)
            self.status.setText("⚠ " + tr("Not saved: fix the marked fields first."))
            return False
        before = None if self.form.is_new else get_item(self.state.db, kind, item["id"])
        verb = tr("Add “%1”") if before is None else tr("Edit “%1”")  # the undo step, named by the item's title
        steps = [(kind, before, item)]
        if kind == "question" and "modules" in self.form.outside:
            # The modules it belongs to are kept in the modules: their edits join the same undo step.
            steps += membership_steps(self.state.db, item["id"], self.form.outside_values()["modules"])
        self._saving = True
        try:
            pushed = self._push(verb.replace("%1", _short_title(kind, item)), steps)
        finally:
            self._saving = False
        if not pushed:
            return False
        self.items.reload(keep=item["id"])
        self.items.select(item["id"])
        if self.form.outside:  # what the modules now hold, in their order, is what is saved
            self._load(kind, item["id"])
            self._on_edited()
        self.status.setText(tr("Saved. Undo with Ctrl+Z."))
        return True

    def delete(self) -> bool:
        """Delete the current item (undo brings it back with every link)."""
        kind, slug = self.form.kind, self.form.original.get("id")
        if self.form.is_new or not slug:
            return False
        blockers = delete_blockers(self.state.db, kind, slug)
        if blockers:
            self.status.setText("⚠ " + tr("Not deleted: %s.") % blockers[0])
            return False
        before = get_item(self.state.db, kind, slug)
        if not self._push(tr("Delete “%1”").replace("%1", _short_title(kind, before)), [(kind, before, None)],
                          restore=dependents(self.state.db, kind, slug)):
            return False
        self.status.setText(tr("Deleted “%1”. Undo with Ctrl+Z.").replace("%1", _short_title(kind, before)))
        if self.items.ids():
            self.items.select(self.items.ids()[0])
        else:
            self.new_item(force=True)
        return True

    def save_translation(self, lang: str, groups: list) -> bool:
        """Save translated fields (of the item, and of a story's stops), stamped with today's English, as one
        undoable step."""
        # Origin: the panel, not the editor: the form is not read again, so unsaved edits of the English stay.
        name = tr("Translate “%1” into %2").replace("%1", _short_title(self.form.kind, self.form.item())) \
            .replace("%2", i18n.LANGUAGES.get(lang, lang))
        commands = [TranslationCommand(self.state, name, kind=kind,
                                       slug=slug, lang=lang, values=values, origin=self.translations,
                                       on_error=self._report_error) for kind, slug, values in groups]
        if len(commands) > 1:
            self.undo_stack.beginMacro(name)
        for command in commands:
            self.undo_stack.push(command)
            if command.failed:
                break
        if len(commands) > 1:
            self.undo_stack.endMacro()
        ok = not any(c.failed for c in commands)
        if ok:
            self.status.setText(tr("Translation saved. Undo with Ctrl+Z."))
        return ok

    def generate(self) -> None:
        """Generate questions from the selected events and open them for review."""
        from desktop.editor.generate_dialog import GenerateQuestionsDialog

        slugs = self.items.selected_ids() if self.items.kind == "event" else []
        if not slugs:
            plain_text.information(self, tr("Generate questions"), tr("Select one or more events first."))
            return
        self.generate_dialog = GenerateQuestionsDialog(self.state, slugs, self)
        self.generate_dialog.accepted.connect(lambda: self.add_generated(*self.generate_dialog.result_items()))
        self.generate_dialog.open()

    def add_generated(self, questions: list[dict], module: str) -> bool:
        """Save reviewed questions and add them to a module, as one undoable step."""
        if not questions:
            return False
        steps = []
        for q in questions:
            try:
                before = get_item(self.state.db, "question", q["id"])
            except NotFoundError:
                before = None
            steps.append(("question", before, q))
        if module:
            m_before = get_item(self.state.db, "module", module)
            m_after = dict(m_before, questions=m_before["questions"] + [q["id"] for q in questions
                                                                        if q["id"] not in m_before["questions"]])
            steps.append(("module", m_before, m_after))
        count = len(questions)
        if module:
            name, done = tr("Add %n generated question(s) to module %1", "", count), tr(
                "Added %n question(s) to module %1. Undo with Ctrl+Z.", "", count)
            name, done = name.replace("%1", module), done.replace("%1", module)
        else:
            name, done = tr("Add %n generated question(s)", "", count), tr("Added %n question(s). Undo with Ctrl+Z.", "", count)
        if self._push(name, steps):
            self.status.setText(done)
            return True
        return False


def _short_title(kind: str, item: dict) -> str:
    """An item as a person names it in a message: its title (cut to 60 characters), not its kind and id."""
    title = " ".join(title_of(kind, item).split())
    return title if len(title) <= 60 else title[:59] + "…"
