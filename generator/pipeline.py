"""The one-way pipeline, in the order it runs (every stage reads the contract):

load (reference, pages, zones) → model's reporting duties → check → load images → render report bodies →
load the boundary file → model the site → render the docs tree → write → site (static site generator, passes).

The stages are imported where they run: a build whose inputs have not changed needs none of them (pandas,
plotly, Pillow, Markdown…), and importing them took longer than the whole unchanged build.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from generator.contract.problems import Problem
from generator.site.compendium.tool import pdf_made
from generator.site.result import PassResult
from generator.site.ssg import StaticSiteGenerator, choose
from generator.write import fingerprint, site_stamp
from generator.write.files import (
    PICTURE_CACHE,
    WriteStats,
    folder_lock,
    move_folder,
    recover_interrupted_swap,
    staging_folder,
    swap_into_place,
)

if TYPE_CHECKING:
    from generator.load.content_pages import ContentPages
    from generator.model.site import Site


@dataclass(frozen=True)
class Inputs:
    zones: Path
    content: Path
    site_url: str | None = None  # overrides content/site.yml, e.g. the address a deployment gets


@dataclass(frozen=True)
class Checked:
    problems: tuple[Problem, ...]
    site: Site | None
    pages: ContentPages | None

    @property
    def has_errors(self) -> bool:
        return any(problem.is_error for problem in self.problems)


def check(inputs: Inputs, today: date, picture_cache: Path | None = None) -> Checked:
    """Load and validate everything, collecting every problem; derive the site when there is no error.

    With `picture_cache` (a build), each image is encoded at its published widths from the one decoding
    that checks it."""
    from generator.check import check_all
    from generator.check.media_use import check_unused_media
    from generator.check.personal_data import check_reports_personal_data
    from generator.check.selections import check_selections
    from generator.load.boundaries import check_boundary_file
    from generator.load.content_pages import load_pages
    from generator.load.gov_mark import load_gov_mark
    from generator.load.images import measure_zones
    from generator.load.reference import load_reference
    from generator.load.selections import load_selections
    from generator.load.zone_folders import load_zones
    from generator.model.duties import reporting_duties
    from generator.model.site import derive_site
    from generator.render.body import render_bodies

    reference, problems = load_reference(inputs.content, inputs.site_url)
    pages, page_problems = load_pages(inputs.content)
    topics = {} if reference is None else {key: topic.name for key, (_, topic) in reference.topic_index().items()}
    loaded = load_zones(inputs.zones, topics)
    selections, selection_problems = load_selections(inputs.zones)
    problems += page_problems + list(loaded.problems) + selection_problems
    if selections is not None:
        problems += check_selections(selections, loaded.zones, inputs.zones)
    if reference is None:
        return Checked(tuple(problems), None, None)
    duties = reporting_duties(loaded.zones, reference.settings.lifecycle)
    problems += check_all(loaded.zones, reference, today, duties)
    keep = None
    if picture_cache is not None:
        from generator.write.pictures import keep_renditions  # Pillow's encoders only when a build needs them

        keep = keep_renditions(picture_cache)
    pictures, picture_problems = measure_zones(loaded.zones, keep)
    problems += picture_problems
    bodies = render_bodies(loaded.zones, pictures, reference.settings.photo_licence)
    problems += bodies.problems
    # on what readers will see, rendered once above for both the check and the pages
    problems += check_reports_personal_data([report for zone in loaded.zones for report in zone.reports], bodies.texts)
    problems += [problem for zone in loaded.zones for problem in check_unused_media(zone, bodies.media)]
    boundary, boundary_problems = check_boundary_file(inputs.content, reference)
    problems += boundary_problems
    gov_mark, gov_mark_problems = load_gov_mark(inputs.content, reference)
    problems += gov_mark_problems
    if selections is None or any(problem.is_error for problem in problems):
        return Checked(tuple(problems), None, pages)
    site = derive_site(loaded.zones, reference, today, bodies.pages, duties, boundary, pictures, bodies.media, gov_mark,
                       selections.data, bodies.photos)
    return Checked(tuple(problems), site, pages)


def generate_docs(checked: Checked, build_dir: Path) -> WriteStats:
    from generator.render.docs import build_docs
    from generator.write.files import write_tree

    assert checked.site is not None and checked.pages is not None
    return write_tree(build_dir / "docs", build_docs(checked.site, checked.pages))


def generate(checked: Checked, build_dir: Path, base_config: Path,
             ssg: StaticSiteGenerator | None = None) -> tuple[Path, WriteStats]:
    """Write the docs tree and the static site generator's configuration beside it; return the configuration."""
    from generator.render.views.navigation import nav

    assert checked.site is not None and checked.pages is not None
    stats = generate_docs(checked, build_dir)
    config_file = (ssg or choose()).write_config(build_dir, base_config, checked.site.settings, nav(checked.pages),
                                                 checked.site.today.isoformat())
    return config_file, stats


@dataclass(frozen=True)
class BuildResult:
    problems: tuple[Problem, ...]
    summary: dict[str, int] = field(default_factory=dict)
    stats: WriteStats | None = None
    ssg_output: str = ""
    ok: bool = False
    inputs: str = ""  # the fingerprint of everything the generator read
    reused: bool = False  # the docs tree of the last build was reused as it was
    site_reused: bool = False  # and so was the site: the static site generator and the indexer did not run
    notices: tuple[str, ...] = ()  # one line each, for the person running the build (e.g. no PDF made here)

    @property
    def has_errors(self) -> bool:
        return any(problem.is_error for problem in self.problems)


def generate_or_reuse(inputs: Inputs, today: date, build_dir: Path, base_config: Path,
                      staging: Path, ssg: StaticSiteGenerator | None = None) -> BuildResult:
    """Write the docs tree, or reuse it when the last build read exactly the same inputs."""
    ssg = ssg or choose()
    value = fingerprint.fingerprint(inputs.zones, inputs.content, base_config, today,
                                    staging, inputs.site_url or "", ssg.name)
    saved = fingerprint.load(build_dir, value, ssg.config_file(build_dir))
    if saved is not None and (saved.links_pdf or not pdf_made()):  # else Pango was installed since: link the PDFs
        return BuildResult(tuple(saved.problems), saved.summary, WriteStats(0, saved.summary["files"], 0),
                           inputs=value, reused=True)
    checked = check(inputs, today, build_dir / PICTURE_CACHE)
    if checked.has_errors or checked.site is None:
        return BuildResult(checked.problems)
    fingerprint.forget(build_dir)  # the record is the tree's completion marker: written again only after the whole tree
    _, stats = generate(checked, build_dir, base_config, ssg)
    summary = {"zones": len(checked.site.zones), "reports": len(checked.site.reports),
               "files": stats.written + stats.unchanged}
    fingerprint.save(build_dir, value, list(checked.problems), summary, pdf_made())
    return BuildResult(checked.problems, summary, stats, inputs=value)


COMPRESSED_CACHE = "compressed"  # in the build folder: the twins of earlier builds, by their file's hash
COMPENDIUM_CACHE = "compendium"  # in the build folder: the 经验汇编 PDFs of earlier builds, by their inputs' hash


def _make_site(ssg: StaticSiteGenerator, build_dir: Path, staging: Path,
               check_links: bool) -> tuple[PassResult, tuple[str, ...]]:
    """Run the static site generator on the docs tree, label the tables, print the 经验汇编 PDFs, index for search
    and write the compressed twins, into `staging`; with the notices of the passes."""
    from generator.site.compendium.pdf import make_compendiums
    from generator.site.compress import compress_site
    from generator.site.linkcheck import broken_links
    from generator.site.search import index_site
    from generator.site.table_cards import label_tables

    config_file = ssg.config_file(build_dir)
    shutil.rmtree(ssg.built_site(config_file), ignore_errors=True)  # what a killed build left
    result = ssg.build(config_file)
    notices: tuple[str, ...] = ()
    if result.ok:
        move_folder(ssg.built_site(config_file), staging)
        label_tables(staging)
        result = make_compendiums(staging, build_dir / COMPENDIUM_CACHE)
        notices = (result.output,) if result.ok and result.output else ()
    if result.ok:
        result = index_site(staging)
    if result.ok and check_links:
        broken = broken_links(staging)
        if broken:
            result = PassResult(False, f"网站中有 {len(broken)} 个失效链接：\n" + "\n".join(broken))
    if result.ok:
        compress_site(staging, build_dir / COMPRESSED_CACHE)  # last: the twins are of the files as served
    return result, notices


def build(inputs: Inputs, today: date, build_dir: Path, base_config: Path, out: Path,
          check_links: bool = False, ssg: StaticSiteGenerator | None = None) -> BuildResult:
    """Validate, generate, run the static site generator and index for search into a staging folder; swap it in
    only when all succeeded."""
    ssg = ssg or choose()
    with folder_lock(out), folder_lock(build_dir):
        recover_interrupted_swap(out)
        staging = staging_folder(out)
        generated = generate_or_reuse(inputs, today, build_dir, base_config, staging, ssg)
        if generated.has_errors:
            return generated
        if generated.reused and site_stamp.is_current(build_dir, generated.inputs, out, check_links):
            return replace(generated, ok=True, site_reused=True)
        site_stamp.forget(build_dir)
        result, notices = _make_site(ssg, build_dir, staging, check_links)
        if not result.ok:
            return replace(generated, ssg_output=result.output)
        swap_into_place(staging, out)
        site_stamp.record(build_dir, generated.inputs, out, check_links)
    return replace(generated, ssg_output=result.output, ok=True, notices=notices)
