"""`eventwire ingest | events | dyads | export`: the store's commands (a thin layer)."""
from __future__ import annotations

import argparse
import contextlib
import json
import sys
import threading
from pathlib import Path

from ..cli_args import bounded_int, db_path, iso_date, nonempty, out_dir, out_file, positive, pub_date
from ..config import Config
from .db import DEFAULT_DB, Store, StoreError, connect
from .export import FORMATS as EXPORT_FORMATS

_DB_HELP = f"DuckDB store file (default: {DEFAULT_DB} in the working directory)"


_date = iso_date
_positive = positive


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ingest",
        help="code a corpus into a DuckDB event dataset (resumable, idempotent)",
        description="Code files, directories (recursive) and globs of .txt/.html/.jsonl (and .gz) into a DuckDB "
        "store, link reports of the same event, and record failures in the rejects table. Rerunning the same "
        "command adds only what is missing, so a killed run can simply be restarted.",
    )
    p.add_argument("paths", nargs="+", help="files, directories or globs ('-' for stdin)")
    p.add_argument("--db", type=db_path, help=f"{_DB_HELP}; with --engine ray, no store unless given")
    p.add_argument("--pub-date", type=pub_date, help="publication date for documents that carry none "
                   "(no record field, HTML metadata or dated dateline); recorded as pub_date_source 'given'")
    p.add_argument("--workers", type=bounded_int(1, 256), default=1,
                   help="coding processes, or Ray coding actors with --engine ray (default 1: code in this process)")
    p.add_argument("--batch-size", type=bounded_int(1, 100_000),
                   help="articles per transaction (default 64); with --engine ray, per shard (default 32)")
    p.add_argument("--report", type=out_file, metavar="FILE",
                   help="write what became of every input document (stored, duplicate or rejected) as JSON Lines")
    p.add_argument("--quiet", action="store_true", help="no progress output")
    from ..scale.cli import add_arguments as add_scale_arguments

    add_scale_arguments(p)
    p.set_defaults(func=run_ingest)

    p = sub.add_parser(
        "events",
        help="list stored events or clusters",
        description="List event mentions (or, with --clusters, real-world events) from the store.",
    )
    _db(p)
    p.add_argument("--since", type=_date, help="events on or after this date")
    p.add_argument("--until", type=_date, help="events on or before this date")
    p.add_argument("--source", type=nonempty, help="source country (USA) or actor code prefix (USAGOV)")
    p.add_argument("--target", type=nonempty, help="target country or actor code prefix")
    p.add_argument("--country", type=nonempty, help="source, target or place country")
    p.add_argument("--root", type=nonempty, help="CAMEO root code, e.g. 04")
    p.add_argument("--code", type=nonempty, help="CAMEO code prefix, e.g. 043")
    p.add_argument("--quad", type=int, choices=(1, 2, 3, 4), help="quad class")
    p.add_argument("--cluster", type=nonempty, help="cluster id or GLOBALEVENTID")
    p.add_argument("--clusters", action="store_true", help="list clusters (real-world events) instead of mentions")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table", help="output format")
    p.add_argument("--limit", type=_positive, help="at most this many rows")
    p.set_defaults(func=run_events)

    p = sub.add_parser(
        "dyads",
        help="event counts and mean Goldstein per country pair and period",
        description="Count real-world events (clusters) and their reports per source/target country pair and "
        "period, with the mean Goldstein score.",
    )
    _db(p)
    p.add_argument("--by", choices=("day", "week", "month"), default="day", help="period (default day)")
    p.add_argument("--since", type=_date, help="on or after this date")
    p.add_argument("--until", type=_date, help="on or before this date")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table", help="output format")
    p.set_defaults(func=run_dyads)

    p = sub.add_parser(
        "export",
        help="export the store as Parquet, CSV, JSON Lines or GDELT 2.0 files",
        description="Write every table to DIR (Parquet by default), or GDELT 2.0 Events and Mentions files "
        "(--format gdelt; see SCHEMA.md for what goes in each GDELT column).",
    )
    _db(p)
    p.add_argument("--format", choices=EXPORT_FORMATS, default="parquet", help="output format (default parquet)")
    p.add_argument("--out", type=out_dir, required=True, help="output directory (created if missing)")
    p.set_defaults(func=run_export)


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=db_path, default=DEFAULT_DB, help=_DB_HELP)


def _config(args: argparse.Namespace) -> Config:
    return Config.from_file(getattr(args, "config", None))


def run_ingest(args: argparse.Namespace) -> int:
    from ..cli_code import with_pub_date
    from ..ingest import read_paths
    from .ingest import ingest_items
    from .progress import make_progress

    config = _config(args)
    if args.engine == "ray":
        from ..scale.cli import run_ray_ingest

        return run_ray_ingest(args, config)
    try:
        store = Store(args.db or DEFAULT_DB, link_window_days=config.link_window_days)
    except StoreError as exc:
        print(f"eventwire ingest: {exc}", file=sys.stderr)
        return 1
    with store, _outcome_log(args.report) as sink:
        progress = make_progress(args.paths, quiet=args.quiet)
        report = ingest_items(
            with_pub_date(read_paths(args.paths, config=config), args.pub_date), store, config=config,
            workers=args.workers, batch_size=args.batch_size, progress=progress, on_outcome=sink,
        )
    print(report.summary())
    if not report.ok:
        print(f"eventwire ingest: {report.rejected} input(s) rejected; see the rejects table"
              + (f" and {args.report}" if args.report else ""), file=sys.stderr)
    return 0 if report.ok else 1


@contextlib.contextmanager
def _outcome_log(path: str | None):
    """A sink writing one JSON line per input document to ``path`` (nothing without one)."""
    if path is None:
        yield None
        return
    lock = threading.Lock()  # outcomes come from the reading thread and the writer thread

    with open(path, "w", encoding="utf-8") as fh:
        def write(outcome) -> None:
            line = json.dumps(outcome.to_dict(), ensure_ascii=False) + "\n"
            with lock:
                fh.write(line)

        yield write


def _open_read(args: argparse.Namespace):
    if not Path(args.db).exists():
        raise StoreError("E304", f"no store at {args.db}; run `eventwire ingest` first or pass --db")
    return connect(args.db, read_only=True)


def _guard(fn):
    def wrapped(args: argparse.Namespace) -> int:
        try:
            return fn(args)
        except (StoreError, ValueError) as exc:
            print(f"eventwire {args.command}: {exc}", file=sys.stderr)
            return 1

    wrapped.__name__ = fn.__name__
    wrapped.__doc__ = fn.__doc__
    return wrapped


@_guard
def run_events(args: argparse.Namespace) -> int:
    from .query import CLUSTER_TABLE_COLUMNS, EVENT_TABLE_COLUMNS, EventFilter, query_clusters, query_events, write_result

    f = EventFilter(
        since=args.since, until=args.until, source=args.source, target=args.target, country=args.country,
        root=args.root, code=args.code, quad=args.quad, cluster=args.cluster,
    )
    con = _open_read(args)
    try:
        if args.clusters:
            cols, rows = query_clusters(con, f, limit=args.limit)
            keep = CLUSTER_TABLE_COLUMNS
        else:
            cols, rows = query_events(con, f, limit=args.limit)
            keep = EVENT_TABLE_COLUMNS
    finally:
        con.close()
    write_result(cols, rows, args.format, sys.stdout, table_columns=keep)
    return 0


@_guard
def run_dyads(args: argparse.Namespace) -> int:
    from .query import query_dyads, write_result

    con = _open_read(args)
    try:
        cols, rows = query_dyads(con, by=args.by, since=args.since, until=args.until)
    finally:
        con.close()
    write_result(cols, rows, args.format, sys.stdout)
    return 0


@_guard
def run_export(args: argparse.Namespace) -> int:
    from .export import export

    con = _open_read(args)
    try:
        written = export(con, args.out, args.format)
    finally:
        con.close()
    for name, n in written.items():
        print(f"{Path(args.out) / name}: {n} rows")
    return 0
