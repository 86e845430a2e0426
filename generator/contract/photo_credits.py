"""How an official overrides one picture's caption, credit or date for the press: in the picture's title.

Markdown writes it `![alt](../media/x.jpg "说明：……；摄影：张三；2025-06-01")`, and the form's image dialog
has the same field (Title), so both ways of editing write the same thing. Parts are separated by `；`; each is
labelled (说明：, 摄影：, 来源：), or a date, or else the caption itself. Whatever is not overridden comes from
the report and its zone (generator.render.body.photos).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from generator.contract.dates import DateFormatError, parse_date

CAPTION_LABEL = "说明"
CREDIT_LABELS = ("摄影", "来源")  # a photographer, or the unit the picture comes from
SEPARATOR = re.compile(r"[；;]")
# What the form's editor and the guide tell an official about the title.
PHOTO_TITLE_HINT = ("图片的标题（Title）一栏可改写新闻图片的说明、署名和日期，各段用“；”隔开，"
                    "如“说明：居民议事会现场；摄影：张三；2025-06-01”；不写时说明用 Alt Text，"
                    "署名为“来源：”加本单位，日期为报告的日期")
_LABELLED = re.compile(r"^(说明|摄影|来源)\s*[：:]\s*(.*)$", re.DOTALL)
_DATE_LIKE = re.compile(r"^\d{4}\s*[-年./。．、]|^\d{8}$")


@dataclass(frozen=True)
class PhotoOverride:
    """What the title overrides; None keeps the default."""

    caption: str | None = None
    credit: str | None = None  # with its label, as shown: 摄影：张三
    date: date | None = None


class OverrideError(ValueError):
    """A title that cannot be read as an override. `kind` names the rule: empty, date or twice."""

    def __init__(self, kind: str, part: str, suggestion: str = "") -> None:
        super().__init__(f"{kind}: {part}")
        self.kind = kind
        self.part = part
        self.suggestion = suggestion


def parse_override(title: str) -> PhotoOverride:
    """The override a picture's title writes; raises OverrideError for a part that cannot be meant."""
    found: dict[str, object] = {}

    def keep(what: str, value: object, part: str) -> None:
        if what in found:
            raise OverrideError("twice", part, {"caption": "说明", "credit": "摄影或来源", "date": "日期"}[what])
        found[what] = value

    for raw in SEPARATOR.split(title):
        part = raw.strip()
        if not part:
            continue
        labelled = _LABELLED.match(part)
        if labelled is not None:
            label, value = labelled.group(1), labelled.group(2).strip()
            if not value:
                raise OverrideError("empty", part, label)
            if label == CAPTION_LABEL:
                keep("caption", value, part)
            else:
                keep("credit", f"{label}：{value}", part)
        elif _DATE_LIKE.match(part):
            try:
                keep("date", parse_date(part), part)
            except DateFormatError as error:
                raise OverrideError("date", part, error.suggestion or "") from None
        else:
            keep("caption", part, part)
    caption, credit, day = found.get("caption"), found.get("credit"), found.get("date")
    return PhotoOverride(caption if isinstance(caption, str) else None, credit if isinstance(credit, str) else None,
                         day if isinstance(day, date) else None)


@dataclass(frozen=True)
class Photo:
    """A published picture as the press credits it: a file of its zone's media/ and what its caption says."""

    name: str  # in the zone's media/ folder
    alt: str
    caption: str
    credit: str  # with its label: 摄影：张三, 来源：长春市南关区民政局
    day: date


def default_credit(unit: str) -> str:
    """Who a picture is credited to when its title names nobody: the zone's contact unit."""
    return f"来源：{unit}"


def credited(name: str, alt: str, title: str, report_title: str, unit: str, report_day: date) -> Photo:
    """The picture's caption, credit and date: what its title overrides, else its alt text (or the report's
    title), the zone's unit and the report's date. A title that cannot be read keeps every default (the
    validator has reported it)."""
    try:
        override = parse_override(title)
    except OverrideError:
        override = PhotoOverride()
    return Photo(name, alt, override.caption or alt.strip() or report_title, override.credit or default_credit(unit),
                 override.date or report_day)
