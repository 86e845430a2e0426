"""The whole Decap CMS configuration: backend from content/site.yml, a zones collection and one reports collection per unit.

Zones: a `files` collection with one entry per unit of the reference divisions at `zones/<folder_name>/zone.yml`,
so that adding a zone is opening its unit and saving (a folder collection could not name the folder: its pinyin
is no field of zone.yml). Reports: one folder collection per unit, so that a zone added through the form can
take its reports at once; the slug is the date field as written (Decap's {{year}} is UTC and shifts a day in
China) followed by the type, which is the name `showcase validate` expects.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import urlsplit

from generator.contract.indicators import INDICATORS_FILE
from generator.contract.settings import CmsSettings
from generator.load.reference import Reference, Unit
from generator.render.admin.fields import MEDIA_FOLDER, FieldMaker

Config = dict[str, Any]
GITHUB_API = "https://api.github.com"
ZONES = "zones"
INDICATORS = "indicators"


def report_collection_name(unit: Unit) -> str:
    return f"reports-{unit.folder_name}"


def api_root(cms: CmsSettings) -> str:
    if cms.api_root:
        return cms.api_root
    return GITHUB_API if cms.backend == "github" else f"{cms.base_url}/api/v1"


def backend(cms: CmsSettings) -> Config:
    settings: Config = {"name": cms.backend, "repo": cms.repo or "owner/repository", "branch": cms.branch}
    if cms.backend == "github":
        settings.update({"base_url": cms.base_url, "auth_endpoint": cms.auth_endpoint or "auth"} if cms.base_url else {})
        settings.update({"api_root": cms.api_root} if cms.api_root else {})
    else:
        settings.update({"api_root": api_root(cms), "app_id": cms.app_id})
        settings.update({"base_url": cms.base_url} if cms.base_url else {})
    return settings


def editorial_workflow(cms: CmsSettings) -> bool:
    """Each save a branch and a pull request: GitHub and Forgejo; Decap's Gitea backend cannot."""
    return cms.backend != "gitea"


def git_host_origins(cms: CmsSettings) -> list[str]:
    """The only origins outside the site the admin page may connect to: the git host's API and its sign-in service."""
    origins = []
    for address in (api_root(cms), cms.base_url if cms.backend != "github" else ""):
        if address:
            parts = urlsplit(address)
            origins.append(f"{parts.scheme}://{parts.netloc}")
    return list(dict.fromkeys(origins))


def local_backend_url(cms: CmsSettings) -> str:
    return f"http://localhost:{cms.local_port}"


def _zones_collection(maker: FieldMaker, units: list[Unit]) -> Config:
    return {
        "name": ZONES, "label": "实验区信息", "label_singular": "实验区", "format": "yml", "delete": False,
        "description": "找到本单位，填写或修改实验区信息后保存。新申请的实验区也在这里填写。",
        "files": [{"name": unit.folder_name, "label": f"{unit.code} {unit.full_name}",
                   "file": f"{ZONES}/{unit.folder_name}/zone.yml", "fields": maker.zone_fields(unit)} for unit in units],
    }


def _indicators_collection(maker: FieldMaker, units: list[Unit]) -> Config:
    fields = maker.indicator_fields()
    return {
        "name": INDICATORS, "label": "实验成效", "label_singular": "实验成效", "format": "yml", "delete": False,
        "description": "找到本单位，填写各项指标的基期值、目标值和每年的实际值（每个数值都要写来源）。",
        "files": [{"name": unit.folder_name, "label": f"{unit.code} {unit.full_name}",
                   "file": f"{ZONES}/{unit.folder_name}/{INDICATORS_FILE}", "fields": fields} for unit in units],
    }


def _reports_collection(maker: FieldMaker, unit: Unit) -> Config:
    return {
        "name": report_collection_name(unit), "label": f"{unit.code} {unit.full_name}·报告", "label_singular": "报告",
        "folder": f"{ZONES}/{unit.folder_name}/reports", "extension": "md", "format": "frontmatter", "create": True,
        "delete": False, "slug": "{{fields.date}}-{{fields.type}}", "identifier_field": "title",
        "summary": "{{date}} {{title}}", "sortable_fields": ["date", "title"],
        "media_folder": MEDIA_FOLDER, "public_folder": MEDIA_FOLDER, "fields": maker.report_fields(),
    }


def cms_config(reference: Reference, today: date) -> Config:
    """The configuration passed to CMS.init(): every value is data, serialised as JSON by the page (never spliced)."""
    cms = reference.settings.cms
    maker = FieldMaker(reference, today)
    units = sorted(reference.units().values(), key=lambda unit: unit.code)
    config: Config = {
        "load_config_file": False,
        "backend": backend(cms),
        "local_backend": {"url": f"{local_backend_url(cms)}/api/v1"},
        "locale": "zh_Hans",
        "site_url": reference.settings.site_url or None,
        "logo_url": None,
        "show_preview_links": False,
        "media_folder": f"{ZONES}/media-unused",  # required at the top; every collection has its own
        "public_folder": MEDIA_FOLDER,
        "slug": {"encoding": "unicode", "clean_accents": False, "sanitize_replacement": "-"},
        "collections": [_zones_collection(maker, units), _indicators_collection(maker, units),
                        *(_reports_collection(maker, unit) for unit in units)],
    }
    if editorial_workflow(cms):
        config["publish_mode"] = "editorial_workflow"
    return {key: value for key, value in config.items() if value is not None}
