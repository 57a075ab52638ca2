"""Opening inputs: plain or gzipped files and stdin, with the size limit applied early.

Why a module of its own: every reader needs the same refusal of oversized files
(by stat size, before reading) and the same handling of ``.gz``.
"""
from __future__ import annotations

import gzip
import os
import sys
from pathlib import Path
from typing import BinaryIO, Iterator

from ..config import Config
from .detect import check_size, input_error

STDIN = "-"
_CHUNK = 1 << 16


def is_gzip_name(path: str | os.PathLike[str]) -> bool:
    return str(path).lower().endswith(".gz")


def inner_suffix(path: str | os.PathLike[str]) -> str:
    """The format suffix, ignoring a final ``.gz``: ``a.jsonl.gz`` -> ``.jsonl``."""
    p = Path(path)
    if p.suffix.lower() == ".gz":
        p = p.with_suffix("")
    return p.suffix.lower()


def open_binary(path: str | os.PathLike[str]) -> BinaryIO:
    """Open a path (or ``-`` for stdin) for binary reading; ``.gz`` or gzip magic is decompressed.

    Raises InputError E007 (missing) or E008 (unreadable).
    """
    name = str(path)
    if name == STDIN:
        raw: BinaryIO = sys.stdin.buffer
        return _maybe_gunzip(raw, name)
    try:
        fh: BinaryIO = open(path, "rb")
    except FileNotFoundError:
        raise input_error("E007", f"{name}: no such file") from None
    except IsADirectoryError:
        raise input_error("E008", f"{name}: is a directory") from None
    except OSError as exc:
        raise input_error("E008", f"{name}: cannot be read ({exc.strerror or exc})") from None
    return _maybe_gunzip(fh, name)


def _maybe_gunzip(fh: BinaryIO, name: str) -> BinaryIO:
    peek = getattr(fh, "peek", None)
    head = peek(2)[:2] if peek else b""
    if head == b"\x1f\x8b" or (not head and is_gzip_name(name)):
        return gzip.GzipFile(fileobj=fh, mode="rb")  # type: ignore[return-value]
    return fh


def read_limited(path: str | os.PathLike[str], config: Config) -> bytes:
    """Read one document's bytes, refusing it (E002) when over ``config.max_bytes``.

    Plain files are refused by their stat size without being read; compressed
    data and stdin are read at most one byte past the limit.
    """
    name = str(path)
    if name != STDIN and not is_gzip_name(name):
        try:
            size = os.stat(path).st_size
        except FileNotFoundError:
            raise input_error("E007", f"{name}: no such file") from None
        except OSError as exc:
            raise input_error("E008", f"{name}: cannot be read ({exc.strerror or exc})") from None
        check_size(size, config.max_bytes, name)
    with open_binary(path) as fh:
        return read_stream(fh, name, config)


def read_stream(fh: BinaryIO, name: str, config: Config) -> bytes:
    """Read an open stream to its end, at most one byte past ``config.max_bytes`` (E002 beyond)."""
    try:
        data = fh.read(config.max_bytes + 1)
    except (OSError, EOFError) as exc:  # bad gzip stream
        raise input_error("E008", f"{name}: cannot be read ({exc})") from None
    if len(data) > config.max_bytes:
        raise input_error(
            "E002",
            f"{name}: more than {config.max_bytes:,} bytes (the per-document limit; "
            "set max_bytes in the config to raise it).",
        )
    return data


def display_name(path: str | os.PathLike[str]) -> str:
    return "<stdin>" if str(path) == STDIN else str(path)


def iter_lines(fh: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Yield (line number, line bytes) lazily; a line longer than ``limit`` yields None.

    Over-long lines are skipped chunk by chunk, never held in memory whole.
    """
    lineno = 0
    while True:
        try:
            line = fh.readline(limit + 1)
        except (OSError, EOFError) as exc:  # bad gzip stream mid-file
            raise input_error("E008", f"cannot read further after line {lineno} ({exc})") from None
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:
                rest = fh.readline(_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield lineno, None
            continue
        yield lineno, line

