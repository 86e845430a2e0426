"""What readers and journalists take away: open data, feeds, experience pages, share and citation, and the
conventions of a government site."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path
from urllib.parse import urljoin

import pytest
from openpyxl import load_workbook

from generator.contract.files import Milestones, ReportFront, ZoneFile
from generator.render.opendata import DUTY_FIELDS, NOT_COLUMNS, REPORT_FIELDS, ZONE_FIELDS, neutralise
from tests.conftest import VALID_NEWS, VALID_ZONE, build, write_zone
from tests.htmltext import Page

ATOM = "{http://www.w3.org/2005/Atom}"


def test_zone_table_in_csv_xlsx_and_json_keyed_by_division_code(bundled_site: Path) -> None:
    raw = (bundled_site / "data" / "zones.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel in China opens UTF-8 only with a BOM
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 15
    nanguan = next(row for row in rows if row["行政区划代码"] == "220102")
    assert nanguan["状态"] == "已验收" and nanguan["数据日期"] == "2026-11-27" and nanguan["所属市（州）"] == "长春市"
    workbook = load_workbook(bundled_site / "data" / "zones.xlsx")
    assert workbook.sheetnames == ["实验区", "实验区字段说明", "实验成效", "实验成效字段说明"]
    assert workbook["实验区"].max_row == 16
    # dated by the data, not by the moment of the build, so a rebuild of the same data rewrites no file
    assert workbook.properties.modified == workbook.properties.created == datetime(2026, 11, 27)
    document = json.loads((bundled_site / "data" / "zones.json").read_text(encoding="utf-8"))
    # A reader of any one format gets every field the data dictionary declares, in its order.
    declared = [(field["name"], field["label"]) for field in document["fields"]]
    assert len(declared) >= 20
    assert list(rows[0]) == [label for _, label in declared]
    assert [cell.value for cell in workbook["实验区"][1]] == [label for _, label in declared]
    assert all(list(zone) == [name for name, _ in declared] for zone in document["zones"])
    dictionary = [row[:2] for row in workbook["实验区字段说明"].iter_rows(min_row=2, values_only=True)]
    assert dictionary == declared
    assert {zone["code"] for zone in document["zones"]} == {row["行政区划代码"] for row in rows}


def test_report_table_lists_metadata_and_links_not_bodies(bundled_site: Path) -> None:
    rows = list(csv.DictReader(io.StringIO((bundled_site / "data" / "reports.csv").read_text(encoding="utf-8-sig"))))
    assert len(rows) == 152
    document = json.loads((bundled_site / "data" / "reports.json").read_text(encoding="utf-8"))
    assert len(document["reports"]) == len(rows)
    for report in document["reports"]:
        assert set(report) == {field.name for field in REPORT_FIELDS}
        assert (bundled_site / report["url"] / "index.html").is_file()


def test_every_zone_page_links_its_machine_readable_twin(bundled_site: Path) -> None:
    for zone in (bundled_site / "zones").iterdir():
        if not (zone / "index.html").is_file():
            continue
        page = Page(zone / "index.html")
        assert f"../{zone.name}.json" in page.links
        twin = json.loads((bundled_site / "zones" / f"{zone.name}.json").read_text(encoding="utf-8"))
        assert twin["zone"]["url"] == f"zones/{zone.name}/" and len(twin["reports"]) == twin["zone"]["reports"]


def test_the_data_page_explains_every_field_and_the_licence(bundled_site: Path) -> None:
    text = Page(bundled_site / "data" / "index.html").text
    for field in (*ZONE_FIELDS, *REPORT_FIELDS, *DUTY_FIELDS):
        assert field.name in text and field.label in text
    assert "数据日期： 2026年11月27日" in text and "可以自由下载、使用和转载" in text


@pytest.mark.parametrize("value", ["=HYPERLINK(\"http://x\")", "+1", "-1+1", "@SUM(A1)", "＝HYPERLINK(\"http://x\")",
                                   "＋1", "－1", "＠SUM(A1)"])
def test_text_that_would_run_as_a_formula_is_neutralised(value: str) -> None:
    assert neutralise(value) == "'" + value
    assert neutralise("2020-01-01") == "2020-01-01" and neutralise(3) == 3


def _atom(path: Path) -> ET.Element:
    root = ET.parse(path).getroot()
    assert root.tag == f"{ATOM}feed"
    for child in ("id", "title", "updated"):
        assert root.find(f"{ATOM}{child}") is not None, child
    assert root.find(f"{ATOM}author/{ATOM}name") is not None
    return root


def test_feeds_are_valid_atom_whose_entries_lead_to_pages(bundled_site: Path) -> None:
    feeds = [bundled_site / "feed.xml", bundled_site / "feed-experience.xml", bundled_site / "feed-220102-nanguan.xml"]
    for feed in feeds:
        root = _atom(feed)
        entries = root.findall(f"{ATOM}entry")
        assert entries
        ids = [entry.findtext(f"{ATOM}id") for entry in entries]
        assert len(set(ids)) == len(ids) and all(re.match(r"^(urn:uuid:|https?://)", i or "") for i in ids)
        for entry in entries:
            assert re.match(r"^\d{4}-\d\d-\d\dT00:00:00\+08:00$", entry.findtext(f"{ATOM}updated") or "")
            link = entry.find(f"{ATOM}link").get("href")  # type: ignore[union-attr]
            page = urljoin("http://site/" + feed.relative_to(bundled_site).as_posix(), link)
            assert (bundled_site / page.removeprefix("http://site/") / "index.html").is_file(), link
    experience = _atom(feeds[1])
    assert {c.get("term") for c in experience.iter(f"{ATOM}category")} == {"experience", "news"}
    zone_feed = _atom(feeds[2]).findall(f"{ATOM}entry")  # 13 reports and 2 years of figures
    assert len(zone_feed) == 15
    assert sum(entry.find(f"{ATOM}category").get("term") == "indicators" for entry in zone_feed) == 2  # type: ignore[union-attr]


def test_pages_announce_their_feeds(bundled_site: Path) -> None:
    html = (bundled_site / "zones" / "220102-nanguan" / "index.html").read_text(encoding="utf-8")
    # every feed is an "alternate" to a reader of rel words; only the page's own is exactly that (tests/test_sitemap_fetches.py)
    feeds = re.findall(r'<link rel="alternate(?: feed)?" type="application/atom\+xml" title="([^"]+)" href="([^"]+)"', html)
    assert [title for title, _ in feeds] == ["全部报告", "经验做法与工作动态", "本实验区的新报告"]
    assert feeds[2][1] == "../../feed-220102-nanguan.xml"


def test_experience_section_is_typical_cases_then_newest_first_paginated_and_filtered(bundled_site: Path) -> None:
    first = Page(bundled_site / "experience" / "index.html")
    assert "共38篇，第1/2页" in "".join(first.text.split()) and "../experience/page/2/" in first.links
    html = (bundled_site / "experience" / "index.html").read_text(encoding="utf-8")
    cards = re.findall(r'<p class="card__meta">(<span class="typical-badge">典型案例</span> )?[^·]+· (\d{4})年(\d+)月(\d+)日</p>',
                       html)
    assert len(cards) == 20
    typical = [tuple(map(int, card[1:])) for card in cards if card[0]]
    others = [tuple(map(int, card[1:])) for card in cards if not card[0]]
    assert len(typical) == 4 and cards[:4] == [card for card in cards if card[0]]  # the sample's four cases first
    assert typical == sorted(typical, reverse=True) and others == sorted(others, reverse=True)
    assert (bundled_site / "experience" / "page" / "2" / "index.html").is_file()
    changchun = Page(bundled_site / "experience" / "prefecture" / "changchun" / "index.html").text
    assert "长春市南关区" in changchun and "延边朝鲜族自治州延吉市" not in changchun
    topic = (bundled_site / "experience" / "topic" / "4-1" / "index.html").read_text(encoding="utf-8")
    assert "吉林市昌邑区" in topic


def test_report_pages_are_ready_to_share_print_and_cite(bundled_site: Path) -> None:
    path = bundled_site / "zones" / "220102-nanguan" / "2021-06-08-experience" / "index.html"
    html = path.read_text(encoding="utf-8")
    for tag in ("og:title", "og:description", "og:image", "og:type"):
        assert f'<meta property="{tag}"' in html, tag
    assert '<meta property="og:type" content="article">' in html
    text = Page(path).text
    assert re.search(r"引用本文： 长春市南关区：“三张清单”让“三社联动”联得上、动得起\. 长春市南关区\. 经验做法, 2021年6月8日\. "
                     r"zones/220102-nanguan/2021-06-08-experience/", text)
    assert "data-print" in html and "assets/report.js" in html
    assert "@media print" in (bundled_site / "assets" / "showcase.css").read_text(encoding="utf-8")


def test_government_meta_tags_update_dates_and_chinese_404(bundled_site: Path) -> None:
    report = Page(bundled_site / "zones" / "220102-nanguan" / "2021-06-08-experience" / "index.html")
    for name, value in (("SiteName", "吉林省社区治理和服务创新实验区展示平台"), ("ColumnName", "经验做法"),
                        ("ColumnType", "信息发布"), ("ArticleTitle", "长春市南关区：“三张清单”让“三社联动”联得上、动得起"),
                        ("PubDate", "2021-06-08"), ("ContentSource", "吉林省民政厅（示例）")):
        assert report.metas.get(name) == value, name
    assert "本页更新：2021年6月8日" in report.text
    for page in ("index.html", "policy/index.html", "data/index.html", "map/index.html"):
        assert "本页更新：" in Page(bundled_site / page).text, page
    missing = Page(bundled_site / "404.html")
    assert "找不到这个页面" in missing.text and "Not found" not in missing.text


def test_sitemap_uses_the_site_address(workspace: Path) -> None:
    write_zone(workspace, zone=VALID_ZONE, reports={"2020-04-22-news.md": VALID_NEWS})
    from tests.conftest import CONFIG, CONTENT, run_cli

    run = run_cli(["build", "--zones", str(workspace / "zones"), "--content", str(CONTENT), "--config", str(CONFIG),
                   "--out", str(workspace / "site"), "--build-dir", str(workspace / "build"), "--today", "2020-06-01",
                   "--site-url", "https://zones.example.org/jilin"])
    assert run.code == 0, run.output
    sitemap = (workspace / "site" / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://zones.example.org/jilin/zones/220102-nanguan/2020-04-22-news/</loc>" in sitemap
    feed = (workspace / "site" / "feed.xml").read_text(encoding="utf-8")
    assert "<id>https://zones.example.org/jilin/zones/220102-nanguan/2020-04-22-news/</id>" in feed
    assert 'content="https://zones.example.org/jilin/assets/share.png"' in \
        (workspace / "site" / "index.html").read_text(encoding="utf-8")


def test_formula_text_is_neutralised_in_the_downloads(workspace: Path) -> None:
    write_zone(workspace, zone=VALID_ZONE.replace("title: 以“三社联动”推动老旧小区议事协商", "title: '=HYPERLINK(\"x\")三社联动'"))
    run = build(workspace / "zones", workspace / "site", workspace / "build", today="2020-06-01")
    assert run.code == 0, run.output
    rows = list(csv.reader(io.StringIO((workspace / "site" / "data" / "zones.csv").read_text(encoding="utf-8-sig"))))
    assert rows[1][5] == "'=HYPERLINK(\"x\")三社联动"
    sheet = load_workbook(workspace / "site" / "data" / "zones.xlsx")["实验区"]
    assert sheet.cell(row=2, column=6).value == "'=HYPERLINK(\"x\")三社联动"
    assert sheet.cell(row=2, column=6).data_type == "s"


def test_every_value_a_zone_file_holds_is_a_column_of_the_open_data_under_its_contract_label() -> None:
    """A new field of zone.yml reaches the open data without an edit to it: columns come from the contract."""

    columns = {field.name: field for field in ZONE_FIELDS}
    for model in (ZoneFile, Milestones):
        for name, info in model.model_fields.items():
            if name in NOT_COLUMNS:
                continue
            assert name in columns, f"zone.yml field {name} is missing from the open data"
            assert columns[name].label == info.title, name
    report_columns = {field.name: field for field in REPORT_FIELDS}
    for name in ("title", "date", "year", "topics", "summary"):
        assert report_columns[name].label == ReportFront.model_fields[name].title
    assert columns["applied"].kind == "日期" and columns["batch"].kind == "整数" and columns["title"].kind == "文本"


def test_the_government_footer_names_every_registration_and_the_mark(bundled_site: Path) -> None:
    """政府网站发展指引: 主办, 承办, 网站标识码, ICP备案号, 公安机关备案号, 党政机关网站标识, and 纠错 that says where."""
    html = (bundled_site / "zones" / "220102-nanguan" / "index.html").read_text(encoding="utf-8")
    footer = html[html.index('class="md-copyright gov-footer"'):]
    footer = footer[:footer.index("</div>")]
    for item in ("主办单位：吉林省民政厅（示例）", "承办单位：吉林省民政厅信息中心（示例）", "网站标识码：0000000000（示例）",
                 "吉ICP备00000000号（示例）", "吉公网安备 22010202000000号（示例）"):
        assert item in footer, item
    mark = re.search(r'<img src="([^"]+)" alt="党政机关网站标识"', footer)
    assert mark is not None
    served = (bundled_site / "zones" / "220102-nanguan" / mark[1]).resolve()
    assert served.read_bytes().startswith(b"\x89PNG")
    correction = re.search(r'<a href="(mailto:[^"]+)">纠错</a>', footer)
    assert correction is not None  # the mail names the page it is about
    assert "subject=" in correction[1] and "%E5%8D%97%E5%85%B3" in correction[1]  # 南关


def _footer(**identity: str) -> str:
    """The footer partial rendered as Material renders it, for settings the sample does not hold."""
    from jinja2 import Environment, FileSystemLoader

    from generator.contract.settings import Identity
    from generator.site.ssg.mkdocs import THEME_DIR, footer_correction

    environment = Environment(loader=FileSystemLoader(THEME_DIR), autoescape=True)
    environment.filters["url"] = lambda address: "../" + address
    settings = Identity(title="示例网站", organizer="示例厅", **identity)
    config = {"site_name": "示例网站", "extra": {"identity": settings.model_dump(), "gov_mark": "",
                                               "correction": footer_correction(settings)}}
    page = {"title": "南关区", "canonical_url": "https://shequ.example.gov.cn/zones/220102-nanguan/"}
    return environment.get_template("partials/copyright.html").render(config=config, page=page)


def test_footer_items_show_only_when_set_and_a_site_code_alone_opens_the_national_error_platform() -> None:
    bare = _footer()
    for empty in ("承办", "ICP", "beian.", "网站标识码", "公安", "纠错", "找错", "<img"):
        assert empty not in bare, empty
    coded = _footer(site_id_code="2200000001", undertaker="省信息中心")
    assert "承办单位：省信息中心" in coded and "网站标识码：2200000001" in coded
    platform = re.search(r'<a href="([^"]+)" rel="noopener">我为政府网站找错</a>', coded)
    assert platform is not None
    assert platform[1].startswith("https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=2200000001&amp;url=https%3A//shequ")
    own = _footer(site_id_code="2200000001", correction="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=2200000001")
    assert ">纠错</a>" in own and "找错" not in own
