"""Report bodies: rendered once by our own Markdown engine under limits, explained to the official, then
sanitised by an allowlist and embedded as HTML that MkDocs and Zensical pass through unchanged."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator.contract import rulebook
from generator.contract.hidden_characters import first_hidden
from generator.contract.photo_credits import Photo
from generator.contract.problems import Problem
from generator.contract.settings import Licence
from generator.load.images import Picture
from generator.load.zone_folders import BodySource, ReportSource, ZoneSource
from generator.render.body import embed, engine, explain, sanitize
from generator.render.body.reader_text import reader_text


@dataclass
class Bodies:
    """Each report's body as generated Markdown and as the text a reader sees (by report path), the media it
    uses, and what stood in the way."""

    pages: dict[Path, str] = field(default_factory=dict)
    texts: dict[Path, str] = field(default_factory=dict)
    media: dict[Path, frozenset[str]] = field(default_factory=dict)  # names in media/ each rendered body uses
    photos: dict[Path, tuple[Photo, ...]] = field(default_factory=dict)  # its pictures with their press captions
    problems: list[Problem] = field(default_factory=list)


def _render(report: ReportSource | BodySource, pictures: Mapping[str, Picture] | None = None,
            credits: embed.Credits | None = None) -> tuple[embed.Embedded | None, str | None, list[Problem]]:
    """The body as generated Markdown with the media it uses, and as the text a reader sees (None when it cannot
    be rendered)."""
    def problem(offset: int, rule: rulebook.Rule, **details: object) -> Problem:
        return rule.found(report.path, report.body_line + offset, "正文", details)

    hidden = [problem(offset, rulebook.HIDDEN_IN_BODY, found=found.describe())
              for offset, line in enumerate(report.body.split("\n")) if (found := first_hidden(line)) is not None]
    exceeded = engine.limits(report.body)
    if exceeded:
        return None, None, hidden + [limit.rule.found(report.path, report.body_line + limit.offset, "正文",
                                                      limit.details) for limit in exceeded]
    try:
        raw = engine.to_html(report.body)
    except engine.TooComplex:
        return None, None, [*hidden, problem(0, rulebook.BODY_TOO_SLOW)]
    scanned = explain.scan(raw)
    if scanned.too_deep:
        return None, None, [*hidden, problem(0, rulebook.HTML_TOO_DEEP, limit=explain.MAX_DEPTH)]
    problems = [problem(explain.line_of(report.body, finding.needle), finding.rule, tag=finding.tag, name=finding.name,
                        written=finding.written, host=finding.host, detail=finding.detail) for finding in scanned.findings]
    cleaned = sanitize.clean(raw)
    return embed.embed(cleaned, pictures or {}, credits), reader_text(cleaned), hidden + problems


def render_bodies(zones: Sequence[ZoneSource], pictures: Mapping[Path, Picture] | None = None,
                  licence: Licence | None = None) -> Bodies:
    """Each report's body; `pictures` (by source path) lets its images say their size and smaller widths, and
    carry a caption for the press under the site's photo `licence`."""
    shared = licence or Licence()
    bodies = Bodies()
    by_folder: dict[Path, dict[str, Picture]] = {}
    for path, picture in (pictures or {}).items():  # bodies name images of their own media folder only
        by_folder.setdefault(path.parent, {})[path.name] = picture
    for zone in zones:
        named = by_folder.get(zone.folder / "media", {}) if by_folder else {}
        for report in zone.reports:
            credits = embed.Credits(report.front.title, zone.data.contact.unit, report.front.date,
                                    shared.name, shared.url)
            page, text, problems = _render(report, named, credits)
            bodies.problems += problems
            if page is not None and text is not None:
                bodies.pages[report.path] = page.markdown
                bodies.media[report.path] = page.media
                bodies.photos[report.path] = page.photos
                bodies.texts[report.path] = text
        for unread in zone.unread_fronts:  # checked in the same run, never published
            bodies.problems += _render(unread)[2]
    return bodies
