"""`eventwire code`: code articles and print their events."""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from dataclasses import replace
from typing import IO, Iterable, Iterator

from .cli_args import out_file, pub_date
from .config import Config
from .records import Article, CodedArticle, Rejected
from .serialize import event_to_dict

FORMATS = ("table", "json", "events", "csv")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "code",
        help="code articles into events and print them",
        description="Code news articles (text, HTML, JSON Lines; .gz too) into CAMEO/PLOVER events. Reads stdin when no file is given.",
    )
    p.add_argument("files", nargs="*", help="files, directories or globs; '-' or nothing for stdin")
    p.add_argument("--pub-date", type=pub_date, help="publication date YYYY-MM-DD for articles that do not carry one")
    p.add_argument("--format", choices=FORMATS, default="table", help="table (default), json (one article per line), events (one event per line), csv")
    p.add_argument("--out", type=out_file, help="write to this file instead of stdout")
    p.set_defaults(func=run)


def with_pub_date(items: Iterable[Article | Rejected], pub_date: dt.date | None) -> Iterator[Article | Rejected]:
    for item in items:
        if isinstance(item, Article) and item.pub_date is None and pub_date is not None:
            item = replace(item, pub_date=pub_date, pub_date_source="given")
        yield item


def _note_undated(results: Iterable[CodedArticle], undated: list[str]) -> Iterator[CodedArticle]:
    for coded in results:
        if coded.ok and coded.article.pub_date is None:
            undated.append(coded.article.source or coded.article.id)
        yield coded


def code_items(items: Iterable[Article | Rejected], config: Config) -> Iterator[CodedArticle]:
    """Code readers' output in order; rejected inputs come back as failed CodedArticles."""
    from .pipeline import Pipeline

    pipeline: Pipeline | None = None
    pending: list[Article] = []

    def flush() -> Iterator[CodedArticle]:
        nonlocal pipeline
        if pending:
            pipeline = pipeline or Pipeline(config)
            yield from pipeline.code_many(list(pending))
            pending.clear()

    for item in items:
        if isinstance(item, Rejected):
            yield from flush()
            yield CodedArticle(article=Article(text="", id=item.raw_id, source=item.source), structure=None, errors=(item.error,))
        else:
            pending.append(item)
            if len(pending) >= config.batch_size:
                yield from flush()
    yield from flush()


def _actor_str(actor) -> str:
    return actor.code if actor is not None else "-"


def _csv_cell(v: object) -> object:
    return v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v


def _print_table(results: Iterable[CodedArticle], out: IO[str]) -> int:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=160 if not out.isatty() else None)
    failed = 0
    for coded in results:
        title = (coded.structure.headline if coded.structure else None) or coded.article.title or coded.article.source or coded.article.id
        if coded.errors:
            failed += 1
            for err in coded.errors:
                console.print(f"[red]{coded.article.source or coded.article.id}: [{err.code}] {err.kind}: {err.message}[/red]")
            continue
        table = Table(title=f"{title}  ({len(coded.events)} events, {len(coded.quotes)} quotes)", show_lines=False)
        for col in ("date", "source", "code", "event", "target", "mod", "cue / rule", "trigger"):
            table.add_column(col, overflow="fold")
        for ev in coded.events:
            table.add_row(
                ev.date.value or "-",
                f"{_actor_str(ev.source)} {ev.source.name or ev.source.text if ev.source else ''}".strip(),
                f"{ev.code} {ev.plover_type or ''}".strip(),
                ev.name,
                f"{_actor_str(ev.target)} {ev.target.name or ev.target.text if ev.target else ''}".strip(),
                ev.modality,
                f"{ev.cue} / {ev.rule}",
                ev.trigger,
            )
        console.print(table)
        for q in coded.quotes:
            who = q.speaker.code + " " + (q.speaker.name or q.speaker.text) if q.speaker else "unattributed"
            console.print(f"  [dim]quote[/dim] {who}: \u201c{q.text[:90]}{'...' if len(q.text) > 90 else ''}\u201d")
    return failed


def write_results(results: Iterable[CodedArticle], fmt: str, out: IO[str]) -> int:
    """Write coded articles in one of FORMATS; returns the number of failed documents."""
    if fmt == "table":
        return _print_table(results, out)
    from .store.rows import EVENT_CSV_COLUMNS, event_csv_rows

    failed = 0
    writer = None
    if fmt == "csv":  # the store's event layout (SCHEMA.md), so every CSV of events reads alike
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(EVENT_CSV_COLUMNS)
    for coded in results:
        if coded.errors:
            failed += 1
            for err in coded.errors:
                print(f"eventwire: {coded.article.source or coded.article.id}: [{err.code}] {err.kind}: {err.message}", file=sys.stderr)
        if fmt == "json":
            out.write(json.dumps(coded.to_dict(), ensure_ascii=False) + "\n")
        elif fmt == "events":
            for ev in coded.events:
                out.write(json.dumps({"doc_id": coded.article.id, **event_to_dict(ev)}, ensure_ascii=False) + "\n")
        elif writer is not None and coded.ok:
            writer.writerows([_csv_cell(v) for v in row] for row in event_csv_rows(coded))
    return failed


def run(args: argparse.Namespace) -> int:
    from .ingest import read_paths

    config = Config.from_file(args.config)
    paths = args.files or ["-"]
    undated: list[str] = []
    results = _note_undated(code_items(with_pub_date(read_paths(paths, config=config), args.pub_date), config), undated)
    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="") as fh:
            failed = write_results(results, args.format, fh)
    else:
        failed = write_results(results, args.format, sys.stdout)
    if undated:
        print(f"eventwire: {len(undated)} document(s) had no publication date, so events without a date of their "
              f"own are undated (give --pub-date): {', '.join(undated[:5])}{' ...' if len(undated) > 5 else ''}",
              file=sys.stderr)
    if failed:
        print(f"eventwire: {failed} document(s) failed", file=sys.stderr)
    return 1 if failed else 0
