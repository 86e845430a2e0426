"""The form editor end to end: the built /admin/ over decap-server (Decap's local backend) in a throwaway git clone.

decap-server is the one pinned in the repository's package.json, started as officials start it (`npm ci`, then
`npm start`, which runs scripts/form-server.js in the repository: git mode, so each save of the editorial workflow is
a `cms/…` branch of the clone, as it is a pull request on GitHub); the tests install it themselves the first time
(`provision_decap_server`).
"""

from __future__ import annotations

import os
import shutil
import socket
import struct
import subprocess
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import filelock

from tests.conftest import CONTENT, ROOT, SAMPLE_ZONES

DECAP_SERVER = ROOT / "node_modules" / "decap-server" / "dist" / "index.js"
FORM_SERVER = ROOT / "scripts" / "form-server.js"  # what `npm start` runs (package.json)
NODE_MISSING = ("decap-server needs Node.js (node and npm), which is not installed: install Node.js 18 or newer "
                "(https://nodejs.org/, or `apt-get install nodejs npm`) and run the tests again")


def provision_decap_server() -> Path:
    """decap-server's script, installed from package-lock.json (`npm ci`) the first time it is asked for.

    Under pytest-xdist every worker may ask at once: a file lock lets one install while the others wait."""
    with filelock.FileLock(ROOT / ".npm-ci.lock"):
        if not DECAP_SERVER.is_file():
            npm = shutil.which("npm")
            if npm is None or shutil.which("node") is None:
                raise RuntimeError(NODE_MISSING)
            done = subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=ROOT, capture_output=True, text=True,
                                  encoding="utf-8", errors="replace")
            if done.returncode != 0 or not DECAP_SERVER.is_file():
                raise RuntimeError(f"`npm ci` in {ROOT} failed:\n{done.stdout}{done.stderr}")
    return DECAP_SERVER


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def png(width: int = 40, height: int = 24, rgb: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def git(repo: Path, *arguments: str) -> str:
    done = subprocess.run(["git", "-C", str(repo), *arguments], capture_output=True, text=True, check=True)
    return done.stdout


@dataclass(frozen=True)
class Clone:
    repo: Path      # the official's repository: zones/ of the sample, committed on main
    content: Path   # content/ with cms.local_port set to the port of this clone's decap-server
    port: int

    @property
    def zones(self) -> Path:
        return self.repo / "zones"


def make_clone(root: Path) -> Clone:
    repo, content, port = root / "repo", root / "content", free_port()
    shutil.copytree(SAMPLE_ZONES, repo / "zones")
    shutil.copytree(CONTENT, content)
    settings = content / "site.yml"
    text = settings.read_text(encoding="utf-8")
    assert "local_port: 8081" in text
    settings.write_text(text.replace("local_port: 8081", f"local_port: {port}"), encoding="utf-8")
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True)
    git(repo, "config", "user.email", "e2e@example.invalid")
    git(repo, "config", "user.name", "e2e")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "sample zones")
    return Clone(repo, content, port)


def _wait_for_port(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"decap-server ended: {log.read_text(encoding='utf-8', errors='replace')}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError(f"decap-server did not listen on {port}")


@contextmanager
def decap_server(clone: Clone, log: Path) -> Iterator[None]:
    provision_decap_server()
    node = shutil.which("node")
    if node is None:
        raise RuntimeError(NODE_MISSING)
    environment = {**{key: value for key, value in os.environ.items() if key not in ("MODE", "GIT_REPO_DIRECTORY")},
                   "PORT": str(clone.port), "BIND_HOST": "127.0.0.1", "LOG_LEVEL": "info"}
    with log.open("wb") as output:
        process = subprocess.Popen([node, str(FORM_SERVER)], cwd=clone.repo, env=environment, stdout=output,
                                   stderr=subprocess.STDOUT)
        try:
            _wait_for_port(clone.port, process, log)
            yield
        finally:
            process.terminate()
            process.wait(10)
