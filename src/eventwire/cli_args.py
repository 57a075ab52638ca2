"""Argument types for the CLI: every option is checked where it is parsed, with a clear message.

Why a module of its own: the commands live beside the code they drive
(``cli_code.py``, ``store/cli.py``, ``eval/cli.py``) but must refuse the same
hostile values (absurd numbers, empty filters, an output path that is a
directory) the same way, as argparse errors (exit 2), never as tracebacks.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
from typing import Callable

MAX_INT = 2**63 - 1  # DuckDB BIGINT: a LIMIT beyond it overflows


def bounded_int(least: int = 1, most: int = MAX_INT) -> Callable[[str], int]:
    """An integer in [least, most]."""

    def parse(value: str) -> int:
        try:
            n = int(value.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(f"not an integer: {value!r}") from None
        if n < least or n > most:
            raise argparse.ArgumentTypeError(f"must be between {least} and {most:,}, got {value}")
        return n

    parse.__name__ = "integer"
    return parse


def positive(value: str) -> int:
    return bounded_int(1)(value)


def nonempty(value: str) -> str:
    """A filter value: an empty or blank one would silently filter nothing."""
    if not value.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    if any(c in value for c in "\x00\n\r"):
        raise argparse.ArgumentTypeError("must not contain NUL or line breaks")
    return value.strip()


def iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def pub_date(value: str) -> dt.date:
    """A publication date in any form ``dates.parse_pub_date`` reads (ISO, RFC 2822, '27 November 2015')."""
    from .dates import parse_pub_date

    try:
        return parse_pub_date(value)
    except (ValueError, OverflowError) as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date: {exc}") from None


def out_file(value: str) -> str:
    """A file to write: not a directory, and its directory must exist."""
    if not value.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    if os.path.isdir(value):
        raise argparse.ArgumentTypeError(f"{value} is a directory; give a file name")
    parent = os.path.dirname(os.path.abspath(value))
    if not os.path.isdir(parent):
        raise argparse.ArgumentTypeError(f"directory {parent} does not exist")
    return value


def out_dir(value: str) -> str:
    """A directory to write into: may not exist yet, but must not be a file."""
    if not value.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    if os.path.exists(value) and not os.path.isdir(value):
        raise argparse.ArgumentTypeError(f"{value} exists and is not a directory")
    return value


def db_path(value: str) -> str:
    if not value.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    if os.path.isdir(value):
        raise argparse.ArgumentTypeError(f"{value} is a directory; give the DuckDB store file")
    return value
