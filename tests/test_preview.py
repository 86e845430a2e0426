"""The reviewers' preview: the built site, downloaded as the pull request's artifact, opens from disk."""

from __future__ import annotations

import re
from pathlib import Path

from generator.site.preview import disk_links
from tests.browser import chromium
from tests.conftest import run_cli

_LINK = re.compile(r"""\s(?:href|src)=(["'])([^"']*)\1""")
_OUTSIDE = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|/|#)")


def _preview(bundled_site: Path, tmp_path: Path) -> Path:
    out = tmp_path / "preview"
    run = run_cli(["preview", "--site", str(bundled_site), "--out", str(out)])
    assert run.code == 0, run.output
    assert "双击其中的 index.html" in run.output
    return out


def test_every_link_of_the_preview_is_a_file_on_disk(bundled_site: Path, tmp_path: Path) -> None:
    preview = _preview(bundled_site, tmp_path)
    broken = [(page.relative_to(preview).as_posix(), target)
              for page in preview.rglob("*.html")
              for _, target in _LINK.findall(page.read_text(encoding="utf-8"))
              if target and not _OUTSIDE.match(target)
              and not (page.parent / re.split(r"[?#]", target)[0]).is_file()]
    assert broken == []
    assert (bundled_site / "index.html").read_text(encoding="utf-8") != (preview / "index.html").read_text(encoding="utf-8")


def test_folder_links_become_index_files_and_others_stay() -> None:
    html = ('<a href="../zones/220102-nanguan/">南关区</a><a href="../..">首页</a><a href="./#map">地图</a>'
            '<a href="https://mzt.jl.gov.cn/">民政厅</a><a href="#top">顶部</a><img src="../media/a.jpg">'
            '<a href="mailto:x@example.cn">邮件</a><a href="data/zones.csv">下载</a>')
    assert disk_links(html) == (
        '<a href="../zones/220102-nanguan/index.html">南关区</a><a href="../../index.html">首页</a>'
        '<a href="./index.html#map">地图</a><a href="https://mzt.jl.gov.cn/">民政厅</a><a href="#top">顶部</a>'
        '<img src="../media/a.jpg"><a href="mailto:x@example.cn">邮件</a><a href="data/zones.csv">下载</a>')


def test_a_reviewer_clicks_from_the_home_page_to_a_zone_opened_from_disk(bundled_site: Path, tmp_path: Path) -> None:
    preview = _preview(bundled_site, tmp_path)
    with chromium() as browser:
        page = browser.new_page()
        page.goto((preview / "zones" / "index.html").as_uri())
        page.get_by_role("link", name=re.compile("南关区")).first.click()
        page.wait_for_load_state()
        assert page.url.endswith("/zones/220102-nanguan/index.html")
        assert "南关区" in page.title()
        # Material's stylesheet loaded from disk: without it the header would not stick to the top
        assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
