"""Zensical, Material's announced successor, builds the same derived configuration as MkDocs:
`showcase build --ssg zensical` publishes the same pages.

It reads mkdocs.yml but runs no MkDocs plugin and does not follow INHERIT, so the generator writes a
self-contained configuration beside the docs folder. This keeps the way to Zensical open.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator.site.config_file import load_config, write_config
from tests.conftest import CONFIG, CONTENT, SAMPLE_ZONES, TODAY, run_cli
from tests.search_reader import WrittenIndex


def _pages(site: Path) -> set[str]:
    return {path.relative_to(site).as_posix() for path in site.rglob("index.html")}


def test_zensical_builds_every_page_with_the_site_theme_and_search(bundled_site: Path, tmp_path: Path) -> None:
    site, build_dir = tmp_path / "site", tmp_path / "build"
    run = run_cli(["build", "--ssg", "zensical", "--zones", str(SAMPLE_ZONES), "--content", str(CONTENT),
                   "--config", str(CONFIG), "--out", str(site), "--build-dir", str(build_dir), "--today", TODAY])
    assert run.code == 0, run.output
    assert (build_dir / "mkdocs.yml").read_bytes() == (bundled_site.parent / "build" / "mkdocs.yml").read_bytes()
    assert _pages(site) == _pages(bundled_site)
    zone = (site / "zones" / "220102-nanguan" / "index.html").read_text(encoding="utf-8")
    assert 'class="site-search" role="search" action="../../search/"' in zone  # the theme's header
    assert '<meta name="SiteName" content="吉林省社区治理和服务创新实验区展示平台">' in zone
    mkdocs_zone = (bundled_site / "zones" / "220102-nanguan" / "index.html").read_text(encoding="utf-8")
    updated = re.search(r"本页更新：\d+年\d+月\d+日", mkdocs_zone)
    assert updated is not None and updated.group(0) in zone and "data-search-body" in zone
    assert 'data-label="' in zone  # the table labels: a pass on the built site, as after MkDocs
    assert WrittenIndex.open(site).pages == WrittenIndex.open(bundled_site).pages


def test_derived_configuration_is_self_contained_and_keeps_tagged_values(bundled_site: Path, tmp_path: Path) -> None:
    config_file = bundled_site.parent / "build" / "mkdocs.yml"
    text = config_file.read_text(encoding="utf-8")
    assert "INHERIT" not in text
    config = load_config(config_file)
    assert config["docs_dir"] == "docs" and config["site_dir"] == "site"
    assert config["theme"]["font"] is False and "navigation.prune" in config["theme"]["features"]  # from mkdocs.yml
    assert "slugify: !!python/name:generator.render.heading_ids.slugify" in text
    copy = tmp_path / "copy.yml"  # not beside it: the session's build is shared and read-only
    write_config(copy, config)
    assert copy.read_text(encoding="utf-8") == text
