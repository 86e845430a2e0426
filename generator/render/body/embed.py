"""Clean body HTML as generated Markdown: headings as Markdown headings (so the page's table of contents
and anchors come from MkDocs or Zensical), everything else as raw HTML blocks that they pass through.

An image of the zone's media folder gets its true size (no jump while the page loads), its smaller widths
as `srcset` (a phone fetches 480 or 960 pixels, not the original) and lazy loading; with the report's
`Credits`, a caption for the press under it (caption · credit · date · licence · 下载原图): a figure when the
image stands alone in its paragraph, a line of the paragraph when it stands among text."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from urllib.parse import quote

from generator.contract.dates import chinese_date
from generator.contract.photo_credits import Photo, credited
from generator.load.images import SHOWN_WIDTH, Picture
from generator.render.body.html_elements import VOID_ELEMENTS
from generator.render.body.policy import media_name
from generator.render.views.markdown import inline
from generator.render.views.urls import picture_in_zone

# The article column is at most about 46rem wide (Material's grid at 76.25em and up); below that, the screen.
SIZES = "(min-width: 76.25em) 46rem, 100vw"

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# The attribute by which a tag brings a file of media/ into the page: shown, or linked for download.
MEDIA_ATTRIBUTES = {"img": "src", "a": "href"}


# A paragraph that holds one image and nothing else, as the sanitiser writes it: it becomes a figure.
_LONE_IMAGE = re.compile(r"<p>\s*(<img [^>]*>)\s*</p>")


@dataclass(frozen=True)
class Credits:
    """What a report gives the captions of its pictures by default, and the site's licence for them."""

    report_title: str
    unit: str  # the zone's contact unit
    day: date
    licence: str = ""
    licence_url: str = ""


@dataclass(frozen=True)
class Embedded:
    markdown: str
    media: frozenset[str]  # names in the zone's media/ folder that the page shows or links to
    photos: tuple[Photo, ...] = ()  # its pictures of media/ with their captions, in the body's order


def _picture_attributes(picture: Picture, name: str) -> list[tuple[str, str]]:
    """A report page is one folder below its zone's: ../ reaches the zone's media/ and images/."""
    def address(width: int) -> str:
        return "../" + quote(picture_in_zone(name, None if width == picture.widths[-1] else width))

    widths = picture.widths
    default = next((width for width in widths if width >= SHOWN_WIDTH), widths[-1])
    return [("src", address(default)), ("srcset", ", ".join(f"{address(width)} {width}w" for width in widths)),
            ("sizes", SIZES), ("width", str(widths[-1])), ("height", str(picture.height_at(widths[-1]))),
            ("loading", "lazy"), ("decoding", "async")]


def _caption(photo: Photo, picture: Picture, credits: Credits) -> str:
    """The press line's HTML: every value escaped, the original linked for download."""
    original = "../" + quote(picture_in_zone(photo.name, None))
    licence = html.escape(credits.licence)
    if credits.licence and credits.licence_url:
        licence = f'<a href="{html.escape(credits.licence_url, quote=True)}">{licence}</a>'
    parts = [f'<span class="photo-caption">{html.escape(photo.caption)}</span>',
             f'<span class="photo-credit">{html.escape(photo.credit)}</span>',
             f'<time datetime="{photo.day.isoformat()}">{chinese_date(photo.day)}</time>',
             *([f'<span class="photo-licence">{licence}</span>'] if credits.licence else []),
             f'<a class="photo-original" href="{original}" download="{html.escape(photo.name, quote=True)}">'
             f'下载原图（{picture.width_published}×{picture.height_at(picture.width_published)}）</a>']
    return " · ".join(parts)


class _Splitter(HTMLParser):
    def __init__(self, pictures: Mapping[str, Picture], credits: Credits | None) -> None:
        super().__init__(convert_charrefs=True)
        self.pictures = pictures
        self.credits = credits
        self.blocks: list[str] = []
        self.media: set[str] = set()
        self.photos: list[Photo] = []
        self._open: list[str] = []
        self._html: list[str] = []
        self._depth = 0
        self._heading: tuple[int, list[str]] | None = None

    def _flush(self) -> None:
        chunk = "".join(self._html).strip()
        if chunk:
            self.blocks.append(f'<div class="report-body">\n{chunk}\n</div>')
        self._html = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._depth == 0 and tag in HEADINGS and self._heading is None:
            self._flush()
            self._heading = (HEADINGS[tag], [])
            return
        if self._heading is not None:
            return  # a heading keeps its text only
        if tag in MEDIA_ATTRIBUTES and (used := media_name(dict(attrs).get(MEDIA_ATTRIBUTES[tag]) or "")) is not None:
            self.media.add(used)
        caption = ""
        if tag == "img":
            attrs, caption = self._sized(attrs)
        written = "".join(f' {name}="{html.escape(value or "", quote=True)}"' for name, value in attrs)
        self._html.append(f"<{tag}{written}>")
        if caption and "a" not in self._open:  # a link holds no second link: an image in one keeps its alt only
            in_figure = bool(self._open) and self._open[-1] == "figure"
            self._html.append(f'<figcaption class="photo-line">{caption}</figcaption>' if in_figure
                              else f'<span class="photo-line">{caption}</span>')
        if tag not in VOID_ELEMENTS:
            self._depth += 1
            self._open.append(tag)

    def _sized(self, attrs: list[tuple[str, str | None]]) -> tuple[list[tuple[str, str | None]], str]:
        """The image's attributes for the page, and its press line (empty without the report's credits)."""
        values = dict(attrs)
        name = media_name(values.get("src") or "")
        picture = self.pictures.get(name) if name is not None else None
        if picture is None or name is None:
            return attrs, ""
        if self.credits is None:
            kept = [(key, value) for key, value in attrs if key in ("alt", "title")]
            return [*kept, *_picture_attributes(picture, name)], ""
        credits = self.credits
        photo = credited(name, values.get("alt") or "", values.get("title") or "", credits.report_title,
                         credits.unit, credits.day)
        self.photos.append(photo)
        # the title was the override, now said in the caption: no tooltip repeats it
        return [("alt", values.get("alt")), *_picture_attributes(picture, name)], _caption(photo, picture, credits)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if self._heading is not None:
            if tag in HEADINGS:
                level, text = self._heading
                if "".join(text).strip():
                    self.blocks.append("#" * level + " " + inline("".join(text)))
                self._heading = None
            return
        if tag in VOID_ELEMENTS:
            return
        self._depth = max(self._depth - 1, 0)
        if self._open:
            self._open.pop()
        self._html.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self._heading is not None:
            self._heading[1].append(data)
        else:
            self._html.append(html.escape(data, quote=False))

    def close(self) -> None:
        super().close()
        self._flush()


def embed(clean_html: str, pictures: Mapping[str, Picture] | None = None, credits: Credits | None = None) -> Embedded:
    """Blocks separated by blank lines; raw HTML blocks start at a line's start, as Markdown requires.

    `pictures` are the zone's measured images by their name in media/; with `credits`, each gets its press line."""
    splitter = _Splitter(pictures or {}, credits)
    splitter.feed(_LONE_IMAGE.sub(r'<figure class="photo">\1</figure>', clean_html) if credits else clean_html)
    splitter.close()
    return Embedded("\n\n".join(splitter.blocks), frozenset(splitter.media), tuple(splitter.photos))
