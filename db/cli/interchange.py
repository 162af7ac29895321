"""`python -m db export|import …`: content packs, GIFT, Moodle XML, class results, xAPI and PDFs."""

from __future__ import annotations

import json
from pathlib import Path

from db.cli import command
from db.connection import open_database
from db.errors import TrilemmaError
from db.interchange import LANGUAGES

EXPORT_FORMATS = ("pack", "gift", "moodle", "csv", "xapi", "worksheet", "answer-key", "handout", "story-handout")
IMPORT_FORMATS = ("pack", "gift", "moodle")


def guess_format(path: str | Path) -> str:
    """The import format of a file, from its content (a zip, <quiz> XML or GIFT), whatever its name."""
    from db.interchange import detect_format

    try:
        return detect_format(path)
    except OSError as exc:
        raise TrilemmaError(f"{Path(path).name}: cannot be read ({exc.strerror or exc})") from exc


def _year(text: str | None) -> int | None:
    if text is None:
        return None
    if not text.lstrip("-").isdigit():
        raise TrilemmaError(f"'{text}' is not a year (YYYY)")
    return int(text)


@command("export", "write content, questions, results or a PDF to FILE (see --format)",
         (("file",), {"help": "the file to write"}),
         (("--format",), {"choices": EXPORT_FORMATS, "default": "pack", "help": "what to write (default: pack)"}),
         (("--module",), {"help": "only this module (id), for pack, gift, moodle, csv, xapi, worksheet, answer-key"}),
         (("--story",), {"help": "story-handout: the story (id) to print"}),
         (("--from",), {"dest": "start", "metavar": "YYYY", "help": "handout: first year"}),
         (("--to",), {"dest": "end", "metavar": "YYYY", "help": "handout: last year"}),
         (("--lang",), {"choices": LANGUAGES, "default": "en",
                        "help": "gift, moodle, worksheet, answer-key, handout, story-handout: the language "
                                "(translated content where it exists, English elsewhere; default: en)"}),
         (("--title",), {"help": "pack: title in the manifest"}),
         (("--author",), {"help": "pack: author in the manifest"}))
def cmd_export(args) -> int:
    from db.interchange import export_file

    if not Path(args.db).is_file():
        raise TrilemmaError(f"{args.db}: there is no database here to export from (create one with `init`)")
    db = open_database(args.db)
    summary = export_file(db, args.file, args.format, module=args.module, start=_year(args.start),
                          end=_year(args.end), title=args.title or "", author=args.author or "", story=args.story,
                          lang=args.lang)
    print(json.dumps({"file": str(args.file), "format": args.format, **summary}, ensure_ascii=False))
    return 0



@command("import", "merge a content pack, GIFT or Moodle XML file into the database; prints what changed",
         (("file",), {"help": "the file to read"}),
         (("--format",), {"choices": IMPORT_FORMATS, "help": "pack, gift or moodle (default: from the file's content)"}),
         (("--dry-run",), {"action": "store_true", "help": "only show what would change"}),
         (("--skip-invalid",), {"action": "store_true",
                                "help": "GIFT / Moodle XML: import the good questions and list the bad ones as skipped "
                                        "(default: refuse the whole file)"}))
def cmd_import(args) -> int:
    from db.interchange import import_file, preview_file

    db = open_database(args.db)
    fmt = args.format or guess_format(args.file)
    # Without --skip-invalid one bad question refuses the file, listing every problem; with it the rest imports.
    preview = preview_file(db, args.file, fmt, skip_invalid=args.skip_invalid)
    out = {"file": str(args.file), "format": fmt, "dry_run": bool(args.dry_run), **preview.as_dict()}
    if not args.dry_run:
        changes = import_file(db, args.file, fmt, skip_invalid=args.skip_invalid)
        out["changed"] = changes.count()
    for line in preview.summary_lines():
        print(line)
    print(json.dumps(out, ensure_ascii=False))
    return 0



@command("send-xapi", "send queued xAPI statements to the record store a teacher set up (nothing else uses the network)")
def cmd_send_xapi(args) -> int:
    from db.interchange.lrs import outbox_status, send_pending

    db = open_database(args.db)
    result = send_pending(db, force=True).value
    print(json.dumps({"sent": result.sent, "pending": result.pending, "error": result.error,
                      "skipped": result.skipped, "status": outbox_status(db)["text"]}, ensure_ascii=False))
    return 1 if result.error else 0
