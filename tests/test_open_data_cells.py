"""Open data as a spreadsheet user meets it (issue 24, point 4): no cell changed on opening, typed XLSX, links."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from generator.render.opendata import ZONE_FIELDS, to_csv
from tests.conftest import ADDRESS
from tests.htmltext import Page

# What Excel and WPS do to a CSV cell opened by double-click, written from their behaviour, not from the generator:
# numbers (leading zeros and digits after the 15th lost, 1e5, 50%, 1,000), dates (4-1, 3/2, 2020.3.1, 1-Jan,
# 3月1日), times and truth values.
SPREADSHEET_CONVERTS = [re.compile(pattern, re.IGNORECASE) for pattern in (
    r"[-+]?[\d,]*\.?\d+(e[-+]?\d+)?%?",
    r"\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?",
    r"\d{1,2}[-/ ]?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*([-/ ]\d{1,4})?",
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[-/ ]\d{1,4}",
    r"\d{1,2}:\d{2}(:\d{2})?",
    r"(\d{4}年)?\d{1,2}月(\d{1,2}日)?",
    r"true|false",
)]
KEPT_AS_WRITTEN = re.compile(r"[1-9]\d{0,14}")  # a whole number shows as written (a division code)


def _changed_on_opening(cell: str) -> bool:
    value = cell.strip()
    return any(pattern.fullmatch(value) for pattern in SPREADSHEET_CONVERTS) and not KEPT_AS_WRITTEN.fullmatch(value)


def _csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


@pytest.mark.parametrize("name", ["zones", "reports"])
def test_no_csv_cell_turns_into_a_date_or_number_unless_it_is_one(bundled_site: Path, name: str) -> None:
    fields = json.loads((bundled_site / "data" / f"{name}.json").read_text(encoding="utf-8"))["fields"]
    header, *rows = _csv(bundled_site / "data" / f"{name}.csv")
    assert header == [field["label"] for field in fields]
    changed = [(row[0], field["label"], cell) for row in rows for field, cell in zip(fields, row, strict=True)
               if field["type"] not in ("日期", "整数", "数字") and _changed_on_opening(cell)]
    assert changed == []
    topics = header.index(next(field["label"] for field in fields if field["name"] == "topics"))
    assert any(row[topics] for row in rows)
    for row in rows:  # each topic with its name: "4-1 社区党组织设置", never "4-1" alone
        assert all(re.fullmatch(r"\d+-\d+ \S.*", topic) for topic in row[topics].split(";") if topic), row[topics]


@pytest.mark.parametrize("text", ["4-1", "3-2", "2020/3/1", "1.5e3", "0431", "12345678901234567", "3月1日", "TRUE",
                                  "50%", "1-Jan"])
def test_text_a_spreadsheet_would_convert_is_written_as_text(text: str) -> None:
    record = {field.name: "" for field in ZONE_FIELDS} | {"title": text, "code": "220102"}
    header, row = _csv_rows(to_csv(ZONE_FIELDS, [record]))
    cells = dict(zip(header, row, strict=True))
    assert cells["实验主题"] == "'" + text
    assert cells["行政区划代码"] == "220102"  # a code shows as written: left alone


def _csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


@pytest.mark.parametrize("name, sheets", [("zones", ["实验区", "实验成效"]), ("reports", ["报告"])])
def test_every_workbook_has_real_dates_widths_a_frozen_header_and_a_filter(bundled_site: Path, name: str,
                                                                             sheets: list[str]) -> None:
    workbook = load_workbook(bundled_site / "data" / f"{name}.xlsx")
    assert workbook.sheetnames == [title for sheet in sheets for title in (sheet, f"{sheet}字段说明")]
    for worksheet in workbook:
        assert worksheet.freeze_panes == "A2"
        assert worksheet.auto_filter.ref == worksheet.dimensions
        widths = [worksheet.column_dimensions[letter].width for letter in ("A", "B", "C", "D")]
        assert all(width and width >= 8 for width in widths)
    data = workbook[sheets[0]]
    labels = [cell.value for cell in data[1]]
    dated = data.cell(row=2, column=labels.index("日期" if name == "reports" else "确认日期") + 1)
    assert isinstance(dated.value, datetime) and dated.number_format == "yyyy-mm-dd"
    assert data.cell(row=2, column=labels.index("数据日期") + 1).value == datetime(2026, 11, 27)
    assert data.column_dimensions["F"].width > data.column_dimensions["C"].width / 2  # sized to its text


def test_addresses_are_links_when_the_site_address_is_known(addressed_site: Path) -> None:
    header, *rows = _csv(addressed_site / "data" / "reports.csv")
    addresses = [row[header.index("页面地址")] for row in rows]
    assert all(address.startswith(ADDRESS) for address in addresses)
    assert (addressed_site / addresses[0].removeprefix(ADDRESS) / "index.html").is_file()
    sheet = load_workbook(addressed_site / "data" / "reports.xlsx")["报告"]
    cell = sheet.cell(row=2, column=header.index("页面地址") + 1)
    assert cell.hyperlink is not None and cell.hyperlink.target == addresses[0]


def test_report_types_are_named_in_chinese_and_the_licence_is_named(bundled_site: Path) -> None:
    page = Page(bundled_site / "data" / "index.html")
    assert "plan（实验方案）" in page.text and "annual-summary（年度工作总结）" in page.text
    assert "知识共享署名 4.0 国际许可协议（CC BY 4.0）（示例）" in page.text
    assert "https://creativecommons.org/licenses/by/4.0/deed.zh-hans" in page.links
    assert "../data/reports.xlsx" in page.links or "reports.xlsx" in page.links
    document = json.loads((bundled_site / "data" / "zones.json").read_text(encoding="utf-8"))
    assert document["licence"]["name"].endswith("（示例）")
    assert all(";" not in zone["topics"] or re.fullmatch(r"[\d;-]+", zone["topics"]) for zone in document["zones"])
