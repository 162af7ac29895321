"""`python -m db …`: the data layer's command line, for teachers and scripts; one module per subject.

Each subject module (content, backup, interchange, teacher) registers its sub-commands with `command`;
`main` parses the arguments and turns every error into one clear line on stderr.
"""

from __future__ import annotations

import argparse
import sys

from db.errors import TrilemmaError

DESCRIPTION = "Trilemma's data layer: create, check, update, back up, import and export a database."
COMMANDS: dict[str, tuple] = {}


def command(name: str, help_text: str, *arguments: tuple[tuple, dict]):
    """Register a sub-command: the function receives (args) and returns an exit code.

    `arguments` are (names, options) pairs for argparse, after the database path every command takes."""

    def inner(fn):
        COMMANDS[name] = (fn, help_text, arguments)
        return fn

    return inner


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command of every subject."""
    # Importing the subjects registers their sub-commands (plain imports, so a freezer finds them too).
    from db.cli import backup, content, interchange, teacher  # noqa: F401
    parser = argparse.ArgumentParser(prog="python -m db", description=DESCRIPTION)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (fn, help_text, arguments) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("db", help="path of the SQLite database file")
        for names, options in arguments:
            p.add_argument(*names, **options)
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
