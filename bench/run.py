"""The benchmark: build synthetic provinces and print one table (also written as JSON).

    python bench/run.py              # 60 zones × 12 reports and 600 × 10
    python bench/run.py --large      # and 3,000 × 10
    python bench/run.py --sizes 60x12
    python bench/run.py --without-indicators   # the same zones without indicators.yml: what the figures add

Numbers are never asserted in tests; bench/RESULTS.md keeps the last run and the machine it ran on.
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from urllib.parse import unquote, urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from synth import synthesise  # noqa: E402

import tests.browser  # noqa: E402
from generator.pipeline import Inputs, check, generate, generate_or_reuse  # noqa: E402
from generator.site.search import index_site  # noqa: E402
from generator.site.ssg import choose  # noqa: E402
from tests.browser import chromium, serve_folder  # noqa: E402

tests.browser.ALLOWED = True  # a benchmark, not a test: tests/browser.py's guard is for pytest's marks

TODAY = date(2026, 11, 27)
SEARCH_QUERY = "社区 治理"


@dataclass
class Row:
    size: str
    validate_s: float
    generate_s: float
    mkdocs_s: float
    search_index_s: float
    total_s: float
    generator_share: float
    second_generate_s: float
    second_written: int
    one_report_written: int
    peak_memory_mb: float
    pages: int
    pages_per_s: float
    site_mb: float
    home_kb: float
    zone_first_kb: float
    zone_next_kb: float
    search_kb: float
    search_ms: float


def _sent_size(path: Path) -> int:
    """Bytes a web server sends: text compressed with gzip; the search index's binary shards as they are."""
    data = path.read_bytes()
    return len(data) if path.suffix == ".bin" else len(gzip.compress(data, compresslevel=6))


def _folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1_048_576


def _transfers(site: Path, paths: list[str], search: bool) -> tuple[list[float], float]:
    """Kilobytes (as a server would send them) of each visit; a later visit reuses the cache.

    With `search`, the last entry is what one search from the header of the last page costs (the search
    page, its script, the index files and the first results), and the milliseconds from pressing Enter
    to the first result on screen are returned too.
    """
    loaded: set[str] = set()
    sizes = []
    search_ms = 0.0
    seen: list[str] = []
    with serve_folder(site) as url, chromium() as browser:
        page = browser.new_page()
        page.on("request", lambda request: seen.append(request.url))

        def settle() -> None:
            files = {unquote(urlparse(u).path) for u in seen if u.startswith(url)} - loaded
            total = 0
            for name in files:
                target = site / name.lstrip("/")
                target = target / "index.html" if target.is_dir() else target
                if target.is_file():
                    total += _sent_size(target)
            loaded.update(files)
            sizes.append(total / 1024)
            seen.clear()

        for path in paths:
            page.goto(url + path, wait_until="networkidle")
            settle()
        if search:
            page.fill("#site-search-input", SEARCH_QUERY)
            started = time.perf_counter()
            page.press("#site-search-input", "Enter")
            page.wait_for_selector(".search-result", timeout=120_000)
            search_ms = (time.perf_counter() - started) * 1000
            page.wait_for_load_state("networkidle")
            settle()
    return sizes, search_ms


def measure(zones: int, reports: int, work: Path, indicators: bool = True) -> Row:
    zones_dir, content = synthesise(work / "data", zones, reports)
    if not indicators:  # the same zones and reports without their outcome figures, which none must then report
        for figures in zones_dir.glob("*/indicators.yml"):
            figures.unlink()
        reference = content / "reference" / "indicators.yml"
        reference.write_text(reference.read_text(encoding="utf-8").replace("required: true", "required: false"),
                             encoding="utf-8")
    inputs = Inputs(zones_dir, content)
    started = time.perf_counter()
    checked = check(inputs, TODAY)
    validate_s = time.perf_counter() - started
    assert not checked.has_errors, [p.as_text() for p in checked.problems if p.is_error][:5]
    build_dir = work / "build"
    ssg = choose()
    base_config = ROOT / ssg.config_name
    started = time.perf_counter()
    checked = check(inputs, TODAY)
    config, _ = generate(checked, build_dir, base_config, ssg)
    generate_s = time.perf_counter() - started
    started = time.perf_counter()
    result = ssg.build(config)
    mkdocs_s = time.perf_counter() - started
    assert result.ok, result.output[-2000:]
    site = ssg.built_site(config)
    started = time.perf_counter()
    assert index_site(site).ok
    search_index_s = time.perf_counter() - started

    generate_or_reuse(inputs, TODAY, build_dir, base_config, site, ssg)  # records the fingerprint
    started = time.perf_counter()
    second = generate_or_reuse(inputs, TODAY, build_dir, base_config, site, ssg).stats
    second_generate_s = time.perf_counter() - started

    report = sorted((zones_dir / sorted(p.name for p in zones_dir.iterdir())[0] / "reports").glob("*.md"))[0]
    report.write_text(report.read_text(encoding="utf-8").replace("## 一、基本情况", "## 一、基本情况（修订）"), encoding="utf-8")
    one_report = generate_or_reuse(inputs, TODAY, build_dir, base_config, site, ssg).stats
    assert second is not None and one_report is not None

    # before Chromium starts: the largest of this process (load, validate, render) and MkDocs or the search indexer
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    pages = sum(1 for _ in site.rglob("index.html"))
    first_zone = sorted((site / "zones").iterdir())[0].name if (site / "zones").is_dir() else ""
    second_zone = sorted(p.name for p in (site / "zones").iterdir() if p.is_dir())[1]
    (home,), _ = _transfers(site, [""], search=False)
    (zone_first, zone_next, search), search_ms = _transfers(site, [f"zones/{first_zone}/", f"zones/{second_zone}/"],
                                                            search=True)
    total_s = generate_s + mkdocs_s + search_index_s
    size = f"{zones}×{reports}" + ("" if indicators else " 无实验成效")
    return Row(size, round(validate_s, 2), round(generate_s, 2), round(mkdocs_s, 2), round(search_index_s, 2),
               round(total_s, 2),
               round(generate_s / total_s, 3), round(second_generate_s, 2), second.written, one_report.written,
               round(peak / 1024, 1), pages, round(pages / total_s, 1), round(_folder_mb(site), 1),
               round(home, 1), round(zone_first, 1), round(zone_next, 1), round(search, 1),
               round(search_ms))


def machine() -> str:
    cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True,
                         text=True, check=False).stdout.strip()
    memory = subprocess.run(["sh", "-c", "free -g | awk '/Mem:/ {print $2}'"], capture_output=True, text=True,
                            check=False).stdout.strip()
    return f"{platform.system()} {platform.machine()}, {cpu or 'unknown CPU'}, {shutil.os.cpu_count()} cores, {memory} GiB, " \
           f"Python {platform.python_version()}"


def table(rows: list[Row]) -> str:
    headers = list(asdict(rows[0]))
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(str(value) for value in asdict(row).values()) + " |" for row in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description="基准测试：生成虚构省份并构建网站")
    parser.add_argument("--sizes", default="60x12,600x10", help="逗号分隔的 实验区数x报告数")
    parser.add_argument("--large", action="store_true", help="另加 3000x10")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results.json")
    parser.add_argument("--without-indicators", action="store_true",
                        help="删除虚构实验区的 indicators.yml 后构建，与默认结果比较即实验成效带来的耗时和体积")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # one size in a fresh process, so memory is its own
    args = parser.parse_args()
    if args.one:
        zones, reports = (int(n) for n in args.one.split("x"))
        with tempfile.TemporaryDirectory(prefix="showcase-bench-") as work:
            row = measure(zones, reports, Path(work), indicators=not args.without_indicators)
            args.json.write_text(json.dumps(asdict(row)), encoding="utf-8")
        return
    sizes = args.sizes.split(",") + (["3000x10"] if args.large else [])
    rows = []
    for size in sizes:
        with tempfile.NamedTemporaryFile(suffix=".json") as result:
            subprocess.run([sys.executable, __file__, "--one", size, "--json", result.name,
                            *(["--without-indicators"] if args.without_indicators else [])], check=True)
            rows.append(Row(**json.loads(Path(result.name).read_text(encoding="utf-8"))))
        print(table(rows[-1:]), flush=True)
    output = {"machine": machine(), "date": date.today().isoformat(), "rows": [asdict(row) for row in rows]}
    args.json.write_text(json.dumps(output, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"\n{output['machine']}\n\n{table(rows)}")


if __name__ == "__main__":
    main()
