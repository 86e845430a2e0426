"""The site's settings: the models of content/site.yml (identity, lifecycle, monitoring, map, reviewers, form editor)."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from generator.contract.addresses import spoofed_host


class _Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


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


class Identity(_Settings):
    title: str = Field(title="网站名称")
    organizer: str = Field(title="主办单位")
    contact: str = Field(default="", title="联系方式")
    site_id_code: str = Field(default="", title="网站标识码")
    icp: str = Field(default="", title="ICP备案号")
    police_record: str = Field(default="", title="公安机关备案号")
    undertaker: str = Field(default="", title="承办单位", description="负责网站日常运行的单位，页脚“承办单位”")
    gov_mark_image: str = Field(
        default="", title="党政机关网站标识图片",
        description="content 文件夹里的 PNG 或 JPEG 图片路径，如 reference/gov-mark.png；由本站提供，不从外站加载")
    gov_mark_link: Annotated[str, AfterValidator(_link)] = Field(
        default="", title="党政机关网站标识的验证链接", description="点击标识打开的核验地址，如 https://bszs.conac.cn/sitename?method=show&id=…")
    correction: Annotated[str, AfterValidator(_link)] = Field(
        default="", title="纠错链接",
        description="读者报告错误的地址：“我为政府网站找错”平台上本站的入口，或 mailto: 邮件地址（邮件自动带上页面标题和地址）；"
                    "留空而网站标识码为 10 位数字时，链接到“我为政府网站找错”平台")


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


class Lifecycle(_Settings):
    annual_plan_due: MonthDay = Field(default="01-31", title="年度实验计划截止（月-日）")
    first_year_plan_months: int = Field(default=1, ge=0, le=12, title="首年年度计划：开始后几个月内提交")
    annual_summary_due: MonthDay = Field(default="12-31", title="年度工作总结截止（月-日）")
    final_report_due_days: int = Field(default=30, ge=0, le=365, title="终期报告期限（实验期满后天数）")


class Monitoring(_Settings):
    public: bool = Field(default=True, title="公开显示进度监测清单")
    window_days: int = Field(default=60, ge=0, le=366, title="列出多少天内到期的事项")


class MapSettings(_Settings):
    boundary_file: str = Field(default="", title="边界文件（content/ 内的路径；留空则显示方块示意图）")
    approval_number: str = Field(default="", title="审图号")
    source_note: str = Field(default="", title="边界数据来源说明")


_LOGIN = re.compile(r"^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$")


def _github_login(value: str) -> str:
    if not _LOGIN.match(value):
        raise PydanticCustomError("github_login", "不是 GitHub 账号", {"written": value})
    return value


GitHubLogin = Annotated[str, AfterValidator(_github_login)]


class Reviewers(_Settings):
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


class CmsSettings(_Settings):
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


class Licence(_Settings):
    """A licence by its name and the address of its text: the open data's (issue 24), the photos' (issue 23)."""

    name: str = Field(default="", title="许可协议名称", description="如 知识共享署名 4.0 国际许可协议（CC BY 4.0）")
    url: Annotated[str, AfterValidator(_link)] = Field(default="", title="许可协议全文的网址")


class SiteSettings(_Settings):
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
    data_licence: Licence = Field(default_factory=Licence, title="开放数据的许可协议")
    photo_licence: Licence = Field(default_factory=Licence, title="新闻图片的使用许可",
                                   description="写在每张报告图片的说明里，媒体转载图片时据此署名")
