"""JSON Schema files of the contract, for editors (yaml-language-server) and for reviewers."""

from __future__ import annotations

import json

from pydantic import BaseModel

from generator.contract.files import ReportFront, ZoneFile
from generator.contract.indicators import ZoneIndicatorsFile
from generator.contract.selections import Selections

SCHEMAS: dict[str, type[BaseModel]] = {"zone.schema.json": ZoneFile, "report.schema.json": ReportFront,
                                       "indicators.schema.json": ZoneIndicatorsFile, "selections.schema.json": Selections}
SCHEMA_TITLES = {"zone.schema.json": "实验区信息 zone.yml", "report.schema.json": "报告信息块（front matter）",
                 "indicators.schema.json": "实验成效 indicators.yml",
                 "selections.schema.json": "典型案例和推荐理由 zones/selections.yml（省民政厅）"}


def schema_text(name: str) -> str:
    schema = SCHEMAS[name].model_json_schema()
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema, "title": SCHEMA_TITLES[name]}
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
