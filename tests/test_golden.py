"""Golden files: one generated file of every kind the generator writes, compared with files kept in tests/golden/.

The input is fixed and small: the two zone folders of tests/golden/input/zones (never zones/), the project's
content/ and the build date below. The docs tree is generated once; the golden files of every page kind of the
registry (generator/render/views/kinds.py, PAGE_GOLDEN) and of every other kind of file (FILE_KINDS) are compared
with tests/golden/expected/<the same path> (text byte for byte; XLSX as its sheets and images as their
format and size, since their bytes follow openpyxl's, zlib's and Pillow's versions), and tests/golden/tree.txt
lists every path of the tree with its kind, so a file that appears or disappears shows too. A second tree,
generated without the map's boundary file, gives the schematic tile map (tests/golden/expected-tile-map/).
The built HTML is not compared: its bytes follow the versions of MkDocs and Material, which pyproject.toml
gives as ranges; the tests of the built site check what readers see in it.

Regenerate after an intended change with:  UPDATE_GOLDEN=1 pytest tests/test_golden.py
(it rewrites every expected file and removes the ones no longer listed); the diff shows what changed.
"""

from __future__ import annotations

import difflib
import io
import json
import os
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PIL import Image

from generator.pipeline import Inputs, check
from generator.render.docs import build_docs
from generator.render.views.kinds import registry
from generator.write.files import write_tree
from tests.conftest import CONTENT

GOLDEN = Path(__file__).parent / "golden"
ZONES = GOLDEN / "input" / "zones"
TODAY = date(2024, 3, 1)
EXPECTED = GOLDEN / "expected"
EXPECTED_TILE_MAP = GOLDEN / "expected-tile-map"
TREE_LISTING = GOLDEN / "tree.txt"
BOUNDARY = "boundary_file: reference/boundaries/jilin-prefectures.geojson"

ZONE_ID = "(?:" + "|".join(re.escape(folder.name) for folder in sorted(ZONES.iterdir())) + ")"  # a zone of the input
CONTENT_PAGE = "(?:" + "|".join(re.escape(page.relative_to(CONTENT / "pages").as_posix())
                                for page in sorted((CONTENT / "pages").rglob("*.md"))) + ")"  # a page of content/pages/
NANGUAN = "zones/220102-nanguan"  # 长春市, batch 2019, final report overdue; an experience report with an image and a PDF
MEIHEKOU = "zones/220581-meihekou"  # 通化市, batch 2021, extended; six reports of six types


def _text(data: bytes) -> str:
    return data.decode("utf-8")


def _workbook(data: bytes) -> str:
    """XLSX is a zip whose bytes follow openpyxl's and zlib's versions: its properties and cells as text."""
    book = openpyxl.load_workbook(io.BytesIO(data))
    lines = [f"created: {book.properties.created}", f"modified: {book.properties.modified}"]
    for sheet in book.worksheets:
        lines.append(f"## {sheet.title}")
        lines += [json.dumps(row, ensure_ascii=False, default=str) for row in sheet.iter_rows(values_only=True)]
    return "\n".join(lines) + "\n"


def _picture(data: bytes) -> str:
    """Images are re-encoded (bytes follow Pillow's version): where each width goes, its format and size."""
    with Image.open(io.BytesIO(data)) as image:
        return f"{image.format} {image.width}x{image.height}\n"


def _cms_config(data: bytes) -> str:
    """The form editor's configuration (about 900 KB: a zone entry and a reports collection for every unit of the
    divisions): its settings, the names of all collections, Changchun's zone collection without its entries, the
    zone entry and the reports collection of Nanguan."""
    settings = json.loads(data.decode("utf-8").split("window.SHOWCASE_CMS = ", 1)[1].rstrip().removesuffix(";"))
    config = settings.pop("config")
    collections = config.pop("collections")
    zones = next(collection for collection in collections if collection["name"] == "zones-220100")
    shown = {
        "settings": settings, "config": config, "collections": [collection["name"] for collection in collections],
        "zone collection": {key: value for key, value in zones.items() if key != "files"},
        "zone entry": next(entry for entry in zones["files"] if entry["name"] == "220102-nanguan"),
        "reports collection": next(c for c in collections if c["name"] == "reports-220102-nanguan"),
    }
    return json.dumps(shown, ensure_ascii=False, indent=1) + "\n"


@dataclass(frozen=True)
class Kind:
    name: str
    pattern: str  # the docs-tree paths of a kind of file (a page's kind is the one that wrote it: "")
    golden: tuple[str, ...]  # the files of this kind compared with tests/golden/expected/
    as_text: Callable[[bytes], str] = _text  # what is compared; not the bytes themselves: saved as <path>.txt

    @property
    def suffix(self) -> str:
        return "" if self.as_text is _text else ".txt"


# The golden files of each page kind of the registry, under the kind's name; the tree says which kind wrote a page.
PAGE_GOLDEN: dict[str, tuple[str, ...]] = {
    # 首页: content/home.md's introduction, key figures, status bars, the small map, newest reports, zones by batch
    "home": ("index.md",),
    # 实验区 index: the full table with its filters
    "zone index": ("zones/index.md",),
    # one page per zone: status, milestones, timeline, reports by type, contact
    "zone page": (f"{NANGUAN}/index.md", f"{MEIHEKOU}/index.md"),
    # one page per report: all of one zone's (six types) and an experience report with an image, a table and an attachment
    "report page": (
        f"{NANGUAN}/2021-06-08-experience.md",
        f"{MEIHEKOU}/2021-09-27-application.md", f"{MEIHEKOU}/2021-09-29-review-opinion.md",
        f"{MEIHEKOU}/2021-12-28-plan.md", f"{MEIHEKOU}/2022-01-25-annual-plan.md",
        f"{MEIHEKOU}/2022-08-16-news.md", f"{MEIHEKOU}/2023-11-30-extension.md"),
    # 地图 with the boundary file (the tile map without one: TILE_MAP_GOLDEN)
    "map": ("map/index.md",),
    # one page per prefecture, with its part of the map
    "prefecture page": ("prefectures/changchun/index.md",),
    # 专题 index with its chart
    "themes index": ("themes/index.md",),
    # a theme area: 南关区 and its experience report
    "theme area page": ("themes/area-1/index.md",),
    # a theme topic, with its area in the breadcrumbs
    "theme topic page": ("themes/topic-1-3/index.md",),
    # 进度: status chart, province timeline, the monitoring list (both zones have overdue duties)
    "progress": ("progress/index.md",),
    # 年度概况 of the build date's year: counted to the build date, not-due reports apart, the history of late reports
    "year overview": ("progress/2024/index.md",),
    # 搜索 with its filters
    "search page": ("search/index.md",),
    # 数据下载 and its field dictionary
    "data page": ("data/index.md",),
    # 经验交流: all, by prefecture, by topic (page/<n>/ only past 20 reports, which this input never reaches)
    "experience page": ("experience/index.md",),
    "experience by prefecture": ("experience/prefecture/changchun/index.md",),
    "experience by topic": ("experience/topic/1-3/index.md",),
    "experience by year": ("experience/year/2021/index.md",),
    "experience by type": ("experience/type/experience/index.md",),
    "typical cases page": ("typical-cases/index.md",),
    # 经验汇编 of a year: cover, contents, preface, 年度概况, one chapter per experience report with its figures
    "experience year": ("experience/2021/index.md",),
    # 网站地图
    "site map": ("sitemap/index.md",),
    # 实验成效: the province's indicators by area, who reports each, median, best and who does not report yet
    "indicators index": ("indicators/index.md",),
    # one page per indicator: its metadata, the best and worst zones, the median by year, each prefecture, downloads
    "indicator page": ("indicators/satisfaction/index.md",),
    # 新闻图片: every picture of the published reports with its press line, and one zone's
    "photo gallery": ("photos/index.md",),
    "zone photos": (f"{NANGUAN}/photos/index.md",),
    # one indicator for one prefecture's zones: their comparison and table by year, who does not report yet
    "indicator prefecture page": ("indicators/satisfaction/changchun/index.md",),
}
PAGE_KINDS = {name: Kind(name, "", golden) for name, golden in PAGE_GOLDEN.items()}

# Every other file of the tree, by its path (FILE_KINDS is searched in order, the first match wins).
FILE_KINDS = (
    # a zone's JSON twin beside its folder
    Kind("zone twin", rf"zones/{ZONE_ID}\.json", (f"{NANGUAN}.json",)),
    # an image of media/, re-encoded at each width (the largest at its media address)
    Kind("picture", rf"zones/{ZONE_ID}/(media|images/\d+)/[^/]+\.(png|jpe?g)",
         (f"{NANGUAN}/media/sanshe-liandong.png", f"{NANGUAN}/images/480/sanshe-liandong.png"), _picture),
    # any other file of media/, copied as it is
    Kind("attachment", rf"zones/{ZONE_ID}/media/.+", (f"{NANGUAN}/media/sanzhang-qingdan.pdf",)),
    # the tile map's positions and colours, written only without a boundary file (TILE_MAP_GOLDEN)
    Kind("tile map stylesheet", r"assets/tile-map\.css", ()),
    # the 党政机关网站标识 of the site settings (identity.gov_mark_image), copied as it is
    Kind("government-site mark", r"assets/gov-mark\.(png|jpg)", ("assets/gov-mark.png",), _picture),
    # open data as CSV (UTF-8 with BOM, CRLF)
    Kind("data CSV", r"data/[^/]+\.csv", ("data/zones.csv", "data/reports.csv", "data/indicators.csv", "data/duties.csv")),
    # one indicator's figures as CSV and XLSX, linked from its page
    Kind("indicator CSV", r"data/indicators/[^/]+\.csv", ("data/indicators/satisfaction.csv",)),
    Kind("indicator XLSX", r"data/indicators/[^/]+\.xlsx", ("data/indicators/satisfaction.xlsx",), _workbook),
    # open data as JSON
    Kind("data JSON", r"data/[^/]+\.json", ("data/zones.json", "data/reports.json", "data/indicators.json")),
    # open data as XLSX, compared as its sheets
    Kind("data XLSX", r"data/[^/]+\.xlsx", ("data/zones.xlsx",), _workbook),
    # Atom feeds: every report, experience and news, one per zone
    Kind("site feed", r"feed\.xml", ("feed.xml",)),
    Kind("experience feed", r"feed-experience\.xml", ("feed-experience.xml",)),
    Kind("zone feed", rf"feed-{ZONE_ID}\.xml", (f"feed-{NANGUAN.removeprefix('zones/')}.xml",)),
    # a hand-written page of content/pages/, published as written under its breadcrumbs (the small one; guide.md is 58 KB)
    Kind("content page", CONTENT_PAGE, ("about.md",)),
    # a screenshot or picture of content/pages/images/, copied as it is
    Kind("content image", r"images/[^/]+\.(png|jpe?g)", ("images/admin-zones.png",), _picture),
    # 网页表单 (/admin/): our own page with its own policy, and the configuration generated from the contract
    Kind("admin page", r"admin/index\.html", ("admin/index.html",)),
    Kind("admin configuration", r"admin/config\.js", ("admin/config.js",), _cms_config),
)
KINDS = (*PAGE_KINDS.values(), *FILE_KINDS)
# Without a boundary file: the tile map on the map and prefecture pages, and its stylesheet.
TILE_MAP_GOLDEN = ("map/index.md", "prefectures/changchun/index.md", "assets/tile-map.css")


@dataclass(frozen=True)
class Tree:
    files: dict[str, bytes]
    page_kinds: dict[str, str]  # a generated page's path → the registry's kind that wrote it

    def kind_of(self, path: str) -> Kind | None:
        if path in self.page_kinds:
            return PAGE_KINDS.get(self.page_kinds[path], Kind(self.page_kinds[path], "", ()))
        return next((kind for kind in FILE_KINDS if re.fullmatch(kind.pattern, path)), None)


def _files(root: Path) -> dict[str, bytes]:
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


def _docs(zones: Path, content: Path, build_dir: Path) -> Tree:
    checked = check(Inputs(zones, content), TODAY)
    assert not checked.has_errors, [problem for problem in checked.problems if problem.is_error]
    assert checked.site is not None and checked.pages is not None
    tree = build_docs(checked.site, checked.pages)
    write_tree(build_dir / "docs", tree)
    return Tree(_files(build_dir / "docs"), tree.page_kinds)


@dataclass(frozen=True)
class Trees:
    main: Tree
    tile_map: Tree


def _listing(tree: Tree) -> str:
    return "".join(f"{path}\t{kind.name if (kind := tree.kind_of(path)) else '?'}\n" for path in sorted(tree.files))


def _wanted(tree: Tree, golden: list[str]) -> dict[str, str]:
    """The expected files' names (under their expected folder) and contents, as the tree now gives them."""
    wanted = {}
    for path in golden:
        kind = tree.kind_of(path)
        assert kind is not None and path in tree.files, f"{path}: listed as golden but not generated"
        wanted[path + kind.suffix] = kind.as_text(tree.files[path])
    return wanted


def _golden_main() -> list[str]:
    return [path for kind in KINDS for path in kind.golden]


def _update(folder: Path, wanted: dict[str, str]) -> None:
    for old in [path for path in folder.rglob("*") if path.is_file()] if folder.is_dir() else []:
        if old.relative_to(folder).as_posix() not in wanted:
            old.unlink()
    for name, text in wanted.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(text.encode("utf-8"))
    for empty in sorted((path for path in folder.rglob("*") if path.is_dir()), reverse=True):
        if not any(empty.iterdir()):
            empty.rmdir()


@pytest.fixture(scope="module")
def trees(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Trees]:
    # The pages link the 经验汇编 PDF when this machine can print it: the golden files are those of a machine that can.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("generator.site.compendium.tool.missing_reason", lambda: None)
        yield _trees(tmp_path_factory)


def _trees(tmp_path_factory: pytest.TempPathFactory) -> Trees:
    root = tmp_path_factory.mktemp("golden")
    content = root / "content"
    shutil.copytree(CONTENT, content)
    settings = content / "site.yml"
    assert BOUNDARY in settings.read_text(encoding="utf-8")
    settings.write_text(settings.read_text(encoding="utf-8").replace(BOUNDARY, 'boundary_file: ""'), encoding="utf-8")
    built = Trees(_docs(ZONES, CONTENT, root / "main"), _docs(ZONES, content, root / "tile-map"))
    if os.environ.get("UPDATE_GOLDEN"):
        _update(EXPECTED, _wanted(built.main, _golden_main()))
        _update(EXPECTED_TILE_MAP, _wanted(built.tile_map, list(TILE_MAP_GOLDEN)))
        TREE_LISTING.write_text(_listing(built.main), encoding="utf-8")
    return built


def _shorten(line: str, limit: int = 300) -> str:
    return line if len(line) <= limit else line[:limit] + f"…（{len(line) - limit} more characters）\n"


def _difference(name: str, expected: str, produced: str) -> str:
    """A unified diff, and where the first difference is with a little context (chart lines are long)."""
    diff = difflib.unified_diff(expected.splitlines(keepends=True), produced.splitlines(keepends=True),
                                f"expected/{name}", f"produced/{name}")
    lines = [_shorten(line) for line in diff]
    shown = "".join(lines[:120]) + (f"… {len(lines) - 120} more diff lines\n" if len(lines) > 120 else "")
    at = next((i for i, (a, b) in enumerate(zip(expected, produced, strict=False)) if a != b),
              min(len(expected), len(produced)))
    line, column = expected.count("\n", 0, at) + 1, at - (expected.rfind("\n", 0, at) + 1) + 1
    return (f"{shown}\nfirst difference at line {line}, column {column}:\n"
            f"  expected: {expected[max(0, at - 60):at + 60]!r}\n  produced: {produced[max(0, at - 60):at + 60]!r}\n")


def _compare(folder: Path, wanted: dict[str, str]) -> None:
    stored = {name: data.decode("utf-8", errors="replace") for name, data in _files(folder).items()}
    missing = sorted(set(wanted) - set(stored))
    stale = sorted(set(stored) - set(wanted))
    differing = sorted(name for name in set(wanted) & set(stored) if wanted[name] != stored[name])
    if missing or stale or differing:
        report = [f"golden files in {folder.relative_to(GOLDEN.parent.parent)} do not match the generated files "
                  "(after an intended change: UPDATE_GOLDEN=1 pytest tests/test_golden.py)"]
        report += [f"  no golden file yet: {name}" for name in missing]
        report += [f"  stale golden file: {name}" for name in stale]
        report += [f"  differs: {name}" for name in differing]
        if differing:
            report.append("\n" + _difference(differing[0], stored[differing[0]], wanted[differing[0]]))
        pytest.fail("\n".join(report), pytrace=False)


def test_generated_files_match_golden_files(trees: Trees) -> None:
    _compare(EXPECTED, _wanted(trees.main, _golden_main()))


def test_tile_map_files_match_golden_files(trees: Trees) -> None:
    _compare(EXPECTED_TILE_MAP, _wanted(trees.tile_map, list(TILE_MAP_GOLDEN)))


def test_the_docs_tree_holds_the_listed_files(trees: Trees) -> None:
    listing = _listing(trees.main)
    stored = TREE_LISTING.read_text(encoding="utf-8")
    if listing != stored:
        pytest.fail("tests/golden/tree.txt differs from the generated docs tree (after an intended change: "
                    "UPDATE_GOLDEN=1 pytest tests/test_golden.py)\n\n" + _difference("tree.txt", stored, listing),
                    pytrace=False)


def test_every_kind_of_generated_file_has_a_golden_file(trees: Trees) -> None:
    """A new kind of file cannot be added without its pattern in FILE_KINDS and a golden file."""
    found = [(path, tree.kind_of(path)) for tree in (trees.main, trees.tile_map) for path in tree.files]
    unknown = sorted({path for path, kind in found if kind is None})
    produced = {kind.name for _, kind in found if kind is not None}
    golden = [(trees.main, path) for path in _golden_main()] + [(trees.tile_map, path) for path in TILE_MAP_GOLDEN]
    covered = {kind.name for tree, path in golden if (kind := tree.kind_of(path)) is not None}
    misfiled = [f"{path} (listed under {kind.name})" for kind in KINDS for path in kind.golden
                if (found := trees.main.kind_of(path)) is None or found.name != kind.name]
    problems = ([f"generated files of no kind in FILE_KINDS (add the kind and a golden file): {unknown}"] if unknown else []) \
        + ([f"kinds generated without a golden file: {sorted(produced - covered)}"] if produced - covered else []) \
        + ([f"kinds with golden files that were not generated: {sorted(covered - produced)}"] if covered - produced else []) \
        + ([f"golden files that another kind wrote or matches: {misfiled}"] if misfiled else [])
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_every_page_kind_of_the_registry_has_golden_files_and_no_other_page_kind_has(trees: Trees) -> None:
    """The registry is the one list of page kinds: PAGE_GOLDEN names exactly its kinds, and each wrote pages."""
    registered = [kind.name for kind in registry()]
    assert len(registered) == len(set(registered)), f"two page kinds share a name: {registered}"
    assert set(PAGE_GOLDEN) == set(registered), (
        f"page kinds without golden files: {sorted(set(registered) - set(PAGE_GOLDEN))}; "
        f"golden page kinds not in the registry: {sorted(set(PAGE_GOLDEN) - set(registered))}")
    assert set(trees.main.page_kinds.values()) == set(registered)
    assert not {kind.name for kind in FILE_KINDS} & set(registered)
