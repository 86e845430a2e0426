"""`showcase new-zone` and `showcase new-report`: filled-in starting files that validate with warnings only."""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from generator.check.zone_identity import folder_owner
from generator.contract.files import Milestones
from generator.contract.indicators import DIRECTIONS, INDICATOR_KINDS, INDICATORS_FILE
from generator.contract.terms import ANNUAL_TYPES, MILESTONE_LIST, REPORT_TYPE_LIST, REPORT_TYPES, Section
from generator.load.reference import Reference, Unit
from generator.load.zone_folders import ZONE_FILE, ZoneSource, zone_folders
from generator.render.views.markdown import render
from generator.write.files import write_changed

SCHEMA_FROM_ZONE = "../../schemas/zone.schema.json"
SCHEMA_FROM_REPORT = "../../../schemas/report.schema.json"
SCHEMA_FROM_INDICATORS = "../../schemas/indicators.schema.json"

ORDINALS = "一二三四五六七八九十"


def _headings(sections: tuple[Section, ...]) -> tuple[tuple[str, str], ...]:
    """(heading, hint) of each section; several are numbered 一、二、… as official documents number them."""
    if len(sections) == 1:
        return ((sections[0].name, sections[0].hint),)
    return tuple((f"{ORDINALS[i]}、{section.name}", section.hint) for i, section in enumerate(sections))


REPORT_HEADINGS = {report_type.key: _headings(report_type.sections) for report_type in REPORT_TYPE_LIST}


class ScaffoldError(Exception):
    """A bad argument, with the message that lists what would be valid."""


@dataclass(frozen=True)
class Created:
    path: Path


def _unit_for(code: str, reference: Reference) -> Unit:
    units = reference.units()
    if code in units:
        return units[code]
    by_name = [unit for unit in units.values() if code in (unit.name, unit.full_name)]
    if len(by_name) == 1:
        return by_name[0]
    close = difflib.get_close_matches(code, list(units), n=3, cutoff=0.6)
    guess = f"是不是想写 {'、'.join(close)}？" if close else ""
    listing = "；".join(f"{p.name}：" + "、".join(f"{c.code} {c.name}" for c in p.counties)
                       for p in reference.divisions.prefectures)
    raise ScaffoldError(f"未知的行政区划代码“{code}”。{guess}可用的代码（市州本身也可作为实验区）：{listing}")


DOCUMENT_EXAMPLE = "吉民函〔YYYY〕N号"
COMMENT_COLUMN = 33  # where the comments of the optional milestones line up


def _width(text: str) -> int:
    """Columns in an editor's monospaced font: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(character) in "WF" else 1 for character in text)


def _commented(key: str, example: str, comment: str) -> str:
    line = f"  # {key}: {example}"
    return line + " " * max(1, COMMENT_COLUMN - _width(line)) + f"# {comment}"


def milestone_lines() -> list[str]:
    """The optional milestones as commented lines, each with its label and description from terms.py."""
    lines = []
    for milestone in MILESTONE_LIST[1:]:  # `applied` is written out: every zone has applied
        needs = "、".join(f"{key} {REPORT_TYPES[key]}" for key in milestone.backed_by)
        stated = any(key in milestone.description for key in milestone.backed_by)
        backing = f"（须有报告：{needs}）" if needs and not stated else ""
        lines.append(_commented(milestone.key, "YYYY-MM-DD", f"{milestone.label}：{milestone.description}{backing}"))
        if milestone.document:
            title = Milestones.model_fields[milestone.document].title or milestone.document
            lines.append(_commented(milestone.document, DOCUMENT_EXAMPLE, title))
    return lines


def zone_file_text(unit: Unit | None, today: date) -> str:
    """The commented zone.yml for a unit; with no unit, the blank template officials copy."""
    return render(
        "scaffold/zone.yml.j2", schema=SCHEMA_FROM_ZONE, today=today, unit=unit,
        code=unit.code if unit else "待填写", name=unit.name if unit else "待填写", batch=application_batch(today),
        contact_unit=f"{unit.full_name}民政局" if unit else "待填写：联系单位",
        area_code=unit.prefecture.phone_area_code if unit else "0431", milestone_lines=milestone_lines(),
    )


def indicators_file_text(today: date) -> str:
    """The commented indicators.yml: satisfaction to fill in, and how other and own indicators are written."""
    return render("scaffold/indicators.yml.j2", schema=SCHEMA_FROM_INDICATORS, year=today.year,
                  kinds=" / ".join(f"{key} {label.split('（')[0]}" for key, label in INDICATOR_KINDS.items()),
                  directions=" / ".join(f"{key} {label}" for key, label in DIRECTIONS.items()))


def new_zone(zones_dir: Path, code: str, reference: Reference, today: date) -> Created:
    unit = _unit_for(code, reference)
    existing = [folder for folder in zone_folders(zones_dir)
                if folder_owner(folder.name, reference.units()) == unit.code] if zones_dir.is_dir() else []
    if existing:
        raise ScaffoldError(f"{unit.full_name}（{unit.code}）已有实验区文件夹 {existing[0]}，每个单位只能有一个")
    folder = zones_dir / unit.folder_name
    (folder / "reports").mkdir(parents=True)  # no .gitkeep: a zone folder holds no hidden file (rule F23)
    path = folder / ZONE_FILE
    path.write_text(zone_file_text(unit, today), encoding="utf-8")
    (folder / INDICATORS_FILE).write_text(indicators_file_text(today), encoding="utf-8")
    return Created(path)


TEMPLATE_DATE = date(2020, 1, 1)  # templates must not change with the day they are written


def report_text(kind: str, title: str, year: int | None, today: date, template: bool = False) -> str:
    return render("scaffold/report.md.j2", schema=SCHEMA_FROM_REPORT, type=kind, type_label=REPORT_TYPES[kind],
                  title=title, year=year, today=today, headings=REPORT_HEADINGS[kind], is_template=template)


def find_zone_folder(zones_dir: Path, written: str, reference: Reference) -> Path:
    folders = zone_folders(zones_dir) if zones_dir.is_dir() else []
    for folder in folders:
        if written == folder.name or folder_owner(folder.name, reference.units()) == written:
            return folder
    names = "、".join(folder.name for folder in folders) or "（还没有实验区，请先用 showcase new-zone 创建）"
    raise ScaffoldError(f"找不到实验区“{written}”。请写实验区文件夹名或代码，现有的实验区：{names}")


def check_report_type(kind: str) -> None:
    if kind not in REPORT_TYPES:
        close = difflib.get_close_matches(kind, list(REPORT_TYPES), n=1, cutoff=0.5)
        guess = f"是不是想写 {close[0]}？" if close else ""
        raise ScaffoldError(f"未知的报告类型“{kind}”。{guess}可用的类型："
                            + "、".join(f"{key}（{label}）" for key, label in REPORT_TYPES.items()))


def application_batch(day: date) -> int:
    """The batch an application made on `day` belongs to: each year's applications reach the province by 30 September."""
    return day.year if (day.month, day.day) <= (9, 30) else day.year + 1


def new_report(folder: Path, kind: str, year: int | None, title: str | None, zone: ZoneSource | None,
               today: date, day: date | None = None) -> Created:
    """A draft report dated `day` (default today), named by that date and its type."""
    check_report_type(kind)
    day = day or today
    if day > today:
        raise ScaffoldError(f"日期 {day.isoformat()} 晚于今天（{today.isoformat()}）。请写报告成文或发布的日期")
    if year is not None and kind not in ANNUAL_TYPES:
        raise ScaffoldError(f"--year 只用于年度实验计划（annual-plan）和年度工作总结（annual-summary）；"
                            f"{REPORT_TYPES[kind]}（{kind}）没有所属年度，请去掉 --year")
    if kind in ANNUAL_TYPES and year is None:
        year = day.year
    name = zone.data.name if zone is not None else folder.name
    label = REPORT_TYPES[kind]
    default_title = f"{name}{year}年度{label.removeprefix('年度')}" if kind in ANNUAL_TYPES else f"{name}{label}"
    reports = folder / "reports"
    reports.mkdir(exist_ok=True)
    path = reports / f"{day.isoformat()}-{kind}.md"
    number = 2
    while path.exists():
        path = reports / f"{day.isoformat()}-{kind}-{number}.md"
        number += 1
    path.write_text(report_text(kind, title or default_title, year, day), encoding="utf-8")
    return Created(path)


def template_texts() -> dict[str, str]:
    """The blank templates officials copy in the browser, by path under content/templates/."""
    texts = {ZONE_FILE: zone_file_text(None, TEMPLATE_DATE), INDICATORS_FILE: indicators_file_text(TEMPLATE_DATE)}
    for kind, label in REPORT_TYPES.items():
        year = TEMPLATE_DATE.year if kind in ANNUAL_TYPES else None
        texts[f"reports/{kind}.md"] = report_text(kind, f"待填写：{label}标题", year, TEMPLATE_DATE, template=True)
    return texts


def write_templates(folder: Path) -> list[Path]:
    return write_changed({folder / name: text for name, text in template_texts().items()})
