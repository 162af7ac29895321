"""`python -m desktop`: start the app (packaging/trilemma_entry.py, the frozen app's entry, imports this too)."""

import gc
import sys

# No garbage collection until the window is on screen (desktop.shell.app.settle_after_show turns it back on):
# the imports and the window's build make so many objects that the collector ran pass after pass over them.
gc.disable()

# numpy (for the timeline's plot) and the data layer are imported before Qt on purpose: once PySide6 is loaded,
# its import hook reads the source of every module imported after it (to look for `from __feature__`), which for
# numpy's couple of hundred modules costs several hundredths of a second at every start. (sqlite-utils is imported
# once the window is on screen: see db.connection.Database.)
import numpy  # noqa: F401,E402 - imported for its side effect on start-up time

import db.connection  # noqa: F401,E402 - imported for its side effect on start-up time
from desktop.shell.app import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
