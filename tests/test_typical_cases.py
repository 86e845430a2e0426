"""典型案例 and the 经验交流 filters as readers find them: the column page, the badge, first place in every
listing, the reasons of a national recommendation, and listings by year and by type that need no script."""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path

import pytest

from generator.pipeline import Inputs, check
from generator.render.docs import build_docs
from generator.render.docs_tree import DocsTree
from tests.conftest import CONTENT, SAMPLE_ZONES, SATISFACTION, VALID_NEWS, VALID_ZONE, write_zone

OLD_CASE = "2020-03-10-experience.md"  # the typical case, older than everything else
NEWER = "2020-04-20-experience.md"
NEWS_2021 = "2021-02-10-news.md"
REASON = "示例：议事协商<b>做法</b>可复制"


def _experience(day: str, title: str) -> str:
    return (VALID_NEWS.replace("type: news", "type: experience").replace("date: 2020-04-22", f"date: {day}")
            .replace("title: 南关区召开实验区推进会", f"title: {title}") + f"\n{title}的做法和成效。\n")


REPORTS = {
    OLD_CASE: _experience("2020-03-10", "南关区楼栋议事会"),
    NEWER: _experience("2020-04-20", "南关区社区社会组织孵化"),
    "2020-04-22-news.md": VALID_NEWS,
    NEWS_2021: VALID_NEWS.replace("date: 2020-04-22", "date: 2021-02-10").replace("推进会", "年度部署会") + "\n部署了新一年的任务。\n",
}
SELECTIONS = f"""\
typical_cases:
  - zone: 220102-nanguan
    report: {OLD_CASE}
    year: 2020
    reason: "{REASON}"
"""


def docs(root: Path, today: str) -> DocsTree:
    checked = check(Inputs(root / "zones", CONTENT), date.fromisoformat(today))
    assert checked.site is not None and checked.pages is not None, [p for p in checked.problems if p.is_error]
    return build_docs(checked.site, checked.pages)


@pytest.fixture
def tree(workspace: Path) -> DocsTree:
    write_zone(workspace, reports=REPORTS)
    (workspace / "zones" / "selections.yml").write_text(SELECTIONS, encoding="utf-8")
    return docs(workspace, "2021-03-01")


def _card_titles(page: str) -> list[str]:
    return re.findall(r'<h2 class="card__title"><a href="[^"]*">([^<]+)</a>', page)


def test_the_column_lists_each_case_with_its_reason_zone_and_date(tree: DocsTree) -> None:
    page = tree.texts["typical-cases/index.md"]
    assert "## 2020 年度选定" in page
    case = page[page.index("### [南关区楼栋议事会]"):]
    assert case.startswith("### [南关区楼栋议事会](../zones/220102-nanguan/2020-03-10-experience.md)")
    assert "长春市南关区 · 经验做法 · <time datetime=\"2020-03-10\">2020年3月10日</time>" in case
    assert "**选定理由：**示例：议事协商&lt;b&gt;做法&lt;/b&gt;可复制" in case  # the province's words, escaped
    assert "南关区社区社会组织孵化" not in page
    assert "典型案例" in tree.texts["experience/index.md"] and "../typical-cases/" in tree.texts["experience/index.md"]
    assert "- [经验交流：典型案例](../typical-cases/index.md)" in tree.texts["sitemap/index.md"]


def test_a_typical_case_wears_its_badge_and_reason(tree: DocsTree) -> None:
    page = tree.texts["zones/220102-nanguan/2020-03-10-experience.md"]
    badge = page[page.index('<p class="typical-case">'):].split("</p>")[0]
    assert '<span class="typical-badge">典型案例</span> 2020 年度省民政厅选定' in badge
    assert "选定理由：示例：议事协商&lt;b&gt;做法&lt;/b&gt;可复制" in badge
    assert 'href="../../../typical-cases/"' in badge
    assert "typical-badge" not in tree.texts["zones/220102-nanguan/2020-04-20-experience.md"]


def test_typical_cases_come_first_in_experience_and_its_filters(tree: DocsTree) -> None:
    # the oldest, yet first; then newest first
    assert _card_titles(tree.texts["experience/index.md"]) == [
        "南关区楼栋议事会", "南关区召开实验区年度部署会", "南关区召开实验区推进会", "南关区社区社会组织孵化"]
    assert _card_titles(tree.texts["experience/type/experience/index.md"]) == ["南关区楼栋议事会", "南关区社区社会组织孵化"]
    assert '<span class="typical-badge">典型案例</span> 经验做法' in tree.texts["experience/index.md"]


def test_filters_by_year_and_type_list_only_theirs(tree: DocsTree) -> None:
    assert _card_titles(tree.texts["experience/year/2021/index.md"]) == ["南关区召开实验区年度部署会"]
    assert _card_titles(tree.texts["experience/year/2020/index.md"]) == [
        "南关区楼栋议事会", "南关区召开实验区推进会", "南关区社区社会组织孵化"]
    assert _card_titles(tree.texts["experience/type/news/index.md"]) == ["南关区召开实验区年度部署会", "南关区召开实验区推进会"]
    assert "# 经验交流：2021 年" in tree.texts["experience/year/2021/index.md"]
    assert "# 经验交流：工作动态" in tree.texts["experience/type/news/index.md"]
    listing = tree.texts["experience/year/2021/index.md"]
    assert '<a href="../../../experience/year/2021/" aria-current="page">2021 年（1）</a>' in listing
    assert '<a href="../../../experience/year/2020/">2020 年（3）</a>' in listing
    assert '<a href="../../../experience/type/experience/">经验做法（2）</a>' in listing
    assert "experience/2021/" not in listing.replace("year/2021", "")  # the 汇编's address stays free


def test_the_filters_are_plain_pages_that_need_no_script(bundled_site: Path) -> None:
    """Every year and type link of 经验交流 is an <a> to a built page that holds its cards in its HTML."""
    page = (bundled_site / "experience" / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a href="((?:\.\./)?experience/(?:year|type)/[^"]+)"', page)
    assert {"experience/type/experience/", "experience/type/news/", "experience/year/2022/"} <= \
        {link.removeprefix("../") for link in links}
    for link in links:
        built = (bundled_site / link.removeprefix("../") / "index.html").read_text(encoding="utf-8")
        assert '<article class="card">' in built and 'aria-current="page"' in built
    news = (bundled_site / "experience" / "type" / "news" / "index.html").read_text(encoding="utf-8")
    assert "经验做法 ·" not in news and "工作动态 ·" in news


def test_a_recommended_zone_shows_the_reasons_and_its_acceptance_opinion(workspace: Path) -> None:
    recommended = VALID_ZONE.replace("  start: 2020-01-01\n", "  start: 2020-01-01\n  accepted: 2022-06-15\n"
                                     "  title_granted: 2022-06-20\n  national_recommended: 2022-06-25\n")
    sample = SAMPLE_ZONES / "220102-nanguan" / "reports"
    write_zone(workspace, zone=recommended, indicators=SATISFACTION, reports={
        name: (sample / name).read_text(encoding="utf-8") for name in ("2022-01-18-final-report.md", "2022-06-15-acceptance.md")})
    (workspace / "zones" / "selections.yml").write_text(
        "national_recommendations:\n  220102-nanguan:\n    - 示例：议事协商制度化\n    - 示例：居民满意度持续提高\n", encoding="utf-8")
    page = docs(workspace, "2022-07-01").texts["zones/220102-nanguan/index.md"]
    section = page[page.index("## 推荐申报国家级"):page.index("## 工作报告")]
    assert '省民政厅于 <time datetime="2022-06-25">2022年6月25日</time>推荐长春市南关区申报' in section
    assert "- 示例：议事协商制度化\n- 示例：居民满意度持续提高" in section
    assert "验收评审意见：[" in section and "](2022-06-15-acceptance.md)" in section
    assert '<a href="#推荐申报国家级">' in page


def test_the_open_data_names_each_typical_case_with_its_year_and_reason(tree: DocsTree) -> None:
    rows = {row["标题"]: row for row in csv.DictReader(io.StringIO(tree.blobs["data/reports.csv"].decode("utf-8-sig")))}
    assert (rows["南关区楼栋议事会"]["典型案例选定年度"], rows["南关区楼栋议事会"]["典型案例选定理由"]) == ("2020", REASON)
    assert rows["南关区社区社会组织孵化"]["典型案例选定理由"] == ""
    assert "典型案例选定理由" in tree.texts["data/index.md"]  # the field dictionary explains it
