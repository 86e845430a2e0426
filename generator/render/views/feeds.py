"""Atom feeds (RFC 4287): every new report, experience and news only, and one per zone with its yearly figures."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape as _escape
from xml.sax.saxutils import quoteattr as _quoteattr

from generator.model.site import Report, Site, Zone
from generator.render.docs_tree import DocsTree
from generator.render.views import urls
from generator.render.views.markdown import url
from generator.render.xml_characters import xml_safe

ENTRIES = 50


def escape(text: str) -> str:
    return _escape(xml_safe(text))


def quoteattr(text: str) -> str:
    return _quoteattr(xml_safe(text))


def _stamp(day: date) -> str:
    return f"{day.isoformat()}T00:00:00+08:00"


def _id(site: Site, path: str) -> str:
    """Absolute and stable: the page's address when the site address is known, else a name-based UUID."""
    base = site.settings.site_url
    return base.rstrip("/") + "/" + path if base else f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, path)}"


def _link(feed_path: str, page_path: str) -> str:
    return urls.url_of(page_path, feed_path.rsplit("/", 1)[0] + "/index.md" if "/" in feed_path else "index.md")


@dataclass(frozen=True)
class Entry:
    title: str
    page: str  # docs-tree path of the page it announces
    key: str  # "" or "#…" after the page's address in the entry's id, when a page announces several entries
    day: date
    term: str
    label: str
    summary: str


def report_entry(report: Report, zone: Zone) -> Entry:
    return Entry(report.front.title, urls.report_page(report), "", report.front.date, report.front.type,
                 report.type_label, f"{zone.unit.full_name} · {report.type_label}：{report.front.summary or report.front.title}")


FIGURES_TERM, FIGURES_LABEL = "indicators", "实验成效数值"


def figure_entries(zone: Zone, today: date) -> list[Entry]:
    """One entry per year a zone reported actual values for, dated by the report its values cite (the newest),
    else by the year's annual summary, else by the year's end; never after the build date."""
    reports = {report.source.path.name: report for report in zone.reports}
    summaries = {report.front.year: report.front.date for report in zone.reports if report.front.type == "annual-summary"}
    years: dict[int, list[str]] = {}
    cited: dict[int, list[date]] = {}
    for figures in zone.indicators:
        for value in figures.values:
            years.setdefault(value.year, []).append(figures.name)
            if value.source in reports:
                cited.setdefault(value.year, []).append(reports[value.source].front.date)
    entries = []
    for year, names in sorted(years.items()):
        day = min(max(cited.get(year, [])) if year in cited else summaries.get(year, date(year, 12, 31)), today)
        entries.append(Entry(f"{zone.unit.full_name}实验区 {year} 年实验成效数值", urls.zone_page(zone), f"#figures-{year}",
                             day, FIGURES_TERM, FIGURES_LABEL, f"{zone.unit.full_name} 报告了 {year} 年的指标数值："
                             + "、".join(dict.fromkeys(names)) + "。"))
    return entries


def atom(site: Site, feed_path: str, title: str, page_path: str, entries: Sequence[Entry]) -> str:
    identity = site.settings.identity
    newest = max((entry.day for entry in entries), default=site.today)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
        f"  <title>{escape(title)}</title>",
        f"  <subtitle>{escape(identity.title)}</subtitle>",
        f"  <id>{escape(_id(site, feed_path))}</id>",
        f"  <updated>{_stamp(newest)}</updated>",
        f"  <link rel=\"self\" type=\"application/atom+xml\" href={quoteattr(feed_path.rsplit('/', 1)[-1])}/>",
        f"  <link rel=\"alternate\" type=\"text/html\" href={quoteattr(_link(feed_path, page_path))}/>",
        f"  <author><name>{escape(identity.organizer)}</name></author>",
    ]
    for entry in entries[:ENTRIES]:
        lines += [
            "  <entry>",
            f"    <title>{escape(entry.title)}</title>",
            f"    <id>{escape(_id(site, urls.address(entry.page) + entry.key))}</id>",
            f"    <link rel=\"alternate\" type=\"text/html\" href={quoteattr(url(_link(feed_path, entry.page)))}/>",
            f"    <published>{_stamp(entry.day)}</published>",
            f"    <updated>{_stamp(entry.day)}</updated>",
            f"    <category term={quoteattr(entry.term)} label={quoteattr(entry.label)}/>",
            f"    <summary>{escape(entry.summary)}</summary>",
            "  </entry>",
        ]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def add(tree: DocsTree, site: Site) -> None:
    tree.add(urls.SITE_FEED, atom(site, urls.SITE_FEED, "全部报告", urls.HOME,
                                  [report_entry(report, zone) for report, zone in site.newest_reports()]))
    tree.add(urls.EXPERIENCE_FEED, atom(site, urls.EXPERIENCE_FEED, "经验做法与工作动态", urls.EXPERIENCE,
                                        [report_entry(report, zone) for report, zone in site.newest_reports(shared_only=True)]))
    for zone in site.zones:
        feed = urls.zone_feed(zone.id)
        entries = [report_entry(report, zone) for report in zone.reports] + figure_entries(zone, site.today)
        entries.sort(key=lambda entry: entry.day, reverse=True)  # stable: a report before figures of its day
        tree.add(feed, atom(site, feed, f"{zone.unit.full_name}实验区", urls.zone_page(zone), entries))
