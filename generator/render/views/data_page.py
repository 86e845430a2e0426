"""数据下载: zones and reports in CSV, XLSX and JSON, the field dictionary, and a JSON twin of every zone page."""

from __future__ import annotations

import json

from generator.model.site import Site
from generator.render.docs_tree import DocsTree
from generator.render.opendata import (
    REPORT_FIELDS,
    ZONE_FIELDS,
    report_records,
    to_csv,
    to_json,
    to_xlsx,
    zone_records,
)
from generator.render.page_contexts import DataPage, render_page
from generator.render.views import urls

PATH = urls.DATA


def add(tree: DocsTree, site: Site) -> None:
    zones, reports = zone_records(site), report_records(site)
    tree.add_blob(urls.data_file("zones.csv"), to_csv(ZONE_FIELDS, zones))
    tree.add_blob(urls.data_file("zones.xlsx"), to_xlsx([("实验区", ZONE_FIELDS, zones)], site.today))
    tree.add(urls.data_file("zones.json"), to_json(ZONE_FIELDS, zones, site.today, "zones"))
    tree.add_blob(urls.data_file("reports.csv"), to_csv(REPORT_FIELDS, reports))
    tree.add(urls.data_file("reports.json"), to_json(REPORT_FIELDS, reports, site.today, "reports"))
    remaining = iter(reports)  # report_records lists each zone's reports in turn, in site.zones order
    for zone, record in zip(site.zones, zones, strict=True):
        twin = {"data_date": site.today.isoformat(), "zone": record,
                "reports": [next(remaining) for _ in zone.reports]}
        tree.add(urls.zone_twin(zone.id), json.dumps(twin, ensure_ascii=False, indent=1) + "\n")
    tree.add(PATH, render_page(DataPage(site=site, zone_fields=ZONE_FIELDS, report_fields=REPORT_FIELDS,
                                        zones=len(zones), reports=len(reports))))
