"""MkDocs with the Material theme: the one module that knows MkDocs (its configuration file, its command line,
the theme's settings).

Everything project-specific reaches MkDocs as plain configuration, so that Zensical, which reads the same
mkdocs.yml but runs no MkDocs plugins, can take over without code in MkDocs internals. The derived
configuration is therefore self-contained, as Zensical 0.0.73 needs it: the base file's settings merged in
(Zensical does not follow INHERIT), and docs and site folders beside it (it refuses a site folder outside
the configuration's own folder).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.render.views import urls
from generator.site import csp
from generator.site.config_file import load_config, write_config
from generator.site.result import PassResult
from generator.site.ssg import child

if TYPE_CHECKING:
    from generator.contract.settings import Identity, SiteSettings

THEME_DIR = Path(__file__).parents[1] / "theme"  # Material's overrides: templates, stylesheets, scripts
DOCS_FOLDER = "docs"
SITE_FOLDER = "site"


# The national 我为政府网站找错 platform's entry for a site, by its 10-digit 网站标识码; the page's address is appended.
NATIONAL_CORRECTION = "https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code={code}"


def footer_correction(identity: Identity) -> dict[str, str]:
    """The footer's 纠错 link, decided here once (the templates of both generators only append the page's part):
    a mail that will carry the page's title and address, the link as set, or, with none set and a real 网站标识码,
    the national platform."""
    written = identity.correction
    if written.startswith("mailto:") and "?" not in written:
        return {"kind": "mail", "href": written}
    if written:
        return {"kind": "link", "href": written}
    if len(identity.site_id_code) == 10 and identity.site_id_code.isascii() and identity.site_id_code.isdigit():
        return {"kind": "platform", "href": NATIONAL_CORRECTION.format(code=identity.site_id_code)}
    return {"kind": "", "href": ""}


def derived_config(base_config: Path, settings: SiteSettings, nav: list[object], build_date: str) -> dict[str, Any]:
    """The base configuration with this build's settings; written beside the docs folder (DOCS_FOLDER)."""
    identity = settings.identity
    config = load_config(base_config)
    config.update({
        "site_name": identity.title,
        "docs_dir": DOCS_FOLDER,
        "site_dir": SITE_FOLDER,
        "theme": {**config.get("theme", {}), "name": "material", "custom_dir": str(THEME_DIR)},
        "nav": nav,
        "extra": {**config.get("extra", {}), "identity": identity.model_dump(),
                  "sample_banner": settings.sample_banner, "build_date": build_date,
                  "content_security_policy": csp.POLICY,
                  "feeds": {"site": urls.SITE_FEED, "experience": urls.EXPERIENCE_FEED},
                  "gov_mark": urls.gov_mark(identity.gov_mark_image) if identity.gov_mark_image else "",
                  "correction": footer_correction(identity)},
    })
    if settings.site_url:
        config["site_url"] = settings.site_url
    return config


class MkDocs:
    name = "MkDocs"
    config_name = "mkdocs.yml"
    watched: tuple[Path, ...] = (THEME_DIR,)
    module = "mkdocs"  # run as `python -m mkdocs`, with the same interpreter as `showcase`

    def config_file(self, build_dir: Path) -> Path:
        return build_dir / self.config_name

    def write_config(self, build_dir: Path, base_config: Path, settings: SiteSettings, nav: list[object],
                     build_date: str) -> Path:
        config_file = self.config_file(build_dir)
        write_config(config_file, derived_config(base_config, settings, nav, build_date))
        return config_file

    def build_arguments(self, config_file: Path) -> list[str]:
        return ["build", "--quiet", "--config-file", str(config_file)]

    def build(self, config_file: Path) -> PassResult:
        if importlib.util.find_spec(self.module) is None:
            return PassResult(False, f"没有安装 {self.name}（Python 模块 {self.module}）。请先安装：pip install {self.module}")
        return child.run_module(self.module, self.build_arguments(config_file))

    def built_site(self, config_file: Path) -> Path:
        return config_file.parent / SITE_FOLDER


MKDOCS = MkDocs()
