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
  .venv/bin/python -c "import desktop.app" && touch .venv/.trilemma-installed
fi
exec .venv/bin/python -m desktop "$@"
