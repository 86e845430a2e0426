"""Draw the sample zones' diagrams: flat PNG charts with Chinese labels, made from shapes and text only.

The diagrams give the build's image pipeline real input. They are drawn at twice the size, scaled
down for smooth edges and reduced to a small palette, so each file stays well under 300 KB.

    python scripts/make_sample_diagrams.py
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT_FOLDER = Path("/usr/share/fonts/opentype/noto")
FONT_INDEX_SC = 2  # face 2 of the Noto Sans CJK collection is Simplified Chinese
SCALE = 2  # drawn at twice the size, then scaled down
PALETTE_COLOURS = 64

Point = tuple[float, float]
Colour = str

WHITE = "#ffffff"
BLUE = "#1f4e79"
LIGHT_BLUE = "#dce6f1"
GREY = "#595959"
LIGHT_GREY = "#f0f2f5"
LINE_GREY = "#a6a6a6"
ACCENT = "#d9822b"


@cache
def _font(size: int, bold: bool) -> ImageFont.FreeTypeFont:
    name = "NotoSansCJK-Bold.ttc" if bold else "NotoSansCJK-Regular.ttc"
    return ImageFont.truetype(str(FONT_FOLDER / name), size * SCALE, index=FONT_INDEX_SC)


class Canvas:
    """A white image addressed in final pixels; everything is drawn at SCALE times the size."""

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.image = Image.new("RGB", (width * SCALE, height * SCALE), WHITE)
        self.draw = ImageDraw.Draw(self.image)

    def text_width(self, text: str, size: int, bold: bool = False) -> float:
        return self.draw.textlength(text, font=_font(size, bold)) / SCALE

    def text(self, centre: Point, text: str, size: int, colour: Colour, bold: bool = False,
             max_width: float | None = None) -> None:
        """One line of text centred on `centre`; refuses text wider than `max_width` (it would overlap)."""
        if max_width is not None and self.text_width(text, size, bold) > max_width:
            raise ValueError(f"“{text}” is wider than {max_width} px at {size} px")
        x, y = centre
        self.draw.text((x * SCALE, y * SCALE), text, fill=colour, font=_font(size, bold), anchor="mm")

    def lines(self, centre: Point, lines: list[str], size: int, colour: Colour, spacing: float,
              bold: bool = False, max_width: float | None = None) -> None:
        """Several centred lines, `spacing` px apart, the block centred on `centre`."""
        x, y = centre
        top = y - spacing * (len(lines) - 1) / 2
        for number, line in enumerate(lines):
            self.text((x, top + number * spacing), line, size, colour, bold, max_width)

    def box(self, left: float, top: float, right: float, bottom: float, fill: Colour,
            outline: Colour | None = None, width: int = 2, radius: int = 14) -> None:
        self.draw.rounded_rectangle([left * SCALE, top * SCALE, right * SCALE, bottom * SCALE], radius=radius * SCALE,
                                    fill=fill, outline=outline, width=width * SCALE)

    def circle(self, centre: Point, radius: float, fill: Colour, outline: Colour | None = None, width: int = 3) -> None:
        x, y = centre
        self.draw.ellipse([(x - radius) * SCALE, (y - radius) * SCALE, (x + radius) * SCALE, (y + radius) * SCALE],
                          fill=fill, outline=outline, width=width * SCALE)

    def line(self, points: list[Point], colour: Colour, width: int = 3) -> None:
        self.draw.line([(x * SCALE, y * SCALE) for x, y in points], fill=colour, width=width * SCALE, joint="curve")

    def dashed(self, start: Point, end: Point, colour: Colour, width: int = 3, dash: float = 14, gap: float = 10) -> None:
        (x1, y1), (x2, y2) = start, end
        length = math.hypot(x2 - x1, y2 - y1)
        position = 0.0
        while position < length:
            stop = min(position + dash, length)
            self.line([(x1 + (x2 - x1) * position / length, y1 + (y2 - y1) * position / length),
                       (x1 + (x2 - x1) * stop / length, y1 + (y2 - y1) * stop / length)], colour, width)
            position = stop + gap

    def _head(self, tip: Point, tail: Point, colour: Colour, size: float) -> Point:
        """Draw an arrowhead at `tip` pointing away from `tail`; return where the shaft should end."""
        (x, y), (tx, ty) = tip, tail
        angle = math.atan2(y - ty, x - tx)
        spread = math.radians(28)
        left = (x - size * math.cos(angle - spread), y - size * math.sin(angle - spread))
        right = (x - size * math.cos(angle + spread), y - size * math.sin(angle + spread))
        self.draw.polygon([(px * SCALE, py * SCALE) for px, py in (tip, left, right)], fill=colour)
        return x - size * 0.8 * math.cos(angle), y - size * 0.8 * math.sin(angle)

    def arrow(self, start: Point, end: Point, colour: Colour, width: int = 4, head: float = 22,
              both: bool = False) -> None:
        shaft_end = self._head(end, start, colour, head)
        shaft_start = self._head(start, end, colour, head) if both else start
        self.line([shaft_start, shaft_end], colour, width)

    def save(self, path: Path) -> None:
        """Scale down, reduce to a small palette (flat colours need no more) and write an optimised PNG."""
        small = self.image.resize((self.width, self.height), Image.Resampling.LANCZOS)
        flat = small.quantize(colors=PALETTE_COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        path.parent.mkdir(parents=True, exist_ok=True)
        flat.save(path, format="PNG", optimize=True)


def _title(canvas: Canvas, title: str, subtitle: str | None = None) -> None:
    canvas.text((canvas.width / 2, 68), title, 52, BLUE, bold=True, max_width=canvas.width - 80)
    if subtitle:
        canvas.text((canvas.width / 2, 132), subtitle, 28, GREY, max_width=canvas.width - 80)


def consultation_flow() -> Canvas:
    """Nanguan's five-step consultation method (五步议事法), as its 2021-10-19 experience report describes it."""
    canvas = Canvas(1600, 900)
    _title(canvas, "南关区“五步议事法”议事协商流程", "依据《社区议事协商规则》，在“社区—小区—楼栋”三级议事组织中运行")
    steps = [
        ("收集议题", ["楼栋走访", "意见箱", "“网上议事厅”"]),
        ("审定议题", ["社区“两委”", "对照事项目录", "确定是否上会"]),
        ("协商议题", ["组织利益相关方", "充分发表意见", "形成协商方案"]),
        ("公示结果", ["小区公告栏", "和微信群", "公示7天"]),
        ("监督落实", ["居民监督委员会", "跟踪办理", "向居民反馈"]),
    ]
    card_width, gap, left_edge = 240.0, 70.0, 60.0
    top, split, bottom = 210.0, 400.0, 680.0
    for number, (name, details) in enumerate(steps):
        left = left_edge + number * (card_width + gap)
        right, middle = left + card_width, left + card_width / 2
        canvas.box(left, split - 20, right, bottom, LIGHT_GREY, LINE_GREY)
        canvas.box(left, top, right, split, BLUE)
        canvas.circle((middle, top + 58), 34, ACCENT)
        canvas.text((middle, top + 58), str(number + 1), 38, WHITE, bold=True)
        canvas.text((middle, top + 140), name, 42, WHITE, bold=True, max_width=card_width - 20)
        canvas.lines((middle, (split + bottom) / 2), details, 30, GREY, 56, max_width=card_width - 16)
        if number < len(steps) - 1:
            canvas.arrow((right + 10, (top + bottom) / 2), (right + gap - 10, (top + bottom) / 2), ACCENT, width=6, head=26)
    canvas.box(60, 740, 1540, 840, WHITE, BLUE, width=3)
    canvas.text((800, 790), "线上“网上议事厅”与线下议事会同步征集议题、公布协商结果，在职居民也能参与", 30, BLUE,
                max_width=1440)
    return canvas


def organisation_chart() -> Canvas:
    """Community governance under the community Party committee, with the bodies Nanguan's reports name."""
    canvas = Canvas(1600, 1000)
    _title(canvas, "南关区社区治理组织架构示意", "社区党组织领导，多方协同参与")
    centre = canvas.width / 2

    canvas.box(centre - 190, 185, centre + 190, 275, BLUE)
    canvas.text((centre, 230), "街道党工委", 40, WHITE, bold=True)
    canvas.arrow((centre, 275), (centre, 335), BLUE, width=5)
    canvas.box(centre - 190, 335, centre + 190, 425, BLUE)
    canvas.text((centre, 380), "社区党委", 40, WHITE, bold=True)

    for left, name, note in ((90, "社区社会组织", "承接服务项目"), (1170, "社区志愿者", "互助服务、安全巡查")):
        canvas.box(left, 330, left + 340, 430, WHITE, ACCENT, width=4)
        canvas.text((left + 170, 362), name, 34, ACCENT, bold=True, max_width=320)
        canvas.text((left + 170, 405), note, 24, GREY, max_width=320)
    canvas.dashed((430, 380), (centre - 190, 380), ACCENT, width=4)
    canvas.dashed((centre + 190, 380), (1170, 380), ACCENT, width=4)
    canvas.text(((430 + centre - 190) / 2, 355), "协同参与", 24, GREY)
    canvas.text(((centre + 190 + 1170) / 2, 355), "协同参与", 24, GREY)

    units = [
        ("网格党支部", "小区、楼栋党小组"),
        ("居民委员会", "组织居民议事协商"),
        ("业主委员会", "弃管小区设自管委员会"),
        ("物业服务企业", "或公益性“准物业”"),
    ]
    box_width, gap, left_edge, top, bottom = 335.0, 45.0, 65.0, 545.0, 675.0
    middles = [left_edge + box_width / 2 + number * (box_width + gap) for number in range(len(units))]
    bus = 485.0
    canvas.line([(centre, 425), (centre, bus)], BLUE, width=5)
    canvas.line([(middles[0], bus), (middles[-1], bus)], BLUE, width=5)
    canvas.text((centre + 64, 455), "领导", 24, GREY)
    for middle, (name, note) in zip(middles, units, strict=True):
        canvas.arrow((middle, bus), (middle, top), BLUE, width=5)
        canvas.box(middle - box_width / 2, top, middle + box_width / 2, bottom, LIGHT_BLUE, BLUE, width=3)
        canvas.text((middle, top + 45), name, 36, BLUE, bold=True, max_width=box_width - 20)
        canvas.text((middle, top + 95), note, 26, GREY, max_width=box_width - 20)
        canvas.line([(middle, bottom), (middle, 760)], LINE_GREY, width=4)

    canvas.box(65, 760, 1535, 850, LIGHT_GREY, LINE_GREY)
    canvas.text((centre, 805), "楼栋长 · 楼栋议事小组 · 居民群众", 34, GREY, bold=True)

    legend_y = 920.0
    canvas.arrow((470, legend_y), (560, legend_y), BLUE, width=5)
    canvas.text((640, legend_y), "领导、指导", 26, GREY)
    canvas.dashed((820, legend_y), (910, legend_y), ACCENT, width=4)
    canvas.text((990, legend_y), "协同参与", 26, GREY)
    return canvas


def three_party_linkage() -> Canvas:
    """三社联动: the community, social organisations and social workers, linked around residents' needs."""
    canvas = Canvas(1600, 1000)
    _title(canvas, "“三社联动”示意图")
    needs: Point = (800.0, 590.0)
    spread, radius, inner_radius = 330.0, 135.0, 100.0  # the parties sit evenly on a circle round the needs
    # (degrees clockwise from east, name, role): top, bottom left, bottom right
    placed = [(-90, "社区", "服务平台"), (150, "社会组织", "服务载体"), (30, "社会工作者", "专业支撑")]
    parties: list[tuple[Point, str, str]] = [
        ((needs[0] + spread * math.cos(math.radians(degrees)), needs[1] + spread * math.sin(math.radians(degrees))), name, role)
        for degrees, name, role in placed
    ]

    def towards(start: Point, end: Point, distance: float) -> Point:
        (x1, y1), (x2, y2) = start, end
        length = math.hypot(x2 - x1, y2 - y1)
        return x1 + (x2 - x1) * distance / length, y1 + (y2 - y1) * distance / length

    for first, second in ((0, 1), (1, 2), (2, 0)):
        a, b = parties[first][0], parties[second][0]
        canvas.arrow(towards(a, b, radius + 14), towards(b, a, radius + 14), LINE_GREY, width=6, head=26, both=True)
    for point, _, _ in parties:
        canvas.arrow(towards(point, needs, radius + 10), towards(needs, point, inner_radius + 10), ACCENT, width=6, head=26)

    for (x, y), name, role in parties:
        canvas.circle((x, y), radius, BLUE)
        canvas.text((x, y - 22), name, 42, WHITE, bold=True, max_width=2 * radius - 20)
        canvas.text((x, y + 36), role, 28, LIGHT_BLUE, max_width=2 * radius - 40)
    canvas.circle(needs, inner_radius, ACCENT)
    canvas.text(needs, "居民需求", 40, WHITE, bold=True, max_width=2 * inner_radius - 20)

    canvas.text((800, 950), "以社区为平台、社会组织为载体、社会工作者为专业支撑，围绕居民需求协同联动", 30, GREY,
                max_width=1520)
    return canvas


DIAGRAMS: dict[str, Callable[[], Canvas]] = {
    "zones/220102-nanguan/media/yishi-liucheng.png": consultation_flow,
    "zones/220102-nanguan/media/zuzhi-jiagou.png": organisation_chart,
    "zones/220102-nanguan/media/sanshe-liandong.png": three_party_linkage,
}


def main() -> None:
    for relative, make in DIAGRAMS.items():
        path = ROOT / relative
        make().save(path)
        print(f"{relative}: {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
