"""Never a broken site: a killed build leaves the old site, two builds never mix, every link resolves."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.site.linkcheck import broken_links
from tests.conftest import CONFIG, CONTENT, ROOT, SAMPLE_ZONES, TODAY, VALID_NEWS, build, run_cli, tree_digest


def _start_build(workspace: Path, zones: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "build", "--zones", str(zones), "--content", str(CONTENT),
         "--config", str(CONFIG), "--out", "site", "--build-dir", "build", "--today", TODAY],
        cwd=workspace, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)


def _wait_for(path: Path, process: subprocess.Popen[str], seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        assert process.poll() is None, process.communicate()[0]
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.05)


@pytest.mark.slow
def test_a_build_killed_halfway_leaves_the_previous_site_intact(previous_build: Path) -> None:
    workspace = previous_build  # one zone with its news, built into site/ and build/
    before = tree_digest(workspace / "site")
    process = _start_build(workspace, SAMPLE_ZONES)
    _wait_for(workspace / ".site.new" / "zones", process)  # MkDocs is writing the new site
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert tree_digest(workspace / "site") == before
    run = build(SAMPLE_ZONES, workspace / "site", workspace / "build")  # the next build recovers
    assert run.code == 0, run.output
    assert (workspace / "site" / "zones" / "220202-changyi" / "index.html").is_file()


@pytest.mark.slow
def test_a_second_build_into_the_same_output_is_refused_while_one_runs(previous_build: Path) -> None:
    workspace = previous_build
    before = tree_digest(workspace / "site")
    process = _start_build(workspace, SAMPLE_ZONES)
    _wait_for(workspace / ".site.new", process)
    second = run_cli(["build", "--zones", str(SAMPLE_ZONES), "--content", str(CONTENT), "--config", str(CONFIG),
                      "--out", str(workspace / "site"), "--build-dir", str(workspace / "build2"), "--today", TODAY])
    assert second.code == 1 and "另一个构建正在写入这个输出文件夹" in second.output
    assert tree_digest(workspace / "site") == before
    output, _ = process.communicate(timeout=300)
    assert process.returncode == 0, output
    assert (workspace / "site" / "zones" / "220202-changyi" / "index.html").is_file()


def test_every_internal_link_and_anchor_of_the_sample_site_resolves(bundled_site: Path) -> None:
    assert broken_links(bundled_site) == []


def test_the_link_check_finds_a_broken_link_and_anchor(tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(ROOT / "tests" / "fixtures" / "linkcheck", site)
    assert broken_links(site) == ["index.html: missing/", "index.html: page/#nowhere（页面内没有这个锚点）"]


def test_check_links_refuses_to_publish_a_site_with_a_broken_link(previous_build: Path) -> None:
    workspace = previous_build
    before = tree_digest(workspace / "site")
    news = workspace / "zones" / "220102-nanguan" / "reports" / "2020-04-22-news.md"
    news.write_text(VALID_NEWS + "\n详见[会议纪要](#会议纪要)。\n", encoding="utf-8")
    run = run_cli(["build", "--zones", str(workspace / "zones"), "--content", str(CONTENT), "--config", str(CONFIG),
                   "--out", str(workspace / "site"), "--build-dir", str(workspace / "build"), "--today", TODAY,
                   "--check-links"])
    assert run.code == 1
    assert "网站中有 1 个失效链接" in run.output and "#会议纪要（页面内没有这个锚点）" in run.output
    assert tree_digest(workspace / "site") == before
