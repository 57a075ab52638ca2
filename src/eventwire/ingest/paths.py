"""``read_paths``: expand paths, directories and globs; dispatch each file to its reader.

Why generators all the way down: a corpus directory may hold millions of
records; only one file (and for JSON Lines one line) is in memory at a time.
"""
from __future__ import annotations

import glob
import os
from typing import BinaryIO, Callable, Iterable, Iterator

from ..config import Config
from ..errors import InputError
from ..records import Article, Rejected
from .detect import input_error
from .files import STDIN, display_name, inner_suffix, open_binary, read_limited, read_stream
from .html import html_from_bytes
from .jsonl import iter_json_bytes, iter_jsonl, iter_jsonl_stream, rejected
from .text import text_from_bytes

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
JSON_SUFFIXES = frozenset({".json"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES
_GLOB_CHARS = frozenset("*?[")


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """Files in a stable order: directories recursively (sorted; hidden entries and
    files of unknown type skipped), glob patterns (sorted), ``-`` as is.

    A path that does not exist and matches nothing is passed on, so its reader reports it.
    """
    for path in paths:
        name = os.fspath(path)
        if name == STDIN:
            yield name
        elif os.path.isdir(name):
            yield from _walk(name)
        elif not os.path.exists(name) and _GLOB_CHARS & set(name):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                yield name
            for match in matches:
                yield from (_walk(match) if os.path.isdir(match) else [match])
        else:
            yield name


def _walk(directory: str) -> Iterator[str]:
    """Depth-first, entries sorted by name at each level (files and folders interleaved).

    An explicit stack, not recursion: a hostile tree thousands of levels deep
    must not end the run with a RecursionError. Symlinked directories are not
    followed (no loops); a folder that cannot be listed is passed on so its
    reader reports why.
    """
    stack: list[tuple[bool, str]] = [(True, directory)]
    while stack:
        is_dir, path = stack.pop()
        if not is_dir:
            yield path
            continue
        try:
            entries = sorted(os.scandir(path), key=lambda e: e.name)
        except OSError:
            yield path
            continue
        items = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                sub = entry.is_dir(follow_symlinks=False)
            except OSError:
                sub = False
            if sub or inner_suffix(entry.name) in KNOWN_SUFFIXES:
                items.append((sub, entry.path))
        stack.extend(reversed(items))


def read_paths(
    paths: Iterable[str | os.PathLike[str]], *, config: Config | None = None, check: bool = True
) -> Iterator[Article | Rejected]:
    """Yield an Article or a Rejected record for every document under ``paths``.

    ``check`` runs the input checks (``check_text``) in the reader, so uncodable
    documents come out as Rejected; pass False to run them later yourself.
    Never raises for bad input: every problem becomes a Rejected with a coded DocError.
    """
    config = config or Config()
    for path in expand_paths(paths):
        yield from _isolated(path, config, check)


def _isolated(path: str, config: Config, check: bool) -> Iterator[Article | Rejected]:
    """``read_file``, with any exception a reader lets escape turned into one Rejected (E012)."""
    try:
        yield from read_file(path, config=config, check=check)
    except Exception as exc:  # noqa: BLE001 - one input must never stop the others
        err = input_error("E012", f"{display_name(path)}: the reader failed ({type(exc).__name__}: {exc})")
        yield rejected(display_name(path), err)


def read_file(path: str, *, config: Config, check: bool = True) -> Iterator[Article | Rejected]:
    """Dispatch one file (or ``-``) by suffix, sniffing the content when the suffix says nothing."""
    suffix = inner_suffix(path) if path != STDIN else ""
    if suffix in JSONL_SUFFIXES:
        yield from iter_jsonl(path, config=config, check=check)
        return
    if suffix in JSON_SUFFIXES or suffix in TEXT_SUFFIXES or suffix in HTML_SUFFIXES:
        reader = _reader_for(suffix)
        try:
            data = read_limited(path, config)
        except InputError as exc:
            yield rejected(display_name(path), exc)
            return
        yield from reader(data, display_name(path), config, check)
        return
    yield from _read_sniffed(path, config, check)


def _read_sniffed(path: str, config: Config, check: bool) -> Iterator[Article | Rejected]:
    name = display_name(path)
    try:
        fh = open_binary(path, config)
    except InputError as exc:
        yield rejected(name, exc)
        return
    with fh:
        try:
            kind = sniff(_peek(fh))
            if kind == ".jsonl":
                yield from iter_jsonl_stream(fh, name, config=config, check=check)
                return
            data = read_stream(fh, name, config)
        except InputError as exc:
            yield rejected(name, exc)
            return
    yield from _reader_for(kind)(data, name, config, check)


def _peek(fh: BinaryIO, n: int = 4096) -> bytes:
    try:
        peek = getattr(fh, "peek", None)
        return peek(n)[:n] if peek else b""
    except (OSError, EOFError) as exc:
        raise input_error("E008", f"cannot read ({exc})") from None


def sniff(head: bytes) -> str:
    """Guess a format suffix from the first bytes: ``.jsonl``, ``.json``, ``.html`` or ``.txt``."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()
    if start.startswith(b"{"):
        first_line = start.split(b"\n", 1)[0].rstrip()
        return ".jsonl" if first_line.endswith(b"}") or b"\n{" in head else ".json"
    if start.startswith(b"["):
        return ".json"
    if start.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<!--")) or (
        start.startswith(b"<") and any(tag in start for tag in (b"<p>", b"<p ", b"<div", b"<article", b"<title"))
    ):
        return ".html"
    return ".txt"


Reader = Callable[[bytes, str, Config, bool], Iterator[Article | Rejected]]


def _reader_for(suffix: str) -> Reader:
    if suffix in JSON_SUFFIXES:
        return lambda data, name, config, check: iter_json_bytes(data, name, config=config, check=check)
    convert = html_from_bytes if suffix in HTML_SUFFIXES else text_from_bytes

    def one(data: bytes, name: str, config: Config, check: bool) -> Iterator[Article | Rejected]:
        try:
            yield convert(data, source=name, config=config, check=check)
        except InputError as exc:
            yield rejected(name, exc, content=data)
        except (RecursionError, MemoryError, ValueError, TypeError, LookupError) as exc:  # parser limits (lxml)
            err = input_error("E012", f"{name}: the reader failed ({type(exc).__name__}: {str(exc)[:200]})")
            yield rejected(name, err, content=data)

    return one
