"""`python -m db reset-pin`: clear a lost teacher PIN (needs access to the file, so only the command line offers it)."""

from __future__ import annotations

from db.cli import command
from db.connection import open_database
from db.teacher import reset_pin


@command("reset-pin", "forget the teacher PIN (for a teacher who lost it); the next teacher chooses a new one")
def cmd_reset_pin(args) -> int:
    reset_pin(open_database(args.db))
    print(f"The teacher PIN of {args.db} was removed; the next teacher to open teacher mode chooses a new one.")
    return 0
