"""网站地图: every section, every prefecture with its zones, and every theme, on one page of links."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from generator.load.content_pages import ContentPages
from generator.model.site import Site
from generator.render.page_contexts import AreaLinks, NavSection, PrefectureLinks, TopicLink, ZoneLink
from generator.render.views import urls
from generator.render.views.kinds import Page, PageKind
from generator.render.views.navigation import nav

PATH = urls.SITE_MAP


@dataclass(frozen=True)
class SiteMapPage(Page):
    sections: list[NavSection]
    prefectures: list[PrefectureLinks]
    areas: list[AreaLinks]
    site_feed: str
    experience_feed: str


def pages(site: Site, content: ContentPages) -> Iterator[SiteMapPage]:
    titles = {page.name: page.title or page.name for page in content.pages}
    sections = []
    for entry in nav(content):
        label, target = next(iter(entry.items())) if isinstance(entry, dict) else (titles[str(entry)], str(entry))
        sections.append(NavSection(label, urls.relative(target, PATH)))
        if target == urls.EXPERIENCE:  # the 典型案例 column, a journalist's first stop, is not in the bar
            sections.append(NavSection("经验交流：典型案例", urls.relative(urls.TYPICAL_CASES, PATH)))
    # pages kept out of the navigation bar (the contributors' guide) are still reached from the footer's site map
    sections += [NavSection(titles[page.name], urls.relative(page.name, PATH)) for page in content.pages if not page.in_nav]
    # sections outside the bar: 新闻图片 for the press
    sections.append(NavSection("新闻图片", urls.relative(urls.listing_page(urls.PHOTOS_FOLDER, 1), PATH)))
    prefectures = [PrefectureLinks(prefecture, urls.relative(urls.prefecture_page(prefecture.slug), PATH),
                    [ZoneLink(zone, urls.relative(urls.zone_page(zone), PATH)) for zone in site.zones
                     if zone.unit.prefecture is prefecture])
                   for prefecture in site.reference.divisions.prefectures]
    areas = [AreaLinks(area, urls.relative(urls.area_page(area.id), PATH),
                       [TopicLink(topic, urls.relative(urls.topic_page(topic.id), PATH)) for topic in area.topics])
             for area in site.reference.topics.areas]
    root = urls.root_of(PATH)
    yield SiteMapPage(path=PATH, title="网站地图", sections=sections, prefectures=prefectures, areas=areas,
                      site_feed=root + urls.SITE_FEED, experience_feed=root + urls.EXPERIENCE_FEED)


PAGE_KINDS = (PageKind("site map", "site_map.md.j2", None, pages),)
