"""当前位置 on every page: where the page sits in the site, as links back up (政府网站发展指引).

Added to every Markdown page of the docs tree once the views have written them, from the page's address
and its own title, so that no view can forget it.
"""

from __future__ import annotations

import html
import json

from generator.model.site import Site
from generator.render.docs_tree import DocsTree
from generator.render.views import urls
from generator.render.views.markdown import attribute

HOME = ("首页", urls.HOME)
SECTIONS = {  # the first folder of an address → the section page it belongs to
    "zones": ("实验区", urls.ZONE_INDEX),
    "experience": ("经验交流", urls.EXPERIENCE),
    "map": ("地图", urls.MAP),
    "prefectures": ("地图", urls.MAP),
    "themes": ("专题", urls.THEMES),
    "progress": ("进度", urls.PROGRESS),
    "data": ("数据下载", urls.DATA),
    "search": ("搜索", urls.SEARCH),
}

Crumb = tuple[str, str | None]  # label, and the page it links to (None: this page)


def page_title(text: str) -> str:
    """The page's title as text. Generated front matter writes each value as JSON, the title HTML-escaped
    for the theme (views/markdown.py); a hand-written page may write it plain."""
    front = text[4:text.index("\n---\n", 4)]
    for line in front.splitlines():
        if line.startswith("title:"):
            written = line.removeprefix("title:").strip()
            try:
                value = json.loads(written)
            except ValueError:
                value = written.strip("'\"")
            return html.unescape(str(value))
    return ""


def trail(path: str, title: str, site: Site) -> list[Crumb]:
    if path == HOME[1]:
        return [(HOME[0], None)]
    crumbs: list[Crumb] = [HOME]
    parts = path.split("/")
    section = SECTIONS.get(parts[0])
    if section is not None and section[1] != path:
        crumbs.append(section)
    if parts[0] == "zones" and len(parts) == 3 and parts[2] != "index.md":  # a report: its zone comes first
        zone = next((zone for zone in site.zones if zone.id == parts[1]), None)
        if zone is not None:
            crumbs.append((zone.unit.full_name, urls.zone_page(zone)))
    if parts[0] == "themes" and len(parts) == 3 and parts[1].startswith("topic-"):
        found = site.reference.topic_index().get(parts[1].removeprefix("topic-"))
        if found is not None:
            crumbs.append((found[0].name, urls.area_page(found[0].id)))
    crumbs.append((title, None))
    return crumbs


def breadcrumb(path: str, crumbs: list[Crumb]) -> str:
    items = [f'<li><a href="{attribute(urls.url_of(page, path))}">{attribute(label)}</a></li>' if page is not None
             else f'<li aria-current="page">{attribute(label)}</li>' for label, page in crumbs]
    return (f'<nav class="breadcrumb" aria-label="当前位置" data-search-ignore="all"><span class="breadcrumb__label">'
            f'当前位置：</span><ol class="breadcrumb__list">{"".join(items)}</ol></nav>\n\n')


def add_to(tree: DocsTree, site: Site) -> None:
    for path, text in list(tree.texts.items()):
        if not path.endswith(".md") or not text.startswith("---\n"):
            continue
        end = text.index("\n---\n", 4) + len("\n---\n")
        crumbs = trail(path, page_title(text), site)
        tree.texts[path] = text[:end] + "\n" + breadcrumb(path, crumbs) + text[end:]
