"""`python -m db init|check|stats …`: the data layer's command line, for teachers and scripts."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from db.check import check_database
from db.connection import check_file, open_database
from db.content_update import apply_shipped, record_shipped
from db.errors import TrilemmaError
from db.queries import stats
from db.seed import CONTENT_DIR, seed

COMMANDS: dict[str, tuple] = {}


def command(name: str, help_text: str):
    """Register a sub-command: the function receives (args) and returns an exit code."""

    def inner(fn):
        COMMANDS[name] = (fn, help_text)
        return fn

    return inner


@command("init", "create (or upgrade) a database and add the seed content; safe to run again")
def cmd_init(args) -> int:
    db = open_database(args.db)
    folder = Path(args.content) if args.content else CONTENT_DIR
    changes = seed(db, folder)
    record_shipped(db, folder)
    print(json.dumps({"database": str(args.db), "changed": {k: len(v) for k, v in changes.touched.items()}}))
    return 0


@command("update-content", "add the shipped content's new and revised items, keeping the school's own edits")
def cmd_update_content(args) -> int:
    db = open_database(args.db)
    report = apply_shipped(db, Path(args.content) if args.content else CONTENT_DIR, adopt=True)
    print(json.dumps({"database": str(args.db), "added": report.added, "updated": report.updated,
                      "kept": report.kept, "problem": report.problem}, ensure_ascii=False))
    return 1 if report.problem else 0


@command("check", "integrity, foreign-key, content-rule and teaching-rule checks; exits 1 if any problem")
def cmd_check(args) -> int:
    check_file(Path(args.db))
    # Not open_database's own checks: they stop at the first damage, and check lists every problem.
    db = open_database(args.db, migrate=False, check=False)
    problems = check_database(db)
    for line in problems:
        print(line)
    print(f"{len(problems)} problem(s) in {args.db}", file=sys.stderr)
    return 1 if problems else 0


@command("stats", "one JSON line with counts of every kind of item")
def cmd_stats(args) -> int:
    db = open_database(args.db, migrate=False)
    print(json.dumps(stats(db), sort_keys=True))
    return 0


@command("reset-pin", "forget the teacher PIN (for a teacher who lost it); the next teacher chooses a new one")
def cmd_reset_pin(args) -> int:
    from db.teacher import reset_pin

    reset_pin(open_database(args.db))
    print(f"The teacher PIN of {args.db} was removed; the next teacher to open teacher mode chooses a new one.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every registered sub-command."""
    # Importing these registers their sub-commands (import, export, …) if they exist.
    for module in ("db.cli_extra", "db.cli_backup"):
        try:
            __import__(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
    # Under `python -m db` this file runs as __main__; the extras registered in the importable db.__main__.
    registry = sys.modules.get("db.__main__")
    if registry is not None and registry.COMMANDS is not COMMANDS:
        COMMANDS.update({k: v for k, v in registry.COMMANDS.items() if k not in COMMANDS})
    parser = argparse.ArgumentParser(prog="python -m db", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (fn, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("db", help="path of the SQLite database file")
        if name in ("init", "update-content"):
            p.add_argument("--content", help="folder of seed TOML files (default: the bundled content)")
        for extra in getattr(fn, "arguments", []):
            p.add_argument(*extra[0], **extra[1])
        p.set_defaults(func=fn)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; errors become one clear line on stderr and exit code 2."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except TrilemmaError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: {exc.strerror or exc} ({getattr(exc, 'filename', '') or args.db})", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
