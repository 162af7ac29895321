"""Entry point PyInstaller freezes: the same `main` as `python -m desktop`."""

import sys

from desktop.shell.app import main

if __name__ == "__main__":
    sys.exit(main())
