"""Every mistake the contract names gets its own message: file, line, field, what is wrong, how to fix it."""

from __future__ import annotations

import shutil
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests import image_bombs
from tests.conftest import (
    CASE_TODAY,
    CONTENT,
    MATERIALS,
    SAMPLE_ZONES,
    SATISFACTION,
    TODAY,
    VALID_NEWS,
    VALID_ZONE,
    materials_applied_on,
    office_zip,
    validate,
    write_zone,
)

ZONE_FILE = "zones/220102-nanguan/zone.yml"
INDICATORS_FILE = "zones/220102-nanguan/indicators.yml"
NEWS_FILE = "zones/220102-nanguan/reports/2020-04-22-news.md"


# A PNG's header with an empty image: its size is read from the header, so no pixel is ever decoded.
def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


PNG_HEADER_10000_BY_5000 = (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", 10000, 5000, 8, 2, 0, 0, 0))
                            + _png_chunk(b"IDAT", b"") + _png_chunk(b"IEND", b""))


HTML_PAGE = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>会议纪要</title></head><body>纪要</body></html>".encode()
OLE_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


GENUINE_ATTACHMENTS = {"方案.pdf": b"%PDF-1.7\n", "纪要.docx": office_zip("word/document.xml"),
                       "台账.xlsx": office_zip("xl/workbook.xml"), "汇报.pptx": office_zip("ppt/presentation.xml"),
                       "旧表.xls": OLE_FILE, "旧文.doc": OLE_FILE, "照片.zip": office_zip("a.txt")}


def _link(link: Path, target: Path) -> None:
    link.parent.mkdir(parents=True, exist_ok=True)
    link.unlink(missing_ok=True)
    link.symlink_to(target)


def _edit(path: Path, old: str, new: str, count: int = -1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def plan(body: str) -> str:
    return f"---\ntype: plan\ntitle: 南关区实验方案\ndate: 2020-01-15\n---\n\n{body}\n"


# A zone's figures that pass every check at CASE_TODAY; each indicator case changes one thing.
FIGURES = """\
indicators:
  - id: satisfaction
    baseline: {year: 2019, value: 80}
    target: {year: 2021, value: 90}
    values:
      - year: 2020
        value: 86.5
        source: 南关区2020年居民满意度第三方测评
        survey: {by: 吉林大学社会学系, method: 入户问卷, sample: 1200}
"""
SURVEY_LINE = "        survey: {by: 吉林大学社会学系, method: 入户问卷, sample: 1200}\n"
COUNT_FIGURES = "  - id: community-social-organizations\n    values:\n      - {year: 2020, value: 12, source: 南关区民政局统计}\n"
REFERENCE_AREA_LINE = 1 + (CONTENT / "reference" / "indicators.yml").read_text(encoding="utf-8").split("\n").index('    area: "1"')


def _edit_reference_area(root: Path) -> None:
    path = root / "content" / "reference" / "indicators.yml"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[REFERENCE_AREA_LINE - 1] = '    area: "9"'
    path.write_text("\n".join(lines), encoding="utf-8")


FULL_SECTIONS = "".join(f"## {name}\n\n{'社区治理创新实验' * 100}\n\n" for name in ("一、实验背景", "二、实验主题",
                                                                               "三、实验内容", "四、实验保障"))


PRESS = """\
press:
  unit: 长春市南关区民政局办公室
  phone: 0431-88765100
  email: ngqmzj@changchun.gov.cn
"""


@dataclass(frozen=True)
class Case:
    name: str
    expected: list[str]
    zone: str | bytes | None = VALID_ZONE
    reports: dict[str, str | bytes] = field(default_factory=dict)
    media: dict[str, bytes] = field(default_factory=dict)
    extra_zones: dict[str, str] = field(default_factory=dict)
    folder: str = "220102-nanguan"
    exit_code: int = 1
    materials: dict[str, str] = field(default_factory=lambda: MATERIALS)
    today: str = CASE_TODAY
    setup: Callable[[Path], object] | None = None  # makes what files alone cannot: links, a changed content/
    patch: dict[str, object] = field(default_factory=dict)  # attributes to replace while validating
    indicators: str | None = None  # the zone's indicators.yml
    selections: str | None = None  # the province's zones/selections.yml


CASES = [
    Case("yaml syntax error", [
        f"{ZONE_FILE}:3: 错误[Y06]: YAML 格式错误：这一行的值里有“冒号+空格”，YAML 把它当成了新的字段。"
        "请给整个值加上英文双引号，例如 title: \"主题：内容\"",
    ], zone=VALID_ZONE.replace("title: 以“三社联动”推动老旧小区议事协商", "title: 主题: 三社联动")),
    Case("full-width colon after a key", [
        f"{ZONE_FILE}:4: 错误[Y03]: batch: 字段名“batch”后面用了全角冒号“：”。请改成半角冒号加一个空格：batch: ",
    ], zone=VALID_ZONE.replace("batch: 2019", "batch：2019")),
    Case("tab indentation", [
        f"{ZONE_FILE}:9: 错误[Y01]: 这一行用了制表符（Tab）缩进，YAML 不允许 Tab。请把行首的 Tab 换成空格（每层两个空格）",
    ], zone=VALID_ZONE.replace("  applied:", "\tapplied:")),
    Case("raw control character after Chinese text", [
        f"{ZONE_FILE}:15: 错误[Y05]: 这一行含有看不见的控制字符。请删去这一行后重新输入；从其他软件复制的文字可能带有这类字符",
    ], zone=VALID_ZONE.replace("phone: 0431-88765102", "phone: 0431-8876\x015102")),
    Case("GBK encoded file", [
        f"{ZONE_FILE}:2: 错误[F10]: 文件是 GBK（Windows“ANSI”）编码，本站只接受 UTF-8 编码。请用编辑器把文件“另存为”UTF-8 编码",
    ], zone=VALID_ZONE.encode("gbk")),
    Case("UTF-16 encoded file", [
        f"{ZONE_FILE}: 错误[F06]: 文件是 UTF-16 编码，本站只接受 UTF-8 编码。请用编辑器把文件“另存为”UTF-8 编码",
    ], zone=VALID_ZONE.encode("utf-16")),
    Case("UTF-8 BOM is accepted silently", ["检查通过：没有发现问题。"],
         zone=b"\xef\xbb\xbf" + VALID_ZONE.encode("utf-8"), exit_code=0),
    Case("date with 年月日", [
        f"{ZONE_FILE}:12: 错误[V03]: milestones.start: 日期写成了“2020年3月1日”。日期请写成 YYYY-MM-DD：2020-03-01",
    ], zone=VALID_ZONE.replace("start: 2020-01-01", "start: 2020年3月1日")),
    Case("date with dots", [
        f"{ZONE_FILE}:9: 错误[V03]: milestones.applied: 日期写成了“2019.9.20”。日期请写成 YYYY-MM-DD：2019-09-20",
    ], zone=VALID_ZONE.replace("applied: 2019-09-20", "applied: 2019.9.20")),
    Case("date with slashes in a report", [
        f"{NEWS_FILE}:4: 错误[V03]: date: 日期写成了“2020/4/22”。日期请写成 YYYY-MM-DD：2020-04-22",
    ], reports={"2020-04-22-news.md": VALID_NEWS.replace("date: 2020-04-22", "date: 2020/4/22")}),
    Case("a date that does not exist", [
        f"{ZONE_FILE}:10: 错误[V04]: milestones.approved: 日期“2019-02-30”不存在。日期请写成 YYYY-MM-DD，如 2020-03-01",
    ], zone=VALID_ZONE.replace("approved: 2019-12-10", "approved: 2019-02-30")),
    Case("unknown topic id", [
        f"{ZONE_FILE}:5: 错误[V08]: topics[1]: 未知的选题编号“1-9”。是不是想写 \"1-4\"？可用的编号：1-1 基层管理体制改革、",
    ], zone=VALID_ZONE.replace('"2-4"', '"1-9"')),
    Case("unknown code", [
        "zones/220199-nanguan/zone.yml:1: 错误[Z01]: code: 未知的行政区划代码“220199”。“南关区”的代码是 \"220102\"。代码请查 content/reference/divisions.yml（网页表单中从列表选择本单位）",
    ], zone=VALID_ZONE.replace('"220102"', '"220199"'), folder="220199-nanguan"),
    Case("name does not match the code", [
        f"{ZONE_FILE}:2: 错误[Z02]: name: 名称“宽城区”与代码 220102 不符，该代码是“南关区”。请写 name: 南关区，或改正 code",
    ], zone=VALID_ZONE.replace("name: 南关区", "name: 宽城区")),
    Case("folder name does not match the code", [
        "zones/220103-kuancheng: 错误[F21]: code: 文件夹名“220103-kuancheng”与代码“220102”不符：文件夹名必须以代码开头。"
        "请把文件夹改名为 220102-nanguan",
    ], folder="220103-kuancheng"),
    Case("two zones with the same code", [
        f"{ZONE_FILE}:1: 错误[Z03]: code: 代码 220102 重复：文件夹 220102-nanguan2 也用了这个代码。",
        "zones/220102-nanguan2/zone.yml:1: 错误[Z03]: code: 代码 220102 重复：文件夹 220102-nanguan 也用了这个代码。",
    ], extra_zones={"220102-nanguan2": VALID_ZONE}),
    Case("missing required field", [
        f"{ZONE_FILE}:1: 错误[V01]: title: 缺少必填字段 title（实验主题）。请按模板补上这一项",
        f"{ZONE_FILE}:12: 错误[V01]: contact.phone: 缺少必填字段 phone（办公电话）。请按模板补上这一项",
    ], zone=VALID_ZONE.replace("title: 以“三社联动”推动老旧小区议事协商\n", "").replace("  phone: 0431-88765102\n", "")),
    Case("unknown field names the nearest valid key", [
        f"{ZONE_FILE}:8: 错误[V02]: milestone: 未知字段“milestone”。是不是想写 milestones？可用的字段：code、name、title、",
        f"{NEWS_FILE}:6: 错误[V02]: summery: 未知字段“summery”。是不是想写 summary？",
    ], zone=VALID_ZONE.replace("sample: true\nmilestones:", "sample: true\nmilestone: 1\nmilestones:"),
        reports={"2020-04-22-news.md": VALID_NEWS.replace("summary:", "summery:")}),
    Case("end before start", [
        f"{ZONE_FILE}:13: 错误[N04]: milestones.end: 实验结束日期 2019-12-31 早于实验开始日期 2020-01-01。请核对日期",
    ], zone=VALID_ZONE.replace("  start: 2020-01-01\n", "  start: 2020-01-01\n  end: 2019-12-31\n")),
    Case("milestone out of order", [
        f"{ZONE_FILE}:10: 错误[N04]: milestones.approved: 确认日期 2019-09-01 早于申请日期 2019-09-20。",
    ], zone=VALID_ZONE.replace("approved: 2019-12-10", "approved: 2019-09-01")),
    Case("attachment missing", [
        f"{NEWS_FILE}:8: 错误[M08]: attachments[0]: 找不到附件“media/会议纪要.pdf”。请把文件上传到本实验区的 media 文件夹",
    ], reports={"2020-04-22-news.md": VALID_NEWS.replace("---\n\n", "attachments:\n  - media/会议纪要.pdf\n---\n\n")}),
    Case("attachment outside the zone folder", [
        f"{NEWS_FILE}:8: 错误[M07]: attachments[0]: 附件“../220103-kuancheng/media/x.pdf”不在本实验区文件夹内。",
    ], reports={"2020-04-22-news.md": VALID_NEWS.replace(
        "---\n\n", "attachments:\n  - ../220103-kuancheng/media/x.pdf\n---\n\n")}),
    Case("unknown report type", [
        f"{NEWS_FILE}:2: 错误[V06]: type: 未知的报告类型“new”。是不是想写 news？类型要写英文。可用的类型：application（申报材料）",
    ], reports={"2020-04-22-news.md": VALID_NEWS.replace("type: news", "type: new")}),
    Case("annual report without year", [
        f"{NEWS_FILE}:2: 错误[R06]: year: 年度工作总结缺少所属年度 year。请加一行 year: 2020（这份报告所针对的年度）",
    ], reports={"2020-04-22-news.md": VALID_NEWS.replace("type: news", "type: annual-summary")}),
    Case("empty zone.yml", [f"{ZONE_FILE}: 错误[F07]: 文件是空的。请按模板填写内容，或删除这个文件"], zone=""),
    Case("empty report", [f"{NEWS_FILE}: 错误[F07]: 文件是空的。"], reports={"2020-04-22-news.md": "\n"}),
    Case("report without front matter", [
        f"{NEWS_FILE}:1: 错误[R01]: 报告开头缺少信息块：第一行应当是三个短横线 ---。",
    ], reports={"2020-04-22-news.md": "# 标题\n\n正文\n"}),
    Case("zone folder without zone.yml", [
        "zones/220102-nanguan: 错误[F14]: 实验区文件夹里没有 zone.yml。请从模板复制 zone.yml 到这个文件夹并填写",
    ], zone=None),
    Case("plan too short", [
        "zones/220102-nanguan/reports/2020-01-15-plan.md:2: 错误[R07]: 正文: 实验方案正文只有 22 字，通知要求不少于 3000 字"
        "（按 Word、WPS 的“字数统计”计算：每个汉字和中文标点计 1 字，每个英文单词或数字计 1 字）。请补充到 3000 字以上。"
        "还没写完的，先存为草稿（网页表单：打开“草稿”开关后保存；直接编辑文件：在信息块加一行 draft: true）",
    ], reports={"2020-01-15-plan.md": plan("## 实验背景\n## 实验主题\n## 实验内容\n## 实验保障\n\n内容待补充。")}),
    Case("plan without its four parts", [
        "zones/220102-nanguan/reports/2020-01-15-plan.md:6: 错误[R08]: 正文: 实验方案缺少以下部分的标题：实验保障。",
    ], reports={"2020-01-15-plan.md": plan(FULL_SECTIONS.replace("四、实验保障", "四、其他"))}),
    Case("zone without approval is a warning, not published", [
        f"{ZONE_FILE}:9: 警告[N01]: milestones.approved: 还没有确认日期（approved），这个实验区暂不在网站上公开。",
        "共发现 0 个错误，1 个警告。",
    ], zone=VALID_ZONE.replace("  approved: 2019-12-10\n  approval_doc: 吉民函〔2019〕88号\n  start: 2020-01-01\n", ""),
        exit_code=0),
    # Files, folders and encodings
    Case("zones folder missing", ["zones: 错误[F01]: 找不到实验区文件夹。"], setup=lambda root: shutil.rmtree(root / "zones")),
    Case("a content file is a link", ["content/site.yml: 错误[F02]: 这是一个符号链接，不是普通文件。"],
         setup=lambda root: _link(root / "content" / "site.yml", CONTENT / "site.yml")),
    Case("zone folder is a link", ["zones/220103-kuancheng: 错误[F03]: 实验区文件夹是一个符号链接。"],
         setup=lambda root: _link(root / "zones" / "220103-kuancheng", root / "zones" / "220102-nanguan")),
    Case("a link inside the zone folder", ["zones/220102-nanguan/media/passwd.jpg: 错误[F04]: 这是一个符号链接，不是普通文件或文件夹。"],
         setup=lambda root: _link(root / "zones" / "220102-nanguan" / "media" / "passwd.jpg", Path("/etc/passwd"))),
    Case("zone.yml too large", [f"{ZONE_FILE}: 错误[F05]: 文件有 294 KB，超过 256 KB 的上限。"], zone=VALID_ZONE + "#" * 300_000 + "\n"),
    Case("binary file named .md", [f"{NEWS_FILE}: 错误[F08]: 文件含有空字节，不是文本文件（可能是 Word、图片或 UTF-16 文件）。"], reports={"2020-04-22-news.md": b"PK\x03\x04\x00\x00word"}),
    Case("neither UTF-8 nor GBK", [f"{ZONE_FILE}:2: 错误[F09]: 文件不是 UTF-8 编码，无法读取。"], zone=VALID_ZONE.encode("utf-8").replace(b"\xe5\x8d\x97", b"\x80\xff\x80", 1)),
    Case("too many files in reports", ["zones/220102-nanguan/reports: 错误[F11]: reports 文件夹里有 505 个文件，超过 500 个的上限。"],
         setup=lambda root: [(root / "zones" / "220102-nanguan" / "reports" / f"2020-04-{n:03}-news.md").write_text("x")
                             for n in range(501)] and None),
    Case("a photo in reports", ["zones/220102-nanguan/reports/photo.jpg: 错误[F12]: reports 文件夹里只能放 .md 报告文件。"],
         reports={"photo.jpg": b"\xff\xd8\xff"}),
    Case("a stray file next to zone.yml", ["zones/220102-nanguan/notes.txt: 错误[F13]: 实验区文件夹里只能有 zone.yml、indicators.yml、reports 和 media，“notes.txt”放错了地方。"],
         setup=lambda root: (root / "zones" / "220102-nanguan" / "notes.txt").write_text("x") and None),
    Case("report name without date", ["zones/220102-nanguan/reports/news.md: 错误[F15]: 报告文件名“news.md”不符合命名规则。"],
         reports={"news.md": VALID_NEWS}),
    Case("report name with another date", ["zones/220102-nanguan/reports/2020-04-21-news.md: 错误[F16]: 文件名中的日期 2020-04-21 与 date: 2020-04-22 不一致。"],
         reports={"2020-04-21-news.md": VALID_NEWS}),
    Case("report name with another type", ["zones/220102-nanguan/reports/2020-04-22-progress.md: 错误[F17]: 文件名中的类型 progress 与 type: news 不一致。"],
         reports={"2020-04-22-progress.md": VALID_NEWS}),
    Case("report named index", ["zones/220102-nanguan/reports/index.md: 错误[F18]: 报告文件不能叫“index.md”（与网站页面地址冲突）。"], reports={"index.md": VALID_NEWS}),
    Case("media name with a space", ["zones/220102-nanguan/media/推进 会.jpg: 错误[F19]: 文件名“推进 会.jpg”含有不能用在网址里的字符。"],
         media={"推进 会.jpg": b"\xff\xd8\xff"}),
    Case("an emoji in an image name", ["zones/220102-nanguan/media/推进会😊.jpg: 错误[F19]: 文件名“推进会😊.jpg”含有不能用在网址里的字符。"
                                       "文件名不能有空格、引号、括号、表情符号和 # % & ? 等符号"],
         media={"推进会😊.jpg": b"\xff\xd8\xff"}),
    Case("media names that differ only in case", ["zones/220102-nanguan/media/photo.jpg: 错误[F20]: 与“media/Photo.jpg”只有大小写不同。"],
         media={"Photo.jpg": b"\xff\xd8\xff", "photo.jpg": b"\xff\xd8\xff"}),
    Case("folder with the wrong pinyin", ["zones/220102-changchun: 错误[F22]: code: 文件夹名“220102-changchun”的拼音与南关区不符。"], folder="220102-changchun"),
    # Hidden names: a zone .gitattributes with "* -diff" would show an edited report as "Binary files differ"
    Case("a .gitattributes in a zone folder", ["zones/220102-nanguan/.gitattributes: 错误[F23]: 不能有以“.”开头的文件“.gitattributes”。"
                                                "删除该文件；实验区文件夹里不能有以“.”开头的文件（这类文件会改变 git 和 GitHub 显示改动的方式"],
         setup=lambda root: (root / "zones" / "220102-nanguan" / ".gitattributes").write_text("* -diff linguist-generated=true\n")),
    Case("a .gitattributes at the top of zones", ["zones/.gitattributes: 错误[F23]: 不能有以“.”开头的文件“.gitattributes”。"
                                                  "删除该文件；zones 文件夹和实验区文件夹里不能有以“.”开头的文件"],
         setup=lambda root: (root / "zones" / ".gitattributes").write_text("* -diff\n")),
    Case("a hidden report", ["zones/220102-nanguan/reports/.2020-04-22-news.md: 错误[F23]: 不能有以“.”开头的文件“.2020-04-22-news.md”。"],
         reports={".2020-04-22-news.md": VALID_NEWS}),
    Case("a hidden folder in reports", ["zones/220102-nanguan/reports/.git: 错误[F23]: 不能有以“.”开头的文件夹“.git”。删除该文件夹；"],
         setup=lambda root: (root / "zones" / "220102-nanguan" / "reports" / ".git").mkdir()),
    Case("a .DS_Store in media", ["zones/220102-nanguan/media/.DS_Store: 错误[F23]: 不能有以“.”开头的文件“.DS_Store”。"
                                  "删除该文件；实验区文件夹里不能有以“.”开头的文件（这是 macOS 自动生成的文件，与内容无关）"],
         media={".DS_Store": b"\x00\x00\x00\x01Bud1"}),
    Case("a Windows thumbnail cache in media", ["zones/220102-nanguan/media/Thumbs.db: 错误[F24]: “Thumbs.db”是由 Windows 资源管理器自动生成的缩略图缓存，"
                                                "不是实验区的材料。删除该文件即可"], media={"Thumbs.db": b"\xd0\xcf\x11\xe0"}),
    Case("a desktop.ini in a zone folder", ["zones/220102-nanguan/desktop.ini: 错误[F24]: “desktop.ini”是由 Windows 自动生成的文件夹显示设置"],
         setup=lambda root: (root / "zones" / "220102-nanguan" / "desktop.ini").write_text("[.ShellClassInfo]\n")),
    Case("an unpacked archive's __MACOSX folder in media", ["zones/220102-nanguan/media/__MACOSX: 错误[F24]: “__MACOSX”是由 macOS 压缩文件解压后留下的附加信息文件夹，"
                                                             "不是实验区的材料。删除该文件夹即可"], media={"__MACOSX/._photo.jpg": b"\x00\x05\x16\x07"}),
    Case("an Office lock file in media", ["zones/220102-nanguan/media/~$方案.docx: 错误[F24]: “~$方案.docx”是由 Word、Excel 或 WPS 打开文件时生成的临时文件"
                                          "（含电脑的用户名），不是实验区的材料。关闭那个文件后，删除该文件即可"], media={"~$方案.docx": b"\x05zhangsan"}),
    # YAML
    Case("full-width space indent", [f"{ZONE_FILE}:9: 错误[Y02]: 这一行用了全角空格缩进，YAML 只认半角空格。"], zone=VALID_ZONE.replace("  applied:", "\u3000applied:")),
    Case("a key written twice", [f"{ZONE_FILE}:5: 错误[Y04]: batch: 字段“batch”写了两次（第 4 行已有）。"], zone=VALID_ZONE.replace("batch: 2019\n", "batch: 2019\nbatch: 2019\n")),
    Case("no space after the colon", [f"{ZONE_FILE}:3: 错误[Y19]: title: 字段名“title”后面的冒号后没有空格。"
                                      "请在冒号后加一个空格，写成 title: 以“三社联动”推动老旧小区议事协商"],
         zone=VALID_ZONE.replace("title: 以", "title:以")),
    Case("missing colon", [f"{ZONE_FILE}:6: 错误[Y07]: YAML 格式错误：缺少冒号：字段名和值之间要用半角冒号加一个空格隔开。"], zone=VALID_ZONE.replace("topics: [", "topics [")),
    Case("uneven indent", [f"{ZONE_FILE}:10: 错误[Y08]: YAML 格式错误：缩进不一致。"], zone=VALID_ZONE.replace("  approved:", " approved:")),
    Case("uneven list", [f"{ZONE_FILE}:8: 错误[Y09]: YAML 格式错误：列表项缩进不一致。"],
         zone=VALID_ZONE.replace('topics: ["1-3", "2-4"]', 'topics:\n  - "1-3"\n  - "2-4"\n  x: 1')),
    Case("unclosed quote", [f"{ZONE_FILE}:17: 错误[Y10]: YAML 格式错误：引号没有配对。"], zone=VALID_ZONE + 'extra: "abc\n'),
    Case("value starting with *", [f"{ZONE_FILE}:3: 错误[Y11]: YAML 格式错误：值以 * 或 & 开头，YAML 把它当成了引用。"], zone=VALID_ZONE.replace("title: 以", "title: *以")),
    Case("value naming an alias", [f"{ZONE_FILE}:3: 错误[Y11]: YAML 格式错误：值以 * 或 & 开头，YAML 把它当成了引用。"], zone=VALID_ZONE.replace("title: 以", "title: *abc 以")),
    Case("YAML nested too deep", [f"{ZONE_FILE}:17: 错误[Y12]: YAML 格式错误：嵌套层数过多，无法读取。"], zone=VALID_ZONE + "extra: " + "[" * 2000 + "\n"),
    Case("value starting with @", [f"{ZONE_FILE}:3: 错误[Y13]: YAML 格式错误：这一行有 YAML 不允许出现在开头的字符（如 @、`、% 或 Tab）。"], zone=VALID_ZONE.replace("title: 以", "title: @以")),
    Case("other YAML syntax error", [f"{ZONE_FILE}:6: 错误[Y14]: YAML 格式错误：这一行或上一行的写法无法识别。"], zone=VALID_ZONE.replace("summary: ", "summary: >x ")),
    Case("unclosed bracket", [f"{ZONE_FILE}:6: 错误[Y17]: YAML 格式错误：方括号没有配对，或列表项之间少了英文逗号。"], zone=VALID_ZONE.replace('topics: ["1-3", "2-4"]', 'topics: ["1-3", "2-4"')),
    Case("backslash in double quotes", [f"{ZONE_FILE}:3: 错误[Y18]: YAML 格式错误：英文双引号里的反斜杠“\\”有特殊含义。"], zone=VALID_ZONE.replace("title: 以“三社联动”推动老旧小区议事协商", 'title: "以\\q三社联动推动老旧小区议事协商"')),
    Case("YAML alias bomb", [f"{ZONE_FILE}: 错误[Y15]: YAML 内容过于复杂（节点过多，可能是大量引用 & 和 *）。"], zone=(Path(__file__).parent / "hostile" / "alias-bomb.yml").read_text()),
    Case("zone.yml that is a list", [f"{ZONE_FILE}:1: 错误[Y16]: 内容应当是一组“字段: 值”。"], zone="- 南关区\n- 2019\n"),
    # Field values
    Case("not a date", [f"{ZONE_FILE}:10: 错误[V05]: milestones.approved: “待定”不是日期。"], zone=VALID_ZONE.replace("approved: 2019-12-10", "approved: 待定")),
    Case("a value out of its list", ["content/reference/divisions.yml:13: 错误[V07]: prefectures[0].counties[0].type: 取值“街道”不在允许范围内。"],
         setup=lambda root: _edit(root / "content" / "reference" / "divisions.yml", "type: 市辖区", "type: 街道", count=1)),
    Case("hidden character in a field", [f"{ZONE_FILE}:3: 错误[V09]: title: 含有看不见的字符：第 2 个字符处有看不见的零宽字符 U+200B。"], zone=VALID_ZONE.replace("title: 以", "title: 以\u200b")),
    Case("summary too short", [f"{ZONE_FILE}:6: 错误[V10]: summary: 简介有 3 个字，应为 50 到 300 个字。"], zone=VALID_ZONE.replace("summary: 南关区以", "summary: 太短。\nx: 南关区以")),
    Case("deadline that is not month-day", ["content/site.yml:23: 错误[V11]: lifecycle.annual_plan_due: “13-45”不是有效的“月-日”。"],
         setup=lambda root: _edit(root / "content" / "site.yml", 'annual_plan_due: "01-31"', 'annual_plan_due: "13-45"')),
    Case("a number where text belongs", [f"{ZONE_FILE}:3: 错误[V12]: title: 应当是一段文字，现在是“2019”。"], zone=VALID_ZONE.replace("title: 以“三社联动”推动老旧小区议事协商", "title: 2019")),
    Case("an empty value", [f"{ZONE_FILE}:3: 错误[V12]: title: 应当是一段文字，现在是空的（这一项没有填写）。"], zone=VALID_ZONE.replace("title: 以“三社联动”推动老旧小区议事协商", "title:")),
    Case("text too short", [f"{ZONE_FILE}:3: 错误[V13]: title: 内容太短（至少 4 个字）。"], zone=VALID_ZONE.replace("title: 以“三社联动”推动老旧小区议事协商", "title: 议事")),
    Case("text too long", [f"{ZONE_FILE}:3: 错误[V14]: title: 内容太长（最多 80 个字）。"], zone=VALID_ZONE.replace("title: 以", "title: " + "长" * 90 + "以")),
    Case("phone in full-width digits", [f"{ZONE_FILE}:15: 错误[V15]: contact.phone: 格式不对：“０４３１－８８７６５１０２”。"
                                        "其中有全角字符“０４３１－８７６５２”（中文输入法的全角数字或符号）："
                                        "请切换到英文输入法（半角）重新输入，写成 0431-88765102"],
         zone=VALID_ZONE.replace("phone: 0431-88765102", "phone: ０４３１－８８７６５１０２")),
    Case("a figure with its % sign", ["zones/220102-nanguan/indicators.yml:5: 错误[V17]: indicators[0].values[0].value: 应当是数字，现在是“86.5%”。"
                                      "只写数字，不写单位、百分号或千位分隔符：写成 86.5"],
         indicators=SATISFACTION.replace("value: 90.5", "value: 86.5%")),
    Case("a year in full-width digits", [f"{ZONE_FILE}:4: 错误[V16]: batch: 应当是整数，现在是“２０１９”。"
                                         "其中有全角字符“２０１９”（中文输入法的全角数字或符号）：请切换到英文输入法（半角）重新输入，写成 2019"],
         zone=VALID_ZONE.replace("batch: 2019", "batch: ２０１９")),
    Case("a figure in full-width digits", ["zones/220102-nanguan/indicators.yml:5: 错误[V17]: indicators[0].values[0].value: 应当是数字，现在是“９０.５”。"
                                           "其中有全角字符“９０５”（中文输入法的全角数字或符号）：请切换到英文输入法（半角）重新输入，写成 90.5"],
         indicators=SATISFACTION.replace("value: 90.5", "value: ９０.５")),
    Case("phone with words", [f"{ZONE_FILE}:15: 错误[V15]: contact.phone: 格式不对：“民政局办公室”。"], zone=VALID_ZONE.replace("phone: 0431-88765102", "phone: 民政局办公室")),
    Case("a year with 年", [f"{ZONE_FILE}:4: 错误[V16]: batch: 应当是整数，现在是“2019年”。"], zone=VALID_ZONE.replace("batch: 2019", "batch: 2019年")),
    Case("longitude in words", [f"{ZONE_FILE}:18: 错误[V17]: contact.location.lon: 应当是数字，现在是“东经125度”。"], zone=VALID_ZONE + "  location:\n    lon: 东经125度\n    lat: 43.86\n"),
    Case("not a number at all", [f"{ZONE_FILE}:18: 错误[V17]: contact.location.lon: 应当是数字，现在是“nan”。"], zone=VALID_ZONE + "  location:\n    lon: .nan\n    lat: 43.86\n"),
    Case("是 for true", [f"{ZONE_FILE}:7: 错误[V18]: sample: 应当是 true 或 false，现在是“是”。"], zone=VALID_ZONE.replace("sample: true", "sample: 是")),
    Case("topics not a list", [f"{ZONE_FILE}:5: 错误[V19]: topics: 应当是列表，现在是“1-3”。"], zone=VALID_ZONE.replace('topics: ["1-3", "2-4"]', "topics: 1-3")),
    Case("no topic", [f"{ZONE_FILE}:5: 错误[V20]: topics: 至少要有 1 项。"], zone=VALID_ZONE.replace('topics: ["1-3", "2-4"]', "topics: []")),
    Case("six topics", [f"{ZONE_FILE}:5: 错误[V21]: topics: 最多 5 项，现在有 6 项。"],
         zone=VALID_ZONE.replace('topics: ["1-3", "2-4"]', 'topics: ["1-1", "1-2", "1-3", "1-4", "2-1", "2-2"]')),
    Case("latitude too small", [f"{ZONE_FILE}:19: 错误[V22]: contact.location.lat: 取值“-100”太小（不能小于 -90.0）。"], zone=VALID_ZONE + "  location:\n    lon: 125.35\n    lat: -100\n"),
    Case("longitude too large", [f"{ZONE_FILE}:18: 错误[V23]: contact.location.lon: 取值“200”太大（不能大于 180.0）。"], zone=VALID_ZONE + "  location:\n    lon: 200\n    lat: 43.86\n"),
    Case("contact not indented", [f"{ZONE_FILE}:13: 错误[V24]: contact: 这里应当是一组“字段: 值”。"],
         zone=VALID_ZONE.split("contact:")[0] + "contact: 长春市南关区民政局 0431-88765102\n"),
    Case("a press mailbox that is not an address", [
        f"{ZONE_FILE}:20: 错误[V27]: press.email: “ngqmzj＠changchun.gov.cn”不是邮件地址。"],
        zone=VALID_ZONE + PRESS.replace("ngqmzj@", "ngqmzj＠")),
    Case("a press mailbox named by a QQ number", [
        f"{ZONE_FILE}:20: 错误[V28]: press.email: 新闻联系邮箱“12345678@qq.com”的用户名是QQ 号，是个人邮箱。"],
        zone=VALID_ZONE + PRESS.replace("ngqmzj@changchun.gov.cn", "12345678@qq.com")),
    Case("a press phone that is a mobile", [f"{ZONE_FILE}:19: 错误[Z05]: press.phone: 联系电话是手机号 139****5678，不是办公电话。"],
         zone=VALID_ZONE + PRESS.replace("0431-88765100", "13912345678")),
    Case("a press contact passes", ["检查通过：没有发现问题。"], zone=VALID_ZONE + PRESS, exit_code=0),
    Case("a topic twice", [f"{ZONE_FILE}:5: 错误[V26]: topics: 选题“1-3”重复。"], zone=VALID_ZONE.replace('topics: ["1-3", "2-4"]', 'topics: ["1-3", "1-3"]')),
    # The zone's identity
    Case("a national zone", ["zones/220103-kuancheng/zone.yml:1: 错误[Z04]: code: 宽城区（220103）已被民政部列为全国实验区，不能再作为省级实验区。"], folder="220103-kuancheng",
         zone=VALID_ZONE.replace('"220102"', '"220103"').replace("name: 南关区", "name: 宽城区")),
    Case("a zone.yml copied with its code unchanged", [
        "zones/220103-kuancheng/zone.yml:1: 错误[Z03]: code: 代码 220102 重复：文件夹 220102-nanguan 也用了这个代码。"
        "文件夹 220103-kuancheng 是长春市宽城区的：请把 code 改为 \"220103\"、name 改为 宽城区"],
        extra_zones={"220103-kuancheng": VALID_ZONE}),
    Case("another prefecture's area code", [f"{ZONE_FILE}:15: 错误[Z06]: contact.phone: 办公电话的区号 0432 不是长春市的区号（0431）。"],
         zone=VALID_ZONE.replace("phone: 0431-88765102", "phone: 0432-62345678")),
    Case("another unit as contact", [f"{ZONE_FILE}:14: 错误[Z07]: contact.unit: 联系单位“长春市二道区民政局”不是长春市南关区的单位。"
                                     "请填写本单位，如“长春市南关区民政局”"],
         zone=VALID_ZONE.replace("unit: 长春市南关区民政局", "unit: 长春市二道区民政局")),
    Case("mobile as office phone", [f"{ZONE_FILE}:15: 错误[Z05]: contact.phone: 联系电话是手机号 139****0000，不是办公电话。"], zone=VALID_ZONE.replace("phone: 0431-88765102", "phone: 13904310000")),
    # Milestones, materials and deadlines
    Case("confirmed without start", [f"{ZONE_FILE}:10: 错误[N02]: milestones.start: 已确认的实验区缺少开始日期 start。"], zone=VALID_ZONE.replace("  start: 2020-01-01\n", "")),
    Case("title granted before acceptance", [f"{ZONE_FILE}:13: 错误[N03]: milestones.title_granted: 填写了授牌日期，但没有验收日期。"],
         zone=VALID_ZONE.replace("  start: 2020-01-01\n", "  start: 2020-01-01\n  title_granted: 2020-03-01\n")),
    Case("late application", [f"{ZONE_FILE}:9: 警告[N05]: milestones.applied: 申请日期 2019-10-08 晚于 2019 年 9 月 30 日。"], zone=VALID_ZONE.replace("applied: 2019-09-20", "applied: 2019-10-08"),
         materials=materials_applied_on("2019-10-08"), exit_code=0),
    Case("confirmed without its materials", [f"{ZONE_FILE}:10: 错误[N06]: milestones.approved: 填写了确认日期，但没有 application（申报材料）报告。"
                                             "通知四（二）：申请材料包括地方申请文件、实验方案（不少于 3000 字）和市州审核意见，确认后一并公开；"
                                             "请提交一份申报材料（网页表单：新建报告，报告类型选“申报材料”；"
                                             "直接编辑文件：在 reports 文件夹添加一份 type: application 的报告）"], materials={}),
    Case("a confirmed zone whose plan is still a draft", [
        f"{ZONE_FILE}:10: 错误[N06]: milestones.approved: 填写了确认日期，但没有公开的 plan（实验方案）报告。"
        "通知四（二）：申请材料包括地方申请文件、实验方案（不少于 3000 字）和市州审核意见，确认后一并公开；"
        "已有一份草稿 reports/2020-01-15-plan.md：写完后取消草稿（网页表单：打开这份报告，关闭“草稿”开关后保存；"
        "直接编辑文件：删去信息块中 draft: true 这一行）"],
        materials={name: (text.replace("type: plan\n", "type: plan\ndraft: true\n") if name.endswith("-plan.md") else text)
                   for name, text in MATERIALS.items()}),
    Case("application dated differently", ["zones/220102-nanguan/reports/2019-09-20-application.md:4: 错误[N07]: date: 申报材料的日期 2019-09-20 与 zone.yml 的 milestones.applied（2019-09-19）不一致。"],
         zone=VALID_ZONE.replace("applied: 2019-09-20", "applied: 2019-09-19")),
    Case("an overdue annual plan", [f"{ZONE_FILE}:12: 警告[N08]: annual-plan: 2021 年度实验计划逾期未提交（截止 2021-01-31）。"], today="2021-03-01", exit_code=0),
    # Reports
    Case("front matter never closed", [f"{NEWS_FILE}:1: 错误[R02]: 报告开头的信息块没有结束：缺少第二行 ---。"], reports={"2020-04-22-news.md": "---\ntype: news\n"}),
    Case("empty front matter", [f"{NEWS_FILE}:2: 错误[R03]: 报告的信息块是空的。"], reports={"2020-04-22-news.md": "---\n\n---\n\n正文\n"}),
    Case("a report from the future", ["zones/220102-nanguan/reports/2020-05-01-news.md:4: 错误[R04]: date: 日期 2020-05-01 晚于今天（2020-04-25）。"],
         reports={"2020-05-01-news.md": VALID_NEWS.replace("2020-04-22", "2020-05-01")}),
    Case("a report without body", [f"{NEWS_FILE}:7: 错误[R05]: 正文: 报告没有正文。"], reports={"2020-04-22-news.md": VALID_NEWS.split("---\n\n")[0] + "---\n"}),
    Case("a mobile number in a report", [f"{NEWS_FILE}:13: 错误[R09]: 正文: 含有手机号 139****0000。"], reports={"2020-04-22-news.md": VALID_NEWS + "\n联系人：13904310000\n"}),
    Case("a report that allows personal data", [f"{NEWS_FILE}:6: 警告[R10]: allow_personal_data: 报告写了 allow_personal_data: true，将公开手机号 139****0000，需要省民政厅同意。"],
         reports={"2020-04-22-news.md": VALID_NEWS.replace("summary:", "allow_personal_data: true\nsummary:") + "\n联系人：139&#48;4310000\n"}, exit_code=0),
    Case("a plan heading without a space", [
        "zones/220102-nanguan/reports/2020-01-15-plan.md:7: 错误[R11]: 正文: “##一、实验背景”不是标题：## 后面要有一个空格。请在 ## 后加一个空格"],
        reports={"2020-01-15-plan.md": plan(FULL_SECTIONS.replace("## 一、实验背景", "##一、实验背景"))}),
    Case("a plan heading without a space and a part missing", [
        "zones/220102-nanguan/reports/2020-01-15-plan.md:7: 错误[R11]: 正文: “##一、实验背景 ”不是标题：".replace(" ”", "”"),
        "zones/220102-nanguan/reports/2020-01-15-plan.md:6: 错误[R08]: 正文: 实验方案缺少以下部分的标题：实验保障。"],
        reports={"2020-01-15-plan.md": plan(FULL_SECTIONS.replace("## 一、实验背景", "##一、实验背景 ")
                                            .replace("四、实验保障", "四、其他"))}),
    Case("a plan with several titles", [
        "zones/220102-nanguan/reports/2020-01-15-plan.md:11: 错误[R12]: 正文: 正文有 4 个一级标题（以一个 # 开头），网页上会出现 4 个大标题。"],
        reports={"2020-01-15-plan.md": plan(FULL_SECTIONS.replace("## ", "# "))}),
    Case("a news subheading without a space", [f"{NEWS_FILE}:13: 错误[R11]: 正文: “###（一）会议部署”不是标题：### 后面要有一个空格。"],
         reports={"2020-04-22-news.md": VALID_NEWS + "\n###（一）会议部署\n\n部署了年度任务。\n"}),
    Case("a draft's subheading without a space", [f"{NEWS_FILE}:14: 警告[R11]: 正文: “##二、下一步”不是标题：## 后面要有一个空格。"],
         reports={"2020-04-22-news.md": VALID_NEWS.replace("summary:", "draft: true\nsummary:") + "\n##二、下一步\n"}, exit_code=0),
    Case("an experience article with two titles", [
        "zones/220102-nanguan/reports/2020-04-20-experience.md:13: 错误[R12]: 正文: 正文有 2 个一级标题（以一个 # 开头），网页上会出现 2 个大标题。"],
         reports={"2020-04-20-experience.md": VALID_NEWS.replace("type: news", "type: experience")
                  .replace("## 会议内容", "# 主要做法").replace("2020-04-22", "2020-04-20") + "\n# 取得成效\n\n居民满意。\n"}),
    Case("a revised plan filed beside the first", [
        "zones/220102-nanguan/reports/2020-03-02-plan.md:2: 错误[R19]: type: 实验方案有两份：reports/2020-01-15-plan.md、reports/2020-03-02-plan.md。"
        "每个实验区只交一份实验方案：请删去多余的一份（网页表单：打开这份报告，点“删除内容”"],
         reports={"2020-03-02-plan.md": plan(FULL_SECTIONS.replace("一、实验背景", "一、实验背景（修订）")).replace("2020-01-15", "2020-03-02")}),
    Case("two final reports", [
        "zones/220102-nanguan/reports/2021-12-28-final-report.md:2: 错误[R19]: type: 终期报告有两份：reports/2021-12-20-final-report.md、reports/2021-12-28-final-report.md。"],
         reports={f"2021-12-{day}-final-report.md": f"---\ntype: final-report\ntitle: 南关区终期报告{day}\ndate: 2021-12-{day}\n---\n\n## 实验基本情况\n\n第{day}稿。\n"
                  for day in ("20", "28")}, today="2022-01-05"),
    Case("a second front matter in the body", [f"{NEWS_FILE}:9: 错误[R13]: 正文: 正文里还有一个信息块（两行 --- 之间的“字段: 值”），会原样显示在网页上。"],
         reports={"2020-04-22-news.md": VALID_NEWS.replace("---\n\n## 会议内容", "---\n\n---\ntype: news\ntitle: 推进会\n---\n\n## 会议内容")}),
    Case("the same news filed twice", ["zones/220102-nanguan/reports/2020-04-22-news.md:8: 错误[R14]: 正文: 正文与 reports/2020-04-22-news-2.md 完全相同。"],
         reports={"2020-04-22-news.md": VALID_NEWS, "2020-04-22-news-2.md": VALID_NEWS}),
    Case("an annual summary with the template's year", [
        "zones/220102-nanguan/reports/2025-12-25-annual-summary.md:5: 错误[R15]: year: 年度工作总结的所属年度 year: 2020 与日期 2025-12-25 不符。"
        "年度工作总结的日期应在所属年度的 12 月或下一年第一季度；日期 2025-12-25 对应 year: 2025。请改正所属年度"],
        reports={"2025-12-25-annual-summary.md": "---\ntype: annual-summary\ntitle: 南关区年度工作总结\ndate: 2025-12-25\nyear: 2020\n---\n\n## 年度工作概况\n\n概况。\n"},
        today="2026-01-05"),
    Case("two annual plans for one year", [
        "zones/220102-nanguan/reports/2020-02-10-annual-plan.md:5: 错误[R16]: year: 2020 年的年度实验计划有两份：reports/2020-01-31-annual-plan.md、reports/2020-02-10-annual-plan.md。"],
        reports={"2020-02-10-annual-plan.md": "---\ntype: annual-plan\ntitle: 南关区2020年度实验计划（修订）\ndate: 2020-02-10\nyear: 2020\n---\n\n## 年度目标\n\n目标。\n"}),
    Case("progress after the experiment ended", [
        "zones/220102-nanguan/reports/2020-04-20-progress.md:4: 错误[R17]: date: 工作进展的日期 2020-04-20 晚于实验结束日期 2020-03-31。"],
        zone=VALID_ZONE.replace("  start: 2020-01-01\n", "  start: 2020-01-01\n  end: 2020-03-31\n"),
        reports={"2020-04-20-progress.md": "---\ntype: progress\ntitle: 南关区工作进展\ndate: 2020-04-20\n---\n\n## 工作进展\n\n进展。\n"}),
    Case("a resident's door address and her age and illness", [
        f"{NEWS_FILE}:13: 错误[R18]: 正文: 含有居民住址的门牌号（3栋2单元5**室）。请删去居民的门牌号",
        f"{NEWS_FILE}:13: 错误[R18]: 正文: 含有居民的姓名（王**）和年龄、疾病。"],
        reports={"2020-04-22-news.md": VALID_NEWS + "\n独居老人**王秀英**今年８２岁，患有脑梗，住在幸福小区3栋2单元501室。\n"}),
    Case("a named resident before her age and illness", [
        f"{NEWS_FILE}:13: 错误[R18]: 正文: 含有居民的姓名（张**）和年龄、疾病。",
        f"{NEWS_FILE}:15: 错误[R18]: 正文: 含有居民的姓名（王**）和年龄、疾病。",
        f"{NEWS_FILE}:17: 错误[R18]: 正文: 含有居民的姓名（李**）和年龄。"],
        reports={"2020-04-22-news.md": VALID_NEWS + "\n志愿者为患有阿尔茨海默病的张秀英（81岁）送去药品。\n\n"
                 "王桂兰老人今年88岁，身患残疾，独自居住。\n\n困难群众李秀珍，女，76岁，独自生活。\n"}),
    Case("door addresses written other ways", [
        f"{NEWS_FILE}:13: 错误[R18]: 正文: 含有居民住址的门牌号（5号楼3门6**）。",
        f"{NEWS_FILE}:15: 错误[R18]: 正文: 含有居民住址的门牌号（12-3-5**）。"],
        reports={"2020-04-22-news.md": VALID_NEWS + "\n走访了幸福里小区5号楼3门602的独居老人。\n\n困难家庭家住12-3-501，社区帮助申请了救助。\n"}),
    # Images and attachments
    Case("a program in media", ["zones/220102-nanguan/media/setup.exe: 错误[M01]: 不允许的文件类型“.exe”。"], media={"setup.exe": b"MZ"}),
    Case("a media file without extension", ["zones/220102-nanguan/media/README: 错误[M02]: 文件没有扩展名。"], media={"README": b"x"}),
    Case("an image over 5 MB", ["zones/220102-nanguan/media/photo.jpg: 错误[M03]: 图片有 5.0 MB，超过 5 MB。"], media={"photo.jpg": b"\xff" * (5 * 1048576 + 1)}),
    Case("an attachment over 20 MB", ["zones/220102-nanguan/media/scan.pdf: 错误[M04]: 附件有 20.0 MB，超过 20 MB。"], media={"scan.pdf": b"%" * (20 * 1048576 + 1)}),
    Case("a file named .jpg that is no image", ["zones/220102-nanguan/media/photo.jpg: 错误[M09]: 图片无法打开，或内容与扩展名“.jpg”不符。"],
         media={"photo.jpg": b"%PDF-1.4 not a picture"}),
    Case("an image with too many pixels", ["zones/220102-nanguan/media/long.png: 错误[M10]: 图片有 10000×5000 像素，超过 4000 万像素的上限。"],
         media={"long.png": PNG_HEADER_10000_BY_5000}),
    Case("a web page saved as .pdf", ["zones/220102-nanguan/media/方案.pdf: 错误[M12]: 文件的内容是网页（HTML），与扩展名“.pdf”不符。"
                                      "请用原来的软件（Word、WPS、浏览器等）“导出为 PDF”或“打印为 PDF”，再上传真正的 PDF 文件"],
         media={"方案.pdf": HTML_PAGE}),
    Case("a web table exported as .xls", ["zones/220102-nanguan/media/台账.xls: 错误[M12]: 文件的内容是网页（HTML），与扩展名“.xls”不符。"
                                          "请用 Excel 或 WPS 表格 打开这个文件，“另存为”.xls 格式"],
         media={"台账.xls": b"\xef\xbb\xbf\r\n<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><table></table></html>"}),
    Case("a web page saved as .docx", ["zones/220102-nanguan/media/纪要.docx: 错误[M12]: 文件的内容是网页（HTML），与扩展名“.docx”不符。"],
         media={"纪要.docx": HTML_PAGE}),
    Case("a workbook renamed .docx", ["zones/220102-nanguan/media/纪要.docx: 错误[M12]: 文件的内容是Excel 表格（xlsx），与扩展名“.docx”不符。"],
         media={"纪要.docx": office_zip("xl/workbook.xml")}),
    Case("a Word document renamed .doc", ["zones/220102-nanguan/media/纪要.doc: 错误[M12]: 文件的内容是压缩包（zip），与扩展名“.doc”不符。"],
         media={"纪要.doc": office_zip("word/document.xml")}),
    Case("attachments that are what they say", ["检查通过：没有发现问题。"], exit_code=0, media=GENUINE_ATTACHMENTS,
         reports={"2020-04-22-news.md": VALID_NEWS.replace("---\n\n", "attachments:\n" + "".join(
             f"  - media/{name}\n" for name in GENUINE_ATTACHMENTS) + "---\n\n")}),
    Case("a progressive JPEG with too many scans", ["zones/220102-nanguan/media/scans.jpg: 错误[M11]: 图片含有超过 32 个扫描层（渐进式 JPEG 的逐层显示）。"],
         media={"scans.jpg": image_bombs.jpeg_with_empty_scans(16, 16, 40)}),
    Case("an image that is not in media", [f"{NEWS_FILE}:13: 错误[M05]: 正文: 找不到图片或文件“../media/推进会.jpg”。"],
         reports={"2020-04-22-news.md": VALID_NEWS + "\n![推进会现场](../media/推进会.jpg)\n"}),
    Case("an attachment of a forbidden type", [f"{NEWS_FILE}:8: 错误[M06]: attachments[0]: 附件“media/setup.exe”的类型不允许。"], media={"setup.exe": b"MZ"},
         reports={"2020-04-22-news.md": VALID_NEWS.replace("---\n\n", "attachments:\n  - media/setup.exe\n---\n\n")}),
    Case("a file no published report uses", ["zones/220102-nanguan/media/签到表.pdf: 警告[M21]: 没有一篇公开的报告用到“签到表.pdf”，它不会发布到网站。"
                                             "请在报告正文里插入或链接它"],
         media={"签到表.pdf": b"%PDF-1.4"}, reports={"2020-04-22-news.md": VALID_NEWS}, exit_code=0),
    # Bodies
    Case("a zero-width space in the body", [f"{NEWS_FILE}:13: 错误[H01]: 正文: 这一行第 3 个字符处有看不见的零宽字符 U+200B。"], reports={"2020-04-22-news.md": VALID_NEWS + "\n会议\u200b纪要\n"}),
    Case("a body too long", [f"{NEWS_FILE}:8: 错误[H02]: 正文: 正文有 300042 个字符，超过 300000 个的上限。"], reports={"2020-04-22-news.md": VALID_NEWS + "字" * 300_001 + "\n"}),
    Case("a body nested too deep", [f"{NEWS_FILE}:13: 错误[H03]: 正文: 正文嵌套层数过多（列表或引用超过 16 层）。"], reports={"2020-04-22-news.md": VALID_NEWS + "\n" + "> " * 20 + "引用\n"}),
    Case("unmatched brackets", [f"{NEWS_FILE}:13: 错误[H04]: 正文: 这一段有超过 100 个没有配对的“[”。"], reports={"2020-04-22-news.md": VALID_NEWS + "\n" + "[" * 101 + "\n"}),
    Case("a body too slow to render", [f"{NEWS_FILE}:8: 错误[H05]: 正文: 正文结构过于复杂，无法在限定时间内排版。"], reports={"2020-04-22-news.md": VALID_NEWS},
         patch={"generator.render.body.engine.SECONDS": 1e-9}),
    Case("HTML nested too deep", [f"{NEWS_FILE}:8: 错误[H06]: 正文: 正文的 HTML 嵌套超过 64 层。"],
         reports={"2020-04-22-news.md": VALID_NEWS + "\n" + "<sup>" * 70 + "x" + "</sup>" * 70 + "\n"}),
    Case("a script", [f"{NEWS_FILE}:13: 错误[H07]: 正文: 含有可执行脚本或嵌入内容的 HTML 标签 <script>。"], reports={"2020-04-22-news.md": VALID_NEWS + "\n<script>alert(1)</script>\n"}),
    Case("a font tag", [f"{NEWS_FILE}:13: 错误[H08]: 正文: 不允许的 HTML 标签 <font>。"], reports={"2020-04-22-news.md": VALID_NEWS + "\n<font color=red>通知</font>\n"}),
    Case("an event attribute", [f"{NEWS_FILE}:13: 错误[H09]: 正文: HTML 标签 <a> 带有事件属性 onclick，会执行脚本。"],
         reports={"2020-04-22-news.md": VALID_NEWS + '\n<a href="https://mzt.jl.gov.cn/" onclick="x()">民政厅</a>\n'}),
    Case("a style attribute", [f"{NEWS_FILE}:13: 错误[H10]: 正文: HTML 标签 <p> 的属性 style 会被删去。"], reports={"2020-04-22-news.md": VALID_NEWS + '\n<p style="color:red">通知</p>\n'}),
    Case("a backslash path", [f"{NEWS_FILE}:13: 错误[H11]: 正文: 路径“..\\media\\photo.jpg”用了反斜杠“\\”。"], media={"photo.jpg": b"\xff\xd8\xff"},
         reports={"2020-04-22-news.md": VALID_NEWS + "\n![推进会现场](..\\media\\photo.jpg)\n"}),
    Case("an image on another site", [f"{NEWS_FILE}:13: 错误[H12]: 正文: 图片“https://www.example.com/a.jpg”不在本实验区的 media 文件夹。"
                                      "网站只显示本实验区上传的图片：请先把图片保存到电脑，再上传（网页表单：点“添加组件 → Image”上传并写说明；"],
         reports={"2020-04-22-news.md": VALID_NEWS + "\n![推进会现场](https://www.example.com/a.jpg)\n"}),
    Case("a picture pasted from a WeChat article", [
        f"{NEWS_FILE}:13: 错误[H18]: 正文: 这张图片在微信的服务器上（mmbiz.qpic.cn），网站不显示其他网站的图片。"
        "请先在微信里把图片保存到电脑，再上传：网页表单中点“添加组件 → Image”上传并写说明"],
        reports={"2020-04-22-news.md": VALID_NEWS + '\n<img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/a/640?wx_fmt=jpeg" '
                 'class="rich_pages wxw-img" data-ratio="0.75" data-type="jpeg" style="width: 100%;">\n'}),
    Case("a Markdown image from WeChat", [f"{NEWS_FILE}:13: 错误[H18]: 正文: 这张图片在微信的服务器上（mmbiz.qpic.cn）"],
         reports={"2020-04-22-news.md": VALID_NEWS + "\n![推进会现场](https://mmbiz.qpic.cn/mmbiz_jpg/a/640)\n"}),
    Case("a scanned PDF inserted as an image", [
        f"{NEWS_FILE}:13: 错误[M13]: 正文: “../media/scan.pdf”不是图片，不能用 ![…](…) 插入，网页上会显示成一张打不开的图片。"
        "PDF、Word 等文件请作为附件：网页表单中在“附件”一项添加这个文件；直接编辑文件：去掉 ! 写成链接 [文件说明](../media/scan.pdf)"],
        media={"scan.pdf": b"%PDF-1.4"}, reports={"2020-04-22-news.md": VALID_NEWS + "\n![会议纪要](../media/scan.pdf)\n"}),
    Case("a photo credit without a name", [
        f"{NEWS_FILE}:13: 错误[M14]: 正文: 图片标题“摄影：；2020-04-20”中的“摄影：”后面没有内容。写成“摄影：”加内容"],
        media={"photo.jpg": b"\xff\xd8\xff"},
        reports={"2020-04-22-news.md": VALID_NEWS + '\n![签到](../media/photo.jpg "摄影：；2020-04-20")\n'}),
    Case("a photo date in Chinese", [
        f"{NEWS_FILE}:13: 错误[M15]: 正文: 图片标题“摄影：张三；2020年4月20日”中的日期“2020年4月20日”写法不对。"
        "日期请写成 YYYY-MM-DD，如 2020-04-20"], media={"photo.jpg": b"\xff\xd8\xff"},
        reports={"2020-04-22-news.md": VALID_NEWS + '\n![签到](../media/photo.jpg "摄影：张三；2020年4月20日")\n'}),
    Case("two credits for one photo", [
        f"{NEWS_FILE}:13: 错误[M16]: 正文: 图片标题“摄影：张三；来源：南关区民政局”写了两个摄影或来源。"],
        media={"photo.jpg": b"\xff\xd8\xff"},
        reports={"2020-04-22-news.md": VALID_NEWS + '\n![签到](../media/photo.jpg "摄影：张三；来源：南关区民政局")\n'}),
    Case("a table pasted from Excel", [f"{NEWS_FILE}:13: 错误[H17]: 正文: 第 13 到 15 行是用 Tab 隔开的表格（从 Excel 粘贴），网页上会连成一段文字。"],
         reports={"2020-04-22-news.md": VALID_NEWS + "\n项目\t数量\n议事会\t12\n协商事项\t35\n"}),
    Case("a javascript link", [f"{NEWS_FILE}:13: 错误[H13]: 正文: 链接“javascript:alert(1)”不能发布（只允许 http、https、mailto 链接、本页标题和 media 文件夹中的文件）。"], reports={"2020-04-22-news.md": VALID_NEWS + "\n[点这里](javascript:alert(1))\n"}),
    Case("an image without alt text", [f"{NEWS_FILE}:13: 错误[H14]: 正文: 图片缺少说明文字。"], media={"photo.jpg": b"\xff\xd8\xff"},
         reports={"2020-04-22-news.md": VALID_NEWS + "\n![](../media/photo.jpg)\n"}),
    Case("a link whose user name disguises its host", [f"{NEWS_FILE}:13: 错误[H16]: 正文: 链接“https://www.mca.gov.cn@evil.example/”实际打开的是 evil.example：网址里“@”前面的部分只是用户名，不是网站。"], reports={"2020-04-22-news.md": VALID_NEWS + "\n[民政部](https://www.mca.gov.cn@evil.example/)\n"}),
    Case("an HTML comment", [f"{NEWS_FILE}:13: 错误[H15]: 正文: HTML 注释会被删去。"], reports={"2020-04-22-news.md": VALID_NEWS + "\n<!-- 内部意见 -->\n"}),
    # Outcome indicators
    Case("a YAML mistake in indicators.yml", [f"{INDICATORS_FILE}:7: 错误[Y03]: value: 字段名“value”后面用了全角冒号“：”。"],
         indicators=FIGURES.replace("value: 86.5", "value：86.5")),
    Case("a figure written with its unit", [f"{INDICATORS_FILE}:7: 错误[V17]: indicators[0].values[0].value: 应当是数字，现在是“86.5%”。"],
         indicators=FIGURES.replace("value: 86.5", "value: 86.5%")),
    Case("an unknown indicator", [f"{INDICATORS_FILE}:2: 错误[I01]: indicators[0].id: 未知的指标编号“satisfactoin”。是不是想写 satisfaction（居民满意度）？"],
         indicators=FIGURES.replace("id: satisfaction", "id: satisfactoin")),
    Case("an indicator written by its name", [f"{INDICATORS_FILE}:2: 错误[I01]: indicators[0].id: 未知的指标编号“居民满意度”。是不是想写 satisfaction（居民满意度）？"],
         indicators=FIGURES.replace("id: satisfaction", "id: 居民满意度")),
    Case("another unit than the province's", [f"{INDICATORS_FILE}:3: 错误[I02]: indicators[0].unit: 单位“分”与参考指标“居民满意度”的单位“%”不同。"],
         indicators=FIGURES.replace("id: satisfaction\n", "id: satisfaction\n    unit: 分\n")),
    Case("a percentage over 100", [f"{INDICATORS_FILE}:3: 错误[I03]: indicators[0].baseline.value: 居民满意度是百分比，800 不在 0 到 100 之间。"],
         indicators=FIGURES.replace("value: 80}", "value: 800}")),
    Case("a negative count", [f"{INDICATORS_FILE}:12: 错误[I04]: indicators[1].values[0].value: 社区社会组织数是个数，不能是负数 -3。"],
         indicators=FIGURES + COUNT_FIGURES.replace("value: 12", "value: -3")),
    Case("a negative sum of money", [f"{INDICATORS_FILE}:12: 错误[I04]: indicators[1].values[0].value: 政府购买社区服务资金是金额，不能是负数 -5。"],
         indicators=FIGURES + COUNT_FIGURES.replace("community-social-organizations", "purchased-services-funds")
         .replace("value: 12", "value: -5")),
    Case("a count with a fraction", [f"{INDICATORS_FILE}:12: 错误[I16]: indicators[1].values[0].value: 社区社会组织数是个数，12.5 不是整数。"
                                     "个数、人数只写整数"],
         indicators=FIGURES + COUNT_FIGURES.replace("value: 12", "value: 12.5")),
    Case("a baseline long before the start", [f"{INDICATORS_FILE}:3: 错误[I05]: indicators[0].baseline.year: 基期值的年度 2016 不在 2018 到 2020 年之间。基期值写实验开始当年或之前两年"],
         indicators=FIGURES.replace("year: 2019", "year: 2016")),
    Case("a value after the period", [f"{INDICATORS_FILE}:6: 错误[I05]: indicators[0].values[0].year: 实际值的年度 2023 不在 2020 到 2021 年之间。"],
         indicators=FIGURES.replace("- year: 2020", "- year: 2023"), today="2024-03-01"),
    Case("a value of a year still to come", [f"{INDICATORS_FILE}:6: 错误[I06]: indicators[0].values[0].year: 2021 年的实际值晚于检查日期（2020-04-25）。"],
         indicators=FIGURES.replace("- year: 2020", "- year: 2021")),
    Case("two values for one year", [f"{INDICATORS_FILE}:13: 错误[I07]: indicators[1].values[1].year: 2020 年的实际值写了两次（第 12 行已有）。"],
         indicators=FIGURES + COUNT_FIGURES + "      - {year: 2020, value: 13, source: 南关区民政局统计}\n"),
    Case("a value without a source", [f"{INDICATORS_FILE}:6: 错误[I08]: indicators[0].values[0]: 2020 年的数值没有写来源。"],
         indicators=FIGURES.replace("        source: 南关区2020年居民满意度第三方测评\n", "")),
    Case("a source report that is not there", [f"{INDICATORS_FILE}:8: 错误[I09]: indicators[0].values[0].source: 来源“2020-12-25-annual-summary.md”是报告文件名，但本实验区没有这份公开的报告。"],
         indicators=FIGURES.replace("source: 南关区2020年居民满意度第三方测评", "source: 2020-12-25-annual-summary.md")),
    Case("satisfaction without its survey", [f"{INDICATORS_FILE}:6: 错误[I10]: indicators[0].values[0]: 居民满意度来自调查，2020 年的数值缺少调查说明（survey）。"],
         indicators=FIGURES.replace(SURVEY_LINE, "")),
    Case("a target below the baseline of a higher-is-better indicator", [f"{INDICATORS_FILE}:4: 警告[I11]: indicators[0].target: 居民满意度越高越好，但目标值 70 比基期值 80 低。"],
         indicators=FIGURES.replace("value: 90}", "value: 70}"), exit_code=0),
    Case("no satisfaction after the first annual summary", [f"{ZONE_FILE}:12: 警告[I12]: indicators: 还没有报告必报指标“居民满意度”（satisfaction）的实际值。"],
         today="2021-01-05", exit_code=0),
    Case("no satisfaction when the final report is due", [f"{INDICATORS_FILE}: 错误[I12]: indicators: 还没有报告必报指标“居民满意度”（satisfaction）的实际值。"],
         indicators="indicators:\n  - id: satisfaction\n    baseline: {year: 2019, value: 80}\n", today="2022-03-01"),
    Case("one indicator written twice", [f"{INDICATORS_FILE}:10: 错误[I13]: indicators[1].id: 指标“satisfaction”写了两次（第 2 行已有）。"],
         indicators=FIGURES + "  - id: satisfaction\n"),
    Case("an own indicator without its definition", [f"{INDICATORS_FILE}:10: 错误[I14]: indicators[1].id: 自设指标“own-canteens”缺少 unit（单位）、direction（方向）、definition（口径）。"],
         indicators=FIGURES + "  - id: own-canteens\n    name: 社区老年食堂数\n"),
    Case("a reference indicator of an unknown area", [f"content/reference/indicators.yml:{REFERENCE_AREA_LINE}: 错误[I15]: indicators[1].area: 参考指标“community-social-organizations”有误：方面编号“9”不在 topics.yml 中。"],
         setup=_edit_reference_area),
    # Before publishing
    Case("a placeholder left in a confirmed zone", [f"{ZONE_FILE}:3: 错误[P01]: title: 这一行还有“待填写”的内容。"],
         zone=VALID_ZONE.replace("title: 以“三社联动”推动老旧小区议事协商", "title: 待填写（实验主题）")),
    Case("the template phone", [f"{ZONE_FILE}:15: 错误[P02]: contact.phone: 办公电话 0431-00000000 是模板里的示例号码。"], zone=VALID_ZONE.replace("phone: 0431-88765102", "phone: 0431-00000000")),
    Case("a draft", [f"{NEWS_FILE}:6: 警告[P03]: draft: 这是草稿，不会在网站上公开。"], reports={"2020-04-22-news.md": VALID_NEWS.replace("summary:", "draft: true\nsummary:")},
         exit_code=0),
    # Site settings
    Case("a reference file missing", ["content/reference/topics.yml: 错误[S01]: 找不到这个文件。"],
         setup=lambda root: (root / "content" / "reference" / "topics.yml").unlink()),
    Case("boundary file missing", ["content/site.yml: 错误[S02]: map.boundary_file: 找不到边界文件“reference/boundaries/jilin-prefectures.geojson”。"],
         setup=lambda root: (root / "content" / "reference" / "boundaries" / "jilin-prefectures.geojson").unlink()),
    Case("boundary file broken", ["content/reference/boundaries/jilin-prefectures.geojson: 错误[S03]: 边界文件不是有效的 GeoJSON。"],
         setup=lambda root: (root / "content" / "reference" / "boundaries" / "jilin-prefectures.geojson").write_text("{")),
    Case("boundary file with other codes", ["content/reference/boundaries/jilin-prefectures.geojson: 错误[S04]: properties.code: 边界文件缺少这些市（州）：220100、220200、220300、220400、220500、220600、220",
                                            "content/reference/boundaries/jilin-prefectures.geojson: 错误[S05]: properties.code: 边界文件有未知的代码：229900。"],
         setup=lambda root: (root / "content" / "reference" / "boundaries" / "jilin-prefectures.geojson").write_text(
             '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"code": "229900"},'
             ' "geometry": {"type": "Polygon", "coordinates": [[[125, 43], [126, 43], [126, 44], [125, 43]]]}}]}')),
    Case("a team as reviewer", ["content/site.yml:40: 错误[S07]: reviewers.province[0]: “@jilin-mca/province”不是 GitHub 账号。"],
         setup=lambda root: _edit(root / "content" / "site.yml", '["@jl-mzt-review"]', '["@jilin-mca/province"]')),
    Case("reviewers of a county", ["content/site.yml: 错误[S08]: reviewers.prefectures.220102: 审核人名单里的“220102”不是市（州）代码。"],
         setup=lambda root: _edit(root / "content" / "site.yml", '"220100": [', '"220102": [')),
    Case("a script as the correction link", ["content/site.yml:17: 错误[S09]: identity.correction: “javascript:alert(1)”不是网址或邮件地址。"],
         setup=lambda root: _edit(root / "content" / "site.yml", '"mailto:shequ@example.gov.cn"', '"javascript:alert(1)"')),
    Case("a correction link whose user name disguises its host", ["content/site.yml:17: 错误[H16]: identity.correction: 链接“https://www.mca.gov.cn@evil.example/”实际打开的是 evil.example：网址里“@”前面的部分只是用户名，不是网站。"],
         setup=lambda root: _edit(root / "content" / "site.yml", '"mailto:shequ@example.gov.cn"', '"https://www.mca.gov.cn@evil.example/"')),
    Case("a Gitea form without its client id", ["content/site.yml:58: 错误[S10]: cms: 网页表单设置有误：backend 为 gitea 时要填 app_id（OAuth 应用的客户端 ID）。"],
         setup=lambda root: _edit(root / "content" / "site.yml", 'backend: github      #', 'backend: gitea       #')
         or _edit(root / "content" / "site.yml", 'repo: ""  ', 'repo: jl/zones ')
         or _edit(root / "content" / "site.yml", 'base_url: ""  ', 'base_url: https://git.example.gov.cn ')),
    Case("a government-site mark that is not a PNG", ["content/site.yml: 错误[S12]: identity.gov_mark_image: 党政机关网站标识图片“reference/gov-mark-sample.png”找不到，或不是 200 KB 以内的 PNG、JPEG 图片。"],
         setup=lambda root: (root / "content" / "reference" / "gov-mark-sample.png").write_bytes(b"<svg onload=alert(1)>")),
    Case("page order in words", ["content/pages/about.md:3: 错误[S06]: order: order 应当是整数。"],
         setup=lambda root: _edit(root / "content" / "pages" / "about.md", "order: 90", "order: 九十")),
    Case("page nav in words", ["content/pages/about.md:4: 错误[S11]: nav: nav 应当是 true 或 false。"],
         setup=lambda root: _edit(root / "content" / "pages" / "about.md", "order: 90", "order: 90\nnav: 不显示")),
    Case("preface sample in words", ["content/experience-preface.md:2: 错误[S20]: sample: sample 应当是 true 或 false。"],
         setup=lambda root: _edit(root / "content" / "experience-preface.md", "sample: true", "sample: 是")),
]

SELECTIONS_FILE = "zones/selections.yml"
EXPERIENCE_NAME = "2020-04-20-experience.md"
EXPERIENCE = VALID_NEWS.replace("type: news", "type: experience").replace("date: 2020-04-22", "date: 2020-04-20")


def typical_case(report: str = EXPERIENCE_NAME, reason: str = "议事协商做法可复制", zone: str = "220102-nanguan") -> str:
    return f"typical_cases:\n  - zone: {zone}\n    report: {report}\n    year: 2020\n    reason: {reason}\n"


CASES += [
    Case("a typical case that does not exist", [
        f"{SELECTIONS_FILE}:3: 错误[S13]: typical_cases[0].report: 找不到220102-nanguan 的报告“2020-04-02-experience.md”。"
        f"是不是想写 {EXPERIENCE_NAME}？"], reports={EXPERIENCE_NAME: EXPERIENCE},
         selections=typical_case("2020-04-02-experience.md")),
    Case("a typical case in a zone folder that does not exist", [
        f"{SELECTIONS_FILE}:2: 错误[S13]: typical_cases[0].zone: 找不到实验区文件夹“220102-nangaun”。是不是想写 220102-nanguan？"],
         reports={EXPERIENCE_NAME: EXPERIENCE}, selections=typical_case(zone="220102-nangaun")),
    Case("a typical case that is a draft", [
        f"{SELECTIONS_FILE}:3: 错误[S14]: typical_cases[0].report: 典型案例“220102-nanguan/{EXPERIENCE_NAME}”是草稿，网站上不公开。"],
         reports={EXPERIENCE_NAME: EXPERIENCE.replace("type: experience", "type: experience\ndraft: true")},
         selections=typical_case()),
    Case("a typical case of a zone not yet confirmed", [
        f"{SELECTIONS_FILE}:2: 错误[S14]: typical_cases[0].zone: 典型案例“220102-nanguan/{EXPERIENCE_NAME}”所属的实验区还没有确认，网站上不公开。"],
         zone=VALID_ZONE.replace("  approved: 2019-12-10\n  approval_doc: 吉民函〔2019〕88号\n  start: 2020-01-01\n", ""),
         reports={EXPERIENCE_NAME: EXPERIENCE}, selections=typical_case()),
    Case("a typical case that is news", [
        f"{SELECTIONS_FILE}:3: 错误[S15]: typical_cases[0].report: 典型案例“220102-nanguan/2020-04-22-news.md”是工作动态，不是经验做法。"],
         reports={"2020-04-22-news.md": VALID_NEWS}, selections=typical_case("2020-04-22-news.md")),
    Case("a typical case named twice", [
        f"{SELECTIONS_FILE}:7: 错误[S16]: typical_cases[1].report: 典型案例“220102-nanguan/{EXPERIENCE_NAME}”写了两次（第 2 行已有）。"],
         reports={EXPERIENCE_NAME: EXPERIENCE},
         selections=typical_case() + typical_case().removeprefix("typical_cases:\n")),
    Case("a typical case without a reason", [
        f"{SELECTIONS_FILE}:5: 错误[S17]: typical_cases[0].reason: 典型案例“220102-nanguan/{EXPERIENCE_NAME}”的理由是空的。"],
         reports={EXPERIENCE_NAME: EXPERIENCE}, selections=typical_case(reason='""')),
    Case("a typical case with a whole article as its reason", [
        f"{SELECTIONS_FILE}:5: 错误[S17]: typical_cases[0].reason: 典型案例“220102-nanguan/{EXPERIENCE_NAME}”的理由有 160 字，超过 150 字的上限。"],
         reports={EXPERIENCE_NAME: EXPERIENCE}, selections=typical_case(reason="议事协商" * 40)),
    Case("recommendation reasons for a zone not recommended", [
        f"{SELECTIONS_FILE}:2: 错误[S18]: national_recommendations.220102-nanguan: 220102-nanguan 写了推荐国家级的理由，"
        "但它的 zone.yml 没有推荐日期（milestones.national_recommended）。"],
         selections="national_recommendations:\n  220102-nanguan:\n    - 议事协商做法可复制\n"),
    # (a recommendation before acceptance and title is also N03's error: the warning shows beside it)
    Case("a recommended zone without reasons", [
        f"{ZONE_FILE}:13: 警告[S19]: milestones.national_recommended: 已推荐申报国家级实验区（2020-04-24），"
        f"但 {SELECTIONS_FILE} 还没有推荐理由。"],
         zone=VALID_ZONE.replace("  start: 2020-01-01\n", "  start: 2020-01-01\n  national_recommended: 2020-04-24\n")),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_each_mistake_gets_its_own_message(workspace: Path, case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    write_zone(workspace, case.folder, case.zone, case.reports, case.media, materials=case.materials,
               indicators=case.indicators)
    for folder, zone in case.extra_zones.items():
        write_zone(workspace, folder, zone)
    if case.selections is not None:
        (workspace / "zones" / "selections.yml").write_text(case.selections, encoding="utf-8")
    content = CONTENT
    if case.setup is not None:
        content = workspace / "content"
        shutil.copytree(CONTENT, content)
        case.setup(workspace)
    for target, value in case.patch.items():
        monkeypatch.setattr(target, value)
    run = validate(workspace, today=case.today, content=content)
    lines = run.output.splitlines()
    for expected in case.expected:
        assert any(line.startswith(expected) for line in lines), f"missing {expected!r} in:\n{run.output}"
    assert run.code == case.exit_code
    assert "Traceback" not in run.output


def test_all_errors_are_reported_at_once(workspace: Path) -> None:
    broken = (VALID_ZONE.replace("batch: 2019", "batch：2019").replace('"2-4"', '"9-9"')
              .replace("start: 2020-01-01", "start: 2020.1.1"))
    write_zone(workspace, zone=broken, reports={"2020-04-22-news.md": VALID_NEWS.replace("type: news", "type: foo")})
    write_zone(workspace, "220202-changyi", zone=None)
    run = validate(workspace)
    assert run.code == 1
    assert "共发现 5 个错误，0 个警告。" in run.output
    for fragment in ("全角冒号", "9-9", "2020-01-01", "未知的报告类型“foo”", "没有 zone.yml"):
        assert fragment in run.output


def test_valid_zone_passes(workspace: Path) -> None:
    write_zone(workspace, reports={"2020-04-22-news.md": VALID_NEWS, "2020-01-15-plan.md": plan(FULL_SECTIONS)})
    run = validate(workspace)
    assert run.output == "检查通过：没有发现问题。\n"
    assert run.code == 0


def test_the_sample_zones_are_valid() -> None:
    run = validate(SAMPLE_ZONES.parent, today=TODAY)  # the frozen copy: zones/ is checked by CI's data path
    assert run.code == 0, run.output
    assert ": 错误:" not in run.output and "共发现 0 个错误" in run.output


def test_ordinary_sentences_are_not_personal_data(workspace: Path) -> None:
    """A building, a count of households, an age bound and a surname as neighbours call each other are not
    residents' personal data: the privacy rules must not refuse ordinary news."""
    body = ("\n社区党群服务中心位于3号楼，为80岁以上老人提供助餐。3单元12户居民参加了议事会。"
            "看望了刘奶奶，她今年86岁。为高龄老人王某（82岁）送去慰问品。60至80岁的居民可以报名。\n\n"
            "为周边老人送餐，于是，80岁的老人们也来了。万余名老人中，90岁以上的有120人。5号楼3门共有24户。"
            "议事会在2020-04-22召开，议题1-3-2已办结。\n")
    write_zone(workspace, reports={"2020-04-22-news.md": VALID_NEWS + body})
    run = validate(workspace)
    assert run.output == "检查通过：没有发现问题。\n"


def test_a_weibo_topic_tag_at_the_start_of_a_line_is_no_heading_mistake(workspace: Path) -> None:
    write_zone(workspace, reports={"2020-04-22-news.md": VALID_NEWS + "\n#南关区在行动# 居民议事会开起来了。\n"})
    run = validate(workspace)
    assert run.output == "检查通过：没有发现问题。\n"


def test_a_copied_zone_blames_only_the_copy(workspace: Path) -> None:
    write_zone(workspace)
    write_zone(workspace, "220103-kuancheng", VALID_ZONE)
    run = validate(workspace)
    assert "220102-nanguan/zone.yml" not in run.output  # the original is innocent
    assert "请把文件夹改名" not in run.output and "[F21]" not in run.output  # the code is wrong, not the folder


def test_the_forms_unquoted_values_pass_and_the_guide_says_so(workspace: Path) -> None:
    """The web form saves topics and the phone without quotes; people who edit files may write them either way."""
    form_written = VALID_ZONE.replace('topics: ["1-3", "2-4"]', "topics:\n  - 1-3\n  - 2-4")
    write_zone(workspace, zone=form_written)
    assert validate(workspace).output == "检查通过：没有发现问题。\n"
    guide = (CONTENT / "pages" / "guide.md").read_text(encoding="utf-8")
    assert "每个加英文双引号" not in guide and "英文双引号可加可不加" in guide


def test_a_plan_of_3000_by_words_count_passes(workspace: Path) -> None:
    """Officials check 不少于3000字 with Word's or WPS's 字数统计, which counts full-width punctuation and each
    word of other scripts: a plan of exactly 3000 by that count passes, one fewer is refused."""
    sentence = "社区治理创新实验，" * 9 + "推进2020年OKR。\n\n"  # 81 + 4 characters + 2 words = 87 by Word's count
    sections = "".join(f"## {name}\n\n" for name in ("实验背景", "实验主题", "实验内容", "实验保障"))  # 16
    body = sections + sentence * 32 + "补" * (3000 - 16 - 87 * 32)
    write_zone(workspace, reports={"2020-01-15-plan.md": plan(body)})
    assert validate(workspace).output == "检查通过：没有发现问题。\n"
    write_zone(workspace, reports={"2020-01-15-plan.md": plan(body[:-1])})
    assert "实验方案正文只有 2999 字" in validate(workspace).output
