"""The data contract: pydantic models of zone.yml and of a report's front matter.

These models are the single source of truth: validation, the JSON Schema files in `schemas/`
and the officials' guide all come from them.
"""

from __future__ import annotations

import difflib
import re
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from generator.contract.dates import DateFormatError, parse_date
from generator.contract.hidden_characters import first_hidden
from generator.contract.terms import MILESTONE_BY_KEY, REPORT_TYPES

if TYPE_CHECKING:
    ReportTypeKey = str
else:  # the keys of REPORT_TYPE_LIST, as pydantic checks them
    ReportTypeKey = Literal[tuple(REPORT_TYPES)]

SUMMARY_MIN, SUMMARY_MAX = 50, 300
# What a zone's media/ folder may hold.
IMAGE_TYPES = frozenset({"jpg", "jpeg", "png"})
ATTACHMENT_TYPES = frozenset({"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip"}) | IMAGE_TYPES
MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
# How a report body (in reports/) links a file of its zone's media/ folder: a Markdown link or image,
# a reference definition, or an HTML src/href. Group 1 is what precedes the path, group 2 the file.
MEDIA_LINK = re.compile(r"(\]\(\s*<?|\bsrc=[\"']|\bhref=[\"']|^\[[^\]]+\]:\s*)\.\./media/([^)\"'>\s]+)", re.MULTILINE)


def _date_value(value: object) -> date:
    try:
        return parse_date(value)
    except DateFormatError as error:
        raise PydanticCustomError("date_format", "{kind}: {written}", {
            "kind": error.kind, "written": error.written, "suggestion": error.suggestion or "",
        }) from None


def _as_text(value: object) -> object:
    """Codes and topic ids are strings, but an official may leave `220102` or `1` unquoted."""
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


def _known_topic(value: str, info: ValidationInfo) -> str:
    """With the topic list in the validation context ({"topics": {id: name}}), reject unknown ids."""
    known: dict[str, str] = (info.context or {}).get("topics", {})
    if known and value not in known:
        by_name = [key for key, name in known.items() if value and (value == name or value in name)]
        close = by_name[:1] or difflib.get_close_matches(value, list(known), n=1, cutoff=0.6)
        raise PydanticCustomError("unknown_topic", "未知的选题编号“{topic}”", {
            "topic": value,
            "guess": f"是不是想写 \"{close[0]}\"？" if close else "",
            "valid": "、".join(f"{key} {name}" for key, name in known.items()),
        })
    return value


YamlDate = Annotated[date, BeforeValidator(_date_value)]
Code = Annotated[str, BeforeValidator(_as_text)]
TopicId = Annotated[str, BeforeValidator(_as_text), AfterValidator(_known_topic)]
Phone = Annotated[str, BeforeValidator(_as_text)]


def visible_length(text: str) -> int:
    return len(re.sub(r"\s", "", text))


class _Contract(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    @field_validator("*", mode="after")
    @classmethod
    def _no_hidden_characters(cls, value: object) -> object:
        for text in value if isinstance(value, list) else [value]:
            hidden = first_hidden(text) if isinstance(text, str) else None
            if hidden is not None:
                raise PydanticCustomError("hidden_character", "含有{where}", {"where": hidden.describe()})
        return value


class Location(_Contract):
    lon: float = Field(ge=-180, le=180, allow_inf_nan=False, title="经度", description="十进制度数，如 125.35")
    lat: float = Field(ge=-90, le=90, allow_inf_nan=False, title="纬度", description="十进制度数，如 43.86")


class Contact(_Contract):
    unit: str = Field(min_length=2, title="联系单位", description="如：长春市南关区民政局")
    phone: Phone = Field(
        pattern=r"^[0-9０-９()（）\- ]{7,20}$", title="办公电话",
        description="办公座机，带区号，如 0431-88888888；不要填写个人手机号",
    )
    address: str = Field(min_length=4, title="办公地址")
    location: Location | None = Field(
        default=None, title="地图位置", description="可选：覆盖本单位在地图上的默认位置"
    )


_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")


def _email(value: str) -> str:
    if not _EMAIL.match(value):
        raise PydanticCustomError("email_format", "“{written}”不是邮件地址", {"written": value})
    return value


Email = Annotated[str, AfterValidator(_email)]


class PressContact(_Contract):
    """The office journalists may call: a unit and its office phone and mailbox, never a person's own."""

    unit: str = Field(min_length=2, title="新闻联系单位", description="如：长春市南关区民政局办公室")
    phone: Phone = Field(
        pattern=r"^[0-9０-９()（）\- ]{7,20}$", title="新闻联系电话",
        description="办公座机，带区号，如 0431-88888888；不要填写个人手机号",
    )
    email: Email = Field(title="新闻联系邮箱", description="单位的公务邮箱；不要填写个人邮箱（如手机号、QQ 号邮箱）")


_M = MILESTONE_BY_KEY  # labels and descriptions of the milestones are defined in terms.py


class Milestones(_Contract):
    applied: YamlDate = Field(title=_M["applied"].label, description=_M["applied"].description)
    approved: YamlDate | None = Field(default=None, title=_M["approved"].label, description=_M["approved"].description)
    approval_doc: str | None = Field(default=None, title="确认文号", description="如：吉民函〔2019〕88号")
    start: YamlDate | None = Field(default=None, title=_M["start"].label, description=_M["start"].description)
    end: YamlDate | None = Field(default=None, title=_M["end"].label, description=_M["end"].description)
    extended_to: YamlDate | None = Field(default=None, title=_M["extended_to"].label,
                                         description=_M["extended_to"].description)
    suspended: YamlDate | None = Field(default=None, title=_M["suspended"].label, description=_M["suspended"].description)
    accepted: YamlDate | None = Field(default=None, title=_M["accepted"].label, description=_M["accepted"].description)
    accepted_doc: str | None = Field(default=None, title="验收文号")
    title_granted: YamlDate | None = Field(default=None, title=_M["title_granted"].label,
                                           description=_M["title_granted"].description)
    national_recommended: YamlDate | None = Field(default=None, title=_M["national_recommended"].label,
                                                  description=_M["national_recommended"].description)


class ZoneFile(_Contract):
    """zone.yml: one experiment zone."""

    code: Code = Field(
        title="行政区划代码",
        description="6 位行政区划代码（如 \"220102\"），长白山管委会及其经济管理区用参考编号（如 changbaishan-chibei）",
    )
    name: str = Field(title="单位名称", description="与代码对应的规范名称，如：南关区")
    title: str = Field(min_length=4, max_length=80, title="实验主题")
    batch: int = Field(ge=2019, le=2100, title="申报年度", description="提出申请的年份，如 2019")
    topics: list[TopicId] = Field(
        min_length=1, max_length=5, title="实验选题", description="1 到 5 个参考选题编号，如 [\"1-3\", \"2-4\"]"
    )
    summary: str = Field(title="简介", description=f"{SUMMARY_MIN} 到 {SUMMARY_MAX} 个字")
    sample: bool = Field(default=False, title="示例数据", description="示例数据填 true，页面会显示“示例数据”标识")
    milestones: Milestones = Field(title="工作节点")
    contact: Contact = Field(title="联系方式")
    press: PressContact | None = Field(default=None, title="新闻联系人",
                                       description="可选：供新闻媒体联系的单位、办公电话和公务邮箱")

    @field_validator("summary")
    @classmethod
    def _summary_length(cls, value: str) -> str:
        length = visible_length(value)
        if not SUMMARY_MIN <= length <= SUMMARY_MAX:
            raise PydanticCustomError(
                "summary_length", "简介有 {length} 个字，应为 {low} 到 {high} 个字",
                {"length": length, "low": SUMMARY_MIN, "high": SUMMARY_MAX},
            )
        return value


class ReportFront(_Contract):
    """The YAML front matter of one report."""

    type: ReportTypeKey = Field(
        title="报告类型", description="；".join(f"{key}（{label}）" for key, label in REPORT_TYPES.items())
    )
    title: str = Field(min_length=4, max_length=120, title="标题")
    date: YamlDate = Field(title="日期", description="成文或发布日期，YYYY-MM-DD")
    year: int | None = Field(
        default=None, ge=2019, le=2100, title="所属年度",
        description="年度实验计划（annual-plan）和年度工作总结（annual-summary）必填",
    )
    topics: list[TopicId] = Field(default_factory=list, max_length=5, title="相关选题")
    summary: str | None = Field(default=None, max_length=300, title="摘要")
    attachments: list[str] = Field(
        default_factory=list, title="附件", description="zone 文件夹内的文件路径，如 media/方案.pdf"
    )
    draft: bool = Field(
        default=False, title="草稿", description="填 true 时不公开，方案字数等检查只给警告；写完后删去这一行"
    )
    allow_personal_data: bool = Field(
        default=False, title="允许公开个人信息",
        description="确需公开身份证号或手机号时填 true（须经审核同意）；默认不允许",
    )


def nested_model(model: type[BaseModel], path: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model that validates the mapping found at `path` inside `model`, if any."""
    current: type[BaseModel] = model
    for key in path:
        if isinstance(key, int):
            continue
        info = current.model_fields.get(str(key))
        if info is None:
            return None
        found = _model_in_annotation(info.annotation)
        if found is None:
            return None
        current = found
    return current


def _model_in_annotation(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in getattr(annotation, "__args__", ()):
        found = _model_in_annotation(argument)
        if found is not None:
            return found
    return None
