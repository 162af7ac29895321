"""Benchmark (run by hand): what a language or theme switch costs now that it happens in place. Prints one JSON line.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/appearance_bench.py

On the real content, in a shown 1366×768 window with teacher mode on (every tab built): the median time of
View ▸ Language (English ↔ Russian: every widget retranslates, content names are read again) and of
View ▸ Theme (light ↔ dark: palette, stylesheet and the views that paint their own colours).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TRILEMMA_CONFIG_DIR", tempfile.mkdtemp(prefix="trilemma-bench-config-"))


def _median_ms(switch, values: tuple[str, str], runs: int = 6) -> float:
    from PySide6.QtWidgets import QApplication

    times = []
    for i in range(runs):
        start = time.perf_counter()
        switch(values[(i + 1) % 2])
        QApplication.processEvents()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times) * 1000, 1)


def main() -> None:
    """Measure and print."""
    from PySide6.QtWidgets import QApplication

    from desktop.shell.app import create_window

    folder = Path(tempfile.mkdtemp(prefix="trilemma-bench-"))
    window = create_window(folder / "bench.db")
    window.resize(1366, 768)
    window.show()
    window.state.set_teacher_mode(True)
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        QApplication.processEvents()
    window.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    language = _median_ms(window.appearance.set_language, ("en", "ru"))
    theme = _median_ms(window.appearance.set_theme, ("light", "dark"))
    window.appearance.set_language("en")
    window.appearance.set_theme("light")
    print(json.dumps({"language_switch_ms": language, "theme_switch_ms": theme, "tabs": window.tabs.count()}))
    window.close()


if __name__ == "__main__":
    main()
