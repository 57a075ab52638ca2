"""Command line: a thin layer over the library.

Each command group lives beside the code it drives and registers itself here
through a ``register(subparsers)`` function.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from .errors import EventwireError

COMMAND_MODULES = ("eventwire.cli_code", "eventwire.eval.cli", "eventwire.store.cli", "eventwire.web.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventwire",
        description="Turn news articles into explained, dated political event data (CAMEO and PLOVER).",
    )
    parser.add_argument("--config", help="TOML file overlaying the packaged defaults")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except (EventwireError, OSError, ValueError) as exc:  # the edge: a message, never a traceback
        print(f"eventwire {args.command}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
