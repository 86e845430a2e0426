"""The province's choices (zones/selections.yml) against the zone folders they name: each typical case is a
public experience report named once with a short reason; recommendation reasons go with a recommendation."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from pathlib import Path

from generator.check.drafts import zone_published
from generator.contract import rulebook
from generator.contract.files import visible_length
from generator.contract.problems import Problem
from generator.contract.selections import REASON_MAX
from generator.contract.terms import EXPERIENCE_TYPE, REPORT_TYPES
from generator.load.selections import SelectionsSource
from generator.load.zone_folders import REPORTS, ZoneSource


def _guess(written: str, names: Sequence[str]) -> str:
    close = difflib.get_close_matches(written, sorted(names), n=1, cutoff=0.6)
    return f"是不是想写 {close[0]}？" if close else ""


def _reason_problem(source: SelectionsSource, line: int | None, field: str, what: str, reason: str) -> Problem | None:
    length = visible_length(reason)
    if length == 0:
        return rulebook.SELECTION_REASON.at(source.path, line, field, what=what, problem="是空的",
                                            how="请写一两句话，说明为什么选它，如“示例：以居民议事会……，做法可复制”")
    if length > REASON_MAX:
        return rulebook.SELECTION_REASON.at(
            source.path, line, field, what=what, problem=f"有 {length} 字，超过 {REASON_MAX} 字的上限",
            how=f"理由显示在标题旁，请压缩到 {REASON_MAX} 字以内；详细的介绍写在报告正文里")
    return None


def _typical_cases(source: SelectionsSource, zones: dict[str, ZoneSource], folders: set[str]) -> list[Problem]:
    problems = []
    first_line: dict[tuple[str, str], int | None] = {}
    for index, case in enumerate(source.data.typical_cases):
        def line(key: str, index: int = index) -> int | None:
            return source.lines.line_of(("typical_cases", index, key))

        written = f"{case.zone}/{case.report}"
        field = f"typical_cases[{index}]"
        zone = zones.get(case.zone)
        if zone is None:
            if case.zone not in folders:  # a folder that did not load has its own problems already
                problems.append(rulebook.SELECTION_MISSING.at(
                    source.path, line("zone"), f"{field}.zone", what="实验区文件夹", written=case.zone,
                    guess=_guess(case.zone, sorted(folders)), how="zone 写 zones 里的实验区文件夹名，如 220102-nanguan"))
            continue
        report = next((report for report in zone.reports if report.path.name == case.report), None)
        if report is None and (zone.folder / REPORTS / case.report).is_file():
            continue  # there, but it did not load: its own problems say why
        if report is None:
            problems.append(rulebook.SELECTION_MISSING.at(
                source.path, line("report"), f"{field}.report", what=f"{case.zone} 的报告", written=case.report,
                guess=_guess(case.report, [report.path.name for report in zone.reports]),
                how=f"report 写 zones/{case.zone}/reports 里的文件名"))
            continue
        key = (case.zone, case.report)
        if key in first_line:
            problems.append(rulebook.SELECTION_TWICE.at(source.path, line("report"), f"{field}.report",
                                                        written=written, first=first_line[key] or "?"))
            continue
        first_line[key] = line("zone")
        if report.front.type != EXPERIENCE_TYPE:
            problems.append(rulebook.SELECTION_NOT_EXPERIENCE.at(source.path, line("report"), f"{field}.report",
                                                                 written=written,
                                                                 type_label=REPORT_TYPES[report.front.type]))
        if report.front.draft:
            problems.append(rulebook.SELECTION_NOT_PUBLIC.at(
                source.path, line("report"), f"{field}.report", written=written, why="是草稿",
                how="等这份报告取消草稿（draft: true）后再选，或删去这一项"))
        elif not zone_published(zone):
            problems.append(rulebook.SELECTION_NOT_PUBLIC.at(
                source.path, line("zone"), f"{field}.zone", written=written, why="所属的实验区还没有确认",
                how="等实验区确认（zone.yml 写了 approved）后再选，或删去这一项"))
        found = _reason_problem(source, line("reason"), f"{field}.reason", f"典型案例“{written}”",
                                case.reason)
        if found is not None:
            problems.append(found)
    return problems


def _recommendations(source: SelectionsSource, zones: dict[str, ZoneSource], folders: set[str]) -> list[Problem]:
    problems = []
    for zone_id, reasons in source.data.national_recommendations.items():
        field = f"national_recommendations.{zone_id}"
        line = source.lines.line_of(("national_recommendations", zone_id))
        zone = zones.get(zone_id)
        if zone is None:
            if zone_id not in folders:
                problems.append(rulebook.SELECTION_MISSING.at(
                    source.path, line, field, what="实验区文件夹", written=zone_id, guess=_guess(zone_id, sorted(folders)),
                    how="national_recommendations 下面按实验区文件夹名写理由，如 220400-liaoyuan:"))
            continue
        if zone.data.milestones.national_recommended is None:
            problems.append(rulebook.RECOMMENDATION_NOT_RECOMMENDED.at(source.path, line, field, zone=zone_id))
        if not reasons:
            problems.append(rulebook.SELECTION_REASON.at(
                source.path, line, field, what=f"{zone_id} 推荐国家级", problem="是空的",
                how="在下面逐条写理由，每条以“- ”开头，一两句话"))
        for index, reason in enumerate(reasons):
            found = _reason_problem(source, source.lines.line_of(("national_recommendations", zone_id, index)),
                                    f"{field}[{index}]", f"{zone_id} 推荐国家级（第 {index + 1} 条）", reason)
            if found is not None:
                problems.append(found)
    for zone in zones.values():
        recommended = zone.data.milestones.national_recommended
        if recommended is not None and zone_published(zone) and zone.id not in source.data.national_recommendations:
            problems.append(rulebook.RECOMMENDATION_WITHOUT_REASON.at(
                zone.zone_file, zone.lines.line_of(("milestones", "national_recommended")),
                "milestones.national_recommended", day=recommended.isoformat(), zone=zone.id))
    return problems


def check_selections(source: SelectionsSource, zones: Sequence[ZoneSource], zones_dir: Path) -> list[Problem]:
    """Every problem of the province's choices; `zones_dir` tells a missing folder from one that did not load."""
    by_id = {zone.id: zone for zone in zones}
    folders = {path.name for path in zones_dir.iterdir() if path.is_dir()} if zones_dir.is_dir() else set()
    return _typical_cases(source, by_id, folders) + _recommendations(source, by_id, folders)

