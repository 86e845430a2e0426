"""The site's navigation bar."""

from __future__ import annotations

from generator.load.content_pages import ContentPages
from generator.render.views import urls


def nav(pages: ContentPages) -> list[object]:
    """The navigation: home, the zone index and the hand-written pages; zone pages are reached by links."""
    return [{"首页": urls.HOME}, {"实验区": urls.ZONE_INDEX}, {"经验交流": urls.EXPERIENCE},
            {"地图": urls.MAP}, {"专题": urls.THEMES}, {"进度": urls.PROGRESS},
            {"数据下载": urls.DATA}, *(f"{page.name}" for page in pages.pages)]
