"""The yearly 经验汇编 (issue 23): its PDF read back as a reader's PDF viewer reads it (pypdfium2), the build on a
machine without WeasyPrint's system parts, and the PDF made again only when what it prints changed."""

from __future__ import annotations

import http.server
import re
import shutil
import sys
import threading
from datetime import date
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
import pytest

from generator.model.compendium import compendium_years, experience_of_year
from generator.model.site import Site
from generator.pipeline import Inputs, check
from generator.render.views.compendium import demote_headings, rebase_addresses
from generator.site.compendium import pdf as compendium_pdf
from generator.site.compendium.tool import REQUIRE_PDF, missing_reason
from tests.conftest import CONTENT, SAMPLE_ZONES, TODAY, build, write_zone

MAX_BYTES = 10 * 1024 * 1024


@cache
def _sample() -> Site:
    checked = check(Inputs(SAMPLE_ZONES, CONTENT), date.fromisoformat(TODAY))
    assert checked.site is not None
    return checked.site


def _pdf(site: Path, year: int) -> pdfium.PdfDocument:
    return pdfium.PdfDocument(site / "experience" / str(year) / f"experience-{year}.pdf")


def _texts(document: pdfium.PdfDocument) -> list[str]:
    """Each sheet's text as extracted, lines joined (a long title wraps)."""
    return [document[i].get_textpage().get_text_range().replace("\r\n", "\n") for i in range(len(document))]


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_experience_report_of_the_year_is_in_its_pdf_with_its_zone(bundled_site: Path) -> None:
    years = compendium_years(_sample())
    assert years, "the sample has experience reports"
    for year in years:
        text = _flat("".join(_texts(_pdf(bundled_site, year))))
        assert f"{year}年经验汇编" in text  # Chinese text is extractable
        for report, zone in experience_of_year(_sample(), year):
            assert _flat(report.front.title) in text, (year, report.front.title)
            assert f"实验区：{zone.unit.full_name}" in text, (year, zone.id)
            assert report.front.date.strftime("%Y年%-m月%-d日") in text


def test_contents_give_the_page_each_chapter_starts_on(bundled_site: Path) -> None:
    year = max(compendium_years(_sample()), key=lambda y: len(experience_of_year(_sample(), y)))
    texts = _texts(_pdf(bundled_site, year))
    contents = next(i for i, text in enumerate(texts) if text.startswith("目录"))
    contents_text = _flat(texts[contents])
    titles = [report.front.title for report, _ in experience_of_year(_sample(), year)]
    starts = []
    for title, zone in [(f"{year}年度概况", None)] + [(r.front.title, z) for r, z in experience_of_year(_sample(), year)]:
        found = re.search(re.escape(_flat(title)) + (f"（{re.escape(zone.unit.full_name)}）" if zone else "")
                          + r"\.{3,}(\d+)", contents_text)
        assert found, title
        starts.append((title, int(found.group(1))))
    assert len(starts) == len(titles) + 1
    for title, number in starts:
        assert _flat(texts[number - 1]).startswith(_flat(title)), (title, number)  # the title opens that sheet
    assert [number for _, number in starts] == sorted(number for _, number in starts)


def test_every_sheet_has_its_page_number_and_the_chapters_are_bookmarks(bundled_site: Path) -> None:
    for year in compendium_years(_sample()):
        document = _pdf(bundled_site, year)
        texts = _texts(document)
        for number, text in enumerate(texts, start=1):
            assert text.rstrip().endswith(f"{number} / {len(texts)}"), (year, number)
        bookmarks = [bookmark.get_title() for bookmark in document.get_toc()]
        for report, _ in experience_of_year(_sample(), year):
            assert report.front.title in bookmarks


def test_running_header_names_the_chapter(bundled_site: Path) -> None:
    year = compendium_years(_sample())[0]
    texts = _texts(_pdf(bundled_site, year))
    first = experience_of_year(_sample(), year)[0][0].front.title
    starts = next(i for i, text in enumerate(texts) if _flat(text).startswith(_flat(first)))
    header = texts[starts].rstrip().split("\n")[-2]  # the margin boxes come after the page's body
    assert _flat(first) in _flat(header)


def test_images_are_in_the_pdf_whole_and_the_file_is_small(bundled_site: Path) -> None:
    for year in compendium_years(_sample()):
        path = bundled_site / "experience" / str(year) / f"experience-{year}.pdf"
        assert path.stat().st_size <= MAX_BYTES  # the CJK fonts subset: embedded whole, one year weighs 60 MB
        document = _pdf(bundled_site, year)
        images = [(document[i], obj) for i in range(len(document)) for obj in document[i].get_objects()
                  if obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE]
        expected = sum(report.body.count("<img ") for report, _ in experience_of_year(_sample(), year))
        assert len(images) == expected, year
        for sheet, image in images:
            width, _ = image.get_px_size()
            assert width >= 960  # the picture as the report page shows it, not a thumbnail
            left, bottom, right, top = image.get_bounds()
            assert 0 <= left < right <= sheet.get_width() and 0 <= bottom < top <= sheet.get_height()  # whole


def test_the_pages_link_the_pdf_and_it_is_tagged(bundled_site: Path) -> None:
    year = compendium_years(_sample())[0]
    listing = (bundled_site / "experience" / "index.html").read_text("utf-8")
    assert f'href="{year}/experience-{year}.pdf"' in listing or f"experience/{year}/experience-{year}.pdf" in listing
    assert f"experience-{year}.pdf" in (bundled_site / "data" / "index.html").read_text("utf-8")
    assert pdfium.raw.FPDFCatalog_IsTagged(_pdf(bundled_site, year).raw)


def test_report_headings_go_one_level_down_and_addresses_follow_the_page() -> None:
    body = ('<div class="report-body">\n<p>a</p>\n<p><img alt="图" src="../images/960/a.png" '
            'srcset="../images/480/a.png 480w, ../media/a.png 1600w"></p>\n</div>\n\n## 做法\n\n'
            '<div class="report-body">\n<p><a href="../2021-01-01-news/#x">另一篇</a> <a href="https://e.cn/">外</a></p>\n</div>')
    moved = rebase_addresses(demote_headings(body), "zones/z/2021-06-08-experience.md", "experience/2021/index.md")
    assert "\n### 做法\n" in moved
    assert 'src="../../zones/z/images/960/a.png"' in moved
    assert 'srcset="../../zones/z/images/480/a.png 480w, ../../zones/z/media/a.png 1600w"' in moved
    assert 'href="../../zones/z/2021-01-01-news/#x"' in moved
    assert 'href="https://e.cn/"' in moved


EXPERIENCE = """\
---
type: experience
title: 南关区：楼栋议事会让居民的事大家商量
date: 2020-04-20
topics: ["2-4"]
summary: 南关区在老旧小区建立楼栋议事会。
---

## 主要做法

南关区在老旧小区建立楼栋议事会，居民的事大家商量着办。
"""


@pytest.fixture
def no_weasyprint(monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine without WeasyPrint (as an official's PC without Pango: the import fails)."""
    monkeypatch.setitem(sys.modules, "weasyprint", None)
    missing_reason.cache_clear()
    yield
    missing_reason.cache_clear()


def test_without_the_tool_the_build_says_so_once_and_links_no_pdf(workspace: Path, no_weasyprint: None,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    write_zone(workspace, reports={"2020-04-20-experience.md": EXPERIENCE})
    out = workspace / "site"
    monkeypatch.setenv(REQUIRE_PDF, "1")
    required = build(workspace / "zones", out, workspace / "build", today="2020-04-25")
    assert required.code == 1 and "无法生成经验汇编 PDF" in required.output
    assert not out.exists()
    monkeypatch.delenv(REQUIRE_PDF)
    run = build(workspace / "zones", out, workspace / "build", today="2020-04-25")
    assert run.code == 0, run.output
    said = [line for line in run.output.splitlines() if "PDF" in line]
    assert len(said) == 1 and "未生成经验汇编 PDF" in said[0] and "WeasyPrint" in said[0]
    page = out / "experience" / "2020" / "index.html"
    assert "南关区：楼栋议事会让居民的事大家商量" in page.read_text("utf-8")
    assert not list(out.rglob("*.pdf"))
    for html in (page, out / "experience" / "index.html", out / "data" / "index.html"):
        assert ".pdf" not in html.read_text("utf-8"), html



def test_once_the_tool_is_installed_the_next_build_prints_and_links_the_pdf(workspace: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The official reads the notice, installs Pango and builds again with nothing else changed."""
    write_zone(workspace, reports={"2020-04-20-experience.md": EXPERIENCE})
    out, build_dir = workspace / "site", workspace / "build"
    monkeypatch.setitem(sys.modules, "weasyprint", None)
    missing_reason.cache_clear()
    try:
        assert build(workspace / "zones", out, build_dir, today="2020-04-25").code == 0
        assert not list(out.rglob("*.pdf"))
        monkeypatch.delitem(sys.modules, "weasyprint")  # installed now
        missing_reason.cache_clear()
        run = build(workspace / "zones", out, build_dir, today="2020-04-25")
    finally:
        missing_reason.cache_clear()
    assert run.code == 0, run.output
    assert (out / "experience" / "2020" / "experience-2020.pdf").is_file()
    assert "experience-2020.pdf" in (out / "experience" / "2020" / "index.html").read_text("utf-8")

def _small_site(root: Path) -> Path:
    page = root / "experience" / "2020" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text('<html><head><title>2020年经验汇编</title></head><body><!-- compendium:start -->'
                    '<h1>2020年经验汇编</h1><h2 id="compendium-1">南关区的做法</h2><p>居民议事。</p>'
                    '<p><img alt="图" src="pic.png"></p><!-- compendium:end --></body></html>', "utf-8")
    shutil.copyfile(SAMPLE_ZONES / "220102-nanguan" / "media" / "sanshe-liandong.png", page.parent / "pic.png")
    return page


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The pages printed to PDF, in order: WeasyPrint still prints each."""
    printed: list[Path] = []
    real = compendium_pdf.write_pdf

    def counted(pack: object, page: Path, out: Path) -> None:
        printed.append(page)
        real(pack, page, out)  # type: ignore[arg-type]

    monkeypatch.setattr(compendium_pdf, "write_pdf", counted)
    return printed


def test_the_pdf_is_made_again_only_when_what_it_prints_changed(tmp_path: Path, made: list[Path]) -> None:
    site, cache_folder = tmp_path / "site", tmp_path / "cache"
    page = _small_site(site)
    pdf = page.parent / "experience-2020.pdf"
    assert compendium_pdf.make_compendiums(site, cache_folder).ok and pdf.is_file() and len(made) == 1
    first = pdf.read_bytes()
    pdf.unlink()  # a new staging folder of the next build
    assert compendium_pdf.make_compendiums(site, cache_folder).ok and len(made) == 1
    assert pdf.read_bytes() == first
    page.write_text(page.read_text("utf-8").replace("居民议事。", "居民议事，协商办结。"), "utf-8")
    compendium_pdf.make_compendiums(site, cache_folder)
    assert len(made) == 2 and "协商办结" in _flat("".join(_texts(pdfium.PdfDocument(pdf))))
    (page.parent / "pic.png").write_bytes((SAMPLE_ZONES / "220102-nanguan" / "media" / "yishi-liucheng.png").read_bytes())
    compendium_pdf.make_compendiums(site, cache_folder)
    assert len(made) == 3  # an image changed
    assert len(list(cache_folder.iterdir())) == 1  # the PDFs no build uses any more are gone


def test_a_build_prints_the_pdf_again_only_when_a_report_of_its_year_changed(workspace: Path,
                                                                            made: list[Path]) -> None:
    report = write_zone(workspace, reports={"2020-04-20-experience.md": EXPERIENCE}) / "reports" / "2020-04-20-experience.md"
    out, build_dir = workspace / "site", workspace / "build"
    assert build(workspace / "zones", out, build_dir, today="2021-03-01").code == 0
    pdf = out / "experience" / "2020" / "experience-2020.pdf"
    assert pdf.is_file() and len(made) == 1
    # another build date: the site is built again (statuses follow the date), the 2020 pack is the same
    assert build(workspace / "zones", out, build_dir, today="2021-03-02").code == 0
    assert pdf.is_file() and len(made) == 1
    report.write_text(EXPERIENCE.replace("大家商量着办。", "大家商量着办，一年办结议题四十件。"), "utf-8")
    assert build(workspace / "zones", out, build_dir, today="2021-03-02").code == 0
    assert len(made) == 2 and "一年办结议题四十件" in _flat("".join(_texts(pdfium.PdfDocument(pdf))))


def test_printing_reads_only_files_of_the_built_site(tmp_path: Path) -> None:
    """A body's markup is untrusted: an address on the web or a file beside the site is not fetched into the PDF."""
    asked: list[str] = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        site = tmp_path / "site"
        page = _small_site(site)
        shutil.copyfile(page.parent / "pic.png", tmp_path / "secret.png")  # beside the site, not in it
        web = f"http://127.0.0.1:{server.server_address[1]}/tracker.png"
        page.write_text(page.read_text("utf-8").replace(
            '<p><img alt="图" src="pic.png"></p>',
            f'<p><img alt="外" src="{web}"><img alt="旁" src="../../../secret.png"></p>'
            f'<p style="background: url({web}?css)">样式</p>'), "utf-8")
        assert compendium_pdf.make_compendiums(site, tmp_path / "cache").ok
    finally:
        server.shutdown()
    assert asked == []
    document = _pdf(site, 2020)
    assert "居民议事" in _flat("".join(_texts(document)))
    images = [item for i in range(len(document)) for item in document[i].get_objects()
              if item.type == pdfium_raw.FPDF_PAGEOBJ_IMAGE]
    assert images == []
