"""Where each page and file lives in the docs tree, and so on the site: the one module that writes addresses.

MkDocs turns `zones/<id>/<stem>.md` into `/zones/<id>/<stem>/`; `*_address` functions give those public
addresses relative to the site's root, as the open data, the feeds and the search records name them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.model.site import Report, Zone

# Feeds sit at the site root: Material's script treats every <link rel="alternate"> as a language version and
# fetches sitemap.xml beside it, which only exists at the root.
SITE_FEED = "feed.xml"
EXPERIENCE_FEED = "feed-experience.xml"

# The section pages, as docs-tree paths (MkDocs publishes `x/index.md` at `x/`).
HOME = "index.md"
ZONE_INDEX = "zones/index.md"
EXPERIENCE_FOLDER = "experience"
EXPERIENCE = f"{EXPERIENCE_FOLDER}/index.md"
MAP = "map/index.md"
THEMES = "themes/index.md"
PROGRESS = "progress/index.md"
SEARCH = "search/index.md"
DATA = "data/index.md"
SITE_MAP = "sitemap/index.md"
INDICATORS = "indicators/index.md"
TYPICAL_CASES = "typical-cases/index.md"  # 典型案例, a column of 经验交流
PHOTOS_FOLDER = "photos"  # the site-wide gallery of the reports' pictures, in pages (listing_page)
POLICY = "policy.md"  # a hand-written page of content/pages/


def asset(name: str) -> str:
    """A file of the theme's assets/ folder (scripts, stylesheets, vendored libraries), as a docs-tree path."""
    return f"assets/{name}"


def data_file(name: str) -> str:
    """An open-data file (zones.csv …), beside the data page."""
    return f"data/{name}"


def zone_address(zone_id: str) -> str:
    return f"zones/{zone_id}/"


def report_address(zone_id: str, stem: str) -> str:
    return f"{zone_address(zone_id)}{stem}/"


def zone_page(zone: Zone) -> str:
    return zone_address(zone.id) + "index.md"


def report_page(report: Report) -> str:
    return report_address(report.zone_id, report.stem).removesuffix("/") + ".md"


def zone_photos(zone_id: str) -> str:
    """The folder of the zone's photo pages (listing_page): every picture of its published reports, for the press."""
    return zone_address(zone_id) + "photos"


def zone_file(zone_id: str, relative: str) -> str:
    """A file of the zone's folder (media/…, images/…) where the site publishes it."""
    return zone_address(zone_id) + relative


def zone_twin(zone_id: str) -> str:
    """The zone's machine-readable twin, beside its folder."""
    return f"zones/{zone_id}.json"


def gov_mark(written: str) -> str:
    """The 党政机关网站标识 as the site serves it, a PNG or (any other name) a JPEG: identity.gov_mark_image."""
    return "assets/gov-mark.png" if written.lower().endswith(".png") else "assets/gov-mark.jpg"


def zone_feed(zone_id: str) -> str:
    return f"feed-{zone_id}.xml"


def picture_in_zone(name: str, width: int | None) -> str:
    """Where an image of media/ is published inside its zone's folder: the largest width (None) keeps the
    media address that reports and attachments link to, smaller ones go to images/<width>/."""
    return f"media/{name}" if width is None else f"images/{width}/{name}"


def relative(target: str, origin: str) -> str:
    """A link from the page at `origin` to the page at `target`, both docs-tree paths."""
    origin_parts = origin.split("/")[:-1]
    target_parts = target.split("/")
    common = 0
    while common < min(len(origin_parts), len(target_parts) - 1) and \
            origin_parts[common] == target_parts[common]:
        common += 1
    return "/".join([".."] * (len(origin_parts) - common) + target_parts[common:])


def root_of(page: str) -> str:
    """The relative path from the page's URL (directory URLs) back to the site root."""
    parts = page.split("/")
    depth = len(parts) - 1 if parts[-1] == "index.md" else len(parts)
    return "../" * depth


def experience_by_prefecture(slug: str) -> str:
    """The folder of a prefecture's 经验交流 listing."""
    return f"{EXPERIENCE_FOLDER}/prefecture/{slug}"


def experience_by_topic(topic_id: str) -> str:
    return f"{EXPERIENCE_FOLDER}/topic/{topic_id}"


def experience_by_year(year: int) -> str:
    """The folder of one year's 经验交流 listing (`experience/<year>/` alone is that year's 经验汇编)."""
    return f"{EXPERIENCE_FOLDER}/year/{year}"


def experience_by_type(report_type: str) -> str:
    """The folder of the 经验做法 or the 工作动态 listing, by the report type's key."""
    return f"{EXPERIENCE_FOLDER}/type/{report_type}"


def experience_year(year: int) -> str:
    """The year's 经验汇编 (compendium of experience): the page, with its PDF beside it."""
    return f"{EXPERIENCE_FOLDER}/{year}/index.md"


def compendium_pdf(year: int) -> str:
    return f"{EXPERIENCE_FOLDER}/{year}/experience-{year}.pdf"


def listing_page(folder: str, number: int) -> str:
    """Page `number` (from 1) of a listing split into pages: the first at the folder's index."""
    return f"{folder}/index.md" if number == 1 else f"{folder}/page/{number}/index.md"


def year_overview_page(year: int) -> str:
    """The 年度概况 of a year, under 进度."""
    return f"progress/{year}/index.md"


def prefecture_page(slug: str) -> str:
    return f"prefectures/{slug}/index.md"


def area_page(area_id: str) -> str:
    return f"themes/area-{area_id}/index.md"


def topic_page(topic_id: str) -> str:
    return f"themes/topic-{topic_id}/index.md"


def indicator_page(indicator_id: str) -> str:
    return f"indicators/{indicator_id}/index.md"


def indicator_prefecture_page(indicator_id: str, prefecture_slug: str) -> str:
    """One indicator for the zones of one prefecture."""
    return f"indicators/{indicator_id}/{prefecture_slug}/index.md"


def indicator_file(indicator_id: str, suffix: str) -> str:
    """One indicator's figures as open data (csv, xlsx), beside the other downloads."""
    return data_file(f"indicators/{indicator_id}.{suffix}")


def address(page: str) -> str:
    """The public address of a docs-tree page relative to the site's root: MkDocs' directory URLs."""
    return page.removesuffix("index.md") if page.endswith("index.md") else page.removesuffix(".md") + "/"


def url_of(page: str, origin: str) -> str:
    """The directory URL of `page` relative to the URL of `origin`, for raw HTML links."""
    return root_of(origin) + address(page)


def preview_file(page: str) -> str:
    """The HTML file of a docs-tree page in the built site, as a preview opened from disk names it."""
    return page.removesuffix(".md") + ("" if page.endswith("index.md") else "/index") + ".html"
