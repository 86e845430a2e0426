"""The pass that prints each year's 经验汇编 to PDF beside its page, after the static site generator ran.

A PDF is made again only when what it prints changed: the cache in the build folder keeps each PDF under the
hash of its document, the bytes of its images, the stylesheet and WeasyPrint's version.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from urllib.parse import unquote, urlparse
from urllib.request import url2pathname

from generator.render.views import urls
from generator.site.compendium.pack import Pack, cut, site_root
from generator.site.compendium.tool import missing_reason, required
from generator.site.result import PassResult

# Text stays text (selectable, searchable), fonts are subset, the structure is tagged for screen readers.
PDF_VARIANT = "pdf/ua-1"


def compendium_pages(site: Path) -> list[tuple[int, Path]]:
    """(year, built page) of each compendium of the site."""
    found = []
    for page in sorted(site.glob(f"{urls.EXPERIENCE_FOLDER}/*/index.html")):
        if page.parent.name.isdigit() and (site / urls.experience_year(int(page.parent.name))).parent == page.parent:
            found.append((int(page.parent.name), page))
    return found


def _key(pack: Pack, version: str) -> str:
    digest = hashlib.sha256(pack.html.encode("utf-8"))
    digest.update(version.encode())
    for image in pack.images:
        digest.update(str(image.name).encode())
        digest.update(image.read_bytes() if image.is_file() else b"-")
    return digest.hexdigest()


def _site_files_only(page: Path) -> object:
    """A fetcher that reads files of the built site and nothing else: a body's markup is untrusted, and the build
    must make no request outside the site (no web address, no file outside the site's folder)."""
    from weasyprint.urls import URLFetcher  # type: ignore[import-untyped]

    root = site_root(page)

    class SiteFilesOnly(URLFetcher):  # type: ignore[misc]
        def fetch(self, url: str, headers: object = None) -> object:
            parsed = urlparse(url)
            if parsed.scheme == "file":
                path = Path(url2pathname(unquote(parsed.path))).resolve()
                if path.is_relative_to(root) and path.is_file():
                    return super().fetch(url, headers)
            raise ValueError(f"not a file of the built site: {url}")

    return SiteFilesOnly()


def write_pdf(pack: Pack, page: Path, out: Path) -> None:
    import weasyprint  # type: ignore[import-untyped]

    weasyprint.HTML(string=pack.html, base_url=str(page), url_fetcher=_site_files_only(page)).write_pdf(
        out, pdf_variant=PDF_VARIANT)


def make_compendiums(site: Path, cache: Path) -> PassResult:
    """Write `experience/<year>/experience-<year>.pdf` for each compendium page of `site`.

    Without WeasyPrint or Pango: one Chinese line and no PDF (the pages then link none), or a failure when the
    build must make it (SHOWCASE_REQUIRE_PDF)."""
    pages = compendium_pages(site)
    if not pages:
        return PassResult(True, "")
    reason = missing_reason()
    if reason is not None:
        if required():
            return PassResult(False, f"错误: 无法生成经验汇编 PDF：{reason}。")
        return PassResult(True, f"提示: 本机未生成经验汇编 PDF（{reason}）；网站其余部分照常生成，页面不提供 PDF 下载。")
    import weasyprint

    cache.mkdir(parents=True, exist_ok=True)
    used = set()
    for year, page in pages:
        pack = cut(page)
        if pack is None:
            continue
        key = _key(pack, weasyprint.__version__)
        cached = cache / f"{key}.pdf"
        if not cached.is_file():
            partial = cache / f"{key}.part"
            write_pdf(pack, page, partial)
            partial.replace(cached)
        used.add(cached.name)
        shutil.copyfile(cached, site / urls.compendium_pdf(year))
    for stale in cache.iterdir():
        if stale.name not in used:
            stale.unlink()
    return PassResult(True, "")
