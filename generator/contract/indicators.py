"""The contract of outcome indicators (实验成效): the province's set in content/reference/indicators.yml, and
each zone's figures in zones/<zone-id>/indicators.yml.

A zone reports, per indicator and per calendar year, a baseline (before or at the start), a target (from its
plan) and the values it reached, each with its source. The reference set says what each indicator means,
its unit and which way is better; a zone may add its own indicators, which then carry these itself.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field

from generator.contract.files import Code, TopicId, _as_text, _Contract

INDICATORS_FILE = "indicators.yml"

# What the figures of an indicator count: how they are checked (percentages 0–100, counts not negative).
INDICATOR_KINDS: dict[str, str] = {
    "percentage": "百分比（0 到 100）",
    "count": "个数、人数（不小于 0 的整数）",
    "per_100_households": "每百户的数量",
    "money": "金额",
    "number": "其他数值",
}
DIRECTIONS: dict[str, str] = {"higher": "越高越好", "lower": "越低越好"}
# The kind of a figure in a zone's series, in the order a table shows them.
VALUE_KINDS: dict[str, str] = {"baseline": "基期值", "target": "目标值", "actual": "实际值"}

IndicatorKind = Literal["percentage", "count", "per_100_households", "money", "number"]
Direction = Literal["higher", "lower"]
# The pattern is checked with its own message (a pattern error would be explained as a phone number's):
# in the reference set by load/reference.py, in a zone's file by check/indicators.py.
INDICATOR_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
IndicatorId = Annotated[str, BeforeValidator(_as_text),
                        Field(min_length=1, max_length=60, json_schema_extra={"pattern": INDICATOR_ID.pattern})]
Year = Annotated[int, Field(ge=2000, le=2100)]
Number = Annotated[float, Field(allow_inf_nan=False, ge=-1e12, le=1e12)]

_ID_DESCRIPTION = "小写英文字母、数字和连字符，如 satisfaction；它也是网页地址 /indicators/<编号>/，定下后不要改"
_KIND_DESCRIPTION = "；".join(f"{key}（{label}）" for key, label in INDICATOR_KINDS.items())
_DIRECTION_DESCRIPTION = "；".join(f"{key}（{label}）" for key, label in DIRECTIONS.items())


class ReferenceLine(_Contract):
    value: Number = Field(title="参考值")
    label: str = Field(min_length=2, max_length=60, title="参考值说明", description="如：国家标准：每百户不低于30平方米")


class IndicatorDefinition(_Contract):
    """One indicator of the province's set."""

    id: IndicatorId = Field(title="指标编号", description=_ID_DESCRIPTION)
    name: str = Field(min_length=2, max_length=40, title="指标名称")
    area: Code = Field(default="", title="所属方面",
                       description="topics.yml 中“实验内容”的方面编号（\"1\" 到 \"5\"）；空字符串表示综合")
    topics: list[TopicId] = Field(default_factory=list, max_length=10, title="相关选题",
                                  description="topics.yml 中的选题编号，如 [\"1-3\"]")
    unit: str = Field(min_length=1, max_length=20, title="单位", description="如：%、个、人、平方米/百户")
    kind: IndicatorKind = Field(title="数值类型", description=_KIND_DESCRIPTION)
    direction: Direction = Field(title="方向", description=_DIRECTION_DESCRIPTION)
    definition: str = Field(min_length=4, max_length=500, title="口径", description="统计什么、统计范围")
    method: str = Field(default="", max_length=500, title="计算方法")
    usual_source: str = Field(default="", max_length=200, title="常用来源", description="如：区民政局年度统计")
    required: bool = Field(default=False, title="必报",
                           description="true：每个已确认的实验区从第一份年度工作总结起必须报告")
    survey: bool = Field(default=False, title="需要调查说明",
                         description="true：每个实际值都要写明调查单位、方法和样本量（survey）")
    reference: ReferenceLine | None = Field(default=None, title="参考线", description="可选：如国家标准")
    retired: bool = Field(default=False, title="已停用", description="true：保留已有数值，但不再要求填报")


class IndicatorSet(_Contract):
    """content/reference/indicators.yml: the province's set of outcome indicators."""

    source: str = Field(min_length=4, title="来源说明")
    indicators: list[IndicatorDefinition] = Field(min_length=1, max_length=100, title="指标")


class Survey(_Contract):
    by: str = Field(min_length=2, max_length=100, title="调查单位", description="如：吉林大学社会学系（受区民政局委托）")
    method: str = Field(min_length=2, max_length=100, title="调查方法", description="如：入户问卷、电话访问")
    sample: int = Field(ge=1, le=10_000_000, title="样本量", description="有效问卷数，如 1200")


class Point(_Contract):
    year: Year = Field(title="年度", description="如 2019")
    value: Number = Field(title="数值", description="只写数字，不写单位，如 85.2")


class Measurement(Point):
    source: str | None = Field(default=None, max_length=120, title="来源",
                               description="本实验区 reports 中的报告文件名（如 2020-12-25-annual-summary.md），"
                                           "或统计、调查的名称（如 南关区2020年居民满意度第三方测评）")
    survey: Survey | None = Field(default=None, title="调查说明", description="满意度等调查得来的数值必填")
    note: str | None = Field(default=None, max_length=300, title="说明")


class ZoneIndicator(_Contract):
    """One indicator a zone reports: an id of the province's set, or its own indicator with its definition."""

    id: IndicatorId = Field(title="指标编号", description="参考指标的编号；本区自设指标写 own- 开头的编号")
    name: str | None = Field(default=None, min_length=2, max_length=40, title="指标名称", description="仅自设指标填写")
    unit: str | None = Field(default=None, min_length=1, max_length=20, title="单位", description="仅自设指标填写")
    kind: IndicatorKind | None = Field(default=None, title="数值类型", description="仅自设指标填写：" + _KIND_DESCRIPTION)
    direction: Direction | None = Field(default=None, title="方向", description="仅自设指标填写：" + _DIRECTION_DESCRIPTION)
    definition: str | None = Field(default=None, min_length=4, max_length=500, title="口径", description="仅自设指标填写")
    baseline: Point | None = Field(default=None, title="基期值", description="实验开始前（最多早两年）或开始当年的数值")
    target: Point | None = Field(default=None, title="目标值", description="实验方案“主要目标”中的数值")
    values: list[Measurement] = Field(default_factory=list, max_length=50, title="实际值", description="每年一个")


class ZoneIndicatorsFile(_Contract):
    """zones/<zone-id>/indicators.yml: the figures one zone reports."""

    indicators: list[ZoneIndicator] = Field(default_factory=list, max_length=100, title="实验成效指标")
