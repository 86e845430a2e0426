"""The province's choices among the zones (择优), in zones/selections.yml: the experience reports it marks as
典型案例 (typical cases), each with the year it chose it and a short reason, and its reasons for recommending a
zone to the national level (the fact and date of the recommendation stay in the zone's own zone.yml).

The file sits beside the zone folders it names, not in content/: it is about this set of zones and goes with it
(a deployment that replaces the sample zones replaces it too). The province alone edits it (CODEOWNERS).
"""

from __future__ import annotations

from pydantic import Field

from generator.contract.files import _Contract
from generator.contract.indicators import Year

SELECTIONS_FILE = "selections.yml"
REASON_MAX = 150  # characters: a reason is a sentence or two, shown in full beside the title


class TypicalCase(_Contract):
    zone: str = Field(title="实验区文件夹", description="如 220102-nanguan")
    report: str = Field(title="报告文件名", description="reports 文件夹里的文件名，如 2021-06-08-experience.md")
    year: Year = Field(title="选定年度", description="省民政厅选定为典型案例的年度，如 2021")
    reason: str = Field(default="", title="选定理由", description=f"一两句话，不超过 {REASON_MAX} 字")


class Selections(_Contract):
    typical_cases: list[TypicalCase] = Field(default_factory=list, title="典型案例")
    national_recommendations: dict[str, list[str]] = Field(
        default_factory=dict, title="推荐国家级的理由",
        description="按实验区文件夹列出推荐理由，每条一两句话；推荐日期写在该实验区 zone.yml 的 national_recommended")
