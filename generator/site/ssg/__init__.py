"""The static site generator behind one small interface: the pipeline, the fingerprint and the CLI know only
`StaticSiteGenerator`, and this file is the one place that picks an implementation.

An implementation turns the docs tree into HTML: it writes its configuration beside the docs folder (from
the project's base configuration and this build's settings), builds, and says where the built site is.
Everything after that (table labels, the search index, the link check, the preview server of `showcase
serve`) works on the built folder and never inside the generator, so that replacing MkDocs by Zensical,
which runs no MkDocs plugins or hooks, is the change of one module (see zensical.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from generator.site.result import PassResult
from generator.site.ssg.mkdocs import MKDOCS
from generator.site.ssg.zensical import ZENSICAL

if TYPE_CHECKING:
    from generator.contract.settings import SiteSettings


class StaticSiteGenerator(Protocol):
    name: str  # for messages: MkDocs
    config_name: str  # the base configuration's usual name, and the derived one's in the build folder
    watched: tuple[Path, ...]  # what it reads besides the configuration and the docs (theme overrides)

    def config_file(self, build_dir: Path) -> Path:
        """Where the derived configuration of a build in this folder is."""
        ...

    def write_config(self, build_dir: Path, base_config: Path, settings: SiteSettings, nav: list[object],
                     build_date: str) -> Path:
        """Write the configuration of this build beside `build_dir/docs` and return its file."""
        ...

    def build(self, config_file: Path) -> PassResult:
        """Build the site in a child process that ends when this process does, however it ends."""
        ...

    def built_site(self, config_file: Path) -> Path:
        """Where a build with this configuration wrote the site."""
        ...


GENERATORS: dict[str, StaticSiteGenerator] = {"mkdocs": MKDOCS, "zensical": ZENSICAL}
DEFAULT = "mkdocs"


def choose(name: str = DEFAULT) -> StaticSiteGenerator:
    return GENERATORS[name]
