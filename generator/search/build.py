"""Writing the search index of a built site into SITE/search-index/.

- manifest.json: the index version, the number of shards and of pages (fetched fresh on each visit);
- <version>/s/<shard>.bin: the postings of the terms whose hash falls in that shard;
- <version>/d/<page>.json: a page's address, title, zone, report type and text, for the result list.
The version folder is named by the content's hash, so cached files of an older index are never mixed in.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from generator.search.extract import SearchPage, extract
from generator.search.postings import InvertedIndex
from generator.search.terms import count_terms
from generator.ssg import SsgResult

INDEX_FOLDER = "search-index"
EXCERPT_SOURCE_CHARS = 20_000  # enough text for an excerpt near any match, without shipping a whole long table


def page_url(site: Path, html_file: Path) -> str:
    relative = html_file.relative_to(site).as_posix()
    return relative[: -len("index.html")] if relative.endswith("index.html") else relative


def searchable_pages(site: Path) -> list[SearchPage]:
    pages = []
    for html_file in sorted(site.rglob("*.html")):
        if INDEX_FOLDER in html_file.relative_to(site).parts:
            continue
        page = extract(html_file.read_text(encoding="utf-8"), page_url(site, html_file))
        if page is not None:
            pages.append(page)
    return pages


def build_index(pages: list[SearchPage]) -> tuple[list[bytes], list[bytes]]:
    """The shards and the page records (both as bytes, ready to write)."""
    index = InvertedIndex()
    records = []
    for number, page in enumerate(pages):
        index.add(number, count_terms(page.text), count_terms(page.title))
        record = {"url": page.url, "title": page.title, "zone": page.zone, "kind": page.kind,
                  "text": page.text[:EXCERPT_SOURCE_CHARS]}
        records.append(json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    return index.shards(), records


def write_index(site: Path, shards: list[bytes], records: list[bytes]) -> str:
    digest = hashlib.sha256()
    for part in (*shards, *records):
        digest.update(len(part).to_bytes(4, "little") + part)
    version = digest.hexdigest()[:12]
    shutil.rmtree(site / INDEX_FOLDER, ignore_errors=True)  # `showcase serve` indexes the same folder again
    folder = site / INDEX_FOLDER / version
    (folder / "s").mkdir(parents=True)
    (folder / "d").mkdir()
    for number, shard in enumerate(shards):
        (folder / "s" / f"{number:x}.bin").write_bytes(shard)
    for number, record in enumerate(records):
        (folder / "d" / f"{number}.json").write_bytes(record)
    manifest = {"version": version, "shards": len(shards), "pages": len(records)}
    (site / INDEX_FOLDER / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return version


def index_site(site: Path) -> SsgResult:
    pages = searchable_pages(site)
    shards, records = build_index(pages)
    write_index(site, shards, records)
    return SsgResult(True, f"搜索索引：{len(pages)} 个页面，{len(shards)} 个分片")
