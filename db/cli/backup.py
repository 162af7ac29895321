"""`python -m db backups|backup|restore …`: the automatic backups of a database, for a teacher or IT without the app."""

from __future__ import annotations

import json
from pathlib import Path

from db.backup import backup_before, list_backups, restore_backup
from db.cli import command
from db.errors import TrilemmaError


@command("backups", "list the automatic backups of a database, newest first (JSON lines)")
def cmd_backups(args) -> int:
    for b in list_backups(args.db):
        print(json.dumps({"file": str(b.path), "taken_at": b.taken_at.isoformat(), "reason": b.reason,
                          "bytes": b.path.stat().st_size}))
    return 0


@command("backup", "take a backup now (SQLite online backup), kept with the automatic ones")
def cmd_backup(args) -> int:
    if not Path(args.db).exists():
        raise TrilemmaError(f"{args.db} does not exist")
    print(json.dumps({"backup": str(backup_before(args.db, "manual"))}))
    return 0


@command("restore", "replace a database with its newest backup (or --from FILE); the replaced file is kept aside",
         (("--from",), {"dest": "source", "metavar": "FILE", "help": "the backup file to restore"}))
def cmd_restore(args) -> int:
    source = Path(args.source) if args.source else None
    if source is None:
        found = list_backups(args.db)
        if not found:
            raise TrilemmaError(f"{args.db} has no backups in {Path(args.db).parent / 'backups'}")
        source = found[0].path
    aside = restore_backup(source, args.db)
    print(json.dumps({"restored": str(source), "database": str(args.db), "kept_aside": str(aside) if aside else None}))
    return 0
