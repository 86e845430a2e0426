"""What Material for MkDocs' built-in search would cost on the same synthetic sites (issue 6 asks for both).

    pip install jieba                              # Material segments Chinese with jieba when it is installed
    python bench/material_search.py --sizes 60x12,600x10

Builds each size with Material's `search` plugin switched on and prints the size of its one index file
(raw and gzip-compressed), which every reader downloads before the first result, and the milliseconds
Chromium takes only to fetch and parse it (a lower bound: Material then still builds its lunr index).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from synth import synthesise  # noqa: E402

from generator.pipeline import Inputs, check, generate  # noqa: E402
from generator.site.ssg.mkdocs import MKDOCS  # noqa: E402
from tests.browser import chromium, serve_folder  # noqa: E402


def measure(zones: int, reports: int, work: Path) -> str:
    zones_dir, content = synthesise(work / "data", zones, reports)
    checked = check(Inputs(zones_dir, content), date(2026, 11, 27))
    config, _ = generate(checked, work / "build", ROOT / MKDOCS.config_name, MKDOCS)
    with_search = config.with_name("mkdocs-material-search.yml")
    with_search.write_text(f"INHERIT: {config.name}\nplugins:\n  - search\n", encoding="utf-8")
    result = MKDOCS.build(with_search)
    site = MKDOCS.built_site(config)
    assert result.ok, result.output[-2000:]
    index = site / "search" / "search_index.json"
    data = index.read_bytes()
    with serve_folder(site) as url, chromium() as browser:
        page = browser.new_page()
        page.goto(url + "about/")
        elapsed = page.evaluate("""async (address) => {
            const started = performance.now();
            const docs = (await (await fetch(address)).json()).docs;
            return [performance.now() - started, docs.length];
        }""", url + "search/search_index.json")
    pages = sum(1 for _ in site.rglob("index.html"))
    return (f"| {zones}×{reports} | {pages} | {len(data) / 1024:.0f} | {len(gzip.compress(data)) / 1024:.0f} | "
            f"{elapsed[0]:.0f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description="测量 Material 自带搜索在虚构省份上的索引大小")
    parser.add_argument("--sizes", default="60x12,600x10", help="逗号分隔的 实验区数x报告数")
    args = parser.parse_args()
    if importlib.util.find_spec("jieba") is None:
        sys.exit("请先安装 jieba（pip install jieba）：没有它，Material 不切分中文，测得的索引没有意义。")
    print("| size | pages | index_kb | index_gzip_kb | fetch_parse_ms |\n|---|---|---|---|---|")
    for size in args.sizes.split(","):
        zones, reports = (int(n) for n in size.split("x"))
        with tempfile.TemporaryDirectory(prefix="showcase-material-search-") as work:
            print(measure(zones, reports, Path(work)), flush=True)


if __name__ == "__main__":
    main()
