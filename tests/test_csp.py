"""Every page of the built sample site carries the Content-Security-Policy and violates it nowhere."""

from __future__ import annotations

import shutil
from pathlib import Path

from playwright.sync_api import Page

from generator.site import csp
from tests.browser import Watch, chromium, serve_folder
from tests.conftest import CONTENT, SAMPLE_ZONES, build
from tests.htmltext import Page as HtmlPage

# A chart's element is marked once plotly.js has drawn it: violations from drawing happen before that.
CHARTS_DRAWN = "Array.from(document.querySelectorAll('.plotly-chart')).every(e => e.classList.contains('plotly-chart--drawn'))"


def _pages(site: Path) -> list[Path]:
    """Every page but the form editor, whose own looser policy tests/test_admin.py checks."""
    return sorted(path for path in site.rglob("*.html") if not {"assets", "admin"} & set(path.relative_to(site).parts))


def _address(site: Path, page: Path) -> str:
    return page.relative_to(site).as_posix().removesuffix("index.html")


def test_every_page_declares_the_policy(bundled_site: Path) -> None:
    pages = _pages(bundled_site)
    assert len(pages) > 200
    for path in pages:
        assert HtmlPage(path).http_equiv.get("content-security-policy") == csp.POLICY, path


def _visit(page: Page, url: str) -> list[str]:
    watch = Watch()
    watch.attach(page)
    page.goto(url, wait_until="load")
    page.wait_for_function(CHARTS_DRAWN, timeout=15_000)
    return Watch.csp_violations(page) + [error for error in watch.errors if "Content Security Policy" in error]


def test_no_page_violates_the_policy(bundled_site: Path) -> None:
    pages = _pages(bundled_site)
    violations: dict[str, list[str]] = {}
    with serve_folder(bundled_site) as site_url, chromium() as browser:
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
        page = context.new_page()
        for path in pages:
            found = _visit(page, site_url + _address(bundled_site, path))
            if found:
                violations[_address(bundled_site, path)] = found
        context.close()
    assert violations == {}


def test_the_schematic_tile_map_violates_nothing(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    settings = content / "site.yml"
    settings.write_text(settings.read_text(encoding="utf-8").replace(
        "boundary_file: reference/boundaries/jilin-prefectures.geojson", 'boundary_file: ""'), encoding="utf-8")
    run = build(SAMPLE_ZONES, tmp_path / "site", tmp_path / "build", content=content)
    assert run.code == 0, run.output
    with serve_folder(tmp_path / "site") as site_url, chromium() as browser:
        page = browser.new_page()
        for address in ("", "map/", "prefectures/changchun/"):
            assert _visit(page, site_url + address) == [], address
            assert page.locator(".tile-map .tile").count() == 10
