"""A property of the body pipeline: whatever HTML-like text a report holds, the page MkDocs makes of it has
no event attribute and no link or source with a script or data scheme."""

from __future__ import annotations

import html
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.render.body import Bodies, render_bodies
from generator.site.config_file import load_config
from tests.conftest import CONFIG

TAGS = ["a", "img", "svg", "math", "script", "style", "iframe", "div", "p", "details", "table", "td", "object",
        "embed", "form", "base", "meta", "link", "b", "mtext", "mglyph", "noscript", "template", "textarea"]
ATTRIBUTES = ["onerror", "onclick", "OnLoad", "onmouseover", "ontoggle", "href", "src", "srcdoc", "style", "class",
              "data-search-zone", "markdown", "formaction", "xlink:href", "action"]
VALUES = ["javascript:alert(1)", "jav&#x61;script:alert(1)", "java\nscript:alert(1)", "&Tab;javascript:x",
          "data:text/html,<script>alert(1)</script>", "data:image/svg+xml,<svg onload=alert(1)>", "vbscript:x",
          "x\" onerror=\"alert(1)", "../media/a.png", "https://example.org/", "#top", "alert(1)", "JaVaScRiPt:x"]
MARKDOWN = ["[", "]", "(", ")", "](", "![", "`", "```", "~~~", "    ", "\n", "\n\n", "> ", "- ", "1. ", "{: ",
            " }", "{: onclick=alert(1) }", "{ #x .y onmouseover=alert(1) }", "\n## ", "\n### ", "<!--", "-->", "<![CDATA[", "]]>", "&", "&#", ";", "\"", "'", "=", "/", ">", "<", "|", "---"]
SCHEMES = ("javascript:", "data:", "vbscript:")


@st.composite
def _tag(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(TAGS))
    attributes = draw(st.lists(st.tuples(st.sampled_from(ATTRIBUTES), st.sampled_from(VALUES),
                                         st.sampled_from(['"', "'", ""])), max_size=3))
    written = "".join(f" {key}={quote}{value}{quote}" for key, value, quote in attributes)
    closing = draw(st.sampled_from(["", f"</{name}>", "/"]))
    return f"<{name}{written}>" + draw(st.sampled_from(["", "文字", "x"])) + closing


BODIES = st.lists(st.one_of(_tag(), st.sampled_from(MARKDOWN), st.sampled_from(VALUES), st.text(max_size=5)),
                  max_size=25).map("".join)


def _mkdocs_markdown() -> markdown.Markdown:
    """The extensions of the site's own mkdocs.yml, as MkDocs applies them to each generated page."""
    extensions: list[str] = []
    configs: dict[str, dict[str, object]] = {}
    for entry in load_config(CONFIG)["markdown_extensions"]:
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, {})
        extensions.append(name)
        configs[name] = {key: value for key, value in options.items() if key != "slugify"}
    return markdown.Markdown(extensions=extensions, extension_configs=configs)


class _Unsafe(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            plain = "".join(html.unescape(value or "").split()).lower()
            if name.startswith("on") or (name in ("href", "src", "srcdoc", "action", "formaction", "xlink:href")
                                         and plain.startswith(SCHEMES)):
                self.found.append(f"<{tag} {name}={value!r}>")
        if tag in ("script", "iframe", "object", "embed", "svg", "math", "base", "form", "style"):
            self.found.append(f"<{tag}>")


class _Report:
    def __init__(self, body: str) -> None:
        self.path = Path("zones/220102-nanguan/reports/2020-04-22-news.md")
        self.body = body
        self.body_line = 8
        self.front = SimpleNamespace(title="南关区召开实验区推进会", date=date(2020, 4, 22))  # the press lines' defaults


class _Zone:
    def __init__(self, body: str) -> None:
        self.reports = (_Report(body),)
        self.unread_fronts = ()
        self.data = SimpleNamespace(contact=SimpleNamespace(unit="长春市南关区民政局"))


ENGINE = _mkdocs_markdown()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(BODIES)
def test_no_body_yields_an_event_attribute_or_a_script_link_on_the_page(body: str) -> None:
    bodies: Bodies = render_bodies([_Zone(body)])  # type: ignore[list-item]
    page = bodies.pages.get(Path("zones/220102-nanguan/reports/2020-04-22-news.md"))
    if page is None:
        assert bodies.problems  # refused, and said why
        return
    built = ENGINE.reset().convert(page)
    checker = _Unsafe()
    checker.feed(built)
    checker.close()
    assert checker.found == [], (body, built)


def test_a_link_whose_user_name_disguises_its_host_is_refused_and_left_off_the_page() -> None:
    body = "请看[民政部网站](https://www.mca.gov.cn@evil.example/)和<a href='http://mzt.jl.gov.cn:x@evil.example'>民政厅</a>。"
    bodies: Bodies = render_bodies([_Zone(body)])  # type: ignore[list-item]
    page = bodies.pages[Path("zones/220102-nanguan/reports/2020-04-22-news.md")]
    assert "evil.example" not in ENGINE.reset().convert(page) and "民政部网站" in page
    assert [problem.rule for problem in bodies.problems] == ["H16", "H16"]
