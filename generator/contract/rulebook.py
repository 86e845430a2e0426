"""Every check's message, hint and explanation, in one place: the validator says them, the guide lists them.

A rule's `message` and `hint` are templates filled with the details of one problem. The guide's table
("检查提示一览") is generated from this list (`python -m generator.guide`), so the guide cannot state a
rule that does not exist, and tests/test_validate_cases.py holds a case for every rule here.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from generator.contract.problems import Problem, Severity


class Group(Enum):
    """The guide's sections, in the order an official meets the problems."""

    FILES = "文件、文件夹和编码"
    YAML = "YAML 格式"
    FIELDS = "字段的取值"
    ZONE = "实验区的身份"
    MILESTONES = "工作节点、申请材料和报送期限"
    REPORTS = "报告"
    INDICATORS = "实验成效（指标数值）"
    MEDIA = "图片和附件"
    BODY = "正文的排版和安全"
    PUBLISHING = "公开之前"
    SETTINGS = "网站设置（技术人员）"


@dataclass(frozen=True)
class Rule:
    id: str
    group: Group
    message: str
    hint: str
    cause: str  # the guide's 原因: how an official usually gets here
    fix: str = ""  # the guide's 怎么改, when the hint read without its details says too little
    severity: Severity = Severity.ERROR
    severity_note: str = ""  # when the severity depends on the case, what the guide says about it

    def at(self, path: Path, line: int | None = None, field: str = "", *, severity: Severity | None = None,
           **details: object) -> Problem:
        return self.found(path, line, field, details, severity)

    def found(self, path: Path, line: int | None, field: str, details: Mapping[str, object],
              severity: Severity | None = None) -> Problem:
        return Problem(path, line, field, self.message.format(**details), self.hint.format(**details),
                       severity or self.severity, self.id)

    @property
    def says(self) -> str:
        """The message as the guide shows it: the details of one case as “……”."""
        return _elided(self.message)

    @property
    def remedy(self) -> str:
        return self.fix or _elided(self.hint)


def _elided(template: str) -> str:
    parts = [literal + ("……" if name is not None else "") for literal, name, _, _ in string.Formatter().parse(template)]
    return re.sub(r"(……)+", "……", "".join(parts)).strip("；。")


RULES: dict[str, Rule] = {}


def _rule(id: str, group: Group, message: str, hint: str, cause: str, **more: object) -> Rule:
    if id in RULES:
        raise ValueError(f"rule {id} defined twice")
    rule = Rule(id, group, message, hint, cause, **more)  # type: ignore[arg-type]
    RULES[id] = rule
    return rule


_RESAVE = ("请用编辑器把文件“另存为”UTF-8 编码（记事本：文件 → 另存为 → 编码选“UTF-8”；WPS/VS Code 同理）后再提交")
_SYMLINK_HINT = "请上传文件本身，不要使用链接"

# 文件、文件夹和编码
ZONES_FOLDER_MISSING = _rule("F01", Group.FILES, "找不到实验区文件夹", "请检查 --zones 参数指向的文件夹",
                             "本地运行命令时 --zones 写错了")
SYMLINK_FILE = _rule("F02", Group.FILES, "这是一个符号链接，不是普通文件", _SYMLINK_HINT,
                     "上传了链接（快捷方式），而不是文件本身")
SYMLINK_ZONE = _rule("F03", Group.FILES, "实验区文件夹是一个符号链接", "请把实验区文件夹本身放在 zones 文件夹中",
                     "zones 里放的是指向别处的链接")
SYMLINK_INSIDE = _rule("F04", Group.FILES, "这是一个符号链接，不是普通文件或文件夹",
                       "请上传文件本身，不要使用链接；实验区文件夹里不能有任何链接",
                       "实验区文件夹里有链接；有链接时整个实验区都不读取")
TEXT_TOO_LARGE = _rule("F05", Group.FILES, "文件有 {size}，超过 {limit} 的上限", "{how}",
                       "把大量内容写进了 zone.yml 或一份报告", fix="zone.yml 只写基本信息；长篇材料作为附件放到 media 文件夹")
UTF16 = _rule("F06", Group.FILES, "文件是 UTF-16 编码，本站只接受 UTF-8 编码", _RESAVE, "保存时选了“Unicode”或“UTF-16”",
              fix="另存为 UTF-8 后重新上传；更简单的办法是在网页上新建文件、粘贴内容（见常见问题）")
EMPTY_FILE = _rule("F07", Group.FILES, "文件是空的", "请按模板填写内容，或删除这个文件", "新建了文件但没有内容")
NULL_BYTES = _rule("F08", Group.FILES, "文件含有空字节，不是文本文件（可能是 Word、图片或 UTF-16 文件）",
                   "报告和 zone.yml 必须是纯文本 UTF-8 文件；附件请放在 media/ 文件夹",
                   "把 Word 文件或图片改名成了 .md 或 .yml")
NOT_UTF8 = _rule("F09", Group.FILES, "文件不是 UTF-8 编码，无法读取", _RESAVE, "文件用了其他编码保存",
                 fix="另存为 UTF-8 后重新上传")
GBK = _rule("F10", Group.FILES, "文件是 GBK（Windows“ANSI”）编码，本站只接受 UTF-8 编码", _RESAVE,
            "在电脑上用记事本等软件保存时选了 ANSI 编码，再上传",
            fix="另存为 UTF-8 后重新上传；更简单的办法是在网页上新建文件、粘贴内容（见常见问题）")
TOO_MANY_REPORTS = _rule("F11", Group.FILES, "reports 文件夹里有 {count} 个文件，超过 {limit} 个的上限",
                         "一个实验区的报告通常不超过一百份；请检查是否误传了文件", "误把大量文件传进了 reports")
NOT_A_REPORT = _rule("F12", Group.FILES, "reports 文件夹里只能放 .md 报告文件",
                     "图片和附件请放到 media 文件夹，报告文件的扩展名用小写 .md",
                     "把图片、Word 文件传到了 reports，或扩展名写成了 .MD")
STRAY_FILE = _rule("F13", Group.FILES, "实验区文件夹里只能有 zone.yml、indicators.yml、reports 和 media，“{name}”放错了地方",
                   "报告请放到 reports 文件夹，图片和附件放到 media 文件夹；不需要的文件请删除",
                   "报告、图片等直接放在了实验区文件夹里")
NO_ZONE_FILE = _rule("F14", Group.FILES, "实验区文件夹里没有 zone.yml", "请从模板复制 zone.yml 到这个文件夹并填写",
                     "文件夹里只有报告，或 zone.yml 文件名拼错")
REPORT_NAME = _rule("F15", Group.FILES, "报告文件名“{name}”不符合命名规则", "{rule}。请改名为 {suggested}",
                    "文件名有空格、汉字、大写字母，或没有日期和类型",
                    fix="按提示改名（GitHub 网页上打开文件 → 编辑 → 修改文件名框），文件名是“日期-类型.md”")
REPORT_NAME_DATE = _rule("F16", Group.FILES, "文件名中的日期 {named} 与 date: {written} 不一致", "{rule}。请改名为 {suggested}",
                         "改了信息块的日期，没有改文件名", fix="按提示改名，文件名开头的日期与 date 相同")
REPORT_NAME_TYPE = _rule("F17", Group.FILES, "文件名中的类型 {named} 与 type: {written} 不一致", "{rule}。请改名为 {suggested}",
                         "改了信息块的类型，没有改文件名", fix="按提示改名，文件名里的类型与 type 相同")
RESERVED_NAME = _rule("F18", Group.FILES, "报告文件不能叫“{name}”（与网站页面地址冲突）", "请改名，如 {suggested}",
                      "报告文件名用了 index 或 media", fix="按“日期-类型.md”改名")
MEDIA_NAME = _rule("F19", Group.FILES, "文件名“{name}”含有不能用在网址里的字符",
                   "{rule}。请改名为 {suggested}，并同时修改报告中引用它的地方",
                   "media 里的文件名有空格、括号、引号等符号", fix="按提示改名，并修改报告中引用它的地方")
CASE_COLLISION = _rule("F20", Group.FILES, "与“{other}”只有大小写不同", "在 Windows 和 macOS 上这是同一个文件；请给其中一个改名",
                       "两个文件名只差大小写，如 Photo.jpg 和 photo.jpg")
FOLDER_CODE = _rule("F21", Group.FILES, "文件夹名“{folder}”与代码“{code}”不符：文件夹名必须以代码开头",
                    "请把文件夹改名为 {suggested}",
                    "文件夹名不是以本实验区的代码开头",
                    fix="按提示把文件夹改名为“代码-拼音”（需要改名时请联系市〔州〕管理员协助）")
FOLDER_PINYIN = _rule("F22", Group.FILES, "文件夹名“{folder}”的拼音与{name}不符",
                      "请把文件夹改名为 {suggested}（代码-拼音，拼音见 content/reference/divisions.yml）",
                      "文件夹名的拼音部分写错了，如把二道区写成 220105-changchun", fix="按提示改名为“代码-拼音”，如 220105-erdao")
HIDDEN_ENTRY = _rule("F23", Group.FILES, "不能有以“.”开头的{kind}“{name}”",
                     "删除该{kind}；{where}里不能有以“.”开头的文件{why}",
                     "电脑自动生成了 .DS_Store 等隐藏文件并一起上传了，或放了 .gitattributes、.gitignore 这类 git 设置文件"
                     "（它们会让审核时看不到真实的改动）",
                     fix="删除该文件或文件夹（在 GitHub 网页上打开文件 → 右上角“…” → Delete file（删除文件））")
SYSTEM_FILE = _rule("F24", Group.FILES, "“{name}”是{kind}，不是实验区的材料", "{how}",
                    "复制图片或文件夹时带上了 Windows 的 Thumbs.db、desktop.ini，macOS 解压留下的 __MACOSX 文件夹，"
                    "或 Word 打开文件时生成的 ~$ 开头的临时文件",
                    fix="删除该文件或文件夹")

# YAML 格式
TAB_INDENT = _rule("Y01", Group.YAML, "这一行用了制表符（Tab）缩进，YAML 不允许 Tab", "请把行首的 Tab 换成空格（每层两个空格）",
                   "行首按了 Tab 键，或从 Word、Excel 粘贴带进了 Tab")
WIDE_INDENT = _rule("Y02", Group.YAML, "这一行用了全角空格缩进，YAML 只认半角空格",
                    "请删去行首的空白，用英文输入法下的空格重新缩进（每层两个空格）",
                    "用中文输入法打了空格缩进，或从网页粘贴带进了不换行空格")
FULLWIDTH_COLON = _rule("Y03", Group.YAML, "字段名“{key}”后面用了全角冒号“：”", "请改成半角冒号加一个空格：{key}: ",
                        "用中文输入法打了冒号", fix="切换到英文输入，改成英文冒号加一个空格，如 batch: 2019")
DUPLICATE_KEY = _rule("Y04", Group.YAML, "字段“{key}”写了两次（第 {first} 行已有）", "请删除其中一处", "同一字段出现两行")
CONTROL_CHARACTER = _rule("Y05", Group.YAML, "这一行含有看不见的控制字符",
                          "请删去这一行后重新输入；从其他软件复制的文字可能带有这类字符", "从其他软件复制的文字带有控制字符")
COLON_IN_VALUE = _rule("Y06", Group.YAML, "YAML 格式错误：这一行的值里有“冒号+空格”，YAML 把它当成了新的字段",
                       "请给整个值加上英文双引号，例如 title: \"主题：内容\"", "值里有“英文冒号+空格”")
MISSING_COLON = _rule("Y07", Group.YAML, "YAML 格式错误：缺少冒号：字段名和值之间要用半角冒号加一个空格隔开",
                      "请写成“字段名: 值”的形式", "字段名后面漏了冒号，或冒号后面没有空格")
UNEVEN_INDENT = _rule("Y08", Group.YAML, "YAML 格式错误：缩进不一致", "同一层的字段要对齐，缩进只用空格（建议每层两个空格）",
                      "同一层的字段前面空格数不同")
UNEVEN_LIST = _rule("Y09", Group.YAML, "YAML 格式错误：列表项缩进不一致", "列表的每一项要对齐，并以“- ”开头",
                    "列表各项前面空格数不同")
UNCLOSED_QUOTE = _rule("Y10", Group.YAML, "YAML 格式错误：引号没有配对", "检查引号是否成对出现", "少写了一个英文引号")
UNDEFINED_ALIAS = _rule("Y11", Group.YAML, "YAML 格式错误：值以 * 或 & 开头，YAML 把它当成了引用", "请给整个值加上英文双引号",
                        "值以 * 或 & 开头")
YAML_TOO_DEEP = _rule("Y12", Group.YAML, "YAML 格式错误：嵌套层数过多，无法读取",
                      "请按模板的结构填写，不要一层套一层地缩进或加括号", "误粘贴了大量括号或缩进")
BAD_FIRST_CHARACTER = _rule("Y13", Group.YAML, "YAML 格式错误：这一行有 YAML 不允许出现在开头的字符（如 @、`、% 或 Tab）",
                            "请给整个值加上英文双引号", "值以 @、` 或 % 开头")
YAML_OTHER = _rule("Y14", Group.YAML, "YAML 格式错误：这一行或上一行的写法无法识别",
                   "检查这一行及上一行的缩进、冒号和引号；含冒号或以特殊符号开头的值请加英文双引号（技术信息：{english}）",
                   "缩进不齐、引号不成对等",
                   fix="看提示所在行和上一行；含冒号或以符号开头的值整个加英文双引号，如 title: \"主题: 内容\"")
YAML_TOO_MANY_NODES = _rule("Y15", Group.YAML, "YAML 内容过于复杂（节点过多，可能是大量引用 & 和 *）",
                            "请按模板逐项填写，不要使用 YAML 引用", "用了大量 YAML 引用 & 和 *")
UNCLOSED_BRACKET = _rule("Y17", Group.YAML, "YAML 格式错误：方括号没有配对，或列表项之间少了英文逗号",
                         "写成 [\"1-3\", \"2-4\"]：方括号、引号和逗号都用英文", "少写了“]”，或用了中文逗号、中文引号")
ESCAPE_IN_QUOTES = _rule("Y18", Group.YAML, "YAML 格式错误：英文双引号里的反斜杠“\\”有特殊含义",
                         "请把英文双引号换成单引号，或把路径里的 \\ 改成 /", "在双引号里写了 Windows 路径，如 \"D:\\材料\"")
NOT_A_MAPPING = _rule("Y16", Group.YAML, "内容应当是一组“字段: 值”", "请按模板填写，每行一个字段",
                      "文件里只有一段文字或一个列表")
NO_SPACE_AFTER_COLON = _rule("Y19", Group.YAML, "字段名“{key}”后面的冒号后没有空格",
                              "请在冒号后加一个空格，写成 {key}: {value}",
                              "冒号后面紧接着写了值，如 title:二道区……", fix="在英文冒号后加一个空格，如 title: 二道区……")

# 字段的取值
MISSING_FIELD = _rule("V01", Group.FIELDS, "缺少必填字段 {name}{title}", "请按模板补上这一项", "漏写了必填的一行，或字段名拼错",
                      fix="按字段表补上这一行")
UNKNOWN_FIELD = _rule("V02", Group.FIELDS, "未知字段“{name}”", "{guess}可用的字段：{valid}",
                      "字段名拼错，或写了表中没有的字段", fix="按提示改成正确的字段名（“是不是想写……”），多余的行删去")
DATE_LOCAL_FORM = _rule("V03", Group.FIELDS, "日期写成了“{written}”", "日期请写成 YYYY-MM-DD：{suggestion}",
                        "日期写成了中文、点号或斜杠，如 2020年3月1日、2020.3.1", fix="按提示改成 2020-03-01 的样子")
DATE_MISSING_DAY = _rule("V04", Group.FIELDS, "日期“{written}”不存在", "日期请写成 YYYY-MM-DD，如 2020-03-01",
                         "日历上没有这一天，如 2019-02-30")
NOT_A_DATE = _rule("V05", Group.FIELDS, "“{written}”不是日期", "日期请写成 YYYY-MM-DD，如 2020-03-01",
                   "日期栏写了文字，或少写了年、月、日")
UNKNOWN_TYPE = _rule("V06", Group.FIELDS, "未知的报告类型“{written}”", "{guess}可用的类型：{choices}",
                     "type 拼错，或写成了中文", fix="按提示改成 12 种类型之一，如 annual-plan")
NOT_A_CHOICE = _rule("V07", Group.FIELDS, "取值“{written}”不在允许范围内", "可选：{expected}", "写了不在可选范围里的值")
UNKNOWN_TOPIC = _rule("V08", Group.FIELDS, "未知的选题编号“{topic}”", "{guess}可用的编号：{valid}",
                      "选题编号不在参考选题表中，或写成了选题名称",
                      fix="对照 content/reference/topics.yml 改正，如 \"1-3\"（网页表单中从列表选择）")
HIDDEN_IN_FIELD = _rule("V09", Group.FIELDS, "含有看不见的字符：{where}",
                        "请删去这一项重新输入；从网页、微信或其他软件复制的文字常带有这类字符",
                        "从网页、微信复制的文字带有零宽空格、文字方向控制符等")
SUMMARY_LENGTH = _rule("V10", Group.FIELDS, "简介有 {length} 个字，应为 {low} 到 {high} 个字", "请增删文字，使简介长度合适",
                       "summary 太短或太长")
NOT_MONTH_DAY = _rule("V11", Group.FIELDS, "{written}不是有效的“月-日”",
                      "请写成两位月份、短横线、两位日期，并加英文引号，如 \"01-31\"",
                      "网站设置里的报送日期写错了")
NOT_TEXT = _rule("V12", Group.FIELDS, "应当是一段文字，现在是{written}", "文字可以直接写；以符号开头时请加英文双引号",
                 "文字栏写成了数字、列表或空白")
TEXT_TOO_SHORT = _rule("V13", Group.FIELDS, "内容太短（至少 {min_length} 个字）", "请写完整", "只写了一两个字")
TEXT_TOO_LONG = _rule("V14", Group.FIELDS, "内容太长（最多 {max_length} 个字）", "请精简文字", "一行写得太长")
PHONE_FORMAT = _rule("V15", Group.FIELDS, "格式不对：{written}", "{how}",
                     "电话里有汉字、写了多个号码，或用中文输入法打成了全角数字、全角短横线（如“０４３１－”）",
                     fix="只写一个带区号的座机号码，如 0431-88765102；数字和短横线用英文输入法（半角）输入")
NOT_AN_INTEGER = _rule("V16", Group.FIELDS, "应当是整数，现在是{written}", "{how}", "年份写了“年”或小数",
                       fix="只写数字，如 2019")
NOT_A_NUMBER = _rule("V17", Group.FIELDS, "应当是数字，现在是{written}", "如 125.35", "经纬度写了文字")
NOT_A_BOOLEAN = _rule("V18", Group.FIELDS, "应当是 true 或 false，现在是{written}", "{how}", "写成了“是”“否”",
                      fix="只写英文小写的 true 或 false")
NOT_A_LIST = _rule("V19", Group.FIELDS, "应当是列表，现在是{written}", "写成 [\"1-1\", \"2-3\"] 或每行一项“- ”",
                   "选题或附件没有用方括号括起来")
TOO_FEW_ITEMS = _rule("V20", Group.FIELDS, "至少要有 {min_length} 项", "请补充", "列表是空的")
TOO_MANY_ITEMS = _rule("V21", Group.FIELDS, "最多 {max_length} 项，现在有 {actual_length} 项", "请删去多余的项",
                       "选题超过 5 个等")
TOO_SMALL = _rule("V22", Group.FIELDS, "取值{written}太小（不能小于 {ge}）", "请检查", "数字超出了范围，如纬度小于 -90")
TOO_LARGE = _rule("V23", Group.FIELDS, "取值{written}太大（不能大于 {le}）", "请检查", "数字超出了范围，如经度大于 180")
NOT_A_GROUP = _rule("V24", Group.FIELDS, "这里应当是一组“字段: 值”", "请按模板的缩进填写下一级字段",
                    "milestones、contact 等下面的字段没有缩进")
DATE_RULES = {"local_form": DATE_LOCAL_FORM, "no_such_day": DATE_MISSING_DAY, "not_a_date": NOT_A_DATE}
INVALID_VALUE = _rule("V25", Group.FIELDS, "取值不对：{detail}", "请对照模板检查", "其他不符合字段表的取值",
                      fix="对照字段表改正")
DUPLICATE_TOPIC = _rule("V26", Group.FIELDS, "选题“{topic}”重复", "请删去重复的一项", "同一个选题写了两次")
NOT_AN_EMAIL = _rule("V27", Group.FIELDS, "“{written}”不是邮件地址",
                     "邮件地址写成 用户名@域名，如 ngqmzj@changchun.gov.cn；不要有空格和中文标点",
                     "邮箱写错了，或用了全角的“＠”“。”", fix="改成正确的邮件地址")
PERSONAL_EMAIL = _rule("V28", Group.FIELDS, "新闻联系邮箱“{written}”的用户名是{what}，是个人邮箱",
                       "请填写单位的公务邮箱；个人的手机号和 QQ 号不能公开",
                       "填了经办人自己的手机号邮箱或 QQ 邮箱", fix="改成单位的公务邮箱")

# 实验区的身份
UNKNOWN_CODE = _rule("Z01", Group.ZONE, "未知的行政区划代码“{code}”",
                     "{guess}代码请查 content/reference/divisions.yml（网页表单中从列表选择本单位）",
                     "代码不在 divisions.yml 中，或写错了", fix="查表改正，如 \"220102\"")
NAME_MISMATCH = _rule("Z02", Group.ZONE, "名称“{written}”与代码 {code} 不符，该代码是“{name}”", "请写 name: {name}，或改正 code",
                      "name 与 code 对应的规范名称不一致", fix="按提示把 name 改成规范名称，或改正代码")
DUPLICATE_CODE = _rule("Z03", Group.ZONE, "代码 {code} 重复：文件夹 {others} 也用了这个代码", "{how}",
                       "两个文件夹用了同一个代码；多半是复制了其他实验区的 zone.yml，没有改 code",
                       fix="复制来的 zone.yml：把 code 和 name 改成文件夹所属单位的；确是同一单位的两个文件夹：合并成一个")
NATIONAL_ZONE = _rule("Z04", Group.ZONE, "{name}（{code}）已被民政部列为全国实验区，不能再作为省级实验区",
                      "通知四（二）：已被民政部列为全国实验区的单位不再申报省级实验区；请删除这个实验区文件夹，"
                      "或核对 content/site.yml 的 national_zones",
                      "该单位在全国实验区名单中（网站设置 content/site.yml 的 national_zones）",
                      fix="核实单位和代码；确属全国实验区的，删除这个实验区文件夹")
MOBILE_AS_OFFICE_PHONE = _rule("Z05", Group.ZONE, "联系电话是{found}，不是办公电话",
                               "请填写带区号的单位办公座机，如 0431-88888888",
                               "contact.phone 填了手机号")
PHONE_AREA_CODE = _rule("Z06", Group.ZONE, "办公电话的区号 {written} 不是{prefecture}的区号（{expected}）",
                        "请填写本单位的办公座机（网页表单和直接编辑文件都在“联系方式”的“办公电话”一项）；"
                        "从其他实验区复制的 zone.yml，请把联系单位、电话和地址都改成本单位的",
                        "复制了其他市（州）实验区的 zone.yml，没有改联系电话",
                        fix="改成本单位带区号的办公座机；区号见 content/reference/divisions.yml 各市（州）的 area_codes")
CONTACT_UNIT_ELSEWHERE = _rule("Z07", Group.ZONE, "联系单位“{unit}”不是{name}的单位",
                               "请填写本单位，如“{example}”，并核对电话和地址；"
                               "从其他实验区复制的 zone.yml，联系单位、电话和地址要一并改成本单位的",
                               "复制了其他实验区的 zone.yml，联系方式还是那个单位的",
                               fix="改成本单位，并核对电话和地址")

# 工作节点、申请材料和报送期限
NOT_APPROVED = _rule("N01", Group.MILESTONES, "还没有确认日期（approved），这个实验区暂不在网站上公开",
                     "省民政厅发文确认后，填写 approved 和 approval_doc", "approved 为空，实验区暂不公开",
                     severity=Severity.WARNING)
NO_START = _rule("N02", Group.MILESTONES, "已确认的实验区缺少开始日期 start", "请填写实验开始日期，如 start: 2020-01-01",
                 "填了确认日期，没填开始日期")
MILESTONE_WITHOUT_PREREQUISITE = _rule("N03", Group.MILESTONES, "填写了{later}，但没有{needed}",
                                       "请先填写 {needed_field}，或删去 {later_field}",
                                       "填了授牌日期却没有验收日期，或填了推荐国家级却没有授牌日期",
                                       fix="补上前一个节点，或删去这一项")
MILESTONE_ORDER = _rule("N04", Group.MILESTONES, "{later} {second} 早于{earlier} {first}",
                        "请核对日期：工作节点必须按申请、确认、开始、结束、验收的顺序", "工作节点日期前后颠倒",
                        fix="按申请、确认、开始、结束、验收的顺序核对日期")
LATE_APPLICATION = _rule("N05", Group.MILESTONES, "申请日期 {applied} 晚于 {batch} 年 9 月 30 日",
                         "通知四（二）要求每年 9 月底前报省民政厅；请核对申请日期，或把 batch 改为实际申报的年度",
                         "申请日期晚于申报年度的 9 月底", severity=Severity.WARNING)
MISSING_BACKING_REPORT = _rule("N06", Group.MILESTONES, "填写了{label}日期，但没有{state} {type}（{type_label}）报告",
                               "{note}{how}",
                               "确认要有申报材料、实验方案和市州审核意见（市、州本身申报的不需要审核意见）；"
                               "延期要有 extension，中止要有 change，验收要有 final-report 和 acceptance；"
                               "草稿不算",
                               fix="把缺少的材料各作为一份报告提交（已有草稿的，写完后取消草稿），或删去这一项日期")
APPLICATION_DATE = _rule("N07", Group.MILESTONES, "申报材料的日期 {written} 与 zone.yml 的 milestones.applied（{applied}）不一致",
                         "两者都是区（县、市）党委、政府提出申请的日期，应是同一天；请改正其中一个（报告改日期时文件名也要改）",
                         "申报材料报告的 date 和 zone.yml 的申请日期不是同一天")
OVERDUE = _rule("N08", Group.MILESTONES, "{title}逾期未提交（截止 {due}）",
                "请提交{title}（网页表单：新建报告，报告类型选“{type_label}”{form_year}；"
                "直接编辑文件：在 reports 文件夹添加 type: {type}{year} 的报告）；已提交纸质材料的，也请补充到网站",
                "年度实验计划、年度工作总结或终期报告已到期，但没有对应类型、对应年度的报告",
                fix="尽快补交；已交的，核对 type 和 year 是否写对，是否还标着草稿", severity=Severity.WARNING)

# 报告
NO_FRONT_MATTER = _rule("R01", Group.REPORTS, "报告开头缺少信息块：第一行应当是三个短横线 ---",
                        "请按模板在开头写 ---、type/title/date 等字段、再一行 ---，然后是正文", "第一行不是 ---")
UNCLOSED_FRONT_MATTER = _rule("R02", Group.REPORTS, "报告开头的信息块没有结束：缺少第二行 ---",
                              "请在字段之后、正文之前加一行 ---",
                              "信息块后面缺少第二个 ---")
EMPTY_FRONT_MATTER = _rule("R03", Group.REPORTS, "报告的信息块是空的", "请填写 type、title、date 等字段",
                           "两行 --- 之间什么也没写")
FUTURE_DATE = _rule("R04", Group.REPORTS, "日期 {written} 晚于今天（{today}）",
                    "请写报告成文或发布的日期；还没有发生的事，等发生以后再报",
                    "报告的 date 写成了将来的日期")
NO_BODY = _rule("R05", Group.REPORTS, "报告没有正文", "请在第二个 --- 下面写正文；只有附件的，也请用一两段话介绍附件的内容",
                "第二个 --- 下面是空的")
NO_YEAR = _rule("R06", Group.REPORTS, "{type_label}缺少所属年度 year", "请加一行 year: {year}（这份报告所针对的年度）",
                "年度计划或年度总结没写 year", fix="加一行 year: 2020（这份报告所针对的年度）")
PLAN_TOO_SHORT = _rule("R07", Group.REPORTS, "实验方案正文只有 {length} 字，通知要求不少于 {minimum} 字（{method}）",
                       "请补充到 {minimum} 字以上。还没写完的，先存为草稿（网页表单：打开“草稿”开关后保存；"
                       "直接编辑文件：在信息块加一行 draft: true）；如这只是方案的摘要，请把摘要作为一份工作进展报告提交"
                       "（网页表单：新建报告，类型选“工作进展”，再删去这一份；直接编辑文件：把 type 改为 progress，"
                       "文件名里的 plan 也改为 progress）",
                       "plan 正文不足 3000 字（按 Word、WPS 的“字数统计”计：汉字和中文标点各计 1 字，英文单词和数字各计 1 字）",
                       fix="补充完整；还没写完的，先存为草稿；只是摘要的，改作一份工作进展（progress）报告",
                       severity_note="错误（草稿为警告）")
PLAN_SECTIONS = _rule("R08", Group.REPORTS, "实验方案缺少以下部分的标题：{missing}",
                      "通知要求方案写明实验背景、实验主题、实验内容、实验保障；请各用一个标题，如“## 一、实验背景”",
                      "没有含“实验背景”“实验主题”“实验内容”“实验保障”的标题", severity_note="错误（草稿为警告）")
PERSONAL_DATA = _rule("R09", Group.REPORTS, "含有{found}",
                      "请删去个人的身份证号和手机号，联系方式请写单位办公电话；"
                      "确需公开的，经审核同意后在信息块中加一行 allow_personal_data: true",
                      "报告的标题、摘要或正文里有身份证号、个人手机号（提示中只显示部分数字）",
                      fix="删去；电话只写办公座机。确需公开的，经审核同意后在信息块加 allow_personal_data: true")
PERSONAL_DATA_ALLOWED = _rule("R10", Group.REPORTS, "报告写了 allow_personal_data: true，将公开{found}，需要省民政厅同意",
                              "合并前请取得省民政厅同意；不需要公开的，请删去这些号码和 allow_personal_data 这一行",
                              "信息块中写了 allow_personal_data: true（检查结果的“需要省民政厅同意”一节会列出这份报告）",
                              severity=Severity.WARNING)
HEADING_WITHOUT_SPACE = _rule("R11", Group.REPORTS, "“{written}”不是标题：{marks} 后面要有一个空格",
                              "请在 {marks} 后加一个空格；网页表单中也可以选中这一行，用工具栏的“标题”按钮设为标题",
                              "小标题写成了 ##一、实验背景，# 和文字之间没有空格", fix="在 # 后加一个空格，如 ## 一、实验背景",
                              severity_note="错误（草稿为警告）")
SEVERAL_TITLES = _rule("R12", Group.REPORTS, "正文有 {count} 个一级标题（以一个 # 开头），网页上会出现 {count} 个大标题",
                       "报告的标题是信息块里的 title；正文的小标题请用二级标题（## ），网页表单中用工具栏“标题”里的“二级标题”",
                       "从 Word 转来的方案把各部分都设成了一级标题", fix="把正文里的 # 改为 ##",
                       severity_note="错误（草稿为警告）")
SECOND_FRONT_MATTER = _rule("R13", Group.REPORTS, "正文里还有一个信息块（两行 --- 之间的“字段: 值”），会原样显示在网页上",
                            "一份报告只能有一个信息块：请删去正文开头这一段，需要的字段合并到第一个信息块",
                            "把模板粘贴了两次，或把另一份报告整个粘贴进正文",
                            fix="删去正文中的第二个信息块")
DUPLICATE_BODY = _rule("R14", Group.REPORTS, "正文与 {other} 完全相同",
                       "同一份材料只提交一次：请删去其中一份", "同一篇报告提交了两次（文件名不同）",
                       fix="删去重复的一份")
YEAR_AND_DATE = _rule("R15", Group.REPORTS, "{type_label}的所属年度 year: {year} 与日期 {date} 不符",
                      "{expected}请改正所属年度（网页表单：“所属年度”一项；直接编辑文件：year 这一行），或核对日期",
                      "从模板或往年的报告复制后，没有改 year",
                      fix="年度实验计划的日期应在所属年度的上一年 12 月或所属年度内；"
                          "年度工作总结的日期应在所属年度的 12 月或下一年第一季度",
                      severity_note="错误（草稿为警告）")
DUPLICATE_ANNUAL = _rule("R16", Group.REPORTS, "{year} 年的{type_label}有两份：{others}",
                         "每年只交一份：请删去多余的一份，或核对 year 是否写错",
                         "同一年度的计划或总结提交了两次，或有一份的 year 写错了")
AFTER_THE_END = _rule("R17", Group.REPORTS, "{type_label}的日期 {date} 晚于实验结束日期 {end}",
                      "实验结束后只需提交终期报告和验收材料：请核对日期；写的是实验的总结的，请作为终期报告提交"
                      "（网页表单：新建报告，类型选“终期报告”，再删去这一份；"
                      "直接编辑文件：把 type 和文件名里的类型改为 final-report）",
                      "实验结束（或延期到期、中止）以后又提交了工作进展或年度实验计划，或日期写错",
                      severity_note="错误（草稿为警告）")
RESIDENT_PRIVACY = _rule("R18", Group.REPORTS, "含有{found}",
                         "请删去居民的门牌号（楼、栋、单元、室），写到小区或楼栋为止；写到具体居民时不写姓名，"
                         "写成“一位 82 岁的老人”，不写疾病",
                         "报告里写了居民的姓名和年龄、疾病，或写了到门牌号的住址（按网页上显示的文字检查）",
                         fix="删去门牌号和姓名；确需公开的，经审核同意后在信息块加 allow_personal_data: true")
DUPLICATE_ONCE = _rule("R19", Group.REPORTS, "{type_label}有两份：{others}",
                       "每个实验区只交一份{type_label}：请删去多余的一份（网页表单：打开这份报告，点“删除内容”；"
                       "直接编辑文件：删去这个文件）；要修改内容的，直接修改原来那一份"
                       "（经省民政厅批准的变更，另交一份变更申请报告）",
                       "修改后的方案或终期报告另存成了一份新报告，旧的一份没有删去",
                       fix="只留一份，在原报告上修改")

# 实验成效（指标数值）
_OWN_FIELDS = "name（名称）、unit（单位）、direction（higher 越高越好 / lower 越低越好）和 definition（口径）"
UNKNOWN_INDICATOR = _rule("I01", Group.INDICATORS, "未知的指标编号“{written}”",
                          "{guess}参考指标的编号见 content/reference/indicators.yml；本区自设的指标请写明 " + _OWN_FIELDS,
                          "编号写错了，或自设指标没有写名称等说明")
INDICATOR_UNIT = _rule("I02", Group.INDICATORS, "单位“{written}”与参考指标“{name}”的单位“{unit}”不同",
                       "参考指标的单位以 content/reference/indicators.yml 为准：请把数值换算成“{unit}”，并删去 unit 这一行",
                       "按本地统计口径填了别的单位（如“万人”“‰”）")
PERCENT_RANGE = _rule("I03", Group.INDICATORS, "{name}是百分比，{value} 不在 0 到 100 之间",
                      "百分比只写 0 到 100 之间的数字，不写 % 号；如 0.852 应写 85.2",
                      "把比例写成了小数，或多写了一位")
NEGATIVE_COUNT = _rule("I04", Group.INDICATORS, "{name}是{kind}，不能是负数 {value}",
                       "请写当年的实际数值（个数写年末的个数）；比上一年减少了多少，可以写在 note 里",
                       "把变化量（减少了多少）当成了数值", fix="写当年的实际数值，不写变化量")
YEAR_OUTSIDE_PERIOD = _rule("I05", Group.INDICATORS, "{what}的年度 {year} 不在 {first} 到 {last} 年之间",
                            "{how}", "年度写错了，或实验期延长后还没有在 zone.yml 写 extended_to",
                            fix="基期值最早可以是实验开始前两年；目标值和实际值在实验期内（延期的算到 extended_to）")
FUTURE_VALUE = _rule("I06", Group.INDICATORS, "{year} 年的{what}晚于检查日期（{today}）",
                     "只写已经统计出来的数值；年度写错了的，请改正 year", "年度写错了，或提前填了预计数")
DUPLICATE_YEAR = _rule("I07", Group.INDICATORS, "{year} 年的实际值写了两次（第 {first} 行已有）",
                       "每个指标每年只写一个数值：请删去其中一处；需要说明的写在 note 里", "复制上一年的数值后忘了改年度")
NO_SOURCE = _rule("I08", Group.INDICATORS, "{year} 年的数值没有写来源",
                  "请写 source: 本区 reports 中的报告文件名（如 2020-12-25-annual-summary.md），或统计、调查的名称",
                  "只填了数字，没有写 source")
SOURCE_REPORT_MISSING = _rule("I09", Group.INDICATORS, "来源“{source}”是报告文件名，但本实验区没有这份公开的报告",
                              "{guess}请写 reports 文件夹里已有的报告文件名（不是草稿），或改写成统计、调查的名称",
                              "报告文件名写错了、还没有上传，或那份报告还是草稿")
SURVEY_MISSING = _rule("I10", Group.INDICATORS, "{name}来自调查，{year} 年的数值缺少调查说明（survey）",
                       "请写 survey: {{by: 调查单位, method: 调查方法, sample: 有效样本量}}，"
                       "如 survey: {{by: 某大学社会学系（受区民政局委托）, method: 入户问卷, sample: 1200}}",
                       "满意度这类调查得来的数值只写了数字",
                       fix="在这个数值下面加一行 survey，写明调查单位（by）、调查方法（method）和有效样本量（sample）")
TARGET_WRONG_WAY = _rule("I11", Group.INDICATORS, "{name}{better}，但目标值 {target} 比基期值 {baseline} {worse}",
                         "请核对 target 和 baseline 是否写反了；如果目标确实如此，请在年度总结里说明原因",
                         "把基期值和目标值写反了，或看错了指标的方向", severity=Severity.WARNING)
REQUIRED_INDICATOR_MISSING = _rule("I12", Group.INDICATORS, "还没有报告必报指标“{name}”（{id}）的实际值",
                                   "请在 indicators.yml 写上 - id: {id} 和各年的实际值（values），{since}",
                                   "已确认的实验区过了第一份年度工作总结的期限，但 indicators.yml 里还没有这个指标的数值",
                                   severity=Severity.WARNING,
                                   severity_note="警告（终期报告到期后为错误）")
DUPLICATE_INDICATOR = _rule("I13", Group.INDICATORS, "指标“{id}”写了两次（第 {first} 行已有）",
                            "同一指标的各年数值都写在同一项的 values 下面：请合并两处", "把同一指标分成了两项")
OWN_INDICATOR_INCOMPLETE = _rule("I14", Group.INDICATORS, "自设指标“{id}”缺少 {missing}",
                                 "本区自设的指标要写明 " + _OWN_FIELDS, "自设指标只写了编号和数值")
REFERENCE_INDICATOR = _rule("I15", Group.INDICATORS, "参考指标“{id}”有误：{problem}", "{how}",
                            "修改 content/reference/indicators.yml 时写错了编号或方面（技术人员）",
                            fix="编号只用小写英文字母、数字和连字符且互不相同；"
                                "area 写 topics.yml 中的方面编号，综合性的指标写空字符串")
FRACTIONAL_COUNT = _rule("I16", Group.INDICATORS, "{name}是个数，{value} 不是整数",
                         "个数、人数只写整数，如 12；平均数或比例请作为本区自设的指标（kind: number 或 percentage）",
                         "写了平均数，或把小数点写错了位置")

# 图片和附件
MEDIA_TYPE = _rule("M01", Group.MEDIA, "不允许的文件类型“.{kind}”", "media 文件夹只能放 {allowed} 文件",
                   "media 里的文件不是允许的类型", fix="转成 pdf、docx、xlsx、jpg 等允许的类型")
MEDIA_NO_EXTENSION = _rule("M02", Group.MEDIA, "文件没有扩展名", "media 文件夹只能放 {allowed} 文件",
                           "文件名后面没有 .jpg、.pdf 这样的扩展名", fix="改名加上扩展名，如 照片.jpg")
IMAGE_TOO_LARGE = _rule("M03", Group.MEDIA, "图片有 {size} MB，超过 5 MB",
                        "请压缩图片（如缩小到 2000 像素宽、另存为 JPG）后再上传",
                        "直接上传了相机原图")
ATTACHMENT_TOO_LARGE = _rule("M04", Group.MEDIA, "附件有 {size} MB，超过 20 MB",
                             "请压缩文件，或拆分成几个文件；扫描件请降低分辨率",
                             "扫描件分辨率过高等")
MEDIA_NOT_FOUND = _rule("M05", Group.MEDIA, "找不到图片或文件“../media/{written}”", "{how}",
                        "正文里写的文件不在 media 文件夹中，或文件名不一致", fix="上传文件，或核对文件名（区分大小写、扩展名）")
ATTACHMENT_TYPE = _rule("M06", Group.MEDIA, "附件“{written}”的类型不允许", "附件只能是 {allowed} 文件",
                        "attachments 里写的文件不是允许的类型", fix="转成 pdf、docx、xlsx、jpg 等允许的类型")
ATTACHMENT_OUTSIDE = _rule("M07", Group.MEDIA, "附件“{written}”不在本实验区文件夹内",
                           "附件请放在本实验区的 media 文件夹，写成 media/文件名.pdf，不要用 ../ 或绝对路径",
                           "附件路径写了 ../ 或完整路径")
ATTACHMENT_NOT_FOUND = _rule("M08", Group.MEDIA, "找不到附件“{written}”", "{how}",
                             "attachments 里写的文件不在 media 文件夹中，或文件名不一致",
                             fix="上传文件，或核对文件名（区分大小写、扩展名）")
IMAGE_UNREADABLE = _rule("M09", Group.MEDIA, "图片无法打开，或内容与扩展名“.{kind}”不符",
                         "请用看图软件打开确认，再另存为 JPG 或 PNG 后重新上传",
                         "文件损坏、没有上传完整，或把其他文件改成了图片的扩展名")
IMAGE_TOO_MANY_PIXELS = _rule("M10", Group.MEDIA, "图片有 {width}×{height} 像素，超过 {limit} 万像素的上限",
                              "请把图片缩小到 2000 像素宽左右再上传",
                              "上传了拼接长图或超高分辨率图片")
IMAGE_TOO_COMPLEX = _rule("M11", Group.MEDIA, "图片含有超过 {limit} 个{what}",
                          "打开这张图片要花很长时间。请用看图软件或“画图”打开，另存为普通（非渐进式）JPG 或 PNG 后再上传",
                          "图片由特殊软件生成或被人改过，其中的扫描层、动画帧或数据块多得不正常",
                          fix="用看图软件或“画图”打开，另存为普通 JPG 或 PNG")
ATTACHMENT_CONTENT = _rule("M12", Group.MEDIA, "文件的内容是{actual}，与扩展名“.{kind}”不符", "{how}",
                           "把网页或其他格式的文件直接改了扩展名；有些系统导出的“xls”其实是网页",
                           fix="用原来的软件打开，另存为或导出为扩展名所说的格式（如“导出为 PDF”）再上传")
MEDIA_UNUSED = _rule("M21", Group.MEDIA, "没有一篇公开的报告用到“{name}”，它不会发布到网站", "{how}",
                     "上传了文件，却没有在报告里插入或列为附件；或者只有草稿用到它",
                     fix="在报告正文里插入或链接它（写成 ../media/文件名），或写进 attachments；不需要的文件请删除",
                     severity=Severity.WARNING)
DOCUMENT_AS_IMAGE = _rule("M13", Group.MEDIA, "“{written}”不是图片，不能用 ![…](…) 插入，网页上会显示成一张打不开的图片",
                          "PDF、Word 等文件请作为附件：网页表单中在“附件”一项添加这个文件；直接编辑文件：去掉 ! 写成链接"
                          " [文件说明](../media/{name})，或写进 attachments。扫描件也可以另存为 JPG 图片再插入",
                          "把 PDF 扫描件或 Word 文件当作图片插入了正文", fix="作为附件或链接；扫描件可另存为 JPG 图片再插入")

PHOTO_CREDIT_EMPTY = _rule("M14", Group.MEDIA, "图片标题“{written}”中的“{tag}：”后面没有内容",
                            "写成“{tag}：”加内容，如“摄影：张三”“来源：南关区民政局”；不需要时删去这一段",
                            "在图片的标题（Title）里只写了“摄影：”或“来源：”",
                            fix="补上名字，或删去这一段；不写时署名默认为“来源：”加本实验区的联系单位")
PHOTO_CREDIT_DATE = _rule("M15", Group.MEDIA, "图片标题“{written}”中的日期“{name}”写法不对",
                          "日期请写成 YYYY-MM-DD{detail}",
                          "图片的拍摄日期写成了“2025年6月1日”“2025.6.1”，或日期不存在",
                          fix="写成 YYYY-MM-DD，如 2025-06-01；不写时默认为报告的日期")
PHOTO_CREDIT_TWICE = _rule("M16", Group.MEDIA, "图片标题“{written}”写了两个{tag}",
                           "标题的各段用“；”隔开，说明、署名（摄影或来源）、日期各写一个",
                           "在图片的标题（Title）里写了两段说明、两个署名或两个日期；说明文字里用了“；”也会被分成两段",
                           fix="删去多余的一段；说明文字里不要用“；”")

# 正文的排版和安全
HIDDEN_IN_BODY = _rule("H01", Group.BODY, "这一行{found}",
                       "请删去这个字符：把光标移到那里，按删除键；从网页或微信复制的文字常带有这类字符",
                       "从网页、微信复制的文字带有零宽空格、文字方向控制符等", fix="删去这个字符后重新输入")
BODY_TOO_LONG = _rule("H02", Group.BODY, "正文有 {length} 个字符，超过 {limit} 个的上限",
                      "请把内容拆成几份报告，或把长篇材料作为附件放到 media 文件夹", "把整本材料粘贴进了正文")
BODY_TOO_NESTED = _rule("H03", Group.BODY, "正文嵌套层数过多（列表或引用超过 {limit} 层）",
                        "请减少缩进和 > 的层数；正文通常只需要一两层列表",
                        "列表、引用嵌套过深")
UNMATCHED_BRACKETS = _rule("H04", Group.BODY, "这一段有超过 {limit} 个没有配对的“{opening}”",
                           "请检查是否误粘贴了大量“{opening}”符号；每个“{opening}”都应有对应的“{closing}”", "误粘贴了大量符号",
                           fix="删去多余的符号")
BODY_TOO_SLOW = _rule("H05", Group.BODY, "正文结构过于复杂，无法在限定时间内排版",
                      "请简化这段正文：删去误粘贴的大量符号，减少嵌套；长篇材料可作为附件放到 media 文件夹", "误粘贴了大量符号")
HTML_TOO_DEEP = _rule("H06", Group.BODY, "正文的 HTML 嵌套超过 {limit} 层",
                      "请简化这段正文：删去误粘贴的大量符号，减少嵌套；长篇材料可作为附件放到 media 文件夹",
                      "从网页复制了层层嵌套的代码")
_HTML_HINT = "正文请用 Markdown 和少量简单的 HTML（如 <br>、<sup>、表格）；网站发布时会删去这段代码，请直接删去或改写"
SCRIPT_TAG = _rule("H07", Group.BODY, "含有可执行脚本或嵌入内容的 HTML 标签 <{tag}>", _HTML_HINT,
                   "正文里有 <script>、<iframe>、<style>、<form> 等代码", fix="删去这些代码，只用 Markdown 写正文")
HTML_TAG = _rule("H08", Group.BODY, "不允许的 HTML 标签 <{tag}>", _HTML_HINT, "从网页或 Word 复制带进了 <span>、<font> 等标签",
                 fix="删去这些代码，只用 Markdown 写正文")
EVENT_ATTRIBUTE = _rule("H09", Group.BODY, "HTML 标签 <{tag}> 带有事件属性 {name}，会执行脚本", _HTML_HINT,
                        "正文里有 onclick= 这类属性", fix="删去这些代码，只用 Markdown 写正文")
DROPPED_ATTRIBUTE = _rule("H10", Group.BODY, "HTML 标签 <{tag}> 的属性 {name} 会被删去",
                          "正文的样式由网站统一设置；请删去 style、class 等属性",
                          "从网页或 Word 复制带进了 style=、class= 等属性")
BACKSLASH_PATH = _rule("H11", Group.BODY, "路径“{written}”用了反斜杠“\\”", "网页里的路径要用斜杠“/”，如 ../media/照片.jpg",
                       "图片或附件路径写成了 ..\\media\\照片.jpg（Windows 的写法）")
OUTSIDE_IMAGE = _rule("H12", Group.BODY, "图片“{written}”不在本实验区的 media 文件夹",
                      "网站只显示本实验区上传的图片：请先把图片保存到电脑，再上传（网页表单：点“添加组件 → Image”上传并写说明；"
                      "直接编辑文件：上传到 media 文件夹，写成 ![图片说明](../media/文件名.jpg)）",
                      "正文图片引用了其他网站（如微信公众号）的图片")
UNSAFE_LINK = _rule("H13",
                    Group.BODY, "链接“{written}”不能发布（只允许 http、https、mailto 链接、本页标题和 media 文件夹中的文件）",
                    "链接到其他网站请写完整网址，如 https://mzt.jl.gov.cn/ ；附件请写 ../media/文件名.pdf",
                    "链接是 javascript: 等，或是不完整的网址、指向本实验区以外的文件")
IMAGE_WITHOUT_ALT = _rule("H14", Group.BODY, "图片缺少说明文字",
                          "请在方括号里写图片的内容，如 ![居民议事会现场](../media/照片.jpg)，供读屏软件朗读",
                          "写成了 ![](../media/照片.jpg)，方括号里是空的")
HTML_COMMENT = _rule("H15", Group.BODY, "HTML 注释会被删去", "请删去 <!-- … --> 注释；不公开的内容不要写在报告里",
                     "正文里有 <!-- … --> 注释")
USERINFO_LINK = _rule("H16", Group.BODY, "链接“{written}”实际打开的是 {host}：网址里“@”前面的部分只是用户名，不是网站",
                      "请删去网址中从 // 后到“@”为止的部分，写成要链接的网站的完整网址，如 https://www.mca.gov.cn/",
                      "复制了伪装成其他网站的链接（如 https://www.mca.gov.cn@evil.example/），或把邮件地址写进了网址",
                      fix="改成真正要链接的网址")
TAB_TABLE = _rule("H17", Group.BODY, "第 {first} 到 {last} 行是用 Tab 隔开的表格（从 Excel 粘贴），网页上会连成一段文字",
                  "网页表单：删去这几行，用工具栏的“表格”重新插入；直接编辑文件：改写成 Markdown 表格，"
                  "每行写成“| 项目 | 数量 |”，第二行写“| --- | --- |”",
                  "从 Excel 或 Word 复制表格后直接粘贴", fix="改写成 Markdown 表格，或把表格作为附件放到 media 文件夹")
WECHAT_IMAGE = _rule("H18", Group.BODY, "这张图片在微信的服务器上（{host}），网站不显示其他网站的图片",
                     "请先在微信里把图片保存到电脑，再上传：网页表单中点“添加组件 → Image”上传并写说明；"
                     "直接编辑文件：上传到 media 文件夹，写成 ![图片说明](../media/文件名.jpg)，删去这段 <img …> 代码",
                     "从微信公众号文章复制了带图片的内容")

# 公开之前
PLACEHOLDER_LEFT = _rule("P01", Group.PUBLISHING, "这一行还有“{placeholder}”的内容", "请填写后删去“待填写”字样{published}",
                         "文件里还留着模板中的“待填写”（模板注释里的“请填写”不算）",
                         fix="把这些地方换成实际内容；已确认的实验区和不是草稿的报告会公开，不能留有“待填写”",
                         severity_note="错误（草稿和尚未确认的实验区为警告）")
TEMPLATE_PHONE = _rule("P02", Group.PUBLISHING, "办公电话 {phone} 是模板里的示例号码", "请改成本单位带区号的办公座机号码",
                       "contact.phone 还是模板里的“区号-00000000”", severity_note="错误（尚未确认的实验区为警告）")
DRAFT = _rule("P03", Group.PUBLISHING, "这是草稿，不会在网站上公开",
              "写完后取消草稿（网页表单：关闭“草稿”开关后保存；直接编辑文件：删去 draft: true 这一行）", "信息块里有 draft: true",
              severity=Severity.WARNING)

# 网站设置（技术人员）
REFERENCE_FILE_MISSING = _rule("S01", Group.SETTINGS, "找不到这个文件", "请检查 --content 指向的文件夹",
                               "content 文件夹里缺少 site.yml、divisions.yml 或 topics.yml")
BOUNDARY_FILE_MISSING = _rule("S02", Group.SETTINGS, "找不到边界文件“{written}”",
                              "路径相对于 content 文件夹；不使用边界图时请把 boundary_file 留空（显示方块示意图）",
                              "map.boundary_file 写错了路径")
BOUNDARY_INVALID = _rule("S03", Group.SETTINGS, "边界文件不是有效的 GeoJSON",
                         "需要 FeatureCollection，每个 feature 有 properties.code；"
                         "请用 scripts/make_boundaries.py 重新生成，或检查文件格式",
                         "边界文件损坏或不是 GeoJSON")
BOUNDARY_MISSING_PREFECTURES = _rule("S04", Group.SETTINGS, "边界文件缺少这些市（州）：{names}",
                                     "每个市（州）都需要一个以行政区划代码为 code 的边界",
                                     "边界文件不全")
BOUNDARY_UNKNOWN_CODES = _rule("S05", Group.SETTINGS, "边界文件有未知的代码：{codes}",
                               "代码必须与 content/reference/divisions.yml 中的市（州）代码一致", "边界文件的代码与区划表不一致")
NOT_A_LOGIN = _rule("S07", Group.SETTINGS, "“{written}”不是 GitHub 账号",
                    "审核人写成 @账号，如 @zhangsan-jl；"
                    "逐级审批检查用工作流自己的令牌读取审核记录，看不到团队成员，所以不能写团队",
                    "reviewers 里写了团队（@组织/团队）、汉字姓名或漏了 @")
UNKNOWN_REVIEWER_PREFECTURE = _rule("S08", Group.SETTINGS, "审核人名单里的“{code}”不是市（州）代码",
                                    "reviewers.prefectures 下面按市（州）代码列出审核人，代码见 content/reference/divisions.yml",
                                    "把区县代码或市（州）名称写成了键")
NOT_A_LINK = _rule("S09", Group.SETTINGS, "“{written}”不是网址或邮件地址", "请写以 https:// 开头的网址，或 mailto: 加邮件地址",
                   "网站设置里的链接写成了文字，或用了其他写法")
CMS_SETTING = _rule("S10", Group.SETTINGS, "网页表单设置有误：{problem}", "{how}",
                    "content/site.yml 的 cms 部分漏填了所选代码托管平台需要的项，或地址没有以 https:// 开头",
                    fix="按投稿指南“网页表单的登录设置”一节填写 cms 部分")
GOV_MARK_IMAGE = _rule("S12", Group.SETTINGS, "党政机关网站标识图片“{written}”找不到，或不是 200 KB 以内的 PNG、JPEG 图片",
                        "identity.gov_mark_image 写 content 文件夹里的图片路径，如 reference/gov-mark.png；不用标识时留空",
                        "图片没有放进 content 文件夹、路径写错，或存成了其他格式")
_SELECTIONS = "zones/selections.yml"
SELECTION_MISSING = _rule("S13", Group.SETTINGS, "找不到{what}“{written}”", "{guess}{how}",
                          "典型案例或推荐理由里的实验区文件夹名、报告文件名写错了，或报告、文件夹后来改了名",
                          fix="照 zones 文件夹里的实际名称改正（如 220102-nanguan、2021-06-08-experience.md）")
SELECTION_NOT_PUBLIC = _rule("S14", Group.SETTINGS, "典型案例“{written}”{why}，网站上不公开",
                             "典型案例只能选网站上公开的报告：{how}",
                             "选定的报告还是草稿（draft: true），或它所属的实验区还没有确认",
                             fix="等报告公开后再选，或删去这一项")
SELECTION_NOT_EXPERIENCE = _rule("S15", Group.SETTINGS, "典型案例“{written}”是{type_label}，不是经验做法",
                                 "典型案例只从经验做法（type: experience）中选：请改写一份经验做法的文件名，或删去这一项",
                                 "选了工作动态、年度总结等其他类型的报告")
SELECTION_TWICE = _rule("S16", Group.SETTINGS, "典型案例“{written}”写了两次（第 {first} 行已有）",
                        "每份报告只选一次：请删去其中一项；选定年度以第一次选定的年度为准",
                        "复制上一项后忘了改文件名，或同一份报告在两个年度都写了")
SELECTION_REASON = _rule("S17", Group.SETTINGS, "{what}的理由{problem}", "{how}",
                         "典型案例或推荐国家级的理由没有写，或把整段材料粘贴成了理由",
                         fix="每条理由写一两句话（不超过 150 字），说明为什么选它")
RECOMMENDATION_NOT_RECOMMENDED = _rule(
    "S18", Group.SETTINGS, "{zone} 写了推荐国家级的理由，但它的 zone.yml 没有推荐日期（milestones.national_recommended）",
    "推荐以后请在该实验区 zone.yml 的 milestones 写 national_recommended: 推荐日期；还没有推荐的，请先删去这些理由",
    "先写了理由，zone.yml 还没有写推荐日期；或实验区文件夹名写成了另一个实验区")
RECOMMENDATION_WITHOUT_REASON = _rule(
    "S19", Group.SETTINGS, "已推荐申报国家级实验区（{day}），但 " + _SELECTIONS + " 还没有推荐理由",
    "请省民政厅在 " + _SELECTIONS + " 的 national_recommendations 下写 {zone}: 和推荐理由（每条一两句话），"
    "实验区页面会显示这些理由",
    "zone.yml 写了 national_recommended，省民政厅还没有写推荐理由", severity=Severity.WARNING)
PAGE_ORDER = _rule("S06", Group.SETTINGS, "order 应当是整数", "order 决定页面在导航中的顺序，如 order: 10",
                   "content/pages 里页面的 order 写了文字")
PREFACE_SAMPLE = _rule("S20", Group.SETTINGS, "sample 应当是 true 或 false",
                       "经验汇编序言 content/experience-preface.md 是示例文字时写 sample: true（页面和 PDF 会标明“示例数据”），"
                       "换成正式序言后删去这一行",
                       "序言的 sample 写了文字，如 sample: 是")
PAGE_NAV = _rule("S11", Group.SETTINGS, "nav 应当是 true 或 false",
                 "nav: false 使页面不出现在网站顶部的导航栏中（如写给投稿人的指南），但仍可从“关于本站”和网站地图进入",
                 "content/pages 里页面的 nav 写了文字")
