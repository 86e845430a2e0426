"""Reference data authored in content/: divisions, the topic list, and the site settings (models in contract/settings.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from generator.contract import rulebook
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
    other_phone_area_codes: tuple[str, ...] = Field(default=(), title="辖区内也在使用的其他长途区号")

    @property
    def phone_area_codes(self) -> tuple[str, ...]:
        return tuple(code for code in (self.phone_area_code, *self.other_phone_area_codes) if code)
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
    _units: dict[str, Unit] = field(init=False, repr=False, compare=False)
    _topics: dict[str, tuple[Area, Topic]] = field(init=False, repr=False, compare=False)

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

    def units(self) -> dict[str, Unit]:
        """Every unit that can hold a zone (county-level, or a prefecture for high-level projects), by code."""
        return self._units

    def topic_index(self) -> dict[str, tuple[Area, Topic]]:
        return self._topics


Model = TypeVar("Model", bound=BaseModel)
MAX_REFERENCE_BYTES = 2 * 1024 * 1024


def load_yaml_model(path: Path, model: type[Model]) -> tuple[Model | None, list[Problem]]:
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
        return model.model_validate(parsed.data), problems
    except ValidationError as error:
        return None, problems + explain_validation(error, model, parsed, path)


def load_reference(content: Path, site_url: str | None = None) -> tuple[Reference | None, list[Problem]]:
    divisions, problems = load_yaml_model(content / "reference" / "divisions.yml", Divisions)
    topics, topic_problems = load_yaml_model(content / "reference" / "topics.yml", TopicList)
    settings, settings_problems = load_yaml_model(content / "site.yml", SiteSettings)
    problems += topic_problems + settings_problems
    if divisions is None or topics is None or settings is None:
        return None, problems
    unknown = set(settings.reviewers.prefectures) - {prefecture.code for prefecture in divisions.prefectures}
    if unknown:
        problems += [rulebook.UNKNOWN_REVIEWER_PREFECTURE.at(content / "site.yml", None, f"reviewers.prefectures.{code}",
                                                             code=code) for code in sorted(unknown)]
        return None, problems
    if site_url:
        settings = settings.model_copy(update={"site_url": site_url if site_url.endswith("/") else site_url + "/"})
    return Reference(divisions, topics, settings), problems
