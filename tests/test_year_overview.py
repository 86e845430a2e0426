"""年度概况: a year's zone figures and reporting duties (on time, late, overdue) from zones written for the purpose."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from generator.model.duties import DutyState
from generator.model.site import Site
from generator.model.year_overview import YearOverview, overview_years, year_overview
from generator.pipeline import Inputs, check
from generator.render.opendata import DUTY_FIELDS, duty_records, to_csv
from generator.render.views import urls
from generator.render.views.markdown import render
from tests.conftest import CONTENT, SATISFACTION, VALID_ZONE, write_zone

TODAY = "2022-03-01"


def _report(kind: str, day: str, year: int | None = None, title: str = "") -> tuple[str, str]:
    year_line = f"year: {year}\n" if year else ""
    front = f"---\ntype: {kind}\ntitle: {title or kind}\ndate: {day}\n{year_line}---\n\n"
    return f"{day}-{kind}.md", front + f"## 正文\n\n{title or kind}：" + "工作情况。" * 30 + "\n"


def _zone(code: str, name: str, unit: str, phone: str, *extra_milestones: str) -> str:
    zone = VALID_ZONE.replace('code: "220102"', f'code: "{code}"').replace("name: 南关区", f"name: {name}")
    zone = zone.replace("长春市南关区民政局", unit).replace("0431-88765102", phone)
    return zone.replace("  start: 2020-01-01\n", "  start: 2020-01-01\n" + "".join(f"  {m}\n" for m in extra_milestones))


def write_zones(root: Path) -> None:
    """Three zones that applied and were confirmed in 2019 and started on 2020-01-01 for two years; at TODAY:
    长春市南关区 met its 2020 plan on time, its 2020 summary 10 days late, its 2021 plan on time, and owes its
    2021 summary and its final report (overdue); 长春市绿园区, extended to 2022-06-30, has filed nothing since
    its first plan and its final report is not due yet; 吉林市昌邑区 met its 2020 duties on time and was
    suspended on 2021-05-01, before its 2021 plan was filed."""
    write_zone(root, reports=dict([
        _report("annual-summary", "2021-01-10", 2020, "南关区2020年度工作总结"),
        _report("annual-plan", "2021-01-25", 2021, "南关区2021年度实验计划"),
    ]), indicators=SATISFACTION)
    write_zone(root, "220106-lvyuan", _zone("220106", "绿园区", "长春市绿园区民政局", "0431-87921635",
                                            "extended_to: 2022-06-30"),
               reports=dict([_report("extension", "2021-11-01", title="绿园区延期申请")]), indicators=SATISFACTION)
    write_zone(root, "220202-changyi", _zone("220202", "昌邑区", "吉林市昌邑区民政局", "0432-62455120",
                                             "suspended: 2021-05-01"),
               reports=dict([_report("annual-summary", "2020-12-20", 2020, "昌邑区2020年度工作总结"),
                             _report("change", "2021-04-20", title="昌邑区中止实验申请")]), indicators=SATISFACTION)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    root = tmp_path_factory.mktemp("year-overview")
    write_zones(root)
    checked = check(Inputs(root / "zones", CONTENT), date.fromisoformat(TODAY))
    assert not checked.has_errors, [problem.message for problem in checked.problems if problem.is_error]
    return checked.site


def _states(overview: YearOverview) -> list[tuple[str, str, str, int]]:
    return [(entry.zone.data.name, entry.duty.title, entry.state.label, entry.days_late) for entry in overview.duties]


def _figures(overview: YearOverview) -> dict[str, list[str]]:
    return {figure.label: [zone.data.name for zone in figure.zones] for figure in overview.figures}


def test_a_duty_is_on_time_up_to_its_due_date_late_after_it_and_overdue_while_open(site: Site) -> None:
    assert _states(year_overview(site, 2020)) == [
        ("南关区", "2020 年度实验计划", "按时提交", 0), ("绿园区", "2020 年度实验计划", "按时提交", 0),
        ("昌邑区", "2020 年度实验计划", "按时提交", 0),
        ("南关区", "2020 年度工作总结", "逾期提交", 10), ("绿园区", "2020 年度工作总结", "逾期未交", 425),
        ("昌邑区", "2020 年度工作总结", "按时提交", 0)]


def test_a_suspension_ends_the_duties_and_the_running_year_counts_only_what_is_overdue_now(site: Site) -> None:
    assert _states(year_overview(site, 2021)) == [
        ("南关区", "2021 年度实验计划", "按时提交", 0), ("绿园区", "2021 年度实验计划", "逾期未交", 394),
        ("昌邑区", "2021 年度实验计划", "逾期未交", 394),
        ("南关区", "2021 年度工作总结", "逾期未交", 60), ("绿园区", "2021 年度工作总结", "逾期未交", 60)]
    running = year_overview(site, 2022)
    assert running.running and running.counted_to == date(2022, 3, 1)
    assert _states(running) == [("南关区", "终期报告", "逾期未交", 30), ("绿园区", "终期报告", "尚未到期", 0)]
    assert (running.tally.due, running.tally.overdue, running.tally.not_due) == (2, 1, 1)
    assert [entry.zone.data.name for entry in running.behind] == ["南关区"]


def test_the_years_zone_figures_count_milestones_and_periods_within_the_year(site: Site) -> None:
    assert _figures(year_overview(site, 2019)) == {
        "提出申请": ["南关区", "绿园区", "昌邑区"], "省民政厅确认": ["南关区", "绿园区", "昌邑区"], "实验中": [],
        "已延期": [], "已中止": [], "已验收": [], "已授牌": [], "推荐国家级": []}
    assert _figures(year_overview(site, 2021)) == {
        "提出申请": [], "省民政厅确认": [], "实验中": ["南关区", "绿园区", "昌邑区"], "已延期": [],
        "已中止": ["昌邑区"], "已验收": [], "已授牌": [], "推荐国家级": []}
    in_2022 = _figures(year_overview(site, 2022))
    assert (in_2022["实验中"], in_2022["已延期"], in_2022["已中止"]) == (["绿园区"], ["绿园区"], [])


def test_the_years_duties_by_zone_and_by_prefecture(site: Site) -> None:
    overview = year_overview(site, 2020)
    assert [(row.zone.data.name, row.tally.due, row.tally.on_time, row.tally.late, row.tally.overdue)
            for row in overview.by_zone] == [("南关区", 2, 1, 1, 0), ("绿园区", 2, 1, 0, 1), ("昌邑区", 2, 2, 0, 0)]
    assert [(row.prefecture.name, row.zone_count, row.tally.due, row.tally.on_time, row.tally.behind)
            for row in overview.by_prefecture] == [("长春市", 2, 4, 2, 2), ("吉林市", 1, 2, 2, 0)]
    assert (overview.tally.due, overview.tally.on_time, overview.tally.late, overview.tally.overdue) == (6, 4, 1, 1)


def test_the_history_shows_each_zones_late_and_overdue_duties_year_by_year_most_behind_first(site: Site) -> None:
    overview = year_overview(site, 2021)
    assert overview.history_years == (2020, 2021)
    assert [(row.zone.data.name, [(tally.late, tally.overdue) for tally in row.by_year]) for row in overview.history] == [
        ("绿园区", [(0, 1), (0, 2)]), ("南关区", [(1, 0), (0, 1)]), ("昌邑区", [(0, 0), (0, 1)])]
    first_year = year_overview(site, 2020)
    assert [row.zone.data.name for row in first_year.history] == ["绿园区", "南关区"]  # overdue before late
    assert first_year.punctual_zones == 1


def test_the_years_run_from_the_first_application_to_the_build_date_newest_first(site: Site) -> None:
    assert overview_years(site) == [2022, 2021, 2020, 2019]


def test_a_duty_state_is_defined_once_for_every_duty(site: Site) -> None:
    today = date.fromisoformat(TODAY)
    for zone in site.zones:
        for duty in zone.duties:
            state = duty.state(today)
            assert (state is DutyState.OVERDUE) == duty.is_overdue(today)
            assert (state is DutyState.LATE) == duty.submitted_late


def _text(markdown: str) -> str:
    """The words a reader sees: tags dropped, whitespace collapsed."""
    return " ".join(re.sub(r"<[^>]+>", " ", markdown).split())


def test_the_partial_reads_as_tables_with_captions_and_links_zones_only_on_a_page(site: Site) -> None:
    overview = year_overview(site, 2021)
    on_page = render("year_overview.md.j2", path=urls.year_overview_page(2021), title="2021 年度概况",
                     overview=overview, years=[(2021, None)])
    text = _text(on_page)
    assert "2021 年全省实验区：实验中 3 个，已中止 1 个。" in text
    assert "应交年度实验计划、年度工作总结和终期报告 5 份：按时提交 1 份，逾期提交 0 份，逾期未交 4 份。" in text
    assert "长春市 2 4 1 0 3 25%" in text and "吉林市 1 1 0 0 1 0%" in text and "全省 3 5 1 0 4 20%" in text
    assert "长春市绿园区 2021 年度实验计划 2021年1月31日 未提交 逾期未交 394 天" in text
    assert "长春市绿园区 逾期未交 1 逾期未交 2 逾期未交 3（已到期 4 份）" in text
    assert "长春市南关区 逾期提交 1 逾期未交 1 逾期提交 1，逾期未交 1（已到期 4 份）" in text
    assert on_page.count("<caption>") == on_page.count("<table>") == 5
    assert '<a href="../../zones/220106-lvyuan/">长春市绿园区</a>' in on_page
    in_a_pack = render("_year_overview.md.j2", overview=overview)  # the 经验汇编 includes it without a page path
    assert "<a " not in in_a_pack and _text(in_a_pack).count("长春市绿园区") == _text(on_page).count("长春市绿园区")


def test_without_public_monitoring_the_year_shows_its_zone_figures_and_not_who_is_late(site: Site) -> None:
    shown = _text(render("_year_overview.md.j2", overview=replace(year_overview(site, 2021), duties_public=False)))
    assert "已中止 1 个" in shown
    assert "逾期" not in shown and "按时" not in shown


def test_the_duties_are_open_data_a_spreadsheet_reads_row_by_row(site: Site) -> None:
    text = to_csv(DUTY_FIELDS, duty_records(site)).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == sum(len(zone.duties) for zone in site.zones) == 13
    picked = [(row["实验区"], row["年度"], row["报告类型"], row["截止日期"], row["提交日期"], row["报送情况"], row["逾期天数"])
              for row in rows if row["报送情况"] != "按时提交"]
    assert picked == [
        ("长春市南关区", "2020", "年度工作总结", "2020-12-31", "2021-01-10", "逾期提交", "10"),
        ("长春市南关区", "2021", "年度工作总结", "2021-12-31", "", "逾期未交", "60"),
        ("长春市南关区", "", "终期报告", "2022-01-30", "", "逾期未交", "30"),
        ("长春市绿园区", "2020", "年度工作总结", "2020-12-31", "", "逾期未交", "425"),
        ("长春市绿园区", "2021", "年度实验计划", "2021-01-31", "", "逾期未交", "394"),
        ("长春市绿园区", "2021", "年度工作总结", "2021-12-31", "", "逾期未交", "60"),
        ("长春市绿园区", "", "终期报告", "2022-07-30", "", "尚未到期", "0"),
        ("吉林市昌邑区", "2021", "年度实验计划", "2021-01-31", "", "逾期未交", "394")]
