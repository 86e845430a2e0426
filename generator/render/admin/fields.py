"""Decap CMS widgets for the contract's fields: one widget per field of ZoneFile and ReportFront, read from the models.

Labels and hints are the fields' titles and descriptions; required, lengths, ranges and patterns are the
models' own constraints, so that the form refuses what `showcase validate` would refuse wherever Decap can say so.
A field whose kind this module does not know raises, so a new field of the contract cannot silently miss the form.
"""

from __future__ import annotations

import types
from datetime import date
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from generator.check.names import MEDIA_RULE
from generator.contract.files import (
    ATTACHMENT_TYPES,
    SUMMARY_MAX,
    SUMMARY_MIN,
    ReportFront,
    ZoneFile,
    nested_model,
)
from generator.contract.indicators import (
    DIRECTIONS,
    INDICATOR_KINDS,
    Measurement,
    Point,
    Survey,
    ZoneIndicator,
    ZoneIndicatorsFile,
)
from generator.contract.photo_credits import PHOTO_TITLE_HINT
from generator.contract.terms import REPORT_TYPE_LIST
from generator.load.reference import Reference, Unit

Widget = dict[str, Any]
FIRST_YEAR = 2019  # the notice's first batch (吉民发〔2019〕30号)
MEDIA_FOLDER = "../media"  # from a report in reports/: the zone's media/ folder, as bodies link it
# Decap's select takes no free text, so the form offers a few ids for a zone's own indicators (own-1 …); a file
# may name its own indicators otherwise (own-canteens), and is then edited as a file.
OWN_PREFIX, OWN_SLOTS = "own-", 5
OWN_FIELDS = ("name", "unit", "kind", "direction", "definition")


def _constraint(info: FieldInfo, name: str) -> Any:
    for item in info.metadata:
        value = getattr(item, name, None)
        if value is not None:
            return value
    return None


def _bare(annotation: Any) -> Any:
    """The annotation without `| None` and without Annotated's metadata."""
    if get_origin(annotation) in (Union, types.UnionType):
        kept = [argument for argument in get_args(annotation) if argument is not type(None)]
        annotation = kept[0] if len(kept) == 1 else annotation
    return getattr(annotation, "__origin__", annotation) if hasattr(annotation, "__metadata__") else annotation


def _base(name: str, info: FieldInfo) -> Widget:
    widget: Widget = {"name": name, "label": info.title or name, "required": info.is_required()}
    if info.description:
        widget["hint"] = info.description
    return widget


def date_widget(widget: Widget) -> Widget:
    """A native date picker that writes the plain string YYYY-MM-DD (no time, no time zone)."""
    hint = str(widget.get("hint", "")).removesuffix("，YYYY-MM-DD").removesuffix("YYYY-MM-DD")
    return {**widget, **({"hint": hint} if hint else {}), "widget": "datetime", "date_format": "YYYY-MM-DD",
            "time_format": False, "format": "YYYY-MM-DD"}


def _length_pattern(low: int | None, high: int | None) -> list[str] | None:
    if low is None and high is None:
        return None
    low_text, high_text = str(low or 0), "" if high is None else str(high)
    bounded = f"{low} 到 {high} 个字" if low else f"最多 {high} 个字"
    message = f"至少 {low} 个字" if high is None else bounded
    return [f"^[\\s\\S]{{{low_text},{high_text}}}$", message]


def year_options(reference_today: date) -> list[dict[str, Any]]:
    return [{"label": f"{year} 年", "value": year} for year in range(reference_today.year + 1, FIRST_YEAR - 1, -1)]


class FieldMaker:
    """Widgets for one build: the topic list and the build date come from the reference data and the build."""

    def __init__(self, reference: Reference, today: date) -> None:
        self.topics = [{"label": f"{topic.id} {topic.name}", "value": topic.id}
                       for _, topic in reference.topic_index().values()]
        self.years = year_options(today)
        # a baseline may be two years before the first batch's start; a target a few years ahead
        self.figure_years = [{"label": f"{year} 年", "value": year}
                             for year in range(today.year + 5, FIRST_YEAR - 3, -1)]
        self.indicators = [{"label": f"{indicator.name}（{indicator.unit}）", "value": indicator.id}
                           for indicator in reference.indicators.indicators if not indicator.retired] + [
            {"label": f"本区自设指标 {number}（在下面写名称、单位、方向和口径）", "value": f"{OWN_PREFIX}{number}"}
            for number in range(1, OWN_SLOTS + 1)]

    def fields(self, model: type[BaseModel], special: dict[str, Widget] | None = None) -> list[Widget]:
        return [(special or {}).get(name) or self.widget(model, name, info) for name, info in model.model_fields.items()]

    def widget(self, model: type[BaseModel], name: str, info: FieldInfo) -> Widget:
        widget = _base(name, info)
        kind = _bare(info.annotation)
        nested = nested_model(model, (name,))
        if nested is not None:
            children = self.fields(nested)
            if not info.is_required():  # an optional group: its fields are asked for only when it is written
                children = [{**child, "required": False} for child in children]
            return {**widget, "widget": "object", "collapsed": not info.is_required(), "fields": children}
        if kind is date:
            return date_widget(widget)
        if kind is bool:
            return {**widget, "widget": "boolean", "default": bool(info.default)}
        if kind is int:  # years: a select of the years the experiment can have
            return {**widget, "widget": "select", "options": self.years}
        if kind is float:
            return {**widget, "widget": "number", "value_type": "float", "min": _constraint(info, "ge"),
                    "max": _constraint(info, "le")}
        if get_origin(kind) is Literal:
            raise TypeError(f"{model.__name__}.{name}: a choice needs its labels (add it to the special widgets)")
        if get_origin(kind) is list:
            return {**widget, "widget": "select", "multiple": True, "options": self.topics,
                    **{key: value for key, value in (("min", _constraint(info, "min_length")),
                                                     ("max", _constraint(info, "max_length"))) if value is not None}}
        if kind is str:
            pattern = _constraint(info, "pattern")
            if pattern is not None:
                return {**widget, "widget": "string", "pattern": [pattern, info.description or "格式不对"]}
            length = _length_pattern(_constraint(info, "min_length"), _constraint(info, "max_length"))
            return {**widget, "widget": "string", **({"pattern": length} if length else {})}
        raise TypeError(f"{model.__name__}.{name}: no form widget for {info.annotation!r}")

    def zone_fields(self, unit: Unit) -> list[Widget]:
        """zone.yml of one unit: its code and name are fixed by the entry (the folder is the unit's)."""
        info = ZoneFile.model_fields
        fixed = {
            "code": {**_base("code", info["code"]), "widget": "select", "default": unit.code,
                     "options": [{"label": f"{unit.code} {unit.full_name}", "value": unit.code}],
                     "hint": "由所选单位决定，不能更改"},
            "name": {**_base("name", info["name"]), "widget": "select", "default": unit.name,
                     "options": [unit.name], "hint": "由所选单位决定，不能更改"},
            "summary": {**_base("summary", info["summary"]), "widget": "text",
                        "pattern": [f"^\\s*(?:\\S\\s*){{{SUMMARY_MIN},{SUMMARY_MAX}}}$",
                                    f"简介应为 {SUMMARY_MIN} 到 {SUMMARY_MAX} 个字（不计空格）"]},
            "topics": {**self.widget(ZoneFile, "topics", info["topics"]), "hint": "选 1 到 5 个参考选题"},
        }
        return self.fields(ZoneFile, fixed)

    def report_fields(self) -> list[Widget]:
        info = ReportFront.model_fields
        fixed = {
            "type": {**_base("type", info["type"]), "widget": "select", "hint": "选定后文件名按日期和类型生成，保存后不能再改",
                     "options": [{"label": f"{kind.label}（{kind.key}）", "value": kind.key} for kind in REPORT_TYPE_LIST]},
            "summary": {**_base("summary", info["summary"]), "widget": "text",
                        "pattern": _length_pattern(None, _constraint(info["summary"], "max_length"))},
            "attachments": {**_base("attachments", info["attachments"]), "widget": "list",
                            "hint": f"上传到本实验区的 media 文件夹；可用的文件类型：{'、'.join(sorted(ATTACHMENT_TYPES))}",
                            "field": {"name": "file", "label": "文件", "widget": "file", "media_folder": MEDIA_FOLDER,
                                      "public_folder": "media", "choose_url": False}},
        }
        return [*self.fields(ReportFront, fixed), body_widget()]


    def _point_fields(self, model: type[Point]) -> list[Widget]:
        info = model.model_fields
        year = {**_base("year", info["year"]), "widget": "select", "options": self.figure_years}
        value = {**self.widget(model, "value", info["value"]), "hint": "只写数字，不写单位和 % 号；百分比写 0 到 100 之间的数"}
        return self.fields(model, {"year": year, "value": value})

    def _optional_group(self, name: str, info: FieldInfo, fields: list[Widget]) -> Widget:
        return {**_base(name, info), "widget": "object", "collapsed": True,
                "fields": [{**child, "required": False} for child in fields]}

    def indicator_fields(self) -> list[Widget]:
        """indicators.yml of one zone: a list of indicators, each with its baseline, target and yearly values."""
        info = ZoneIndicator.model_fields
        survey_info = Survey.model_fields
        survey = self.fields(Survey, {"sample": {**_base("sample", survey_info["sample"]), "widget": "number",
                                                 "value_type": "int", "min": 1}})
        measurement_info = Measurement.model_fields
        measurement = self.fields(Measurement, {
            **{field["name"]: field for field in self._point_fields(Measurement)},
            "survey": self._optional_group("survey", measurement_info["survey"], survey),
        })
        fixed = {
            "id": {**_base("id", info["id"]), "widget": "select", "options": self.indicators,
                   "hint": "从全省参考指标中选；本区自设的指标选“本区自设指标 1”等，并填写下面的指标名称、单位、方向和口径"},
            "kind": {**_base("kind", info["kind"]), "widget": "select",
                     "options": [{"label": label, "value": key} for key, label in INDICATOR_KINDS.items()]},
            "direction": {**_base("direction", info["direction"]), "widget": "select",
                          "options": [{"label": label, "value": key} for key, label in DIRECTIONS.items()]},
            "baseline": self._optional_group("baseline", info["baseline"], self._point_fields(Point)),
            "target": self._optional_group("target", info["target"], self._point_fields(Point)),
            "values": {**_base("values", info["values"]), "widget": "list", "summary": "{{fields.year}} 年：{{fields.value}}",
                       "fields": measurement},
        }
        fields = [{**field, "required": False} if field["name"] in OWN_FIELDS else field
                  for field in self.fields(ZoneIndicator, fixed)]  # asked for by the checks, for own indicators only
        listing = ZoneIndicatorsFile.model_fields["indicators"]
        return [{**_base("indicators", listing), "widget": "list", "summary": "{{fields.id}}", "fields": fields}]


def body_widget() -> Widget:
    headings = "；".join(f"{kind.label}：{'、'.join(section.name for section in kind.sections)}" for kind in REPORT_TYPE_LIST)
    return {"name": "body", "label": "正文", "widget": "markdown", "required": True,
            "buttons": ["bold", "italic", "link", "heading-two", "heading-three", "quote", "bulleted-list", "numbered-list"],
            "editor_components": ["image"], "modes": ["rich_text", "raw"],
            "hint": f"每一部分用“标题 2”写小标题。各类报告的小标题：{headings}。图片用“添加组件 → Image”上传，"
                    f"并填写说明文字（Alt Text）；{MEDIA_RULE}。{PHOTO_TITLE_HINT}"}
