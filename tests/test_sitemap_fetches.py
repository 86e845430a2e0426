"""A page view fetches sitemap.xml at most once (issue 24, point 2): Material's script fetches it once for every
distinct link[rel=alternate], and every page announced two or three feeds."""

from __future__ import annotations

from pathlib import Path

from tests.browser import chromium, serve_folder

PAGES = ("", "zones/220102-nanguan/", "zones/220102-nanguan/2021-12-20-annual-summary/", "data/", "experience/")


def test_each_page_view_fetches_the_sitemap_at_most_once(bundled_site: Path) -> None:
    fetched: dict[str, int] = {}
    with serve_folder(bundled_site) as site_url, chromium() as browser:
        context = browser.new_context(viewport={"width": 375, "height": 800}, locale="zh-CN")
        for address in PAGES:
            page = context.new_page()  # a new page, so nothing of the previous view is in flight or reused
            requests: list[str] = []
            page.on("request", lambda request, seen=requests: seen.append(request.url))
            response = page.goto(site_url + address, wait_until="networkidle")
            assert response is not None and response.ok, address
            fetched[address] = sum(url.split("?")[0].endswith("sitemap.xml") for url in requests)
            page.close()
        context.close()
    assert all(count <= 1 for count in fetched.values()), fetched
