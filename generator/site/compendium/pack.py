"""The printable document of one year's 经验汇编, cut from its built `/experience/<year>/` page.

The page's template marks what the PDF prints (`<!-- compendium:start -->` … `<!-- compendium:end -->`) and what
is for the screen only; here the print stylesheet goes around it. Links to other pages become the site's public
addresses when the site has one, and plain text when it has none (a PDF must not point into a build folder).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from urllib.parse import unquote, urljoin

START = "<!-- compendium:start -->"
END = "<!-- compendium:end -->"
_SCREEN_ONLY = re.compile(r"<!-- compendium:screen -->.*?<!-- /compendium:screen -->", re.S)
_HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.S)
_PUBLIC_ADDRESS = re.compile(r'<link rel="canonical" href="([^"]+)"|<meta property="og:url" content="([^"]+)"')
_LINK = re.compile(r'<a href="([^"#][^"]*)"([^>]*)>(.*?)</a>', re.S)
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)
_IMAGE_SOURCE = re.compile(r'<img\b[^>]*?\bsrc="([^"]+)"')
_ORIGINAL = re.compile(r'<span class="compendium-facts__original">.*?</span>', re.S)  # a link to the report's page
_LAZY = re.compile(r' (?:srcset|sizes)="[^"]*"| loading="lazy"')


@dataclass(frozen=True)
class Pack:
    html: str
    images: tuple[Path, ...]  # the files its images load, which the PDF's cache key must cover


def stylesheet() -> str:
    return files(__package__).joinpath("compendium.css").read_text("utf-8")


def _public_links(part: str, public: str | None) -> str:
    def replace(match: re.Match[str]) -> str:
        href, rest, text = match.groups()
        if "://" in href or href.startswith("mailto:"):
            return match.group(0)
        if public is None:
            return text
        return f'<a href="{html.escape(urljoin(public, html.unescape(href)))}"{rest}>{text}</a>'
    return _LINK.sub(replace, part)


def site_root(page: Path) -> Path:
    """The built site's folder, from a compendium page (`experience/<year>/index.html`)."""
    return page.parent.parent.parent.resolve()


def cut(page: Path) -> Pack | None:
    """The printable part of a built compendium page, or None when the page has no markers."""
    text = page.read_text("utf-8")
    start, end = text.find(START), text.find(END)
    if start < 0 or end < start:
        return None
    part = _SCREEN_ONLY.sub("", text[start + len(START):end])
    part = _LAZY.sub("", _HEADERLINK.sub("", part))
    found = _PUBLIC_ADDRESS.search(text)
    if found is None:
        part = _ORIGINAL.sub("", part)
    part = _public_links(part, (found.group(1) or found.group(2)) if found else None)
    title = _TITLE.search(text)
    root = site_root(page)
    shown = {(page.parent / unquote(html.unescape(src))).resolve() for src in _IMAGE_SOURCE.findall(part) if "://" not in src}
    images = tuple(sorted(image for image in shown if image.is_relative_to(root)))  # nothing else is printed
    document = (f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
                f"<title>{title.group(1).strip() if title else ''}</title>"
                f"<style>{stylesheet()}</style></head><body>{part}</body></html>")
    return Pack(document, images)
