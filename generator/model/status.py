"""A zone's status at the build date, in the notice's order, and how it is derived."""

from __future__ import annotations

from datetime import date
from enum import Enum

from generator.contract.files import ZoneFile


class Status(Enum):
    """Never typed by hand: derived from milestones, reports and the build date."""

    PENDING = ("pending", "待启动")
    ACTIVE = ("active", "实验中")
    EXTENDED = ("extended", "已延期")
    AWAITING_ACCEPTANCE = ("awaiting", "待验收")
    FINAL_REPORT_OVERDUE = ("overdue", "逾期未交终期报告")
    SUSPENDED = ("suspended", "已中止")
    ACCEPTED = ("accepted", "已验收")
    TITLE_GRANTED = ("titled", "已授牌")
    NATIONAL_RECOMMENDED = ("national", "推荐国家级")

    @property
    def key(self) -> str:
        return self.value[0]

    @property
    def label(self) -> str:
        return self.value[1]

    @property
    def monitored(self) -> bool:
        """Still to report: its reporting duties are watched on the progress page."""
        return self in OPEN_STATUSES

    @property
    def under_way(self) -> bool:
        return self in (Status.ACTIVE, Status.EXTENDED)

    @property
    def concluded(self) -> bool:
        """Ended with a result: accepted, and perhaps titled or recommended to the national level."""
        return self in (Status.ACCEPTED, Status.TITLE_GRANTED, Status.NATIONAL_RECOMMENDED)


OPEN_STATUSES = frozenset({Status.PENDING, Status.ACTIVE, Status.EXTENDED, Status.AWAITING_ACCEPTANCE,
                           Status.FINAL_REPORT_OVERDUE})


def derive_status(data: ZoneFile, end: date, has_final_report: bool, final_report_due: date,
                  today: date) -> Status:
    milestones = data.milestones
    reached = [
        (milestones.national_recommended, Status.NATIONAL_RECOMMENDED),
        (milestones.title_granted, Status.TITLE_GRANTED),
        (milestones.accepted, Status.ACCEPTED),
        (milestones.suspended, Status.SUSPENDED),
    ]
    for day, status in reached:
        if day is not None and day <= today:
            return status
    assert milestones.start is not None  # published zones have a start (rule milestones)
    if today < milestones.start:
        return Status.PENDING
    if today <= end:
        return Status.ACTIVE
    if milestones.extended_to is not None and today <= milestones.extended_to:
        return Status.EXTENDED
    if has_final_report or today <= final_report_due:
        return Status.AWAITING_ACCEPTANCE
    return Status.FINAL_REPORT_OVERDUE
