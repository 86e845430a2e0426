"""What a report body may contain once rendered: the one allowlist that the sanitiser applies and the validator explains."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from generator.contract.addresses import spoofed_host
from generator.contract.files import IMAGE_TYPES

TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "details", "div", "dl", "dt", "em",
    "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol",
    "p", "pre", "q", "s", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "u", "ul",
})
# Tags whose content goes with them: text inside <script> or <style> is never shown as text either.
DROPPED_WITH_CONTENT = frozenset({"script", "style"})
ATTRIBUTES: dict[str, frozenset[str]] = {
    "a": frozenset({"href", "title"}),
    "abbr": frozenset({"title"}),
    "code": frozenset({"class"}),  # the language of a fenced code block
    "img": frozenset({"src", "alt", "title", "width", "height"}),
    "ol": frozenset({"start"}),
    "td": frozenset({"colspan", "rowspan", "align"}),
    "th": frozenset({"colspan", "rowspan", "align"}),
}
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
# A media file's name as the file-name rule allows it (see generator.names); the link is relative to
# the report's page, /zones/<id>/<stem>/, so ../media/ is the zone's media folder on the site too.
MEDIA_PREFIX = "../media/"
_CODE_LANGUAGE = re.compile(r"^language-[a-z0-9+-]{1,20}$")
_MEDIA_NAME = re.compile(r"^[^/\\\s\"'<>()\[\]{}`]+$")


def media_name(url: str) -> str | None:
    """The media file a relative URL names (decoded), or None when it names anything else."""
    if not url.startswith(MEDIA_PREFIX):
        return None
    path = url[len(MEDIA_PREFIX):].split("#", 1)[0]
    name = unquote(path)
    return name if name not in ("", ".", "..") and _MEDIA_NAME.match(name) else None


def wechat_host(url: str) -> str | None:
    """The host of a picture on WeChat's servers (mmbiz.qpic.cn and the like), or None."""
    host = (urlsplit(url.strip()).hostname or "").lower()
    return host if host == "qpic.cn" or host.endswith((".qpic.cn", ".qlogo.cn")) else None


def is_image_name(name: str) -> bool:
    return name.rsplit(".", 1)[-1].lower() in IMAGE_TYPES if "." in name else False


def link_allowed(url: str) -> bool:
    """Links may go to the web (http, https, with no user name that disguises the host), to e-mail, to a heading of
    the page or to the zone's media."""
    value = url.strip()
    if value.startswith("#"):
        return True
    if media_name(value) is not None:
        return True
    parts = urlsplit(value)
    if parts.scheme.lower() == "mailto":
        return True
    return parts.scheme.lower() in LINK_SCHEMES and bool(parts.netloc) and spoofed_host(value) is None


def image_allowed(url: str) -> bool:
    """Images come from the zone's own media folder only: no outside site sees who reads the page."""
    return media_name(url.strip()) is not None


def attribute_allowed(tag: str, name: str, value: str) -> bool:
    if name not in ATTRIBUTES.get(tag, frozenset()):
        return False
    if tag == "a" and name == "href":
        return link_allowed(value)
    if tag == "img" and name == "src":
        return image_allowed(value)
    if name in ("colspan", "rowspan", "start", "width", "height"):
        return value.isdigit() and len(value) <= 4
    if name == "class":
        return _CODE_LANGUAGE.match(value) is not None
    if name == "align":
        return value in ("left", "center", "right")
    return True
