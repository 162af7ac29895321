"""Kill a writing process with SIGKILL at random moments and check that nothing confirmed is lost.

Three scenarios, each a worker process (tests/crash/worker.py) writing until killed: a student answering
(db.learning.record_answer), a teacher saving edit batches (db.content.save_items), an import of large
content packs (db.interchange.import_file). After every kill: `PRAGMA integrity_check` is ok, the app
opens the file, every write the worker confirmed (printed after commit returned) is there, and every
answer / edit / pack is there completely or not at all. Each database takes `--series` kills in a row
(so the next worker recovers the last one's hot WAL) before a fresh copy is used. Prints JSON figures.

    .venv/bin/python tests/crash/crash_harness.py --kills 210 [--seed 1] [--pack-events 300]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from worker import EDIT_BATCH, MODULE, STUDENT  # noqa: E402

SCENARIOS = {"answers": 0.25, "edits": 0.35, "import": 1.0}  # mode -> longest wait before the kill (s)
QUESTIONS = 30


def make_template(folder: Path) -> Path:
    """The small seeded content plus a module of short-answer questions and one student."""
    from db.connection import open_database
    from db.content import save_items
    from db.learning import create_student
    from db.seed import seed

    path = folder / "template.db"
    db = open_database(path)
    seed(db, ROOT / "tests" / "fixtures" / "content_min")
    questions = [("question", {"id": f"crash-q{i}", "type": "short_answer", "prompt": f"Question {i}?",
                               "answers": ["yes"], "sources": [{"source": "diplomat-2024"}]}) for i in range(QUESTIONS)]
    module = ("module", {"id": MODULE, "title": "Crash module", "questions": [q["id"] for _, q in questions]})
    save_items(db, [*questions, module])
    create_student(db, name=STUDENT)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def make_packs(folder: Path, template: Path, count: int, events: int) -> list[Path]:
    """`count` content packs, pack k adding `events` new events `p<k>-<i>` (plus the unchanged base content)."""
    from db.connection import open_database
    from db.content import save_items
    from db.interchange.pack import write_pack

    packs = []
    for k in range(count):
        scratch = folder / f"scratch{k}.db"
        shutil.copy(template, scratch)
        db = open_database(scratch)
        save_items(db, [("event", {"id": f"p{k}-{i}", "title": f"Imported event {i} of pack {k}",
                                   "start": f"{1950 + i % 70}", "actors": ["china", "russia"],
                                   "summary": "y" * 300, "sources": [{"source": "diplomat-2024"}]})
                        for i in range(events)])
        path = folder / f"p{k}.trilemma-pack"
        write_pack(db, path, title=f"Crash pack {k}")
        db.close()
        scratch.unlink()
        packs.append(path)
    return packs


def run_worker(mode: str, db_path: Path, tag: str, packs: list[Path], max_wait: float, rng: random.Random) -> dict:
    """Start a worker, wait a random moment after it is ready, SIGKILL it; return what it printed."""
    cmd = [sys.executable, str(HERE / "worker.py"), mode, str(db_path), "--tag", tag]
    if mode == "import":
        cmd += ["--packs", *map(str, packs)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    ready = proc.stdout.readline().strip()
    killed = False
    if ready == "READY":
        time.sleep(rng.uniform(0.0, max_wait))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed = True
    out, err = proc.communicate()
    lines = [line.split(" ", 3) for line in out.splitlines() if line.startswith("CONFIRMED")]
    error = "" if ready == "READY" and (killed or proc.returncode == 0) else (err.strip()[-800:] or ready)
    return {"killed": killed, "confirmed": lines, "error": error}


def check(db_path: Path, mode: str, confirmed: list[list[str]], pack_events: int) -> dict:
    """Integrity, confirmed writes present, batches whole; counts of each kind of failure."""
    result = {"corrupt": 0, "lost": 0, "partial": 0}
    conn = sqlite3.connect(db_path)  # opening recovers the hot WAL the killed worker left
    try:
        try:
            damaged = conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)] or bool(
                conn.execute("PRAGMA foreign_key_check").fetchall())
        except sqlite3.DatabaseError:
            damaged = True
        if damaged:
            result["corrupt"] = 1
            return result
        if mode == "answers":
            for _, _, attempt, answer in confirmed:
                row = conn.execute("SELECT answer FROM attempts WHERE id = ?", [int(attempt)]).fetchone()
                result["lost"] += row is None or json.loads(row[0]) != answer
            # attempt + session position + review: all or nothing per answer
            result["partial"] += conn.execute(
                "SELECT count(*) FROM quiz_sessions s WHERE s.position <> "
                "(SELECT count(*) FROM attempts a WHERE a.session_id = s.id)").fetchone()[0]
            result["partial"] += conn.execute(
                "SELECT count(*) FROM (SELECT DISTINCT student_id, question_id FROM attempts) a WHERE NOT EXISTS "
                "(SELECT 1 FROM reviews r WHERE r.student_id = a.student_id AND r.question_id = a.question_id)"
            ).fetchone()[0]
        elif mode == "edits":
            rows = conn.execute(
                "SELECT substr(slug, 1, instr(slug, '-t') - 1), count(*) FROM themes WHERE slug GLOB 'e[0-9]*-[0-9]*-t[0-9]' "
                "GROUP BY 1").fetchall()
            themes = dict(rows)
            events = {r[0][:-3]: r[1] for r in conn.execute(
                "SELECT e.slug, (SELECT count(*) FROM event_themes et WHERE et.event_id = e.id) FROM events e "
                "WHERE e.slug GLOB 'e[0-9]*-[0-9]*-ev'")}
            for prefix in set(themes) | set(events):
                whole = themes.get(prefix, 0) == EDIT_BATCH - 1 and events.get(prefix) == EDIT_BATCH - 1
                result["partial"] += not whole
            for _, _, prefix in confirmed:
                result["lost"] += prefix not in events or themes.get(prefix, 0) != EDIT_BATCH - 1
        else:
            counts = dict(conn.execute(
                "SELECT substr(slug, 1, instr(slug, '-') - 1), count(*) FROM events WHERE slug GLOB 'p[0-9]*-[0-9]*' "
                "GROUP BY 1").fetchall())
            links = dict(conn.execute(
                "SELECT substr(e.slug, 1, instr(e.slug, '-') - 1), count(*) FROM event_actors ea "
                "JOIN events e ON e.id = ea.event_id WHERE e.slug GLOB 'p[0-9]*-[0-9]*' GROUP BY 1").fetchall())
            for pack, n in counts.items():
                result["partial"] += n != pack_events or links.get(pack) != 2 * pack_events
            for _, _, pack in confirmed:
                result["lost"] += counts.get(pack.strip(), 0) != pack_events
    finally:
        conn.close()
    try:  # the app itself must open it (quick_check, schema state)
        from db.connection import open_database

        open_database(db_path, migrate=False).close()
    except Exception:  # noqa: BLE001 - any failure to open is what we count
        result["corrupt"] = 1
    return result


def run(kills: int = 210, *, seed: int = 1, series: int = 10, pack_events: int = 300, workdir: Path | None = None,
        progress: bool = False) -> dict:
    """Run trials over the three scenarios in turn until `kills` workers were killed mid-write; return the figures."""
    rng = random.Random(seed)
    started = time.time()
    own = workdir is None
    folder = Path(tempfile.mkdtemp(prefix="trilemma-crash-")) if own else workdir
    try:
        template = make_template(folder)
        packs = make_packs(folder, template, max(3, series * 3), pack_events)
        modes = list(SCENARIOS)
        figures = {m: {"trials": 0, "kills": 0, "confirmed_writes": 0, "corrupt_databases": 0,
                       "lost_confirmed_writes": 0, "partial_batches": 0, "worker_errors": 0} for m in modes}
        errors: list[str] = []
        histories: dict[str, list[list[str]]] = {m: [] for m in modes}
        trial = 0
        while sum(f["kills"] for f in figures.values()) < kills and trial < 3 * kills:
            mode = modes[trial % len(modes)]
            round_no = trial // len(modes)
            db_path = folder / f"{mode}.db"
            if round_no % series == 0:  # a fresh database for the next series of kills
                shutil.copy(template, db_path)
                for side in ("-wal", "-shm"):
                    Path(f"{db_path}{side}").unlink(missing_ok=True)
                shutil.rmtree(folder / "backups", ignore_errors=True)
                histories[mode] = []
            start_pack = (round_no % series) * 3
            outcome = run_worker(mode, db_path, str(trial), packs[start_pack:], SCENARIOS[mode], rng)
            history = histories[mode]
            history.extend(outcome["confirmed"])
            found = check(db_path, mode, history, pack_events)
            f = figures[mode]
            f["trials"] += 1
            f["kills"] += outcome["killed"]
            f["confirmed_writes"] += len(outcome["confirmed"])
            f["corrupt_databases"] += found["corrupt"]
            f["lost_confirmed_writes"] += found["lost"]
            f["partial_batches"] += found["partial"]
            if outcome["error"]:
                f["worker_errors"] += 1
                errors.append(f"{mode} trial {trial}: {outcome['error']}")
            trial += 1
            if progress:
                done = sum(f["kills"] for f in figures.values())
                print(f"trial {trial}, kill {done}/{kills} {mode}: {len(outcome['confirmed'])} confirmed, {found}",
                      file=sys.stderr)
        total = {key: sum(f[key] for f in figures.values()) for key in next(iter(figures.values()))}
        return {**total, "scenarios": figures, "errors": errors[:10], "seed": seed, "pack_events": pack_events,
                "seconds": round(time.time() - started, 1)}
    finally:
        if own:
            shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    """Run the harness and print the figures as JSON; exit 1 if anything was corrupt, lost or partial."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=210, help="kills to reach, spread over the three scenarios")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--series", type=int, default=10, help="kills in a row on one database")
    parser.add_argument("--pack-events", type=int, default=300, help="new events in each imported pack")
    parser.add_argument("--progress", action="store_true", help="one line per trial on stderr")
    args = parser.parse_args(argv)
    figures = run(args.kills, seed=args.seed, series=args.series, pack_events=args.pack_events, progress=args.progress)
    print(json.dumps(figures, indent=2))
    bad = figures["corrupt_databases"] + figures["lost_confirmed_writes"] + figures["partial_batches"]
    return 1 if bad or figures["worker_errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
