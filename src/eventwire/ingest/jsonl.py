"""JSON Lines (and JSON) reader: one record per line, read lazily.

Why per-line Rejected records instead of exceptions: one bad line in a corpus
of millions must be reported and skipped, never stop the run.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import json
import os
import re
from typing import Any, BinaryIO, Iterator

from ..config import Config
from ..errors import InputError
from ..records import Article, DocError, Rejected
from .detect import decode_bytes, input_error
from .files import display_name, iter_lines, open_binary, read_limited
from .text import read_text

TEXT_KEYS = ("text",)
DATE_KEYS = ("pub_date", "date", "published")
OUTLET_KEYS = ("outlet", "source", "publisher")
KNOWN_KEYS = frozenset(("id", "url", "title", *TEXT_KEYS, *DATE_KEYS, *OUTLET_KEYS))

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")
_SLASH_DATE = re.compile(r"^(\d{4})/(\d{2})/(\d{2})$")


def rejected(source: str, exc: InputError, raw_id: str = "") -> Rejected:
    return Rejected(source=source, error=DocError(exc.code, exc.kind, exc.message, "ingest"), raw_id=raw_id)


def parse_date(value: Any, source: str) -> dt.date | None:
    """ISO date or datetime (``2015-11-26``, ``2015-11-26T10:00:00Z``), ``YYYY/MM/DD`` or RFC 2822."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise input_error("E009", f"{source}: pub_date must be a string like '2015-11-26', got {type(value).__name__}")
    value = value.strip()
    m = _ISO_DATE.match(value) or _SLASH_DATE.match(value)
    try:
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        return email.utils.parsedate_to_datetime(value).date()
    except (ValueError, TypeError, IndexError):
        raise input_error("E009", f"{source}: cannot read pub_date {value!r}; use an ISO date like '2015-11-26'") from None


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        if record.get(key) not in (None, ""):
            return record[key]
    return None


def _optional_str(record: dict[str, Any], key: str, source: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value or None
    raise input_error("E009", f"{source}: field '{key}' must be a string, got {type(value).__name__}")


def record_to_article(record: Any, source: str, config: Config, *, check: bool = True) -> Article:
    """Turn one decoded JSON record into an Article; raise InputError (E009 or a check code)."""
    if not isinstance(record, dict):
        raise input_error("E009", f"{source}: a record must be a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if text is None:
        raise input_error("E009", f"{source}: record has no 'text' field (fields: {sorted(record)[:10]})")
    if not isinstance(text, str):
        raise input_error("E009", f"{source}: 'text' must be a string, got {type(text).__name__}")
    raw_id = record.get("id")
    if raw_id is not None and not isinstance(raw_id, (str, int)) or isinstance(raw_id, bool):
        raise input_error("E009", f"{source}: 'id' must be a string or integer")
    outlet = _first(record, OUTLET_KEYS)
    if outlet is not None and not isinstance(outlet, str):
        raise input_error("E009", f"{source}: 'outlet' must be a string, got {type(outlet).__name__}")
    return read_text(
        text,
        source=source,
        id="" if raw_id is None else str(raw_id),
        title=_optional_str(record, "title", source),
        url=_optional_str(record, "url", source),
        outlet=outlet,
        pub_date=parse_date(_first(record, DATE_KEYS), source),
        metadata={k: v for k, v in record.items() if k not in KNOWN_KEYS},
        config=config,
        check=check,
        pub_date_source="record",
    )


def _raw_id(record: Any) -> str:
    if isinstance(record, dict) and isinstance(record.get("id"), (str, int)):
        return str(record["id"])
    return ""


def _one(record: Any, source: str, config: Config, check: bool) -> Article | Rejected:
    try:
        return record_to_article(record, source, config, check=check)
    except InputError as exc:
        return rejected(source, exc, _raw_id(record))


def iter_jsonl(path: str | os.PathLike[str], *, config: Config | None = None, check: bool = True) -> Iterator[Article | Rejected]:
    """Yield one Article or Rejected per non-blank line, reading line by line."""
    config = config or Config()
    try:
        fh = open_binary(path)
    except InputError as exc:
        yield rejected(display_name(path), exc)
        return
    with fh:
        yield from iter_jsonl_stream(fh, display_name(path), config=config, check=check)


def iter_jsonl_stream(fh: BinaryIO, name: str, *, config: Config, check: bool = True) -> Iterator[Article | Rejected]:
    """The JSON Lines reader on an open binary stream (used for stdin and sniffed files)."""
    # A JSON-escaped record may take more bytes than its text; allow some slack.
    limit = config.max_bytes * 2 + 4096
    lines = iter_lines(fh, limit)
    while True:
        try:
            item = next(lines, None)
        except InputError as exc:
            yield rejected(name, exc)
            return
        if item is None:
            return
        lineno, line = item
        source = f"{name}:{lineno}"
        if line is None:
            yield rejected(source, input_error("E002", f"{source}: line is over {limit:,} bytes (limit per record)"))
            continue
        if lineno == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if not line.strip():
            continue
        yield _parse_line(line, source, config, check)


def _parse_line(line: bytes, source: str, config: Config, check: bool) -> Article | Rejected:
    try:
        record = json.loads(decode_bytes(line, source))
    except InputError as exc:
        return rejected(source, exc)
    except (json.JSONDecodeError, RecursionError, ValueError) as exc:
        msg = getattr(exc, "msg", None) or type(exc).__name__
        return rejected(source, input_error("E009", f"{source}: invalid JSON ({msg}); expected one JSON object per line"))
    return _one(record, source, config, check)


def iter_json(path: str | os.PathLike[str], *, config: Config | None = None, check: bool = True) -> Iterator[Article | Rejected]:
    """A ``.json`` file: one object, or a list of objects (read whole; limited to ``max_bytes``)."""
    config = config or Config()
    try:
        data = read_limited(path, config)
    except InputError as exc:
        yield rejected(display_name(path), exc)
        return
    yield from iter_json_bytes(data, display_name(path), config=config, check=check)


def iter_json_bytes(data: bytes, name: str, *, config: Config, check: bool = True) -> Iterator[Article | Rejected]:
    """Records of a whole JSON document already in memory (size-limited by the caller)."""
    try:
        parsed = json.loads(decode_bytes(data, name))
    except InputError as exc:
        yield rejected(name, exc)
        return
    except (json.JSONDecodeError, RecursionError, ValueError) as exc:
        msg = getattr(exc, "msg", None) or type(exc).__name__
        yield rejected(name, input_error("E009", f"{name}: invalid JSON ({msg}); expected an object or a list of objects"))
        return
    if isinstance(parsed, list):
        for i, record in enumerate(parsed):
            yield _one(record, f"{name}[{i}]", config, check)
    else:
        yield _one(parsed, name, config, check)
