"""Residents a page would make identifiable: a home address down to the door, or a named resident with an age
or an illness. Read on the text a reader sees, like ID and mobile numbers (see personal_data.py).

The patterns keep false alarms low, because an official cannot argue with a validator:
- a door is a room: `2单元501室`, `3栋2单元501`, `5号楼302室`, `5号楼3门602`, or building-unit-room after
  where someone lives (`家住12-3-501`); a building alone (`服务中心位于3号楼`) or a count (`3单元12户`) is not;
- a name is a common surname and one or two characters after a word that introduces a resident
  (`独居老人王秀英`), before a form of address (`张桂兰奶奶`, `王桂兰老人`) or before the person's age
  (`张秀英（81岁）`, `李秀珍，女，76岁`); a surname alone (`刘奶奶`, `王大爷`), as community news name
  neighbours, and `王某`, `张某某` are not names;
- it only counts in a sentence that also gives that person's age (`82岁`, not `80岁以上`) or an illness.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass

from generator.check.folding import fold

_NUMBER = r"[0-9]+(?![0-9])"
_DOOR = re.compile(
    rf"(?:{_NUMBER}\s*(?:号楼|栋|幢)\s*)?{_NUMBER}\s*单元\s*{_NUMBER}(?:\s*(?:室|号))?(?!\s*(?:户|人|名|个|位|层|楼|元|万|%))"
    rf"|{_NUMBER}\s*(?:号楼|栋|幢)\s*{_NUMBER}\s*室"
    rf"|{_NUMBER}\s*(?:号楼|栋|幢)\s*{_NUMBER}\s*门\s*{_NUMBER}(?:\s*(?:室|号))?(?!\s*(?:户|人|名|个|位|层|元|万|%))"
    rf"|(?<=住)\s*[在于]?\s*{_NUMBER}-{_NUMBER}-{_NUMBER}(?![0-9-])")
_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈"
             "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤")
_GIVEN = "[\u4e00-\u9fff]"
_INTRODUCED = re.compile(rf"(?:居民|村民|老人|老党员|患者|低保户|困难户|残疾人)[：:]?([{_SURNAMES}]{_GIVEN}{{1,2}})")
_ADDRESSED = re.compile(rf"([{_SURNAMES}]{_GIVEN}{{1,2}}?)(?:大爷|大妈|大娘|奶奶|爷爷|阿姨|老太太|老伯|婆婆|大叔|大婶)")
# Characters that follow a surname-like one in words that are no names (周边, 万余名, 石头村).
_NOT_GIVEN = "余名位个多家区户的和与及等边里内村屯镇乡街路楼院社组队"
_GIVEN_NAME = rf"[^\W{_NOT_GIVEN}0-9A-Za-z_]"
_ELDER = re.compile(rf"([{_SURNAMES}]{_GIVEN_NAME}{{2}})老人")  # 王桂兰老人
_BOUND = r"(?!\s*(?:以上|以下|及以上|及以下|至|到|~|～|-|—|左右|上下|之间))"
# 张秀英（81岁）, 李秀珍，女，76岁: not a word and a comma before an age (于是，80岁的老人……)
_AGED = re.compile(rf"([{_SURNAMES}]{_GIVEN_NAME}{{1,2}})\s*(?:[（(]|[，,、]\s*[男女]\s*[，,、])\s*[0-9]{{2,3}}\s*周?岁{_BOUND}")
_AGE = re.compile(rf"(?<![0-9.至到~～\-—])[0-9]{{2,3}}\s*周?岁{_BOUND}")  # one person's age, not a range or a bound
_ILLNESS = re.compile(r"患有|身患|罹患|瘫痪|偏瘫|失明|失智|癌|脑梗|脑血栓|中风|尿毒症|糖尿病|心脏病|精神疾病|精神病"
                      r"|抑郁症|阿尔茨海默|老年痴呆|智力残疾|肢体残疾|重病|透析")
_SENTENCE = re.compile(r"[^。！？；!?;\n]+")
_TAG = re.compile(r"<[^>]*>")
_NOT_SHOWN = re.compile(r"[\s*_`\\]")


@dataclass(frozen=True)
class Resident:
    described: str  # what the message names, with the identifying part masked
    text: str  # what was matched, to find its line in the source

    def __str__(self) -> str:
        return self.described


def _masked_door(door: str) -> str:
    return re.sub(r"([0-9])([0-9]+)(\s*(?:室|号)?)$", lambda m: m.group(1) + "*" * len(m.group(2)) + m.group(3),
                  door.replace(" ", ""))


def _names(sentence: str) -> Iterator[str]:
    for pattern in (_INTRODUCED, _ADDRESSED, _ELDER, _AGED):
        for match in pattern.finditer(sentence):
            if "某" not in match.group(1):
                yield match.group(1)


def find_residents(text: str) -> Iterator[Resident]:
    folded = fold(text)
    for match in _DOOR.finditer(folded):
        yield Resident(f"居民住址的门牌号（{_masked_door(match.group())}）", match.group())
    for sentence in _SENTENCE.findall(folded):
        about = [what for what, pattern in (("年龄", _AGE), ("疾病", _ILLNESS)) if pattern.search(sentence)]
        if not about:
            continue
        for name in _names(sentence):
            yield Resident(f"居民的姓名（{name[0]}{'*' * (len(name) - 1)}）和{'、'.join(about)}", name)



def source_offset(body: str, resident: Resident) -> int:
    """The body line (offset) that shows what was found; the body's first line when markup splits it."""
    wanted = _NOT_SHOWN.sub("", resident.text)
    for offset, line in enumerate(body.split("\n")):
        if wanted in _NOT_SHOWN.sub("", fold(_TAG.sub("", html.unescape(line)))):
            return offset
    return 0
