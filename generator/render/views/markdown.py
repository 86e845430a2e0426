"""The Jinja2 environment that renders Markdown pages, with filters for safe inline text and Chinese dates."""

from __future__ import annotations

import html
import json
import re
from datetime import date
from functools import cache
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined

from generator.contract.dates import chinese_date
from generator.render.figures import with_unit
from generator.render.views import urls

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]|{}])")
_LINE_START_SPECIAL = re.compile(r"^([#+\-=>!]|\d+\.)")


def inline(text: object) -> str:
    """Text from a data file shown inside Markdown: never markup, never a line break."""
    escaped = html.escape(" ".join(str(text).split()), quote=False)
    escaped = _INLINE_SPECIAL.sub(r"\\\1", escaped)
    return _LINE_START_SPECIAL.sub(r"\\\1", escaped)


def attribute(text: object) -> str:
    """Text inside raw HTML, as element content or a quoted attribute value."""
    return html.escape(str(text), quote=True)


_URL_SAFE = "/:#?&=~.-_"


def url(address: object) -> str:
    """An address in a Markdown link target or an href: percent-encoded, so no name breaks out of either."""
    return quote(str(address), safe=_URL_SAFE)


def figure(value: float, unit: str) -> str:
    """A figure with its unit inside Markdown: the unit (a zone may name its own) is escaped like any text."""
    return with_unit(value, inline(unit))


ESCAPED_META = frozenset({"title", "description"})


def date_cell(day: date | None) -> str:
    """A date in a table cell: a <time> element, which the stylesheet never breaks across lines."""
    return f'<time datetime="{day.isoformat()}">{chinese_date(day)}</time>' if day else ""


def front_matter(values: dict[str, Any]) -> str:
    """YAML front matter; title and description are HTML-escaped, since theme templates print them raw."""
    lines = []
    for key, value in values.items():
        if value in (None, "", []):
            continue
        if key in ESCAPED_META and isinstance(value, str):
            value = html.escape(value, quote=True)
        lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")  # JSON values are valid YAML
    return "---\n" + "\n".join(lines) + "\n---\n"


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("generator.render", "templates"),
        autoescape=False,  # Markdown output; data is escaped explicitly with the `inline` filter
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
    )
    env.globals["urls"] = urls  # templates take every address from the one module, as views do
    env.filters.update(inline=inline, attr=attribute, url=url, cndate=chinese_date, date_cell=date_cell,
                       front_matter=front_matter, figure=figure)
    return env


def render(template: str, **context: Any) -> str:
    text = environment().get_template(template).render(**context)
    return re.sub(r"\n{3,}", "\n\n", text)
