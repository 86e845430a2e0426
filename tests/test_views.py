"""The showcase views on generated pages: coverage of the sample, a new zone everywhere, maps and monitoring."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from generator.model.status import Status
from generator.pipeline import Checked, Inputs, check, generate_docs
from tests.conftest import CONTENT, SAMPLE_ZONES
from tests.htmltext import Page

TODAY = date(2026, 11, 27)
GOLDEN_ZONE = Path(__file__).parent / "golden" / "input" / "zones" / "220581-meihekou"


def _content_with(tmp_path: Path, old: str, new: str) -> Path:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    settings = content / "site.yml"
    text = settings.read_text(encoding="utf-8")
    assert old in text
    settings.write_text(text.replace(old, new), encoding="utf-8")
    return content


def _docs(zones: Path, content: Path, build: Path) -> tuple[Checked, Path]:
    checked = check(Inputs(zones, content), TODAY)
    assert not checked.has_errors, checked.problems
    generate_docs(checked, build)
    return checked, build / "docs"


def test_sample_zones_cover_the_province() -> None:
    site = check(Inputs(SAMPLE_ZONES, CONTENT), TODAY).site
    assert site is not None
    assert len(site.zones) >= 15
    assert {z.unit.prefecture.code for z in site.zones} == {p.code for p in site.reference.divisions.prefectures}
    assert any(z.unit.code == z.unit.prefecture.code for z in site.zones)  # a prefecture-level city zone
    assert {2019, 2020, 2021, 2022, 2023, 2024} <= {z.data.batch for z in site.zones}
    assert {z.status for z in site.zones} == set(Status)
    assert {topic.split("-")[0] for z in site.zones for topic in z.data.topics} == {"1", "2", "3", "4", "5"}
    types = Counter(r.front.type for r in site.reports)
    assert sum(types.values()) >= 80 and len(types) == 12
    assert all(z.data.sample for z in site.zones)


def test_a_new_zone_shows_up_on_map_prefecture_themes_and_timelines(tmp_path: Path) -> None:
    zones = tmp_path / "zones"
    shutil.copytree(SAMPLE_ZONES, zones)
    shutil.copytree(GOLDEN_ZONE, zones / GOLDEN_ZONE.name)
    _, docs = _docs(zones, CONTENT, tmp_path / "build")
    assert "通化市梅河口市" in (docs / "map" / "index.md").read_text(encoding="utf-8")
    assert "../zones/220581-meihekou/" in (docs / "map" / "index.md").read_text(encoding="utf-8")
    assert re.search(r'<a class="svg-map__marker" href="[^"]*" aria-label="[^"]*通化市梅河口市',
                     (docs / "map" / "index.md").read_text(encoding="utf-8"))  # its map marker
    assert "[梅河口市](../../zones/220581-meihekou/index.md)" in (docs / "prefectures" / "tonghua" / "index.md").read_text(encoding="utf-8")
    for theme in ("topic-4-1", "topic-3-1", "area-4", "area-3"):
        assert "[梅河口市](../../zones/220581-meihekou/index.md)" in (docs / "themes" / theme / "index.md").read_text(encoding="utf-8")
    progress = (docs / "progress" / "index.md").read_text(encoding="utf-8")
    assert "通化市 · 梅河口市" in progress  # on the province timeline
    assert "[梅河口市](../zones/220581-meihekou/index.md)" in progress
    assert '<figure class="zone-timeline">' in (docs / "zones" / "220581-meihekou" / "index.md").read_text(encoding="utf-8")


def test_without_boundary_file_a_schematic_tile_map_is_drawn(tmp_path: Path) -> None:
    content = _content_with(tmp_path, "boundary_file: reference/boundaries/jilin-prefectures.geojson", 'boundary_file: ""')
    _, docs = _docs(SAMPLE_ZONES, content, tmp_path / "build")
    page = (docs / "map" / "index.md").read_text(encoding="utf-8")
    tiles = re.findall(r'<a class="tile [^"]*" href="([^"]+)"', page)
    assert len(tiles) == 10 and "../prefectures/changchun/" in tiles
    assert "plotly-geo" not in page and "示意图" in page
    assert not (docs / "assets" / "maps").exists()
    assert "style=" not in page and ".tile--level-1 { background: #f6c9c4; }" in (docs / "assets" / "tile-map.css").read_text()
    home = (docs / "index.md").read_text(encoding="utf-8")
    assert "plotly" not in home and '<figure class="status-bars">' in home  # the status bars need no script


def test_boundary_file_must_hold_the_prefectures_of_the_divisions(tmp_path: Path) -> None:
    content = _content_with(tmp_path, "boundary_file: reference/boundaries/jilin-prefectures.geojson",
                            "boundary_file: reference/boundaries/missing.geojson")
    checked = check(Inputs(SAMPLE_ZONES, content), TODAY)
    assert checked.has_errors
    assert [p.message for p in checked.problems if p.is_error] == ["找不到边界文件“reference/boundaries/missing.geojson”"]
    broken = content / "reference" / "boundaries" / "jilin-prefectures.geojson"
    broken.write_text(broken.read_text(encoding="utf-8").replace('"code":"220800"', '"code":"220899"'), encoding="utf-8")
    settings = content / "site.yml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("missing.geojson", "jilin-prefectures.geojson"),
                        encoding="utf-8")
    messages = [p.message for p in check(Inputs(SAMPLE_ZONES, content), TODAY).problems if p.is_error]
    assert messages == ["边界文件缺少这些市（州）：220800", "边界文件有未知的代码：220899"]


def test_monitoring_lists_what_is_due_or_overdue_and_can_be_hidden(tmp_path: Path) -> None:
    _, docs = _docs(SAMPLE_ZONES, CONTENT, tmp_path / "public")
    progress = (docs / "progress" / "index.md").read_text(encoding="utf-8")
    assert '| [白山市浑江区](../zones/220602-hunjiang/index.md) | 终期报告 | <time datetime="2026-01-30">2026年1月30日</time> | ' \
           '<span class="duty duty--overdue">已逾期 301 天</span> |' in progress
    assert '| [吉林市昌邑区](../zones/220202-changyi/index.md) | 2026 年度工作总结 | <time datetime="2026-12-31">2026年12月31日</time> | ' \
           '<span class="duty duty--due">34 天后到期</span> |' in progress
    assert "长春市南关区" not in progress.split("## 进度监测")[1]  # accepted zones are not monitored
    hidden = _content_with(tmp_path, "public: true", "public: false")
    _, docs = _docs(SAMPLE_ZONES, hidden, tmp_path / "hidden")
    assert "进度监测" not in (docs / "progress" / "index.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("path", ["index.html", "map/index.html", "prefectures/changchun/index.html",
                                  "zones/220102-nanguan/index.html"])
def test_the_home_map_prefecture_and_zone_pages_load_no_plotly(bundled_site: Path, path: str) -> None:
    html = (bundled_site / path).read_text(encoding="utf-8")
    assert "plotly" not in html
    assert html.count('<svg class="svg-map"') + html.count('<svg class="zone-timeline__chart"') == 1


@pytest.mark.parametrize("path", ["progress/index.html", "themes/index.html"])
def test_pages_with_charts_load_one_plotly_bundle_and_describe_each_chart(bundled_site: Path, path: str) -> None:
    html = (bundled_site / path).read_text(encoding="utf-8")
    bundles = re.findall(r'src="[./]*assets/vendor/(plotly-\w+)\.min\.js"', html)
    assert len(bundles) == 1
    charts = [re.search(r'id="([\w-]+)"', tag).group(1)  # type: ignore[union-attr]
              for tag in re.findall(r'<div[^>]*class="plotly-chart"[^>]*>', html)]
    assert charts
    for chart in charts:
        assert f'<figcaption id="{chart}-summary">' in html


def test_pages_without_charts_load_no_plotly(bundled_site: Path) -> None:
    for path in ("policy/index.html", "about/index.html", "zones/index.html", "zones/220102-nanguan/2020-01-15-plan/index.html"):
        assert "plotly" not in (bundled_site / path).read_text(encoding="utf-8"), path


def test_theme_index_has_a_chart_and_a_table_of_every_topic(bundled_site: Path) -> None:
    page = Page(bundled_site / "themes" / "index.html")
    for topic in ("1-1 基层管理体制改革", "3-4 社区信息化建设", "5-4 在职党员到社区报到"):
        assert topic in page.text
    assert "各选题的实验区数量" in page.text
