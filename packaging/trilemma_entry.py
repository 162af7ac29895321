"""Entry point PyInstaller freezes: the same `main` as `python -m desktop`."""

import gc
import sys

gc.disable()   # until the window is on screen, as in desktop/__main__.py (desktop.shell.app.settle_after_show)

import db.connection  # noqa: E402,F401 - before Qt, as in desktop/__main__.py
from desktop.shell.app import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
