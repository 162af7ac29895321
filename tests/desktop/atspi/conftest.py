"""The app on a real X display with the AT-SPI accessibility bus, read back as a screen reader reads it.

Xvfb and openbox give a real window, a private D-Bus session (dbus-launch) carries the at-spi bus launcher, and
the app runs under xcb with Qt's accessibility always on. The probe (atspi_probe.py) runs under the system
python3, which has python3-pyatspi; it drives the keyboard with xdotool. Locally the tests skip where a tool is
missing; in CI (CI=true) they fail, so they can never silently not run there."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
APPEAR_TIMEOUT = 150   # a loaded machine can take this long to bring the app onto the bus


def _unavailable(reason: str):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"AT-SPI tests must run in CI, but {reason} (.ci/run installs at-spi2-core, dbus-x11, "
                    "python3-pyatspi, xvfb, openbox and xdotool)")
    pytest.skip(reason)


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def _free_display() -> int:
    for number in range(200, 260):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError("no free X display number between :200 and :259")


@pytest.fixture(scope="session")
def atspi_env(tmp_path_factory):
    """Environment variables of a running Xvfb + openbox + D-Bus session with the AT-SPI bus."""
    if not sys.platform.startswith("linux"):
        pytest.skip("AT-SPI is tested on Linux only")
    for tool in ("Xvfb", "openbox", "dbus-launch", "xdotool"):
        if shutil.which(tool) is None:
            _unavailable(f"{tool} is not installed")
    if not Path(BUS_LAUNCHER).exists():
        _unavailable("at-spi2-core is not installed")
    if subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode != 0:
        _unavailable("python3-pyatspi is not installed for the system python3")
    logs = tmp_path_factory.mktemp("atspi-logs")
    number = _free_display()
    env = dict(os.environ, DISPLAY=f":{number}")
    started: list[subprocess.Popen] = []
    xvfb = subprocess.Popen(["Xvfb", env["DISPLAY"], "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            stdout=open(logs / "xvfb.log", "wb"), stderr=subprocess.STDOUT)
    started.append(xvfb)
    deadline = time.monotonic() + 15
    while not Path(f"/tmp/.X11-unix/X{number}").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    # The window manager first, so the app's window is managed and given the keyboard focus when it maps.
    started.append(subprocess.Popen(["openbox"], env=env, stdout=open(logs / "openbox.log", "wb"),
                                    stderr=subprocess.STDOUT))
    time.sleep(1.0)
    bus = subprocess.run(["dbus-launch", "--sh-syntax"], env=env, capture_output=True, text=True, check=True).stdout
    values = dict(line.split("=", 1) for line in bus.replace("export ", "").split(";\n") if "=" in line)
    env["DBUS_SESSION_BUS_ADDRESS"] = values["DBUS_SESSION_BUS_ADDRESS"].strip("'")
    bus_pid = int(values["DBUS_SESSION_BUS_PID"].strip(";\n "))
    started.append(subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], env=env,
                                    stdout=open(logs / "bus.log", "wb"), stderr=subprocess.STDOUT))
    time.sleep(1.0)   # the accessibility bus is up before the app asks for it
    yield env
    for process in reversed(started):
        _stop(process)
    try:
        os.kill(bus_pid, 15)
    except ProcessLookupError:
        pass


def _prepare(db_path: Path) -> None:
    """A student, and every module's session parked at its first choice question (keys 1–9 answer it)."""
    from db import learning
    from db.connection import open_database

    db = open_database(db_path)
    student = learning.create_student(db, name="Ada").value
    for (module,) in db.execute("SELECT slug FROM modules").fetchall():
        slugs = learning.module_question_slugs(db, module)
        if not slugs:
            continue
        session = learning.start_session(db, student_id=student, module=module).value
        ids = json.loads(db.execute("SELECT question_ids FROM quiz_sessions WHERE id = ?", [session]).fetchone()[0])
        for position, qid in enumerate(ids):
            kind = db.execute("SELECT type FROM questions WHERE id = ?", [qid]).fetchone()[0]
            if kind in ("single_choice", "true_false"):
                db.execute("UPDATE quiz_sessions SET position = ? WHERE id = ?", [position, session])
                break
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


@pytest.fixture(scope="session")
def atspi_report(atspi_env, full_template, tmp_path_factory) -> dict:
    """What the probe read and heard: the Explore tree, one Tab cycle, and a quiz question by keyboard."""
    root = Path(__file__).resolve().parents[3]
    folder = tmp_path_factory.mktemp("atspi-app")
    db_path = folder / "trilemma.db"
    shutil.copy(full_template, db_path)
    _prepare(db_path)
    env = dict(atspi_env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", TRILEMMA_CONFIG_DIR=str(folder),
               QT_ACCESSIBILITY="1", PYTHONPATH=os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]))
    app = subprocess.Popen([sys.executable, "-m", "desktop", "--db", str(db_path), "--lang", "en"], cwd=root, env=env,
                           stdout=open(folder / "app.log", "wb"), stderr=subprocess.STDOUT)
    out = folder / "report.json"
    try:
        probe_env = {k: v for k, v in atspi_env.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
        result = subprocess.run([SYSTEM_PYTHON, str(Path(__file__).with_name("atspi_probe.py")), "--out", str(out),
                                 "--timeout", str(APPEAR_TIMEOUT)], env=probe_env, capture_output=True, text=True,
                                timeout=APPEAR_TIMEOUT + 240)
    finally:
        _stop(app)
    shutil.copy(out, Path(tmp_path_factory.getbasetemp()) / "atspi-report.json") if out.exists() else None
    assert result.returncode == 0 and out.exists(), (
        f"the AT-SPI probe failed:\n{result.stderr[-3000:]}\napp log:\n"
        f"{(folder / 'app.log').read_text(errors='replace')[-2000:]}")
    return json.loads(out.read_text(encoding="utf-8"))
