"""What the sanitiser will drop from a rendered body, said to the official in Chinese with the line to change."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

from generator.body import policy
from generator.html_elements import VOID_ELEMENTS

MAX_DEPTH = 64
SCRIPT_TAGS = frozenset({"script", "iframe", "object", "embed", "frame", "frameset", "applet", "base", "form",
                         "input", "button", "textarea", "select", "link", "meta", "style", "svg", "math"})
HINT = "正文请用 Markdown 和少量简单的 HTML（如 <br>、<sup>、表格）；网站发布时会删去这段代码，请直接删去或改写"


@dataclass(frozen=True)
class Finding:
    needle: str  # text to look for in the source to find the line
    message: str
    hint: str = HINT


def _shown(value: str) -> str:
    """A value quoted in a message: on one line and short."""
    flat = " ".join(value.split())
    return flat if len(flat) <= 60 else flat[:57] + "…"


def _attribute_finding(tag: str, name: str, written: str) -> Finding:
    value = _shown(written)
    if name in ("src", "href") and "\\" in written:
        return Finding(written, f"路径“{value}”用了反斜杠“\\”", "网页里的路径要用斜杠“/”，如 ../media/照片.jpg")
    if name.startswith("on"):
        return Finding(name, f"HTML 标签 <{tag}> 带有事件属性 {name}，会执行脚本")
    if tag == "img" and name == "src":
        return Finding(written, f"图片“{value}”不在本实验区的 media 文件夹",
                       "图片请上传到本实验区的 media 文件夹，写成 ![图片说明](../media/文件名.jpg)；不能引用其他网站的图片")
    if tag == "a" and name == "href":
        return Finding(written, f"链接“{value}”不能发布（只允许 http、https、mailto 链接、本页标题和 media 文件夹中的文件）",
                       "链接到其他网站请写完整网址，如 https://mzt.jl.gov.cn/ ；附件请写 ../media/文件名.pdf")
    return Finding(f"{name}=", f"HTML 标签 <{tag}> 的属性 {name} 会被删去",
                   "正文的样式由网站统一设置；请删去 style、class 等属性")


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.findings: list[Finding] = []
        self.too_deep = False
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SCRIPT_TAGS:
            self.findings.append(Finding(f"<{tag}", f"含有可执行脚本或嵌入内容的 HTML 标签 <{tag}>"))
        elif tag not in policy.TAGS:
            self.findings.append(Finding(f"<{tag}", f"不允许的 HTML 标签 <{tag}>"))
        else:
            for name, value in attrs:
                if not policy.attribute_allowed(tag, name, value or ""):
                    self.findings.append(_attribute_finding(tag, name, value or ""))
            described = dict(attrs)
            if tag == "img" and not (described.get("alt") or "").strip():
                self.findings.append(Finding(described.get("src") or "<img", "图片缺少说明文字",
                                             "请在方括号里写图片的内容，如 ![居民议事会现场](../media/照片.jpg)，供读屏软件朗读"))
        if tag not in VOID_ELEMENTS:
            self._depth += 1
            self.too_deep = self.too_deep or self._depth > MAX_DEPTH

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_ELEMENTS:
            self._depth -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID_ELEMENTS:
            self._depth = max(self._depth - 1, 0)

    def handle_comment(self, data: str) -> None:
        self.findings.append(Finding("<!--", "HTML 注释会被删去", "请删去 <!-- … --> 注释；不公开的内容不要写在报告里"))


@dataclass(frozen=True)
class Scan:
    findings: tuple[Finding, ...]
    too_deep: bool


def scan(raw_html: str) -> Scan:
    scanner = _Scanner()
    scanner.feed(raw_html)
    scanner.close()
    unique = tuple(dict.fromkeys(scanner.findings))
    return Scan(unique, scanner.too_deep)


def line_of(body: str, needle: str) -> int:
    """The body line (0-based) where the needle first appears, case-insensitively; 0 when not found as written."""
    wanted = needle.lower()
    for offset, line in enumerate(body.split("\n")):
        if wanted and wanted in line.lower():
            return offset
    return 0
