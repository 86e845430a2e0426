"""Atom feeds (RFC 4287): every new report, experience and news only, and one per zone."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from datetime import date
from xml.sax.saxutils import escape as _escape
from xml.sax.saxutils import quoteattr as _quoteattr

from generator.model.site import Report, Site, Zone
from generator.render.docs_tree import DocsTree
from generator.render.views import urls
from generator.render.views.markdown import url

ENTRIES = 50
# Characters XML 1.0 forbids: one of them in a title and no reader parses the feed. The validator refuses
# them in every field; the feed drops them as well, so that no input can break it.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def escape(text: str) -> str:
    return _escape(_NOT_XML.sub("", text))


def quoteattr(text: str) -> str:
    return _quoteattr(_NOT_XML.sub("", text))


def _stamp(day: date) -> str:
    return f"{day.isoformat()}T00:00:00+08:00"


def _id(site: Site, path: str) -> str:
    """Absolute and stable: the page's address when the site address is known, else a name-based UUID."""
    base = site.settings.site_url
    return base.rstrip("/") + "/" + path if base else f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, path)}"


def _link(feed_path: str, page_path: str) -> str:
    return urls.url_of(page_path, feed_path.rsplit("/", 1)[0] + "/index.md" if "/" in feed_path else "index.md")


def _summary(report: Report, zone: Zone) -> str:
    return f"{zone.unit.full_name} · {report.type_label}：{report.front.summary or report.front.title}"


def atom(site: Site, feed_path: str, title: str, page_path: str, entries: Sequence[tuple[Report, Zone]]) -> str:
    identity = site.settings.identity
    newest = max((report.front.date for report, _ in entries), default=site.today)
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
    for report, zone in entries[:ENTRIES]:
        page = urls.report_page(report)
        lines += [
            "  <entry>",
            f"    <title>{escape(report.front.title)}</title>",
            f"    <id>{escape(_id(site, urls.address(page)))}</id>",
            f"    <link rel=\"alternate\" type=\"text/html\" href={quoteattr(url(_link(feed_path, page)))}/>",
            f"    <published>{_stamp(report.front.date)}</published>",
            f"    <updated>{_stamp(report.front.date)}</updated>",
            f"    <category term={quoteattr(report.front.type)} label={quoteattr(report.type_label)}/>",
            f"    <summary>{escape(_summary(report, zone))}</summary>",
            "  </entry>",
        ]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def add(tree: DocsTree, site: Site) -> None:
    tree.add(urls.SITE_FEED, atom(site, urls.SITE_FEED, "全部报告", urls.HOME, site.newest_reports()))
    tree.add(urls.EXPERIENCE_FEED, atom(site, urls.EXPERIENCE_FEED, "经验做法与工作动态", urls.EXPERIENCE,
                                   site.newest_reports(shared_only=True)))
    for zone in site.zones:  # a zone's reports are newest first already
        feed = urls.zone_feed(zone.id)
        tree.add(feed, atom(site, feed, f"{zone.unit.full_name}实验区", urls.zone_page(zone),
                            [(report, zone) for report in zone.reports]))
