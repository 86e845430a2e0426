"""Which pages of the site a pull request adds or changes, for the reviewers' summary on the checks page."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from generator.check.changes import zone_folder_of
from generator.contract.selections import SELECTIONS_FILE
from generator.contract.sinks import for_markdown
from generator.load.zone_folders import MEDIA
from generator.model.site import Report, Site, Zone
from generator.render.views import urls


def _touched_zones(touched: Sequence[Path], zones_dir: Path) -> set[str]:
    return {folder.name for path in touched
            if (folder := zone_folder_of(path, zones_dir)) is not None and folder.name != SELECTIONS_FILE}


def _selection_pages(site: Site) -> list[tuple[str, str]]:
    """What the province's choices show: the 典型案例 column, each case, each zone with recommendation reasons."""
    pages = [("典型案例（栏目页面）", urls.preview_file(urls.TYPICAL_CASES))]
    pages += [(f"{zone.unit.name}：{report.front.title}", urls.preview_file(urls.report_page(report)))
              for report, zone in site.typical_cases]
    return pages + [(f"{zone.unit.full_name}（实验区页面）", urls.preview_file(urls.zone_page(zone)))
                    for zone in site.zones if zone.national_reasons]


def _touches(report: Report, zone: Zone, sources: set[Path]) -> bool:
    """The report's file, or a file of media/ that its page shows or links to, was touched."""
    media = zone.source.folder / MEDIA
    return report.source.path.resolve() in sources or any((media / name).resolve() in sources for name in report.media)


def changed_pages(site: Site, touched: Sequence[Path], zones_dir: Path) -> list[tuple[str, str]]:
    """(what the page is, its file in the preview) for each public page whose sources were touched."""
    folders = _touched_zones(touched, zones_dir)
    sources = {path.resolve() for path in touched}
    pages: list[tuple[str, str]] = []
    for zone in site.zones:
        if zone.id not in folders:
            continue
        pages.append((f"{zone.unit.full_name}（实验区页面）", urls.preview_file(urls.zone_page(zone))))
        pages += [(f"{zone.unit.name}：{report.front.title}", urls.preview_file(urls.report_page(report)))
                  for report in zone.reports if _touches(report, zone, sources)]
    if (zones_dir / SELECTIONS_FILE).resolve() in sources:
        pages += [page for page in _selection_pages(site) if page not in pages]
    return pages


def unpublished_zones(site: Site, touched: Sequence[Path], zones_dir: Path) -> list[str]:
    """Touched zone folders that have no page: not confirmed yet (or not readable)."""
    return sorted(_touched_zones(touched, zones_dir) - {zone.id for zone in site.zones})



def format_pages(site: Site, touched: Sequence[Path], zones_dir: Path) -> str:
    pages = changed_pages(site, touched, zones_dir)
    hidden = unpublished_zones(site, touched, zones_dir)
    lines = ["### 改动涉及的页面", ""]
    if pages:
        lines += ["在本次检查的 Artifacts 中下载“网站预览”，解压后双击下列文件查看：", "",
                  "| 页面 | 预览中的文件 |", "| --- | --- |"]
        lines += [f"| {for_markdown(label)} | {for_markdown(path)} |" for label, path in pages]
    else:
        lines.append("本次改动不涉及实验区和报告的公开页面。")
    if hidden:
        lines += ["", "以下实验区还没有确认日期（approved），不会公开，预览中没有它们的页面："
                  + "、".join(for_markdown(name) for name in hidden)]
    return "\n".join(lines) + "\n"
