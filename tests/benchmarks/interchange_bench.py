"""Benchmark (run by hand): export and import the seeded content as a pack, GIFT and Moodle XML; PDFs.

`python tests/benchmarks/interchange_bench.py` prints one JSON object of sizes and seconds.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from db.connection import open_database  # noqa: E402
from db.content import KIND_ORDER, list_items  # noqa: E402
from db.interchange import export_file, import_file, preview_file  # noqa: E402
from db.seed import seed  # noqa: E402


def timed(fn):
    """(result, seconds) of one call."""
    start = time.perf_counter()
    result = fn()
    return result, round(time.perf_counter() - start, 3)


def main() -> None:
    """Seed a database, then time each export and the import into an empty database."""
    folder = Path(tempfile.mkdtemp())
    src = open_database(folder / "src.db")
    seed(src)
    out = {"items": sum(len(list_items(src, k)) for k in KIND_ORDER),
           "questions": len(list_items(src, "question"))}
    for fmt, name in (("pack", "p.zip"), ("gift", "q.gift"), ("moodle", "q.xml")):
        _, seconds = timed(lambda f=fmt, n=name: export_file(src, folder / n, f))
        dst = open_database(folder / f"dst-{fmt}.db")
        preview, p_seconds = timed(lambda f=fmt, n=name, d=dst: preview_file(d, folder / n, f))
        changes, i_seconds = timed(lambda f=fmt, n=name, d=dst: import_file(d, folder / n, f))
        out[fmt] = {"bytes": (folder / name).stat().st_size, "export_s": seconds, "preview_s": p_seconds,
                    "import_s": i_seconds, "changed": changes.count()}
    # A large hand-made GIFT bank and a large Moodle XML file: parsing and importing stay linear.
    bank = "\n\n".join(f"::q-bulk-{i}:: Question number {i}? {{=a ~b ~c}}" for i in range(3000))
    (folder / "bank.gift").write_text(bank, encoding="utf-8")
    _, seconds = timed(lambda: import_file(src, folder / "bank.gift", "gift"))
    _, again = timed(lambda: import_file(src, folder / "bank.gift", "gift"))
    out["gift_3000_questions"] = {"import_s": seconds, "reimport_s": again}
    from db.interchange.moodle_xml import parse_moodle

    one = ('<question type="truefalse"><name><text>n</text></name><questiontext><text>Q?</text></questiontext>'
           '<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>\n')
    data = ("<quiz>\n" + one * 40000 + "</quiz>").encode()
    parsed, seconds = timed(lambda: parse_moodle(data, "big.xml"))
    out["moodle_parse_40000"] = {"mb": round(len(data) / 1e6, 1), "seconds": seconds, "questions": len(parsed.questions)}
    module = list_items(src, "module")[0]["id"]
    for fmt in ("worksheet", "answer-key", "handout"):
        summary, seconds = timed(lambda f=fmt: export_file(src, folder / f"{f}.pdf", f, module=module))
        out[fmt] = {"pages": summary["pages"], "seconds": seconds, "bytes": (folder / f"{fmt}.pdf").stat().st_size}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
