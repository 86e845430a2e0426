"""`python -m generator.site.ssg.tethered MODULE ARGUMENT…` runs MODULE as `python -m MODULE` does, and ends as
soon as the process that started it ends, however that ends (Ctrl-C, a kill, a crash), on every system.

The parent holds the writing end of this process's standard input and never writes: when the parent ends,
the system closes that end and the read below returns. Linux's PR_SET_PDEATHSIG and process groups do this
on one system only."""

from __future__ import annotations

import os
import runpy
import sys
import threading

EXIT_ORPHANED = 3
STDIN = 0


def _end_with_parent() -> None:
    # The file descriptor, not sys.stdin: a buffered reader's lock held at the interpreter's exit is fatal.
    while os.read(STDIN, 1024):  # empty at end of file: the parent's end of the pipe is closed
        pass
    os._exit(EXIT_ORPHANED)


def main() -> None:
    module, *arguments = sys.argv[1:]
    threading.Thread(target=_end_with_parent, name="end-with-parent", daemon=True).start()
    sys.argv = [module, *arguments]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
