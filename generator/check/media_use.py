"""Which files of media/ a published page uses: only those are published; the others get a warning.

A report uses what its rendered body shows or links to (collected while rendering it, so a link the
sanitiser drops or an image inside a heading does not count) and the attachments of its front matter.
Drafts use nothing: their files wait in media/ until the draft is published. No other page (zone page,
feeds, search, open data, share tags) shows a file of media/.
"""

from __future__ import annotations

import posixpath
from collections.abc import Mapping, Sequence
from pathlib import Path

from generator.contract import rulebook
from generator.contract.problems import Problem
from generator.load.zone_folders import MEDIA, ReportSource, ZoneSource


def attachment_in_media(written: str) -> str | None:
    """The name inside media/ of an attachment written from the zone folder (media/方案.pdf), else None."""
    normal = posixpath.normpath(written)
    prefix = MEDIA + "/"
    return normal.removeprefix(prefix) if normal.startswith(prefix) else None


def report_media(report: ReportSource, body_media: frozenset[str]) -> frozenset[str]:
    """The names in media/ that the report's page shows or links to: `body_media` from its rendered body,
    and its attachments."""
    attached = {name for written in report.front.attachments if (name := attachment_in_media(written)) is not None}
    return body_media | attached


def _how(name: str, drafts: Sequence[ReportSource]) -> str:
    if drafts:
        names = "、".join(report.path.name for report in drafts)
        return f"只有草稿 {names} 用到它；草稿删去 draft: true 公开后，它会随报告一起发布"
    return (f"请在报告正文里插入或链接它（图片写成 ![图片说明](../media/{name})，文件写成 [文件说明](../media/{name})），"
            f"或写进 attachments（media/{name}）；不需要的文件请删除")


def check_unused_media(zone: ZoneSource, body_media: Mapping[Path, frozenset[str]]) -> list[Problem]:
    """A warning for each file of media/ that no report to be published uses; `body_media` by report path.

    A zone with a body that could not be rendered is skipped: what that body uses is unknown, and its errors
    come first."""
    if zone.unread_fronts or any(report.path not in body_media for report in zone.reports):
        return []
    published: set[str] = set()
    drafts: dict[str, list[ReportSource]] = {}
    for report in zone.reports:
        for name in report_media(report, body_media[report.path]):
            if report.front.draft:
                drafts.setdefault(name, []).append(report)
            else:
                published.add(name)
    media = zone.folder / MEDIA
    problems = []
    for path in zone.media:
        name = path.relative_to(media).as_posix()
        if name not in published:
            problems.append(rulebook.MEDIA_UNUSED.at(path, name=name, how=_how(name, drafts.get(name, []))))
    return problems
