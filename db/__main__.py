"""`python -m db …`: runs the command line of db/cli/ (see `python -m db --help`)."""

from __future__ import annotations

import sys

from db.cli import main

if __name__ == "__main__":
    sys.exit(main())
