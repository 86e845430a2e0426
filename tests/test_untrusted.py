"""Content from pull requests never runs script, never publishes what it should not, never hangs a build.

Each class of attack is built into a site and opened in Chromium: no dialog opens, no script sets the
flag, no page asks for anything outside the site. Where the validator refuses an attack, the same
attack is also built with that check switched off, so the safety shown is the build's own.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from openpyxl import load_workbook
from playwright.sync_api import Browser

from generator.render.body import explain
from generator.write.files import folder_lock
from tests import processes
from tests.browser import Watch, serve_folder
from tests.conftest import ROOT, VALID_NEWS, VALID_ZONE, build, tree_digest, validate, write_zone
from tests.search_reader import WrittenIndex
from tests.test_hostile import deadline

REPORTS = "zones/220102-nanguan/reports"
NEWS = "2020-04-22-news.md"
TODAY = "2020-06-01"
FLAG = "window.__pwned=1"
# What Python-Markdown and a line-by-line checker read differently: the engine shows these as text.
TEXT_ATTACKS = [
    f"<img src=x\nonerror={FLAG}>",
    "一段文字\n{: onclick=\"" + FLAG + "\" }",
    f"    <img src=x onerror={FLAG}>",
    f"```\n<img src=x onerror={FLAG}>",
    f"~~~\n```\n~~~\n<img src=x onerror={FLAG}>",
    f"\\`<img src=x onerror={FLAG}>`",
]
# Markup the engine does produce, and links that hide their scheme: the validator names each one.
MARKUP_ATTACKS = [
    f'<a title=">" href="javascript:{FLAG}">链接一</a>',
    f'<a href="jav&#x61;script&colon;{FLAG}">链接二</a>',
    f"[链接三](jav&#x61;script:{FLAG})",
    f"[链接四][r]\n\n[r]: javascript:{FLAG}",
    f'<a href="java\nscript:{FLAG}">链接五</a>',
    f'<a href="&Tab;javascript:{FLAG}">链接六</a>',
    f"<svg><script>{FLAG}</script></svg>",
    f"<math><mtext><table><mglyph><style><img src=x onerror={FLAG}>",
    f"<details open ontoggle={FLAG}>展开</details>",
    f'<div markdown="1"><img src=x onerror={FLAG}></div>',
    f'<iframe srcdoc="<script>parent.{FLAG}</script>"></iframe>',
    '<img src="https://mmbiz.qpic.cn/outside.jpg" alt="外站图片">',
    '<p style="position:fixed;top:0;left:0;width:100%;height:100%;background:red">遮罩</p>',
    '<div data-search-zone="假冒单位" data-search-kind="假冒类型">改标签</div>',
    f'<a href="data:text/html,<script>{FLAG}</script>">链接七</a>',
    "\x02wzxhzdk:0\x03",
]
BODY_ATTACKS = TEXT_ATTACKS + MARKUP_ATTACKS


# Fires the events that inline handlers wait for on every element of the article.
TOUCH_EVERYTHING = """
document.querySelectorAll("article *").forEach(function (element) {
  ["mouseover", "focus", "click", "toggle", "load", "error"].forEach(function (type) {
    if (type === "click" && element.closest("a[href]")) return;  // following a link would leave the page
    element.dispatchEvent(new Event(type));
  });
});
"""


def _pages(site: Path) -> list[str]:
    return sorted(path.relative_to(site).as_posix().removesuffix("index.html")
                  for path in site.rglob("index.html") if "assets" not in path.relative_to(site).parts)


def assert_nothing_ran(browser: Browser, site: Path) -> None:
    """Every page of the site: no dialog, no flag, no request outside the site, no CSP violation."""
    dialogs: list[str] = []
    with serve_folder(site) as site_url:
        context = browser.new_context()
        page = context.new_page()
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        for address in _pages(site):
            watch = Watch()
            watch.attach(page)
            page.goto(site_url + address, wait_until="load")
            page.evaluate(TOUCH_EVERYTHING)
            assert page.evaluate("window.__pwned === undefined"), address
            assert watch.outside_requests == [], address
            assert Watch.csp_violations(page) == [], address
        context.close()
    assert dialogs == []


def assert_outputs_parse(site: Path) -> None:
    for feed in site.glob("*.xml"):
        ElementTree.fromstring(feed.read_bytes())  # the feeds and the sitemap are well-formed XML
    for data in [*site.glob("data/*.json"), *site.glob("zones/*.json")]:
        json.loads(data.read_text(encoding="utf-8"))
    for table in site.glob("data/*.csv"):
        list(csv.reader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    workbooks = sorted(site.rglob("*.xlsx"))
    assert workbooks, "no workbook built"
    for workbook in workbooks:
        load_workbook(workbook)


def _blind_validator(monkeypatch: pytest.MonkeyPatch) -> None:
    """The body check finds nothing: what reaches the page then depends on the sanitiser alone."""
    monkeypatch.setattr(explain, "scan", lambda raw: explain.Scan((), False))


def _built(workspace: Path, **zone: object) -> Path:
    write_zone(workspace, **zone)  # type: ignore[arg-type]
    run = build(workspace / "zones", workspace / "site", workspace / "build", today=TODAY)
    assert run.code == 0, run.output
    return workspace / "site"


@pytest.mark.parametrize("attack", MARKUP_ATTACKS)
def test_the_validator_names_each_body_attack(workspace: Path, attack: str) -> None:
    write_zone(workspace, reports={NEWS: VALID_NEWS + "\n" + attack + "\n"})
    run = validate(workspace)
    assert run.code == 1, attack
    assert re.search(rf"{REPORTS}/{NEWS}:\d+: 错误\[H\d\d\]: 正文: ", run.output), run.output


@pytest.mark.parametrize("attack", TEXT_ATTACKS)
def test_what_the_engine_reads_as_text_is_shown_as_text(workspace: Path, attack: str) -> None:
    site = _built(workspace, reports={NEWS: VALID_NEWS + "\n" + attack + "\n"})
    html = (site / "zones" / "220102-nanguan" / "2020-04-22-news" / "index.html").read_text(encoding="utf-8")
    assert "&lt;img src=x" in html or "{: onclick" in html
    assert "<img src=x" not in html and not re.search(r"<[a-z][^>]*\son\w+\s*=", html)


def test_report_bodies_never_run_script_even_past_the_validator(workspace: Path, browser: Browser,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    _blind_validator(monkeypatch)
    # numbered, so that attacks that differ only in spaces are not one report filed twice (R14)
    reports = {f"2020-04-22-news-{number}.md": VALID_NEWS + f"\n第 {number} 篇。\n\n" + attack + "\n"
               for number, attack in enumerate(BODY_ATTACKS) if "\x02" not in attack}
    site = _built(workspace, reports=reports)
    assert_nothing_ran(browser, site)
    assert_outputs_parse(site)
    for number in range(len(reports)):
        html = (site / "zones" / "220102-nanguan" / f"2020-04-22-news-{number}" / "index.html").read_text(encoding="utf-8")
        body = html[html.index('<div class="report-body">'):html.index('class="citation"')]
        assert not re.search(r"<[^>]*\son\w+\s*=", body) and "javascript:" not in body and "style=" not in body
        assert "mmbiz.qpic.cn" not in body and "data-search" not in body
    index = WrittenIndex.open(site)
    records = [json.dumps(index.record(page), ensure_ascii=False) for page in range(index.pages)]
    assert records and not any("假冒" in record for record in records)


def test_file_names_and_zone_fields_cannot_break_out_even_past_the_name_rule(workspace: Path, browser: Browser,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("generator.check.check_file_names", lambda zone: [])
    hostile = f'2020-04-22-news-x"><img src=x onerror={FLAG}>)'
    attachment = f'a")onmouseover="{FLAG}.pdf'
    news = VALID_NEWS.replace("summary:", f"attachments: ['media/{attachment}']\nsummary:").replace(
        "title: 南关区召开实验区推进会", f"title: '<img src=x onerror={FLAG}>](javascript:{FLAG})'")
    zone = VALID_ZONE.replace("title: 以“三社联动”推动老旧小区议事协商", f"title: '\"><svg onload={FLAG}>'").replace(
        "address: 长春市南关区民康路100号", f"address: '<script>{FLAG}</script>|'")
    site = _built(workspace, zone=zone, reports={f"{hostile}.md": news}, media={attachment: b"%PDF-1.4"})
    assert_nothing_ran(browser, site)
    assert_outputs_parse(site)


def test_symlinked_folders_publish_nothing_from_outside(workspace: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    (outside / "files").mkdir(parents=True)
    (outside / "files" / "secret.pdf").write_bytes(b"%PDF-1.4 secret")
    (outside / "reports").mkdir()
    (outside / "reports" / NEWS).write_text(VALID_NEWS.replace("会议总结", "机密会议总结"), encoding="utf-8")
    zone = write_zone(workspace, materials={})
    (zone / "reports").rmdir()
    (zone / "reports").symlink_to(outside / "reports", target_is_directory=True)
    (zone / "media").symlink_to(outside / "files", target_is_directory=True)
    run = build(workspace / "zones", workspace / "site", workspace / "build", today=TODAY)
    assert run.code == 1
    for folder in ("reports", "media"):
        assert f"zones/220102-nanguan/{folder}: 错误[F04]: 这是一个符号链接，不是普通文件或文件夹" in run.output
    assert not (workspace / "site").exists() and not (workspace / "build" / "docs" / "zones").exists()


@pytest.mark.parametrize(("body", "expected"), [
    ("[" * 100_000, "没有配对的“[”"),
    ("- " * 900 + "项\n", "正文嵌套层数过多"),
    ("".join("    " * depth + "1. 项\n" for depth in range(40)), "正文嵌套层数过多"),
    ("<div markdown>\n" * 3000 + "文字\n" + "</div>\n" * 3000, "嵌套超过 64 层"),
    ("<a " * 5000, "没有配对的“<”"),
    ("".join(">" * depth + " 引用\n" for depth in range(1, 400)), "正文嵌套层数过多"),
])
def test_bodies_that_would_hang_or_crash_the_build_are_refused_quickly(workspace: Path, body: str, expected: str) -> None:
    write_zone(workspace, reports={NEWS: VALID_NEWS + "\n" + body})
    with deadline(60):
        run = build(workspace / "zones", workspace / "site", workspace / "build", today=TODAY)
    assert run.code == 1 and "Traceback" not in run.output
    assert f"{REPORTS}/{NEWS}:" in run.output and expected in run.output


def _running(pid: int) -> bool:
    stat = processes.stat(pid)
    return stat is not None and stat[0] != "Z"


def test_killing_showcase_ends_its_mkdocs_child(tmp_path: Path) -> None:
    # A stand-in for MkDocs that works silently for a minute: a real one may die on its own when it next
    # writes to the closed pipe, which would hide a child that outlives the build.
    fake = tmp_path / "fake" / "mkdocs"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("", encoding="utf-8")
    (fake / "__main__.py").write_text("import time\ntime.sleep(60)\n", encoding="utf-8")
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(fake.parent), str(ROOT)])}
    process = subprocess.Popen(
        [sys.executable, "-c", "from pathlib import Path; from generator.site.ssg import choose; choose('mkdocs').build(Path('mkdocs.yml'))"],
        cwd=tmp_path, env=environment)
    limit = time.monotonic() + 60
    while not (children := processes.children(process.pid)):
        assert process.poll() is None and time.monotonic() < limit, "MkDocs never started"
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)  # the parent only, as an out-of-memory killer or a CI timeout would
    process.wait()
    limit = time.monotonic() + 5
    while any(_running(child) for child in children):
        assert time.monotonic() < limit, "MkDocs outlived showcase"
        time.sleep(0.05)


def test_feeds_and_workbooks_stay_valid_xml_even_past_the_hidden_character_check(workspace: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("generator.contract.files.first_hidden", lambda text: None)
    news = VALID_NEWS.replace("title: 南关区召开实验区推进会", 'title: "南关区\\uFFFE\\x01推进会 & <b>"')
    site = _built(workspace, reports={NEWS: news})
    assert_outputs_parse(site)
    feed = ElementTree.fromstring((site / "feed.xml").read_bytes())
    titles = [title.text for title in feed.iter("{http://www.w3.org/2005/Atom}title")]
    assert "南关区推进会 & <b>" in titles
    cells = [cell for sheet in load_workbook(site / "data" / "reports.xlsx") for row in sheet.iter_rows(values_only=True)
             for cell in row]
    assert "南关区\ufffd\ufffd推进会 & <b>" in cells  # the workbook marks where a character it cannot hold was


def test_a_build_killed_while_writing_the_docs_tree_never_publishes_a_mix(workspace: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    zones = workspace / "zones"
    write_zone(workspace, reports={NEWS: VALID_NEWS})
    out, build_dir = workspace / "site", workspace / "build"
    assert build(zones, out, build_dir, today=TODAY).code == 0
    fresh = tree_digest(out)  # a first build into empty folders: what these inputs must always publish
    original = (zones / "220102-nanguan" / "reports" / NEWS).read_text(encoding="utf-8")
    (zones / "220102-nanguan" / "reports" / NEWS).write_text(original.replace("会议总结", "会议回顾"), encoding="utf-8")
    written: list[Path] = []

    def killed_halfway(target: Path, data: bytes, existing: set[Path]) -> bool:
        if len(written) > 3:
            raise KeyboardInterrupt  # as if the machine stopped here
        written.append(target)
        target.write_bytes(data)
        return True

    monkeypatch.setattr("generator.write.files._write_if_changed", killed_halfway)
    with pytest.raises(KeyboardInterrupt):
        build(zones, out, build_dir, today=TODAY)
    monkeypatch.undo()
    (zones / "220102-nanguan" / "reports" / NEWS).write_text(original, encoding="utf-8")  # back to the first inputs
    assert build(zones, out, build_dir, today=TODAY).code == 0
    assert tree_digest(out) == fresh


def test_a_second_build_into_the_same_build_folder_is_refused(workspace: Path) -> None:
    write_zone(workspace, reports={NEWS: VALID_NEWS})
    with folder_lock(workspace / "build"):
        run = build(workspace / "zones", workspace / "other-site", workspace / "build", today=TODAY)
    assert run.code == 1
    assert f"{workspace / 'build'}: 错误: 另一个构建正在写入这个构建文件夹（--build-dir）" in run.output
    assert not (workspace / "other-site").exists()
