"""Compare three ways to make the yearly 经验汇编 PDF on the same content (issue 23): WeasyPrint, Chromium's print
(Playwright) and Typst. Reads the experience reports of one year from a built site (`showcase build` first),
makes the same pack with each tool (cover, contents, one chapter per report with its images) and prints time,
size and what each PDF holds, read back with pypdfium2.

    python bench/pdf_tools.py --site site --year 2021
"""

from __future__ import annotations

import argparse
import html
import re
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path

import pypdfium2 as pdfium

CSS = """
@page { size: A4; margin: 22mm 18mm; @top-center { content: string(chapter); font-size: 9pt; color: #555 }
        @bottom-center { content: counter(page); font-size: 9pt } }
@page :first { @top-center { content: none } @bottom-center { content: none } }
body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 11pt; line-height: 1.6 }
.cover { page-break-after: always; text-align: center; padding-top: 80mm }
h2 { string-set: chapter content(); page-break-before: always; bookmark-level: 1 }
h3 { bookmark-level: 2 }
img { max-width: 100%; height: auto }
.toc a::after { content: leader('.') target-counter(attr(href), page) }
"""


def _articles(site: Path, year: int) -> list[tuple[str, str]]:
    """(title, body HTML) of each experience report of the year, from its built page."""
    found = []
    for page in sorted(site.glob(f"zones/*/{year}-*-experience/index.html")):
        text = page.read_text("utf-8")
        title = re.search(r"<h1[^>]*>(.*?)<a class=\"headerlink\"", text, re.S)
        bodies = re.findall(r"<h2 id=\"[^\"]*\">(.*?)<a class=\"headerlink\"[^>]*>[^<]*</a></h2>\s*"
                            r"<div class=\"report-body\">(.*?)</div>", text, re.S)
        first = re.search(r"<div class=\"report-body\">(.*?)</div>", text, re.S)
        body = (first.group(1) if first else "") + "".join(f"<h3>{h}</h3>{b}" for h, b in bodies)
        body = body.replace('src="../images/960/', f'src="{page.parent.parent.as_uri()}/media/')
        body = re.sub(r' srcset="[^"]*"| sizes="[^"]*"| loading="lazy"', "", body)
        found.append((re.sub("<[^>]+>", "", title.group(1)) if title else page.parent.name, body))
    return found


def pack_html(articles: list[tuple[str, str]], year: int) -> str:
    toc = "".join(f'<li><a href="#c{i}">{html.escape(t)}</a></li>' for i, (t, _) in enumerate(articles))
    chapters = "".join(f'<section><h2 id="c{i}">{html.escape(t)}</h2>{b}</section>' for i, (t, b) in enumerate(articles))
    return (f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{year}年经验汇编</title>'
            f"<style>{CSS}</style></head><body><div class=cover><h1>{year}年经验汇编</h1></div>"
            f'<nav class="toc"><h1>目录</h1><ol>{toc}</ol></nav>{chapters}</body></html>')


def weasyprint_pdf(source: str, out: Path) -> None:
    import weasyprint

    weasyprint.HTML(string=source, base_url="/").write_pdf(out, pdf_variant="pdf/ua-1")


def chromium_pdf(source: str, out: Path) -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as file:
        file.write(source)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page()
        page.goto(Path(file.name).as_uri())
        page.pdf(path=str(out), format="A4", display_header_footer=True, tagged=True, outline=True,
                 footer_template='<div style="font-size:9px;width:100%;text-align:center"><span class="pageNumber">'
                                 "</span></div>", header_template="<span></span>",
                 margin={"top": "22mm", "bottom": "22mm", "left": "18mm", "right": "18mm"})
        browser.close()


class _ToTypst(HTMLParser):
    """Just enough HTML to Typst for the bench: paragraphs, headings, images."""

    def __init__(self) -> None:
        super().__init__()
        self.out: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "h3":
            self.out.append("\n== ")
        elif tag == "img":
            found = dict(attrs)
            src, alt = found.get("src") or "", (found.get("alt") or "").replace('"', "'")
            self.out.append(f'\n#image("{src.removeprefix("file://")}", alt: "{alt}", width: 100%)\n')

    def handle_endtag(self, tag: str) -> None:
        if tag in ("p", "h3"):
            self.out.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.out.append(re.sub(r"([#*_`$<>@\[\]\\])", r"\\\1", data))


def typst_source(articles: list[tuple[str, str]], year: int) -> str:
    head = (f'#set document(title: "{year}年经验汇编")\n#set text(font: ("Noto Serif CJK SC", "Noto Sans CJK SC"), '
            'lang: "zh", size: 11pt)\n#set page(paper: "a4", numbering: "1", header: context {\n'
            '  let h = query(selector(heading.where(level: 1)).before(here())); if h.len() > 0 '
            '{ align(center, text(9pt, h.last().body)) } })\n'
            f"#align(center)[#text(24pt)[{year}年经验汇编]]\n#pagebreak()\n#outline(title: [目录])\n")
    parts = [head]
    for title, body in articles:
        converter = _ToTypst()
        converter.feed(body)
        parts.append(f"#pagebreak()\n= {_typst_escape(title)}\n" + "".join(converter.out))
    return "".join(parts)


def _typst_escape(text: str) -> str:
    return re.sub(r"([#*_`$<>@\[\]\\])", r"\\\1", text)


def typst_pdf(articles: list[tuple[str, str]], year: int, out: Path) -> None:
    import typst

    source = Path(tempfile.mkdtemp()) / "pack.typ"
    source.write_text(typst_source(articles, year), "utf-8")
    out.write_bytes(typst.compile(str(source), root="/", font_paths=["/usr/share/fonts/opentype/noto"],
                                  pdf_standards=["ua-1"]))


def describe(path: Path, titles: list[str]) -> dict[str, object]:
    pdf = pdfium.PdfDocument(str(path))
    texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    everything = "".join(texts).replace("\r\n", "").replace("\n", "")
    images = sum(1 for i in range(len(pdf)) for obj in pdf[i].get_objects() if obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE)
    return {"pages": len(pdf), "kb": round(path.stat().st_size / 1024), "bookmarks": len(list(pdf.get_toc())),
            "titles_found": sum(1 for t in titles if t.replace(" ", "") in everything.replace(" ", "")),
            "images": images, "tagged": bool(pdfium.raw.FPDFCatalog_IsTagged(pdf.raw)), "numbered_pages": sum(
                1 for i, t in enumerate(texts[1:], start=2) if re.search(rf"(^|\s){i}\s*$", t.strip()[-8:] or "")),
            }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--site", type=Path, default=Path("site"))
    parser.add_argument("--year", type=int, default=2021)
    parser.add_argument("--repeat", type=int, default=4, help="copies of the year's reports, for a larger pack")
    args = parser.parse_args()
    articles = _articles(args.site.resolve(), args.year) * args.repeat
    titles = [t for t, _ in articles]
    out = Path(tempfile.mkdtemp())
    source = pack_html(articles, args.year)
    for name, make in (("weasyprint", lambda p: weasyprint_pdf(source, p)),
                       ("chromium", lambda p: chromium_pdf(source, p)),
                       ("typst", lambda p: typst_pdf(articles, args.year, p))):
        path = out / f"{name}.pdf"
        started = time.perf_counter()
        make(path)
        seconds = round(time.perf_counter() - started, 2)
        print(name, {"chapters": len(articles), "seconds": seconds, **describe(path, titles)}, path)


if __name__ == "__main__":
    main()
