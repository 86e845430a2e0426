"""The site's search index: Chinese terms, what a page contributes, and the index written for the sample site."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin

import pytest

from generator.site.search.build import INDEX_FOLDER, build_index
from generator.site.search.extract import SearchPage, extract
from generator.site.search.postings import InvertedIndex, decode_shard, shard_of
from generator.site.search.terms import LONGEST_WORD, count_terms, query_terms
from generator.site.search.variants import simplified, traditional_to_simplified
from tests.search_reader import WrittenIndex

PAGE = """<html><head><meta name="ColumnName" content="专题"></head><body>
<nav>跳转至 导航栏目录</nav>
<article><div data-search-body>
<h1 id="t">社区治理试点<a class="headerlink" href="#t">&para;</a></h1>
<div class="meta" data-search-zone="长春市南关区" data-search-kind="经验做法" data-search-ignore="all">实验区 长春市南关区</div>
<p>议事协商&amp;居民<b>公约</b></p><p>ＡＰＰ上线</p>
<script>var secret = "脚本内容";</script>
</div><p class="page-updated">本页更新：2026年11月27日</p></article></body></html>"""


def test_chinese_is_indexed_as_characters_and_pairs_and_latin_as_words() -> None:
    terms = count_terms("社区治理，社区ＡＰＰ 2024年")
    assert terms["社区"] == 2 and terms["区治"] == 1 and terms["治理"] == 1 and terms["社"] == 2
    assert terms["app"] == 1 and terms["2024"] == 1 and terms["年"] == 1
    assert "，" not in terms and "区，" not in terms and "理社" not in terms  # punctuation breaks a run


@pytest.mark.parametrize(("query", "terms"), [
    ("社区治理", ["社区", "区治", "治理"]),
    ("社区 治理", ["社区", "治理"]),
    ("区", ["区"]),
    ("“三社联动” APP", ["三社", "社联", "联动", "app"]),
    ("社区 社区", ["社区"]),
    ("！？", []),
])
def test_a_query_needs_every_term_it_is_made_of(query: str, terms: list[str]) -> None:
    assert query_terms(query) == terms


def test_only_the_article_body_is_searchable() -> None:
    page = extract(PAGE, "zones/x/")
    assert page == SearchPage("zones/x/", "社区治理试点", "长春市南关区", "经验做法", "议事协商&居民公约\nＡＰＰ上线")


def test_a_stray_end_tag_in_a_report_does_not_cut_its_text_short() -> None:
    page = extract(PAGE.replace("<p>ＡＰＰ上线</p>", "</span></section><p>ＡＰＰ上线</p>"), "zones/x/")
    assert page is not None and page.text.endswith("ＡＰＰ上线")


def test_a_page_without_a_zone_is_labelled_with_its_column_and_an_unmarked_page_is_left_out() -> None:
    page = extract(PAGE.replace(' data-search-zone="长春市南关区" data-search-kind="经验做法"', ""), "themes/")
    assert page is not None and page.zone == "" and page.kind == "专题"
    assert extract(PAGE.replace("data-search-body", "data-other"), "search/") is None


def test_postings_round_trip_and_rank_title_words_higher() -> None:
    index = InvertedIndex()
    index.add(0, count_terms("社区服务"), count_terms(""))
    index.add(1, count_terms("养老"), count_terms("社区服务"))
    index.add(2, count_terms("养老 " * 50), Counter())
    shards = index.shards()
    assert len(shards) == 1
    terms = decode_shard(shards[0])
    pages, scores = terms["社区"]
    assert pages == [0, 1] and scores[1] > scores[0]
    assert terms["养老"][0] == [1, 2] and set(terms) == set(index.terms)


def test_shards_split_by_hash_into_a_power_of_two() -> None:
    pages = [SearchPage(f"p{n}/", f"标题{n}", "", "", "".join(chr(0x4E00 + (n * 7 + k) % 3000) for k in range(400)))
             for n in range(200)]
    built = build_index(pages)
    shards, records = built.shards, built.records
    assert len(records) == 200 and len(shards) > 1 and len(shards) & (len(shards) - 1) == 0
    for number, shard in enumerate(shards):
        assert all(shard_of(term, len(shards)) == number for term in decode_shard(shard))


def test_shard_hash_is_fnv1a() -> None:
    # Reference values of 32-bit FNV-1a; assets/search.js computes the same with Math.imul.
    assert shard_of("", 1 << 31) == 0x811C9DC5 & 0x7FFFFFFF
    assert shard_of("a", 1 << 31) == 0xE40C292C & 0x7FFFFFFF


def test_search_js_splits_and_hashes_a_query_with_the_rules_the_index_carries(bundled_site: Path) -> None:
    """The runs, the longest word and the hash are written once, in Python, and reach search.js in the manifest."""
    manifest = json.loads((bundled_site / INDEX_FOLDER / "manifest.json").read_text(encoding="utf-8"))
    assert re.compile(manifest["runs"]).findall("社区治理app，2024") == ["社区治理", "app", "2024"]
    assert manifest["longest_word"] == LONGEST_WORD
    assert manifest["hash"] == {"offset": 0x811C9DC5, "prime": 0x01000193}
    script = (bundled_site / "assets" / "search.js").read_text(encoding="utf-8")
    for copy in ("\\u3400", "\u3400", "0x811c9dc5", "0x01000193", "= 32"):
        assert copy not in script.lower(), f"search.js keeps its own copy of {copy}"
    assert "info.runs" in script and "info.longest_word" in script and "info.hash.prime" in script


@pytest.fixture(scope="module")
def written(bundled_site: Path) -> WrittenIndex:
    return WrittenIndex.open(bundled_site)


def test_sample_site_index_holds_zones_reports_and_pages_but_no_listing_of_search_or_experience(
        written: WrittenIndex, bundled_site: Path) -> None:
    urls = {written.record(page)["url"] for page in range(written.pages)}
    assert "zones/220102-nanguan/" in urls and "zones/220102-nanguan/2021-06-08-experience/" in urls
    assert "about/" in urls and "policy/" in urls
    assert not any(url.startswith(("search/", "experience/")) for url in urls)
    for url in urls:
        assert (bundled_site / url / "index.html").is_file() or (bundled_site / url).is_file(), url
    assert not list(bundled_site.glob("pagefind*"))
    assert (bundled_site / INDEX_FOLDER / "manifest.json").is_file()


def test_sample_site_records_carry_zone_type_and_no_navigation(written: WrittenIndex) -> None:
    records = [written.record(page) for page in range(written.pages)]
    report = next(r for r in records if r["url"] == "zones/220102-nanguan/2021-06-08-experience/")
    assert report["zone"] == "长春市南关区" and report["kind"] == "经验做法"
    assert report["title"].startswith("长春市南关区：“三张清单”")
    assert "引用本文" not in report["text"] and "本页更新" not in report["text"]
    assert not any("跳转至" in r["text"] or "搜索本站" in r["text"] for r in records)


def test_sample_site_query_finds_the_phrase_inside_longer_words(written: WrittenIndex) -> None:
    found = written.matching("社区治理")
    texts = {page: written.record(page)["title"] + written.record(page)["text"] for page in range(written.pages)}
    assert {page for page, text in texts.items() if "社区治理和服务创新实验区" in text} <= found
    assert all("社区" in texts[page] and "治理" in texts[page] for page in found)
    assert written.matching("三张清单") and not written.matching("不存在的词语组合甲乙丙")


def test_every_page_has_the_header_search_box_leading_to_the_search_page(bundled_site: Path) -> None:
    pages = sorted(page for page in bundled_site.rglob("index.html")  # but the form editor, an app of its own
                   if page.parent != bundled_site / "admin")
    assert len(pages) > 190
    for html_file in pages:
        html = html_file.read_text(encoding="utf-8")
        form = re.search(r'<form class="site-search" role="search" action="([^"]+)" method="get"', html)
        assert form is not None, html_file
        page = "/" + html_file.parent.relative_to(bundled_site).as_posix() + "/"
        assert urljoin(page.replace("/./", "/"), form.group(1)) == "/search/", html_file
        assert 'name="q"' in html[form.end():form.end() + 600]


TABLE_PAGE = """<article><div data-search-body>
<h1>年度计划</h1>
<div class="report-meta" data-search-zone="长春市南关区" data-search-kind="年度实验计划" data-search-prefecture="长春市"
 data-search-date="2021-01-25" data-search-ignore="all"></div>
<p>今年的任务如下。</p>
<table><thead><tr><th>任务</th><th>完成时间</th><th>责任单位</th></tr></thead>
<tbody><tr><td>建立议事会</td><td>2021年6月</td><td>民政局</td></tr><tr><td>三社联动</td><td></td><td>各街道<br>社区</td></tr></tbody></table>
<p>以上任务按季度检查。</p>
</div></article>"""


def test_a_table_row_reads_as_a_line_of_heading_and_cell_and_the_labels_are_kept() -> None:
    page = extract(TABLE_PAGE, "zones/x/2021-01-25-annual-plan/")
    assert page is not None
    assert page.text.split("\n") == ["今年的任务如下。", "任务：建立议事会；完成时间：2021年6月；责任单位：民政局",
                                     "任务：三社联动；责任单位：各街道 社区", "以上任务按季度检查。"]
    assert (page.zone, page.kind, page.prefecture, page.date, page.listing) == (
        "长春市南关区", "年度实验计划", "长春市", "2021-01-25", False)


def test_a_listing_page_keeps_its_own_words_but_not_the_table_of_what_it_lists() -> None:
    listing = TABLE_PAGE.replace("<div data-search-body>", "<div data-search-body data-search-listing>")
    page = extract(listing, "themes/topic-1-1/")
    assert page is not None and page.listing
    assert page.text == "今年的任务如下。\n以上任务按季度检查。"


def test_traditional_characters_are_read_as_the_simplified_ones_of_the_index() -> None:
    table = traditional_to_simplified(set("议事协商联动发"))
    assert simplified("議事協商、三社聯動、頭髮", table) == "议事协商、三社联动、頭发"
    assert set(table.values()) <= set("议事协商联动发") and "事" not in table  # only characters that differ


def test_sample_site_finds_traditional_queries_and_ranks_listings_below_reports(written: WrittenIndex) -> None:
    assert written.matching("議事協商") == written.matching("议事协商") != set()
    assert written.matching("三社聯動") == written.matching("三社联动") != set()
    facets = written.facets()
    rows = facets["pages"]
    records = [written.record(page) for page in range(written.pages)]
    tiers = {record["url"]: rows[page][3] for page, record in enumerate(records)}  # type: ignore[index]
    assert tiers["themes/topic-1-3/"] == tiers["zones/"] == tiers["prefectures/changchun/"] == tiers[""] == 2
    assert tiers["zones/220102-nanguan/"] == 1 and tiers["zones/220102-nanguan/2021-06-08-experience/"] == 0
    assert tiers["about/"] == 0
    report = next(page for page, record in enumerate(records) if record["url"] == "zones/220102-nanguan/2021-06-08-experience/")
    assert rows[report][:3] == [facets["prefectures"].index("长春市"), facets["kinds"].index("经验做法"), 20210608]  # type: ignore[index, union-attr]
    theme = next(record for record in records if record["url"] == "themes/topic-1-3/")
    assert not any(listed["title"] in theme["text"] for listed in records if listed["url"].count("/") == 3)
