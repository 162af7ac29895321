"""Fuzz every importer and every form: no input may raise anything but a TrilemmaError, nor change the
database when it is refused.

Importers: the seed TOML loader (db.seed.read_content + seed_items), content packs, GIFT and Moodle XML
(db.interchange.import_file, the real entry point, which backs up and saves in one transaction). Forms:
every content kind through validate_item + save_item, the editor's apply_edit with deletes, a student's
name, a quiz answer of every question type (record_answer) and the teacher PIN rules. Each input runs
on a fresh copy of a small seeded database. Prints JSON: inputs tried, accepted, refused and failures
per importer (with the first few failing inputs).

    .venv/bin/python tests/fuzz/fuzz_inputs.py --inputs 10000 [--only gift,moodle] [--engine atheris]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from sqlite_utils import Database  # noqa: E402
from strategies import (  # noqa: E402
    ANSWER_CASES,
    answer_inputs,
    edit_inputs,
    form_inputs,
    gift_inputs,
    moodle_inputs,
    pack_inputs,
    text_inputs,
    toml_inputs,
)

from db.errors import TrilemmaError  # noqa: E402

MIN_CONTENT = ROOT / "tests" / "fixtures" / "content_min"


class Template:
    """A seeded in-memory database with one quiz session per question type; copied per input."""

    def __init__(self) -> None:
        from db.connection import open_database
        from db.content import save_items
        from db.learning import create_student, start_session
        from db.seed import seed

        self.db = open_database(":memory:")
        seed(self.db, MIN_CONTENT)
        items = []
        for slug, question in ANSWER_CASES.items():
            items.append(("question", {"id": slug, **question, "sources": [{"source": "diplomat-2024"}]}))
            items.append(("module", {"id": f"m-{slug}", "title": slug, "questions": [slug]}))
        save_items(self.db, items)
        create_student(self.db, name="Fuzz")
        self.student = self.db.execute("SELECT id FROM students").fetchone()[0]
        self.sessions = {}
        for slug in ANSWER_CASES:
            changes = start_session(self.db, student_id=self.student, module=f"m-{slug}")
            self.sessions[slug] = max(changes["sessions"])
        self.tables = [r[0] for r in self.db.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table') AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search_index_%' ORDER BY name")]

    def copy(self) -> Database:
        """A fresh private copy (the online backup API, in memory)."""
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        self.db.conn.backup(conn)
        db = Database(conn)
        db.execute("PRAGMA foreign_keys = ON")
        return db

    def fingerprint(self, db: Database) -> str:
        """A hash of every row of every table."""
        digest = hashlib.sha256()
        for table in self.tables:
            for row in db.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall():
                digest.update(repr(row).encode("utf-8", "surrogatepass"))
        return digest.hexdigest()


# ---------------------------------------------------------------- the actions, one per importer or form


def _write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
    return path


def act_seed_toml(t: Template, db: Database, data, folder: Path) -> None:
    from db.seed import read_content, seed_items

    for old in folder.glob("*.toml"):
        old.unlink()
    _write(folder, "content.toml", data)
    seed_items(db, read_content(folder))


def _importer(fmt: str, suffix: str) -> Callable:
    def act(t: Template, db: Database, data, folder: Path) -> None:
        from db.interchange import import_file

        import_file(db, _write(folder, f"input{suffix}", data), fmt)

    return act


def act_form(t: Template, db: Database, data, folder: Path) -> None:
    from db.content import save_item, validate_item

    kind, item = data
    problems = validate_item(db, kind, item)
    if not isinstance(problems, list):
        raise AssertionError("validate_item must return a list of problems")
    save_item(db, kind=kind, item=item)
    if problems:
        raise AssertionError(f"validate_item found {problems} but save_item saved the item")


def act_edit(t: Template, db: Database, data, folder: Path) -> None:
    from db.editing import apply_edit

    saves, deletes = data
    apply_edit(db, saves=saves, deletes=deletes)


def act_student_name(t: Template, db: Database, data, folder: Path) -> None:
    from db.learning import create_student

    create_student(db, name=data)


def act_answer(t: Template, db: Database, data, folder: Path) -> None:
    from db.learning import record_answer

    slug, answer = data
    record_answer(db, student_id=t.student, session_id=t.sessions[slug], question_slug=slug, answer=answer)


def act_pin(t: Template, db: Database, data, folder: Path) -> None:
    from db.teacher import check_pin_rules

    check_pin_rules(data)


IMPORTERS: dict[str, tuple[Callable, Callable]] = {
    # name: (hypothesis strategy factory, action)
    "seed_toml": (toml_inputs, act_seed_toml),
    "pack": (pack_inputs, _importer("pack", ".trilemma-pack")),
    "gift": (gift_inputs, _importer("gift", ".gift")),
    "moodle_xml": (moodle_inputs, _importer("moodle", ".xml")),
    "form_items": (form_inputs, act_form),
    "editor_apply_edit": (edit_inputs, act_edit),
    "form_student_name": (text_inputs, act_student_name),
    "form_quiz_answer": (answer_inputs, act_answer),
    "form_teacher_pin": (text_inputs, act_pin),
}
BYTE_IMPORTERS = ("seed_toml", "pack", "gift", "moodle_xml")  # atheris feeds these raw bytes


class Tally:
    """Counts for one importer and the first failing inputs."""

    def __init__(self) -> None:
        self.inputs = self.accepted = self.refused = 0
        self.failures: list[dict] = []
        self.failure_count = 0

    def as_dict(self) -> dict:
        """JSON-ready figures."""
        return {"inputs": self.inputs, "accepted": self.accepted, "refused": self.refused,
                "failures": self.failure_count, "first_failures": self.failures[:5]}


def exercise(t: Template, action: Callable, data, folder: Path, tally: Tally) -> str | None:
    """Run one input on a fresh database; return a failure description or None."""
    db = t.copy()
    before = t.fingerprint(db)
    tally.inputs += 1
    failure = None
    try:
        action(t, db, data, folder)
    except TrilemmaError as exc:
        tally.refused += 1
        if db.conn.in_transaction:
            failure = f"left a transaction open after refusing: {exc}"
        elif t.fingerprint(db) != before:
            failure = f"changed the database although refused: {exc}"
        elif not str(exc).strip():
            failure = f"refused without a message ({type(exc).__name__})"
    except Exception as exc:  # noqa: BLE001 - that is what we look for
        frames = traceback.extract_tb(exc.__traceback__)
        where = next((f"{Path(f.filename).name}:{f.lineno}" for f in reversed(frames) if "/db/" in f.filename), "?")
        failure = f"{type(exc).__name__} at {where}: {str(exc)[:200]}"
    else:
        tally.accepted += 1
        if db.conn.in_transaction:
            failure = "left a transaction open after saving"
    finally:
        db.close()
    if failure:
        print(f"FAILURE {failure} | input {repr(data)[:300]}", file=sys.stderr, flush=True)
        tally.failure_count += 1
        if len(tally.failures) < 5:
            tally.failures.append({"failure": failure, "input": repr(data)[:400]})
    return failure


def run_hypothesis(name: str, inputs: int, t: Template, folder: Path, *, seed: int | None = None) -> Tally:
    """Feed `inputs` generated inputs to one importer (no shrinking: every failure is counted)."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hypothesis_seed

    strategy, action = IMPORTERS[name]
    tally = Tally()

    @settings(max_examples=inputs, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(strategy())
    def feed(data):
        exercise(t, action, data, folder, tally)

    if seed is not None:
        feed = hypothesis_seed(seed)(feed)
    feed()
    return tally


SEEDS = {  # one well-formed file per byte importer, so atheris starts from the real formats
    "gift": b"$CATEGORY: m-one\n\n::q-one:: Which year? {=1961 ~1950 ~1970}\n\n::q-two:: Allies? {T}\n",
    "moodle_xml": b'<?xml version="1.0"?><quiz><question type="multichoice"><name><text>Kim</text></name>'
                  b'<questiontext format="html"><text>Which?</text></questiontext><answer fraction="100"><text>Kim'
                  b'</text></answer><answer fraction="0"><text>Mao</text></answer></question></quiz>',
}


def _seed_corpus(name: str, t: Template, folder: Path) -> Path:
    corpus = folder / "corpus"
    corpus.mkdir(exist_ok=True)
    if name == "seed_toml":
        (corpus / "content.toml").write_bytes((MIN_CONTENT / "content.toml").read_bytes())
    elif name == "pack":
        from db.interchange.pack import write_pack

        write_pack(t.db, corpus / "all.trilemma-pack")
    else:
        (corpus / name).write_bytes(SEEDS[name])
    return corpus


def run_atheris(name: str, inputs: int, t: Template, folder: Path) -> Tally:
    """Coverage-guided bytes into one byte importer with atheris; prints JSON figures as it goes (it exits when done)."""
    import atheris

    _, action = IMPORTERS[name]
    tally = Tally()
    corpus = _seed_corpus(name, t, folder)
    work = folder / "work"
    work.mkdir(exist_ok=True)

    def one(data: bytes) -> None:
        exercise(t, action, data, work, tally)
        if tally.inputs % 1000 == 0 or tally.inputs >= inputs:
            print(json.dumps({"engine": "atheris", name: tally.as_dict()}), flush=True)

    atheris.instrument_all()  # coverage guidance over the already imported importers
    atheris.Setup([sys.argv[0], f"-runs={inputs}", "-max_len=65536", "-seed=1", str(corpus)], one)
    atheris.Fuzz()
    return tally


def main(argv: list[str] | None = None) -> int:
    """Run the fuzzers; print JSON; exit 1 if any importer had a failure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=10_000, help="inputs per importer")
    parser.add_argument("--only", help="comma-separated importer names: " + ", ".join(IMPORTERS))
    parser.add_argument("--engine", choices=("hypothesis", "atheris"), default="hypothesis")
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args(argv)
    names = args.only.split(",") if args.only else list(IMPORTERS)
    unknown = [n for n in names if n not in IMPORTERS]
    if unknown:
        parser.error(f"unknown importer {unknown}")
    t = Template()
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="trilemma-fuzz-") as tmp:
        folder = Path(tmp)
        if args.engine == "atheris":
            if len(names) != 1 or names[0] not in BYTE_IMPORTERS:
                parser.error(f"atheris runs one byte importer at a time: --only one of {', '.join(BYTE_IMPORTERS)}")
            run_atheris(names[0], args.inputs, t, folder)
            return 0
        for name in names:
            started = time.time()
            tally = run_hypothesis(name, args.inputs, t, folder, seed=args.seed)
            results[name] = {**tally.as_dict(), "seconds": round(time.time() - started, 1)}
            print(f"{name}: {results[name]['inputs']} inputs, {results[name]['failures']} failures",
                  file=sys.stderr)
    total = {"inputs": sum(r["inputs"] for r in results.values()),
             "failures": sum(r["failures"] for r in results.values())}
    print(json.dumps({"engine": "hypothesis", "total": total, "importers": results}, indent=2, ensure_ascii=False))
    return 1 if total["failures"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
