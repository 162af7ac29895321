#!/usr/bin/env bash
# Sets up a virtual environment (first run only) and starts Trilemma. Extra arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
  .venv/bin/python -m pip install --quiet --upgrade pip
fi
.venv/bin/python -m pip install --quiet -e .
exec .venv/bin/python -m desktop "$@"
