"""Every mistake the contract names gets its own message: file, line, field, what is wrong, how to fix it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import TODAY, VALID_NEWS, VALID_ZONE, validate, write_zone

ZONE_FILE = "zones/220102-nanguan/zone.yml"
NEWS_FILE = "zones/220102-nanguan/reports/2020-04-22-news.md"


def plan(body: str) -> str:
    return f"---\ntype: plan\ntitle: 南关区实验方案\ndate: 2020-01-15\n---\n\n{body}\n"


FULL_SECTIONS = "".join(f"## {name}\n\n{'社区治理创新实验' * 100}\n\n" for name in ("一、实验背景", "二、实验主题",
                                                                               "三、实验内容", "四、实验保障"))


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


CASES = [
    Case("yaml syntax error", [
        f"{ZONE_FILE}:3: 错误: YAML 格式错误：这一行的值里有“冒号+空格”，YAML 把它当成了新的字段。"
        "请给整个值加上英文双引号，例如 title: \"主题：内容\"",
    ], zone=VALID_ZONE.replace("title: 以“三社联动”推动老旧小区议事协商", "title: 主题: 三社联动")),
    Case("full-width colon after a key", [
        f"{ZONE_FILE}:4: 错误: batch: 字段名“batch”后面用了全角冒号“：”。请改成半角冒号加一个空格：batch: ",
    ], zone=VALID_ZONE.replace("batch: 2019", "batch：2019")),
    Case("tab indentation", [
        f"{ZONE_FILE}:9: 错误: 这一行用了制表符（Tab）缩进，YAML 不允许 Tab。请把行首的 Tab 换成空格（每层两个空格）",
    ], zone=VALID_ZONE.replace("  applied:", "\tapplied:")),
    Case("raw control character after Chinese text", [
        f"{ZONE_FILE}:15: 错误: 这一行含有看不见的控制字符。请删去这一行后重新输入；从其他软件复制的文字可能带有这类字符",
    ], zone=VALID_ZONE.replace("phone: 0431-88765102", "phone: 0431-8876\x015102")),
    Case("GBK encoded file", [
        f"{ZONE_FILE}:2: 错误: 文件是 GBK（Windows“ANSI”）编码，本站只接受 UTF-8 编码。请用编辑器把文件“另存为”UTF-8 编码",
    ], zone=VALID_ZONE.encode("gbk")),
    Case("UTF-16 encoded file", [
        f"{ZONE_FILE}: 错误: 文件是 UTF-16 编码，本站只接受 UTF-8 编码。请用编辑器把文件“另存为”UTF-8 编码",
    ], zone=VALID_ZONE.encode("utf-16")),
    Case("UTF-8 BOM is accepted silently", ["检查通过：没有发现问题。"],
         zone=b"\xef\xbb\xbf" + VALID_ZONE.encode("utf-8"), exit_code=0),
    Case("date with 年月日", [
        f"{ZONE_FILE}:12: 错误: milestones.start: 日期写成了“2020年3月1日”。日期请写成 YYYY-MM-DD：2020-03-01",
    ], zone=VALID_ZONE.replace("start: 2020-01-01", "start: 2020年3月1日")),
    Case("date with dots", [
        f"{ZONE_FILE}:9: 错误: milestones.applied: 日期写成了“2019.9.20”。日期请写成 YYYY-MM-DD：2019-09-20",
    ], zone=VALID_ZONE.replace("applied: 2019-09-20", "applied: 2019.9.20")),
    Case("date with slashes in a report", [
        f"{NEWS_FILE}:4: 错误: date: 日期写成了“2020/4/22”。日期请写成 YYYY-MM-DD：2020-04-22",
    ], reports={"2020-04-22-news.md": VALID_NEWS.replace("date: 2020-04-22", "date: 2020/4/22")}),
    Case("a date that does not exist", [
        f"{ZONE_FILE}:10: 错误: milestones.approved: 日期“2019-02-30”不存在。日期请写成 YYYY-MM-DD，如 2020-03-01",
    ], zone=VALID_ZONE.replace("approved: 2019-12-10", "approved: 2019-02-30")),
    Case("unknown topic id", [
        f"{ZONE_FILE}:5: 错误: topics[1]: 未知的选题编号“1-9”。是不是想写 \"1-4\"？选题编号要加英文引号，可用的编号：1-1 基层管理体制改革、",
    ], zone=VALID_ZONE.replace('"2-4"', '"1-9"')),
    Case("unknown code", [
        "zones/220199-nanguan/zone.yml:1: 错误: code: 未知的行政区划代码“220199”。“南关区”的代码是 \"220102\"。代码请查 content/reference/divisions.yml，并加英文引号",
    ], zone=VALID_ZONE.replace('"220102"', '"220199"'), folder="220199-nanguan"),
    Case("name does not match the code", [
        f"{ZONE_FILE}:2: 错误: name: 名称“宽城区”与代码 220102 不符，该代码是“南关区”。请写 name: 南关区，或改正 code",
    ], zone=VALID_ZONE.replace("name: 南关区", "name: 宽城区")),
    Case("folder name does not match the code", [
        "zones/220103-kuancheng: 错误: code: 文件夹名“220103-kuancheng”与代码“220102”不符：文件夹名必须以代码开头。"
        "请把文件夹改名为 220102-nanguan",
    ], folder="220103-kuancheng"),
    Case("two zones with the same code", [
        f"{ZONE_FILE}:1: 错误: code: 代码 220102 重复：文件夹 220102-nanguan2 也用了这个代码。",
        "zones/220102-nanguan2/zone.yml:1: 错误: code: 代码 220102 重复：文件夹 220102-nanguan 也用了这个代码。",
    ], extra_zones={"220102-nanguan2": VALID_ZONE}),
    Case("missing required field", [
        f"{ZONE_FILE}:1: 错误: title: 缺少必填字段 title（实验主题）。请按模板补上这一项",
        f"{ZONE_FILE}:12: 错误: contact.phone: 缺少必填字段 phone（办公电话）。请按模板补上这一项",
    ], zone=VALID_ZONE.replace("title: 以“三社联动”推动老旧小区议事协商\n", "").replace("  phone: 0431-88765102\n", "")),
    Case("unknown field names the nearest valid key", [
        f"{ZONE_FILE}:8: 错误: milestone: 未知字段“milestone”。是不是想写 milestones？可用的字段：code、name、title、",
        f"{NEWS_FILE}:6: 错误: summery: 未知字段“summery”。是不是想写 summary？",
    ], zone=VALID_ZONE.replace("sample: true\nmilestones:", "sample: true\nmilestone: 1\nmilestones:"),
        reports={"2020-04-22-news.md": VALID_NEWS.replace("summary:", "summery:")}),
    Case("end before start", [
        f"{ZONE_FILE}:13: 错误: milestones.end: 结束日期 2019-12-31 早于开始日期 2020-01-01。请核对日期",
    ], zone=VALID_ZONE.replace("  start: 2020-01-01\n", "  start: 2020-01-01\n  end: 2019-12-31\n")),
    Case("milestone out of order", [
        f"{ZONE_FILE}:10: 错误: milestones.approved: 确认日期 2019-09-01 早于申请日期 2019-09-20。",
    ], zone=VALID_ZONE.replace("approved: 2019-12-10", "approved: 2019-09-01")),
    Case("attachment missing", [
        f"{NEWS_FILE}:8: 错误: attachments[0]: 找不到附件“media/会议纪要.pdf”。请把文件上传到本实验区的 media 文件夹",
    ], reports={"2020-04-22-news.md": VALID_NEWS.replace("---\n\n", "attachments:\n  - media/会议纪要.pdf\n---\n\n")}),
    Case("attachment outside the zone folder", [
        f"{NEWS_FILE}:8: 错误: attachments[0]: 附件“../220103-kuancheng/media/x.pdf”不在本实验区文件夹内。",
    ], reports={"2020-04-22-news.md": VALID_NEWS.replace(
        "---\n\n", "attachments:\n  - ../220103-kuancheng/media/x.pdf\n---\n\n")}),
    Case("unknown report type", [
        f"{NEWS_FILE}:2: 错误: type: 未知的报告类型“new”。是不是想写 news？类型要写英文。可用的类型：application（申报材料）",
    ], reports={"2020-04-22-news.md": VALID_NEWS.replace("type: news", "type: new")}),
    Case("annual report without year", [
        f"{NEWS_FILE}:2: 错误: year: 年度工作总结缺少所属年度 year。请加一行 year: 2020（这份报告所针对的年度）",
    ], reports={"2020-04-22-news.md": VALID_NEWS.replace("type: news", "type: annual-summary")}),
    Case("empty zone.yml", [f"{ZONE_FILE}: 错误: 文件是空的。请按模板填写内容，或删除这个文件"], zone=""),
    Case("empty report", [f"{NEWS_FILE}: 错误: 文件是空的。"], reports={"2020-04-22-news.md": "\n"}),
    Case("report without front matter", [
        f"{NEWS_FILE}:1: 错误: 报告开头缺少信息块：第一行应当是三个短横线 ---。",
    ], reports={"2020-04-22-news.md": "# 标题\n\n正文\n"}),
    Case("zone folder without zone.yml", [
        "zones/220102-nanguan: 错误: 实验区文件夹里没有 zone.yml。请从模板复制 zone.yml 到这个文件夹并填写",
    ], zone=None),
    Case("plan too short", [
        "zones/220102-nanguan/reports/2020-01-15-plan.md:2: 错误: 正文: 实验方案正文只有 21 字，通知要求不少于 3000 字",
    ], reports={"2020-01-15-plan.md": plan("## 实验背景\n## 实验主题\n## 实验内容\n## 实验保障\n\n内容待补充。")}),
    Case("plan without its four parts", [
        "zones/220102-nanguan/reports/2020-01-15-plan.md:6: 错误: 正文: 实验方案缺少以下部分的标题：实验保障。",
    ], reports={"2020-01-15-plan.md": plan(FULL_SECTIONS.replace("四、实验保障", "四、其他"))}),
    Case("zone without approval is a warning, not published", [
        f"{ZONE_FILE}:9: 警告: milestones.approved: 还没有确认日期（approved），这个实验区暂不在网站上公开。",
        "共发现 0 个错误，1 个警告。",
    ], zone=VALID_ZONE.replace("  approved: 2019-12-10\n  approval_doc: 吉民函〔2019〕88号\n  start: 2020-01-01\n", ""),
        exit_code=0),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_each_mistake_gets_its_own_message(workspace: Path, case: Case) -> None:
    write_zone(workspace, case.folder, case.zone, case.reports, case.media)
    for folder, zone in case.extra_zones.items():
        write_zone(workspace, folder, zone)
    run = validate(workspace)
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


def test_bundled_zones_are_valid() -> None:
    root = Path(__file__).resolve().parent.parent
    run = validate(root, today=TODAY)
    assert run.code == 0, run.output
    assert ": 错误:" not in run.output and "共发现 0 个错误" in run.output
