"""A real X display for the realwindow tests: Xvfb at a school laptop's 1366×768 with the openbox window manager.

Offscreen rendering does not show what a window manager and a real screen do (a window larger than the screen, a
least size that cannot be honoured, a font change a real window does not lay out again). These tests run the app
under xcb on this display. They skip only where they cannot run (not Linux, or Xvfb/openbox not installed on a
developer's machine); in CI (CI=true) a missing tool fails them, so they can never silently not run there."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

SCREEN = (1366, 768)


def _unavailable(reason: str):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"realwindow tests must run in CI, but {reason} (.ci/run installs xvfb and openbox)")
    pytest.skip(reason)


def _free_display() -> int:
    for number in range(140, 200):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError("no free X display number between :140 and :199")


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


@pytest.fixture(scope="session")
def real_display(tmp_path_factory):
    """The DISPLAY name of a running Xvfb (1366×768×24) with openbox managing its windows."""
    if not sys.platform.startswith("linux"):
        pytest.skip("real X windows are tested on Linux only")
    for tool in ("Xvfb", "openbox"):
        if shutil.which(tool) is None:
            _unavailable(f"{tool} is not installed (apt-get install xvfb openbox)")
    logs = tmp_path_factory.mktemp("x11")
    number = _free_display()
    display = f":{number}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
                            stdout=open(logs / "xvfb.log", "wb"), stderr=subprocess.STDOUT)
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 15
    while not socket.exists() and xvfb.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    if not socket.exists():
        _stop(xvfb)
        pytest.fail(f"Xvfb did not start on {display}: {(logs / 'xvfb.log').read_text(errors='replace')[-500:]}")
    env = dict(os.environ, DISPLAY=display)
    wm = subprocess.Popen(["openbox"], env=env, stdout=open(logs / "openbox.log", "wb"), stderr=subprocess.STDOUT)
    time.sleep(1.0)   # openbox takes the screen over before the first window maps
    if wm.poll() is not None:
        _stop(xvfb)
        pytest.fail(f"openbox exited: {(logs / 'openbox.log').read_text(errors='replace')[-500:]}")
    yield display
    _stop(wm)
    _stop(xvfb)


@pytest.fixture(scope="session")
def probe(real_display, full_template, tmp_path_factory):
    """probe(lang, text_size, theme="light") -> the window probe's report for the app opened that way (cached)."""
    import json

    root = Path(__file__).resolve().parents[3]
    script = Path(__file__).with_name("window_probe.py")
    reports: dict[tuple, dict] = {}

    def run(lang: str, text_size: int, theme: str = "light") -> dict:
        key = (lang, text_size, theme)
        if key not in reports:
            folder = tmp_path_factory.mktemp(f"probe-{lang}-{text_size}-{theme}")
            db = folder / "trilemma.db"
            shutil.copy(full_template, db)
            out = folder / "report.json"
            env = dict(os.environ, DISPLAY=real_display, QT_QPA_PLATFORM="xcb", TRILEMMA_CONFIG_DIR=str(folder),
                       PYTHONPATH=os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]))
            result = subprocess.run([sys.executable, str(script), "--db", str(db), "--lang", lang,
                                     "--text-size", str(text_size), "--theme", theme, "--out", str(out)],
                                    cwd=root, env=env, capture_output=True, text=True, timeout=180)
            assert result.returncode == 0 and out.exists(), f"the window probe failed:\n{result.stderr[-3000:]}"
            reports[key] = json.loads(out.read_text(encoding="utf-8"))
        return reports[key]

    return run
