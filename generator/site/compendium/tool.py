"""Whether this machine can print the 经验汇编: WeasyPrint and the Pango library it draws text with.

On an official's Windows PC Pango is usually missing; the build then makes no PDF and the pages link none.
CI and the nightly build set `SHOWCASE_REQUIRE_PDF=1`, which turns a missing tool into a failed build.
"""

from __future__ import annotations

import os
from functools import cache

REQUIRE_PDF = "SHOWCASE_REQUIRE_PDF"


@cache
def missing_reason() -> str | None:
    """Why no PDF can be made here (in Chinese), or None when WeasyPrint works."""
    try:
        import weasyprint  # type: ignore[import-untyped]  # noqa: F401  (loads Pango: OSError when it is missing)
    except ImportError:
        return "没有安装 WeasyPrint（pip install weasyprint）"
    except OSError:
        return ("缺少 WeasyPrint 需要的 Pango 文字排版库（Debian/Ubuntu：apt install libpango-1.0-0 libpangoft2-1.0-0；"
                "macOS：brew install pango；Windows 见 WeasyPrint 安装说明）")
    return None


def pdf_made() -> bool:
    """This machine prints the 经验汇编 PDFs: WeasyPrint and Pango are there (else the pages link none)."""
    return missing_reason() is None


def required() -> bool:
    """The PDF must be made (CI, the nightly build): a missing tool fails the build."""
    return os.environ.get(REQUIRE_PDF, "") not in ("", "0")
