"""`showcase new-zone` and `new-report` create files that validate with warnings only; bad arguments list what is valid."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from generator.contract.terms import REPORT_TYPES
from generator.scaffold import REPORT_HEADINGS, template_texts
from tests.conftest import CONTENT, ROOT, run_cli

TODAY = date.today().isoformat()


def scaffold(*args: str) -> tuple[int, str]:
    run = run_cli([*args, "--content", str(CONTENT)])
    return run.code, run.output


def check(workspace: Path) -> tuple[int, str]:
    run = run_cli(["validate", "--zones", str(workspace / "zones"), "--content", str(CONTENT), "--today", TODAY])
    return run.code, run.output


SHOWN = re.compile(r": (?P<severity>警告|错误)\[[A-Z]\d\d\]: ")


def warnings_only(output: str) -> list[str]:
    lines = [line for line in output.splitlines() if SHOWN.search(line)]
    assert all(SHOWN.search(line)["severity"] == "警告" for line in lines), output
    return lines


def test_new_zone_fills_zone_yml_from_the_reference_data(workspace: Path) -> None:
    code, output = scaffold("new-zone", "220104")
    assert code == 0, output
    zone = workspace / "zones" / "220104-chaoyang"
    text = (zone / "zone.yml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../schemas/zone.schema.json\n")
    for line in ('code: "220104"', "name: 朝阳区", "unit: 长春市朝阳区民政局", 'phone: 0431-00000000'):
        assert line in text
    assert (zone / "reports").is_dir()
    indicators = (zone / "indicators.yml").read_text(encoding="utf-8")
    assert indicators.startswith("# yaml-language-server: $schema=../../schemas/indicators.schema.json\n")
    assert "  - id: satisfaction" in indicators
    code, output = check(workspace)
    assert code == 0
    assert any("待填写" in line for line in warnings_only(output))


def test_new_zone_for_a_changbaishan_area_uses_its_reference_id_as_folder(workspace: Path) -> None:
    code, _ = scaffold("new-zone", "changbaishan-chinan")
    assert code == 0
    assert "name: 池南区" in (workspace / "zones" / "changbaishan-chinan" / "zone.yml").read_text(encoding="utf-8")
    assert check(workspace)[0] == 0


@pytest.mark.parametrize("kind", list(REPORT_TYPES))
def test_new_report_has_the_headings_of_its_type_and_validates_with_warnings(workspace: Path, kind: str) -> None:
    scaffold("new-zone", "220102")
    code, output = scaffold("new-report", "220102", "--type", kind)
    assert code == 0, output
    report = workspace / "zones" / "220102-nanguan" / "reports" / f"{TODAY}-{kind}.md"
    text = report.read_text(encoding="utf-8")
    for heading, _ in REPORT_HEADINGS[kind]:
        assert f"\n## {heading}\n" in text
    assert f"type: {kind}" in text and "draft: true" in text
    assert (f"year: {date.today().year}" in text) == (kind in ("annual-plan", "annual-summary"))
    code, output = check(workspace)
    assert code == 0, output
    assert any("这是草稿" in line for line in warnings_only(output))


def test_plan_scaffold_carries_the_four_parts_of_the_notice(workspace: Path) -> None:
    scaffold("new-zone", "220102")
    scaffold("new-report", "220102-nanguan", "--type", "plan", "--title", "南关区实验方案")
    text = (workspace / "zones" / "220102-nanguan" / "reports" / f"{TODAY}-plan.md").read_text(encoding="utf-8")
    assert "title: 南关区实验方案" in text
    assert [line for line in text.splitlines() if line.startswith("## ")] == [
        "## 一、实验背景", "## 二、实验主题", "## 三、实验内容", "## 四、实验保障"]


def test_a_second_report_of_the_same_day_gets_its_own_file(workspace: Path) -> None:
    scaffold("new-zone", "220102")
    scaffold("new-report", "220102", "--type", "news")
    scaffold("new-report", "220102", "--type", "news")
    assert (workspace / "zones" / "220102-nanguan" / "reports" / f"{TODAY}-news-2.md").is_file()


@pytest.mark.parametrize(("args", "expected"), [
    (["new-zone", "220199"], "未知的行政区划代码“220199”。"),
    (["new-zone", "220199"], "220102 南关区"),
    (["new-report", "220102", "--type", "news"], "找不到实验区“220102”。"),
    (["new-report", "220102", "--type", "anual-plan"], "未知的报告类型“anual-plan”。是不是想写 annual-plan？"),
    (["new-report", "220102", "--type", "x"], "annual-summary（年度工作总结）"),
])
def test_bad_arguments_list_what_would_be_valid(workspace: Path, args: list[str], expected: str) -> None:
    code, output = scaffold(*args)
    assert code == 1
    assert expected in output
    assert "Traceback" not in output


def test_unknown_zone_lists_the_existing_ones(workspace: Path) -> None:
    scaffold("new-zone", "220102")
    code, output = scaffold("new-report", "220202", "--type", "news")
    assert code == 1 and "现有的实验区：220102-nanguan" in output


def test_a_unit_gets_one_zone_folder_only(workspace: Path) -> None:
    scaffold("new-zone", "220102")
    code, output = scaffold("new-zone", "220102")
    assert code == 1 and "已有实验区文件夹" in output


def test_templates_officials_copy_are_in_sync_with_the_scaffolds() -> None:
    for name, text in template_texts().items():
        path = ROOT / "content" / "templates" / name
        assert path.read_text(encoding="utf-8") == text, f"{path} is stale: run `showcase templates`"


def test_editor_settings_map_the_schemas(tmp_path: Path) -> None:
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    for schema in settings["yaml.schemas"]:
        assert (ROOT / schema).is_file()
    assert "zones/*/zone.yml" in settings["yaml.schemas"]["./schemas/zone.schema.json"]
    assert "zones/*/indicators.yml" in settings["yaml.schemas"]["./schemas/indicators.schema.json"]
    schema = json.loads((ROOT / "schemas" / "zone.schema.json").read_text(encoding="utf-8"))
    assert schema["properties"]["code"]["title"] == "行政区划代码"


def test_the_templates_become_valid_once_filled(tmp_path: Path) -> None:
    zone = tmp_path / "zones" / "220102-nanguan"
    shutil.copytree(ROOT / "content" / "templates", zone)
    text = (zone / "zone.yml").read_text(encoding="utf-8").replace('code: "待填写"', 'code: "220102"') \
        .replace("name: 待填写", "name: 南关区")
    (zone / "zone.yml").write_text(text, encoding="utf-8")
    for path in (zone / "reports").glob("*.md"):
        path.rename(path.with_name(f"2020-01-01-{path.name}"))
    run = run_cli(["validate", "--zones", str(tmp_path / "zones"), "--content", str(CONTENT), "--today", "2020-01-15"])
    assert run.code == 0, run.output


def test_new_zone_for_changbaishan_itself_is_not_taken_for_one_of_its_areas(workspace: Path) -> None:
    assert scaffold("new-zone", "changbaishan-chibei")[0] == 0
    code, output = scaffold("new-zone", "changbaishan")
    assert code == 0, output
    assert (workspace / "zones" / "changbaishan" / "zone.yml").is_file()
    code, output = scaffold("new-report", "changbaishan", "--type", "news", "--title", "长白山管委会工作动态")
    assert code == 0, output
    assert list((workspace / "zones" / "changbaishan" / "reports").glob("*-news.md"))
    assert not list((workspace / "zones" / "changbaishan-chibei" / "reports").glob("*-news.md"))


def test_each_placeholder_warning_names_the_field_or_the_body_to_fill_in(workspace: Path) -> None:
    scaffold("new-zone", "220104")
    scaffold("new-report", "220104", "--type", "news", "--title", "朝阳区社区议事会工作动态")
    placeholders = [line for line in warnings_only(check(workspace)[1]) if "还有“待填写”的内容" in line]
    assert placeholders
    fields = {line.split(": 警告[P01]: ")[1].split(": ")[0] for line in placeholders}
    assert {"title", "summary", "contact.address", "正文"} <= fields
    assert "" not in fields and all(": 警告[P01]: 这一行" not in line for line in placeholders)
    assert "警告[P02]: contact.phone: 办公电话 0431-00000000 是模板里的示例号码。请改成本单位带区号的办公座机号码" in check(workspace)[1]


def test_new_report_takes_its_date_for_the_front_matter_and_the_file_name(workspace: Path) -> None:
    scaffold("new-zone", "220102")
    code, output = scaffold("new-report", "220102", "--type", "annual-plan", "--date", "2021-01-20")
    assert code == 0, output
    path = workspace / "zones" / "220102-nanguan" / "reports" / "2021-01-20-annual-plan.md"
    text = path.read_text(encoding="utf-8")
    assert "date: 2021-01-20" in text and "year: 2021" in text and "南关区2021年度实验计划" in text


@pytest.mark.parametrize(("arguments", "expected"), [
    (["--type", "news", "--year", "2021"], "错误: --year 只用于年度实验计划（annual-plan）和年度工作总结（annual-summary）；工作动态（news）没有所属年度"),
    (["--type", "news", "--date", "2999-01-01"], "错误: 日期 2999-01-01 晚于今天"),
    (["--type", "news", "--date", "2021年1月20日"], "应写作 2021-01-20"),
])
def test_new_report_refuses_what_does_not_apply(workspace: Path, arguments: list[str], expected: str) -> None:
    scaffold("new-zone", "220102")
    code, output = scaffold("new-report", "220102", *arguments)
    assert code in (1, 2) and expected in output
    assert not list((workspace / "zones" / "220102-nanguan" / "reports").glob("*.md"))


@pytest.mark.parametrize(("today", "batch"), [(date(2026, 9, 30), 2026), (date(2026, 10, 1), 2027)])
def test_new_zone_puts_an_application_made_today_in_its_batch(today: date, batch: int) -> None:
    from generator.scaffold import application_batch

    assert application_batch(today) == batch


def test_a_new_zone_gives_no_warning_on_its_application_date(workspace: Path) -> None:
    scaffold("new-zone", "220102")
    output = check(workspace)[1]
    assert "9 月 30 日" not in output and "batch" not in output
