#!/usr/bin/env bash
# Sets up a virtual environment (first run, or after pyproject.toml changes) and starts Trilemma.
# Extra arguments go to the app, e.g. ./trilemma.sh --db class.db
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
if [ ! -f .venv/.trilemma-installed ] || [ pyproject.toml -nt .venv/.trilemma-installed ]; then
  echo "Setting up Trilemma in .venv (first run only; needs the package registry once)..." >&2
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e . 2>&1 | grep -vE '^\s*$' >&2 || true
  .venv/bin/python -c "import desktop.shell.app" && touch .venv/.trilemma-installed
fi
# Qt's window system plugin needs these Debian/Ubuntu libraries; a fresh desktop often lacks libxcb-cursor0.
QT_LIBS="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0
         libxcb-randr0 libxcb-shape0 libxkbcommon-x11-0 libegl1 fonts-noto-cjk"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && command -v dpkg-query >/dev/null 2>&1; then
  missing=$(for p in $QT_LIBS; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || echo "$p"; done)
  if [ -n "$missing" ]; then
    echo "Trilemma needs these system packages for its window: $(echo $missing)" >&2
    if [ "$(id -u)" = 0 ]; then apt-get install -y $missing >&2
    elif command -v sudo >/dev/null 2>&1; then sudo apt-get install -y $missing >&2
    else echo "Install them (apt-get install ...) and run ./trilemma.sh again." >&2; exit 1
    fi
  fi
fi
exec .venv/bin/python -m desktop "$@"
