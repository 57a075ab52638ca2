"""`eventwire ingest --engine ray`: the Ray side of the ingest command (a thin layer over ``ingest_ray``)."""
from __future__ import annotations

import argparse
import sys

from ..config import Config

DEFAULT_OUT = "eventwire-shards"


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The ingest options that only the Ray engine reads."""
    p.add_argument(
        "--engine", choices=("local", "ray"), default="local",
        help="local: code in this machine's processes into --db (default); ray: code on a Ray cluster into "
        "Parquet shards under --out, then load them into --db if given (needs pip install 'eventwire[ray]')",
    )
    p.add_argument(
        "--ray-address", metavar="ADDRESS",
        help="Ray cluster to join (auto, ray://HOST:10001, HOST:6379); default: start a local Ray on this machine",
    )
    p.add_argument("--out", help=f"--engine ray: directory of the Parquet shards (default {DEFAULT_OUT})")


def run_ray_ingest(args: argparse.Namespace, config: Config) -> int:
    from ..store.db import StoreError
    from ..store.progress import make_progress
    from .ray_engine import RayEngineError, ingest_ray, require_ray

    if args.report:
        print("eventwire ingest: --report is not supported with --engine ray yet (the shards' inputs index and "
              "the rejects table say what became of each input)", file=sys.stderr)
        return 2
    try:
        require_ray()
        progress = make_progress(args.paths, quiet=args.quiet)
        report = ingest_ray(
            args.paths, args.out or DEFAULT_OUT, db=args.db, config=config, workers=args.workers,
            address=args.ray_address, batch_size=args.batch_size, progress=progress, pub_date=args.pub_date,
        )
    except (RayEngineError, StoreError) as exc:
        print(f"eventwire ingest: {exc}", file=sys.stderr)
        return 1
    print(report.summary())
    if not report.ok:
        print(f"eventwire ingest: {report.rejected} input(s) rejected; see the rejects table", file=sys.stderr)
    return 0 if report.ok else 1
