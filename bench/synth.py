"""Deterministic synthetic provinces for the benchmark: zone folders valid against the data contract.

A synthetic province has its own divisions (so hundreds or thousands of units can each hold a zone)
and reuses the real topic list and settings; text is assembled from phrases of the field, so pages
weigh what real Chinese reports weigh.

    python bench/synth.py OUT --zones 600 --reports 10 [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import shutil
from datetime import date, timedelta
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SUBJECTS = ("社区党组织", "居民议事会", "社区社会组织", "专业社工", "驻区单位", "志愿服务队", "物业服务企业", "网格员",
            "业主委员会", "社区居委会", "街道党工委", "新就业群体", "老年协会", "楼栋长")
ACTIONS = ("建立健全", "统筹推进", "持续完善", "探索形成", "深入开展", "分类推行", "系统梳理", "精准对接", "全面落实")
OBJECTS = ("议事协商机制", "“三社联动”服务体系", "社区工作事项准入清单", "便民服务网络", "信息公开目录",
           "居民公约", "邻里互助积分制度", "党建联席会议制度", "社区综合服务设施", "基层报表“一表通”")
RESULTS = ("居民满意度达到{p}%", "累计办结居民诉求{n}件", "新培育社区社会组织{n}家", "减少台账报表{n}项",
           "服务居民{n}人次", "覆盖{n}个小区", "社区工作者服务时间占比提高到{p}%")
HEADINGS = ("一、基本情况", "二、主要做法", "三、取得成效", "四、存在问题", "五、下一步打算")
PLAN_HEADINGS = ("一、实验背景", "二、实验主题", "三、实验内容", "四、实验保障")
# Outcome indicators of the reference set a synthetic zone reports: (id, first value range, yearly change range).
INDICATORS = (("satisfaction", (78.0, 88.0), (1.0, 4.0)), ("consultation-completion-rate", (70.0, 85.0), (2.0, 6.0)),
              ("licensed-social-workers", (20, 120), (10, 40)), ("community-work-items", (90, 220), (-40, -10)),
              ("time-serving-residents", (30.0, 45.0), (5.0, 10.0)))
TYPES_CYCLE = ("annual-plan", "annual-summary", "experience", "news", "progress", "news", "experience",
               "annual-plan", "annual-summary", "news", "experience", "news")


def sentence(rng: random.Random) -> str:
    result = rng.choice(RESULTS).format(n=rng.randint(12, 4800), p=rng.randint(80, 99))
    return f"{rng.choice(SUBJECTS)}{rng.choice(ACTIONS)}{rng.choice(OBJECTS)}，{result}。"


def paragraph(rng: random.Random, sentences: int) -> str:
    return "".join(sentence(rng) for _ in range(sentences))


def body(rng: random.Random, characters: int, headings: tuple[str, ...] = HEADINGS) -> str:
    parts, written = [], 0
    for heading in headings:
        text = paragraph(rng, max(2, characters // (len(headings) * 28)))
        parts.append(f"## {heading}\n\n{text}\n")
        written += len(text)
    return "\n".join(parts)


def divisions(zones: int) -> dict[str, object]:
    per_prefecture = 20 if zones <= 600 else 30
    prefectures = []
    for p in range((zones + per_prefecture - 1) // per_prefecture):
        code = f"{230000 + (p + 1) * 100}"  # a synthetic province outside Jilin's 22xxxx codes
        counties = [{"code": f"{int(code) + c + 1}", "name": f"第{p + 1}市{c + 1}区", "type": "市辖区",
                     "slug": f"q{p + 1}x{c + 1}".replace("0", "o").translate(str.maketrans("123456789", "abcdefghi")),
                     "lon": 120 + (p % 12) + c * 0.03, "lat": 40 + (p // 12) + c * 0.02}
                    for c in range(min(per_prefecture, zones - p * per_prefecture))]
        prefectures.append({"code": code, "name": f"第{p + 1}市", "type": "地级市",
                            "slug": f"p{p + 1}".translate(str.maketrans("0123456789", "oabcdefghi")),
                            "lon": 120 + p % 12, "lat": 40 + p // 12, "tile": [p // 12, p % 12],
                            "phone_area_code": "0431", "counties": counties})
    return {"source": "基准测试用的虚构省份", "prefectures": prefectures}


def write_content(out: Path, reference: dict[str, object]) -> Path:
    content = out / "content"
    shutil.copytree(ROOT / "content", content)
    (content / "reference" / "divisions.yml").write_text(yaml.safe_dump(reference, allow_unicode=True), encoding="utf-8")
    settings = content / "site.yml"
    values = yaml.safe_load(settings.read_text(encoding="utf-8"))
    values["map"]["boundary_file"] = ""  # the invented prefectures have no shapes: the tile map
    prefectures: list[dict[str, str]] = reference["prefectures"]  # type: ignore[assignment]
    values["reviewers"] = {"province": ["@bench-province"],
                           "prefectures": {p["code"]: [f"@bench-{p['slug']}"] for p in prefectures}}
    settings.write_text(yaml.safe_dump(values, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return content


def write_zone(folder: Path, unit: dict[str, str], rng: random.Random, reports: int, today: date) -> None:
    start = date(rng.randint(2020, 2025), rng.choice((1, 3, 7)), 1)
    applied = date(start.year - 1, 9, rng.randint(1, 28))
    approved = applied + timedelta(days=80)
    topics = rng.sample([f"{a}-{t}" for a, n in ((1, 4), (2, 5), (3, 4), (4, 3), (5, 4)) for t in range(1, n + 1)], 3)
    zone = {
        "code": unit["code"], "name": unit["name"], "title": f"以{rng.choice(OBJECTS)}推动{rng.choice(SUBJECTS)}参与社区治理",
        "batch": applied.year, "topics": topics, "summary": paragraph(rng, 4)[:200], "sample": True,
        "milestones": {"applied": applied, "approved": approved, "start": start},
        "contact": {"unit": f"{unit['name']}民政局", "phone": "0431-88888888", "address": f"{unit['name']}人民大街1号"},
    }
    (folder / "reports").mkdir(parents=True)
    (folder / "zone.yml").write_text(yaml.safe_dump(zone, allow_unicode=True, sort_keys=False), encoding="utf-8")
    # The application materials a confirmed zone must have (notice 四(二)), besides its other reports.
    materials = [("application", applied, HEADINGS, 900), ("review-opinion", applied + timedelta(days=3), HEADINGS, 900),
                 ("plan", min(approved + timedelta(days=10), today - timedelta(days=1)), PLAN_HEADINGS, 4400)]
    written: list[tuple[date, str, str]] = []
    for kind, day, headings, characters in materials:
        written.append((day, kind, f"{day.isoformat()}-{kind}.md"))
        _report(folder, unit, rng, topics, kind, day, written[-1][2], body(rng, characters, headings))
    for index in range(reports):
        kind = TYPES_CYCLE[index % len(TYPES_CYCLE)]
        day = min(start + timedelta(days=40 + index * 60), today - timedelta(days=1))
        written.append((day, kind, f"{day.isoformat()}-{kind}-{index + 1}.md"))
        _report(folder, unit, rng, topics, kind, day, written[-1][2], body(rng, rng.randint(600, 1600)))
    # A generator of its own, so that adding indicators leaves the reports of every zone as they were.
    _indicators(folder, unit, random.Random(unit["code"]), start, today, written)


def _report(folder: Path, unit: dict[str, str], rng: random.Random, topics: list[str], kind: str, day: date,
            name: str, text_body: str) -> None:
    front: dict[str, object] = {"type": kind, "title": f"{unit['name']}{sentence(rng)[:18]}", "date": day,
                                "topics": topics[:1], "summary": sentence(rng)}
    if kind in ("annual-plan", "annual-summary"):
        front["year"] = day.year
    text = "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n\n" + text_body
    (folder / "reports" / name).write_text(text, encoding="utf-8")


def _indicators(folder: Path, unit: dict[str, str], rng: random.Random, start: date, today: date,
                written: list[tuple[date, str, str]]) -> None:
    """indicators.yml: satisfaction and two other reference indicators, one value a year of the period so far."""
    last_year = (date(start.year + 2, start.month, 1) - timedelta(days=1)).year  # the two-year period's last year
    years = range(start.year, min(last_year, today.year) + 1)
    chosen = [INDICATORS[0], *rng.sample(INDICATORS[1:], 2)]
    indicators = []
    for indicator_id, (low, high), (step_low, step_high) in chosen:
        whole = isinstance(low, int)
        value: float = rng.randint(int(low), int(high)) if whole else round(rng.uniform(low, high), 1)
        entry: dict[str, object] = {"id": indicator_id, "baseline": {"year": start.year - 1, "value": value}}
        values = []
        for year in years:
            step = rng.randint(int(step_low), int(step_high)) if whole else round(rng.uniform(step_low, step_high), 1)
            value = max(0, value + step) if whole else round(min(99.0, value + step), 1)
            values.append(_measurement(unit, indicator_id, year, value, written, rng))
        entry["target"] = {"year": last_year, "value": values[-1]["value"] if values else value}
        entry["values"] = values
        indicators.append(entry)
    text = "# 实验成效：本实验区报告的指标数值（基准测试用的虚构数据）\n"
    text += yaml.safe_dump({"indicators": indicators}, allow_unicode=True, sort_keys=False)
    (folder / "indicators.yml").write_text(text, encoding="utf-8")


def _measurement(unit: dict[str, str], indicator_id: str, year: int, value: float,
                 written: list[tuple[date, str, str]], rng: random.Random) -> dict[str, object]:
    """A value whose source is the zone's report of that year (its annual summary if it has one)."""
    of_year = sorted((kind != "annual-summary", name) for day, kind, name in written if day.year == year)
    source = of_year[0][1] if of_year else f"{unit['name']}{year}年度统计"
    measurement: dict[str, object] = {"year": year, "value": value, "source": source}
    if indicator_id == "satisfaction":
        measurement["survey"] = {"by": f"{unit['name']}民政局委托的第三方机构", "method": "入户问卷",
                                 "sample": rng.randint(400, 1500)}
    return measurement


def synthesise(out: Path, zones: int, reports: int, seed: int = 7, today: date = date(2026, 11, 27)) -> tuple[Path, Path]:
    """Write OUT/zones and OUT/content; return both folders."""
    rng = random.Random(seed)
    reference = divisions(zones)
    content = write_content(out, reference)
    units = [county for prefecture in reference["prefectures"] for county in prefecture["counties"]]  # type: ignore[attr-defined]
    for unit in units[:zones]:
        write_zone(out / "zones" / f"{unit['code']}-{unit['slug']}", unit, rng, reports, today)
    return out / "zones", content


def main() -> None:
    parser = argparse.ArgumentParser(description="写出基准测试用的虚构实验区数据")
    parser.add_argument("out", type=Path)
    parser.add_argument("--zones", type=int, default=60)
    parser.add_argument("--reports", type=int, default=12)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    shutil.rmtree(args.out, ignore_errors=True)
    zones, content = synthesise(args.out, args.zones, args.reports, args.seed)
    print(f"{zones}: {args.zones} zones × {args.reports} reports; {content}")


if __name__ == "__main__":
    main()
