"""Zone folders on disk to validated contract models, with every problem located by file and line."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from generator.contract import rulebook
from generator.contract.files import ReportFront, ZoneFile
from generator.contract.indicators import INDICATORS_FILE, ZoneIndicatorsFile
from generator.contract.problems import Problem
from generator.load.explain import explain_validation
from generator.load.text_file import read_text_file
from generator.load.unwanted_files import is_unwanted, unwanted_entries
from generator.load.yaml_source import ParsedYaml, parse_yaml

PLACEHOLDER = "待填写"
MAX_ZONE_FILE_BYTES = 256 * 1024
MAX_REPORT_BYTES = 2 * 1024 * 1024
MAX_REPORTS_PER_ZONE = 500
ZONE_FILE = "zone.yml"
REPORTS = "reports"
MEDIA = "media"
ZONE_ENTRIES = (ZONE_FILE, INDICATORS_FILE, REPORTS, MEDIA)  # what a zone folder may hold
_FENCE = re.compile(r"^(---|\.\.\.)\s*$")


@dataclass(frozen=True)
class ReportSource:
    path: Path
    front: ReportFront
    lines: ParsedYaml
    body: str
    body_line: int
    placeholder_lines: tuple[int, ...] = ()

    @property
    def stem(self) -> str:
        return self.path.stem


@dataclass(frozen=True)
class BodySource:
    """The body of a report whose front matter could not be read: its checks still run, it is never published."""

    path: Path
    body: str
    body_line: int


@dataclass(frozen=True)
class IndicatorsSource:
    """A zone's indicators.yml: the figures it reports, with the line of every key."""

    path: Path
    data: ZoneIndicatorsFile
    lines: ParsedYaml


@dataclass(frozen=True)
class ZoneSource:
    folder: Path
    data: ZoneFile
    lines: ParsedYaml
    reports: tuple[ReportSource, ...]
    media: tuple[Path, ...]
    placeholder_lines: tuple[int, ...] = ()
    unread_fronts: tuple[BodySource, ...] = ()
    indicators: IndicatorsSource | None = None  # None when the zone has no indicators.yml (or it cannot be read)

    @property
    def indicators_file(self) -> Path:
        return self.folder / INDICATORS_FILE

    @property
    def id(self) -> str:
        return self.folder.name

    @property
    def zone_file(self) -> Path:
        return self.folder / ZONE_FILE


@dataclass(frozen=True)
class Loaded:
    zones: tuple[ZoneSource, ...]
    problems: tuple[Problem, ...]


def yaml_value_part(line: str) -> str:
    """A YAML line without its comment: a # at the start or after a space, outside quotes."""
    quote = ""
    for index, character in enumerate(line):
        if quote:
            quote = "" if character == quote else quote
        elif character in "\"'":
            quote = character
        elif character == "#" and (index == 0 or line[index - 1] in " \t"):
            return line[:index]
    return line


def placeholder_lines(text: str, yaml_lines: int) -> tuple[int, ...]:
    """Lines a scaffold left for the official to fill in; in the first `yaml_lines`, comments do not count."""
    return tuple(number for number, line in enumerate(text.split("\n"), start=1)
                 if PLACEHOLDER in (yaml_value_part(line) if number <= yaml_lines else line))


def split_front_matter(text: str, path: Path) -> tuple[str, str, int] | Problem:
    """Return (front matter, body, first body line), or the problem that prevents the split."""
    lines = text.split("\n")
    if not _FENCE.match(lines[0]) or lines[0].startswith("."):
        return rulebook.NO_FRONT_MATTER.at(path, 1)
    for index in range(1, len(lines)):
        if _FENCE.match(lines[index]):
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), index + 2
    return rulebook.UNCLOSED_FRONT_MATTER.at(path, 1)


def _validate(model: type[ZoneFile] | type[ReportFront] | type[ZoneIndicatorsFile], parsed: ParsedYaml, path: Path,
              context: Mapping[str, Any]) -> tuple[ZoneFile | ReportFront | ZoneIndicatorsFile | None, list[Problem]]:
    if not isinstance(parsed.data, dict):
        return None, [rulebook.NOT_A_MAPPING.at(path, parsed.line_of(()))]
    try:
        return model.model_validate(parsed.data, context=dict(context)), []
    except ValidationError as error:
        return None, explain_validation(error, model, parsed, path)


def load_report(path: Path, context: Mapping[str, Any]) -> tuple[ReportSource | None, list[Problem]]:
    text, problems = read_text_file(path, MAX_REPORT_BYTES, "报告正文只放文字；图片和附件请放在 media 文件夹")
    if text is None:
        return None, problems
    split = split_front_matter(text, path)
    if isinstance(split, Problem):
        return None, [split]
    front_text, body, body_line = split
    if not front_text.strip():
        return None, [rulebook.EMPTY_FRONT_MATTER.at(path, 2)]
    parsed, problems = parse_yaml(front_text, path, first_line=2)
    if parsed is None:
        return None, problems
    front, more = _validate(ReportFront, parsed, path, context)
    problems += more
    if not isinstance(front, ReportFront):
        return None, problems
    return ReportSource(path, front, parsed, body, body_line, placeholder_lines(text, body_line - 1)), problems


def _body_only(path: Path) -> BodySource | None:
    """The body of a report whose front matter failed, so that one run reports its body's problems too."""
    text, _ = read_text_file(path, MAX_REPORT_BYTES, "")
    split = split_front_matter(text, path) if text is not None else None
    if split is None or isinstance(split, Problem):
        return None
    return BodySource(path, split[1], split[2])


def _load_reports(folder: Path, context: Mapping[str, Any]) -> tuple[list[ReportSource], list[Problem], list[BodySource]]:
    reports: list[ReportSource] = []
    problems: list[Problem] = []
    unread: list[BodySource] = []
    directory = folder / REPORTS
    if not directory.is_dir():
        return reports, problems, unread
    entries = sorted(directory.iterdir())
    if len(entries) > MAX_REPORTS_PER_ZONE:
        return reports, [rulebook.TOO_MANY_REPORTS.at(directory, count=len(entries), limit=MAX_REPORTS_PER_ZONE)], unread
    for path in entries:
        if is_unwanted(path.name):  # reported by unwanted_entries
            continue
        if path.is_symlink():
            problems.append(rulebook.SYMLINK_FILE.at(path))
            continue
        if path.suffix != ".md" or not path.is_file():
            problems.append(rulebook.NOT_A_REPORT.at(path))
            continue
        report, found = load_report(path, context)
        problems += found
        if report is not None:
            reports.append(report)
        elif (body := _body_only(path)) is not None:
            unread.append(body)
    return reports, problems, unread


def symbolic_links(folder: Path) -> list[Path]:
    """Every symbolic link below `folder`, file or folder, without following any of them."""
    found = []
    for top, folders, files in os.walk(folder, followlinks=False):
        found += [Path(top, name) for name in sorted(folders + files) if os.path.islink(os.path.join(top, name))]
    return found


def load_zone(folder: Path, context: Mapping[str, Any]) -> tuple[ZoneSource | None, list[Problem]]:
    zone_file = folder / ZONE_FILE
    if folder.is_symlink():  # before anything is read through it
        return None, [rulebook.SYMLINK_ZONE.at(folder)]
    links = symbolic_links(folder)
    if links:  # a link could publish any file of the machine that builds the site: read nothing of this zone
        return None, [rulebook.SYMLINK_INSIDE.at(link) for link in links]
    reports, problems, unread = _load_reports(folder, context)
    problems += [rulebook.STRAY_FILE.at(path, name=path.name) for path in sorted(folder.iterdir())
                 if path.name not in ZONE_ENTRIES and not is_unwanted(path.name)]
    if not zone_file.is_file():
        problems.append(rulebook.NO_ZONE_FILE.at(folder))
        return None, problems
    text, found = read_text_file(zone_file, MAX_ZONE_FILE_BYTES,
                                 "zone.yml 只写实验区的基本信息；报告请写在 reports 文件夹，图片和附件放在 media 文件夹")
    problems += found
    if text is None:
        return None, problems
    parsed, found = parse_yaml(text, zone_file)
    problems += found
    if parsed is None:
        return None, problems
    data, found = _validate(ZoneFile, parsed, zone_file, context)
    problems += found
    indicators, found = load_indicators(folder / INDICATORS_FILE)
    problems += found
    if not isinstance(data, ZoneFile):
        return None, problems
    return ZoneSource(folder, data, parsed, tuple(reports), _media_files(folder),
                      placeholder_lines(text, text.count("\n") + 1), tuple(unread), indicators), problems


def load_indicators(path: Path) -> tuple[IndicatorsSource | None, list[Problem]]:
    """A zone's indicators.yml, read like zone.yml (same limits, same explanations); no file is no figures."""
    if not path.is_file():
        return None, []
    text, problems = read_text_file(path, MAX_ZONE_FILE_BYTES, "indicators.yml 只写指标数值；说明文字请写在报告里")
    if text is None:
        return None, problems
    parsed, found = parse_yaml(text, path)
    problems += found
    if parsed is None:
        return None, problems
    data, found = _validate(ZoneIndicatorsFile, parsed, path, {})
    problems += found
    if not isinstance(data, ZoneIndicatorsFile):
        return None, problems
    return IndicatorsSource(path, data, parsed), problems


def _media_files(folder: Path) -> tuple[Path, ...]:
    media = folder / MEDIA
    if not media.is_dir():
        return ()
    return tuple(sorted(path for path in media.rglob("*") if (path.is_file() or path.is_symlink())
                        and not any(is_unwanted(part) for part in path.relative_to(media).parts)))


def zone_folders(zones_dir: Path) -> list[Path]:
    return sorted(p for p in zones_dir.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


def load_zones(zones_dir: Path, topics: Mapping[str, str]) -> Loaded:
    """Load every zone folder; `topics` (id to name) lets the contract reject unknown topic ids."""
    if not zones_dir.is_dir():
        problem = rulebook.ZONES_FOLDER_MISSING.at(zones_dir)
        return Loaded((), (problem,))
    zones: list[ZoneSource] = []
    problems: list[Problem] = unwanted_entries(zones_dir)
    for folder in zone_folders(zones_dir):
        zone, found = load_zone(folder, {"topics": topics})
        problems += found
        if zone is not None:
            zones.append(zone)
    return Loaded(tuple(zones), tuple(problems))
