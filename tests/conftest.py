"""Shared fixtures: the project's own content/, and a way to write zone folders and run the CLI."""

from __future__ import annotations

import hashlib
import inspect
import io
import os
import shutil
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import filelock
import pytest
from hypothesis import settings

from generator.cli import main

if TYPE_CHECKING:  # Playwright is imported only by the tests that drive Chromium
    from playwright.sync_api import Browser

# Properties are about results, never time: a deadline per example fails on a machine busy with other work
# (speed is measured by the scripts in bench/).
settings.register_profile("results-only", deadline=None)
settings.load_profile("results-only")

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
CONFIG = ROOT / "mkdocs.yml"
# A frozen copy of the sample zones: officials' pull requests change zones/, never what a test expects.
SAMPLE_ZONES = Path(__file__).resolve().parent / "fixtures" / "sample" / "zones"
TODAY = "2026-11-27"

VALID_ZONE = """\
code: "220102"
name: 南关区
title: 以“三社联动”推动老旧小区议事协商
batch: 2019
topics: ["1-3", "2-4"]
summary: 南关区以“三社联动”为抓手，在老旧小区建立楼栋议事会和小区协商议事会，培育社区社会组织，引入专业社工，推动居民自己的事自己议、自己办。
sample: true
milestones:
  applied: 2019-09-20
  approved: 2019-12-10
  approval_doc: 吉民函〔2019〕88号
  start: 2020-01-01
contact:
  unit: 长春市南关区民政局
  phone: 0431-88765102
  address: 长春市南关区民康路100号
"""

# VALID_ZONE's required outcome figure: from its final report's due date on, a build needs it (rule I12).
SATISFACTION = """\
indicators:
  - id: satisfaction
    values:
      - year: 2020
        value: 90.5
        source: 南关区2020年居民满意度第三方测评
        survey: {by: 吉林大学社会学系, method: 入户问卷, sample: 1200}
"""

VALID_NEWS = """\
---
type: news
title: 南关区召开实验区推进会
date: 2020-04-22
topics: ["1-3"]
summary: 推进会部署了年度重点任务。
---

## 会议内容

会议总结了一季度工作，部署了议事协商和三社联动的重点任务。
"""


@dataclass(frozen=True)
class Run:
    code: int
    output: str


def run_cli(args: Sequence[str]) -> Run:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    return Run(code, out.getvalue() + err.getvalue())


def cog_check(path: Path) -> Run:
    """`cog --check --diff path`, in this process (a second interpreter would only add a second's start-up)."""
    from cogapp import Cog

    out, err = io.StringIO(), io.StringIO()
    cog = Cog()
    cog.set_output(stdout=out, stderr=err)
    code = cog.main(["cog", "--check", "--diff", str(path)])
    return Run(code, out.getvalue() + err.getvalue())


ZoneWriter = Callable[..., Path]


def _drives_chromium(item: pytest.Item) -> bool:
    """A test that launches Chromium: through a `browser` fixture, or by calling chromium() itself."""
    if "browser" in getattr(item, "fixturenames", ()):
        return True
    function = getattr(item, "function", None)
    try:
        return function is not None and "chromium()" in inspect.getsource(function)
    except (OSError, TypeError):
        return False


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every browser test, so that `pytest -m "not browser"` is the quick loop; tests/browser.py
    refuses to launch Chromium for a test without the mark, so the marks cannot fall behind."""
    for item in items:
        if _drives_chromium(item):
            item.add_marker(pytest.mark.browser)


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Before any fixture of the test is set up (a module's shared browser included): may it start Chromium?"""
    from tests import browser

    browser.ALLOWED = item.get_closest_marker("browser") is not None


@pytest.fixture(autouse=True, scope="session")
def _never_the_live_zones() -> Iterator[None]:
    """Officials change zones/ by pull request: a test that read it would turn red on a valid one."""
    from generator.load import zone_folders

    load = zone_folders.load_zones

    def guarded(zones_dir: Path, *arguments: Any, **keywords: Any) -> Any:
        if Path(zones_dir).resolve() == (ROOT / "zones").resolve():
            pytest.fail("a test read the live zones/; build from tests/fixtures instead", pytrace=False)
        return load(zones_dir, *arguments, **keywords)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(zone_folders, "load_zones", guarded)
        yield


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty project folder as the current directory, with a zones/ folder."""
    (tmp_path / "zones").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


# The application materials a confirmed zone must have (notice 四(二)), as VALID_ZONE's dates need them:
# those of the sample's 南关区, whose milestones VALID_ZONE shares.
MATERIALS = {path.name: path.read_text(encoding="utf-8")
             for path in sorted((SAMPLE_ZONES / "220102-nanguan" / "reports").glob("*.md"))
             if path.name.split("-", 3)[3] in ("application.md", "plan.md", "review-opinion.md", "annual-plan.md")
             and path.name < "2020-02"}


def materials_applied_on(day: str) -> dict[str, str]:
    """MATERIALS for a zone whose `milestones.applied` is `day`: the application is dated that day."""
    return {(f"{day}-application.md" if name.endswith("-application.md") else name):
            (text.replace("date: 2019-09-20", f"date: {day}") if name.endswith("-application.md") else text)
            for name, text in MATERIALS.items()}


def write_zone(root: Path, folder: str = "220102-nanguan", zone: str | bytes | None = VALID_ZONE,
               reports: dict[str, str | bytes] | None = None, media: dict[str, bytes] | None = None,
               materials: dict[str, str] = MATERIALS, indicators: str | bytes | None = None) -> Path:
    """Write one zone folder under root/zones; text is written as UTF-8, bytes as they are.

    The zone also gets `materials`: by default the application, plan and review opinion that
    VALID_ZONE's confirmation needs; `{}` for none. `indicators` is its indicators.yml, if any.
    """
    path = root / "zones" / folder
    (path / "reports").mkdir(parents=True, exist_ok=True)
    files: dict[str, str | bytes] = {f"reports/{name}": text for name, text in materials.items()}
    files.update({f"reports/{name}": body for name, body in (reports or {}).items()})
    files.update({f"media/{name}": data for name, data in (media or {}).items()})
    if zone is not None:
        files["zone.yml"] = zone
    if indicators is not None:
        files["indicators.yml"] = indicators
    for name, content in files.items():
        target = path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    return path


# After VALID_NEWS and the first annual plan, before the next reporting duty: a valid zone has no warning.
CASE_TODAY = "2020-04-25"


def validate(root: Path, *options: str, today: str = CASE_TODAY, content: Path = CONTENT) -> Run:
    return run_cli(["validate", "--zones", str(root / "zones"), "--content", str(content), "--today", today,
                    *options])


def build(zones: Path, out: Path, build_dir: Path, today: str = TODAY, content: Path = CONTENT) -> Run:
    return run_cli(["build", "--zones", str(zones), "--content", str(content), "--config", str(CONFIG),
                    "--out", str(out), "--build-dir", str(build_dir), "--today", today])


def shared_folder(factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]) -> Path:
    """A folder that `make` fills once for the whole test run, to be read and never changed by the tests.

    Under pytest-xdist the workers share it: the first to ask makes it below the run's own temporary
    folder, the others wait for it and read it.
    """
    if os.environ.get("PYTEST_XDIST_WORKER") is None:
        root = factory.mktemp(name)
        make(root)
        return root
    root = factory.getbasetemp().parent / name  # the run's folder, above every worker's own
    done = root / ".made"
    with filelock.FileLock(root.parent / f".{name}.lock"):
        if not done.exists():
            shutil.rmtree(root, ignore_errors=True)
            root.mkdir()
            make(root)
            done.touch()
    return root


def _built_into(root: Path, zones: Path, *options: str) -> None:
    run = run_cli(["build", "--zones", str(zones), "--content", str(CONTENT), "--config", str(CONFIG),
                   "--out", str(root / "site"), "--build-dir", str(root / "build"), "--today", TODAY, *options])
    assert run.code == 0, run.output


@pytest.fixture(scope="session")
def bundled_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample zones (the test copy), built once for the whole session at the fixed build date."""
    return shared_folder(tmp_path_factory, "bundled", lambda root: _built_into(root, SAMPLE_ZONES)) / "site"


@pytest.fixture(scope="module")
def site_url(bundled_site: Path) -> Iterator[str]:
    """bundled_site over HTTP on loopback, for one test module's browser tests."""
    from tests.browser import serve_folder

    with serve_folder(bundled_site) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One Chromium for a test module (launching it takes a second; each test opens its own context)."""
    from tests.browser import chromium

    with chromium() as launched:
        yield launched


ADDRESS = "https://shequ.example.gov.cn/"


@pytest.fixture(scope="session")
def addressed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """bundled_site as a deployment builds it, with its public address (`--site-url ADDRESS`)."""
    return shared_folder(tmp_path_factory, "addressed",
                         lambda root: _built_into(root, SAMPLE_ZONES, "--site-url", ADDRESS)) / "site"


def _news_project(root: Path) -> None:
    write_zone(root, reports={"2020-04-22-news.md": VALID_NEWS}, indicators=SATISFACTION)
    run = build(root / "zones", root / "site", root / "build")
    assert run.code == 0, run.output


@pytest.fixture(scope="session")
def news_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project folder after one good build: VALID_ZONE with VALID_NEWS in zones/, built into site/ and
    build/ at the fixed build date. Read-only: use `previous_build` for a copy to change."""
    return shared_folder(tmp_path_factory, "news", _news_project)


@pytest.fixture
def previous_build(workspace: Path, news_project: Path) -> Path:
    """The workspace as `write_zone(workspace, reports={NEWS: VALID_NEWS})` and a good `build` into its
    site/ and build/ leave it (a copy of news_project); returns the workspace."""
    shutil.copytree(news_project, workspace, dirs_exist_ok=True, ignore=shutil.ignore_patterns(".made"))
    return workspace


def tree_digest(folder: Path) -> str:
    """One hash of every path and byte below `folder`: equal digests mean an untouched site."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        digest.update(path.relative_to(folder).as_posix().encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def office_zip(main_part: str) -> bytes:
    """A ZIP as Office writes it: [Content_Types].xml first, then the main document's part."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        if main_part != "a.txt":
            archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(main_part, "<x/>")
    return out.getvalue()
