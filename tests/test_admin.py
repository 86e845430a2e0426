"""The form editor at /admin/: a Decap CMS configuration generated from the contract, and what it writes.

The browser tests drive the built /admin/ over decap-server in a throwaway git clone (tests/admin_e2e.py) and
check what an official would: the file the form saved passes `showcase validate` unedited and becomes a page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect
from pydantic import BaseModel

from generator.contract.files import ReportFront, ZoneFile, nested_model
from generator.contract.indicators import ZoneIndicatorsFile
from generator.contract.terms import ONCE_TYPES, REPORT_TYPES
from generator.load.reference import Reference, load_reference
from generator.render.admin.config import cms_config
from generator.render.admin.page import script_json
from generator.site import csp
from tests.admin_e2e import Clone, decap_server, git, make_clone, png
from tests.browser import Watch, chromium, serve_folder
from tests.conftest import CONTENT, TODAY, build, run_cli
from tests.htmltext import Page as HtmlPage

ZONE = "220102-nanguan"
NEW_ZONE = "220104-chaoyang"  # a unit of the reference divisions without a zone folder in the sample


def _reference() -> Reference:
    reference, problems = load_reference(CONTENT)
    assert reference is not None, problems
    return reference


def _paths(model: type[BaseModel], prefix: str = "") -> set[str]:
    found = set()
    for name in model.model_fields:
        found.add(prefix + name)
        nested = nested_model(model, (name,))
        if nested is not None:
            found |= _paths(nested, f"{prefix}{name}.")
    return found


def _form_paths(fields: list[dict[str, Any]], prefix: str = "") -> set[str]:
    found = set()
    for field in fields:
        found.add(prefix + field["name"])
        found |= _form_paths(field.get("fields", []), f"{prefix}{field['name']}.")
    return found


def _collection(config: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = next(collection for collection in config["collections"] if collection["name"] == name)
    return found


def _zone_entries(config: dict[str, Any]) -> list[dict[str, Any]]:
    return [entry for collection in config["collections"] if collection["name"].startswith("zones-")
            for entry in collection["files"]]


def test_the_form_asks_for_every_field_of_the_contract_and_nothing_else() -> None:
    reference = _reference()
    config = cms_config(reference, date.fromisoformat(TODAY))
    assert len(_zone_entries(config)) == len(reference.units())  # every unit once: adding a zone is opening its unit
    for entry in _zone_entries(config):
        assert _form_paths(entry["fields"]) == _paths(ZoneFile), entry["file"]
    for unit in reference.units().values():
        reports = _collection(config, f"reports-{unit.folder_name}")
        assert reports["folder"] == f"zones/{unit.folder_name}/reports"
        assert _form_paths(reports["fields"]) == _paths(ReportFront) | {"body"}
    entry = next(entry for entry in _zone_entries(config) if entry["file"] == f"zones/{NEW_ZONE}/zone.yml")
    code = next(field for field in entry["fields"] if field["name"] == "code")
    assert [option["value"] for option in code["options"]] == ["220104"]  # the folder's code, nothing else to choose


def test_the_list_of_collections_is_grouped_by_prefecture() -> None:
    """About 100 collections: each prefecture's zone list and its 实验成效, then the reports of its units, prefecture
    by prefecture."""
    reference = _reference()
    config = cms_config(reference, date.fromisoformat(TODAY))
    units = {unit.folder_name: unit for unit in reference.units().values()}
    labels = [collection["label"] for collection in config["collections"]]
    assert labels[:4] == ["长春市·实验区信息", "长春市·实验成效", "220100 长春市·报告", "220102 长春市南关区·报告"]
    assert f"“{labels[0]}”" in (CONTENT / "pages" / "guide.md").read_text(encoding="utf-8")  # as the guide names it
    prefecture = ""
    for collection in config["collections"]:
        if collection["name"].startswith("zones-"):
            prefecture = collection["label"].removesuffix("·实验区信息")
            assert {units[entry["name"]].prefecture.name for entry in collection["files"]} == {prefecture}
        elif collection["name"].startswith("indicators-"):
            assert collection["label"] == f"{prefecture}·实验成效"
            assert {units[entry["name"].removeprefix("indicators-")].prefecture.name
                    for entry in collection["files"]} == {prefecture}
        else:
            assert units[collection["name"].removeprefix("reports-")].prefecture.name == prefecture


def _flat(fields: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for field in fields:
        yield field
        yield from _flat(field.get("fields", []))


def test_the_widgets_make_the_common_mistakes_impossible() -> None:
    config = cms_config(_reference(), date.fromisoformat(TODAY))
    report = {field["name"]: field for field in _flat(_collection(config, f"reports-{ZONE}")["fields"])}
    zone = {field["name"]: field for field in _flat(_zone_entries(config)[0]["fields"])}
    for field in (report["date"], zone["applied"], zone["approved"], zone["national_recommended"]):
        assert (field["widget"], field["format"], field["time_format"]) == ("datetime", "YYYY-MM-DD", False)
    assert [option["value"] for option in report["type"]["options"]] == list(REPORT_TYPES)
    assert all(label in option["label"] for option, label in zip(report["type"]["options"], REPORT_TYPES.values(),
                                                                   strict=True))
    assert report["year"]["widget"] == zone["batch"]["widget"] == "select"
    assert {"label": "1-3 “三社联动”", "value": "1-3"} in zone["topics"]["options"]
    assert (zone["topics"]["min"], zone["topics"]["max"]) == (1, 5)
    phone = re.compile(zone["phone"]["pattern"][0])
    assert phone.match("0431-88765102") and not phone.match("13912345678x")
    assert zone["applied"]["required"] and not zone["approved"]["required"]
    assert "待填写" not in json.dumps(config, ensure_ascii=False)  # the scaffolds' placeholders: never written by the form
    assert config["locale"] == "zh_Hans" and config["publish_mode"] == "editorial_workflow"
    assert _collection(config, f"reports-{ZONE}")["slug"] == "{{fields.date}}-{{fields.type}}"


def test_the_indicators_form_offers_the_provinces_indicators_and_every_figure_field() -> None:
    reference = _reference()
    config = cms_config(reference, date.fromisoformat(TODAY))
    entries = [entry for each in config["collections"] if each["name"].startswith("indicators-") for entry in each["files"]]
    assert sorted(entry["file"] for entry in entries) == sorted(
        f"zones/{unit.folder_name}/indicators.yml" for unit in reference.units().values())
    collection = _collection(config, "indicators-220100")
    assert _form_paths(collection["files"][0]["fields"]) == _paths(ZoneIndicatorsFile)  # own indicators' fields too
    fields = {field["name"]: field for field in _flat(collection["files"][0]["fields"])}
    options = {option["value"]: option["label"] for option in fields["id"]["options"]}
    assert options["satisfaction"] == "居民满意度（%）"
    assert options["own-1"].startswith("本区自设指标 1")
    assert set(options) - {f"own-{number}" for number in range(1, 6)} == {
        key for key, indicator in reference.indicator_index().items() if not indicator.retired}
    for name in ("name", "unit", "definition"):
        assert fields[name]["widget"] == "string" and fields[name]["required"] is False and "自设" in fields[name]["hint"]
    assert {option["value"] for option in fields["direction"]["options"]} == {"higher", "lower"}
    assert fields["year"]["widget"] == "select" and fields["value"]["widget"] == "number"
    assert (fields["sample"]["widget"], fields["sample"]["value_type"]) == ("number", "int")
    assert fields["source"]["widget"] == "string" and "annual-summary.md" in fields["source"]["hint"]


def test_configuration_text_cannot_end_the_script() -> None:
    hostile = {"name": "</script><script>alert(1)</script>\u2028//", "and": "&amp;"}
    text = script_json(hostile)
    assert not set(text) & {"<", ">", "&", "\u2028"}
    assert json.loads(text) == hostile


def test_only_the_admin_page_has_the_looser_policy(bundled_site: Path) -> None:
    admin = HtmlPage(bundled_site / "admin" / "index.html")
    policy = admin.http_equiv["content-security-policy"]
    assert policy != csp.POLICY and "'unsafe-eval'" in policy
    connect = next(part for part in policy.split("; ") if part.startswith("connect-src"))
    assert connect == "connect-src 'self' blob: http://localhost:8081"  # no git host while content/site.yml names none
    assert all(not resource.startswith(("http:", "https:", "//")) for resource in admin.loads)
    home = HtmlPage(bundled_site / "index.html")
    assert home.http_equiv["content-security-policy"] == csp.POLICY
    assert "decap" not in (bundled_site / "index.html").read_text(encoding="utf-8")  # loaded on /admin/ only
    assert not any("admin" in path.read_text(encoding="utf-8") for path in (bundled_site / "search-index").rglob("pages*"))


def test_on_the_public_site_an_unconfigured_form_says_so_and_offers_no_sign_in(bundled_site: Path) -> None:
    """With no cms.repo in content/site.yml, a reader of the published /admin/ gets a notice, not a login."""
    public = "http://shequ.example.gov.cn/"  # not localhost: the address a reader opens
    with chromium() as browser:
        page = browser.new_page()
        watch = Watch()
        watch.attach(page)

        def from_site(route: Any) -> None:
            path = route.request.url.removeprefix(public).split("?")[0] or "index.html"
            target = bundled_site / (path + "index.html" if path.endswith("/") else path)
            if target.is_file():
                route.fulfill(path=str(target))
            else:
                route.fulfill(status=404, body="")

        page.route(public + "**", from_site)
        page.goto(public + "admin/")
        page.get_by_role("heading", name="网页表单尚未启用").wait_for()
        assert page.get_by_role("link", name="查看投稿指南").get_attribute("href") == "../guide/"
        assert page.get_by_role("button", name="登录").count() == 0
        assert [url for url in watch.outside_requests if not url.startswith(public)] == []
        assert watch.csp_violations(page) == [] and watch.errors == []


# --- end to end ------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Clone, str, Page, Watch]]:
    root = tmp_path_factory.mktemp("admin")
    clone = make_clone(root)
    run = build(clone.zones, root / "site", root / "build", content=clone.content)
    assert run.code == 0, run.output
    with decap_server(clone, root / "decap-server.log"), serve_folder(root / "site") as site_url, chromium() as browser:
        context = browser.new_context(locale="zh-CN", timezone_id="Asia/Shanghai", viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.set_default_timeout(20_000)
        watch = Watch()
        watch.attach(page)
        page.on("dialog", lambda dialog: dialog.accept())  # Decap asks "你确定要发布此内容吗？" before publishing
        page.goto(site_url + "admin/")
        page.get_by_role("button", name="登录").click()  # the local backend: one button, no account
        page.get_by_text("快速新建").first.wait_for()
        yield clone, site_url + "admin/", page, watch
        context.close()


def _open(page: Page, admin: str, route: str) -> None:
    """A fresh load of the editor (a hash change alone keeps the last entry's draft in Decap's store)."""
    page.goto(f"{admin}#/collections/{route}")
    page.reload()
    login = page.get_by_role("button", name="登录")
    login.or_(page.get_by_text("集合")).first.wait_for()
    if login.is_visible():
        login.click()
    page.get_by_text("集合").first.wait_for()


def _select(page: Page, label: str, text: str) -> None:
    page.get_by_label(label, exact=True).fill(text)
    page.keyboard.press("Enter")


def _publish(page: Page) -> None:
    """The editorial workflow: save (a branch), mark ready, publish (merged into main)."""
    page.get_by_role("button", name="保存").click()
    page.get_by_text("修改已保存").first.wait_for()
    page.get_by_text("状态: 草稿").first.click()
    page.get_by_text("就绪", exact=True).first.click()
    # publishing before the server has stored the new status races it (the merge can fail): wait for Decap's notice
    page.get_by_text("内容状态已更新").first.wait_for()
    page.get_by_text("发布", exact=True).first.click()
    page.get_by_text("立即发布", exact=True).click()
    # the merge is a few git commands in decap-server: slow on a loaded machine, so more time than a click gets
    page.get_by_text("已发布", exact=True).first.wait_for(timeout=60_000)


def _validate(clone: Clone) -> str:
    run = run_cli(["validate", "--zones", str(clone.zones), "--content", str(clone.content), "--today", TODAY])
    assert run.code == 0, run.output
    return run.output


@pytest.mark.browser  # the module's Chromium starts in the fixture
def test_an_official_adds_a_news_report_with_an_image(clone: tuple[Clone, str, Page, Watch], tmp_path: Path) -> None:
    repo, admin, page, watch = clone
    image = tmp_path / "推进会 现场（一）.png"  # a name the validator refuses: the form renames it
    image.write_bytes(png())
    _open(page, admin, f"reports-{ZONE}/new")
    page.get_by_text("正文", exact=True).wait_for()
    _select(page, "报告类型", "工作动态")
    page.get_by_label("标题", exact=True).fill("南关区召开议事协商现场推进会")
    page.get_by_label("日期", exact=True).fill("2026-11-20")
    _select(page, "相关选题 (可选)", "1-3")
    page.get_by_label("摘要 (可选)").fill("推进会交流了楼栋议事会的做法。")
    page.locator('[data-slate-editor="true"]').first.click()
    page.keyboard.type("11月20日，南关区在民康街道召开议事协商现场推进会。")
    page.keyboard.press("Enter")
    page.get_by_role("button", name="添加组件").click()
    page.get_by_role("menuitem", name="Image").click()
    page.get_by_role("button", name="选择图片").click()
    page.locator('input[type="file"]').set_input_files(str(image))
    page.get_by_role("button", name="选用已选中项目").click()
    page.get_by_label("Alt Text").first.fill("推进会现场")
    page.get_by_label("Title").first.fill("说明：推进会现场交流楼栋议事会做法；摄影：王芳；2026-11-19")  # the press line
    # The preview reads as the report's page: the site's own stylesheets around title, type and date, and body.
    preview = page.frame_locator("iframe").first
    expect(preview.locator("article.md-typeset h1")).to_have_text("南关区召开议事协商现场推进会")
    expect(preview.locator("article .report-meta")).to_have_text("工作动态 · 2026-11-20")
    expect(preview.locator("article")).to_contain_text("民康街道")
    styles = preview.locator('link[rel="stylesheet"]').evaluate_all("links => links.map(link => link.href)")
    assert any("/assets/stylesheets/" in href for href in styles) and any(href.endswith("/assets/showcase.css") for href in styles)
    _publish(page)

    written = repo.zones / ZONE / "reports" / "2026-11-20-news.md"
    expect(page.get_by_text("已发布", exact=True).first).to_be_visible()
    assert written.is_file(), git(repo.repo, "status", "--short")
    text = written.read_text(encoding="utf-8")
    assert "\ndate: 2026-11-20\n" in text and "\ntype: news\n" in text
    assert '](../media/推进会-现场-一.png "说明：推进会现场交流楼栋议事会做法；摄影：王芳；2026-11-19")' in text, text
    assert (repo.zones / ZONE / "media" / "推进会-现场-一.png").read_bytes() == png()
    assert git(repo.repo, "status", "--short") == ""  # committed on main
    assert "2026-11-20-news.md" not in _validate(repo)
    site = tmp_path / "site"
    run = build(repo.zones, site, tmp_path / "build", content=repo.content)
    assert run.code == 0, run.output
    built = HtmlPage(site / "zones" / ZONE / "2026-11-20-news" / "index.html")
    assert "南关区召开议事协商现场推进会" in built.text and "民康街道" in built.text
    assert "推进会现场交流楼栋议事会做法 · 摄影：王芳 · 2026年11月19日" in built.text  # the title's override, not the defaults
    assert watch.outside_requests == []
    assert Watch.csp_violations(page) == []  # the admin page's own policy allows all Decap needs


@pytest.mark.browser  # the module's Chromium starts in the fixture
def test_an_official_adds_a_zone_by_opening_its_unit(clone: tuple[Clone, str, Page, Watch], tmp_path: Path) -> None:
    repo, admin, page, _ = clone
    _open(page, admin, f"zones-220100/entries/{NEW_ZONE}")  # no zone.yml yet: the form creates it
    page.get_by_label("实验主题", exact=True).wait_for()
    # Decap fills no default into a files-collection entry whose file does not exist yet: the official picks the
    # unit's code and name, each the only choice offered.
    _select(page, "行政区划代码", "220104")
    _select(page, "单位名称", "朝阳区")
    page.get_by_label("实验主题", exact=True).fill("以网格化服务推动老旧小区共建共治")
    _select(page, "申报年度", "2026")
    _select(page, "实验选题", "1-2")
    _select(page, "实验选题", "3-3")
    page.get_by_label("简介", exact=True).fill("朝阳区以网格化服务为抓手，在老旧小区建立网格议事会，组织驻区单位、社会组织和志愿者参与社区服务，"
                                               "推动小区环境整治和便民服务，形成共建共治共享的社区治理格局。")
    page.get_by_label("申请日期", exact=True).fill("2026-09-10")
    page.get_by_label("联系单位", exact=True).fill("长春市朝阳区民政局")
    page.get_by_label("办公电话", exact=True).fill("0431-85101234")
    page.get_by_label("办公地址", exact=True).fill("长春市朝阳区西朝阳路1号")
    _publish(page)

    written = repo.zones / NEW_ZONE / "zone.yml"
    assert written.is_file(), git(repo.repo, "status", "--short")
    text = written.read_text(encoding="utf-8")
    assert 'code: "220104"' in text or "code: '220104'" in text, text  # a string, as the contract reads it
    assert "name: 朝阳区" in text and "applied: 2026-09-10" in text
    assert [line for line in _validate(repo).splitlines() if NEW_ZONE in line] == [  # only what a new zone is told
        f"{written}:10: 警告[N01]: milestones.approved: 还没有确认日期（approved），这个实验区暂不在网站上公开。"
        "省民政厅发文确认后，填写 approved 和 approval_doc"]
    run = build(repo.zones, tmp_path / "site", tmp_path / "build", content=repo.content)
    assert run.code == 0, run.output


# What axe-core finds in Decap's own interface (3.16.3), none of it in what the configuration controls:
# color-contrast (sidebar links, the 富文本/Markdown toggle labels, the 发布 button), button-name and aria-required-attr
# (the toggle, a role=switch without name or aria-checked), aria-input-field-name (the Slate body editor has no name),
# frame-title (the preview iframe), label-content-name-mismatch (“现在” with aria-label “Set date to now”),
# nested-interactive (toolbar dropdowns inside buttons), region, landmark-one-main and page-has-heading-one.
DECAP_OWN = {"color-contrast", "button-name", "aria-required-attr", "aria-input-field-name", "frame-title",
             "label-content-name-mismatch", "nested-interactive", "region", "landmark-one-main", "page-has-heading-one"}
AXE = Path(__file__).parent / "vendor" / "axe.min.js"


@pytest.mark.browser  # the module's Chromium starts in the fixture
@pytest.mark.parametrize("entry", [f"reports-{ZONE}/new", f"zones-220100/entries/{ZONE}"])
def test_axe_finds_nothing_in_the_form_that_is_not_decaps_own(clone: tuple[Clone, str, Page, Watch], entry: str) -> None:
    _, admin, page, _ = clone
    _open(page, admin, entry)
    page.locator("input, textarea, select").nth(2).wait_for()
    page.evaluate(AXE.read_text(encoding="utf-8"))
    found: dict[str, list[str]] = page.evaluate("""async () => {
        const result = await axe.run(document, {runOnly: {type: "tag",
            values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}});
        return Object.fromEntries(result.violations.map(v => [v.id, v.nodes.slice(0, 3).map(n => n.target.join(" "))]));
    }""")
    # "label", "select-name", "document-title", "html-has-lang" … stay in force: each field the configuration names has its label
    assert {rule: nodes for rule, nodes in found.items() if rule not in DECAP_OWN} == {}
    print(entry, "Decap's own:", sorted(found))


@pytest.mark.browser  # the module's Chromium starts in the fixture
def test_an_annual_plan_gets_its_year_from_the_list(clone: tuple[Clone, str, Page, Watch]) -> None:
    repo, admin, page, _ = clone
    _open(page, admin, "reports-220106-lvyuan/new")
    page.get_by_text("正文", exact=True).wait_for()
    _select(page, "报告类型", "年度实验计划")
    page.get_by_label("标题", exact=True).fill("绿园区2026年度实验计划")
    page.get_by_label("日期", exact=True).fill("2026-11-25")  # a plan is dated in its year or the December before (R15)
    _select(page, "所属年度 (可选)", "2026")
    page.locator('[data-slate-editor="true"]').first.click()
    page.keyboard.type("2026年，绿园区将继续完善小区议事协商机制。")
    _publish(page)
    written = repo.zones / "220106-lvyuan" / "reports" / "2026-11-25-annual-plan.md"
    text = written.read_text(encoding="utf-8")
    assert "\nyear: 2026\n" in text, text  # a number, as the contract reads it
    assert not [line for line in _validate(repo).splitlines() if written.name in line and "错误" in line]


# Every other report type, written as an official would: the form's fields are the same for all, so each file
# must pass validation as written; the plan's length and headings are what the form cannot check.
OTHER_TYPES = [key for key in REPORT_TYPES if key not in ("news", "annual-plan")]


@pytest.mark.browser  # the module's Chromium starts in the fixture
@pytest.mark.parametrize("report_type", OTHER_TYPES)
def test_each_report_type_written_through_the_form_passes_validation(clone: tuple[Clone, str, Page, Watch],
                                                                       report_type: str) -> None:
    repo, admin, page, _ = clone
    zone = "220106-lvyuan"
    reports = repo.zones / zone / "reports"
    # A zone files one application, plan and review opinion (R19): the form's copy stands in for the sample's.
    replaced = sorted(reports.glob(f"*-{report_type}.md")) if report_type in ONCE_TYPES else []
    sample = git(repo.repo, "rev-parse", "HEAD").strip()
    if replaced:
        git(repo.repo, "rm", "-q", *(str(path.relative_to(repo.repo)) for path in replaced))
        git(repo.repo, "commit", "-q", "-m", f"the form writes the {report_type} again")
    before = set(reports.iterdir())
    # an application is dated the day applied; a year's summary in its December or the next first quarter (R15)
    day = {"application": "2026-09-18", "annual-summary": "2026-03-10"}.get(report_type, "2026-11-27")
    _open(page, admin, f"reports-{zone}/new")
    page.get_by_text("正文", exact=True).wait_for()
    _select(page, "报告类型", REPORT_TYPES[report_type])
    page.get_by_label("标题", exact=True).fill(f"绿园区{REPORT_TYPES[report_type]}（表单填写）")
    page.get_by_label("日期", exact=True).fill(day)
    if report_type == "annual-summary":
        _select(page, "所属年度 (可选)", "2025")
    page.locator('[data-slate-editor="true"]').first.click()
    # each its own text: one body filed twice is refused (R14)
    page.keyboard.type(f"绿园区按照实验方案推进各项工作，成立了企地共建理事会（{REPORT_TYPES[report_type]}）。")
    _publish(page)
    [written] = set(reports.iterdir()) - before  # <date>-<type>.md, or -1 beside a report of the same day and type
    assert re.fullmatch(rf"{day}-{report_type}(-1)?\.md", written.name), written.name
    run = run_cli(["validate", "--zones", str(repo.zones), "--content", str(repo.content), "--today", TODAY])
    problems = [line for line in run.output.splitlines() if written.name in line and "错误" in line]
    if report_type == "plan":  # what the form cannot check, validate reports with the guide's messages
        assert [line.split("[")[1][:3] for line in problems] == ["R07", "R08"], problems
    else:
        assert run.code == 0 and problems == [], run.output
    if replaced:  # the sample's report back, for the tests that follow
        git(repo.repo, "rm", "-q", str(written.relative_to(repo.repo)))
        git(repo.repo, "checkout", sample, "--", *(str(path.relative_to(repo.repo)) for path in replaced))
        git(repo.repo, "commit", "-q", "-m", f"the sample's {report_type} again")


@pytest.mark.browser  # the module's Chromium starts in the fixture
@pytest.mark.parametrize("entry", [f"reports-{ZONE}/new", f"zones-220100/entries/{ZONE}"])
def test_on_a_phone_the_form_fits_the_screen_and_save_stays_in_reach(clone: tuple[Clone, str, Page, Watch],
                                                                      entry: str) -> None:
    _, admin, page, _ = clone
    page.set_viewport_size({"width": 375, "height": 740})
    try:
        _open(page, admin, entry)
        page.locator("input, textarea").nth(3).wait_for()
        page.wait_for_timeout(300)
        save = page.get_by_role("button", name="保存")
        for scrolled in (0, 1500):  # at the top, and with the form scrolled down to the body
            page.evaluate(f"window.scrollTo(0, {scrolled})")
            assert page.evaluate("document.scrollingElement.scrollWidth") <= 375  # no sideways scroll
            box = save.bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375
            assert box["y"] >= 0 and box["y"] + box["height"] <= 740, (scrolled, box)
        boxes = page.locator("input:visible, textarea:visible, select:visible").evaluate_all(
            "fields => fields.map(field => field.getBoundingClientRect().right)")
        assert boxes and max(boxes) <= 375  # every field box whole, its select arrow included
        if entry.startswith("zones"):  # a saved entry: the publish menu is in reach as well
            publish = page.get_by_text("已发布", exact=True).first.bounding_box()
            assert publish is not None and publish["x"] + publish["width"] <= 375
    finally:
        page.set_viewport_size({"width": 1280, "height": 900})


def _image_dialog(page: Page, admin: str) -> None:
    _open(page, admin, f"reports-{ZONE}/new")
    page.get_by_text("正文", exact=True).wait_for()
    page.locator('[data-slate-editor="true"]').first.click()
    page.get_by_role("button", name="添加组件").click()
    page.get_by_role("menuitem", name="Image").click()


@pytest.mark.browser  # the module's Chromium starts in the fixture
def test_a_photo_over_five_megabytes_is_refused_in_chinese_before_upload(clone: tuple[Clone, str, Page, Watch],
                                                                          tmp_path: Path) -> None:
    repo, admin, page, _ = clone
    photo = tmp_path / "会场全景.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(int(9.2 * 1024 * 1024)))  # the 9.2 MB photo of issue 25
    messages: list[str] = []
    page.on("dialog", lambda dialog: messages.append(dialog.message))
    _image_dialog(page, admin)
    page.get_by_role("button", name="选择图片").click()
    page.locator('input[type="file"]').set_input_files(str(photo))
    page.wait_for_timeout(500)
    assert len(messages) == 1 and "“会场全景.jpg”有 9.2 MB，超过 5 MB，没有上传" in messages[0], messages
    expect(page.get_by_text("会场全景.jpg")).to_have_count(0)  # not among the media library's files
    assert not list(repo.zones.rglob("会场全景*"))


@pytest.mark.browser  # the module's Chromium starts in the fixture
def test_the_image_dialog_offers_no_outside_address(clone: tuple[Clone, str, Page, Watch]) -> None:
    _, admin, page, _ = clone
    _image_dialog(page, admin)
    expect(page.get_by_role("button", name="选择图片")).to_be_visible()
    expect(page.get_by_role("button", name="从 URL 插入")).to_have_count(0)


@pytest.mark.browser  # the module's Chromium starts in the fixture
def test_the_zone_preview_reads_as_the_zone_page(clone: tuple[Clone, str, Page, Watch]) -> None:
    _, admin, page, _ = clone
    _open(page, admin, f"zones-220100/entries/{ZONE}")
    preview = page.frame_locator("iframe").first
    expect(preview.locator("article.md-typeset h1")).to_have_text("南关区")
    expect(preview.locator("article")).to_contain_text("实验主题：以“三社联动+议事协商”破解老旧小区治理难题")
    topics = preview.locator("article tr", has_text="实验选题")
    expect(topics).to_contain_text("1-3 “三社联动”、2-4 议事协商与对话机制")  # the topics' names, not bare ids
    expect(preview.locator("article tr", has_text="申请日期")).to_contain_text("2019-09-20")
    expect(preview.locator("article h2")).to_have_text(["基本情况", "工作节点", "联系方式", "新闻联系人"])
    styles = preview.locator('link[rel="stylesheet"]').evaluate_all("links => links.map(link => link.href)")
    assert any(href.endswith("/assets/showcase.css") for href in styles)
    margin = preview.locator("article").evaluate("article => parseFloat(getComputedStyle(article).paddingLeft)")
    assert margin > 0  # the page's column, not text against the pane's edge


@pytest.mark.browser  # the module's Chromium starts in the fixture
def test_an_official_writes_the_zones_figures_through_the_form(clone: tuple[Clone, str, Page, Watch]) -> None:
    repo, admin, page, _ = clone
    zone = "220183-dehui"
    figures = repo.zones / zone / "indicators.yml"
    if figures.exists():  # the form starts from no file, as for a zone that has not reported yet
        git(repo.repo, "rm", "-q", str(figures.relative_to(repo.repo)))
        git(repo.repo, "commit", "-q", "-m", "no figures yet")
    _open(page, admin, f"indicators-220100/entries/indicators-{zone}")
    page.get_by_role("button", name="新增实验成效指标").click()
    _select(page, "指标编号", "居民满意度")
    page.get_by_role("button", name="新增实际值").click()
    _select(page, "年度", "2026")
    page.get_by_label("数值", exact=True).fill("88.6")
    page.get_by_label("来源 (可选)").fill("德惠市2026年居民满意度第三方测评")
    # a collapsed optional group opens with the arrow button beside its name
    page.get_by_text("调查说明", exact=True).last.locator("xpath=..").get_by_role("button").first.click()
    page.get_by_label("调查单位 (可选)").fill("长春工业大学（受市民政局委托）")
    page.get_by_label("调查方法 (可选)").fill("入户问卷")
    page.get_by_label("样本量 (可选)").fill("800")
    # the zone's own indicator: one of the form's own ids, with its name, unit, direction and definition
    page.get_by_role("button", name="新增实验成效指标").click()
    page.get_by_label("指标编号", exact=True).last.fill("本区自设指标 1")
    page.keyboard.press("Enter")
    page.get_by_label("指标名称 (可选)").last.fill("社区老年食堂数")
    page.get_by_label("单位 (可选)").last.fill("个")
    page.get_by_label("方向 (可选)").last.fill("越高越好")
    page.keyboard.press("Enter")
    page.get_by_label("口径 (可选)").last.fill("辖区内社区开办的老年食堂（助餐点）数量")
    page.get_by_role("button", name="新增实际值").last.click()
    page.get_by_label("年度", exact=True).last.fill("2026")
    page.keyboard.press("Enter")
    page.get_by_label("数值", exact=True).last.fill("12")
    page.get_by_label("来源 (可选)").last.fill("德惠市民政局2026年台账")
    _publish(page)

    assert figures.is_file(), git(repo.repo, "status", "--short")
    text = figures.read_text(encoding="utf-8")
    assert "id: satisfaction" in text and "year: 2026" in text and "88.6" in text and "sample: 800" in text, text
    assert "id: own-1" in text and "name: 社区老年食堂数" in text and "direction: higher" in text, text
    assert [line for line in _validate(repo).splitlines() if "indicators.yml" in line and zone in line] == []
