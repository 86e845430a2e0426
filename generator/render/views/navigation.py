"""The site's navigation bar."""

from __future__ import annotations

from generator.load.content_pages import ContentPages


def nav(pages: ContentPages) -> list[object]:
    """The navigation: home, the zone index and the hand-written pages; zone pages are reached by links."""
    return [{"首页": "index.md"}, {"实验区": "zones/index.md"}, {"经验交流": "experience/index.md"},
            {"地图": "map/index.md"}, {"专题": "themes/index.md"}, {"进度": "progress/index.md"},
            {"数据下载": "data/index.md"}, *(f"{page.name}" for page in pages.pages)]
