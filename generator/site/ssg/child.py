"""Running a static site generator as a child process that never outlives `showcase`."""

from __future__ import annotations

import os
import subprocess
import sys

from generator.site.result import PassResult


def run_module(module: str, arguments: list[str]) -> PassResult:
    """Run `python -m module arguments…` to the end and collect what it printed.

    The child runs tethered (see tethered.py): it ends when this process dies, however it dies. On any exception
    here (Ctrl-C, or the SIGTERM that `showcase serve` turns into one) it is killed and reaped before the
    exception goes on."""
    command = [sys.executable, "-m", "generator.site.ssg.tethered", module, *arguments]
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}  # Windows' console code page is not UTF-8
    with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          env=environment, encoding="utf-8", errors="replace") as process:
        try:
            assert process.stdout is not None
            output = process.stdout.read()  # not communicate(), which would close the tether (stdin)
            process.wait()
        except BaseException:
            process.kill()
            process.wait()
            raise
    return PassResult(process.returncode == 0, output.strip())
