"""Start-up recovery: a damaged, newer, busy or unwritable database is explained, never a crash loop.

`open_with_recovery` holds the decisions and asks through a callable, so tests inject the user's
choice; `RecoveryDialog` is the question as a message box.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from db.backup import Backup, list_backups, restore_backup, save_aside
from db.errors import DatabaseBusyError, DatabaseDamagedError, SchemaTooNewError, StorageError, TrilemmaError

RESTORE, FRESH, RETRY, QUIT = "restore", "fresh", "retry", "quit"
MAX_ROUNDS = 50  # a user who keeps choosing must still reach an end
log = logging.getLogger("trilemma.recovery")


@dataclass
class Problem:
    """What went wrong at start and what the user may do about it."""

    kind: str                 # "damaged", "too_new", "busy" or "storage"
    message: str              # the error, in plain words
    path: Path
    backup: Backup | None = None   # the backup offered for RESTORE
    note: str = ""            # what happened to the previous choice, e.g. "that backup is damaged too"

    @property
    def choices(self) -> tuple[str, ...]:
        """The choices this problem offers, in button order."""
        if self.kind == "damaged":
            return ((RESTORE,) if self.backup else ()) + (FRESH, QUIT)
        if self.kind == "busy":
            return (RETRY, QUIT)
        return (QUIT,)


def open_with_recovery(db_path: str | Path, ask: Callable[[Problem], str], opener: Callable | None = None):
    """Open the app's database, asking `ask(problem) -> choice` until it opens or the user quits.

    Returns the open database, or None when the user quits (or nothing more can be offered)."""
    if opener is None:
        from desktop.shell.app import open_and_seed as opener
    db_path = Path(db_path)
    tried: set[Path] = set()
    note = ""
    for _ in range(MAX_ROUNDS):
        try:
            return opener(db_path)
        except SchemaTooNewError as exc:
            ask(Problem("too_new", str(exc), db_path))
            return None
        except DatabaseDamagedError as exc:
            log.warning("damaged database at start: %s", exc)
            offered = next((b for b in list_backups(db_path) if b.path not in tried), None)
            problem = Problem("damaged", str(exc), db_path, offered, note)
        except DatabaseBusyError as exc:
            problem = Problem("busy", str(exc), db_path, note=note)
        except StorageError as exc:
            ask(Problem("storage", str(exc), db_path))
            return None
        choice = ask(problem)
        if choice not in problem.choices or choice == QUIT:
            return None
        note = ""
        try:
            if choice == RESTORE:
                tried.add(problem.backup.path)
                aside = restore_backup(problem.backup, db_path)
                log.warning("restored %s; the damaged file is kept as %s", problem.backup.path, aside)
            elif choice == FRESH:
                aside = save_aside(db_path)
                log.warning("started fresh; the damaged file is kept as %s", aside)
        except DatabaseDamagedError as exc:
            note = str(exc)
        except TrilemmaError as exc:
            ask(Problem("storage", str(exc), db_path))
            return None
    return None


class RecoveryDialog(QMessageBox):
    """Explains a start-up problem in plain words and offers the choices it allows."""

    def __init__(self, problem: Problem, parent: QWidget | None = None):
        super().__init__(parent)
        self.problem = problem
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Trilemma: the database cannot be opened"))
        self.setIcon(QMessageBox.Icon.Warning if problem.kind != "too_new" else QMessageBox.Icon.Information)
        self.setText(self._headline())
        self.setInformativeText(self._advice())
        if problem.kind == "damaged":
            self.setDetailedText(problem.message)
        self.buttons: dict[str, QPushButton] = {}
        labels = {RESTORE: (self.tr("Restore the backup"), QMessageBox.ButtonRole.AcceptRole),
                  FRESH: (self.tr("Start fresh"), QMessageBox.ButtonRole.DestructiveRole),
                  RETRY: (self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole),
                  QUIT: (self.tr("Quit") if problem.kind != "too_new" else self.tr("Close"),
                         QMessageBox.ButtonRole.RejectRole)}
        for choice in problem.choices:
            text, role = labels[choice]
            button = self.addButton(text, role)
            button.setObjectName(f"{choice}Button")
            button.setAccessibleName(text)
            self.buttons[choice] = button
        self.setDefaultButton(self.buttons[problem.choices[0]])
        self.setEscapeButton(self.buttons[QUIT])

    def _headline(self) -> str:
        name = self.problem.path.name
        return {
            "damaged": self.tr("The database {0} is damaged.").format(name),
            "too_new": self.tr("The database {0} was made by a newer version of Trilemma.").format(name),
            "busy": self.tr("The database {0} is busy in another Trilemma window or program.").format(name),
        }.get(self.problem.kind, self.tr("The database {0} cannot be used.").format(name))

    def _advice(self) -> str:
        p = self.problem
        lines = [p.note] if p.note else []
        if p.kind == "damaged":
            if p.backup:
                lines.append(self.tr("You can restore the automatic backup from {0}.").format(p.backup.label))
            else:
                lines.append(self.tr("There is no automatic backup left to restore."))
            lines.append(self.tr("Or start fresh with the built-in content. Either way the damaged file is kept "
                                 "beside the database with \"damaged\" in its name, so nothing is thrown away."))
        elif p.kind == "too_new":
            lines.append(self.tr("It was not opened and not changed. Update Trilemma to open it, or start "
                                 "Trilemma with another file (--db FILE)."))
        elif p.kind == "busy":
            lines.append(self.tr("Close the other window, then try again. Nothing was changed."))
        else:
            lines.append(p.message)
        return "\n\n".join(lines)

    def choice(self) -> str:
        """The choice of the button that was clicked (QUIT if none)."""
        clicked = self.clickedButton()
        return next((c for c, b in self.buttons.items() if b is clicked), QUIT)


def ask_with_dialog(problem: Problem, parent: QWidget | None = None) -> str:
    """Show the recovery dialog modally and return the user's choice."""
    dialog = RecoveryDialog(problem, parent)
    dialog.exec()
    choice = dialog.choice()
    dialog.deleteLater()
    return choice
