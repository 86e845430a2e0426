"""Reference data authored in content/: divisions, the topic list, and the site settings (models in contract/settings.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from generator.contract import rulebook
from generator.contract.indicators import INDICATOR_ID, IndicatorDefinition, IndicatorSet
from generator.contract.problems import Problem
from generator.contract.settings import SiteSettings
from generator.load.explain import explain_validation
from generator.load.text_file import read_text_file
from generator.load.yaml_source import parse_yaml


class _Reference(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class County(_Reference):
    code: str
    name: str
    type: Literal["市辖区", "县级市", "县", "自治县", "经济管理区"]
    slug: str = Field(pattern=r"^[a-z]+$")
    lon: float | None = None
    lat: float | None = None


class Prefecture(_Reference):
    code: str
    name: str
    type: Literal["地级市", "自治州", "管委会"]
    slug: str = Field(pattern=r"^[a-z]+$")
    lon: float | None = None
    lat: float | None = None
    tile: tuple[int, int] | None = Field(default=None, title="方块示意图中的位置 [行, 列]")
    phone_area_code: str = Field(default="", pattern=r"^(0\d{2,3})?$", title="长途区号")
    counties: list[County]


class Divisions(_Reference):
    source: str
    prefectures: list[Prefecture]


class Topic(_Reference):
    id: str
    name: str
    description: str


class Area(_Reference):
    id: str
    name: str
    description: str
    topics: list[Topic]


class TopicList(_Reference):
    source: str
    areas: list[Area]


@dataclass(frozen=True)
class Unit:
    """A unit that can be a zone: a county-level unit, or a prefecture-level one for high-level projects."""

    code: str
    name: str
    type: str
    slug: str
    prefecture: Prefecture
    lon: float | None
    lat: float | None

    @property
    def full_name(self) -> str:
        return self.name if self.code == self.prefecture.code else f"{self.prefecture.name}{self.name}"

    @property
    def folder_name(self) -> str:
        """The name `showcase new-zone` gives its zone folder: code-pinyin, or the reference id that has it."""
        return f"{self.code}-{self.slug}" if self.code.isdigit() else self.code


@dataclass(frozen=True)
class Reference:
    divisions: Divisions
    topics: TopicList
    settings: SiteSettings
    # none by default: a Reference made in code (tests) need not list the province's indicators
    indicators: IndicatorSet = field(default_factory=lambda: IndicatorSet.model_construct(source="", indicators=[]))
    _units: dict[str, Unit] = field(init=False, repr=False, compare=False)
    _topics: dict[str, tuple[Area, Topic]] = field(init=False, repr=False, compare=False)
    _indicators: dict[str, IndicatorDefinition] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        units: dict[str, Unit] = {}
        for prefecture in self.divisions.prefectures:
            units[prefecture.code] = Unit(prefecture.code, prefecture.name, prefecture.type, prefecture.slug,
                                          prefecture, prefecture.lon, prefecture.lat)
            for county in prefecture.counties:
                units[county.code] = Unit(county.code, county.name, county.type, county.slug,
                                          prefecture, county.lon, county.lat)
        object.__setattr__(self, "_units", units)
        object.__setattr__(self, "_topics", {topic.id: (area, topic) for area in self.topics.areas
                                             for topic in area.topics})
        object.__setattr__(self, "_indicators", {indicator.id: indicator for indicator in self.indicators.indicators})

    def units(self) -> dict[str, Unit]:
        """Every unit that can hold a zone (county-level, or a prefecture for high-level projects), by code."""
        return self._units

    def topic_index(self) -> dict[str, tuple[Area, Topic]]:
        return self._topics

    def indicator_index(self) -> dict[str, IndicatorDefinition]:
        """The province's outcome indicators by id, retired ones included (old figures still show)."""
        return self._indicators


Model = TypeVar("Model", bound=BaseModel)
MAX_REFERENCE_BYTES = 2 * 1024 * 1024


def load_yaml_model(path: Path, model: type[Model],
                    context: dict[str, Any] | None = None) -> tuple[Model | None, list[Problem]]:
    """Read, parse and validate one YAML file; every problem comes back with its line."""
    if not path.is_file() and not path.is_symlink():
        return None, [rulebook.REFERENCE_FILE_MISSING.at(path)]
    text, problems = read_text_file(path, MAX_REFERENCE_BYTES, "参考数据只写表格内容；大文件请放在 reference/boundaries")
    if text is None:
        return None, problems
    parsed, problems = parse_yaml(text, path)
    if parsed is None:
        return None, problems
    try:
        return model.model_validate(parsed.data, context=context), problems
    except ValidationError as error:
        return None, problems + explain_validation(error, model, parsed, path)


def load_reference(content: Path, site_url: str | None = None) -> tuple[Reference | None, list[Problem]]:
    divisions, problems = load_yaml_model(content / "reference" / "divisions.yml", Divisions)
    topics, topic_problems = load_yaml_model(content / "reference" / "topics.yml", TopicList)
    settings, settings_problems = load_yaml_model(content / "site.yml", SiteSettings)
    problems += topic_problems + settings_problems
    if divisions is None or topics is None or settings is None:
        return None, problems
    indicators, indicator_problems = load_indicator_set(content / "reference" / INDICATOR_SET_FILE, topics)
    problems += indicator_problems
    if indicators is None:
        return None, problems
    unknown = set(settings.reviewers.prefectures) - {prefecture.code for prefecture in divisions.prefectures}
    if unknown:
        problems += [rulebook.UNKNOWN_REVIEWER_PREFECTURE.at(content / "site.yml", None, f"reviewers.prefectures.{code}",
                                                             code=code) for code in sorted(unknown)]
        return None, problems
    if site_url:
        settings = settings.model_copy(update={"site_url": site_url if site_url.endswith("/") else site_url + "/"})
    return Reference(divisions, topics, settings, indicators), problems


INDICATOR_SET_FILE = "indicators.yml"


def load_indicator_set(path: Path, topics: TopicList) -> tuple[IndicatorSet | None, list[Problem]]:
    """The province's indicators; topic ids are checked by the contract, area ids and unique ids here."""
    known_topics = {topic.id: topic.name for area in topics.areas for topic in area.topics}
    indicators, problems = load_yaml_model(path, IndicatorSet, {"topics": known_topics})
    if indicators is None:
        return None, problems
    parsed, _ = parse_yaml(read_text_file(path, MAX_REFERENCE_BYTES, "")[0] or "", path)
    line_of = parsed.line_of if parsed is not None else (lambda key: None)
    areas = {area.id for area in topics.areas}
    seen: set[str] = set()
    found = []
    for index, indicator in enumerate(indicators.indicators):
        if indicator.area and indicator.area not in areas:
            found.append(rulebook.REFERENCE_INDICATOR.at(
                path, line_of(("indicators", index, "area")), f"indicators[{index}].area", id=indicator.id,
                problem=f"方面编号“{indicator.area}”不在 topics.yml 中",
                how=f"area 写 topics.yml 中的方面编号（{'、'.join(sorted(areas))}），综合性的指标写 \"\""))
        if not INDICATOR_ID.match(indicator.id):
            found.append(rulebook.REFERENCE_INDICATOR.at(
                path, line_of(("indicators", index, "id")), f"indicators[{index}].id", id=indicator.id,
                problem="编号只能用小写英文字母、数字和连字符", how="编号是网页地址，如 satisfaction、social-workers"))
        if indicator.id in seen:
            found.append(rulebook.REFERENCE_INDICATOR.at(
                path, line_of(("indicators", index, "id")), f"indicators[{index}].id", id=indicator.id,
                problem="编号重复", how="每个指标的编号要不同：编号是网页地址"))
        seen.add(indicator.id)
    return (None if found else indicators), problems + found
