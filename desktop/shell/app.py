"""Start-up: command line, the per-user database, error handling, and `create_window` for tests."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import traceback
from pathlib import Path

import platformdirs

APP_NAME = "Trilemma"
SETTLE_AFTER_PAINT_MS = 50   # once the window's first paint has finished: its frame is on screen by then
SETTLE_LATEST_MS = 3000      # should the window never be reported on screen
log = logging.getLogger("trilemma")


def user_data_dir() -> Path:
    """Per-user data folder (platformdirs); created if missing."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """The per-user database file."""
    return user_data_dir() / "trilemma.db"


def open_and_seed(db_path: str | Path):
    """Open (creating, upgrading and seeding on first use) the database for the app."""
    from db.connection import open_database
    from db.content_update import record_shipped
    from db.seed import is_empty, seed

    db = open_database(db_path)
    if getattr(db, "read_only", False):
        return db  # nothing can be seeded or recorded; an empty read-only file was refused already
    if is_empty(db):
        seed(db)
        record_shipped(db)      # later versions add their new content without undoing the school's edits
    return db


def create_window(db_path: str | Path, db=None, *, rules_later: bool = False):
    """The main window on a database (opened here unless given), not shown, without starting the event loop.

    `rules_later`: the caller installs the app-wide keyboard rules itself, once the window is on screen
    (`settle_after_show`)."""
    from PySide6.QtWidgets import QApplication

    from desktop.shell.main_window import MainWindow
    from desktop.state import AppState

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName("org.trilemma.Trilemma")
    from desktop.shell.app_icon import app_icon

    app.setWindowIcon(app_icon())
    from desktop.appearance import accessibility, theme

    state = AppState(db if db is not None else open_and_seed(db_path), str(db_path))
    from db.presence import OpenMark

    state.open_mark = OpenMark(db_path)  # a restore elsewhere refuses while this window has the file open
    accessibility.install_roles()   # cheap, and needed before a screen reader first asks (the filter can wait)
    with theme.stylesheet_after(app):
        window = MainWindow(state)
    if not rules_later:
        accessibility.install(app, catch_up=(window,))
    window.state = state
    if getattr(state.db, "read_only", False):
        show_read_only(window, db_path)
    return window


def after_first_paint(window, run) -> None:
    """Call `run()` once the shown window has been painted for the first time (or after SETTLE_LATEST_MS).

    Qt paints the whole window while it handles its native window's first Expose; a timer set then fires after
    that paint, whatever the machine's speed (a fixed delay after show() ran before the first paint on a slow one)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__(window)
            self.done = False

        def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Expose and obj.isExposed():
                obj.removeEventFilter(self)
                QTimer.singleShot(SETTLE_AFTER_PAINT_MS, self, self.fire)
            return False

        def fire(self) -> None:
            if not self.done:
                self.done = True
                run()

    watcher = FirstPaint()
    handle = window.windowHandle()
    if handle is not None:
        handle.installEventFilter(watcher)
    QTimer.singleShot(SETTLE_LATEST_MS, watcher, watcher.fire)


def settle_after_show(app, db=None) -> None:
    """What start-up leaves until the window is on screen: the app-wide keyboard rules (caught up on the widgets
    built meanwhile); sqlite-utils, which the first view's reads did without (see db.connection.Database), so
    that the first write does not wait for its import; and the garbage collector, off since `desktop.__main__`
    began (a collection pass over the hundreds of thousands of objects of the imports and the window's build ran
    again and again at start); the objects of the start-up are frozen, so later collections skip them."""
    from desktop.appearance import accessibility

    accessibility.install(app, catch_up=tuple(w for w in app.topLevelWidgets() if w.isVisible()))
    if db is not None:
        db.load()
    gc.enable()
    gc.freeze()


def show_read_only(window, db_path: str | Path) -> None:
    """Say, for as long as the window is open, that nothing done in it will be saved."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QLabel

    text = QCoreApplication.translate(
        "App", "Read-only: {0} cannot be written here, so answers and edits are not saved. "
               "Ask for write access to keep them.").format(Path(db_path).parent)
    label = QLabel(text)
    label.setObjectName("readOnlyNote")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    window.statusBar().addPermanentWidget(label, 1)


def screenshot(window, out: str | Path, view: str | None) -> None:
    """Render the window offscreen to a PNG."""
    from PySide6.QtWidgets import QApplication

    if view:
        window.show_view(view)
    window.show()
    for _ in range(5):
        QApplication.processEvents()
    if not window.grab().save(str(out)):
        raise OSError(f"could not write the screenshot to {out}")


def start_teacher_mode(window, *, screenshot_only: bool, explicit_db: bool) -> bool:
    """--teacher: ask for the PIN as usual; a screenshot run (no one at the screen) may skip it only on
    a database named with --db that has no PIN yet, where the first person at the app could set one anyway."""
    from PySide6.QtCore import QTimer

    from db.teacher import has_pin

    if not screenshot_only:
        QTimer.singleShot(0, window.teacher.enter)
        return True
    if not explicit_db or has_pin(window.state.db):
        sys.stderr.write(f"{APP_NAME}: teacher-mode screenshots need --db naming a database "
                         "without a teacher PIN (a copy made for screenshots)\n")
        return False
    window.state.set_teacher_mode(True)
    return True


def _excepthook(exc_type, exc, tb) -> None:
    """Log the traceback; show the user one plain sentence instead."""
    from db.errors import TrilemmaError

    known = isinstance(exc, TrilemmaError)  # disk full, read-only, busy, bad input: already plain words
    log.log(logging.WARNING if known else logging.ERROR, "error reached the top", exc_info=(exc_type, exc, tb))
    try:
        from PySide6.QtWidgets import QApplication

        from desktop.widgets import plain_text

        if QApplication.instance():
            text = str(exc) if known else (f"Something went wrong: {exc}\n\n"
                                           "Nothing you saved was lost. Details are in the log file.")
            plain_text.warning(None, APP_NAME, text)
            return
    except Exception:  # noqa: BLE001 - the last line of defence must not raise
        pass
    sys.stderr.write(f"{APP_NAME}: {exc}\n")


def _setup_logging() -> None:
    try:
        log_dir = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
        log_dir.mkdir(parents=True, exist_ok=True)
        logging.basicConfig(filename=log_dir / "trilemma.log", level=logging.INFO,
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    except OSError:
        logging.basicConfig(level=logging.WARNING)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The app's command line."""
    parser = argparse.ArgumentParser(prog="trilemma", description="Trilemma: the China–North Korea–Russia triangle.")
    parser.add_argument("--db", help="database file to use (default: the per-user database)")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the window offscreen to a PNG and exit")
    parser.add_argument("--view", help="place to show first: timeline, relations, details, story, quiz, progress, "
                                       "editor, dashboard")
    parser.add_argument("--lang", choices=["en", "zh_CN", "ko", "ru"], help="interface language (default: as last chosen)")
    parser.add_argument("--theme", choices=["light", "dark", "high-contrast"], help="colour theme (default: as last chosen)")
    parser.add_argument("--text-size", type=int, metavar="PERCENT", help="text size, 85 to 200 (default: as last chosen)")
    parser.add_argument("--content-pack", metavar="FOLDER",
                        help="shared content pack to update from (also $TRILEMMA_CONTENT_PACK or the site config)")
    parser.add_argument("--teacher", action="store_true",
                        help="start by asking for the teacher PIN; with --screenshot, only on a database with no PIN yet")
    parser.add_argument("--date", type=_start_date, metavar="YYYY[-MM]",
                        help="the date to start at (the relationship map and the timeline's cursor)")
    return parser.parse_args(argv)


def _start_date(text: str) -> float:
    """Parse --date: a year or a month, as fractional years."""
    from db.dates import PartialDate
    from db.errors import ValidationError

    try:
        date = PartialDate.parse(text, "--date")
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(f"{exc}") from None
    if date.precision == "day":
        raise argparse.ArgumentTypeError(f"'{text}': give a year or a month (YYYY or YYYY-MM)")
    return date.start_value()


def main(argv: list[str] | None = None) -> int:
    """Run the app; returns the exit code."""
    args = parse_args(argv)
    _setup_logging()
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from db.errors import TrilemmaError
    from desktop.widgets import plain_text

    app = QApplication.instance() or QApplication(sys.argv[:1])
    sys.excepthook = _excepthook
    from desktop.shell.startup import apply_appearance, update_from_content_pack, update_shipped_content

    apply_appearance(args.lang, args.theme, args.text_size)
    db_path = Path(args.db) if args.db else default_db_path()
    from desktop.shell.recovery import ask_with_dialog, open_with_recovery

    def ask_on_stderr(problem) -> str:
        sys.stderr.write(f"{APP_NAME}: {problem.message}\n")
        return "quit"

    try:
        db = open_with_recovery(db_path, ask_on_stderr if args.screenshot else ask_with_dialog)
        if db is None:
            return 2
        read_only = getattr(db, "read_only", False)
        content_note, content_problem = ("", "") if read_only else update_shipped_content(db)
        window = create_window(db_path, db, rules_later=True)
    except TrilemmaError as exc:
        if args.screenshot:
            sys.stderr.write(f"{APP_NAME}: {exc}\n")
        else:
            plain_text.critical(None, APP_NAME, str(exc))
        return 2
    except OSError as exc:
        message = f"Could not open {db_path}: {exc.strerror or exc}"
        if args.screenshot:
            sys.stderr.write(f"{APP_NAME}: {message}\n")
        else:
            plain_text.critical(None, APP_NAME, message)
        return 2
    if args.date is not None:
        window.state.set_date(args.date)
    if content_problem:
        if args.screenshot:
            sys.stderr.write(f"{APP_NAME}: {content_problem}\n")
        else:
            plain_text.warning(window, APP_NAME, content_problem)
    elif content_note:
        window.statusBar().showMessage(content_note, 15000)
    pack_problem = None if read_only else update_from_content_pack(window.state, args.content_pack)
    if pack_problem:
        if args.screenshot:
            sys.stderr.write(f"{APP_NAME}: {pack_problem}\n")
        else:
            plain_text.warning(window, APP_NAME, pack_problem)
    if args.teacher and not start_teacher_mode(window, screenshot_only=bool(args.screenshot), explicit_db=bool(args.db)):
        return 2
    if args.screenshot:
        settle_after_show(app, db)
        try:
            screenshot(window, args.screenshot, args.view)
        except OSError as exc:
            sys.stderr.write(f"{APP_NAME}: {exc}\n")
            return 2
        return 0
    if args.view:
        window.show_view(args.view)
    window.show()
    after_first_paint(window, lambda: settle_after_show(app, db))
    return app.exec()


def format_exception(exc: BaseException) -> str:
    """A traceback as text, for the log."""
    return "".join(traceback.format_exception(exc))
