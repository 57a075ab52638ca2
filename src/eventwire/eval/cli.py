"""``eventwire eval GOLD``: score the coder against a gold file; the gate's CLI.

Exit codes: 0 done (or gate passed), 1 gate failed or update refused,
2 bad input (unreadable gold or floors file).
"""
from __future__ import annotations

import argparse
import json
import sys

from ..cli_args import positive
from ..config import Config
from ..errors import EventwireError
from .floors import FloorsError, check_floors, default_floors_path, load_floors, update_floors
from .plv import evaluate_plv, is_plv
from .report import error_lines, plv_error_lines, plv_tables, print_rich, render_plain, summary_tables
from .run import evaluate


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "eval",
        help="score event coding against a gold file (shared/gold/SCORING.md)",
        description="Code the documents of a gold file (PLOVER records or the article format, detected from "
                    "the content) and report root/triple precision, recall, F1, role accuracy and code-exact "
                    "rate. With --check-floors or --update-floors it is the quality gate.",
    )
    p.add_argument("gold", help="gold file, e.g. ../shared/gold/plover_gsr_dev.json")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--errors", action="store_true", help="list every miss and every false positive")
    p.add_argument("--by-category", action="store_true", help="per-category recall and a confusion matrix")
    p.add_argument("--limit", type=positive, metavar="N", help="score the first N gold documents only")
    p.add_argument("--floors", metavar="PATH", help="floors file (default: quality/floors.json of the repository)")
    p.add_argument("--check-floors", action="store_true", help="exit 1 when a figure is below its pinned floor")
    p.add_argument("--update-floors", action="store_true",
                   help="pin the current figures (rounded down to 3 decimals) as floors; never lowers one "
                        "unless --allow-lower --reason is given")
    p.add_argument("--allow-lower", action="store_true", help="with --update-floors: allow lowering a floor")
    p.add_argument("--reason", help="with --allow-lower: why, recorded in the floors file")
    p.set_defaults(func=run_eval)


def run_eval(args: argparse.Namespace) -> int:
    if args.update_floors and args.limit is not None:
        print("[E076] --update-floors needs the whole gold file; drop --limit", file=sys.stderr)
        return 2
    try:
        config = Config.from_file(getattr(args, "config", None))
        plv = is_plv(_head(args.gold))
        run = evaluate_plv if plv else evaluate
        result = run(args.gold, config=config, limit=args.limit)
    except (EventwireError, OSError, ValueError) as exc:
        print(f"eventwire eval: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result.to_dict(errors=args.errors), indent=2, ensure_ascii=False))
    else:
        tables = (plv_tables if plv else summary_tables)(result, by_category=args.by_category)
        if sys.stdout.isatty():
            print_rich(tables)
        else:
            print(render_plain(tables))
        if args.errors:
            print("\n".join(plv_error_lines(result) if plv else error_lines(result.errors)))
    return _gate(args, result)


def _head(path: str) -> bytes:
    """The first bytes of the gold file, to tell its format; empty when it cannot be read
    (the loader then says why)."""
    try:
        with open(path, "rb") as f:
            return f.read(4096)
    except OSError:
        return b""


def _gate(args: argparse.Namespace, result) -> int:
    if not (args.check_floors or args.update_floors):
        return 0
    path = args.floors or default_floors_path()
    try:
        if args.update_floors:
            changes = update_floors(path, result, allow_lower=args.allow_lower, reason=args.reason)
            for c in changes:
                print(f"floor {c.metric}: {c.old} -> {c.new}", file=sys.stderr)
            print(f"{path}: {len(changes)} floor(s) changed for {result.gold_name}", file=sys.stderr)
            return 0
        failures = check_floors(result, load_floors(path).get(result.gold_name), gold_arg=args.gold)
    except FloorsError as exc:
        print(f"eventwire eval: {exc}", file=sys.stderr)
        return 1
    for f in failures:
        print(f"GATE FAILED: {f}", file=sys.stderr)
    return 1 if failures else 0
