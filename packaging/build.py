"""Build the self-contained app folder `dist/trilemma/` with PyInstaller (one-dir), from a minimal venv.

    python3 packaging/build.py            # fresh venv in build/venv, then dist/trilemma/trilemma
    python3 packaging/build.py --check    # ... and run the built app offscreen to a screenshot

The venv holds only the app's runtime dependencies (read from pyproject.toml) and PyInstaller: anything
installed there would be bundled, and exactly one Qt binding (PySide6-Essentials) must be present.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
VENV = BUILD / "venv"
PYINSTALLER = "pyinstaller>=6.10,<7"
# Packages PyInstaller must never pull in: other Qt bindings and tools that are not the app.
EXCLUDES = ["tkinter", "PyQt5", "PyQt6", "PySide2", "matplotlib", "IPython", "pytest", "hypothesis",
            "OpenGL", "cupy", "scipy"]
OTHER_QT_BINDINGS = ("PyQt5", "PyQt6", "PySide2")


def runtime_dependencies() -> list[str]:
    """The app's runtime requirements, exactly as pyproject.toml states them (markers included)."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(data["project"]["dependencies"])


def make_venv(python: str) -> Path:
    """Create build/venv (once) and install the runtime dependencies and PyInstaller into it."""
    py = VENV / "bin" / "python"
    if not py.exists():
        subprocess.run([python, "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", PYINSTALLER, *runtime_dependencies()], check=True)
    names = subprocess.run([str(py), "-m", "pip", "list", "--format=json"], check=True, capture_output=True,
                           text=True).stdout
    present = {p["name"] for p in json.loads(names)}
    extra = [b for b in OTHER_QT_BINDINGS if b in present]
    if extra:
        raise SystemExit(f"build venv has another Qt binding ({', '.join(extra)}); delete {VENV} and rebuild")
    return py


def compile_translations(py: Path) -> None:
    """Compile resources/translations/*.ts to .qm so the bundle ships them."""
    script = ROOT / "packaging" / "translations.py"
    if script.exists():
        subprocess.run([str(py), str(script), "release"], check=True, cwd=ROOT)


def freeze(py: Path) -> Path:
    """Run PyInstaller; returns the built executable."""
    args = [
        str(py), "-m", "PyInstaller", "--noconfirm", "--clean", "--onedir", "--windowed",
        "--name", "trilemma",
        "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"), "--specpath", str(BUILD),
        "--paths", str(ROOT),
        "--add-data", f"{ROOT / 'resources'}{os.pathsep}resources",
        "--icon", str(ROOT / "resources" / "icons" / "hicolor" / "256x256" / "apps" / "org.trilemma.Trilemma.png"),
        # Views of the other packages are imported by name at run time: take every module of ours.
        "--collect-submodules", "desktop", "--collect-submodules", "db",
        # fontTools loads each font table's module by its tag (Chinese and Korean PDFs read Noto Sans CJK).
        "--collect-submodules", "fontTools.ttLib.tables",
    ]
    for name in EXCLUDES:
        args += ["--exclude-module", name]
    args.append(str(ROOT / "packaging" / "trilemma_entry.py"))
    subprocess.run(args, check=True, cwd=ROOT)
    exe = DIST / "trilemma" / "trilemma"
    if not exe.exists():
        raise SystemExit(f"PyInstaller finished but {exe} is missing")
    return exe


def check(exe: Path, out: Path) -> None:
    """Start the built app offscreen, without Python on the path, on a new database; it must write a PNG."""
    db = out.with_suffix(".db")
    for path in (out, db):
        path.unlink(missing_ok=True)
    env = {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/tmp"), "QT_QPA_PLATFORM": "offscreen",
           "LANG": "C.UTF-8"}
    started = time.monotonic()
    result = subprocess.run([str(exe), "--db", str(db), "--screenshot", str(out)], env=env, cwd="/",
                            capture_output=True, text=True, timeout=300)
    seconds = time.monotonic() - started
    if result.returncode != 0:
        raise SystemExit(f"the built app failed (exit {result.returncode}):\n{result.stderr}")
    if not out.exists() or out.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n" or out.stat().st_size < 20_000:
        raise SystemExit(f"the built app did not write a real screenshot to {out}\n{result.stderr}")
    print(json.dumps({"built_app_screenshot": str(out), "bytes": out.stat().st_size,
                      "first_start_seconds": round(seconds, 1)}))


def folder_size(path: Path) -> int:
    """Bytes in a folder tree."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    """Build (and optionally check) the app folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=sys.executable, help="interpreter for the build venv")
    parser.add_argument("--check", action="store_true", help="run the built app offscreen to a screenshot")
    parser.add_argument("--screenshot", default="/tmp/trilemma-built.png", help="where --check writes its PNG")
    args = parser.parse_args(argv)
    started = time.monotonic()
    py = make_venv(args.python)
    compile_translations(py)
    exe = freeze(py)
    print(json.dumps({"app_folder": str(exe.parent), "megabytes": round(folder_size(exe.parent) / 2**20, 1),
                      "build_seconds": round(time.monotonic() - started, 1)}))
    if args.check:
        check(exe, Path(args.screenshot))
    return 0


if __name__ == "__main__":
    sys.exit(main())
