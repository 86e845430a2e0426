"""Writing the search index of a built site into SITE/search-index/.

- manifest.json: the index version, the number of shards and of pages (fetched fresh on each visit), and
  how a query becomes terms and a term finds its shard (the runs, the longest word, the hash), written
  here once from terms.py and postings.py, so that assets/search.js splits and hashes as the index did;
- <version>/s/<shard>.bin: the postings of the terms whose hash falls in that shard;
- <version>/d/<page>.json: a page's address, title, labels and text, for the result list;
- <version>/facets.json: every page's prefecture, report type, date, rank tier, zone and topics, for the filters;
- <version>/t2s.json: the traditional characters of the index's simplified ones (see variants).
The version folder is named by the content's hash, so cached files of an older index are never mixed in.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from generator.site.result import PassResult
from generator.site.search.extract import SearchPage, extract
from generator.site.search.postings import FNV_OFFSET, FNV_PRIME, InvertedIndex
from generator.site.search.terms import LONGEST_WORD, RUNS, count_terms
from generator.site.search.variants import traditional_to_simplified

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


# Results are ordered by tier first, then by score: a zone's page or a listing never outranks the reports in it.
REPORT_OR_TEXT_TIER, ZONE_TIER, LISTING_TIER = 0, 1, 2


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def tier(page: SearchPage) -> int:
    if page.listing:
        return LISTING_TIER
    return ZONE_TIER if page.zone and not page.date else REPORT_OR_TEXT_TIER


def facets(pages: list[SearchPage]) -> dict[str, object]:
    """Per page: [prefecture, report type, date as YYYYMMDD (0: none), tier, zone, [topics]]; prefecture, report
    type and zone number into the lists of names (-1: none), topics into the list of topic ids."""
    prefectures = sorted({page.prefecture for page in pages if page.prefecture})
    kinds = sorted({page.kind for page in pages if page.date})  # report types: only reports carry a date
    zones = sorted({page.zone for page in pages if page.zone and not page.listing})
    topics = sorted({topic for page in pages for topic in page.topics})
    rows = [[prefectures.index(page.prefecture) if page.prefecture else -1,
             kinds.index(page.kind) if page.date else -1,
             int(page.date.replace("-", "")) if page.date else 0, tier(page),
             zones.index(page.zone) if page.zone and not page.listing else -1,
             [topics.index(topic) for topic in page.topics]] for page in pages]
    return {"prefectures": prefectures, "kinds": kinds, "zones": zones, "topics": topics, "pages": rows}


@dataclass(frozen=True)
class BuiltIndex:
    shards: list[bytes]
    records: list[bytes]
    facets: bytes
    variants: bytes


def build_index(pages: list[SearchPage]) -> BuiltIndex:
    """The shards, page records, facets and variant table, as bytes ready to write."""
    index = InvertedIndex()
    records = []
    for number, page in enumerate(pages):
        index.add(number, count_terms(page.text), count_terms(page.title))
        records.append(_json({"url": page.url, "title": page.title, "zone": page.zone, "kind": page.kind,
                              "prefecture": page.prefecture, "date": page.date,
                              "text": page.text[:EXCERPT_SOURCE_CHARS]}))
    characters = {term for term in index.terms if len(term) == 1}
    return BuiltIndex(index.shards(), records, _json(facets(pages)), _json(traditional_to_simplified(characters)))


def write_index(site: Path, built: BuiltIndex) -> str:
    shards, records = built.shards, built.records
    digest = hashlib.sha256()
    for part in (*shards, *records, built.facets, built.variants):
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
    (folder / "facets.json").write_bytes(built.facets)
    (folder / "t2s.json").write_bytes(built.variants)
    manifest = {"version": version, "shards": len(shards), "pages": len(records),
                "runs": RUNS.pattern, "longest_word": LONGEST_WORD, "hash": {"offset": FNV_OFFSET, "prime": FNV_PRIME}}
    (site / INDEX_FOLDER / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return version


def index_site(site: Path) -> PassResult:
    pages = searchable_pages(site)
    built = build_index(pages)
    write_index(site, built)
    return PassResult(True, f"搜索索引：{len(pages)} 个页面，{len(built.shards)} 个分片")
