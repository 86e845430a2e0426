"""The notice's lifecycle (四(二), 四(三)) at the build date: deadlines, approvals backed by reports, duties."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from generator.contract import rulebook
from generator.contract.problems import Problem
from generator.contract.settings import SiteSettings
from generator.contract.terms import MILESTONE_LIST, PLAN_MIN_CHARACTERS, REPORT_TYPES, REVIEW_OPINION
from generator.load.zone_folders import ZoneSource

if TYPE_CHECKING:  # the duties are computed once, by the model's module, before checking
    from generator.model.duties import Duty

APPLICATION_DEADLINE = (9, 30)  # 每年的9月底前报省民政厅
# A milestone is only valid with the reports that back it (Milestone.backed_by): the application
# materials of 四(二), and the approvals of 四(三).
APPLICATION_MATERIALS_NOTE = (f"通知四（二）：申请材料包括地方申请文件、实验方案（不少于 {PLAN_MIN_CHARACTERS} 字）"
                              "和市州审核意见，确认后一并公开；")


def _application_deadline(zone: ZoneSource) -> list[Problem]:
    applied, batch = zone.data.milestones.applied, zone.data.batch
    deadline = date(batch, *APPLICATION_DEADLINE)
    if applied <= deadline:
        return []
    return [rulebook.LATE_APPLICATION.at(zone.zone_file, zone.lines.line_of(("milestones", "applied")),
                                         "milestones.applied", applied=applied, batch=batch)]


def _national_zone(zone: ZoneSource, settings: SiteSettings) -> list[Problem]:
    if zone.data.code not in settings.national_zones:
        return []
    return [rulebook.NATIONAL_ZONE.at(zone.zone_file, zone.lines.line_of(("code",)), "code",
                                      name=zone.data.name, code=zone.data.code)]


def _missing_report_hint(report_type: str, drafts: Sequence[str]) -> str:
    """The form's action first, then the file edit: an official may use either, and no command."""
    label = REPORT_TYPES[report_type]
    if drafts:
        return (f"已有一份草稿 {drafts[0]}：写完后取消草稿（网页表单：打开这份报告，关闭“草稿”开关后保存；"
                "直接编辑文件：删去信息块中 draft: true 这一行）")
    return (f"请提交一份{label}（网页表单：新建报告，报告类型选“{label}”；"
            f"直接编辑文件：在 reports 文件夹添加一份 type: {report_type} 的报告）")


def _backing_reports(zone: ZoneSource, prefecture_level: bool) -> list[Problem]:
    present = {report.front.type for report in zone.reports if not report.front.draft}
    problems = []
    for milestone in MILESTONE_LIST:
        field = milestone.key
        if getattr(zone.data.milestones, field) is None:
            continue
        for report_type in milestone.backed_by:
            if report_type == REVIEW_OPINION and prefecture_level:
                continue
            if report_type not in present:
                drafts = [report.path.relative_to(zone.folder).as_posix() for report in zone.reports
                          if report.front.type == report_type]
                problems.append(rulebook.MISSING_BACKING_REPORT.at(
                    zone.zone_file, zone.lines.line_of(("milestones", field)), f"milestones.{field}", label=milestone.action,
                    type=report_type, type_label=REPORT_TYPES[report_type], state="公开的" if drafts else "",
                    how=_missing_report_hint(report_type, drafts),
                    note=APPLICATION_MATERIALS_NOTE if field == "approved" else ""))
    return problems


def _application_date(zone: ZoneSource) -> list[Problem]:
    applied = zone.data.milestones.applied
    return [rulebook.APPLICATION_DATE.at(report.path, report.lines.line_of(("date",)), "date",
                                         written=report.front.date, applied=applied)
            for report in zone.reports if report.front.type == "application" and report.front.date != applied]


def _overdue_duties(zone: ZoneSource, duties: Sequence[Duty], today: date) -> list[Problem]:
    problems = []
    for duty in duties:
        if duty.is_overdue(today):
            year = f"，year: {duty.year}" if duty.year else ""
            form_year = f"，所属年度选 {duty.year}" if duty.year else ""
            problems.append(rulebook.OVERDUE.at(zone.zone_file, zone.lines.line_of(("milestones", "start")),
                                                duty.kind.report_type, title=duty.title, due=duty.due,
                                                type=duty.kind.report_type, year=year, form_year=form_year,
                                                type_label=REPORT_TYPES[duty.kind.report_type]))
    return problems


def check_lifecycle(zone: ZoneSource, settings: SiteSettings, today: date, prefecture_level: bool,
                    duties: Sequence[Duty]) -> list[Problem]:
    return (_application_deadline(zone) + _national_zone(zone, settings) + _backing_reports(zone, prefecture_level)
            + _application_date(zone) + _overdue_duties(zone, duties, today))
