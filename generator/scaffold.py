"""`showcase new-zone` and `showcase new-report`: filled-in starting files that validate with warnings only."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from generator.check.zone_identity import folder_owner
from generator.contract.files import ANNUAL_TYPES, REPORT_TYPES
from generator.load.reference import Reference, Unit
from generator.load.zone_folders import ZONE_FILE, ZoneSource, zone_folders
from generator.render.views.markdown import render
from generator.write.files import write_changed

SCHEMA_FROM_ZONE = "../../schemas/zone.schema.json"
SCHEMA_FROM_REPORT = "../../../schemas/report.schema.json"

REPORT_HEADINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "application": (("一、申报理由", "本地社区治理的基础和申报的理由"),
                    ("二、工作基础", "党委政府重视、工作基础、干部队伍等条件"),
                    ("三、实验主题和主要内容", "拟开展的实验主题和主要举措"), ("四、保障措施", "组织领导、经费投入等")),
    "plan": (("一、实验背景", "发展状况、存在问题等"), ("二、实验主题", "主要目标、基本任务等"),
             ("三、实验内容", "具体举措、工作安排等"), ("四、实验保障", "组织领导、经费投入等（全文不少于 3000 字）")),
    "review-opinion": (("一、审核情况", "市（州）民政局对申报材料的审核情况"), ("二、审核意见", "是否同意推荐及理由")),
    "annual-plan": (("一、年度目标", "本年度要达到的目标"), ("二、重点任务", "本年度的重点任务和具体举措"),
                    ("三、时间安排", "各项任务的时间节点"), ("四、保障措施", "组织、经费、人员等保障")),
    "annual-summary": (("一、年度工作概况", "本年度实验工作的总体情况"), ("二、主要做法", "采取的主要举措"),
                       ("三、取得成效", "量化成效和群众反响"), ("四、存在问题", "工作中的问题和不足"),
                       ("五、下一年度打算", "下一年度的工作思路")),
    "progress": (("一、工作进展", "阶段工作进展"), ("二、阶段成效", "已取得的成效"), ("三、下一步工作", "下一阶段安排")),
    "change": (("一、变更事项", "申请变更、调整或中止的内容"), ("二、变更原因", "为什么需要变更"),
               ("三、后续安排", "变更后的工作安排和省民政厅批准情况")),
    "extension": (("一、实验进展", "实验目标和任务的完成情况"), ("二、延期理由", "需要延长实验周期的原因"),
                  ("三、延期期间工作安排", "延期期间的任务和时间节点"), ("四、申请延期至", "申请延长到的日期")),
    "final-report": (("一、实验基本情况", "实验主题、周期和总体情况"), ("二、主要做法", "实验期间的主要举措"),
                     ("三、实验成效", "实验方案确定的目标完成情况"), ("四、制度成果", "形成的制度文件和可推广的经验"),
                     ("五、存在问题和下一步打算", "问题和今后打算")),
    "acceptance": (("一、验收评审情况", "评审的时间、方式和专家组"), ("二、评审意见", "专家组的评审意见"),
                   ("三、验收结论", "是否通过验收")),
    "experience": (("一、背景", "面临的问题"), ("二、主要做法", "具体做法"), ("三、工作成效", "成效和群众反响")),
    "news": (("工作动态", "时间、地点、活动内容和意义"),),
}


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


def zone_file_text(unit: Unit | None, today: date) -> str:
    """The commented zone.yml for a unit; with no unit, the blank template officials copy."""
    return render(
        "scaffold/zone.yml.j2", schema=SCHEMA_FROM_ZONE, today=today, unit=unit,
        code=unit.code if unit else "待填写", name=unit.name if unit else "待填写", batch=application_batch(today),
        contact_unit=f"{unit.full_name}民政局" if unit else "待填写：联系单位",
        area_code=unit.prefecture.phone_area_code if unit else "0431",
    )


def new_zone(zones_dir: Path, code: str, reference: Reference, today: date) -> Created:
    unit = _unit_for(code, reference)
    existing = [folder for folder in zone_folders(zones_dir)
                if folder_owner(folder.name, reference.units()) == unit.code] if zones_dir.is_dir() else []
    if existing:
        raise ScaffoldError(f"{unit.full_name}（{unit.code}）已有实验区文件夹 {existing[0]}，每个单位只能有一个")
    folder = zones_dir / unit.folder_name
    (folder / "reports").mkdir(parents=True)
    (folder / "reports" / ".gitkeep").touch()
    path = folder / ZONE_FILE
    path.write_text(zone_file_text(unit, today), encoding="utf-8")
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
    texts = {ZONE_FILE: zone_file_text(None, TEMPLATE_DATE)}
    for kind, label in REPORT_TYPES.items():
        year = TEMPLATE_DATE.year if kind in ANNUAL_TYPES else None
        texts[f"reports/{kind}.md"] = report_text(kind, f"待填写：{label}标题", year, TEMPLATE_DATE, template=True)
    return texts


def write_templates(folder: Path) -> list[Path]:
    return write_changed({folder / name: text for name, text in template_texts().items()})
