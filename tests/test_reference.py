"""Reference data in content/: the divisions of Jilin, and a topic list the province can replace."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

from generator.load.reference import load_reference
from generator.pipeline import Inputs, check, generate_docs
from tests.conftest import CONTENT, MATERIALS, SATISFACTION, VALID_ZONE, write_zone


def test_divisions_hold_jilins_units_with_their_official_codes() -> None:
    reference, problems = load_reference(CONTENT)
    assert reference is not None and not problems
    prefectures = reference.divisions.prefectures
    assert [p.name for p in prefectures] == ["长春市", "吉林市", "四平市", "辽源市", "通化市", "白山市", "松原市",
                                             "白城市", "延边朝鲜族自治州", "长白山管委会"]
    coded = [c for p in prefectures if p.code != "changbaishan" for c in p.counties]
    assert len(coded) == 60
    for prefecture in prefectures:
        for county in prefecture.counties:
            prefix = prefecture.code[:4] if prefecture.code.isdigit() else "changbaishan-"
            assert county.code.startswith(prefix), county
    units = reference.units()
    assert units["220184"].prefecture.name == "长春市"  # 公主岭市 moved from 四平 in 2020
    assert units["222401"].full_name == "延边朝鲜族自治州延吉市"
    assert "220171" not in units  # development zones are not divisions
    assert len({unit.slug for unit in units.values()}) == len(units)


def test_the_province_can_replace_the_topic_list_without_code_change(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    (content / "reference" / "topics.yml").write_text(
        "source: 省民政厅印发的实验参考选题（测试）\n"
        "areas:\n"
        "  - id: \"1\"\n    name: 社区治理现代化\n    description: 测试说明。\n    topics:\n"
        "      - {id: \"1-1\", name: 网格化服务管理, description: 测试说明。}\n"
        "      - {id: \"1-12\", name: 智慧社区, description: 测试说明。}\n",
        encoding="utf-8")
    # its indicators name topics too: the province replaces them with the topic list
    (content / "reference" / "indicators.yml").write_text(
        "source: 省民政厅确定的实验成效指标（测试）\nindicators:\n"
        "  - {id: satisfaction, name: 居民满意度, unit: \"%\", kind: percentage, direction: higher, definition: 测试口径说明,"
        " required: true, survey: true}\n"
        "  - {id: smart-community, name: 智慧社区覆盖率, area: \"1\", topics: [\"1-12\"], unit: \"%\", kind: percentage,"
        " direction: higher, definition: 测试口径说明}\n", encoding="utf-8")
    materials = {name: re.sub(r"^topics: .*$", 'topics: ["1-12"]', text, flags=re.M) for name, text in MATERIALS.items()}
    write_zone(tmp_path, zone=VALID_ZONE.replace('["1-3", "2-4"]', '["1-12"]'), materials=materials,
               indicators=SATISFACTION)
    checked = check(Inputs(tmp_path / "zones", content), date(2026, 11, 27))
    assert not checked.has_errors, checked.problems
    generate_docs(checked, tmp_path / "build")
    page = (tmp_path / "build" / "docs" / "zones" / "220102-nanguan" / "index.md").read_text(encoding="utf-8")
    assert "1-12 智慧社区" in page
