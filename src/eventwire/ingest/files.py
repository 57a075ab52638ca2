"""Opening inputs: plain or gzipped files and stdin, with the size limits applied early.

Why a module of its own: every reader needs the same refusal of oversized files
(by stat size, before reading) and the same handling of ``.gz``, and the work
one input can cause must be bounded while streaming: a 1 MB gzip can expand to
a gigabyte of newlines, so decompressed bytes, expansion ratio, lines and runs
of empty lines are counted as they are read and refused with E010.
"""
from __future__ import annotations

import gzip
import os
import sys
import zlib
from pathlib import Path
from typing import BinaryIO, Iterator

from ..config import Config
from .detect import check_size, input_error

STDIN = "-"
_CHUNK = 1 << 16
_RATIO_FLOOR = 10_000_000  # the expansion ratio is judged only past this many decompressed bytes


def is_gzip_name(path: str | os.PathLike[str]) -> bool:
    return str(path).lower().endswith(".gz")


def inner_suffix(path: str | os.PathLike[str]) -> str:
    """The format suffix, ignoring a final ``.gz``: ``a.jsonl.gz`` -> ``.jsonl``."""
    p = Path(path)
    if p.suffix.lower() == ".gz":
        p = p.with_suffix("")
    return p.suffix.lower()


def open_binary(path: str | os.PathLike[str], config: Config | None = None) -> BinaryIO:
    """Open a path (or ``-`` for stdin) for binary reading; ``.gz`` or gzip magic is decompressed.

    Raises InputError E007 (missing) or E008 (unreadable).
    """
    name = str(path)
    config = config or Config()
    if name == STDIN:
        raw: BinaryIO = sys.stdin.buffer
        return _maybe_gunzip(raw, name, config)
    try:
        fh: BinaryIO = open(path, "rb")
    except FileNotFoundError:
        raise input_error("E007", f"{name}: no such file") from None
    except IsADirectoryError:
        raise input_error("E008", f"{name}: is a directory") from None
    except OSError as exc:
        raise input_error("E008", f"{name}: cannot be read ({exc.strerror or exc})") from None
    return _maybe_gunzip(fh, name, config)


def _maybe_gunzip(fh: BinaryIO, name: str, config: Config) -> BinaryIO:
    peek = getattr(fh, "peek", None)
    try:
        head = peek(2)[:2] if peek else b""
    except OSError as exc:
        fh.close()
        raise input_error("E008", f"{name}: cannot be read ({exc.strerror or exc})") from None
    if head == b"\x1f\x8b" or (not head and is_gzip_name(name)):
        return BoundedGzip(fh, name, config)  # type: ignore[return-value]
    return fh


class _Counting:
    """The compressed stream, counting what gzip has read from it (a pipe has no ``tell``)."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw, self.read_bytes = raw, 0

    def read(self, n: int = -1) -> bytes:
        data = self.raw.read(n)
        self.read_bytes += len(data)
        return data

    def close(self) -> None:
        self.raw.close()


class BoundedGzip:
    """A gzip stream that refuses (E010) to expand past ``max_file_bytes`` or ``max_expansion`` times its input.

    Reads go through ``read``, ``readline`` and ``peek`` of a buffered GzipFile;
    truncated or corrupt data becomes E008.
    """

    def __init__(self, raw: BinaryIO, name: str, config: Config) -> None:
        self.raw, self.name = _Counting(raw), name
        self.limit, self.ratio = config.max_file_bytes, config.max_expansion
        self.gz = gzip.GzipFile(fileobj=self.raw, mode="rb")  # type: ignore[arg-type]
        self.out = 0

    def _guard(self, data: bytes) -> bytes:
        self.out += len(data)
        if self.out > self.limit:
            raise input_error("E010", f"{self.name}: decompresses to more than {self.limit:,} bytes (max_file_bytes)")
        if self.out > _RATIO_FLOOR:
            packed = max(self.raw.read_bytes, 1)
            if self.out > self.ratio * packed:
                raise input_error("E010", f"{self.name}: {packed:,} compressed bytes expand to over {self.out:,}: "
                                  f"more than {self.ratio}x (a decompression bomb; max_expansion in the config)")
        return data

    def _call(self, fn, *args) -> bytes:
        try:
            return fn(*args)
        except (OSError, EOFError, zlib.error) as exc:  # truncated or corrupt gzip
            raise input_error("E008", f"{self.name}: cannot be read further ({exc})") from None

    def read(self, n: int = -1) -> bytes:
        return self._guard(self._call(self.gz.read, n))

    def readline(self, n: int = -1) -> bytes:
        return self._guard(self._call(self.gz.readline, n))

    def peek(self, n: int) -> bytes:
        return self._call(self.gz.peek, n)

    def close(self) -> None:
        self.gz.close()
        self.raw.close()

    def __enter__(self) -> "BoundedGzip":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


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
    with open_binary(path, config) as fh:
        return read_stream(fh, name, config)


def read_stream(fh: BinaryIO, name: str, config: Config) -> bytes:
    """Read an open stream to its end, at most one byte past ``config.max_bytes`` (E002 beyond)."""
    try:
        data = fh.read(config.max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:  # bad gzip stream
        raise input_error("E008", f"{name}: cannot be read ({exc})") from None
    if len(data) > config.max_bytes:
        raise input_error(
            "E002",
            f"{name}: more than {config.max_bytes:,} bytes (the per-document limit; "
            "set max_bytes in the config to raise it).",
        )
    return data


def display_name(path: str | os.PathLike[str]) -> str:
    """The path for messages and the store; undecodable bytes of a file name become U+FFFD."""
    name = os.fspath(path)
    if name == STDIN:
        return "<stdin>"
    if isinstance(name, bytes):
        return name.decode("utf-8", "replace")
    return os.fsencode(name).decode("utf-8", "replace") if not name.isascii() else name


def iter_lines(fh: BinaryIO, limit: int, config: Config | None = None) -> Iterator[tuple[int, bytes | None]]:
    """Yield (line number, line bytes) lazily; a line longer than ``limit`` yields None.

    Over-long lines are skipped chunk by chunk, never held in memory whole.
    Empty lines are not yielded; more than ``max_blank_lines`` in a row, or
    more than ``max_lines`` in all, raise E010.
    """
    config = config or Config()
    lineno = blank = 0
    while True:
        line = _readline(fh, limit + 1, lineno)
        if not line:
            return
        lineno += 1
        if lineno > config.max_lines:
            raise input_error("E010", f"more than {config.max_lines:,} lines (max_lines in the config)")
        if len(line) > limit and not line.endswith(b"\n"):
            while True:
                rest = _readline(fh, _CHUNK, lineno)
                if not rest or rest.endswith(b"\n"):
                    break
            blank = 0
            yield lineno, None
            continue
        if not line.strip():
            blank += 1
            if blank > config.max_blank_lines:
                raise input_error("E010", f"more than {config.max_blank_lines:,} empty lines in a row after line "
                                  f"{lineno - blank} (max_blank_lines in the config)")
            continue
        blank = 0
        yield lineno, line


def _readline(fh: BinaryIO, n: int, lineno: int) -> bytes:
    try:
        return fh.readline(n)
    except (OSError, EOFError, zlib.error) as exc:  # bad gzip stream mid-file
        raise input_error("E008", f"cannot read further after line {lineno} ({exc})") from None
