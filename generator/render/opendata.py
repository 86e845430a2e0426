"""Open data: the zones and reports as tables with a field dictionary, in CSV, XLSX and JSON.

CSV is UTF-8 with a BOM so Excel in China opens it; text that a spreadsheet would run as a formula
(starting with =, +, - or @, half- or full-width) is neutralised with a leading apostrophe in CSV and XLSX, and
so is text that a spreadsheet opening the CSV would turn into a date or a number (a topic id such as 4-1 alone
becomes 1 April). The spreadsheets name topics ("4-1 名称"), so their ids are never alone in a cell. XLSX cells
carry their type: real dates, numbers, text; every sheet has column widths, a frozen header and a filter.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter
from pydantic import BaseModel

from generator.contract.files import Milestones, ReportFront, ZoneFile
from generator.contract.indicators import VALUE_KINDS
from generator.contract.terms import REPORT_TYPES
from generator.model.duties import DutyKind, DutyState
from generator.model.site import Site
from generator.model.status import Status
from generator.render.views import urls
from generator.render.xml_characters import xml_safe


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


TOPICS_MEANING = "参考选题，多个以分号分隔；JSON 只写编号，CSV 和 XLSX 写“编号 名称”（编号单独一格会被电子表格当作日期）"
TOPICS_ALLOWED = "如 JSON：1-3;2-4；CSV、XLSX：1-3 社区协商;2-4 社区服务"
URL_MEANING = "{what}页面的地址：设置了网站地址（site_url）时为完整网址，否则为相对于网站根目录的地址"

# Written for data users; a field without one is described as the contract describes it to officials.
ZONE_MEANINGS = {
    "summary": "实验区的简介",
    "applied": "提出申请的日期", "approved": "省民政厅发文确认的日期", "approval_doc": "确认文件的文号",
    "start": "实验周期的第一天", "end": "实验周期的最后一天（未写明时为开始日期起 2 年）", "accepted": "通过验收的日期",
    "extended_to": "经批准延期后的结束日期，未延期为空", "suspended": "经批准中止实验的日期，未中止为空",
    "accepted_doc": "验收文件的文号", "title_granted": "授予称号的日期", "national_recommended": "推荐申报国家级实验区的日期",
}
# zone.yml fields that are not columns: demo data is marked on every page instead, and the office's
# contact and press contact (nested records) are on the zone page.
NOT_COLUMNS = frozenset({"sample", "contact", "press", "milestones"})
_LEADING = (
    contract_field(ZoneFile, "code", "实验区所在单位的 6 位行政区划代码；长白山管委会各区为本站参考编号", "见行政区划数据"),
    contract_field(ZoneFile, "name", "区、县（市）或市（州）的规范名称"),
    Field("prefecture_code", "所属市（州）代码", "文本", "所属市（州）的行政区划代码"),
    Field("prefecture", "所属市（州）", "文本", "所属市（州）名称"),
    contract_field(ZoneFile, "batch", "提出申请的年份"),
    contract_field(ZoneFile, "title", "经确认的实验主题"),
    contract_field(ZoneFile, "topics", TOPICS_MEANING, TOPICS_ALLOWED),
    Field("status", "状态", "文本", "按工作节点、报告和数据日期计算的状态", "、".join(status.label for status in Status)),
)
ZONE_FIELDS = (
    *_LEADING,
    *(contract_field(Milestones, name, ZONE_MEANINGS.get(name)) for name in Milestones.model_fields),
    *(contract_field(ZoneFile, name, ZONE_MEANINGS.get(name)) for name in ZoneFile.model_fields
      if name not in NOT_COLUMNS and name not in {field.name for field in _LEADING}),
    Field("reports", "报告数", "整数", "已公开的报告篇数"),
    Field("url", "页面地址", "文本", URL_MEANING.format(what="实验区")),
    Field("data_date", "数据日期", "日期", "状态计算所依据的日期（构建日期）", DAY),
)
REPORT_FIELDS = (
    Field("zone_code", "行政区划代码", "文本", "报告所属实验区的行政区划代码"),
    Field("zone", "实验区", "文本", "报告所属实验区的名称"),
    Field("type", "报告类型代码", "文本", "报告类型的英文代码，中文名称见“报告类型”一列",
          "、".join(f"{key}（{label}）" for key, label in REPORT_TYPES.items())),
    Field("type_label", ReportFront.model_fields["type"].title or "", "文本", "报告类型的中文名称"),
    contract_field(ReportFront, "title", "报告标题"),
    contract_field(ReportFront, "date", "成文或发布日期"),
    contract_field(ReportFront, "year", "年度计划和年度总结所针对的年份，其他报告为空"),
    contract_field(ReportFront, "topics", TOPICS_MEANING, TOPICS_ALLOWED),
    contract_field(ReportFront, "summary", "报告摘要"),
    Field("typical_case_year", "典型案例选定年度", "整数", "省民政厅选定这份经验做法为典型案例的年度，不是典型案例的为空"),
    Field("typical_case_reason", "典型案例选定理由", "文本", "省民政厅选定为典型案例的理由，不是典型案例的为空"),
    Field("url", "页面地址", "文本", URL_MEANING.format(what="报告")),
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

DUTY_FIELDS = (
    Field("zone_code", "行政区划代码", "文本", "应交报告的实验区的行政区划代码"),
    Field("zone", "实验区", "文本", "应交报告的实验区的名称"),
    Field("prefecture", "所属市（州）", "文本", "实验区所属市（州）名称"),
    Field("type", "报告类型代码", "文本", "应交报告的类型代码，中文名称见“报告类型”一列",
          "、".join(f"{kind.report_type}（{kind.label}）" for kind in DutyKind)),
    Field("type_label", "报告类型", "文本", "应交报告的类型"),
    Field("year", "年度", "整数", "年度计划和年度总结所针对的年份，终期报告为空"),
    Field("due", "截止日期", "日期", "按通知和网站设置计算的截止日期", DAY),
    Field("submitted", "提交日期", "日期", "已公开的这类报告中最早的日期；未提交为空", DAY),
    Field("state", "报送情况", "文本", "截止日期当天或之前提交为按时提交，之后提交为逾期提交，截止日期已过仍未提交为逾期未交",
          "、".join(state.label for state in DutyState)),
    Field("days_late", "逾期天数", "整数", "逾期提交：截止日期到提交日期的天数；逾期未交：截止日期到数据日期的天数；其余为 0"),
    Field("url", "页面地址", "文本", URL_MEANING.format(what="实验区")),
    Field("data_date", "数据日期", "日期", "报送情况所依据的日期（构建日期）", DAY),
)


def duty_records(site: Site) -> list[dict[str, Any]]:
    """Every zone's reporting duties with where each stands at the build date, zone by zone, by due date."""
    return [{"zone_code": zone.data.code, "zone": zone.unit.full_name, "prefecture": zone.unit.prefecture.name,
             "type": duty.kind.report_type, "type_label": duty.kind.label, "year": duty.year or "",
             "due": duty.due.isoformat(), "submitted": duty.submitted.isoformat() if duty.submitted else "",
             "state": duty.state(site.today).label, "days_late": duty.days_late(site.today),
             "url": _address(site, urls.zone_address(zone.id)), "data_date": site.today.isoformat()}
            for zone in site.zones for duty in sorted(zone.duties, key=lambda duty: duty.due)]


def _figure_cell(value: Any) -> Any:
    """A figure as open data writes it: 95 rather than 95.0, so the CSV reads as the zone wrote it."""
    return int(value) if isinstance(value, float) and value.is_integer() else _cell(value)


def indicator_records(site: Site) -> list[dict[str, Any]]:
    """The figures of every zone in long format, from the model's indicator table."""
    table = site.tables.indicators
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


def _address(site: Site, address: str) -> str:
    """A page's address as open data gives it: a link a spreadsheet can open when the site's address is known."""
    base = site.settings.site_url
    return base.rstrip("/") + "/" + address if base else address


def zone_records(site: Site) -> list[dict[str, Any]]:
    """The zone table of the open data, from the model's zone table."""
    zones = site.tables.zones
    columns = {"prefecture": "prefecture_code", "prefecture_name": "prefecture", "status": "status_key",
               "status_label": "status"}
    addresses = [_address(site, urls.zone_address(zone_id)) for zone_id in zones["id"]]
    return _open_table(zones, columns, site.today, addresses, ZONE_FIELDS)


def report_records(site: Site) -> list[dict[str, Any]]:
    """The report table of the open data, zone by zone as the twins list them, from the model's report table."""
    reports = site.tables.reports
    addresses = [_address(site, urls.report_address(zone_id, stem))
                 for zone_id, stem in zip(reports["zone_id"], reports["stem"], strict=True)]
    return _open_table(reports, {}, site.today, addresses, REPORT_FIELDS)


def sheet_records(site: Site, records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records as the spreadsheets (CSV, XLSX) write them: each topic with its name, never an id alone."""
    index = site.reference.topic_index()

    def named(ids: str) -> str:
        return ";".join(f"{id_} {index[id_][1].name}" if id_ in index else id_ for id_ in ids.split(";") if id_)

    return [{**record, "topics": named(record["topics"])} if "topics" in record else dict(record)
            for record in records]


# Excel and WPS also read the full-width forms as formula signs when a Chinese input method typed them.
FORMULA_STARTS = frozenset("=+-@\t\r＝＋－＠")


def neutralise(value: Any) -> Any:
    """Text a spreadsheet would take for a formula is kept as text."""
    if isinstance(value, str) and value[:1] in FORMULA_STARTS:
        return "'" + value
    return value


# What Excel, WPS and LibreOffice make of a CSV cell they open by double-click: a number (1,234  1.5e3  15%  ¥5
# (1)), a fraction, a date (4-1, 2020/3/1, 1.2.3, 1-Jan, Jan-20, 3月1日, 2020年3月), a time or a truth value.
_CONVERTED = re.compile(r"""
      [-+]?[$¥￥]?\(?[-+]?(\d[\d,]*)?\.?\d+(e[-+]?\d+)?\)?%?
    | \d+\ +\d+/\d+
    | \d{1,4}\ ?[-/.]\ ?\d{1,2}(\ ?[-/.]\ ?\d{1,4})?(\ +\d{1,2}:\d{2}(:\d{2})?)?
    | \d{1,2}[-/\ ]?[a-z]{3,9}\.?([-/\ ]\d{1,4})?
    | [a-z]{3,9}\.?[-/\ ]\d{1,4}([-/\ ]\d{1,4})?
    | \d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(\ ?[ap]\.?m?\.?)?
    | (\d{2,4}\ ?年\ ?)?\d{1,2}\ ?月(\ ?\d{1,2}\ ?日)?
    | \d{2,4}\ ?年
    | true | false
""", re.IGNORECASE | re.VERBOSE)
# A whole number a spreadsheet shows as it was written (a division code): nothing is lost when it becomes a number.
_UNCHANGED_NUMBER = re.compile(r"[1-9]\d{0,14}")


def converted_by_spreadsheets(text: str) -> bool:
    """Would a spreadsheet opening a CSV show this text as something else (a date, a rounded number)?"""
    stripped = unicodedata.normalize("NFKC", text).strip()
    return bool(_CONVERTED.fullmatch(stripped)) and not _UNCHANGED_NUMBER.fullmatch(stripped)


def csv_cell(value: Any, field: Field) -> Any:
    """A cell of the CSV: a formula kept as text, and text kept from becoming a date or a number."""
    if isinstance(value, str) and field.kind == "文本" and converted_by_spreadsheets(value):
        return "'" + value
    return neutralise(value)


def to_csv(fields: Sequence[Field], records: Sequence[dict[str, Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([field.label for field in fields])
    for record in records:
        writer.writerow([csv_cell(record[field.name], field) for field in fields])
    return buffer.getvalue().encode("utf-8-sig")


DATE_FORMAT = "yyyy-mm-dd"
MAX_COLUMN_WIDTH = 50


def _xlsx_value(value: Any, field: Field) -> Any:
    """A typed cell: a date or a number where the field is one, text otherwise (formulas neutralised)."""
    if value == "":
        return None
    if field.kind == "日期" and isinstance(value, str):
        return date.fromisoformat(value)
    if isinstance(value, str):  # a control character the workbook format cannot hold (CSV and JSON keep it)
        value = xml_safe(value, "\ufffd")
    return neutralise(value)


def _display_width(value: Any) -> int:
    """Columns a value takes in a spreadsheet: Chinese characters are about two digits wide."""
    text = value.isoformat() if isinstance(value, date) else str(value if value is not None else "")
    if text.isascii():  # most cells (codes, figures, dates, addresses): no character to weigh
        return len(text)
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _finish(sheet: Worksheet) -> None:
    """Column widths to the content, the header frozen and bold, and a filter on every column."""
    for index, column in enumerate(sheet.iter_cols(values_only=True), start=1):
        width = max((_display_width(value) for value in column), default=8)
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 8), MAX_COLUMN_WIDTH)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def _data_sheet(sheet: Worksheet, fields: Sequence[Field], records: Sequence[dict[str, Any]]) -> None:
    sheet.append([field.label for field in fields])
    for record in records:
        sheet.append([_xlsx_value(record[field.name], field) for field in fields])
    for column, field in enumerate(fields, start=1):
        if field.kind != "日期" and field.name != "url":  # the other columns keep openpyxl's defaults
            continue
        for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
            if field.kind == "日期":
                cell.number_format = DATE_FORMAT
            elif field.name == "url" and isinstance(cell.value, str) and cell.value.startswith(("https://", "http://")):
                cell.hyperlink = cell.value
    _finish(sheet)


def to_xlsx(sheets: Sequence[tuple[str, Sequence[Field], Sequence[dict[str, Any]]]], today: date) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, fields, records in sheets:
        _data_sheet(workbook.create_sheet(title), fields, records)
        dictionary = workbook.create_sheet(f"{title}字段说明")
        dictionary.append(["字段", "中文名", "类型", "含义", "取值"])
        for field in fields:
            dictionary.append([field.name, field.label, field.kind, field.meaning, field.allowed])
        _finish(dictionary)
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


def to_json(fields: Sequence[Field], records: Sequence[dict[str, Any]], today: date, key: str,
            licence: dict[str, str] | None = None) -> str:
    document: dict[str, Any] = {"data_date": today.isoformat(), **({"licence": licence} if licence else {}),
                "fields": [{"name": f.name, "label": f.label, "type": f.kind, "meaning": f.meaning, "allowed": f.allowed}
                           for f in fields],
                key: list(records)}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"
