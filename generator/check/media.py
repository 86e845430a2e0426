"""Files in media/: allowed types and sizes, contents that match the extension, and every image or file a report
links to exists."""

from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import unquote

from generator.check import attachment_contents
from generator.contract import rulebook
from generator.contract.files import ATTACHMENT_TYPES, IMAGE_TYPES, MAX_ATTACHMENT_BYTES, MAX_IMAGE_BYTES, MEDIA_LINK
from generator.contract.problems import Problem
from generator.load.zone_folders import ReportSource, ZoneSource


def _extension(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def check_media_files(zone: ZoneSource) -> list[Problem]:
    problems = []
    for path in zone.media:
        if path.is_symlink():
            problems.append(rulebook.SYMLINK_FILE.at(path))
            continue
        kind, size = _extension(path.name), path.stat().st_size
        if kind not in ATTACHMENT_TYPES:
            rule = rulebook.MEDIA_TYPE if kind else rulebook.MEDIA_NO_EXTENSION
            problems.append(rule.at(path, kind=kind, allowed="、".join(sorted(ATTACHMENT_TYPES))))
        elif kind in IMAGE_TYPES and size > MAX_IMAGE_BYTES:
            problems.append(rulebook.IMAGE_TOO_LARGE.at(path, size=f"{size / 1048576:.1f}"))
        elif size > MAX_ATTACHMENT_BYTES:
            problems.append(rulebook.ATTACHMENT_TOO_LARGE.at(path, size=f"{size / 1048576:.1f}"))
        elif (actual := attachment_contents.seems(path, kind)) is not None:
            problems.append(rulebook.ATTACHMENT_CONTENT.at(path, actual=actual, kind=kind,
                                                           how=attachment_contents.how_to_fix(kind)))
    return problems


def missing_media_hint(written: str, zone: ZoneSource, prefix: str = "") -> str:
    """Point at the file when it is in media/ under another spelling; else say where it belongs.

    `prefix` is what the reference is written from: "" in attachments (the zone folder), "../" in a body.
    """
    wanted = PurePosixPath(written).name.casefold()
    found = [path for path in zone.media if path.name.casefold() == wanted]
    if found:
        return f"文件已在 media 文件夹里：请写成 {prefix}{found[0].relative_to(zone.folder).as_posix()}（区分大小写）"
    return "请把文件上传到本实验区的 media 文件夹，并核对文件名（区分大小写）"


def check_report_links(report: ReportSource, zone: ZoneSource) -> list[Problem]:
    problems = []
    media = zone.folder / "media"
    for offset, line in enumerate(report.body.split("\n")):
        for _, written in MEDIA_LINK.findall(line):
            target = unquote(written)  # editors may write 现场.jpg as %E7%8E%B0%E5%9C%BA.jpg
            if not (media / target).is_file() or ".." in target.split("/"):
                problems.append(rulebook.MEDIA_NOT_FOUND.at(report.path, report.body_line + offset, "正文", written=written,
                                                            how=missing_media_hint(target, zone, "../")))
    for index, written in enumerate(report.front.attachments):
        if _extension(written) not in ATTACHMENT_TYPES:
            problems.append(rulebook.ATTACHMENT_TYPE.at(report.path, report.lines.line_of(("attachments", index)),
                                                        f"attachments[{index}]", written=written,
                                                        allowed="、".join(sorted(ATTACHMENT_TYPES))))
    return problems
