"""The `showcase` command: validate, build and serve the experiment-zone site.

Each command imports what only it needs when it runs: a build with no change is done in well under a second,
about what importing pandas, pydantic and Pillow for every command would take.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from generator import pipeline
from generator.contract import rulebook
from generator.contract.dates import DateFormatError, parse_date
from generator.contract.problems import Problem, format_github, format_summary, format_text
from generator.contract.sinks import for_terminal
from generator.site.dev_server import AddressError, parse_address
from generator.site.ssg import DEFAULT, GENERATORS, StaticSiteGenerator, choose
from generator.write.files import BuildLocked, write_changed

if TYPE_CHECKING:
    from generator.load.reference import Reference


class _ChineseParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"参数错误：{message}\n运行 {self.prog} --help 查看用法。\n")


def _today(value: str) -> date:
    try:
        return parse_date(value)
    except DateFormatError as error:
        hint = f"，应写作 {error.suggestion}" if error.suggestion else "，格式为 YYYY-MM-DD"
        said = rulebook.DATE_RULES[error.kind].message.format(written=error.written)
        raise argparse.ArgumentTypeError(f"{said}{hint}") from None


def _inputs_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--zones", type=Path, default=Path("zones"), metavar="DIR", help="实验区文件夹（默认 zones）")
    parser.add_argument("--content", type=Path, default=Path("content"), metavar="DIR",
                        help="页面与参考数据文件夹（默认 content）")
    parser.add_argument("--today", type=_today, default=None, metavar="YYYY-MM-DD",
                        help="构建日期 YYYY-MM-DD，状态和到期事项按此日期计算（默认今天）")


def _address(value: str) -> tuple[str, int]:
    try:
        return parse_address(value)
    except AddressError:
        raise argparse.ArgumentTypeError(f"预览地址 {value} 无效，应写作 主机:端口，如 127.0.0.1:8000") from None


def _site_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, default=None, metavar="FILE",
                        help=f"网站生成程序的配置文件（默认 {choose().config_name}）")
    parser.add_argument("--build-dir", type=Path, default=Path("build"), metavar="DIR",
                        help="生成的 Markdown 文件夹（默认 build）")
    parser.add_argument("--ssg", choices=list(GENERATORS), default=DEFAULT,
                        help=f"生成网页的程序：{' 或 '.join(GENERATORS)}（默认 {DEFAULT}）")


def make_parser() -> argparse.ArgumentParser:
    parser = _ChineseParser(prog="showcase", description="吉林省社区治理和服务创新实验区展示平台：检查数据、生成网站。")
    commands = parser.add_subparsers(dest="command", required=True, metavar="命令")
    validate = commands.add_parser("validate", help="检查实验区数据，列出全部问题")
    _inputs_arguments(validate)
    validate.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                          help="只检查这些实验区文件夹或其中的文件（另加跨实验区的检查）")
    validate.add_argument("--changed", metavar="BASE", default=None,
                          help="只检查相对 git 版本 BASE（如 origin/main）有改动的实验区")
    validate.add_argument("--format", choices=["text", "github"], default="text",
                          help="输出格式：text（默认）或 github（GitHub Actions 注释，显示在拉取请求的对应行）")
    validate.add_argument("--summary", type=Path, default=None, metavar="FILE",
                          help="另把中文的检查结果表追加到 FILE（如 GitHub 的 $GITHUB_STEP_SUMMARY）")
    build = commands.add_parser("build", help="检查数据并生成网站")
    _inputs_arguments(build)
    _site_arguments(build)
    build.add_argument("--out", type=Path, default=Path("site"), metavar="DIR", help="网站输出文件夹（默认 site）")
    build.add_argument("--site-url", default=None, metavar="URL",
                       help="网站的正式地址（如 https://example.gov.cn/zones/），用于站点地图和订阅；默认取 content/site.yml")
    build.add_argument("--check-links", action="store_true", help="检查生成的网站中每个内部链接和锚点；有失效链接时不更新网站")
    preview = commands.add_parser("preview", help="复制一份可以直接双击打开的网站（供审核人下载查看）")
    preview.add_argument("--site", type=Path, default=Path("site"), metavar="DIR", help="已生成的网站文件夹（默认 site）")
    preview.add_argument("--out", type=Path, default=Path("preview"), metavar="DIR",
                         help="预览文件夹（默认 preview，原有内容会被替换）")
    serve = commands.add_parser("serve", help="在本机预览网站，修改数据后自动刷新")
    _inputs_arguments(serve)
    _site_arguments(serve)
    serve.add_argument("--addr", type=_address, default="127.0.0.1:8000", metavar="HOST:PORT",
                       help="预览地址（默认 127.0.0.1:8000）")
    new_zone = commands.add_parser("new-zone", help="新建实验区文件夹和带注释的 zone.yml")
    new_zone.add_argument("code", metavar="CODE", help="行政区划代码（如 220102）或长白山参考编号（如 changbaishan-chibei）")
    new_zone.add_argument("--zones", type=Path, default=Path("zones"), metavar="DIR", help="实验区文件夹（默认 zones）")
    new_zone.add_argument("--content", type=Path, default=Path("content"), metavar="DIR",
                          help="页面与参考数据文件夹（默认 content）")
    new_report = commands.add_parser("new-report", help="在实验区中新建一份带标题结构的报告")
    new_report.add_argument("zone", metavar="ZONE", help="实验区文件夹名或代码，如 220102-nanguan 或 220102")
    new_report.add_argument("--type", required=True, dest="report_type", metavar="TYPE",
                            help="报告类型，如 plan、annual-plan、annual-summary、final-report、experience、news")
    new_report.add_argument("--date", type=_today, default=None, dest="report_date", metavar="YYYY-MM-DD",
                            help="报告的成文日期，也用作文件名开头（默认今天）")
    new_report.add_argument("--year", type=int, default=None, metavar="YEAR",
                            help="所属年度（只用于年度计划和年度总结；默认报告日期的年份）")
    new_report.add_argument("--title", default=None, metavar="TITLE", help="标题（默认按实验区和类型生成）")
    new_report.add_argument("--zones", type=Path, default=Path("zones"), metavar="DIR", help="实验区文件夹（默认 zones）")
    new_report.add_argument("--content", type=Path, default=Path("content"), metavar="DIR",
                            help="页面与参考数据文件夹（默认 content）")
    templates = commands.add_parser("templates", help="重新生成 content/templates/ 中供复制的空白模板")
    templates.add_argument("--out", type=Path, default=Path("content/templates"), metavar="DIR",
                           help="输出文件夹（默认 content/templates）")
    schemas = commands.add_parser("schemas", help="由数据模型重新生成 JSON Schema 文件（供编辑器提示）")
    schemas.add_argument("--out", type=Path, default=Path("schemas"), metavar="DIR", help="输出文件夹（默认 schemas）")
    return parser


def _print_problems(problems: Sequence[Problem]) -> None:
    sys.stdout.write(format_text(problems, Path.cwd()))


def _validate(args: argparse.Namespace) -> int:
    from generator.check.changes import GitError, changed_files, only_touched
    from generator.review.changed_pages import format_pages
    from generator.review.consents import format_consents

    checked = pipeline.check(pipeline.Inputs(args.zones, args.content), args.today)
    problems = list(checked.problems)
    touched: list[Path] = []
    if args.paths or args.changed is not None:
        try:
            touched = args.paths + (changed_files(args.changed) if args.changed is not None else [])
        except GitError as error:
            print(f"错误: 无法取得改动的文件：{for_terminal(str(error))}。请确认在 git 仓库中运行，且 {args.changed} 存在。")
            return 1
        problems = only_touched(problems, touched, args.zones, args.content)
    if args.format == "github":
        sys.stdout.write(format_github(problems, Path.cwd()))
    else:
        _print_problems(problems)
    if args.summary is not None:
        with args.summary.open("a", encoding="utf-8") as summary:
            summary.write(format_summary(problems, Path.cwd()))
            consents = format_consents(problems, Path.cwd())
            if consents:
                summary.write("\n" + consents)
            if touched and checked.site is not None:
                summary.write("\n" + format_pages(checked.site, touched, args.zones))
    return 1 if any(problem.is_error for problem in problems) else 0


def _generator_and_config(args: argparse.Namespace) -> tuple[StaticSiteGenerator, Path | None]:
    """The chosen static site generator and its base configuration; None (reported) when that file is missing."""
    ssg = choose(args.ssg)
    config: Path = args.config or Path(ssg.config_name)
    if config.is_file():
        return ssg, config
    print(f"{config}: 错误: 找不到 {ssg.name} 配置文件。请在项目根目录运行，或用 --config 指定 {ssg.config_name}。")
    return ssg, None


def _build(args: argparse.Namespace) -> int:
    ssg, config = _generator_and_config(args)
    if config is None:
        return 1
    try:
        result = pipeline.build(pipeline.Inputs(args.zones, args.content, args.site_url), args.today,
                                args.build_dir, config, args.out, args.check_links, ssg)
    except BuildLocked as locked:
        kind = "输出文件夹" if locked.folder == args.out else "构建文件夹（--build-dir）"
        print(f"{locked.folder}: 错误: 另一个构建正在写入这个{kind}。请等它结束后再运行，或给这次构建另指一个{kind}。")
        return 1
    if result.problems:
        _print_problems(result.problems)
    if result.has_errors:
        print(f"有错误，网站没有生成；{args.out} 保持原样。")
        return 1
    if not result.ok:
        print(for_terminal(result.ssg_output, keep_lines=True))
        print(f"错误: 生成网站失败（见上方输出）；{args.out} 保持原样。")
        return 1
    if result.site_reused:
        print(f"数据、页面和设置都没有改动：{args.out} 就是这次要生成的网站，直接沿用（构建日期 {args.today.isoformat()}）。")
        return 0
    stats = result.stats
    assert stats is not None
    for notice in result.notices:
        print(notice)
    print(f"网站已生成到 {args.out}：实验区 {result.summary['zones']} 个，报告 {result.summary['reports']} 篇"
          f"（Markdown 新写 {stats.written}，未变 {stats.unchanged}，删除 {stats.removed}），"
          f"构建日期 {args.today.isoformat()}。")
    return 0


def _preview(args: argparse.Namespace) -> int:
    from generator.site.preview import make_preview

    if not (args.site / "index.html").is_file():
        print(f"{args.site}: 错误: 这里没有生成好的网站。请先运行 showcase build，或用 --site 指定网站文件夹。")
        return 1
    pages = make_preview(args.site, args.out)
    print(f"预览已复制到 {args.out}（改写了 {pages} 个页面的链接）：双击其中的 index.html 即可浏览；预览中搜索不可用。")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from generator.serve import serve

    ssg, config = _generator_and_config(args)
    if config is None:
        return 1
    return serve(pipeline.Inputs(args.zones, args.content), args.today, args.build_dir, config, args.addr, ssg)


def _new_zone(args: argparse.Namespace) -> int:
    from generator import scaffold

    reference = _reference_or_report(args.content)
    if reference is None:
        return 1
    try:
        created = scaffold.new_zone(args.zones, args.code, reference, date.today())
    except scaffold.ScaffoldError as error:
        print(f"错误: {error}")
        return 1
    print(f"已创建 {created.path}。请打开它，填写标有“待填写”“请填写”的内容，然后运行 showcase validate 检查。")
    return 0


def _new_report(args: argparse.Namespace) -> int:
    from generator import scaffold
    from generator.load.zone_folders import load_zone

    reference = _reference_or_report(args.content)
    if reference is None:
        return 1
    try:
        scaffold.check_report_type(args.report_type)
        folder = scaffold.find_zone_folder(args.zones, args.zone, reference)
        zone, _ = load_zone(folder, {})
        created = scaffold.new_report(folder, args.report_type, args.year, args.title, zone, date.today(),
                                      args.report_date)
    except scaffold.ScaffoldError as error:
        print(f"错误: {error}")
        return 1
    print(f"已创建 {created.path}（草稿）。填写正文后删去 draft: true，再运行 showcase validate 检查。")
    return 0


def _reference_or_report(content: Path) -> Reference | None:
    from generator.load.reference import load_reference

    reference, problems = load_reference(content)
    if reference is None:
        _print_problems(problems)
    return reference


def _templates(args: argparse.Namespace) -> int:
    from generator import scaffold

    written = scaffold.write_templates(args.out)
    print(f"已更新 {len(written)} 个模板文件。" if written else "模板文件已是最新。")
    return 0


def _schemas(args: argparse.Namespace) -> int:
    from generator.contract.schemas import SCHEMAS, schema_text

    args.out.mkdir(parents=True, exist_ok=True)
    written = write_changed({args.out / name: schema_text(name) for name in SCHEMAS})
    print(f"已更新 {len(written)} 个 JSON Schema 文件。" if written else "JSON Schema 文件已是最新。")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    if getattr(args, "today", "unset") is None:
        args.today = date.today()
    handlers = {"validate": _validate, "build": _build, "preview": _preview, "serve": _serve, "new-zone": _new_zone,
                "new-report": _new_report, "templates": _templates, "schemas": _schemas}
    return handlers[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
