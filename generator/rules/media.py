"""Files in media/: allowed types and sizes, and every image or file a report links to exists."""

from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import unquote

from generator.contract import MEDIA_LINK
from generator.loader import ReportSource, ZoneSource
from generator.problems import Problem

IMAGE_TYPES = frozenset({"jpg", "jpeg", "png"})
ATTACHMENT_TYPES = frozenset({"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip"}) | IMAGE_TYPES
MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024


def _extension(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def check_media_files(zone: ZoneSource) -> list[Problem]:
    problems = []
    for path in zone.media:
        if path.is_symlink():
            problems.append(Problem(path, None, "", "这是一个符号链接，不是普通文件", "请上传文件本身，不要使用链接"))
            continue
        kind, size = _extension(path.name), path.stat().st_size
        if kind not in ATTACHMENT_TYPES:
            problems.append(Problem(path, None, "", f"不允许的文件类型“.{kind}”" if kind else "文件没有扩展名",
                                    "media 文件夹只能放 " + "、".join(sorted(ATTACHMENT_TYPES)) + " 文件"))
        elif kind in IMAGE_TYPES and size > MAX_IMAGE_BYTES:
            problems.append(Problem(path, None, "", f"图片有 {size / 1048576:.1f} MB，超过 5 MB",
                                    "请压缩图片（如缩小到 2000 像素宽、另存为 JPG）后再上传"))
        elif size > MAX_ATTACHMENT_BYTES:
            problems.append(Problem(path, None, "", f"附件有 {size / 1048576:.1f} MB，超过 20 MB",
                                    "请压缩文件，或拆分成几个文件；扫描件请降低分辨率"))
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
                problems.append(Problem(report.path, report.body_line + offset, "正文",
                                        f"找不到图片或文件“../media/{written}”", missing_media_hint(target, zone, "../")))
    for index, written in enumerate(report.front.attachments):
        if _extension(written) not in ATTACHMENT_TYPES:
            problems.append(Problem(report.path, report.lines.line_of(("attachments", index)), f"attachments[{index}]",
                                    f"附件“{written}”的类型不允许",
                                    "附件只能是 " + "、".join(sorted(ATTACHMENT_TYPES)) + " 文件"))
    return problems
