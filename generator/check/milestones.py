"""Milestones happen in the order the notice sets: application, confirmation, experiment, acceptance."""

from __future__ import annotations

from datetime import date

from generator.contract import rulebook
from generator.contract.problems import Problem
from generator.contract.terms import MILESTONE_LIST
from generator.contract.timeline import default_end
from generator.load.zone_folders import ZoneSource

LABELS = {milestone.key: milestone.label for milestone in MILESTONE_LIST}
# (earlier, later): the later milestone may not come before the earlier one.
ORDER = (
    ("applied", "approved"), ("approved", "start"), ("start", "end"), ("end", "extended_to"),
    ("start", "suspended"), ("start", "accepted"), ("accepted", "title_granted"),
    ("title_granted", "national_recommended"),
)
REQUIRES = (
    ("start", "approved"), ("extended_to", "approved"), ("suspended", "approved"),
    ("accepted", "approved"), ("title_granted", "accepted"), ("national_recommended", "title_granted"),
)


def check_milestones(zone: ZoneSource) -> list[Problem]:
    milestones, path = zone.data.milestones, zone.zone_file

    def line(name: str) -> int | None:
        return zone.lines.line_of(("milestones", name))

    problems: list[Problem] = []
    if milestones.approved is None:
        problems.append(rulebook.NOT_APPROVED.at(path, line("applied"), "milestones.approved"))
    elif milestones.start is None:
        problems.append(rulebook.NO_START.at(path, line("approved"), "milestones.start"))
    dates: dict[str, date | None] = {name: getattr(milestones, name) for name in LABELS}
    if milestones.start is not None and milestones.end is None:
        dates["end"] = default_end(milestones.start)
    for later, needed in REQUIRES:
        if dates[later] is not None and dates[needed] is None:
            problems.append(rulebook.MILESTONE_WITHOUT_PREREQUISITE.at(
                path, line(later), f"milestones.{later}", later=LABELS[later], needed=LABELS[needed], needed_field=needed,
                later_field=later))
    for earlier, later in ORDER:
        first, second = dates[earlier], dates[later]
        if first is not None and second is not None and second < first:
            problems.append(rulebook.MILESTONE_ORDER.at(path, line(later), f"milestones.{later}", later=LABELS[later],
                                                        second=second, earlier=LABELS[earlier], first=first))
    return problems
