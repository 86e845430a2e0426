"""`showcase serve` previews on 127.0.0.1 and rebuilds when a zone file changes."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import CONFIG, CONTENT, TODAY, run_cli, write_zone

WAIT_SECONDS = 90


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def _wait_for(condition: Callable[[], bool], process: subprocess.Popen[str]) -> bool:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline and process.poll() is None:
        if condition():
            return True
        time.sleep(0.5)
    return False


def _build(workspace: Path) -> None:
    run = run_cli(["build", "--zones", "zones", "--content", str(CONTENT), "--config", str(CONFIG), "--today", TODAY])
    assert run.code == 0, run.output


@pytest.mark.slow
def test_serve_previews_and_reloads_when_a_zone_changes(workspace: Path) -> None:
    zone = write_zone(workspace)
    _build(workspace)  # a published site and its build folder exist before the preview
    original = (zone / "zone.yml").read_text(encoding="utf-8")
    port = _free_port()
    url = f"http://127.0.0.1:{port}/zones/220102-nanguan/"
    process = subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "serve", "--zones", "zones", "--content", str(CONTENT),
         "--config", str(CONFIG), "--today", TODAY, "--addr", f"127.0.0.1:{port}"],
        cwd=workspace, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        assert _wait_for(lambda: "以“三社联动”推动老旧小区议事协商" in _fetch(url), process)
        zone_file = zone / "zone.yml"
        zone_file.write_text(zone_file.read_text(encoding="utf-8").replace(
            "以“三社联动”推动老旧小区议事协商", "社区议事协商新机制试验"), encoding="utf-8")
        assert _wait_for(lambda: "社区议事协商新机制试验" in _fetch(url), process)
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=30)
    assert "Traceback" not in output, output
    # with the inputs of the first build again, the next build must still publish into site/, not reuse
    # anything the preview wrote
    (zone / "zone.yml").write_text(original, encoding="utf-8")
    (workspace / "site" / "index.html").unlink()
    _build(workspace)
    assert (workspace / "site" / "index.html").is_file()

