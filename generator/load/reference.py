"""Reference data authored in content/: divisions, the topic list and the site settings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Annotated, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from generator.contract import rulebook
from generator.contract.addresses import spoofed_host
from generator.contract.problems import Problem
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


def _undisguised(value: str) -> str:
    """A web address whose host is the one it reads as (no `name@` before the real host)."""
    host = spoofed_host(value) if value.startswith(("https://", "http://")) else None
    if host is not None:
        raise PydanticCustomError("link_userinfo", "网址带有用户名", {"written": value, "host": host})
    return value


def _link(value: str) -> str:
    """A link the footer may print: a web address or a mail address, never a script."""
    if value and not value.startswith(("https://", "http://", "mailto:")):
        raise PydanticCustomError("link_scheme", "不是网址或邮件地址", {"written": value})
    return _undisguised(value)


class Identity(_Reference):
    title: str = Field(title="网站名称")
    organizer: str = Field(title="主办单位")
    contact: str = Field(default="", title="联系方式")
    site_id_code: str = Field(default="", title="网站标识码")
    icp: str = Field(default="", title="ICP备案号")
    police_record: str = Field(default="", title="公安机关备案号")
    correction: Annotated[str, AfterValidator(_link)] = Field(
        default="", title="纠错链接", description="读者报告错误的地址：“我为政府网站找错”平台上本站的入口，或 mailto: 邮件地址")


def _month_day(value: str) -> str:
    """A day of the year written MM-DD (02-29 allowed: it means 02-28 in a common year)."""
    month, _, day = value.partition("-")
    try:
        valid = len(month) == len(day) == 2 and bool(date(2024, int(month), int(day)))
    except ValueError:
        valid = False
    if not valid:
        raise PydanticCustomError("month_day", "不是有效的“月-日”", {})
    return value


MonthDay = Annotated[str, AfterValidator(_month_day)]


class Lifecycle(_Reference):
    annual_plan_due: MonthDay = Field(default="01-31", title="年度实验计划截止（月-日）")
    first_year_plan_months: int = Field(default=1, ge=0, le=12, title="首年年度计划：开始后几个月内提交")
    annual_summary_due: MonthDay = Field(default="12-31", title="年度工作总结截止（月-日）")
    final_report_due_days: int = Field(default=30, ge=0, le=365, title="终期报告期限（实验期满后天数）")


class Monitoring(_Reference):
    public: bool = Field(default=True, title="公开显示进度监测清单")
    window_days: int = Field(default=60, ge=0, le=366, title="列出多少天内到期的事项")


class MapSettings(_Reference):
    boundary_file: str = Field(default="", title="边界文件（content/ 内的路径；留空则显示方块示意图）")
    approval_number: str = Field(default="", title="审图号")
    source_note: str = Field(default="", title="边界数据来源说明")


_LOGIN = re.compile(r"^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$")


def _github_login(value: str) -> str:
    if not _LOGIN.match(value):
        raise PydanticCustomError("github_login", "不是 GitHub 账号", {"written": value})
    return value


GitHubLogin = Annotated[str, AfterValidator(_github_login)]


class Reviewers(_Reference):
    """Who approves a pull request, in the notice's order: the prefecture's bureau, then the province."""

    province: list[GitHubLogin] = Field(default_factory=list, title="省民政厅审核人")
    prefectures: dict[str, list[GitHubLogin]] = Field(default_factory=dict, title="市（州）审核人",
                                                     description="键为市（州）代码")


_REPO = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")


def _cms_problem(problem: str, how: str) -> PydanticCustomError:
    return PydanticCustomError("cms_setting", "{problem}", {"problem": problem, "how": how})


def _https_address(value: str) -> str:
    """An address of the git host or of its sign-in service: the admin page's policy allows it and nothing else."""
    if value and not re.fullmatch(r"https://[A-Za-z0-9.-]+(:\d+)?(/[^\s\"'<>]*)?", value):
        raise _cms_problem(f"“{value}”不是以 https:// 开头的网址", "写代码托管平台的完整地址，如 https://git.example.gov.cn")
    return value.rstrip("/")


HttpsAddress = Annotated[str, AfterValidator(_https_address)]


def _plain_name(value: str) -> str:
    """A branch, a path or a client id: letters, digits and . _ / - only (they go into URLs and the admin's config)."""
    if not re.fullmatch(r"[A-Za-z0-9._/-]*", value):
        raise _cms_problem(f"“{value}”含有空格或其他符号", "只写英文字母、数字和 . _ / -")
    return value


PlainName = Annotated[str, AfterValidator(_plain_name)]


class CmsSettings(_Reference):
    """Where the form editor at /admin/ saves: the git host, its repository and how officials sign in (issue 14)."""

    backend: Literal["github", "gitea", "forgejo"] = Field(default="github", title="代码托管平台")
    repo: str = Field(default="", title="仓库", description="账号或组织/仓库名，如 jl-mzt/shequ-showcase；留空则只能在本机编辑")
    branch: PlainName = Field(default="main", min_length=1, title="分支")
    base_url: HttpsAddress = Field(default="", title="登录服务地址",
                                   description="github：OAuth 代理服务的地址；gitea、forgejo：平台的地址")
    auth_endpoint: PlainName = Field(default="", title="登录路径",
                               description="github 的 OAuth 代理上登录的路径，默认 auth")
    api_root: HttpsAddress = Field(default="", title="接口地址",
                                   description="gitea、forgejo 默认为平台地址加 /api/v1；github 默认 https://api.github.com")
    app_id: PlainName = Field(default="", title="OAuth 应用的客户端 ID（gitea、forgejo）")
    local_port: int = Field(default=8081, ge=1024, le=65535, title="本机编辑服务（decap-server）的端口")

    @model_validator(mode="after")
    def _complete(self) -> CmsSettings:
        if not self.repo:
            return self
        if not _REPO.match(self.repo):
            raise _cms_problem(f"repo “{self.repo}”不是“账号/仓库名”", "如 jl-mzt/shequ-showcase")
        if self.backend == "github" and not self.base_url:
            raise _cms_problem("backend 为 github 时要填 base_url（OAuth 代理服务的地址）",
                               "GitHub 登录需要一个 OAuth 代理服务，见投稿指南“网页表单的登录设置”")
        if self.backend in ("gitea", "forgejo") and not (self.base_url or self.api_root):
            raise _cms_problem(f"backend 为 {self.backend} 时要填 base_url（平台的地址）", "如 https://git.example.gov.cn")
        if self.backend in ("gitea", "forgejo") and not self.app_id:
            raise _cms_problem(f"backend 为 {self.backend} 时要填 app_id（OAuth 应用的客户端 ID）",
                               "在平台的“设置 → 应用”中新建 OAuth2 应用后复制客户端 ID")
        return self


class SiteSettings(_Reference):
    identity: Identity
    sample_banner: bool = Field(default=False, title="全站显示示例数据提示")
    site_url: Annotated[str, AfterValidator(_undisguised)] = Field(default="", title="网站地址")
    lifecycle: Lifecycle = Field(default_factory=Lifecycle)
    monitoring: Monitoring = Field(default_factory=Monitoring)
    map: MapSettings = Field(default_factory=MapSettings)
    reviewers: Reviewers = Field(default_factory=Reviewers, title="逐级审批的审核人")
    national_zones: list[str] = Field(
        default_factory=list, title="全国实验区", description="已被民政部列为全国实验区的单位代码；这些单位不再申报省级实验区")
    cms: CmsSettings = Field(default_factory=CmsSettings, title="网页表单（/admin/）的保存位置和登录方式")


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
