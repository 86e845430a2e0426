"""The page-kind registry is the one source of page kinds: a new kind is a view module and a template.

A toy kind is written here as those two files only, outside the project: a module placed in the views package's
search path and a template beside the project's. It must reach the docs tree at its addresses, the navigation
bar in its slot, the site map, and the breadcrumbs of its pages, with no other file knowing about it.
"""

from __future__ import annotations

import re
import sys
import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from jinja2 import ChoiceLoader, FileSystemLoader

import generator.render.views
from generator.pipeline import Checked, Inputs, check
from generator.render.docs import build_docs
from generator.render.docs_tree import DocsTree
from generator.render.views import urls
from generator.render.views.kinds import Page, PageKind, Section, registry, sections
from generator.render.views.markdown import environment
from generator.render.views.navigation import nav
from tests.conftest import CONTENT

ZONES = Path(__file__).parent / "golden" / "input" / "zones"

TOY_VIEW = '''
"""玩具: a toy section page and one page per zone, declared only here."""

from dataclasses import dataclass

from generator.render.views import urls
from generator.render.views.kinds import Page, PageKind, Section

TOYS = Section("玩具", "toys/index.md", nav_slot=8)


@dataclass(frozen=True)
class ToyPage(Page):
    count: int


@dataclass(frozen=True)
class ZoneToyPage(Page):
    zone_name: str

    def parents(self):
        return [("各实验区的玩具", "toys/index.md")]


def index(site, content):
    yield ToyPage(path=TOYS.page, title="全部玩具", count=len(site.zones))


def per_zone(site, content):
    for zone in site.zones:
        yield ZoneToyPage(path=f"toys/{zone.id}.md", title=f"{zone.unit.name}的玩具", zone_name=zone.unit.full_name)


PAGE_KINDS = (PageKind("toy index", "toy_index.md.j2", TOYS, index),
              PageKind("zone toy", "toy_zone.md.j2", TOYS, per_zone))
'''
TOY_TEMPLATES = {
    "toy_index.md.j2": '{{ {"title": title, "column": "玩具"} | front_matter }}\n# {{ title }}\n\n共 {{ count }} 个实验区。\n',
    # no title in the front matter: the breadcrumb takes the page's title from its context, not from its text
    "toy_zone.md.j2": '{{ {"column": "玩具"} | front_matter }}\n# {{ zone_name | inline }}\n',
}


@pytest.fixture(scope="module")
def checked() -> Checked:
    found = check(Inputs(ZONES, CONTENT), date(2024, 3, 1))
    assert found.site is not None and found.pages is not None
    return found


@pytest.fixture
def toy_kind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The toy's two files: its view module in the views package's path, its templates in the templates' path."""
    views = tmp_path / "views"
    views.mkdir()
    (views / "toys.py").write_text(textwrap.dedent(TOY_VIEW), encoding="utf-8")
    templates = tmp_path / "templates"
    templates.mkdir()
    for name, text in TOY_TEMPLATES.items():
        (templates / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(generator.render.views, "__path__", [*generator.render.views.__path__, str(views)])
    env = environment()
    assert env.loader is not None
    monkeypatch.setattr(env, "loader", ChoiceLoader([env.loader, FileSystemLoader(templates)]))
    yield
    sys.modules.pop("generator.render.views.toys", None)


def _crumbs(text: str) -> list[str]:
    trail = re.search(r'<ol class="breadcrumb__list">(.*?)</ol>', text)
    assert trail is not None, text[:300]
    return [re.sub(r"<[^>]+>", "", item) for item in re.findall(r"<li.*?</li>", trail.group(1))]


def test_a_new_page_kind_is_its_view_and_its_template(toy_kind: None, checked: Checked) -> None:
    assert checked.site is not None and checked.pages is not None
    assert {"toy index", "zone toy"} <= {kind.name for kind in registry()}
    tree: DocsTree = build_docs(checked.site, checked.pages)
    zone_ids = [zone.id for zone in checked.site.zones]
    assert tree.page_kinds["toys/index.md"] == "toy index"
    assert {tree.page_kinds[f"toys/{zone_id}.md"] for zone_id in zone_ids} == {"zone toy"}

    # its section's page and a page under it, each with its breadcrumb
    assert _crumbs(tree.texts["toys/index.md"]) == ["首页", "全部玩具"]
    nanguan = next(zone for zone in checked.site.zones if zone.id == "220102-nanguan")
    page = tree.texts[f"toys/{nanguan.id}.md"]
    assert _crumbs(page) == ["首页", "玩具", "各实验区的玩具", "南关区的玩具"]
    assert '<a href="../../toys/">玩具</a>' in page and f"# {nanguan.unit.full_name}" in page

    # the navigation bar, in its slot: after 数据下载 (6), before the hand-written pages
    entries = nav(checked.pages)
    labels = [next(iter(entry)) if isinstance(entry, dict) else entry for entry in entries]
    assert labels[labels.index("数据下载") + 1] == "玩具"
    assert {"玩具": "toys/index.md"} in entries
    # and the site map, which lists the navigation's sections
    assert "- [玩具](../toys/index.md)" in tree.texts["sitemap/index.md"]


def test_without_the_toy_no_page_or_section_of_it_exists(checked: Checked) -> None:
    assert checked.site is not None and checked.pages is not None
    tree = build_docs(checked.site, checked.pages)
    assert not [path for path in tree.texts if path.startswith("toys/")]
    assert "玩具" not in str(nav(checked.pages))


def test_every_generated_page_has_its_breadcrumb_from_its_kind(checked: Checked) -> None:
    """No page's trail depends on what its template wrote: a report's ends with its zone and its own title."""
    assert checked.site is not None and checked.pages is not None
    tree = build_docs(checked.site, checked.pages)
    zone = next(zone for zone in checked.site.zones if zone.reports)
    report = zone.reports[0]
    path = f"zones/{zone.id}/{report.stem}.md"
    assert tree.page_kinds[path] == "report page"
    assert _crumbs(tree.texts[path]) == ["首页", "实验区", zone.unit.full_name, report.front.title]
    assert set(tree.page_kinds.values()) == {kind.name for kind in registry()}


def test_every_page_is_built_where_urls_says_its_address_and_preview_file_are(bundled_site: Path) -> None:
    """The reviewers' list of changed pages names preview files, and feeds and open data name addresses, by
    urls.py's mapping of a docs-tree page to the built site: each must be a page MkDocs wrote."""
    docs = bundled_site.parent / "build" / "docs"
    pages = sorted(path.relative_to(docs).as_posix() for path in docs.rglob("*.md"))
    assert len(pages) > 100
    missing = [page for page in pages if not (bundled_site / urls.preview_file(page)).is_file()
               or not (bundled_site / urls.address(page) / "index.html").is_file()]
    assert not missing, missing[:10]


def test_two_sections_in_one_navigation_slot_are_refused() -> None:
    def nothing(site: object, content: object) -> Iterator[Page]:
        return iter(())

    taken = next(section for section in sections(registry()) if section.nav_slot == 1)
    clash = PageKind("clash", "clash.md.j2", Section("另一个栏目", "other/index.md", nav_slot=1), nothing)
    with pytest.raises(ValueError, match="share a navigation slot"):
        sections([*registry(), clash])
    assert taken.label == "实验区" and sections(registry())[0].label == "首页"
