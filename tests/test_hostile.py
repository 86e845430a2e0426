"""Hostile and odd inputs: each gets a clear error or correct output, never a traceback, a hang or a broken page."""

from __future__ import annotations

import json
import re
import signal
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import markdown
import pytest

from tests.conftest import VALID_NEWS, VALID_ZONE, build, validate, write_zone
from tests.htmltext import Page

HOSTILE = Path(__file__).parent / "hostile"
ZONE_FILE = "zones/220102-nanguan/zone.yml"
REPORTS = "zones/220102-nanguan/reports"
INJECTION = '<img src=x onerror=alert(1)> **粗** [点我](javascript:alert(1)) "引号" & | 表格'


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail instead of hanging."""
    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _validated(workspace: Path) -> str:
    with deadline(30):
        run = validate(workspace)
    assert "Traceback" not in run.output
    assert run.code == 1, run.output
    return run.output


def test_yaml_alias_bomb(workspace: Path) -> None:
    write_zone(workspace, zone=(HOSTILE / "alias-bomb.yml").read_text(encoding="utf-8"))
    assert f"{ZONE_FILE}: 错误[Y15]: YAML 内容过于复杂" in _validated(workspace)


def test_yaml_nested_a_thousand_deep(workspace: Path) -> None:
    write_zone(workspace, zone=(HOSTILE / "deep.yml").read_text(encoding="utf-8"))
    output = _validated(workspace)
    assert f"{ZONE_FILE}:" in output and "错误[Y12]: YAML 格式错误：嵌套层数过多，无法读取。请按模板的结构填写" in output


def test_binary_file_named_md(workspace: Path) -> None:
    write_zone(workspace, reports={"2020-04-22-news.md": (HOSTILE / "binary.md").read_bytes()})
    assert f"{REPORTS}/2020-04-22-news.md: 错误[F08]: 文件含有空字节，不是文本文件" in _validated(workspace)


def test_a_50_mb_report_is_refused_without_reading_it(workspace: Path) -> None:
    zone = write_zone(workspace)
    with (zone / "reports" / "2020-04-22-news.md").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    assert f"{REPORTS}/2020-04-22-news.md: 错误[F05]: 文件有 50.0 MB，超过 2.0 MB 的上限" in _validated(workspace)


def test_an_oversized_zone_file_says_its_limit_in_kb_and_what_belongs_in_it(workspace: Path) -> None:
    zone = write_zone(workspace)
    with (zone / "zone.yml").open("ab") as handle:
        handle.write(b"# " + b"x" * 300 * 1024 + b"\n")
    assert ("zones/220102-nanguan/zone.yml: 错误[F05]: 文件有 301 KB，超过 256 KB 的上限。zone.yml 只写实验区的基本信息；"
            "报告请写在 reports 文件夹，图片和附件放在 media 文件夹") in _validated(workspace)


def test_symlinks_out_of_the_repository_are_refused(workspace: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("secret", encoding="utf-8")
    (outside / "secret.md").write_text(VALID_NEWS, encoding="utf-8")
    zone = write_zone(workspace)
    (zone / "reports" / "2020-04-22-news.md").symlink_to(outside / "secret.md")
    (zone / "media").mkdir()
    (zone / "media" / "photo.jpg").symlink_to(outside / "secret.txt")
    (workspace / "zones" / "220202-changyi").symlink_to(outside, target_is_directory=True)
    output = _validated(workspace)
    for path in (f"{REPORTS}/2020-04-22-news.md", "zones/220102-nanguan/media/photo.jpg"):
        assert f"{path}: 错误[F04]: 这是一个符号链接，不是普通文件" in output
    assert "zones/220202-changyi: 错误[F03]: 实验区文件夹是一个符号链接" in output


@pytest.mark.parametrize(("escape", "named"), [
    ("\\0", "控制字符 U+0000"), ("\\x07", "控制字符 U+0007"), ("\\e", "控制字符 U+001B"),
    ("\\uFFFE", "非字符 U+FFFE"), ("\\uFDD0", "非字符 U+FDD0"), ("\\u202E", "文字方向控制符 U+202E"),
    ("\\u2066", "文字方向控制符 U+2066"), ("\\u200B", "零宽字符 U+200B"), ("\\uFEFF", "零宽字符 U+FEFF"),
])
def test_hidden_characters_in_titles_are_named_with_their_position(workspace: Path, escape: str, named: str) -> None:
    write_zone(workspace, reports={"2020-04-22-news.md": VALID_NEWS.replace(
        "title: 南关区召开实验区推进会", f'title: "南关区{escape}推进会"')})
    assert (f"{REPORTS}/2020-04-22-news.md:3: 错误[V09]: title: 含有看不见的字符：第 4 个字符处有看不见的{named}。"
            in _validated(workspace))


def test_ten_thousand_tiny_reports_get_a_clear_limit(workspace: Path) -> None:
    zone = write_zone(workspace, materials={})
    for number in range(10_000):
        (zone / "reports" / f"2020-04-22-news-{number}.md").write_text(VALID_NEWS, encoding="utf-8")
    assert f"{REPORTS}: 错误[F11]: reports 文件夹里有 10000 个文件，超过 500 个的上限" in _validated(workspace)


def test_capital_extension_is_explained(workspace: Path) -> None:
    write_zone(workspace, reports={"2020-04-22-News.MD": VALID_NEWS})
    assert f"{REPORTS}/2020-04-22-News.MD: 错误[F12]: reports 文件夹里只能放 .md 报告文件" in _validated(workspace)


def test_injected_markup_builds_into_correct_pages(workspace: Path) -> None:
    injected_zone = VALID_ZONE.replace("title: 以“三社联动”推动老旧小区议事协商", f"title: '{INJECTION}'")
    injected_news = VALID_NEWS.replace("title: 南关区召开实验区推进会", f"title: '{INJECTION}'").replace(
        "summary: 推进会部署了年度重点任务。", f"summary: '{INJECTION}'").replace("会议总结了", "推进会总结了")  # not a copy
    write_zone(workspace, zone=injected_zone, reports={
        "2020-04-22-news-huiyi.md": injected_news, "2020-04-22-news.md": VALID_NEWS})
    with deadline(180):
        run = build(workspace / "zones", workspace / "site", workspace / "build", today="2020-06-01")
    assert run.code == 0, run.output
    zone_dir = workspace / "site" / "zones" / "220102-nanguan"
    for page in (zone_dir / "index.html", zone_dir / "2020-04-22-news-huiyi" / "index.html",
                 zone_dir / "2020-04-22-news" / "index.html", workspace / "site" / "progress" / "index.html"):
        html = page.read_text(encoding="utf-8")
        assert "<img src=x" not in html and 'href="javascript:' not in html, page
        assert "onerror=alert(1)>" not in html.replace("onerror=alert(1)&gt;", ""), page
    report = Page(zone_dir / "2020-04-22-news-huiyi" / "index.html")
    assert INJECTION.replace("  ", " ") in report.text  # shown as the text it is
    assert report.metas["ArticleTitle"] == INJECTION
    timeline = re.search(r'<svg class="zone-timeline__chart".*?</svg>', (zone_dir / "index.html").read_text(encoding="utf-8"),
                         re.S)
    assert timeline is not None and "<img" not in timeline.group() and "&lt;img" in timeline.group()  # a report's title
    figure = re.search(r'<script[^>]*id="chart-province-timeline-data"[^>]*>(.*?)</script>',
                       (workspace / "site" / "progress" / "index.html").read_text(encoding="utf-8"), re.S)
    assert figure is not None and "<" not in figure.group(1)


@pytest.mark.parametrize(("name", "front", "expected"), [
    ("2020-04-22 会议 News.md", {}, "报告文件名“2020-04-22 会议 News.md”不符合命名规则。报告文件名应为“日期-类型.md”或“日期-类型-后缀.md”，"
     "后缀只用小写英文字母、数字和短横线。请改名为 2020-04-22-news.md"),
    ('2020-04-22-news-a")x.md', {}, '请改名为 2020-04-22-news-a-x.md'),
    ("2020-04-22-新闻.md", {}, "请改名为 2020-04-22-news.md"),
    ("推进会.md", {}, "请改名为 2020-04-22-news.md"),
    ("2020-05-01-news.md", {}, "文件名中的日期 2020-05-01 与 date: 2020-04-22 不一致。报告文件名应为"),
    ("2020-04-22-experience.md", {}, "文件名中的类型 experience 与 type: news 不一致。"),
    ("2020-04-22-news-2.md", {"date: 2020-04-22": "date: 2020-04-23"}, "请改名为 2020-04-23-news-2.md"),
])
def test_report_file_names_follow_one_rule_with_a_suggestion(workspace: Path, name: str, front: dict[str, str],
                                                             expected: str) -> None:
    news = VALID_NEWS
    for old, new in front.items():
        news = news.replace(old, new)
    write_zone(workspace, reports={name: news})
    output = _validated(workspace)
    assert f"{REPORTS}/{name}: 错误[F1" in output and expected in output


@pytest.mark.parametrize(("name", "suggestion"), [
    ("推进会 现场.jpg", "推进会-现场.jpg"), ('a"b.png', "a-b.png"), ("图(1).JPG", "图-1.jpg"), ("x#y.pdf", "x-y.pdf"),
    ("会议　纪要.pdf", "会议-纪要.pdf"),
])
def test_media_names_that_break_links_are_refused_with_a_suggestion(workspace: Path, name: str, suggestion: str) -> None:
    write_zone(workspace, media={name: b"%PDF-1.4"})
    output = _validated(workspace)
    assert f"zones/220102-nanguan/media/{name}: 错误[F19]: 文件名“{name}”含有不能用在网址里的字符" in output
    assert f"请改名为 {suggestion}，" in output


def test_names_that_differ_only_in_case_are_refused(workspace: Path) -> None:
    write_zone(workspace, reports={"2020-04-22-news.md": VALID_NEWS}, media={"Photo.png": b"x", "photo.png": b"x"})
    output = _validated(workspace)
    assert "media/photo.png: 错误[F20]: 与“media/Photo.png”只有大小写不同。在 Windows 和 macOS 上这是同一个文件" in output



# --- messages about hostile input stay inert in every sink -------------------------------------------------------

# A fake verdict over an erased line (ESC sequences, bare CR), BEL, backspace, a bidi override, NUL; workflow
# commands; a heading, a link, an image, HTML, a bare address and a table break.
FORGED_MARKDOWN = "::error::伪造%0A::warning::x # 伪 [点](https://e.example) ![图](https://e.example/a.png) <img src=x> www.e.cn | 断 |`"
FORGED = f"\x1b[2K\r\x1b[32m检查通过：没有发现问题。\x07\b\u202e\x00\r\n{FORGED_MARKDOWN}\n# 伪标题"
SUMMARY_HEADINGS = {"## 数据检查结果", "### 改动涉及的页面", "### 需要省民政厅同意"}
SUMMARY_TAGS = {"h2", "h3", "p", "ul", "li", "table", "thead", "tbody", "tr", "th", "td"}


def _yaml(text: str) -> str:
    return json.dumps(text)  # a YAML double-quoted scalar, every control character as an escape


def _hidden(text: str) -> list[str]:
    return [character for character in text if character != "\n" and unicodedata.category(character) in ("Cc", "Cf")]


def _markdown_tokens(line: str) -> list[str]:
    return re.findall(r"\\.|\|", line)  # an escaped character, or a cell's border


def _forged_in(workspace: Path, where: str) -> None:
    """Write the valid zone with the forged text in one place."""
    zone, reports = VALID_ZONE, {"2020-04-22-news.md": VALID_NEWS}
    if where == "zone.yml key":
        zone += f"{_yaml(FORGED)}: 1\n"
    elif where == "field value":
        zone = zone.replace("phone: 0431-88765102", f"phone: {_yaml(FORGED)}")
    elif where == "file name":
        reports = {FORGED.replace("\x00", "").replace("/", "") + ".md": VALID_NEWS}
    else:  # a valid report's title, echoed only in the summary's list of pages, so it holds no control character
        reports = {"2020-04-22-news.md": VALID_NEWS.replace("南关区召开实验区推进会", _yaml(FORGED_MARKDOWN))}
    write_zone(workspace, zone=zone, reports=reports)


ECHOED = ["zone.yml key", "field value", "file name"]  # in problems' messages
PLACES = [*ECHOED, "report title"]  # a title is echoed only in the summary's list of changed pages


def _touched(workspace: Path) -> list[str]:
    """Every file of the zone, named on the command line: the summary then lists the pages they change."""
    return [str(path) for path in (workspace / "zones").rglob("*") if path.is_file()]


@pytest.mark.parametrize("where", ECHOED)
def test_hostile_text_cannot_forge_or_erase_terminal_lines(workspace: Path, where: str) -> None:
    _forged_in(workspace, where)
    terminal = validate(workspace, *_touched(workspace)).output
    assert "Traceback" not in terminal
    assert not _hidden(terminal)
    assert not [line for line in terminal.splitlines() if line.startswith(("检查通过", "::"))]
    assert "\\x1b[2K\\x0d\\x1b[32m检查通过" in terminal  # shown as escapes, never executed


@pytest.mark.parametrize("where", ECHOED)
def test_hostile_text_cannot_inject_or_end_a_github_annotation(workspace: Path, where: str) -> None:
    _forged_in(workspace, where)
    github = validate(workspace, *_touched(workspace), "--format", "github").output
    *annotations, verdict, end = github.split("\n")
    assert verdict.startswith("共发现") and end == "" and annotations
    assert not _hidden(github)
    for line in annotations:
        command = re.fullmatch(r"::(?:error|warning) file=([^:,]*)(?:,line=\d+)?,title=([^:,]*)::(.*)", line)
        assert command, line
        assert re.fullmatch(r"(?:%25|%3A|%2C|[^%])*", command[1] + command[2]), line
        assert re.fullmatch(r"(?:%25|[^%])*", command[3]), line  # %0A stays text: no second command
    assert "伪造" in github


@pytest.mark.parametrize("where", PLACES)
def test_hostile_text_cannot_shape_the_checks_page_summary(workspace: Path, tmp_path: Path, where: str) -> None:
    _forged_in(workspace, where)
    summary = tmp_path / "summary.md"
    validate(workspace, *_touched(workspace), "--summary", str(summary))
    text = summary.read_text(encoding="utf-8")
    assert not _hidden(text)
    lines = text.split("\n")
    assert {line for line in lines if line.startswith("#")} <= SUMMARY_HEADINGS
    assert all(line.startswith(("| ", "- ")) for line in lines if "伪" in line)
    for table in re.findall(r"((?:^\|.*\n)+)", text, flags=re.MULTILINE):
        rows = table.splitlines()
        assert all(_markdown_tokens(row).count("|") == _markdown_tokens(rows[0]).count("|") for row in rows), table
    assert "://" not in text.replace("\\[://\\]", "") and "www." not in text.replace("\\[www.\\]", "")
    shown = markdown.markdown(text, extensions=["tables"])
    assert set(re.findall(r"<(\w+)", shown)) <= SUMMARY_TAGS, shown
    assert "伪" in shown
