"""Derived facts: the status of a zone at a build date, and the experiment period."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from generator.contract.files import ZoneFile
from generator.contract.settings import Lifecycle
from generator.contract.timeline import default_end
from generator.load.zone_folders import ReportSource, load_report
from generator.model.duties import zone_duties
from generator.model.status import Status, derive_status

BASE: dict[str, Any] = {
    "code": "220102", "name": "南关区", "title": "三社联动与议事协商", "batch": 2019, "topics": ["1-3"],
    "summary": "测" * 60, "contact": {"unit": "南关区民政局", "phone": "0431-88765102", "address": "民康路100号"},
}
START, END = date(2020, 1, 1), date(2021, 12, 31)
DUE = date(2022, 1, 30)


def zone(**milestones: str) -> ZoneFile:
    return ZoneFile.model_validate({**BASE, "milestones": {"applied": "2019-09-20", "approved": "2019-12-10",
                                                           "start": "2020-01-01", **milestones}})


@pytest.mark.parametrize(("milestones", "final_report", "today", "expected"), [
    ({}, False, date(2019, 12, 31), Status.PENDING),
    ({}, False, date(2020, 1, 1), Status.ACTIVE),
    ({}, False, END, Status.ACTIVE),
    ({"extended_to": "2022-06-30"}, False, date(2021, 6, 1), Status.ACTIVE),
    ({"extended_to": "2022-06-30"}, False, date(2022, 3, 1), Status.EXTENDED),
    ({}, True, date(2022, 1, 5), Status.AWAITING_ACCEPTANCE),
    ({}, False, date(2022, 1, 5), Status.AWAITING_ACCEPTANCE),  # final report not yet due
    ({}, False, date(2022, 1, 31), Status.FINAL_REPORT_OVERDUE),
    ({}, True, date(2023, 1, 31), Status.AWAITING_ACCEPTANCE),
    ({"suspended": "2020-08-01"}, False, date(2020, 9, 1), Status.SUSPENDED),
    ({"suspended": "2020-08-01"}, False, date(2020, 7, 1), Status.ACTIVE),
    ({"accepted": "2022-06-15"}, True, date(2022, 6, 15), Status.ACCEPTED),
    ({"accepted": "2022-06-15", "title_granted": "2022-08-01"}, True, date(2022, 9, 1), Status.TITLE_GRANTED),
    ({"accepted": "2022-06-15", "title_granted": "2022-08-01", "national_recommended": "2023-03-01"}, True,
     date(2023, 3, 1), Status.NATIONAL_RECOMMENDED),
])
def test_status_at_build_date(milestones: dict[str, str], final_report: bool, today: date,
                              expected: Status) -> None:
    assert derive_status(zone(**milestones), END, final_report, DUE, today) is expected


def test_every_status_has_a_distinct_chinese_label_and_key() -> None:
    assert {status.label for status in Status} == {
        "待启动", "实验中", "已延期", "待验收", "逾期未交终期报告", "已中止", "已验收", "已授牌", "推荐国家级"}
    assert len({status.key for status in Status}) == len(Status)


@pytest.mark.parametrize(("start", "end"), [
    (date(2020, 1, 1), date(2021, 12, 31)),
    (date(2024, 3, 1), date(2026, 2, 28)),
    (date(2024, 2, 29), date(2026, 2, 27)),
])
def test_default_period_is_two_years(start: date, end: date) -> None:
    assert default_end(start) == end


def _duties(start: str, end: str, suspended: str | None = None, reports: tuple[ReportSource, ...] = ()) -> list[str]:
    data = zone(**({"suspended": suspended} if suspended else {}))
    found = zone_duties(data, reports, date.fromisoformat(start), date.fromisoformat(end), Lifecycle())
    return [f"{duty.title} {duty.due}" for duty in found]


def test_each_experiment_year_has_a_plan_and_a_summary_then_a_final_report() -> None:
    assert _duties("2020-01-01", "2021-12-31") == [
        "2020 年度实验计划 2020-02-01", "2020 年度工作总结 2020-12-31",
        "2021 年度实验计划 2021-01-31", "2021 年度工作总结 2021-12-31", "终期报告 2022-01-30"]


def test_a_short_last_year_is_covered_by_the_final_report() -> None:
    assert _duties("2024-03-01", "2026-02-28") == [
        "2024 年度实验计划 2024-04-01", "2024 年度工作总结 2024-12-31",
        "2025 年度实验计划 2025-01-31", "2025 年度工作总结 2025-12-31", "终期报告 2026-03-30"]


def test_the_last_years_summary_is_waived_when_the_period_ends_before_it_is_due() -> None:
    assert _duties("2023-03-01", "2026-08-31")[-3:] == [
        "2025 年度工作总结 2025-12-31", "2026 年度实验计划 2026-01-31", "终期报告 2026-09-30"]


def test_a_suspension_ends_the_duties() -> None:
    assert _duties("2022-01-01", "2023-12-31", suspended="2023-04-10") == [
        "2022 年度实验计划 2022-02-01", "2022 年度工作总结 2022-12-31", "2023 年度实验计划 2023-01-31"]


def test_a_report_of_the_right_type_and_year_meets_a_duty(tmp_path: Path) -> None:
    report_file = tmp_path / "2020-01-20-annual-plan.md"
    report_file.write_text("---\ntype: annual-plan\ntitle: 2020年年度计划\ndate: 2020-01-20\nyear: 2020\n---\n正文\n",
                           encoding="utf-8")
    report, problems = load_report(report_file, {})
    assert report is not None and not problems
    found = zone_duties(zone(), (report,), START, END, Lifecycle())
    assert [duty.submitted for duty in found] == [date(2020, 1, 20), None, None, None, None]
