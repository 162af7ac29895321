"""A writing process for the crash harness and the two-process test; prints `CONFIRMED …` only after commit returns.

    python tests/crash/worker.py MODE DB [--tag T] [--count N] [--packs P1 P2 …]

MODE is `answers` (a student answering quiz questions through db.learning), `edits` (a teacher saving
batches of items through db.content.save_items) or `import` (content packs through the real importer).
Every confirmed write is printed as one flushed line; a write refused with a TrilemmaError prints
`FAILED <id> <message>`; anything else is a traceback and exit code 1. Without --count it runs until killed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from db.connection import open_database  # noqa: E402
from db.errors import TrilemmaError  # noqa: E402

STUDENT = "Crash Tester"
MODULE = "crash-module"
EDIT_BATCH = 4  # items per edit batch: 3 themes and 1 event


def say(*parts) -> None:
    """One line on stdout, flushed at once (the harness may kill us right after)."""
    sys.stdout.write(" ".join(str(p) for p in parts) + "\n")
    sys.stdout.flush()


def run_answers(db, tag: str, count: int | None) -> None:
    """Answer the crash module's questions again and again, starting a new session when one ends."""
    from db.learning import record_answer, session_info, start_session, unfinished_session

    student_id = db.execute("SELECT id FROM students WHERE name = ?", [STUDENT]).fetchone()[0]
    n = 0
    while count is None or n < count:
        session = unfinished_session(db, student_id=student_id, module=MODULE)
        if session is None:
            try:
                start_session(db, student_id=student_id, module=MODULE)
            except TrilemmaError as exc:
                say("FAILED", "session", exc)
            continue
        current = session_info(db, session)["current"]
        answer = f"w{tag}-{n}"
        try:
            changes = record_answer(db, student_id=student_id, session_id=session, question_slug=current,
                                    answer=answer)
        except TrilemmaError as exc:
            say("FAILED", f"answer:{answer}", exc)
        else:
            [attempt] = changes["attempts"]
            say("CONFIRMED", "answer", attempt, answer)
        n += 1


def edit_batch(tag: str, n: int) -> list[tuple[str, dict]]:
    """A teacher's edit: three new themes and an event using them, saved together."""
    prefix = f"e{tag}-{n}"
    themes = [("theme", {"id": f"{prefix}-t{i}", "name": f"Theme {i} of edit {n}"}) for i in range(3)]
    event = ("event", {"id": f"{prefix}-ev", "title": f"Event of edit {n}", "start": "2001-02",
                       "actors": ["china", "north-korea"], "themes": [t["id"] for _, t in themes],
                       "summary": "x" * 500, "sources": [{"source": "diplomat-2024"}]})
    return [*themes, event]


def run_edits(db, tag: str, count: int | None) -> None:
    """Save edit batches one after another."""
    from db.content import save_items

    n = 0
    while count is None or n < count:
        try:
            save_items(db, edit_batch(tag, n))
        except TrilemmaError as exc:
            say("FAILED", f"edit:e{tag}-{n}", exc)
        else:
            say("CONFIRMED", "edit", f"e{tag}-{n}")
        n += 1


def run_import(db, packs: list[str], count: int | None) -> None:
    """Import each pack file in turn with the real importer (backup first, one transaction)."""
    from db.interchange import import_file

    for n, pack in enumerate(packs):
        if count is not None and n >= count:
            break
        try:
            import_file(db, pack, "pack")
        except TrilemmaError as exc:
            say("FAILED", f"pack:{Path(pack).stem}", exc)
        else:
            say("CONFIRMED", "pack", Path(pack).stem)
    say("DONE")


def main(argv: list[str] | None = None) -> int:
    """Open the database, say READY, write until done or killed."""
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("answers", "edits", "import"))
    parser.add_argument("db")
    parser.add_argument("--tag", default="0")
    parser.add_argument("--count", type=int)
    parser.add_argument("--packs", nargs="*", default=[])
    args = parser.parse_args(argv)
    db = open_database(args.db)
    say("READY")
    if args.mode == "answers":
        run_answers(db, args.tag, args.count)
    elif args.mode == "edits":
        run_edits(db, args.tag, args.count)
    else:
        run_import(db, args.packs, args.count)
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
