"""Only the files of media/ that a published report shows, links to or attaches reach the site (issue 20, item 4).

One zone holds every case: a published report with an image, an attachment and a link in its body; a draft
with its own image and attachment; files that no report uses. It is built once, with the link check on.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import CONFIG, CONTENT, SATISFACTION, TODAY, VALID_NEWS, office_zip, run_cli, validate, write_zone

ZONE = "zones/220102-nanguan"


def _png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (40, 90, 160)).save(out, "PNG")
    return out.getvalue()


PUBLISHED = VALID_NEWS.replace("---\n\n", "attachments: [\"media/会议纪要.pdf\"]\n---\n\n") + (
    "\n![推进会现场](../media/现场.png)\n\n[下载议事规则](../media/议事规则.docx)\n")
DRAFT = VALID_NEWS.replace("2020-04-22", "2020-04-23").replace(
    "---\n\n", "draft: true\nattachments: [\"media/草稿附件.pdf\"]\n---\n\n") + "\n![草稿图片](../media/草稿图片.png)\n"
MEDIA = {"现场.png": _png(1200, 800), "会议纪要.pdf": b"%PDF-1.4 minutes", "议事规则.docx": office_zip("word/document.xml"),
         "草稿图片.png": _png(1000, 600), "草稿附件.pdf": b"%PDF-1.4 draft", "没人用.pdf": b"%PDF-1.4 unused",
         "没人用.png": _png(700, 500)}


def _zone(root: Path) -> None:
    write_zone(root, reports={"2020-04-22-news.md": PUBLISHED, "2020-04-23-news.md": DRAFT}, media=MEDIA,
               indicators=SATISFACTION)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("published-media")
    _zone(root)
    run = run_cli(["build", "--zones", str(root / "zones"), "--content", str(CONTENT), "--config", str(CONFIG),
                   "--out", str(root / "site"), "--build-dir", str(root / "build"), "--today", TODAY, "--check-links"])
    assert run.code == 0, run.output
    return root / "site"


def _published(site: Path) -> set[str]:
    return {path.relative_to(site / ZONE).as_posix() for path in (site / ZONE).rglob("*")
            if path.is_file() and path.parts[-2] in ("media", "240", "480", "960", "1600")}


def test_a_drafts_image_and_attachment_are_not_published(site: Path) -> None:
    published = _published(site)
    assert not {name for name in published if "草稿" in name}, published


def test_a_file_no_report_uses_is_not_published(site: Path) -> None:
    published = _published(site)
    assert not {name for name in published if "没人用" in name}, published


def test_what_a_published_report_uses_is_published_with_its_widths(site: Path) -> None:
    assert _published(site) == {"media/现场.png", "images/240/现场.png", "images/480/现场.png", "images/960/现场.png",
                                "media/会议纪要.pdf", "media/议事规则.docx"}
    page = (site / ZONE / "2020-04-22-news" / "index.html").read_text(encoding="utf-8")
    assert "../images/480/%E7%8E%B0%E5%9C%BA.png 480w" in page  # the smaller widths it links are there too
    assert (site / ZONE / "media" / "会议纪要.pdf").read_bytes() == MEDIA["会议纪要.pdf"]


def test_validate_names_each_file_no_published_report_uses(workspace: Path) -> None:
    _zone(workspace)
    run = validate(workspace)
    warnings = [line for line in run.output.splitlines() if "[M21]" in line]
    assert sorted(line.split(": ", 1)[0] for line in warnings) == [
        f"{ZONE}/media/没人用.pdf", f"{ZONE}/media/没人用.png", f"{ZONE}/media/草稿图片.png", f"{ZONE}/media/草稿附件.pdf"]
    draft_image = next(line for line in warnings if "草稿图片.png:" in line)
    assert "只有草稿 2020-04-23-news.md 用到它" in draft_image
    assert run.code == 0  # a warning: the files wait in media/ until a report uses them
