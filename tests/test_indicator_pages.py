"""Outcome indicators on the site: the zone block, /indicators/ and its pages, open data, home, themes, feeds."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from generator.pipeline import Inputs, check
from generator.render.docs import build_docs
from generator.render.docs_tree import DocsTree
from tests.conftest import CONTENT, SAMPLE_ZONES, VALID_ZONE, write_zone
from tests.search_reader import WrittenIndex

FIGURES = """\
indicators:
  - id: satisfaction
    baseline: {year: 2019, value: 80}
    target: {year: 2021, value: 90}
    values:
      - year: 2020
        value: 86.5
        source: 南关区2020年居民满意度第三方测评
        survey: {by: 吉林大学社会学系, method: 入户问卷, sample: 1200}
  - id: community-social-organizations
    baseline: {year: 2019, value: 40}
    target: {year: 2021, value: 80}
    values:
      - {year: 2020, value: 45, source: 区民政局台账}
  - id: own-canteens
    name: 老年食堂<b>数|*
    unit: 个</svg><script>
    kind: count
    direction: higher
    definition: 社区老年食堂的数量
    baseline: {year: 2019, value: 3}
    values:
      - {year: 2020, value: 8, source: "<img src=x>台账"}
"""
CHAOYANG = (VALID_ZONE.replace('code: "220102"', 'code: "220104"').replace("name: 南关区", "name: 朝阳区")
            .replace("长春市南关区民政局", "长春市朝阳区民政局").replace("长春市南关区民康路100号", "长春市朝阳区西民主大街1号"))


def docs(root: Path, today: str = "2020-04-25") -> DocsTree:
    checked = check(Inputs(root / "zones", CONTENT), date.fromisoformat(today))
    assert checked.site is not None and checked.pages is not None and not checked.has_errors, \
        [problem for problem in checked.problems if problem.is_error]
    return build_docs(checked.site, checked.pages)


@pytest.fixture
def tree(workspace: Path) -> DocsTree:
    write_zone(workspace, indicators=FIGURES)
    write_zone(workspace, "220104-chaoyang", zone=CHAOYANG)
    return docs(workspace)


def test_the_zone_page_says_from_what_to_what_against_which_target_and_how_measured(tree: DocsTree) -> None:
    page = tree.texts["zones/220102-nanguan/index.md"]
    block = page[page.index("## 实验成效"):page.index("## 基本情况")]
    assert "基期 2019 年 80% → 最新 2020 年 86.5%；目标 2021 年 90%" in block
    assert '<span aria-hidden="true">↗</span> 按计划推进' in block  # a word and a symbol, not a colour alone
    assert '<span aria-hidden="true">✗</span> 落后于计划' in block  # 40 → 45 of a planned 80
    assert '<span aria-hidden="true">—</span> 未设目标' in block  # the zone's own indicator has none
    assert "来源：南关区2020年居民满意度第三方测评（调查：吉林大学社会学系，入户问卷，样本 1200）" in block
    drawings = re.findall(r'<svg class="trend"[^>]*role="img" aria-label="([^"]+)"', block)
    assert drawings[0] == "居民满意度逐年数值：基期 2019 年 80% → 最新 2020 年 86.5%；目标 2021 年 90%；按计划推进"
    assert "目标完成情况" not in page  # not accepted yet
    assert "## 实验成效" not in tree.texts["zones/220104-chaoyang/index.md"]  # no figures, no block


def test_a_zones_own_words_are_escaped_in_text_drawing_and_tables(tree: DocsTree) -> None:
    page = tree.texts["zones/220102-nanguan/index.md"]
    assert "<b>" not in page and "<script>" not in page and "<img" not in page and "</svg><" not in page
    assert "老年食堂&lt;b&gt;数|*（本区自设指标）" in page
    assert "&lt;img src=x&gt;台账" in page


def test_accepted_zones_show_the_table_of_targets_reached(workspace: Path) -> None:
    accepted = VALID_ZONE.replace("  start: 2020-01-01\n", "  start: 2020-01-01\n  accepted: 2022-06-15\n")
    sample = SAMPLE_ZONES / "220102-nanguan" / "reports"
    write_zone(workspace, zone=accepted, indicators=FIGURES, reports={
        name: (sample / name).read_text(encoding="utf-8") for name in ("2022-01-18-final-report.md", "2022-06-15-acceptance.md")})
    tree = docs(workspace, "2022-07-01")
    page = tree.texts["zones/220102-nanguan/index.md"]
    table = page[page.index("### 目标完成情况"):]
    assert "| 居民满意度 | 2019 年 80% | 2021 年 90% | 2020 年 86.5% |" in table
    assert "社区社会组织数 | 2019 年 40 个 | 2021 年 80 个 | 2020 年 45 个 |" in table
    assert "老年食堂" not in table  # no target: nothing to have reached


def test_the_index_groups_by_area_with_counts_median_best_and_who_does_not_report(tree: DocsTree) -> None:
    page = tree.texts["indicators/index.md"]
    general, first_area = page.index("## 综合"), page.index("## 1. ")
    assert general < first_area
    row = next(line for line in page.splitlines() if line.startswith("| [居民满意度]"))
    assert "（必报）" in row and "| 1 个 | 86.5% | 86.5%（长春市南关区） | 0 个 |" in row
    assert "[长春市朝阳区](../zones/220104-chaoyang/index.md)" in row  # required and not reported yet
    organisations = next(line for line in page.splitlines() if line.startswith("| [社区社会组织数]"))
    assert "[1 个](community-social-organizations/index.md#missing)（选报）" in organisations


def test_an_indicator_page_has_its_metadata_comparison_prefectures_and_downloads(tree: DocsTree) -> None:
    page = tree.texts["indicators/satisfaction/index.md"]
    for label in ("| 口径 |", "| 单位 | % |", "| 计算方法 |", "| 常用来源 |", "每个实际值须写明调查单位、方法和样本量"):
        assert label in page
    row = re.search(r'<li class="dumbbell__row dumbbell__row--on-track" data-prefecture="220100" '
                    r'data-zone="220102-nanguan">.*?</li>', page)
    assert row and 'role="img" aria-label="基期 2019 年 80% → 最新 2020 年 86.5%；目标 2021 年 90%' in row.group(0)
    assert ('| [长春市](changchun/index.md){ data-prefecture="220100" } | 1 个 | 86.5% | 0 个 | '
            "[1 个](changchun/index.md#missing) |") in page
    assert "indicator-prefecture.js" in page
    assert "[CSV](../../data/indicators/satisfaction.csv)" in page
    assert "## 尚未报告的实验区 { #missing }" in page and "[长春市 1 个](changchun/index.md#missing)" in page
    facilities = tree.texts["indicators/service-facility-area/index.md"]
    assert "暂无实验区报告本指标" in facilities


def test_a_prefectures_page_of_an_indicator_compares_its_zones_year_by_year(tree: DocsTree) -> None:
    page = tree.texts["indicators/satisfaction/changchun/index.md"]
    assert "# 居民满意度：长春市" in page and "[居民满意度](../index.md)" in page
    assert re.search(r'<li class="dumbbell__row dumbbell__row--on-track" data-prefecture="220100" '
                     r'data-zone="220102-nanguan">', page)
    assert re.search(r'<tr data-zone="220102-nanguan">\s*<th scope="row"><a href="../../../zones/'
                     r'220102-nanguan/">长春市南关区</a></th>\s*<td>80 <span class="indicator-table__year">2019 年</span>'
                     r"</td>\s*<td>86.5</td>", page)
    assert "## 尚未报告的实验区 { #missing }" in page and "[长春市朝阳区](../../../zones/220104-chaoyang/index.md)" in page
    assert "[CSV](../../../data/indicators/satisfaction.csv)" in page


def _zones_with_satisfaction(workspace: Path, count: int, reported: bool = True, measured: int = 99) -> list[str]:
    """`count` zones of 长春市 and 吉林市 with satisfaction 70, 71, … (unless not `reported`; the zones after the first
    `measured` with a baseline only); their folder names."""
    units = [("220102", "nanguan", "南关区"), ("220104", "chaoyang", "朝阳区"), ("220105", "erdao", "二道区"),
             ("220106", "lvyuan", "绿园区"), ("220112", "shuangyang", "双阳区"), ("220113", "jiutai", "九台区"),
             ("220122", "nongan", "农安县"), ("220182", "yushu", "榆树市"), ("220183", "dehui", "德惠市"),
             ("220184", "gongzhuling", "公主岭市"), ("220202", "changyi", "昌邑区"), ("220203", "longtan", "龙潭区"),
             ("220204", "chuanying", "船营区"), ("220211", "fengman", "丰满区")]
    folders = []
    for number, (code, slug, name) in enumerate(units[:count]):
        zone = (VALID_ZONE.replace('code: "220102"', f'code: "{code}"').replace("南关区", name)
                .replace("0431-88765102", f"0431-8876{5110 + number}"))
        if code.startswith("2202"):
            zone = zone.replace("长春市", "吉林市").replace("0431-", "0432-")
        figures = "indicators:\n  - id: satisfaction\n    baseline: {year: 2019, value: 60}\n"
        if number < measured:
            figures += (f"    values:\n      - {{year: 2020, value: {70 + number}, source: 测评, "
                        "survey: {by: 某大学, method: 问卷, sample: 500}}\n")
        folders.append(f"{code}-{slug}")
        write_zone(workspace, folders[-1], zone=zone, indicators=figures if reported else None)
    return folders


def test_with_many_zones_an_indicator_page_shows_the_best_and_worst_few_and_each_prefecture_all_of_its(
        workspace: Path) -> None:
    folders = _zones_with_satisfaction(workspace, 14)
    tree = docs(workspace)
    page = tree.texts["indicators/satisfaction/index.md"]
    best = page[page.index("## 最新值最好的 5 个实验区"):page.index("## 最新值最差的 5 个实验区")]
    worst = page[page.index("## 最新值最差的 5 个实验区"):page.index("## 各市（州）")]
    assert re.findall(r'data-zone="([^"]+)"', best) == folders[-1:-6:-1]  # 83, 82 … 79
    assert re.findall(r'data-zone="([^"]+)"', worst) == folders[:5]  # 70, 71 … 74: the worst first
    assert page.count("dumbbell__row ") == 10 and "<table" not in page
    assert '| [长春市](changchun/index.md){ data-prefecture="220100" } | 10 个 | 74.5% |' in page
    assert '| [吉林市](jilin/index.md){ data-prefecture="220200" } | 4 个 | 81.5% |' in page
    jilin = tree.texts["indicators/satisfaction/jilin/index.md"]
    assert re.findall(r'<tr data-zone="([^"]+)">', jilin) == folders[10:]


def test_when_few_of_many_zones_have_values_the_indicator_page_compares_only_those(workspace: Path) -> None:
    folders = _zones_with_satisfaction(workspace, 12, measured=3)
    page = docs(workspace).texts["indicators/satisfaction/index.md"]
    assert "## 已有实际值的实验区" in page and "最新值最差" not in page
    assert re.findall(r'data-zone="([^"]+)"', page) == folders[2::-1]  # 72, 71, 70: the best first


def test_the_index_names_missing_zones_of_a_required_indicator_only_while_they_are_few(workspace: Path) -> None:
    _zones_with_satisfaction(workspace, 10, reported=False)
    satisfaction = next(line for line in docs(workspace).texts["indicators/index.md"].splitlines()
                        if line.startswith("| [居民满意度]"))
    assert "[长春市南关区](../zones/220102-nanguan/index.md)" in satisfaction
    _zones_with_satisfaction(workspace, 11, reported=False)
    satisfaction = next(line for line in docs(workspace).texts["indicators/index.md"].splitlines()
                        if line.startswith("| [居民满意度]"))
    assert "[11 个](satisfaction/index.md#missing) |" in satisfaction and "长春市南关区" not in satisfaction


def test_a_reference_line_is_drawn_and_named(workspace: Path) -> None:
    write_zone(workspace, indicators="indicators:\n  - id: service-facility-area\n    baseline: {year: 2019, value: 20}\n"
                                     "    values:\n      - {year: 2020, value: 31, source: 区民政局统计}\n")
    page = docs(workspace).texts["indicators/service-facility-area/index.md"]
    assert '<line class="dumbbell__reference"' in page
    assert "参考线：国家标准" in page


def test_open_data_in_long_format_csv_xlsx_json_and_each_twin(tree: DocsTree) -> None:
    data = tree.blobs["data/indicators.csv"]
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:10] == ["行政区划代码", "实验区", "所属市（州）", "指标编号", "指标名称", "单位", "年度", "数值",
                            "数值类型", "来源"]
    assert ["220102", "长春市南关区", "长春市", "satisfaction", "居民满意度", "%", "2019", "80", "基期值", ""] in \
        [row[:10] for row in rows]
    assert ["220102", "长春市南关区", "长春市", "satisfaction", "居民满意度", "%", "2020", "86.5", "实际值",
            "南关区2020年居民满意度第三方测评"] in [row[:10] for row in rows]
    assert len(rows) == 1 + 3 + 3 + 2
    one = list(csv.reader(io.StringIO(tree.blobs["data/indicators/satisfaction.csv"].decode("utf-8-sig"))))
    assert len(one) == 1 + 3 and {row[3] for row in one[1:]} == {"satisfaction"}
    workbook = openpyxl.load_workbook(io.BytesIO(tree.blobs["data/zones.xlsx"]))
    assert "实验成效" in workbook.sheetnames and "实验成效字段说明" in workbook.sheetnames
    assert workbook["实验成效"].max_row == len(rows)
    document = json.loads(tree.texts["data/indicators.json"])
    assert len(document["indicators"]) == len(rows) - 1 and document["fields"][3]["label"] == "指标编号"
    twin = json.loads(tree.texts["zones/220102-nanguan.json"])
    assert len(twin["indicators"]) == 8
    assert json.loads(tree.texts["zones/220104-chaoyang.json"])["indicators"] == []
    assert "## 字段说明：实验成效指标数值" in tree.texts["data/index.md"]


def test_home_shows_the_headline_figure_linked_to_its_page(tree: DocsTree) -> None:
    home = tree.texts["index.md"]
    assert ('<li class="key-figures__headline"><a href="indicators/satisfaction/"><strong>1/1</strong>'
            "<span>居民满意度提高的实验区（个），中位数 +6.5 个百分点</span></a></li>") in home


def test_themes_count_a_zone_under_the_topics_of_its_indicators(tree: DocsTree) -> None:
    # 朝阳区 chose 1-3 and 2-4; 南关区 too, and reports 社区社会组织数, which evidences 1-2, 1-3 and 1-4
    topic = tree.texts["themes/topic-1-2/index.md"]
    assert "长春市南关区" not in topic.split("## 选择本专题的实验区")[0]
    listed = topic.split("## 选择本专题的实验区")[1].split("## 实验成效指标")[0]
    assert "南关区" in listed and "朝阳区" not in listed
    assert "[社区社会组织数](../../indicators/community-social-organizations/index.md)（个）：1 个实验区报告" in topic
    index = tree.texts["themes/index.md"]
    assert re.search(r"\| \[1-2 [^]]*\]\(topic-1-2/index.md\) \| 1 \|", index)


def test_the_zone_feed_announces_each_years_figures(tree: DocsTree) -> None:
    feed = tree.texts["feed-220102-nanguan.xml"]
    entry = feed[feed.index("<title>长春市南关区实验区 2020 年实验成效数值</title>"):].split("</entry>")[0]
    assert '<category term="indicators" label="实验成效数值"/>' in entry
    assert "居民满意度、社区社会组织数、老年食堂&lt;b&gt;数|*" in entry
    assert "<published>2020-04-25T00:00:00+08:00</published>" in entry  # the year's end is after the build date


def test_search_finds_indicator_pages(bundled_site: Path) -> None:
    index = WrittenIndex.open(bundled_site)
    records = [index.record(page) for page in index.matching("居民满意度 口径")]
    assert any(record["url"].endswith("indicators/satisfaction/") and record["kind"] == "实验成效指标"
               for record in records), records[:5]
