"""`python -m desktop`: start the app."""

import sys

from desktop.shell.app import main

sys.exit(main())
