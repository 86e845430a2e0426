"""The notice's lifecycle rules and the publishing-safety rules, each with its message, at a build date."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from generator.check.personal_data import is_resident_id
from tests.conftest import (
    CASE_TODAY,
    CONTENT,
    MATERIALS,
    SATISFACTION,
    VALID_NEWS,
    VALID_ZONE,
    Run,
    build,
    materials_applied_on,
    run_cli,
    validate,
    write_zone,
)

ZONE_FILE = "zones/220102-nanguan/zone.yml"
NEWS_FILE = "zones/220102-nanguan/reports/2020-04-22-news.md"


def report(kind: str, day: str, extra: str = "", body: str = "正文。") -> str:
    return f"---\ntype: {kind}\ntitle: 南关区{kind}报告\ndate: {day}\n{extra}---\n\n{body}\n"


def validate_news_with(workspace: Path, body: str) -> Run:
    """Validate the valid zone whose news report has `body` added to its text."""
    write_zone(workspace, reports={"2020-04-22-news.md": VALID_NEWS + body})
    return validate(workspace)


def lines_of(output: str, marker: str) -> list[str]:
    return [line for line in output.splitlines() if marker in line]


# --- lifecycle -------------------------------------------------------------------------------------------

def test_missing_annual_reports_and_final_report_are_warnings_at_the_build_date(workspace: Path) -> None:
    write_zone(workspace, indicators=SATISFACTION)  # its materials hold the 2020 annual plan
    run = validate(workspace, today="2022-03-01")
    assert run.code == 0
    for expected in ("2020 年度工作总结逾期未提交（截止 2020-12-31）", "2021 年度实验计划逾期未提交（截止 2021-01-31）",
                     "2021 年度工作总结逾期未提交（截止 2021-12-31）", "终期报告逾期未提交（截止 2022-01-30）"):
        assert any(expected in line and ": 警告[N08]: " in line for line in run.output.splitlines()), expected
    assert "2020 年度实验计划逾期" not in run.output
    assert "网页表单：新建报告，报告类型选“年度工作总结”，所属年度选 2020" in run.output
    assert "直接编辑文件：在 reports 文件夹添加 type: annual-summary，year: 2020 的报告" in run.output


def test_due_dates_follow_the_settings(workspace: Path, tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    settings = content / "site.yml"
    settings.write_text(settings.read_text(encoding="utf-8").replace('annual_plan_due: "01-31"', 'annual_plan_due: "03-31"')
                        .replace("first_year_plan_months: 1", "first_year_plan_months: 3"), encoding="utf-8")
    write_zone(workspace, materials={name: text for name, text in MATERIALS.items() if "annual-plan" not in name})
    run = run_cli(["validate", "--zones", str(workspace / "zones"), "--content", str(content), "--today", "2021-03-15"])
    assert "2020 年度实验计划逾期未提交（截止 2020-04-01）" in run.output
    assert "2021 年度实验计划逾期" not in run.output  # due 31 March under these settings


@pytest.mark.parametrize(("milestone", "missing"), [
    ("  extended_to: 2022-06-30\n", ["extension（延期申请）"]),
    ("  suspended: 2021-03-01\n", ["change（变更申请）"]),
    ("  accepted: 2022-05-20\n", ["final-report（终期报告）", "acceptance（验收评审意见）"]),
])
def test_milestones_need_the_reports_that_back_them(workspace: Path, milestone: str, missing: list[str]) -> None:
    write_zone(workspace, zone=VALID_ZONE.replace("  start: 2020-01-01\n", "  start: 2020-01-01\n" + milestone))
    run = validate(workspace)
    assert run.code == 1
    errors = lines_of(run.output, ": 错误[N06]: ")
    assert len(errors) == len(missing)
    for line, report_type in zip(errors, missing, strict=True):
        assert f"但没有 {report_type}报告" in line
        assert "网页表单：新建报告，报告类型选" in line and "showcase" not in line  # officials run no command


def test_backing_reports_satisfy_the_rule(workspace: Path) -> None:
    write_zone(workspace, zone=VALID_ZONE.replace("  start: 2020-01-01\n", "  start: 2020-01-01\n  accepted: 2022-05-20\n"),
               reports={"2022-01-10-final-report.md": report("final-report", "2022-01-10", body="实验总结。"),
                        "2022-05-20-acceptance.md": report("acceptance", "2022-05-20", body="评审意见。")},
               indicators=SATISFACTION)
    assert validate(workspace, today="2022-06-01").code == 0


@pytest.mark.parametrize(("milestone", "expected"), [
    ("  title_granted: 2022-08-01\n", "milestones.title_granted: 填写了授牌日期，但没有验收日期"),
    ("  national_recommended: 2023-01-01\n", "milestones.national_recommended: 填写了推荐国家级日期，但没有授牌日期"),
])
def test_titles_follow_acceptance(workspace: Path, milestone: str, expected: str) -> None:
    write_zone(workspace, zone=VALID_ZONE.replace("  start: 2020-01-01\n", "  start: 2020-01-01\n" + milestone))
    run = validate(workspace)
    assert run.code == 1 and expected in run.output


def test_a_national_zone_cannot_be_a_provincial_zone(workspace: Path) -> None:
    write_zone(workspace, "220103-kuancheng", zone=VALID_ZONE.replace('"220102"', '"220103"').replace("南关区", "宽城区"))
    run = validate(workspace)
    assert run.code == 1
    assert ("zones/220103-kuancheng/zone.yml:1: 错误[Z04]: code: 宽城区（220103）已被民政部列为全国实验区，不能再作为省级实验区。"
            in run.output)


def test_an_application_after_30_september_is_a_warning(workspace: Path) -> None:
    write_zone(workspace, zone=VALID_ZONE.replace("applied: 2019-09-20", "applied: 2019-10-08"),
               materials=materials_applied_on("2019-10-08"))
    run = validate(workspace)
    assert run.code == 0
    assert f"{ZONE_FILE}:9: 警告[N05]: milestones.applied: 申请日期 2019-10-08 晚于 2019 年 9 月 30 日。" in run.output


# --- safe publishing -------------------------------------------------------------------------------------

VALID_ID = "11010519491231002X"


def test_resident_id_check_digit() -> None:
    assert is_resident_id(VALID_ID)
    assert not is_resident_id("110105194912310021")


@pytest.mark.parametrize(("body", "expected"), [
    (f"联系人身份证号：{VALID_ID}。", "正文: 含有身份证号 110***********002X"),
    ("联系人手机：13912345678。", "正文: 含有手机号 139****5678"),
    ("联系人手机：139-1234-5678。", "正文: 含有手机号 139****5678"),
])
def test_personal_data_in_a_report_is_an_error(workspace: Path, body: str, expected: str) -> None:
    run = validate_news_with(workspace, "\n" + body + "\n")
    assert run.code == 1
    assert f"{NEWS_FILE}:13: 错误[R09]: {expected}。请删去个人的身份证号和手机号" in run.output


@pytest.mark.parametrize("body", ["办公电话：0431-88765102。", "编号 110105194912310021 不是有效身份证号。",
                                  "活动共有 13912345678901 人次参加。"])
def test_landlines_and_other_numbers_are_fine(workspace: Path, body: str) -> None:
    assert validate_news_with(workspace, "\n" + body + "\n").code == 0


# Written so that no line of the Markdown holds the number, while the page shows it whole.
EVASIONS = {
    "entity": ("110105194912310&#48;2X", "1&#51;912345678"),
    "span": ("110105<span>19491231</span>002X", "139<span>1234</span>5678"),
    "emphasis": ("110105**19491231**002X", "139**1234**5678"),
    "backslash escape": ("110105\\-19491231\\-002X", "1391\\-234\\-5678"),
    "full-width digits": ("１１０１０５１９４９１２３１００２Ｘ", "１３９１２３４５６７８"),
    "spaces and hyphens": ("110105 1949 1231 002X", "13 912-345 678"),
}


@pytest.mark.parametrize("evasion", EVASIONS)
@pytest.mark.parametrize(("kind", "expected"), [(0, "身份证号 110***********002X"), (1, "手机号 139****5678")],
                         ids=["id-number", "mobile"])
def test_personal_data_is_found_in_the_text_readers_see(workspace: Path, evasion: str, kind: int, expected: str) -> None:
    run = validate_news_with(workspace, f"\n联系人：{EVASIONS[evasion][kind]}。\n")
    assert f"{NEWS_FILE}:13: 错误[R09]: 正文: 含有{expected}。" in run.output
    assert run.code == 1


def test_a_number_split_over_lines_is_placed_on_its_paragraphs_first_line(workspace: Path) -> None:
    run = validate_news_with(workspace, "\n联系人：张三，\n手机 139<span>\n1234</span>5678。\n")
    assert f"{NEWS_FILE}:13: 错误[R09]: 正文: 含有手机号 139****5678。" in run.output


@pytest.mark.parametrize("body", ["2019-2020 年覆盖 13 个社区 4500 户，1 3 个小组。", "| 2019 | 13 |\n| --- | --- |\n| 912 | 3456789 |"])
def test_numbers_near_each_other_are_not_taken_for_a_mobile(workspace: Path, body: str) -> None:
    assert validate_news_with(workspace, "\n" + body + "\n").code == 0


def test_a_report_may_allow_personal_data_and_the_summary_asks_the_province(workspace: Path, tmp_path: Path) -> None:
    allowed = VALID_NEWS.replace("summary:", "allow_personal_data: true\nsummary:") + "\n手机：139**1234**5678\n"
    write_zone(workspace, reports={"2020-04-22-news.md": allowed})
    summary = tmp_path / "summary.md"
    run = validate(workspace, "--summary", str(summary))
    assert run.code == 0
    warning = "报告写了 allow_personal_data: true，将公开手机号 139****5678，需要省民政厅同意"
    assert f"{NEWS_FILE}:6: 警告[R10]: allow_personal_data: {warning}。" in run.output
    section = summary.read_text(encoding="utf-8").split("### 需要省民政厅同意\n")[1]
    shown = warning.replace("_", "\\_").replace("*", "\\*")  # as Markdown, so that it reads literally
    assert f"- {NEWS_FILE}:6：{shown}" in section


def test_a_mobile_number_as_office_phone_is_an_error(workspace: Path) -> None:
    write_zone(workspace, zone=VALID_ZONE.replace("phone: 0431-88765102", "phone: 13912345678"))
    run = validate(workspace)
    assert run.code == 1
    assert f"{ZONE_FILE}:15: 错误[Z05]: contact.phone: 联系电话是手机号 139****5678，不是办公电话。" in run.output


@pytest.mark.parametrize(("html", "expected"), [
    ("<script>alert(1)</script>", "含有可执行脚本或嵌入内容的 HTML 标签 <script>"),
    ('<iframe src="x"></iframe>', "含有可执行脚本或嵌入内容的 HTML 标签 <iframe>"),
    ('<object data="x"></object>', "含有可执行脚本或嵌入内容的 HTML 标签 <object>"),
    ('<embed src="x">', "含有可执行脚本或嵌入内容的 HTML 标签 <embed>"),
    ('<form action="x"></form>', "含有可执行脚本或嵌入内容的 HTML 标签 <form>"),
    ('<b onclick="alert(1)">粗</b>', "HTML 标签 <b> 带有事件属性 onclick，会执行脚本"),
    ("[点击](javascript:alert(1))", "链接“javascript:alert(1)”不能发布"),
    ("<style>body{display:none}</style>", "含有可执行脚本或嵌入内容的 HTML 标签 <style>"),
    ('<p style="position:fixed">盖住全页</p>', "HTML 标签 <p> 的属性 style 会被删去"),
    ("![现场](https://mmbiz.qpic.cn/x.jpg)", "这张图片在微信的服务器上（mmbiz.qpic.cn）"),
    ("![现场](https://www.example.com/x.jpg)", "图片“https://www.example.com/x.jpg”不在本实验区的 media 文件夹"),
])
def test_html_that_runs_script_is_an_error(workspace: Path, html: str, expected: str) -> None:
    run = validate_news_with(workspace, "\n" + html + "\n")
    assert run.code == 1
    assert re.search(rf"{NEWS_FILE}:13: 错误\[H\d\d\]: 正文: {re.escape(expected)}", run.output), run.output
    assert "共发现 1 个错误" in run.output


def test_harmless_html_and_code_examples_are_fine(workspace: Path) -> None:
    body = "第一行<br>第二行，面积 100 m<sup>2</sup>。\n\n```html\n<script>示例</script>\n```\n\n行内 `<iframe>` 示例。\n"
    assert validate_news_with(workspace, "\n" + body).code == 0


def _sized(path: Path, size: int, head: bytes = b"") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        handle.write(head)
        handle.truncate(size)


@pytest.mark.parametrize(("name", "size", "expected"), [
    ("photo.jpg", 6 * 1024 * 1024, "图片有 6.0 MB，超过 5 MB。请压缩图片"),
    ("scan.pdf", 21 * 1024 * 1024, "附件有 21.0 MB，超过 20 MB。请压缩文件"),
    ("tool.exe", 10, "不允许的文件类型“.exe”。media 文件夹只能放"),
    ("drawing.svg", 10, "不允许的文件类型“.svg”。"),
])
def test_media_size_and_type(workspace: Path, name: str, size: int, expected: str) -> None:
    zone = write_zone(workspace)
    _sized(zone / "media" / name, size)
    run = validate(workspace)
    assert run.code == 1
    assert re.search(rf"zones/220102-nanguan/media/{name}: 错误\[M\d\d\]: {re.escape(expected)}", run.output), run.output


def _photo(path: Path, size: int) -> None:
    """A real JPEG padded to `size` bytes (data after its end marker is ignored by every viewer)."""
    picture = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 80, 40)).save(picture, "JPEG")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(picture.getvalue().ljust(size, b"\0"))


def test_allowed_media_within_limits_is_fine(workspace: Path) -> None:
    zone = write_zone(workspace, reports={"2020-04-22-news.md": VALID_NEWS + "\n![现场](../media/photo.jpg)\n"})
    _photo(zone / "media" / "photo.jpg", 4 * 1024 * 1024)
    _sized(zone / "media" / "scan.pdf", 19 * 1024 * 1024, head=b"%PDF-1.4\n")
    assert validate(workspace).code == 0


def test_an_image_link_written_url_encoded_is_found(workspace: Path) -> None:
    zone = write_zone(workspace, reports={"2020-04-22-news.md": VALID_NEWS + "\n![现场](../media/%E7%8E%B0%E5%9C%BA.jpg)\n"})
    _photo(zone / "media" / "现场.jpg", 1000)
    assert validate(workspace).code == 0


def test_an_image_the_report_shows_must_exist(workspace: Path) -> None:
    run = validate_news_with(workspace, "\n![现场](../media/missing.jpg)\n")
    assert run.code == 1 and f"{NEWS_FILE}:13: 错误[M05]: 正文: 找不到图片或文件“../media/missing.jpg”。" in run.output


def test_a_draft_is_not_published_and_its_plan_rules_are_warnings(workspace: Path) -> None:
    draft = "---\ntype: plan\ntitle: 南关区实验方案（草稿）\ndate: 2020-01-10\ndraft: true\n---\n\n## 实验背景\n\n待补充。\n"
    write_zone(workspace, reports={"2020-01-10-plan.md": draft}, indicators=SATISFACTION)
    run = validate(workspace)
    assert run.code == 0
    assert "实验方案正文只有" in run.output and "这是草稿，不会在网站上公开" in run.output
    assert build(workspace / "zones", workspace / "site", workspace / "build").code == 0
    site = workspace / "site"
    assert (site / "zones" / "220102-nanguan" / "index.html").is_file()
    assert not (site / "zones" / "220102-nanguan" / "2020-01-10-plan").exists()
    for published in ("data/reports.json", "feed.xml", "zones/220102-nanguan/index.html"):
        assert "南关区实验方案（草稿）" not in (site / published).read_text(encoding="utf-8"), published


# --- annotations and touched zones ----------------------------------------------------------------------

def test_github_annotations_point_at_the_line(workspace: Path) -> None:
    write_zone(workspace, zone=VALID_ZONE.replace("batch: 2019", "batch：2019").replace("applied: 2019-09-20", "applied: 2019-10-08"),
               materials=materials_applied_on("2019-10-08"))
    run = validate(workspace, "--format", "github")
    assert run.code == 1
    lines = run.output.splitlines()
    assert f"::error file={ZONE_FILE},line=4,title=Y03 batch::字段名“batch”后面用了全角冒号“：”。请改成半角冒号加一个空格：batch: " in lines
    assert any(line.startswith(f"::warning file={ZONE_FILE},line=9,title=N05 milestones.applied::申请日期") for line in lines)
    assert lines[-1] == "共发现 1 个错误，1 个警告。"


def test_github_annotation_data_is_escaped(workspace: Path) -> None:
    write_zone(workspace, zone=VALID_ZONE + "rate%: 1\n")
    run = validate(workspace, "--format", "github")
    assert f"::error file={ZONE_FILE},line=17,title=V02 rate%25::未知字段“rate%25”。" in run.output
    assert all(line.startswith("::") for line in run.output.splitlines()[:-1])


def _git(workspace: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=workspace, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.org", "HOME": str(workspace), "PATH": "/usr/bin:/bin"})


def test_validate_only_the_zones_a_change_touches(workspace: Path) -> None:
    write_zone(workspace, zone=VALID_ZONE.replace("applied: 2019-09-20", "applied: 2019-10-08"),
               materials=materials_applied_on("2019-10-08"))
    write_zone(workspace, "220202-changyi", zone=VALID_ZONE.replace('"220102"', '"220202"').replace("南关区", "昌邑区"))
    _git(workspace, "init", "-q")
    _git(workspace, "add", ".")
    _git(workspace, "commit", "-qm", "zones")
    changed = workspace / "zones" / "220202-changyi" / "zone.yml"
    changed.write_text(changed.read_text(encoding="utf-8").replace("batch: 2019", "batch: 2019年"), encoding="utf-8")
    run = validate(workspace, "--changed", "HEAD")
    assert run.code == 1
    assert "220202-changyi/zone.yml:4: 错误[V16]: batch" in run.output
    assert "220102-nanguan" not in run.output  # its warning is not part of this change
    run = validate(workspace, "zones/220102-nanguan")
    assert run.code == 0 and "220102-nanguan/zone.yml:9: 警告" in run.output and "220202" not in run.output


def test_a_change_to_files_with_chinese_names_is_validated(workspace: Path) -> None:
    write_zone(workspace, reports={"2020-04-22-news.md": VALID_NEWS})
    _git(workspace, "init", "-q")
    _git(workspace, "add", ".")
    _git(workspace, "commit", "-qm", "zones")
    photo = workspace / "zones" / "220102-nanguan" / "media" / "推进会 现场.jpg"
    photo.parent.mkdir()
    photo.write_bytes(b"\xff\xd8" + b"0" * (6 * 1024 * 1024))
    renamed = workspace / "zones" / "长春市二道区"
    write_zone(workspace, "长春市二道区", zone=VALID_ZONE.replace('"220102"', '"220105"').replace("南关区", "二道区"))
    _git(workspace, "add", ".")
    run = validate(workspace, "--changed", "HEAD")
    assert run.code == 1, run.output
    assert "zones/220102-nanguan/media/推进会 现场.jpg: 错误[M03]: 图片有 6.0 MB，超过 5 MB" in run.output
    assert f"{renamed.relative_to(workspace).as_posix()}: 错误[F21]: code: 文件夹名“长春市二道区”与代码“220105”不符" in run.output


def test_duplicate_codes_are_reported_even_when_only_one_zone_changed(workspace: Path) -> None:
    write_zone(workspace)
    write_zone(workspace, "220102-nanguan2")
    run = validate(workspace, "zones/220102-nanguan2/zone.yml")
    assert run.code == 1 and "zones/220102-nanguan2/zone.yml:1: 错误[Z03]: code: 代码 220102 重复" in run.output


def test_changed_outside_git_is_explained(workspace: Path) -> None:
    write_zone(workspace)
    run = validate(workspace, "--changed", "origin/main")
    assert run.code == 1 and "无法取得改动的文件" in run.output


def test_an_image_linked_by_reference_must_exist_too(workspace: Path) -> None:
    body = "\n![现场][照片]\n\n[照片]: ../media/missing.jpg\n"
    run = validate_news_with(workspace, body)
    assert run.code == 1 and f"{NEWS_FILE}:15: 错误[M05]: 正文: 找不到图片或文件“../media/missing.jpg”。" in run.output


@pytest.mark.parametrize("written", ["13-31", "04-31", "1-31"])
def test_a_due_date_setting_that_is_no_day_of_the_year_is_explained(workspace: Path, tmp_path: Path,
                                                                      written: str) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    settings = content / "site.yml"
    settings.write_text(settings.read_text(encoding="utf-8").replace('annual_plan_due: "01-31"', f'annual_plan_due: "{written}"'),
                        encoding="utf-8")
    write_zone(workspace)
    run = run_cli(["validate", "--zones", str(workspace / "zones"), "--content", str(content)])
    assert run.code == 1
    assert (f"content/site.yml:23: 错误[V11]: lifecycle.annual_plan_due: “{written}”不是有效的“月-日”。"
            "请写成两位月份、短横线、两位日期，并加英文引号，如 \"01-31\"") in run.output
    assert "Traceback" not in run.output


def test_a_published_zone_or_report_can_hold_no_placeholder_or_template_phone(workspace: Path) -> None:
    zone = VALID_ZONE.replace("address: 长春市南关区民康路100号", "address: 待填写：办公地址").replace(
        "phone: 0431-88765102", 'phone: "0431-00000000"')
    news = VALID_NEWS.replace("会议总结了一季度工作", "待填写：会议内容")
    write_zone(workspace, zone=zone, reports={"2020-04-22-news.md": news})
    run = validate(workspace)
    assert run.code == 1
    assert f"{ZONE_FILE}:16: 错误[P01]: contact.address: 这一行还有“待填写”的内容。请填写后删去“待填写”字样；公开的内容不能留有“待填写”" in run.output
    assert f"{ZONE_FILE}:15: 错误[P02]: contact.phone: 办公电话 0431-00000000 是模板里的示例号码" in run.output
    assert f"{NEWS_FILE}:11: 错误[P01]: 正文: 这一行还有“待填写”的内容" in run.output


def test_placeholders_only_warn_in_drafts_and_unconfirmed_zones(workspace: Path) -> None:
    unconfirmed = VALID_ZONE.replace("  approved: 2019-12-10\n", "").replace("  approval_doc: 吉民函〔2019〕88号\n", "") \
        .replace("  start: 2020-01-01\n", "").replace("address: 长春市南关区民康路100号", "address: 待填写：办公地址")
    write_zone(workspace, zone=unconfirmed)
    write_zone(workspace, "220104-chaoyang", zone=VALID_ZONE.replace('"220102"', '"220104"').replace("南关区", "朝阳区"),
               reports={"2020-04-22-news.md": VALID_NEWS.replace("summary:", "draft: true\nsummary:").replace(
                   "会议总结了一季度工作", "待填写：会议内容")})
    run = validate(workspace)
    assert run.code == 0, run.output
    assert "zones/220102-nanguan/zone.yml:" in run.output and "警告[P01]: contact.address: 这一行还有“待填写”" in run.output
    assert "zones/220104-chaoyang/reports/2020-04-22-news.md:" in run.output and "警告[P01]: 正文: 这一行还有“待填写”" in run.output


def test_a_template_comment_that_says_fill_in_does_not_warn_once_the_value_is_filled(workspace: Path) -> None:
    zone = VALID_ZONE.replace("  applied: 2019-09-20", "  applied: 2019-09-20  # 待填写：提出申请的日期")
    write_zone(workspace, zone=zone)
    run = validate(workspace)
    assert run.code == 0 and "待填写" not in run.output, run.output


def test_a_report_without_a_body_is_an_error(workspace: Path) -> None:
    write_zone(workspace, reports={"2020-04-22-news.md": VALID_NEWS.split("## 会议内容")[0]})
    run = validate(workspace)
    assert run.code == 1 and f"{NEWS_FILE}:7: 错误[R05]: 正文: 报告没有正文。请在第二个 --- 下面写正文" in run.output


@pytest.mark.parametrize(("image", "expected"), [
    ("![](../media/photo.png)", "13: 错误[H14]: 正文: 图片缺少说明文字。请在方括号里写图片的内容"),
    ("![现场](..\\media\\photo.png)", "13: 错误[H11]: 正文: 路径“..\\media\\photo.png”用了反斜杠“\\”。网页里的路径要用斜杠“/”"),
])
def test_images_need_alt_text_and_forward_slashes(workspace: Path, image: str, expected: str) -> None:
    write_zone(workspace, reports={"2020-04-22-news.md": VALID_NEWS + "\n" + image + "\n"}, media={"photo.png": b"png"})
    run = validate(workspace)
    assert run.code == 1 and f"{NEWS_FILE}:{expected}" in run.output


def test_files_beside_zone_yml_are_named_not_ignored(workspace: Path) -> None:
    zone = write_zone(workspace)
    (zone / "2020-04-22-news.md").write_text(VALID_NEWS, encoding="utf-8")
    run = validate(workspace)
    assert run.code == 1
    assert ("zones/220102-nanguan/2020-04-22-news.md: 错误[F13]: 实验区文件夹里只能有 zone.yml、indicators.yml、reports 和 media，"
            "“2020-04-22-news.md”放错了地方。报告请放到 reports 文件夹") in run.output


def test_a_folder_with_the_wrong_pinyin_is_named_with_the_right_one(workspace: Path) -> None:
    write_zone(workspace, "220102-changchun")
    run = validate(workspace)
    assert run.code == 1
    assert ("zones/220102-changchun: 错误[F22]: code: 文件夹名“220102-changchun”的拼音与南关区不符。"
            "请把文件夹改名为 220102-nanguan") in run.output


@pytest.mark.parametrize(("written", "expected"), [
    ("type: 工作动态", "type: 未知的报告类型“工作动态”。是不是想写 news？类型要写英文。"),
    ('topics: ["议事协商与对话机制"]', "topics[0]: 未知的选题编号“议事协商与对话机制”。是不是想写 \"2-4\"？"),
    ("draft: 是", "draft: 应当是 true 或 false，现在是“是”。还没写完填 true（不公开）；写完后删去 draft 这一行"),
])
def test_hints_name_the_right_value(workspace: Path, written: str, expected: str) -> None:
    news = VALID_NEWS.replace("type: news", written) if written.startswith("type") else \
        VALID_NEWS.replace('topics: ["1-3"]', written) if written.startswith("topics") else \
        VALID_NEWS.replace("summary:", f"{written}\nsummary:")
    write_zone(workspace, reports={"2020-04-22-news.md": news})
    run = validate(workspace)
    assert run.code == 1 and expected in run.output, run.output


@pytest.mark.parametrize(("reference", "expected"), [
    ("attachments: [方案.PDF]", "attachments[0]: 找不到附件“方案.PDF”。文件已在 media 文件夹里：请写成 media/方案.pdf（区分大小写）"),
    ("body: ![方案](../media/方案.PDF)", "正文: 找不到图片或文件“../media/方案.PDF”。文件已在 media 文件夹里：请写成 ../media/方案.pdf"),
])
def test_a_file_already_in_media_is_pointed_at(workspace: Path, reference: str, expected: str) -> None:
    news = VALID_NEWS + "\n" + reference.removeprefix("body: ") + "\n" if reference.startswith("body") else \
        VALID_NEWS.replace("summary:", f"{reference}\nsummary:")
    write_zone(workspace, reports={"2020-04-22-news.md": news}, media={"方案.pdf": b"%PDF-1.4"})
    run = validate(workspace)
    assert run.code == 1 and expected in run.output, run.output


def test_problems_without_a_line_are_annotated_where_a_pull_request_shows_them(workspace: Path) -> None:
    write_zone(workspace, "220102-changchun", reports={"2020-04-22 news.md": VALID_NEWS}, media={"照片 1.png": b"png"})
    run = validate(workspace, "--format", "github")
    lines = run.output.splitlines()
    zone_file = "zones/220102-changchun/zone.yml"
    assert f"::error file={zone_file},line=1,title=F22 code::zones/220102-changchun：文件夹名“220102-changchun”的拼音与南关区不符。" \
        in "\n".join(lines)
    assert any(line.startswith(f"::error file={zone_file},line=1,title=F19::zones/220102-changchun/media/照片 1.png：")
               for line in lines)
    assert any(line.startswith("::error file=zones/220102-changchun/reports/2020-04-22 news.md,line=1,") for line in lines)


def test_a_chinese_summary_table_is_appended_for_the_checks_page(workspace: Path, tmp_path: Path) -> None:
    write_zone(workspace, zone=VALID_ZONE.replace("batch: 2019", "batch：2019"))
    summary = tmp_path / "summary.md"
    summary.write_text("# 之前的步骤\n", encoding="utf-8")
    run = validate(workspace, "--format", "github", "--summary", str(summary))
    assert run.code == 1
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# 之前的步骤\n## 数据检查结果\n\n共发现 1 个错误，0 个警告。有错误，合并前需要改正。")
    assert f"| {ZONE_FILE}:4 | 错误[Y03] | batch | 字段名“batch”后面用了全角冒号“：”。 |" in text
    assert "改动涉及的页面" not in text  # no change named, and with errors there is no site to show


def test_the_summary_lists_the_pages_a_change_touches_as_files_of_the_preview(workspace: Path, tmp_path: Path) -> None:
    write_zone(workspace, reports={"2020-04-22-news.md": VALID_NEWS})
    write_zone(workspace, "220105-erdao", VALID_ZONE.replace('"220102"', '"220105"').replace("南关区", "二道区")
               .replace("  approved: 2019-12-10\n  approval_doc: 吉民函〔2019〕88号\n  start: 2020-01-01\n", ""), materials={})
    news = workspace / "zones" / "220102-nanguan" / "reports" / "2020-04-22-news.md"
    summary = tmp_path / "summary.md"
    run = validate(workspace, str(news), str(workspace / "zones" / "220105-erdao" / "zone.yml"), "--summary", str(summary))
    assert run.code == 0, run.output
    text = summary.read_text(encoding="utf-8")
    listed = re.findall(r"\| ([^|]+\.html) \|", text)
    assert listed == ["zones/220102-nanguan/index.html", "zones/220102-nanguan/2020-04-22-news/index.html"], text
    assert "| 南关区：南关区召开实验区推进会 |" in text and "长春市南关区（实验区页面）" in text
    assert "还没有确认日期（approved），不会公开，预览中没有它们的页面：220105-erdao" in text
    built = build(workspace / "zones", tmp_path / "site", tmp_path / "build", today=CASE_TODAY)
    assert built.code == 0, built.output
    assert run_cli(["preview", "--site", str(tmp_path / "site"), "--out", str(tmp_path / "preview")]).code == 0
    assert all((tmp_path / "preview" / path).is_file() for path in listed)


def test_a_change_of_the_provinces_choices_lists_the_pages_they_show(workspace: Path, tmp_path: Path) -> None:
    experience = VALID_NEWS.replace("type: news", "type: experience").replace("date: 2020-04-22", "date: 2020-04-20")
    write_zone(workspace, reports={"2020-04-20-experience.md": experience})
    selections = workspace / "zones" / "selections.yml"
    selections.write_text("typical_cases:\n  - {zone: 220102-nanguan, report: 2020-04-20-experience.md, year: 2020, "
                          "reason: 示例：做法可复制}\n", encoding="utf-8")
    summary = tmp_path / "summary.md"
    run = validate(workspace, str(selections), "--summary", str(summary))
    assert run.code == 0, run.output
    text = summary.read_text(encoding="utf-8")
    assert re.findall(r"\| (\S+\.html) \|", text) == ["typical-cases/index.html",
                                                     "zones/220102-nanguan/2020-04-20-experience/index.html"]
    assert "selections.yml" not in text  # not taken for a zone folder that is not confirmed


def test_a_zone_change_that_unpublishes_a_typical_case_is_told_so(workspace: Path) -> None:
    """Validating only a pull request's files still shows the province's file refusing a typical case made a draft."""
    experience = VALID_NEWS.replace("type: news", "type: experience").replace("date: 2020-04-22", "date: 2020-04-20")
    write_zone(workspace, reports={"2020-04-20-experience.md": experience.replace("---\n\n", "draft: true\n---\n\n", 1)})
    (workspace / "zones" / "selections.yml").write_text(
        "typical_cases:\n  - {zone: 220102-nanguan, report: 2020-04-20-experience.md, year: 2020, reason: 示例：做法可复制}\n",
        encoding="utf-8")
    run = validate(workspace, str(workspace / "zones" / "220102-nanguan" / "reports" / "2020-04-20-experience.md"))
    assert run.code == 1
    assert "zones/selections.yml:2: 错误[S14]: typical_cases[0].report: 典型案例“220102-nanguan/2020-04-20-experience.md”是草稿" \
        in run.output


def test_a_typical_case_that_does_not_load_is_blamed_on_its_own_mistake_only(workspace: Path) -> None:
    broken = VALID_NEWS.replace("type: news", "type: experience").replace("date: 2020-04-22", "date: 2020年4月20日")
    write_zone(workspace, reports={"2020-04-20-experience.md": broken})
    (workspace / "zones" / "selections.yml").write_text(
        "typical_cases:\n  - {zone: 220102-nanguan, report: 2020-04-20-experience.md, year: 2020, reason: 示例：做法可复制}\n",
        encoding="utf-8")
    run = validate(workspace)
    assert "2020-04-20-experience.md:4: 错误" in run.output and "2020-04-20" in run.output
    assert "[S13]" not in run.output  # the file is there: “找不到” would send the province looking for nothing


def test_a_changed_media_file_lists_the_report_that_links_it(workspace: Path, tmp_path: Path) -> None:
    write_zone(workspace, reports={"2020-04-22-news.md": VALID_NEWS + "\n[签到表](../media/签到表.pdf)\n"},
               media={"签到表.pdf": b"%PDF-1.4"})
    summary = tmp_path / "summary.md"
    run = validate(workspace, str(workspace / "zones" / "220102-nanguan" / "media" / "签到表.pdf"), "--summary", str(summary))
    assert run.code == 0, run.output
    listed = re.findall(r"\| (\S+\.html) \|", summary.read_text(encoding="utf-8"))
    assert listed == ["zones/220102-nanguan/index.html", "zones/220102-nanguan/2020-04-22-news/index.html"]


def test_a_confirmed_zone_needs_its_application_plan_and_review_opinion(workspace: Path) -> None:
    write_zone(workspace, materials={})
    run = validate(workspace)
    assert run.code == 1
    for kind, label in (("application", "申报材料"), ("plan", "实验方案"), ("review-opinion", "市州审核意见")):
        assert f"{ZONE_FILE}:10: 错误[N06]: milestones.approved: 填写了确认日期，但没有 {kind}（{label}）报告。通知四（二）" in run.output


def test_a_prefecture_level_zone_needs_no_review_opinion_of_its_own(workspace: Path) -> None:
    zone = VALID_ZONE.replace('"220102"', '"220400"').replace("name: 南关区", "name: 辽源市")
    materials = {name: text for name, text in MATERIALS.items() if "review-opinion" not in name}
    write_zone(workspace, "220400-liaoyuan", zone=zone, materials=materials)
    run = validate(workspace)
    assert "review-opinion" not in run.output and "申报材料" not in run.output, run.output


def test_the_application_is_dated_as_milestones_applied(workspace: Path) -> None:
    write_zone(workspace, zone=VALID_ZONE.replace("applied: 2019-09-20", "applied: 2019-09-18"))
    run = validate(workspace)
    assert run.code == 1
    assert ("zones/220102-nanguan/reports/2019-09-20-application.md:4: 错误[N07]: date: "
            "申报材料的日期 2019-09-20 与 zone.yml 的 milestones.applied（2019-09-18）不一致。") in run.output


def test_a_report_dated_after_the_build_date_is_an_error(workspace: Path) -> None:
    write_zone(workspace, reports={"2020-04-22-news.md": VALID_NEWS})
    run = validate(workspace, today="2020-04-21")
    assert run.code == 1
    assert f"{NEWS_FILE}:4: 错误[R04]: date: 日期 2020-04-22 晚于今天（2020-04-21）。请写报告成文或发布的日期" in run.output


def test_full_width_spaces_used_to_indent_are_named_on_their_own_line(workspace: Path) -> None:
    write_zone(workspace, zone=VALID_ZONE.replace("  applied: 2019-09-20", "\u3000\u3000applied: 2019-09-20"))
    run = validate(workspace)
    assert run.code == 1
    assert f"{ZONE_FILE}:9: 错误[Y02]: 这一行用了全角空格缩进，YAML 只认半角空格。" in run.output
    assert "冒号+空格" not in run.output and "共发现 1 个错误" in run.output


def test_a_front_matter_error_does_not_hide_the_body_problems(workspace: Path) -> None:
    news = VALID_NEWS.replace("summary:", "titel: 错字段\nsummary:") + "\n<script>alert(1)</script>\n"
    write_zone(workspace, reports={"2020-04-22-news.md": news})
    run = validate(workspace)
    assert run.code == 1
    assert f"{NEWS_FILE}:6: 错误[V02]: titel: 未知字段“titel”。" in run.output
    assert f"{NEWS_FILE}:14: 错误[H07]: 正文: 含有可执行脚本或嵌入内容的 HTML 标签 <script>" in run.output
