"""Open data: the zones and reports as tables with a field dictionary, in CSV, XLSX and JSON.

CSV is UTF-8 with a BOM so Excel in China opens it; text that a spreadsheet would run as a formula
(starting with =, +, - or @, half- or full-width) is neutralised with a leading apostrophe in CSV and XLSX.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

from generator.model.site import Report, Site, Zone
from generator.render.views import urls


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str
    meaning: str
    allowed: str = ""


ZONE_FIELDS = (
    Field("code", "行政区划代码", "文本", "实验区所在单位的 6 位行政区划代码；长白山管委会各区为本站参考编号", "见行政区划数据"),
    Field("name", "单位名称", "文本", "区、县（市）或市（州）的规范名称"),
    Field("prefecture_code", "所属市（州）代码", "文本", "所属市（州）的行政区划代码"),
    Field("prefecture", "所属市（州）", "文本", "所属市（州）名称"),
    Field("batch", "申报年度", "整数", "提出申请的年份"),
    Field("title", "实验主题", "文本", "经确认的实验主题"),
    Field("topics", "实验选题", "文本", "参考选题编号，多个以分号分隔", "如 1-3;2-4"),
    Field("status", "状态", "文本", "按工作节点、报告和数据日期计算的状态",
          "待启动、实验中、已延期、待验收、逾期未交终期报告、已中止、已验收、已授牌、推荐国家级"),
    Field("applied", "申请日期", "日期", "提出申请的日期", "YYYY-MM-DD"),
    Field("approved", "确认日期", "日期", "省民政厅发文确认的日期", "YYYY-MM-DD"),
    Field("approval_doc", "确认文号", "文本", "确认文件的文号"),
    Field("start", "实验开始日期", "日期", "实验周期的第一天", "YYYY-MM-DD"),
    Field("end", "实验期满日期", "日期", "实验周期的最后一天（开始日期起 2 年）", "YYYY-MM-DD"),
    Field("extended_to", "延期至", "日期", "经批准延期后的结束日期，未延期为空", "YYYY-MM-DD"),
    Field("suspended", "中止日期", "日期", "经批准中止实验的日期，未中止为空", "YYYY-MM-DD"),
    Field("accepted", "验收日期", "日期", "通过验收的日期", "YYYY-MM-DD"),
    Field("title_granted", "授牌日期", "日期", "授予称号的日期", "YYYY-MM-DD"),
    Field("national_recommended", "推荐国家级日期", "日期", "推荐申报国家级实验区的日期", "YYYY-MM-DD"),
    Field("reports", "报告数", "整数", "已公开的报告篇数"),
    Field("url", "页面地址", "文本", "实验区页面相对于网站根目录的地址"),
    Field("data_date", "数据日期", "日期", "状态计算所依据的日期（构建日期）", "YYYY-MM-DD"),
)
REPORT_FIELDS = (
    Field("zone_code", "行政区划代码", "文本", "报告所属实验区的行政区划代码"),
    Field("zone", "实验区", "文本", "报告所属实验区的名称"),
    Field("type", "报告类型代码", "文本", "报告类型的英文代码",
          "application、plan、review-opinion、annual-plan、annual-summary、progress、change、extension、"
          "final-report、acceptance、experience、news"),
    Field("type_label", "报告类型", "文本", "报告类型的中文名称"),
    Field("title", "标题", "文本", "报告标题"),
    Field("date", "日期", "日期", "成文或发布日期", "YYYY-MM-DD"),
    Field("year", "所属年度", "整数", "年度计划和年度总结所针对的年份，其他报告为空"),
    Field("topics", "相关选题", "文本", "参考选题编号，多个以分号分隔"),
    Field("summary", "摘要", "文本", "报告摘要"),
    Field("url", "页面地址", "文本", "报告页面相对于网站根目录的地址"),
    Field("data_date", "数据日期", "日期", "数据生成的日期（构建日期）", "YYYY-MM-DD"),
)


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def zone_record(zone: Zone, today: date) -> dict[str, Any]:
    milestones = zone.data.milestones
    return {
        "code": zone.data.code, "name": zone.unit.name, "prefecture_code": zone.unit.prefecture.code,
        "prefecture": zone.unit.prefecture.name, "batch": zone.data.batch, "title": zone.data.title,
        "topics": ";".join(zone.data.topics), "status": zone.status.label, "applied": _day(milestones.applied),
        "approved": _day(milestones.approved), "approval_doc": milestones.approval_doc or "",
        "start": _day(zone.start), "end": _day(zone.end), "extended_to": _day(milestones.extended_to),
        "suspended": _day(milestones.suspended), "accepted": _day(milestones.accepted),
        "title_granted": _day(milestones.title_granted),
        "national_recommended": _day(milestones.national_recommended), "reports": len(zone.reports),
        "url": urls.zone_address(zone.id), "data_date": today.isoformat(),
    }


def report_record(report: Report, zone: Zone, today: date) -> dict[str, Any]:
    front = report.front
    return {
        "zone_code": zone.data.code, "zone": zone.unit.full_name, "type": front.type, "type_label": report.type_label,
        "title": front.title, "date": front.date.isoformat(), "year": front.year or "", "topics": ";".join(front.topics),
        "summary": front.summary or "", "url": urls.report_address(zone.id, report.stem), "data_date": today.isoformat(),
    }


def zone_records(site: Site) -> list[dict[str, Any]]:
    return [zone_record(zone, site.today) for zone in site.zones]


def report_records(site: Site) -> list[dict[str, Any]]:
    return [report_record(report, zone, site.today) for zone in site.zones for report in zone.reports]


# Excel and WPS also read the full-width forms as formula signs when a Chinese input method typed them.
FORMULA_STARTS = frozenset("=+-@\t\r＝＋－＠")


def neutralise(value: Any) -> Any:
    """Text a spreadsheet would take for a formula is kept as text."""
    if isinstance(value, str) and value[:1] in FORMULA_STARTS:
        return "'" + value
    return value


def to_csv(fields: Sequence[Field], records: Sequence[dict[str, Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([field.label for field in fields])
    for record in records:
        writer.writerow([neutralise(record[field.name]) for field in fields])
    return buffer.getvalue().encode("utf-8-sig")


def to_xlsx(sheets: Sequence[tuple[str, Sequence[Field], Sequence[dict[str, Any]]]], today: date) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, fields, records in sheets:
        sheet = workbook.create_sheet(title)
        sheet.append([field.label for field in fields])
        for record in records:
            sheet.append([neutralise(record[field.name]) for field in fields])
        dictionary = workbook.create_sheet(f"{title}字段说明")
        dictionary.append(["字段", "中文名", "类型", "含义", "取值"])
        for field in fields:
            dictionary.append([field.name, field.label, field.kind, field.meaning, field.allowed])
    stamp = datetime(today.year, today.month, today.day)
    workbook.properties.created = workbook.properties.modified = stamp
    raw = io.BytesIO()
    # ExcelWriter, not Workbook.save: save() stamps the file with the current time, so every build
    # would rewrite zones.xlsx and a one-report edit would touch it too.
    ExcelWriter(workbook, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED)).save()
    return _fixed_zip_times(raw.getvalue(), stamp)


def _fixed_zip_times(data: bytes, stamp: datetime) -> bytes:
    """The same workbook gives the same bytes, so an unchanged build rewrites no file."""
    source = zipfile.ZipFile(io.BytesIO(data))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return output.getvalue()


def to_json(fields: Sequence[Field], records: Sequence[dict[str, Any]], today: date, key: str) -> str:
    document = {"data_date": today.isoformat(),
                "fields": [{"name": f.name, "label": f.label, "type": f.kind, "meaning": f.meaning, "allowed": f.allowed}
                           for f in fields],
                key: list(records)}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"
