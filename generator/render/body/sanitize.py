"""Rendered body HTML cleaned by an allowlist sanitiser (nh3, the binding of ammonia) under the body policy."""

from __future__ import annotations

import re

import nh3

from generator.render.body import policy

# Python-Markdown marks its stashed HTML with STX/ETX placeholders; none may survive into a page.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _keep(tag: str, attribute: str, value: str) -> str | None:
    return value if policy.attribute_allowed(tag, attribute, value) else None


def clean(html: str) -> str:
    cleaned = nh3.clean(
        html,
        tags=set(policy.TAGS),
        clean_content_tags=set(policy.DROPPED_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in policy.ATTRIBUTES.items()},
        attribute_filter=_keep,
        url_schemes=set(policy.LINK_SCHEMES),
        strip_comments=True,
        link_rel="noopener noreferrer",
    )
    return _CONTROL.sub("", cleaned)
