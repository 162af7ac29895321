"""`python -m db init|update-content|check|stats`: create a database, update its content, check and count it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from db.check import check_database
from db.cli import command
from db.connection import check_file, open_database
from db.content_update import apply_shipped, record_shipped
from db.plural import counted
from db.queries import stats
from db.seed import CONTENT_DIR, seed

CONTENT = (("--content",), {"help": "folder of seed TOML files (default: the bundled content)"})


@command("init", "create (or upgrade) a database and add the seed content; safe to run again", CONTENT)
def cmd_init(args) -> int:
    db = open_database(args.db)
    folder = Path(args.content) if args.content else CONTENT_DIR
    changes = seed(db, folder)
    record_shipped(db, folder)
    print(json.dumps({"database": str(args.db), "changed": {k: len(v) for k, v in changes.touched.items()}}))
    return 0


@command("update-content", "add the shipped content's new and revised items, keeping the school's own edits", CONTENT)
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
    print(f"{counted(len(problems), 'problem')} in {args.db}", file=sys.stderr)
    return 1 if problems else 0


@command("stats", "one JSON line with counts of every kind of item and the translation coverage per language")
def cmd_stats(args) -> int:
    db = open_database(args.db, migrate=False)
    print(json.dumps(stats(db), sort_keys=True))
    return 0
