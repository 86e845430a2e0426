"""The domain's terms, each defined once with its label, order and description.

Report types (notice 四(二), 四(三)) with the sections a report of the type is written in, and the
milestones of a zone's experiment with what happened on each day and the reports that back it. The
contract, the rules, the model, the views, the scaffolds, the open data and the guide all read them here.
"""

from __future__ import annotations

from dataclasses import dataclass

PLAN_MIN_CHARACTERS = 3000  # notice 四(二): 实验方案不少于3000字


@dataclass(frozen=True)
class Section:
    name: str  # the heading's words; a scaffold numbers them 一、二、… when there are several
    hint: str  # what to write under it


@dataclass(frozen=True)
class ReportType:
    key: str  # what `type:` says in the front matter, and the file name's ending
    label: str
    sections: tuple[Section, ...]
    annual: bool = False  # for one experiment year: the front matter names it in `year:`
    public: bool = False  # written for the public (经验交流, the experience feed) rather than for the record
    sections_required: bool = False  # the rules reject a report without a heading for each section
    once: bool = False  # one per zone: the application, its plan and review opinion, the final report, its acceptance


def _sections(*pairs: tuple[str, str]) -> tuple[Section, ...]:
    return tuple(Section(name, hint) for name, hint in pairs)


REPORT_TYPE_LIST = (
    ReportType("application", "申报材料", _sections(
        ("申报理由", "本地社区治理的基础和申报的理由"), ("工作基础", "党委政府重视、工作基础、干部队伍等条件"),
        ("实验主题和主要内容", "拟开展的实验主题和主要举措"), ("保障措施", "组织领导、经费投入等")), once=True),
    ReportType("plan", "实验方案", _sections(
        ("实验背景", "发展状况、存在问题等"), ("实验主题", "主要目标、基本任务等"), ("实验内容", "具体举措、工作安排等"),
        ("实验保障", f"组织领导、经费投入等（全文不少于 {PLAN_MIN_CHARACTERS} 字）")), sections_required=True,
        once=True),
    ReportType("review-opinion", "市州审核意见", _sections(
        ("审核情况", "市（州）民政局对申报材料的审核情况"), ("审核意见", "是否同意推荐及理由")), once=True),
    ReportType("annual-plan", "年度实验计划", _sections(
        ("年度目标", "本年度要达到的目标"), ("重点任务", "本年度的重点任务和具体举措"), ("时间安排", "各项任务的时间节点"),
        ("保障措施", "组织、经费、人员等保障")), annual=True),
    ReportType("annual-summary", "年度工作总结", _sections(
        ("年度工作概况", "本年度实验工作的总体情况"), ("主要做法", "采取的主要举措"), ("取得成效", "量化成效和群众反响"),
        ("存在问题", "工作中的问题和不足"), ("下一年度打算", "下一年度的工作思路")), annual=True),
    ReportType("progress", "工作进展", _sections(
        ("工作进展", "阶段工作进展"), ("阶段成效", "已取得的成效"), ("下一步工作", "下一阶段安排"))),
    ReportType("change", "变更申请", _sections(
        ("变更事项", "申请变更、调整或中止的内容"), ("变更原因", "为什么需要变更"),
        ("后续安排", "变更后的工作安排和省民政厅批准情况"))),
    ReportType("extension", "延期申请", _sections(
        ("实验进展", "实验目标和任务的完成情况"), ("延期理由", "需要延长实验周期的原因"),
        ("延期期间工作安排", "延期期间的任务和时间节点"), ("申请延期至", "申请延长到的日期"))),
    ReportType("final-report", "终期报告", _sections(
        ("实验基本情况", "实验主题、周期和总体情况"), ("主要做法", "实验期间的主要举措"),
        ("实验成效", "实验方案确定的目标完成情况"), ("制度成果", "形成的制度文件和可推广的经验"),
        ("存在问题和下一步打算", "问题和今后打算")), once=True),
    ReportType("acceptance", "验收评审意见", _sections(
        ("验收评审情况", "评审的时间、方式和专家组"), ("评审意见", "专家组的评审意见"), ("验收结论", "是否通过验收")), once=True),
    ReportType("experience", "经验做法", _sections(
        ("背景", "面临的问题"), ("主要做法", "具体做法"), ("工作成效", "成效和群众反响")), public=True),
    ReportType("news", "工作动态", _sections(("工作动态", "时间、地点、活动内容和意义")), public=True),
)
REPORT_TYPE_BY_KEY = {report_type.key: report_type for report_type in REPORT_TYPE_LIST}
REPORT_TYPES: dict[str, str] = {report_type.key: report_type.label for report_type in REPORT_TYPE_LIST}
EXPERIENCE_TYPE = "experience"  # 经验做法: what 典型案例 are chosen from and the yearly 经验汇编 gathers
ANNUAL_TYPES = frozenset(report_type.key for report_type in REPORT_TYPE_LIST if report_type.annual)
PUBLIC_TYPES = frozenset(report_type.key for report_type in REPORT_TYPE_LIST if report_type.public)
ONCE_TYPES = frozenset(report_type.key for report_type in REPORT_TYPE_LIST if report_type.once)
REVIEW_OPINION = "review-opinion"  # a prefecture-level applicant has no 市州审核意见 of its own


@dataclass(frozen=True)
class Milestone:
    key: str  # the date's field under `milestones:` in zone.yml
    label: str
    description: str
    event: str  # what happened that day, on the zone's timeline
    document: str | None = None  # the field of the document number written beside the date
    backed_by: tuple[str, ...] = ()  # report types that must be published once the date is written
    action: str = ""  # the decision the date records, in the rules' messages


MILESTONE_LIST = (
    Milestone("applied", "申请日期", "区（县、市）提出申请的日期，YYYY-MM-DD", "提出申请"),
    Milestone("approved", "确认日期", "省民政厅发文确认的日期；没有确认的实验区不公开", "省民政厅确认",
              "approval_doc", ("application", "plan", REVIEW_OPINION), "确认"),
    Milestone("start", "实验开始日期", "实验周期的第一天；已确认的实验区必填", "实验开始"),
    Milestone("end", "实验结束日期", "实验周期的最后一天；可不填，默认为开始日期起 2 年（减 1 天）", "实验期满"),
    Milestone("extended_to", "延期至", "经批准延长实验周期后的结束日期；需要一份 extension（延期申请）报告", "延期至",
              backed_by=("extension",), action="延期"),
    Milestone("suspended", "中止日期", "经批准中止实验的日期；需要一份 change（变更申请）报告", "中止实验",
              backed_by=("change",), action="中止"),
    Milestone("accepted", "验收日期", "通过省民政厅验收评审的日期", "通过验收", "accepted_doc",
              ("final-report", "acceptance"), "验收"),
    Milestone("title_granted", "授牌日期", "授予“吉林省社区治理和服务创新实验区”称号的日期", "授予称号"),
    Milestone("national_recommended", "推荐国家级日期", "省民政厅推荐申报国家级实验区的日期", "推荐申报国家级实验区"),
)
MILESTONE_BY_KEY = {milestone.key: milestone for milestone in MILESTONE_LIST}
