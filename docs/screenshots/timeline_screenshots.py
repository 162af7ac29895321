"""Render the timeline screenshots for the README: the whole window, a zoomed-in stretch (in each theme), and
100,000 events.

Run by hand: `QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/timeline_screenshots.py`.
timeline.png is what `python -m desktop --screenshot OUT --view timeline` gives on a fresh database;
timeline-zoomed.png shows 2017–2019 with an event selected, timeline-dark.png and
timeline-high-contrast.png the same in those themes; timeline-100k.png is the benchmark's
synthetic data (100,000 events) at "fit all". Uses throwaway databases.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))

from PySide6.QtWidgets import QApplication  # noqa: E402

from db.connection import open_database  # noqa: E402
from desktop.appearance import theme  # noqa: E402
from desktop.shell.app import create_window  # noqa: E402
from desktop.state import AppState  # noqa: E402

OUT = Path(__file__).resolve().parent


def settle() -> None:
    """Let Qt lay out and paint."""
    for _ in range(8):
        QApplication.processEvents()


def zoomed(db: Path, name: str, theme_name: str) -> None:
    """The timeline place at 2017–2019 with an event selected, in a theme."""
    theme.apply_theme(theme_name)
    window = create_window(db)
    window.show_view("timeline")
    window.resize(1440, 900)
    window.show()
    settle()
    window.timeline_widget.set_view(2016.8, 2019.9)
    window.state.select_event("xi-kim-dalian-2018-05")
    settle()
    window.places["timeline"].grab().save(str(OUT / name))
    window.close()


def main() -> None:
    """Write timeline.png, timeline-zoomed.png (also dark and high contrast) and timeline-100k.png."""
    folder = Path(tempfile.mkdtemp())
    subprocess.run([sys.executable, "-m", "desktop", "--db", str(folder / "cli.db"), "--screenshot",
                    str(OUT / "timeline.png"), "--view", "timeline"], check=True, cwd=ROOT)
    for name, theme_name in (("timeline-dark.png", "dark"), ("timeline-high-contrast.png", "high-contrast"),
                             ("timeline-zoomed.png", "light")):
        zoomed(folder / "shots.db", name, theme_name)

    import bench_timeline

    from desktop.timeline import TimelineWidget

    path = folder / "bench.db"
    bench_timeline.build_database(path, 100_000)
    widget = TimelineWidget(AppState(open_database(path), str(path)))
    widget.resize(1400, 560)
    widget.show()
    settle()
    widget.grab().save(str(OUT / "timeline-100k.png"))
    widget.close()


if __name__ == "__main__":
    app = QApplication.instance() or QApplication(sys.argv[:1])
    main()
