"""`showcase build` turns the bundled zones into a Chinese website, and never leaves a half-built one."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from tests.conftest import SAMPLE_ZONES, SATISFACTION, VALID_NEWS, build, tree_digest, write_zone
from tests.htmltext import Page

THIRD_PARTY = Path(__file__).parent / "fixtures" / "third_party" / "zones"


def test_zone_page_shows_status_theme_milestones_contact_and_reports(bundled_site: Path) -> None:
    page = Page(bundled_site / "zones" / "220102-nanguan" / "index.html")
    assert page.html_lang.startswith("zh")
    for expected in ("长春市南关区", "已验收", "实验主题：以“三社联动+议事协商”破解老旧小区治理难题",
                     "省民政厅确认 2019年12月10日 吉民函〔2019〕88号", "实验周期 2020年1月1日 至 2021年12月31日",
                     "1-3 “三社联动”", "办公电话 0431-88765102", "示例数据", "年度工作总结",
                     "2021 年度： 南关区2021年社区治理和服务创新实验区工作总结"):
        assert expected in page.text, expected
    assert "2022-01-18-final-report/" in page.links
    assert page.metas["ColumnName"] == "实验区"


def test_report_page_has_metadata_body_and_link_back(bundled_site: Path) -> None:
    page = Page(bundled_site / "zones" / "220102-nanguan" / "2020-01-15-plan" / "index.html")
    for expected in ("实验区 长春市南关区", "报告类型 实验方案", "日期 2020年1月15日", "实验背景", "实验保障",
                     "返回长春市南关区实验区"):
        assert expected in page.text, expected
    assert "../" in page.links
    assert page.metas["PubDate"] == "2020-01-15"


def test_statuses_are_derived_at_the_build_date(bundled_site: Path) -> None:
    html = (bundled_site / "zones" / "index.html").read_text(encoding="utf-8")
    rows = {re.search(r'<td data-value="([^"]+)"', row).group(1): row  # type: ignore[union-attr]
            for row in re.findall(r"<tr data-prefecture=.*?</tr>", html, flags=re.S)}
    for code, status in (("220102", "已验收"), ("220202", "已延期"), ("222401", "实验中")):
        assert re.search(rf'<span class="zone-status[^"]*">{status}</span>\s*</td>\s*</tr>$', rows[code]), code


def test_home_policy_and_footer(bundled_site: Path) -> None:
    home = Page(bundled_site / "index.html")
    assert "15 已公开实验区（个）" in home.text and "10/10 覆盖市（州）" in home.text
    html = (bundled_site / "index.html").read_text(encoding="utf-8")
    assert html.count('<article class="card">') == 6  # the newest experience and news pieces
    assert "2019 年申报（2 个）" in home.text
    assert "主办单位：吉林省民政厅（示例）" in home.text
    html_text = (bundled_site / "index.html").read_text(encoding="utf-8")
    for empty in ("ICP", "beian.", "网站标识码", "公安"):  # empty settings are omitted, never shown blank
        assert empty not in html_text, empty
    policy = Page(bundled_site / "policy" / "index.html")
    assert "吉民发〔2019〕30号" in policy.text and "自主申请、逐级审批、单独确认" in policy.text


def test_every_page_loads_only_local_resources(bundled_site: Path) -> None:
    pages = list(bundled_site.rglob("*.html"))
    assert len(pages) > 30
    for path in pages:
        for resource in Page(path).loads:
            assert not resource.startswith(("http:", "https:", "//")), f"{path}: {resource}"
    stylesheets = list(bundled_site.rglob("*.css"))
    assert stylesheets
    for path in stylesheets:  # fonts and images pulled in by a stylesheet count too
        css = path.read_text(encoding="utf-8")
        assert not re.search(r"""url\(\s*['"]?(https?:)?//|@import""", css), path


def test_zone_folder_written_only_from_the_contract_builds(tmp_path: Path) -> None:
    run = build(THIRD_PARTY, tmp_path / "site", tmp_path / "build")
    assert run.code == 0, run.output
    zone = tmp_path / "site" / "zones" / "changbaishan-chibei"
    assert "长白山管委会池北区" in Page(zone / "index.html").text
    report = Page(zone / "2024-05-20-experience-lvju" / "index.html")
    assert "旅居共治" in report.text
    assert "../media/简报.pdf" in report.links
    assert (zone / "media" / "简报.pdf").is_file() and (zone / "media" / "photo.png").is_file()
    assert "../media/photo.png" in report.loads


def test_failed_build_leaves_previous_site_as_it_was(previous_build: Path) -> None:
    workspace = previous_build  # one zone with its news, built into site/ and build/
    out, build_dir = workspace / "site", workspace / "build"
    before = tree_digest(out)
    (workspace / "zones" / "220102-nanguan" / "reports" / "2020-04-22-news.md").write_text(
        VALID_NEWS.replace("type: news", "type: newz"), encoding="utf-8")
    run = build(workspace / "zones", out, build_dir)
    assert run.code == 1
    assert "未知的报告类型“newz”" in run.output and "网站没有生成" in run.output
    assert tree_digest(out) == before


def test_second_build_rewrites_no_markdown_and_reuses_the_site_until_an_input_changes(workspace: Path) -> None:
    write_zone(workspace, reports={"2020-04-22-news.md": VALID_NEWS}, indicators=SATISFACTION)
    assert build(workspace / "zones", workspace / "site", workspace / "build").code == 0
    docs = workspace / "build" / "docs"
    before = {path: path.stat().st_mtime_ns for path in docs.rglob("*") if path.is_file()}
    pages = {path: path.stat().st_mtime_ns for path in (workspace / "site").rglob("*.html")}
    run = build(workspace / "zones", workspace / "site", workspace / "build")
    assert run.code == 0
    assert "直接沿用" in run.output  # neither the static site generator nor the indexer ran
    assert {path: path.stat().st_mtime_ns for path in docs.rglob("*") if path.is_file()} == before
    assert {path: path.stat().st_mtime_ns for path in (workspace / "site").rglob("*.html")} == pages

    news = workspace / "zones" / "220102-nanguan" / "reports" / "2020-04-22-news.md"
    news.write_text(news.read_text(encoding="utf-8").replace("\n---\n\n", "\n---\n\n议事厅改造完工。\n\n", 1),
                    encoding="utf-8")
    run = build(workspace / "zones", workspace / "site", workspace / "build")
    assert run.code == 0 and "网站已生成" in run.output, run.output
    page = next((workspace / "site" / "zones" / "220102-nanguan").glob("2020-04-22-news/index.html"))
    assert "议事厅改造完工。" in page.read_text(encoding="utf-8")


def test_unconfirmed_zone_is_not_published(workspace: Path) -> None:
    write_zone(workspace, indicators=SATISFACTION)
    shutil.copytree(SAMPLE_ZONES / "222401-yanji", workspace / "zones" / "222401-yanji")
    unconfirmed = (workspace / "zones" / "222401-yanji" / "zone.yml")
    text = unconfirmed.read_text(encoding="utf-8")
    unconfirmed.write_text("\n".join(line for line in text.splitlines()
                                     if not line.strip().startswith(("approved:", "approval_doc:", "start:"))),
                           encoding="utf-8")
    run = build(workspace / "zones", workspace / "site", workspace / "build")
    assert run.code == 0, run.output
    assert "暂不在网站上公开" in run.output
    assert not (workspace / "site" / "zones" / "222401-yanji").exists()
    assert (workspace / "site" / "zones" / "220102-nanguan" / "index.html").is_file()
