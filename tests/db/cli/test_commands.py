"""The command line: every subject's sub-commands are registered and `python -m db` still runs them."""

from __future__ import annotations

import subprocess
import sys

from db.cli import COMMANDS, build_parser

EXPECTED = {"init", "update-content", "check", "stats", "backups", "backup", "restore", "export", "import",
            "send-xapi", "reset-pin"}


def test_every_subject_registers_its_commands():
    parser = build_parser()
    assert set(COMMANDS) == EXPECTED
    args = parser.parse_args(["export", "x.db", "out.zip", "--format", "gift", "--from", "2000"])
    assert (args.func.__module__, args.format, args.start) == ("db.cli.interchange", "gift", "2000")
    assert build_parser().parse_args(["restore", "x.db", "--from", "b.db"]).source == "b.db"


def test_python_m_db_lists_the_commands_and_refuses_an_unknown_one():
    shown = subprocess.run([sys.executable, "-m", "db", "--help"], capture_output=True, text=True)
    assert shown.returncode == 0 and all(name in shown.stdout for name in EXPECTED)
    wrong = subprocess.run([sys.executable, "-m", "db", "frobnicate", "x.db"], capture_output=True, text=True)
    assert wrong.returncode == 2 and "invalid choice" in wrong.stderr
