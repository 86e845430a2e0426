"""What the sanitiser will drop from a rendered body, said to the official in Chinese with the line to change."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

from generator.contract import rulebook
from generator.contract.addresses import spoofed_host
from generator.contract.photo_credits import OverrideError, parse_override
from generator.render.body import policy
from generator.render.body.html_elements import VOID_ELEMENTS

MAX_DEPTH = 64
SCRIPT_TAGS = frozenset({"script", "iframe", "object", "embed", "frame", "frameset", "applet", "base", "form",
                         "input", "button", "textarea", "select", "link", "meta", "style", "svg", "math"})


@dataclass(frozen=True)
class Finding:
    needle: str  # text to look for in the source to find the line
    rule: rulebook.Rule
    tag: str = ""
    name: str = ""
    written: str = ""
    host: str = ""
    detail: str = ""


def _shown(value: str) -> str:
    """A value quoted in a message: on one line and short."""
    flat = " ".join(value.split())
    return flat if len(flat) <= 60 else flat[:57] + "…"


def _attribute_finding(tag: str, name: str, written: str) -> Finding:
    value = _shown(written)
    if name in ("src", "href") and "\\" in written:
        return Finding(written, rulebook.BACKSLASH_PATH, written=value)
    if name.startswith("on"):
        return Finding(name, rulebook.EVENT_ATTRIBUTE, tag, name)
    if tag == "img" and name == "src":
        return Finding(written, rulebook.OUTSIDE_IMAGE, written=value)
    if tag == "a" and name == "href" and (host := spoofed_host(written)) is not None:
        return Finding(written, rulebook.USERINFO_LINK, written=value, host=_shown(host))
    if tag == "a" and name == "href":
        return Finding(written, rulebook.UNSAFE_LINK, written=value)
    return Finding(f"{name}=", rulebook.DROPPED_ATTRIBUTE, tag, name)


def _wechat_host(attrs: list[tuple[str, str | None]]) -> str | None:
    """The WeChat server an image pasted from an official account's article is on (its address is in src or,
    lazily loaded, in data-src)."""
    for name, value in attrs:
        if name in ("src", "data-src") and value and (host := policy.wechat_host(value)) is not None:
            return host
    return None


def _image_findings(attrs: list[tuple[str, str | None]]) -> list[Finding] | None:
    """One finding that names the real mistake, for an image that is a WeChat picture or a document."""
    host = _wechat_host(attrs)
    described = dict(attrs)
    if host is not None:
        return [Finding(described.get("data-src") or described.get("src") or "<img", rulebook.WECHAT_IMAGE,
                        host=host)]
    src = described.get("src") or ""
    name = policy.media_name(src.strip())
    if name is not None and not policy.is_image_name(name):
        return [Finding(src, rulebook.DOCUMENT_AS_IMAGE, name=name, written=_shown(src))]
    return None


_OVERRIDE_RULES = {"empty": rulebook.PHOTO_CREDIT_EMPTY, "date": rulebook.PHOTO_CREDIT_DATE,
                   "twice": rulebook.PHOTO_CREDIT_TWICE}


def _override_finding(title: str) -> Finding | None:
    """A picture's title that cannot be read as its caption, credit and date for the press."""
    try:
        parse_override(title)
    except OverrideError as error:
        if error.kind == "date":
            return Finding(title, rulebook.PHOTO_CREDIT_DATE, name=error.part, written=_shown(title),
                           detail=f"，如 {error.suggestion}" if error.suggestion else "，如 2025-06-01")
        return Finding(title, _OVERRIDE_RULES[error.kind], error.suggestion, written=_shown(title))
    return None


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.findings: list[Finding] = []
        self.too_deep = False
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SCRIPT_TAGS:
            self.findings.append(Finding(f"<{tag}", rulebook.SCRIPT_TAG, tag))
        elif tag not in policy.TAGS:
            self.findings.append(Finding(f"<{tag}", rulebook.HTML_TAG, tag))
        elif tag == "img" and (named := _image_findings(attrs)) is not None:
            self.findings += named
        else:
            for name, value in attrs:
                if not policy.attribute_allowed(tag, name, value or ""):
                    self.findings.append(_attribute_finding(tag, name, value or ""))
            described = dict(attrs)
            if tag == "img" and not (described.get("alt") or "").strip():
                self.findings.append(Finding(described.get("src") or "<img", rulebook.IMAGE_WITHOUT_ALT))
            if tag == "img" and (override := _override_finding(described.get("title") or "")) is not None:
                self.findings.append(override)
        if tag not in VOID_ELEMENTS:
            self._depth += 1
            self.too_deep = self.too_deep or self._depth > MAX_DEPTH

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_ELEMENTS:
            self._depth -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID_ELEMENTS:
            self._depth = max(self._depth - 1, 0)

    def handle_comment(self, data: str) -> None:
        self.findings.append(Finding("<!--", rulebook.HTML_COMMENT))


@dataclass(frozen=True)
class Scan:
    findings: tuple[Finding, ...]
    too_deep: bool


def scan(raw_html: str) -> Scan:
    scanner = _Scanner()
    scanner.feed(raw_html)
    scanner.close()
    unique = tuple(dict.fromkeys(scanner.findings))
    return Scan(unique, scanner.too_deep)


def line_of(body: str, needle: str) -> int:
    """The body line (0-based) where the needle first appears, case-insensitively; 0 when not found as written."""
    wanted = needle.lower()
    for offset, line in enumerate(body.split("\n")):
        if wanted and wanted in line.lower():
            return offset
    return 0
