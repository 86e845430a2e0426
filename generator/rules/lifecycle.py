"""The notice's lifecycle (四(二), 四(三)) at the build date: deadlines, approvals backed by reports, duties."""

from __future__ import annotations

from datetime import date

from generator.contract import REPORT_TYPES
from generator.duties import source_duties
from generator.loader import ZoneSource
from generator.problems import Problem, Severity
from generator.reference import SiteSettings

APPLICATION_DEADLINE = (9, 30)  # 每年的9月底前报省民政厅
# A milestone is only valid with the reports that back it: the application materials of 四(二) (a
# prefecture-level applicant has no 市州审核意见 of its own), and the approvals of 四(三).
REVIEW_OPINION = "review-opinion"
APPLICATION_MATERIALS_NOTE = "通知四（二）：申请材料包括地方申请文件、实验方案（不少于 3000 字）和市州审核意见，确认后一并公开；"
BACKING_REPORTS = (
    ("approved", "确认", ("application", "plan", REVIEW_OPINION)),
    ("extended_to", "延期", ("extension",)),
    ("suspended", "中止", ("change",)),
    ("accepted", "验收", ("final-report", "acceptance")),
)


def _application_deadline(zone: ZoneSource) -> list[Problem]:
    applied, batch = zone.data.milestones.applied, zone.data.batch
    deadline = date(batch, *APPLICATION_DEADLINE)
    if applied <= deadline:
        return []
    return [Problem(zone.zone_file, zone.lines.line_of(("milestones", "applied")), "milestones.applied",
                    f"申请日期 {applied} 晚于 {batch} 年 9 月 30 日", "通知四（二）要求每年 9 月底前报省民政厅；"
                    "请核对申请日期，或把 batch 改为实际申报的年度", Severity.WARNING)]


def _national_zone(zone: ZoneSource, settings: SiteSettings) -> list[Problem]:
    if zone.data.code not in settings.national_zones:
        return []
    return [Problem(zone.zone_file, zone.lines.line_of(("code",)), "code",
                    f"{zone.data.name}（{zone.data.code}）已被民政部列为全国实验区，不能再作为省级实验区",
                    "通知四（二）：已被民政部列为全国实验区的单位不再申报省级实验区；请删除这个实验区文件夹，"
                    "或核对 content/site.yml 的 national_zones")]


def _backing_reports(zone: ZoneSource, prefecture_level: bool) -> list[Problem]:
    present = {report.front.type for report in zone.reports if not report.front.draft}
    problems = []
    for field, label, needed in BACKING_REPORTS:
        if getattr(zone.data.milestones, field) is None:
            continue
        for report_type in needed:
            if report_type == REVIEW_OPINION and prefecture_level:
                continue
            if report_type not in present:
                problems.append(Problem(
                    zone.zone_file, zone.lines.line_of(("milestones", field)), f"milestones.{field}",
                    f"填写了{label}日期，但没有 {report_type}（{REPORT_TYPES[report_type]}）报告",
                    (APPLICATION_MATERIALS_NOTE if field == "approved" else "")
                    + f"请在 reports 文件夹添加一份 type: {report_type} 的报告"
                    f"（如用命令：showcase new-report {zone.id} --type {report_type}）"))
    return problems


def _application_date(zone: ZoneSource) -> list[Problem]:
    applied = zone.data.milestones.applied
    return [Problem(report.path, report.lines.line_of(("date",)), "date",
                    f"申报材料的日期 {report.front.date} 与 zone.yml 的 milestones.applied（{applied}）不一致",
                    "两者都是区（县、市）党委、政府提出申请的日期，应是同一天；请改正其中一个（报告改日期时文件名也要改）")
            for report in zone.reports if report.front.type == "application" and report.front.date != applied]


def _overdue_duties(zone: ZoneSource, settings: SiteSettings, today: date) -> list[Problem]:
    problems = []
    for duty in source_duties(zone, settings.lifecycle):
        if duty.submitted is None and duty.due < today:
            year = f"，year: {duty.year}" if duty.year else ""
            problems.append(Problem(
                zone.zone_file, zone.lines.line_of(("milestones", "start")), duty.kind.report_type,
                f"{duty.title}逾期未提交（截止 {duty.due}）",
                f"请提交 type: {duty.kind.report_type}{year} 的报告；已提交纸质材料的，也请补充到 reports 文件夹",
                Severity.WARNING))
    return problems


def check_lifecycle(zone: ZoneSource, settings: SiteSettings, today: date, prefecture_level: bool) -> list[Problem]:
    return (_application_deadline(zone) + _national_zone(zone, settings) + _backing_reports(zone, prefecture_level)
            + _application_date(zone) + _overdue_duties(zone, settings, today))
