"""数据下载: zones and reports in CSV, XLSX and JSON, the field dictionary, and a JSON twin of every zone page."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from generator.load.content_pages import ContentPages
from generator.model.site import Site
from generator.render.docs_tree import DocsTree
from generator.render.opendata import (
    DUTY_FIELDS,
    INDICATOR_FIELDS,
    REPORT_FIELDS,
    ZONE_FIELDS,
    Field,
    duty_records,
    indicator_records,
    report_records,
    sheet_records,
    to_csv,
    to_json,
    to_xlsx,
    zone_records,
)
from generator.render.views import urls
from generator.render.views.compendium_links import CompendiumLink, compendium_links
from generator.render.views.kinds import Page, PageKind, Section

PATH = urls.DATA
DATA = Section("数据下载", PATH, nav_slot=7)


@dataclass(frozen=True)
class DataPage(Page):
    site: Site
    zone_fields: tuple[Field, ...]
    report_fields: tuple[Field, ...]
    indicator_fields: tuple[Field, ...]
    duty_fields: tuple[Field, ...]
    zones: int
    reports: int
    figures: int
    duties: int
    compendiums: list[CompendiumLink]


def add_files(tree: DocsTree, site: Site) -> None:
    """The open data, and each zone's JSON twin."""
    zones, reports, figures = zone_records(site), report_records(site), indicator_records(site)
    zone_sheet, report_sheet, figure_sheet = (sheet_records(site, records) for records in (zones, reports, figures))
    licence = site.settings.data_licence.model_dump() if site.settings.data_licence.name else None
    tree.add_blob(urls.data_file("zones.csv"), to_csv(ZONE_FIELDS, zone_sheet))
    tree.add_blob(urls.data_file("zones.xlsx"), to_xlsx([("实验区", ZONE_FIELDS, zone_sheet),
                                                         ("实验成效", INDICATOR_FIELDS, figure_sheet)], site.today))
    tree.add(urls.data_file("zones.json"), to_json(ZONE_FIELDS, zones, site.today, "zones", licence))
    tree.add_blob(urls.data_file("reports.csv"), to_csv(REPORT_FIELDS, report_sheet))
    tree.add_blob(urls.data_file("reports.xlsx"), to_xlsx([("报告", REPORT_FIELDS, report_sheet)], site.today))
    tree.add(urls.data_file("reports.json"), to_json(REPORT_FIELDS, reports, site.today, "reports", licence))
    tree.add_blob(urls.data_file("indicators.csv"), to_csv(INDICATOR_FIELDS, figure_sheet))
    # The figures' XLSX is the 实验成效 sheet of zones.xlsx: openpyxl costs 0.2 ms a row, 7,000 rows at 600 zones
    tree.add(urls.data_file("indicators.json"), to_json(INDICATOR_FIELDS, figures, site.today, "indicators", licence))
    by_indicator: dict[str, list[dict[str, object]]] = {}
    for record in figure_sheet:
        by_indicator.setdefault(str(record["indicator"]), []).append(record)
    for indicator in site.indicators:
        own = by_indicator.get(indicator.id, [])
        tree.add_blob(urls.indicator_file(indicator.id, "csv"), to_csv(INDICATOR_FIELDS, own))
        tree.add_blob(urls.indicator_file(indicator.id, "xlsx"), to_xlsx([("实验成效", INDICATOR_FIELDS, own)],
                                                                        site.today))
    if site.settings.monitoring.public:  # who is late is published only where the monitoring list is
        duties = duty_records(site)
        tree.add_blob(urls.data_file("duties.csv"), to_csv(DUTY_FIELDS, duties))
        tree.add_blob(urls.data_file("duties.xlsx"), to_xlsx([("报告报送", DUTY_FIELDS, duties)], site.today))
        tree.add(urls.data_file("duties.json"), to_json(DUTY_FIELDS, duties, site.today, "duties", licence))
    remaining = iter(reports)  # report_records lists each zone's reports in turn, in site.zones order
    by_zone: dict[str, list[dict[str, object]]] = {}
    for zone_id, record in zip(site.tables.indicators["zone_id"], figures, strict=True):
        by_zone.setdefault(zone_id, []).append(record)
    for zone, record in zip(site.zones, zones, strict=True):
        twin = {"data_date": site.today.isoformat(), "zone": record,
                "reports": [next(remaining) for _ in zone.reports], "indicators": by_zone.get(zone.id, [])}
        tree.add(urls.zone_twin(zone.id), json.dumps(twin, ensure_ascii=False, indent=1) + "\n")


def pages(site: Site, content: ContentPages) -> Iterator[DataPage]:
    yield DataPage(path=PATH, title="数据下载", site=site, zone_fields=ZONE_FIELDS, report_fields=REPORT_FIELDS,
                   indicator_fields=INDICATOR_FIELDS, duty_fields=DUTY_FIELDS, zones=len(site.zones),
                   reports=len(site.reports), figures=len(site.tables.indicators),
                   duties=sum(len(zone.duties) for zone in site.zones), compendiums=compendium_links(site, PATH))


PAGE_KINDS = (PageKind("data page", "data.md.j2", DATA, pages),)
