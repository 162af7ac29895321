"""Render the relationship-map screenshots for the README: the map in 2017 and 2024, a pair's history, a comparison.

Run by hand: `QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/relations_screenshots.py`.
The same pictures as `python -m desktop --screenshot OUT [--view relations] --date 2017-06`, plus two states
that need a click (a pair's history, the comparison tab). Uses a throwaway database seeded from the content.
With `--theme dark` (or `high-contrast`) it writes relations-<theme>.png and relations-compare-<theme>.png
instead: the map with a line selected, a country focused and the pair's history open, and the comparison.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from db.dates import PartialDate  # noqa: E402
from desktop.appearance import theme  # noqa: E402
from desktop.shell.app import create_window  # noqa: E402

OUT = Path(__file__).resolve().parent


def settle() -> None:
    """Let Qt lay out and paint."""
    for _ in range(8):
        QApplication.processEvents()


def main() -> None:
    """Write main.png and explore-2017.png (the default window), then the four relations-*.png, in the light theme."""
    theme.apply_theme("light", QApplication.instance() or QApplication(sys.argv[:1]))
    window = create_window(Path(tempfile.mkdtemp()) / "shots.db")
    panel = window.relations_widget
    panel.graph.animation_ms = 0
    window.resize(1440, 900)
    window.show()
    for name, (year, month) in (("explore-2017.png", (2017, 6)), ("main.png", (2024, 7))):
        window.state.set_date(PartialDate(year, month).start_value())
        settle()
        window.grab().save(str(OUT / name))
    window.show_view("relations")
    for name, (year, month) in (("relations-2017.png", (2017, 6)), ("relations-2024.png", (2024, 7))):
        window.state.set_date(PartialDate(year, month).start_value())
        settle()
        window.grab().save(str(OUT / name))
    window.state.set_date(PartialDate(2017, 6).start_value())
    panel.graph.activate("edge:cn-kp-low-point")
    settle()
    window.grab().save(str(OUT / "relations-history.png"))
    panel.tabs.setCurrentWidget(panel.compare)
    settle()
    window.grab().save(str(OUT / "relations-compare.png"))
    window.close()


def themed(name: str) -> None:
    """Write relations-<name>.png and relations-compare-<name>.png in one theme."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme.apply_theme(name, app)
    window = create_window(Path(tempfile.mkdtemp()) / "shots.db")
    panel = window.relations_widget
    panel.graph.animation_ms = 0
    window.resize(1440, 900)
    window.show()
    window.show_view("relations")
    window.state.set_date(PartialDate(2017, 6).start_value())
    panel.graph.activate("edge:cn-kp-low-point")
    panel.graph.setFocus()
    panel.graph._set_focus_key("node:russia")
    settle()
    window.grab().save(str(OUT / f"relations-{name}.png"))
    panel.tabs.setCurrentWidget(panel.compare)
    settle()
    window.grab().save(str(OUT / f"relations-compare-{name}.png"))
    window.close()


if __name__ == "__main__":
    if "--theme" in sys.argv:
        themed(sys.argv[sys.argv.index("--theme") + 1])
    else:
        main()
