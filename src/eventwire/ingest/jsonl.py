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
from ..records import Article, DocError, Rejected, raw_key
from .detect import decode_with_warnings, input_error
from .files import display_name, iter_lines, open_binary, read_limited
from .sanitise import sanitise
from .text import read_text

TEXT_KEYS = ("text",)
DATE_KEYS = ("pub_date", "date", "published")
OUTLET_KEYS = ("outlet", "source", "publisher")
MAX_ID_CHARS = 500
KNOWN_KEYS = frozenset(("id", "url", "title", *TEXT_KEYS, *DATE_KEYS, *OUTLET_KEYS))

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")
_SLASH_DATE = re.compile(r"^(\d{4})/(\d{2})/(\d{2})$")


def rejected(source: str, exc: InputError, raw_id: str = "", content: bytes | None = None) -> Rejected:
    """A Rejected record; ``content`` (the bytes that failed) keys it, so a rerun finds the same reject."""
    return Rejected(source=source, error=DocError(exc.code, exc.kind, exc.message, "ingest"),
                    raw_id=sanitise(raw_id, "id")[0], content_key=raw_key(content) if content is not None else "")


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


_YEAR = re.compile(r"^(\d{4})$")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


def lenient_date(value: Any, source: str, warnings: list[str]) -> tuple[dt.date | None, str]:
    """(date, precision) of a publication date: a year ("2015") or a month ("2015-11") is a date
    of that precision, on the period's first day; an unreadable one is a warning, never the loss
    of the document."""
    if isinstance(value, str) and (m := _YEAR.match(value.strip())):
        return dt.date(int(m[1]), 1, 1), "year"
    if isinstance(value, str) and (m := _YEAR_MONTH.match(value.strip())) and 1 <= int(m[2]) <= 12:
        return dt.date(int(m[1]), int(m[2]), 1), "month"
    try:
        return parse_date(value, source), "day"
    except InputError as exc:
        warnings.append(f"[W010] {exc.message.split(': ', 1)[-1]}: the document is kept undated")
        return None, "day"


def _optional_str(record: dict[str, Any], key: str, source: str, warnings: list[str] | None = None) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value or None
    if warnings is not None:  # a malformed metadata field costs the field, not the document
        warnings.append(f"[W011] field '{key}' must be a string, got {type(value).__name__}: ignored")
        return None
    raise input_error("E009", f"{source}: field '{key}' must be a string, got {type(value).__name__}")


def record_to_article(record: Any, source: str, config: Config, *, check: bool = True,
                      warnings: list[str] | None = None) -> Article:
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
    if raw_id is not None and len(str(raw_id)) > MAX_ID_CHARS:
        raise input_error("E009", f"{source}: 'id' is over {MAX_ID_CHARS} characters")
    warnings = list(warnings or [])
    outlet = _first(record, OUTLET_KEYS)
    if outlet is not None and not isinstance(outlet, str):
        warnings.append(f"[W011] field 'outlet' must be a string, got {type(outlet).__name__}: ignored")
        outlet = None
    pub_date, precision = lenient_date(_first(record, DATE_KEYS), source, warnings)
    metadata = {k: v for k, v in record.items() if k not in KNOWN_KEYS}
    if precision != "day":
        metadata["pub_date_precision"] = precision
    return read_text(
        text,
        source=source,
        id="" if raw_id is None else str(raw_id),
        title=_optional_str(record, "title", source, warnings),
        url=_optional_str(record, "url", source, warnings),
        outlet=outlet,
        pub_date=pub_date,
        metadata=metadata,
        config=config,
        check=check,
        pub_date_source="record",
        warnings=warnings,
    )


def _raw_id(record: Any) -> str:
    if isinstance(record, dict) and isinstance(record.get("id"), (str, int)) and not isinstance(record["id"], bool):
        return str(record["id"])[:500]
    return ""


def _one(record: Any, source: str, config: Config, check: bool, content: bytes | None = None,
         warnings: list[str] | None = None) -> Article | Rejected:
    try:
        return record_to_article(record, source, config, check=check, warnings=warnings)
    except InputError as exc:
        if content is None:
            content = json.dumps(record, sort_keys=True, default=str).encode("utf-8", "surrogatepass")
        return rejected(source, exc, _raw_id(record), content)


def iter_jsonl(path: str | os.PathLike[str], *, config: Config | None = None, check: bool = True) -> Iterator[Article | Rejected]:
    """Yield one Article or Rejected per non-blank line, reading line by line."""
    config = config or Config()
    try:
        fh = open_binary(path, config)
    except InputError as exc:
        yield rejected(display_name(path), exc)
        return
    with fh:
        yield from iter_jsonl_stream(fh, display_name(path), config=config, check=check)


def iter_jsonl_stream(fh: BinaryIO, name: str, *, config: Config, check: bool = True) -> Iterator[Article | Rejected]:
    """The JSON Lines reader on an open binary stream (used for stdin and sniffed files).

    A stream that breaks off (truncated gzip), exceeds a work limit (E010) or
    yields ``max_bad_records`` unreadable records in a row (E011) ends with one
    Rejected for the rest of the file; the records before it stand.
    """
    # A JSON-escaped record may take more bytes than its text; allow some slack.
    limit = config.max_bytes * 2 + 4096
    lines = iter_lines(fh, limit, config)
    bad = lineno = 0
    while True:
        try:
            item = next(lines, None)
        except InputError as exc:
            message = exc.message if exc.message.startswith(name) else f"{name}: {exc.message}"
            yield rejected(f"{name}:{lineno + 1}-" if lineno else name, input_error(exc.code, message))
            return
        if item is None:
            if not lineno:  # nothing at all: the file is reported, not silently skipped
                yield rejected(name, input_error("E001", f"{name}: no JSON Lines record in the input"))
            return
        lineno, line = item
        source = f"{name}:{lineno}"
        if line is None:
            result: Article | Rejected = rejected(
                source, input_error("E002", f"{source}: line is over {limit:,} bytes (limit per record)"))
        else:
            if lineno == 1:
                line = line.removeprefix(b"\xef\xbb\xbf")
            result = _parse_line(line, source, config, check)
        bad = bad + 1 if isinstance(result, Rejected) and result.error.code in ("E002", "E004", "E009") else 0
        yield result
        if bad >= config.max_bad_records:
            yield rejected(f"{name}:{lineno + 1}-", input_error(
                "E011", f"{name}: {bad} unreadable records in a row up to line {lineno}; the rest of the file "
                "is not read (max_bad_records in the config)"))
            return


def _parse_line(line: bytes, source: str, config: Config, check: bool) -> Article | Rejected:
    try:
        text, warnings = decode_with_warnings(line, source)
        record = json.loads(text)
    except InputError as exc:
        return rejected(source, exc, content=line)
    except (json.JSONDecodeError, RecursionError, ValueError) as exc:
        msg = getattr(exc, "msg", None) or type(exc).__name__
        return rejected(source, input_error("E009", f"{source}: invalid JSON ({msg}); expected one JSON object per line"),
                        content=line)
    return _one(record, source, config, check, line, warnings)


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
        text, warnings = decode_with_warnings(data, name)
        parsed = json.loads(text)
    except InputError as exc:
        yield rejected(name, exc, content=data)
        return
    except (json.JSONDecodeError, RecursionError, ValueError) as exc:
        msg = getattr(exc, "msg", None) or type(exc).__name__
        yield rejected(name, input_error("E009", f"{name}: invalid JSON ({msg}); expected an object or a list of objects"),
                       content=data)
        return
    if parsed == []:
        yield rejected(name, input_error("E001", f"{name}: an empty list, no record"), content=data)
    elif isinstance(parsed, list):
        for i, record in enumerate(parsed):
            yield _one(record, f"{name}[{i}]", config, check, warnings=warnings)
    else:
        yield _one(parsed, name, config, check, data, warnings)
