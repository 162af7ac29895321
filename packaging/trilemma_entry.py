"""Entry point PyInstaller freezes: the same start as `python -m desktop` (desktop/__main__.py sets it up)."""

import sys

from desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
