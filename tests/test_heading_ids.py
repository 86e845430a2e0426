"""Ids that content causes (headings of titles, bodies and data) never take an id the theme's scripts look up."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import material
import pytest
import zensical

from generator.render import heading_ids
from tests.browser import Watch, chromium, serve_folder
from tests.conftest import CONFIG, CONTENT, ROOT, VALID_NEWS, run_cli, write_zone

MATERIAL = Path(material.__file__).parent / "templates"
ZENSICAL = Path(zensical.__file__).parent / "templates"  # the same theme, as Material's successor ships it
THEME = ROOT / "generator" / "site" / "theme"
TEMPLATES = ROOT / "generator" / "render" / "templates"

_ID_ATTRIBUTE = re.compile(r"""\bid=["']([^"']+)["']""")
_LOOKUP = re.compile(r"""getElementById\(\s*["']([^"']+)["']|querySelector(?:All)?\(\s*["']#([\w.-]+)""")
_ATTR_LIST_ID = re.compile(r"\{:[^}]*#([\w-]+)")
_UNDERSCORED = re.compile(r"""["'`#](__[A-Za-z]\w*)""")  # Material's ids in its scripts and `set path = "__nav_"`
_EXPRESSION = re.compile(r"\{\{.*?\}\}|\{[\w.]+\}|\$\{.*?\}|\$\d")  # Jinja, f-string, JavaScript


def _literal_ids(text: str) -> Iterator[str]:
    """Each id the text names; a numbered or named one with its expression as `1` (`batch-{{ year }}`: `batch-1`).
    An id that starts with an expression is named by the literal that makes it (Material's `"__nav_"`)."""
    for match in (*_ID_ATTRIBUTE.finditer(text), *_LOOKUP.finditer(text), *_ATTR_LIST_ID.finditer(text),
                  *_UNDERSCORED.finditer(text)):
        written = next(group for group in match.groups() if group)
        if not _EXPRESSION.match(written):
            yield _EXPRESSION.sub("1", written)


def theme_ids() -> set[str]:
    """The ids of Material's and Zensical's installed templates and scripts, and of our theme overrides and page
    templates."""
    files = [*MATERIAL.rglob("*.html"), *(MATERIAL / "assets" / "javascripts").glob("bundle.*.min.js"),
             *ZENSICAL.rglob("*.html"), *(ZENSICAL / "assets" / "javascripts").glob("bundle.*.min.js"),
             *THEME.glob("*.html"), *(THEME / "partials").rglob("*.html"), *(THEME / "assets").glob("*.js"),
             *TEMPLATES.rglob("*.j2"), *(ROOT / "generator" / "render" / "views").glob("*.py")]
    return {found for path in files for found in _literal_ids(path.read_text(encoding="utf-8"))}


def test_the_theme_ids_are_collected() -> None:
    found = theme_ids()
    assert {"__config", "__search", "__drawer", "__toc", "__palette_1", "__nav_", "__consent",
            "zone-table", "site-search-input", "batch-1", "search-form"} <= found


def test_no_heading_takes_an_id_the_theme_uses() -> None:
    for theme_id in sorted(theme_ids()):
        assert heading_ids.is_theme_id(theme_id), f"{theme_id}: add it to generator/render/heading_ids.py"
        assert heading_ids.slugify(theme_id, "-") != theme_id.lower()


@pytest.mark.parametrize(("heading", "slug"), [("会议内容", "会议内容"), ("实验区 概况", "实验区-概况"),
                                                ("Search Tips", "search-tips"), ("__config", "h-config"),
                                                ("zone-table", "h-zone-table"), ("_", "h-")])
def test_ordinary_headings_keep_their_ids(heading: str, slug: str) -> None:
    assert heading_ids.slugify(heading, "-") == slug


HOSTILE_HEADINGS = ["__search", "__drawer", "zone-table", "site-search-input", "chart-zones-data", "会议内容"]
HOSTILE_NEWS = VALID_NEWS.replace("title: 南关区召开实验区推进会", "title: __config").replace(
    "## 会议内容", "\n\n".join(f"## {heading}" for heading in HOSTILE_HEADINGS))
REPORT_PAGE = Path("zones") / "220102-nanguan" / "2020-04-22-news" / "index.html"


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: Counter[str] = Counter()
        self.tags: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value is not None:
                self.ids[value] += 1
                self.tags.setdefault(value, tag)


def _ids(page: Path) -> _Ids:
    parser = _Ids()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A zone whose news report is titled `__config` and has headings named after the theme's ids."""
    root = tmp_path_factory.mktemp("hostile-ids")
    write_zone(root, reports={"2020-04-22-news.md": HOSTILE_NEWS})
    run = run_cli(["build", "--zones", str(root / "zones"), "--content", str(CONTENT), "--config", str(CONFIG),
                   "--out", str(root / "site"), "--build-dir", str(root / "build"), "--today", "2020-06-01"])
    assert run.code == 0, run.output
    return root / "site"


def test_a_report_titled_like_the_themes_ids_leaves_each_id_once(hostile_site: Path) -> None:
    for page in hostile_site.rglob("*.html"):
        repeated = [name for name, count in _ids(page).ids.items() if count > 1]
        assert not repeated, f"{page.relative_to(hostile_site)}: {repeated}"
    report = _ids(hostile_site / REPORT_PAGE)
    assert report.tags["__config"] == "script"
    assert {"h-config", "h-search", "h-drawer", "h-zone-table", "h-site-search-input", "h-chart-zones-data",
            "会议内容"} <= set(report.ids)


def test_the_page_of_a_report_titled_config_runs_the_themes_script(hostile_site: Path) -> None:
    with serve_folder(hostile_site) as url, chromium() as browser:
        page = browser.new_page()
        watch = Watch()
        watch.attach(page)
        page.goto(url + REPORT_PAGE.parent.as_posix() + "/")
        page.wait_for_load_state("load")
        assert watch.errors == []
        assert page.evaluate("typeof window.component$") == "object"  # Material's script got past its config
