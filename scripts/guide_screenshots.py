"""Screenshots of the form editor for the officials' guide (content/pages/images/admin-*.png).

Builds the sample site, starts decap-server in a throwaway clone (tests/admin_e2e.py; it
installs the pinned decap-server with `npm ci` when missing) and photographs /admin/ in Chinese at desktop and phone widths.
Run from the repository root: python scripts/guide_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import browser
from tests.admin_e2e import decap_server, make_clone
from tests.conftest import ROOT, build

OUT = ROOT / "content" / "pages" / "images"


def main() -> None:
    browser.ALLOWED = True
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        clone = make_clone(root)
        run = build(clone.zones, root / "site", root / "build", content=clone.content)
        assert run.code == 0, run.output
        with decap_server(clone, root / "server.log"), browser.serve_folder(root / "site") as url, \
                browser.chromium() as chromium:
            for name, width, height in (("desktop", 1280, 800), ("phone", 390, 844)):
                page = chromium.new_page(locale="zh-CN", viewport={"width": width, "height": height},
                                         device_scale_factor=1)
                page.set_default_timeout(20_000)
                page.goto(url + "admin/")
                page.get_by_role("button", name="登录").click()
                page.get_by_text("快速新建").first.wait_for()
                if name == "desktop":
                    page.goto(url + "admin/#/collections/zones-220100")
                    page.get_by_text("220102 长春市南关区").first.wait_for()
                    page.screenshot(path=str(OUT / "admin-zones.png"))
                page.goto(url + "admin/#/collections/reports-220102-nanguan/new")
                page.get_by_text("正文", exact=True).wait_for()
                page.get_by_label("报告类型", exact=True).fill("工作动态")
                page.keyboard.press("Enter")
                page.get_by_label("标题", exact=True).fill("南关区召开议事协商现场推进会")
                page.get_by_label("日期", exact=True).fill("2026-11-20")
                page.wait_for_timeout(500)
                page.screenshot(path=str(OUT / f"admin-report-{name}.png"))
                page.close()


if __name__ == "__main__":
    main()
