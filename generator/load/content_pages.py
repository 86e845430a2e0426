"""Hand-written pages in content/: the home introduction and the pages under content/pages/."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.contract import rulebook
from generator.contract.problems import Problem
from generator.load.preface import Preface, load_preface
from generator.load.text_file import decode
from generator.load.yaml_source import parse_yaml
from generator.load.zone_folders import split_front_matter

HOME_INTRO = "home.md"
PAGES = "pages"
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg"})


@dataclass(frozen=True)
class ContentPage:
    name: str  # path under content/pages/, posix
    text: str
    order: int
    title: str = ""  # the front matter's; the site map and the breadcrumbs name the page by it
    in_nav: bool = True  # `nav: false`: a page for contributors, kept out of the readers' navigation bar


@dataclass(frozen=True)
class ContentPages:
    home_intro: str
    pages: tuple[ContentPage, ...]
    images: tuple[tuple[str, Path], ...] = ()  # (path under content/pages/, file): the guide's screenshots
    preface: Preface | None = None  # of the yearly 经验汇编


def _read(path: Path) -> tuple[str | None, list[Problem]]:
    return decode(path.read_bytes(), path)


@dataclass(frozen=True)
class _Front:
    order: int = 100
    title: str = ""
    in_nav: bool = True


def _front(text: str, path: Path) -> tuple[_Front, list[Problem]]:
    """The page's order in the navigation, its title and whether the navigation bar lists it."""
    split = split_front_matter(text, path)
    if isinstance(split, Problem):
        return _Front(), []
    parsed, problems = parse_yaml(split[0], path, first_line=2)
    if parsed is None or not isinstance(parsed.data, dict):
        return _Front(), problems
    title = parsed.data.get("title")
    title = str(title).strip() if isinstance(title, (str, int, float)) else ""
    order = parsed.data.get("order", 100)
    if not isinstance(order, int) or isinstance(order, bool):
        problems = [*problems, rulebook.PAGE_ORDER.at(path, parsed.line_of(("order",)), "order")]
        order = 100
    in_nav = parsed.data.get("nav", True)
    if not isinstance(in_nav, bool):
        problems = [*problems, rulebook.PAGE_NAV.at(path, parsed.line_of(("nav",)), "nav")]
        in_nav = True
    return _Front(order, title, in_nav), problems


def load_pages(content: Path) -> tuple[ContentPages, list[Problem]]:
    problems: list[Problem] = []
    intro = ""
    intro_path = content / HOME_INTRO
    if intro_path.is_file():
        text, found = _read(intro_path)
        problems += found
        intro = text or ""
    pages = []
    folder = content / PAGES
    for path in sorted(folder.rglob("*.md")) if folder.is_dir() else []:
        text, found = _read(path)
        problems += found
        if text is None:
            continue
        front, found = _front(text, path)
        problems += found
        pages.append(ContentPage(path.relative_to(folder).as_posix(), text, front.order, front.title, front.in_nav))
    pages.sort(key=lambda page: (page.order, page.name))
    images = tuple((path.relative_to(folder).as_posix(), path) for path in sorted(folder.rglob("*"))
                   if path.suffix.lower() in IMAGE_SUFFIXES and path.is_file() and not path.is_symlink()) \
        if folder.is_dir() else ()
    preface, found = load_preface(content)
    problems += found
    return ContentPages(intro, tuple(pages), images, preface), problems
