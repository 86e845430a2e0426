"""Officials run the tool on Windows and macOS: nothing on the paths of validate and build may need a POSIX-only
facility, and the static site generator's child process ends with `showcase` on every system."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import CONFIG, CONTENT, ROOT, SAMPLE_ZONES, TODAY

# Imported first by every Python process that has the folder on its path (and so by the generator's child):
# what Windows lacks is taken away, as it would be there.
WINDOWS_LIKE = '''\
import ctypes, os, signal, subprocess, sys

for module in ("fcntl", "termios", "resource"):
    sys.modules[module] = None  # `import fcntl` raises ImportError
for name in ("SIGALRM", "setitimer", "getitimer", "alarm", "ITIMER_REAL"):
    if hasattr(signal, name):
        delattr(signal, name)
for name in ("fork", "forkpty", "killpg", "setsid", "getpgid"):
    if hasattr(os, name):
        delattr(os, name)


class _LibraryWithoutPrctl(ctypes.CDLL):
    def __getattr__(self, name):
        if name == "prctl":
            raise AttributeError("prctl: no such function on this system")
        return super().__getattr__(name)


ctypes.CDLL = _LibraryWithoutPrctl
_popen_init = subprocess.Popen.__init__


def _popen_as_on_windows(self, *arguments, preexec_fn=None, **options):
    if preexec_fn is not None:
        raise ValueError("preexec_fn is not supported on Windows platforms")
    _popen_init(self, *arguments, **options)


subprocess.Popen.__init__ = _popen_as_on_windows
'''


def _showcase_without_posix(tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    simulation = tmp_path / "windows-like"
    simulation.mkdir(exist_ok=True)
    (simulation / "sitecustomize.py").write_text(WINDOWS_LIKE, encoding="utf-8")
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(simulation), str(ROOT)])}
    return subprocess.run([sys.executable, "-m", "generator.cli", *arguments], cwd=tmp_path, env=environment,
                          capture_output=True, text=True, encoding="utf-8", timeout=600)


def test_the_simulation_takes_away_what_windows_lacks(tmp_path: Path) -> None:
    probe = _showcase_without_posix(tmp_path, "--help")
    assert probe.returncode == 0, probe.stderr
    check = subprocess.run(
        [sys.executable, "-c", "import signal, os\ntry:\n    import fcntl\nexcept ImportError:\n    print('no fcntl')\n"
         "print(hasattr(signal, 'SIGALRM'), hasattr(signal, 'setitimer'), hasattr(os, 'fork'))"],
        env={**os.environ, "PYTHONPATH": str(tmp_path / "windows-like")}, capture_output=True, text=True, check=True)
    assert check.stdout.split("\n")[:2] == ["no fcntl", "False False False"]


def test_validate_and_build_work_without_fcntl_sigalrm_fork_or_prctl(tmp_path: Path) -> None:
    common = ["--zones", str(SAMPLE_ZONES), "--content", str(CONTENT), "--today", TODAY]
    validated = _showcase_without_posix(tmp_path, "validate", *common)
    assert validated.returncode == 0, validated.stdout + validated.stderr
    built = _showcase_without_posix(tmp_path, "build", *common, "--config", str(CONFIG), "--out", "site",
                                    "--build-dir", "build")
    assert built.returncode == 0, built.stdout + built.stderr
    assert "Traceback" not in built.stdout + built.stderr
    page = tmp_path / "site" / "zones" / "220202-changyi" / "index.html"
    assert "昌邑区" in page.read_text(encoding="utf-8")


HEARTBEAT = """\
import pathlib, sys, time
beat = pathlib.Path(sys.argv[1])
for count in range(600):  # writes to a file only: a closed output pipe does not end it
    beat.write_text(str(count), encoding="utf-8")
    time.sleep(0.05)
"""


def test_the_site_generator_ends_when_showcase_is_killed(tmp_path: Path) -> None:
    (tmp_path / "heartbeat.py").write_text(HEARTBEAT, encoding="utf-8")
    beat = tmp_path / "beat"
    showcase = subprocess.Popen(  # showcase running a generator (here one that only beats), as a build does
        [sys.executable, "-c", f"from generator.site.ssg import child; child.run_module('heartbeat', [{str(beat)!r}])"],
        cwd=tmp_path, env={**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])})
    deadline = time.monotonic() + 60
    while not beat.exists():
        assert showcase.poll() is None and time.monotonic() < deadline, "the generator never started"
        time.sleep(0.05)
    showcase.kill()  # showcase alone, as a crash or the task manager ends it (SIGKILL; TerminateProcess on Windows)
    showcase.wait()
    time.sleep(1)
    last = beat.read_text(encoding="utf-8")
    time.sleep(1)
    assert beat.read_text(encoding="utf-8") == last, "the site generator outlived showcase"
