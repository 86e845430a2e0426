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
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

import pandas as pd
from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter
from pydantic import BaseModel

from generator.contract.files import Milestones, ReportFront, ZoneFile
from generator.contract.indicators import VALUE_KINDS
from generator.contract.terms import REPORT_TYPES
from generator.model.site import Site
from generator.model.status import Status
from generator.render.views import urls


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str
    meaning: str
    allowed: str = ""


KINDS = {date: "日期", int: "整数", float: "数字", bool: "是否", str: "文本", list: "文本"}
DAY = "YYYY-MM-DD"


def _kind(model: type[BaseModel], name: str) -> type:
    annotation = model.model_fields[name].annotation
    optional = get_origin(annotation) in (Union, UnionType)  # `date | None`: the type is the one that isn't None
    for candidate in get_args(annotation) if optional else (annotation,):
        if get_origin(candidate) is Annotated:  # a date with its validator
            candidate = get_args(candidate)[0]
        origin = get_origin(candidate) or candidate
        if isinstance(origin, type) and origin is not type(None):
            return origin
    return str


def contract_field(model: type[BaseModel], name: str, meaning: str | None = None, allowed: str = "") -> Field:
    """A field of the contract in open data: its label and type are the contract's, the meaning is for data users."""
    info, kind = model.model_fields[name], _kind(model, name)
    return Field(name, info.title or name, KINDS.get(kind, "文本"), meaning or info.description or "",
                 allowed or (DAY if kind is date else ""))


# Written for data users; a field without one is described as the contract describes it to officials.
ZONE_MEANINGS = {
    "summary": "实验区的简介",
    "applied": "提出申请的日期", "approved": "省民政厅发文确认的日期", "approval_doc": "确认文件的文号",
    "start": "实验周期的第一天", "end": "实验周期的最后一天（未写明时为开始日期起 2 年）", "accepted": "通过验收的日期",
    "extended_to": "经批准延期后的结束日期，未延期为空", "suspended": "经批准中止实验的日期，未中止为空",
    "accepted_doc": "验收文件的文号", "title_granted": "授予称号的日期", "national_recommended": "推荐申报国家级实验区的日期",
}
# zone.yml fields that are not columns: demo data is marked on every page instead, and the office's
# contact (a nested record) is on the zone page.
NOT_COLUMNS = frozenset({"sample", "contact", "milestones"})
_LEADING = (
    contract_field(ZoneFile, "code", "实验区所在单位的 6 位行政区划代码；长白山管委会各区为本站参考编号", "见行政区划数据"),
    contract_field(ZoneFile, "name", "区、县（市）或市（州）的规范名称"),
    Field("prefecture_code", "所属市（州）代码", "文本", "所属市（州）的行政区划代码"),
    Field("prefecture", "所属市（州）", "文本", "所属市（州）名称"),
    contract_field(ZoneFile, "batch", "提出申请的年份"),
    contract_field(ZoneFile, "title", "经确认的实验主题"),
    contract_field(ZoneFile, "topics", "参考选题编号，多个以分号分隔", "如 1-3;2-4"),
    Field("status", "状态", "文本", "按工作节点、报告和数据日期计算的状态", "、".join(status.label for status in Status)),
)
ZONE_FIELDS = (
    *_LEADING,
    *(contract_field(Milestones, name, ZONE_MEANINGS.get(name)) for name in Milestones.model_fields),
    *(contract_field(ZoneFile, name, ZONE_MEANINGS.get(name)) for name in ZoneFile.model_fields
      if name not in NOT_COLUMNS and name not in {field.name for field in _LEADING}),
    Field("reports", "报告数", "整数", "已公开的报告篇数"),
    Field("url", "页面地址", "文本", "实验区页面相对于网站根目录的地址"),
    Field("data_date", "数据日期", "日期", "状态计算所依据的日期（构建日期）", DAY),
)
REPORT_FIELDS = (
    Field("zone_code", "行政区划代码", "文本", "报告所属实验区的行政区划代码"),
    Field("zone", "实验区", "文本", "报告所属实验区的名称"),
    Field("type", "报告类型代码", "文本", "报告类型的英文代码", "、".join(REPORT_TYPES)),
    Field("type_label", ReportFront.model_fields["type"].title or "", "文本", "报告类型的中文名称"),
    contract_field(ReportFront, "title", "报告标题"),
    contract_field(ReportFront, "date", "成文或发布日期"),
    contract_field(ReportFront, "year", "年度计划和年度总结所针对的年份，其他报告为空"),
    contract_field(ReportFront, "topics", "参考选题编号，多个以分号分隔"),
    contract_field(ReportFront, "summary", "报告摘要"),
    Field("url", "页面地址", "文本", "报告页面相对于网站根目录的地址"),
    Field("data_date", "数据日期", "日期", "数据生成的日期（构建日期）", DAY),
)


INDICATOR_FIELDS = (
    Field("zone_code", "行政区划代码", "文本", "报告该数值的实验区的行政区划代码"),
    Field("zone", "实验区", "文本", "报告该数值的实验区的名称"),
    Field("prefecture", "所属市（州）", "文本", "实验区所属市（州）名称"),
    Field("indicator", "指标编号", "文本", "参考指标的编号（指标页面地址 indicators/<编号>/）；本区自设指标以 own- 开头"),
    Field("indicator_name", "指标名称", "文本", "指标的中文名称"),
    Field("unit", "单位", "文本", "数值的单位，如 %、个、人"),
    Field("year", "年度", "整数", "数值所属的年度"),
    Field("value", "数值", "数字", "指标的数值，单位见“单位”"),
    Field("value_kind", "数值类型", "文本", "基期值：实验开始前或开始当年；目标值：实验方案的目标；实际值：当年达到的数值",
          "、".join(VALUE_KINDS.values())),
    Field("source", "来源", "文本", "实际值的来源：本实验区的报告文件名，或统计、调查的名称"),
    Field("survey_by", "调查单位", "文本", "调查得来的数值：实施调查的单位"),
    Field("survey_method", "调查方法", "文本", "调查得来的数值：调查方法"),
    Field("survey_sample", "样本量", "整数", "调查得来的数值：有效样本数"),
    Field("note", "说明", "文本", "填报单位对该数值的说明"),
    Field("url", "页面地址", "文本", "指标页面相对于网站根目录的地址，自设指标为实验区页面的地址"),
    Field("data_date", "数据日期", "日期", "数据生成的日期（构建日期）", DAY),
)


def _figure_cell(value: Any) -> Any:
    """A figure as open data writes it: 95 rather than 95.0, so the CSV reads as the zone wrote it."""
    return int(value) if isinstance(value, float) and value.is_integer() else _cell(value)


def indicator_records(site: Site, indicator_id: str | None = None) -> list[dict[str, Any]]:
    """The figures of every zone (or of one indicator) in long format, from the model's indicator table."""
    table = site.tables.indicators
    if indicator_id is not None:
        table = table[table["indicator"] == indicator_id]
    table = table.assign(
        prefecture=table["prefecture_name"], value_kind=table["value_kind_label"],
        url=[urls.zone_address(zone_id) if own else urls.address(urls.indicator_page(indicator))
             for zone_id, indicator, own in zip(table["zone_id"], table["indicator"], table["own"], strict=True)],
        data_date=site.today.isoformat())
    return [{field.name: _figure_cell(row[field.name]) for field in INDICATOR_FIELDS}
            for row in table.to_dict("records")]


def _cell(value: Any) -> Any:
    """A value of the model's tables as open data writes it: ISO dates, lists joined by semicolons, nothing as ''."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ";".join(str(item) for item in value)
    return value


def _open_table(frame: pd.DataFrame, columns: dict[str, str], today: date, addresses: list[str],
                fields: Sequence[Field]) -> list[dict[str, Any]]:
    table = frame.rename(columns=columns).assign(url=addresses, data_date=today.isoformat())
    return [{field.name: _cell(row[field.name]) for field in fields} for row in table.to_dict("records")]


def zone_records(site: Site) -> list[dict[str, Any]]:
    """The zone table of the open data, from the model's zone table."""
    zones = site.tables.zones
    columns = {"prefecture": "prefecture_code", "prefecture_name": "prefecture", "status": "status_key",
               "status_label": "status"}
    return _open_table(zones, columns, site.today, [urls.zone_address(zone_id) for zone_id in zones["id"]], ZONE_FIELDS)


def report_records(site: Site) -> list[dict[str, Any]]:
    """The report table of the open data, zone by zone as the twins list them, from the model's report table."""
    reports = site.tables.reports
    addresses = [urls.report_address(zone_id, stem) for zone_id, stem in zip(reports["zone_id"], reports["stem"], strict=True)]
    return _open_table(reports, {}, site.today, addresses, REPORT_FIELDS)


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
