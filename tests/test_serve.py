"""`showcase serve` previews on 127.0.0.1 and rebuilds when a zone file changes."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page

from tests import processes
from tests.browser import Watch, chromium
from tests.conftest import CONFIG, CONTENT, SATISFACTION, TODAY, run_cli, write_zone

WAIT_SECONDS = 90
OLD_TITLE, NEW_TITLE = "以“三社联动”推动老旧小区议事协商", "社区议事协商新机制试验"


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


def _edit(zone: Path, old: str, new: str) -> None:
    zone_file = zone / "zone.yml"
    zone_file.write_text(zone_file.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


@dataclass
class Serving:
    process: subprocess.Popen[str]
    site: str  # the preview's address
    lines: list[str] = field(default_factory=list)  # what it printed so far

    @property
    def zone_page(self) -> str:
        return self.site + "zones/220102-nanguan/"

    @property
    def output(self) -> str:
        return "".join(self.lines)


@contextmanager
def _serving(workspace: Path) -> Iterator[Serving]:
    """`showcase serve` in a process of its own, its output read as it comes; stopped by SIGTERM at the end."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "serve", "--zones", "zones", "--content", str(CONTENT),
         "--config", str(CONFIG), "--today", TODAY, "--addr", f"127.0.0.1:{port}"],
        cwd=workspace, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    serving = Serving(process, f"http://127.0.0.1:{port}/")
    stdout = process.stdout
    assert stdout is not None
    reader = threading.Thread(target=lambda: serving.lines.extend(iter(stdout.readline, "")), daemon=True)
    reader.start()
    try:
        yield serving
    finally:
        process.terminate()
        process.wait(timeout=30)
        reader.join(timeout=10)


@pytest.mark.slow  # waits on builds of a running preview
def test_serve_previews_and_reloads_when_a_zone_changes(workspace: Path) -> None:
    zone = write_zone(workspace, indicators=SATISFACTION)
    _build(workspace)  # a published site and its build folder exist before the preview
    original = (zone / "zone.yml").read_text(encoding="utf-8")
    with _serving(workspace) as serving:
        process, url = serving.process, serving.zone_page
        assert _wait_for(lambda: OLD_TITLE in _fetch(url), process)
        assert '"pages":' in _fetch(serving.site + "search-index/manifest.json")  # the preview has search too
        _edit(zone, OLD_TITLE, NEW_TITLE)
        assert _wait_for(lambda: NEW_TITLE in _fetch(url), process)
        _edit(zone, "batch: 2019", "batch: 第一批")  # bad input: reported, and the last good site stays
        assert _wait_for(lambda: "有错误：预览仍显示上一次成功生成的内容" in serving.output, process), serving.output
        assert NEW_TITLE in _fetch(url)
    output = serving.output
    assert "Traceback" not in output, output
    assert "错误[V16]: batch" in output and "预览已停止" in output, output
    # with the inputs of the first build again, the next build must still publish into site/, not reuse
    # anything the preview wrote
    (zone / "zone.yml").write_text(original, encoding="utf-8")
    (workspace / "site" / "index.html").unlink()
    _build(workspace)
    assert (workspace / "site" / "index.html").is_file()


@pytest.mark.slow  # waits on builds of a running preview
def test_stopping_serve_during_a_rebuild_ends_the_generator_child(workspace: Path) -> None:
    zone = write_zone(workspace, indicators=SATISFACTION)
    with _serving(workspace) as serving:
        process = serving.process
        assert _wait_for(lambda: OLD_TITLE in _fetch(serving.zone_page), process)
        _edit(zone, OLD_TITLE, NEW_TITLE)
        limit = time.monotonic() + WAIT_SECONDS
        while not (children := processes.children(process.pid)):
            assert process.poll() is None and time.monotonic() < limit, "the rebuild never started the generator"
            time.sleep(0.02)
    limit = time.monotonic() + 5
    while any(processes.stat(child) is not None for child in children):  # gone, not even left as a zombie
        assert time.monotonic() < limit, "the generator outlived showcase serve"
        time.sleep(0.05)
    assert "Traceback" not in serving.output and "预览已停止" in serving.output, serving.output


def test_an_open_page_reloads_itself_after_a_rebuild_under_the_pages_csp(workspace: Path) -> None:
    zone = write_zone(workspace, indicators=SATISFACTION)
    with _serving(workspace) as serving, chromium() as browser:
        assert _wait_for(lambda: OLD_TITLE in _fetch(serving.zone_page), serving.process)
        page = browser.new_page()
        watch = Watch()
        watch.attach(page)
        page.goto(serving.zone_page)
        _edit(zone, OLD_TITLE, NEW_TITLE)
        assert _wait_for(lambda: NEW_TITLE in _text(page), serving.process)  # never navigated by the test
        assert Watch.csp_violations(page) == [] and watch.errors == []


def _text(page: Page) -> str:
    try:
        return page.inner_text("body")
    except PlaywrightError:  # in the middle of its reload
        return ""
