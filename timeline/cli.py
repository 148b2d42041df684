"""Thin command-line layer: parse arguments, build Settings, call the library, turn errors into messages."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, TextIO

from timeline.errors import TimelineError
from timeline.models import ArticleProblem
from timeline.settings import ALL_FORMATS, CorpusColumns, ExportFormat, Settings

if TYPE_CHECKING:
    from timeline.evaluate.timeml import TimeMLReport

PROG = "timeline"


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _formats(text: str) -> tuple[ExportFormat, ...]:
    names = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [n for n in names if n not in ALL_FORMATS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown format(s) {', '.join(unknown) or '(none)'}; choose from {','.join(ALL_FORMATS)}"
        )
    return tuple(dict.fromkeys(names))  # type: ignore[arg-type]


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders (recursive) or globs; corpus files")
    p.add_argument("--date", type=_iso_date, help="publication date for articles that state none (YYYY-MM-DD)")
    p.add_argument("--strict", action="store_true", help="any article that cannot be loaded or dated is fatal")
    p.add_argument("--language", default="en", help="language of the articles' resources (default: en)")
    for col in ("id", "text", "date", "title", "source", "url"):
        p.add_argument(
            f"--{col}-column",
            default=getattr(CorpusColumns(), col),
            metavar="NAME",
            help=f"column holding the article {col} in corpus files (default: {getattr(CorpusColumns(), col)})",
        )


def _settings(args: argparse.Namespace, **extra: object) -> Settings:
    columns = CorpusColumns(
        id=args.id_column,
        text=args.text_column,
        date=args.date_column,
        title=args.title_column,
        source=args.source_column,
        url=args.url_column,
    )
    return Settings(
        language=args.language,
        default_date=args.date,
        strict=args.strict,
        corpus_columns=columns,
        **extra,
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _report(problems: Sequence[ArticleProblem], err: TextIO) -> None:
    for p in problems:
        where = p.path if p.line is None else f"{p.path}:{p.line}"
        print(f"{PROG}: skipped {where}: {p.message}", file=err)


def cmd_build(args: argparse.Namespace) -> int:
    from timeline.pipeline import build

    extra: dict[str, object] = {"formats": args.format, "merge_threshold": args.merge_threshold}
    if args.calendar_granularities:
        extra["calendar_granularities"] = frozenset(args.calendar_granularities.split(","))
    if args.calendar_name:
        extra["calendar_name"] = args.calendar_name
    settings = _settings(args, **extra)
    timeline, written = build(args.inputs, args.output, settings)
    _report(timeline.generated_from.problems, sys.stderr)
    for path in written:
        print(path)
    print(
        f"{PROG}: {_count(len(timeline.events), 'event')} from {_count(len(timeline.articles), 'article')}"
        f" -> {args.output}",
        file=sys.stderr,
    )
    return 0


def cmd_articles(args: argparse.Namespace) -> int:
    from timeline.articles import load_articles

    loaded = load_articles(args.inputs, _settings(args))
    _report(loaded.problems, sys.stderr)
    if args.json:
        rows = [a.model_dump(mode="json", exclude={"text"}) for a in loaded.articles]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        for a in loaded.articles:
            print(f"{a.id}\t{a.published.isoformat()}\t{a.published_from.value}\t{a.title or ''}")
    return 0 if loaded.articles else 3


def cmd_tag(args: argparse.Namespace) -> int:
    from timeline.articles import load_articles
    from timeline.temporal import tag_article
    from timeline.temporal.output import render_tag_json, render_timeml

    settings = _settings(args)
    loaded = load_articles(args.inputs, settings)
    _report(loaded.problems, sys.stderr)
    tagged = [(a, tag_article(a, settings)) for a in loaded.articles]
    if args.format == "timeml":
        for article, timexes in tagged:
            sys.stdout.write(render_timeml(article, timexes))
    else:
        sys.stdout.write(render_tag_json(tagged))
    return 0 if loaded.articles else 3


def cmd_show(args: argparse.Namespace) -> int:
    from timeline.pipeline import run
    from timeline.show import format_timeline

    timeline = run(args.inputs, _settings(args))
    _report(timeline.generated_from.problems, sys.stderr)
    sys.stdout.write(format_timeline(timeline))
    return 0


def _print_evaluation(report: TimeMLReport, args: argparse.Namespace) -> None:
    """The report as text or JSON; --kind keeps only the wrong values of that kind in the error list."""
    from timeline.evaluate.timeml import format_report, only_value_kind

    if args.json:
        if args.kind is not None:
            report = report.model_copy(update={"errors": only_value_kind(report.errors, args.kind)})
        print(report.model_dump_json(indent=2))
    else:
        sys.stdout.write(format_report(report, max_errors=args.errors, value_kind=args.kind))


def cmd_evaluate_timeml(args: argparse.Namespace) -> int:
    from timeline.evaluate.timeml import evaluate_timeml

    _print_evaluation(evaluate_timeml(args.dirs, Settings(language=args.language)), args)
    return 0


def cmd_evaluate_cat(args: argparse.Namespace) -> int:
    from timeline.evaluate.cat import read_cat_corpus
    from timeline.evaluate.timeml import evaluate_documents

    documents = read_cat_corpus(args.dirs)
    _print_evaluation(evaluate_documents(documents, Settings(language=args.language), inputs=list(args.dirs)), args)
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from timeline.export.json import json_schema

    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return 0


def _add_evaluation_options(e: argparse.ArgumentParser, files_help: str) -> None:
    from timeline.evaluate.timeml import VALUE_KINDS

    e.add_argument("dirs", nargs="+", metavar="DIR", help=files_help)
    e.add_argument("--errors", type=int, default=50, metavar="N", help="list at most N errors (default: 50)")
    e.add_argument("--language", default="en")
    e.add_argument("--json", action="store_true", help="print the report as JSON")
    e.add_argument(
        "--kind",
        choices=VALUE_KINDS,
        help="list only the wrong values of this kind (a secondary diagnosis; the scores stay the same)",
    )


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Read news articles and build a normalized, de-duplicated event timeline."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("build", help="run the whole pipeline and write the exports")
    _add_input_options(p)
    p.add_argument("-o", "--output", default="exports", metavar="DIR", help="output folder (default: exports)")
    p.add_argument(
        "--format",
        type=_formats,
        default=ALL_FORMATS,
        help=f"comma-separated exports to write (default: {','.join(ALL_FORMATS)})",
    )
    p.add_argument(
        "--merge-threshold",
        type=float,
        default=Settings().merge_threshold,
        metavar="X",
        help="de-duplication strictness, 0..1: higher merges less (default: %(default)s)",
    )
    p.add_argument(
        "--calendar-granularities",
        metavar="LIST",
        help="granularities put into the .ics (default: minute,hour,part_of_day,day,week,month,season,quarter)",
    )
    p.add_argument("--calendar-name", metavar="NAME", help="calendar name written into the .ics")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("articles", help="list the articles with their dates and where each date came from")
    _add_input_options(p)
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(func=cmd_articles)

    p = sub.add_parser("tag", help="print every temporal expression found")
    _add_input_options(p)
    p.add_argument("--format", choices=("json", "timeml"), default="json", help="output format (default: json)")
    p.set_defaults(func=cmd_tag)

    p = sub.add_parser("show", help="print the timeline readably")
    _add_input_options(p)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("evaluate", help="score the temporal tagger on gold-annotated corpora")
    esub = p.add_subparsers(dest="corpus_format", required=True, metavar="FORMAT")
    e = esub.add_parser("timeml", help="TempEval-3 measures on TimeML files (DCT + TEXT with TIMEX3)")
    _add_evaluation_options(e, "folders or .tml files")
    e.set_defaults(func=cmd_evaluate_timeml)
    e = esub.add_parser("cat", help="the same measures on MEANTIME CAT XML files (held-out news)")
    _add_evaluation_options(e, "folders or .xml files")
    e.set_defaults(func=cmd_evaluate_cat)

    p = sub.add_parser("schema", help="print the JSON Schema of timeline.json")
    p.set_defaults(func=cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except TimelineError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
