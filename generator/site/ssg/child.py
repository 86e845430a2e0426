"""Running a static site generator as a child process that never outlives `showcase`."""

from __future__ import annotations

import ctypes
import signal
import subprocess
import sys

from generator.site.result import PassResult

PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>


def _end_with_parent() -> None:
    """In the child: get SIGTERM when the thread that started it dies, however it dies (Linux; elsewhere a no-op).

    So start builds from the main thread: a build started by another thread ends when that thread does."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def run(arguments: list[str]) -> PassResult:
    """Run to the end and collect what it printed. On any exception here (Ctrl-C, or the SIGTERM that `showcase
    serve` turns into one) the child is killed and reaped before the exception goes on."""
    with subprocess.Popen(arguments, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          preexec_fn=_end_with_parent) as process:
        try:
            stdout, stderr = process.communicate()
        except BaseException:
            process.kill()
            process.wait()
            raise
    return PassResult(process.returncode == 0, (stdout + stderr).strip())
