"""Time and size of the 经验汇编 PDFs (issue 23): each year of the sample, and a synthetic year of 200 experience
reports (bench/synth.py's zones, each given experience reports in one year, every fifth with a diagram).

    python bench/compendium.py [--reports 200] [--zones 50] [--skip-sample]

Each site is built once (`showcase build`); then the PDF pass runs on it with an empty cache (the time a
changed year costs) and again with the cache it filled (the time an unchanged year costs).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium

from bench.synth import ROOT, body, synthesise
from generator.pipeline import Inputs, build
from generator.site.compendium.pack import cut
from generator.site.compendium.pdf import compendium_pages, make_compendiums, write_pdf

TODAY = date(2026, 11, 27)
YEAR = 2026
DIAGRAM = ROOT / "tests" / "fixtures" / "sample" / "zones" / "220102-nanguan" / "media" / "yishi-liucheng.png"


def _build(zones: Path, content: Path, work: Path) -> Path:
    started = time.perf_counter()
    result = build(Inputs(zones, content), TODAY, work / "build", ROOT / "mkdocs.yml", work / "site")
    assert result.ok, result.problems or result.ssg_output
    print(f"  site built in {time.perf_counter() - started:.1f} s")
    return work / "site"


def _measure(site: Path, work: Path, years: set[int] | None = None) -> dict[str, object]:
    """Each year's PDF printed on its own (the time a changed year costs), then the whole pass with its cache
    filled (what an unchanged build costs)."""
    rows = []
    for year, page in compendium_pages(site):
        if years is not None and year not in years:
            continue
        pack = cut(page)
        assert pack is not None
        pdf = work / f"experience-{year}.pdf"
        started = time.perf_counter()
        write_pdf(pack, page, pdf)
        seconds = time.perf_counter() - started
        rows.append({"year": year, "chapters": pack.html.count('<h2 id="compendium-') - 2,
                     "pages": len(pdfium.PdfDocument(pdf)), "mb": round(pdf.stat().st_size / 1024 / 1024, 2),
                     "seconds": round(seconds, 1)})
        print("  ", rows[-1])
    cache = work / "pdf-cache"
    make_compendiums(site, cache)
    started = time.perf_counter()
    assert make_compendiums(site, cache).ok
    return {"years": rows, "unchanged_pass_s": round(time.perf_counter() - started, 2)}


def _synthetic_year(out: Path, zones: int, reports: int) -> tuple[Path, Path]:
    zone_folder, content = synthesise(out, zones, 3, today=TODAY)
    rng = random.Random(23)
    folders = sorted(path for path in zone_folder.iterdir() if path.is_dir())
    for index in range(reports):
        folder = folders[index % len(folders)]
        day = date(YEAR, 1 + index % 11, 1 + index % 28)
        text = body(rng, rng.randint(1200, 2400))
        if index % 5 == 0:
            (folder / "media").mkdir(exist_ok=True)
            shutil.copyfile(DIAGRAM, folder / "media" / f"diagram-{index}.png")
            text += f"\n\n![议事协商流程示意图](../media/diagram-{index}.png)\n\n图为议事协商的五个步骤。\n"
        name = f"{day.isoformat()}-experience-{index}.md"
        (folder / "reports" / name).write_text(
            f"---\ntype: experience\ntitle: {folder.name.split('-')[1]}经验做法第{index + 1}篇：议事协商见实效\n"
            f"date: {day.isoformat()}\ntopics: [\"2-4\"]\nsummary: 通过议事协商解决居民身边的问题。\n---\n\n{text}",
            "utf-8")
    return zone_folder, content


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--zones", type=int, default=50)
    parser.add_argument("--skip-sample", action="store_true")
    args = parser.parse_args()
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        if not args.skip_sample:
            print("sample (zones/):")
            results["sample"] = _measure(_build(ROOT / "zones", ROOT / "content", work / "sample"), work / "sample")
        print(f"synthetic: {args.reports} experience reports in {YEAR} over {args.zones} zones:")
        zones, content = _synthetic_year(work / "synthetic-input", args.zones, args.reports)
        site = _build(zones, content, work / "synthetic")
        results["synthetic"] = _measure(site, work / "synthetic", {YEAR})
    print(json.dumps(results, ensure_ascii=False))


if __name__ == "__main__":
    main()
