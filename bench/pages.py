"""Page weights and load times per page kind, as a reader on a phone inside China gets them.

    python bench/pages.py                  # prints a Markdown table; bench/RESULTS.md keeps the last run
    python bench/pages.py --synthetic 600  # the pages whose size grows with the zones, on a synthetic province

Builds the frozen sample site (tests/fixtures/sample), or with --synthetic a province of that many zones of 10
reports each (bench/synth.py), serves it with gzip as a web server would, and
opens each kind of page in Chromium with a cold cache: once at full speed to count the bytes sent, and
once on a throttled link (400 kbit/s down, 400 ms latency, by CDP) to time the first contentful paint
(when the text can be read) and the load event. Numbers are never asserted in tests.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import yaml  # noqa: E402
from synth import synthesise  # noqa: E402

import tests.browser  # noqa: E402
from generator.pipeline import Inputs, build  # noqa: E402
from generator.site.ssg import choose  # noqa: E402
from tests.browser import chromium  # noqa: E402

tests.browser.ALLOWED = True  # a benchmark, not a test: tests/browser.py's guard is for pytest's marks

TODAY = date(2026, 11, 27)
SAMPLE = ROOT / "tests" / "fixtures" / "sample" / "zones"
THROTTLE = {"offline": False, "latency": 400, "downloadThroughput": 400_000 / 8, "uploadThroughput": 400_000 / 8}
BUDGET_KB, BUDGET_READABLE_S = 150, 3.0
# (kind, path, has an analytical chart that may load plotly.js)
PAGES = [
    ("首页", "", False), ("地图", "map/", False), ("市（州）页", "prefectures/changchun/", False),
    ("实验区页", "zones/220202-changyi/", False), ("实验区页（含实验成效）", "zones/220102-nanguan/", False),
    ("报告页", "zones/220102-nanguan/2020-01-15-plan/", False),
    ("报告页（含图示）", "zones/220102-nanguan/2021-10-19-experience/", False),
    ("实验区一览", "zones/", False), ("选题页", "themes/topic-1-3/", False), ("文字页", "policy/", False),
    ("搜索页", "search/", False), ("实验成效", "indicators/", False),
    ("指标页（15 个实验区比较）", "indicators/satisfaction/", False),
    ("指标页（选报指标）", "indicators/community-social-organizations/", False),
    ("专题（选题统计图）", "themes/", True), ("实验进度（时间线）", "progress/", True),
]
# On a synthetic province: the pages that list or compare every zone (its first zone and prefecture stand for all).
SYNTHETIC_PAGES = [
    ("首页", "", False), ("实验区一览", "zones/", False), ("市（州）页", "prefectures/{prefecture}/", False),
    ("实验区页（含实验成效）", "zones/{zone}/", False), ("实验成效", "indicators/", False),
    ("指标页（必报，全部实验区）", "indicators/satisfaction/", False),
    ("指标页（选报）", "indicators/licensed-social-workers/", False),
    ("指标的市（州）页", "indicators/satisfaction/{prefecture}/", False),
]
COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".csv"}


class _GzipHandler(SimpleHTTPRequestHandler):
    """Static files, text compressed with gzip when the browser asks for it (as nginx's gzip on does)."""

    def send_head(self) -> Any:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix not in COMPRESSED or "gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file():
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def _serve(folder: Path) -> Iterator[str]:
    class Handler(_GzipHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(folder), **kwargs)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


@dataclass
class Measured:
    kind: str
    path: str
    analytical: bool
    first_visit_kb: float
    readable_s: float
    loaded_s: float
    plotly: bool

    def row(self) -> str:
        weight_ok = self.analytical or self.first_visit_kb <= BUDGET_KB
        time_ok = self.readable_s <= BUDGET_READABLE_S
        met = "是" if weight_ok and time_ok else "否"
        return (f"| {self.kind} | `/{self.path}` | {self.first_visit_kb:.0f} | {self.readable_s:.1f} | {self.loaded_s:.1f} | "
                f"{'是' if self.plotly else '否'} | {met} |")


def _visit(browser: Any, url: str, throttled: bool) -> tuple[float, float, float, bool]:
    context = browser.new_context(viewport={"width": 375, "height": 800}, is_mobile=True, has_touch=True)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    if throttled:
        cdp.send("Network.emulateNetworkConditions", THROTTLE)
    sizes: list[float] = []
    cdp.on("Network.loadingFinished", lambda event: sizes.append(event["encodedDataLength"]))
    page.goto(url, wait_until="load", timeout=120_000)
    page.wait_for_load_state("networkidle", timeout=120_000)
    paint = page.evaluate("(performance.getEntriesByName('first-contentful-paint')[0] || {startTime: 0}).startTime")
    loaded = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
    plotly = page.evaluate("typeof window.Plotly !== 'undefined'")
    context.close()
    return sum(sizes) / 1024, paint / 1000, loaded / 1000, plotly


def measure(site: Path, pages: list[tuple[str, str, bool]]) -> list[Measured]:
    results = []
    with _serve(site) as url, chromium() as browser:
        for kind, path, analytical in pages:
            weight, _, _, plotly = _visit(browser, url + path, throttled=False)
            _, readable, loaded, _ = _visit(browser, url + path, throttled=True)
            results.append(Measured(kind, path, analytical, weight, readable, loaded, plotly))
    return results


def table(results: list[Measured]) -> str:
    lines = ["| 页面 | 地址 | 首次访问 KB | 可读 s（400 kbit/s，400 ms） | 加载完成 s | 载入 plotly.js | 达标 |",
             "|---|---|---|---|---|---|---|"]
    return "\n".join(lines + [result.row() for result in results]) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description="测量各类页面的首次访问大小和弱网加载时间")
    parser.add_argument("--synthetic", type=int, metavar="ZONES", help="在有这么多个虚构实验区（每个 10 份报告）的省份上测量")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "site"
        zones, content, pages = SAMPLE, ROOT / "content", PAGES
        if args.synthetic:
            zones, content = synthesise(Path(work) / "synthetic", args.synthetic, 10, today=TODAY)
            first = sorted(path.name for path in zones.iterdir())[0]
            prefecture = yaml.safe_load((content / "reference" / "divisions.yml").read_text(encoding="utf-8"))
            names = {"zone": first, "prefecture": prefecture["prefectures"][0]["slug"]}
            pages = [(kind, path.format(**names), analytical) for kind, path, analytical in SYNTHETIC_PAGES]
        result = build(Inputs(zones, content), TODAY, Path(work) / "build", ROOT / choose().config_name, out, False)
        if not result.ok:
            raise SystemExit(result.ssg_output or "build failed")
        sys.stdout.write(table(measure(out, pages)))


if __name__ == "__main__":
    main()
