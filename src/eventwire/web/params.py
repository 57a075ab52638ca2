"""Checking request parameters: the CLI's filters, page cursors and sizes, each refused with a coded error.

Every value is checked against a strict shape before it reaches a query (which is parameterised
anyway), so a hostile value gets a clear 400 instead of an empty result or a server error.
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import functools
import json
import re
from dataclasses import dataclass

from ..actors.tables import DATA_DIR as ACTOR_DATA, read_tsv
from ..events.codes import load_codes
from ..store.filters import FilterError, validate
from ..store.query import PERIODS, EventFilter

MAX_PAGE = 1000  # rows per page at most
DEFAULT_PAGE = 100
MAX_PARAM_CHARS = 200  # no valid parameter is longer

_ACTOR = re.compile(r"^[A-Z]{3}(?:[A-Z]{3}){0,3}$")  # country (USA) or actor code prefix (USAGOV, IGOUNO)
_COUNTRY = re.compile(r"^[A-Z]{3}$")
_CLUSTER_ID = re.compile(r"^clu_[0-9a-f]{4,64}$")
_DOC_ID = re.compile(r"^[A-Za-z0-9_.:\-]{1,128}$")
_GLOBAL_ID = re.compile(r"^[1-9][0-9]{0,18}$")


class ApiError(Exception):
    """An error the API answers with ``{"error": {"code", "message"}}`` and an HTTP status."""

    def __init__(self, code: str, message: str, status: int = 400) -> None:
        super().__init__(f"[{code}] {message}")
        self.code = code
        self.message = message
        self.status = status


def bad(name: str, value: object, expected: str) -> ApiError:
    shown = str(value)
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    return ApiError("E600", f"parameter {name}={shown!r} is not valid: expected {expected}")


def _clean(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    if len(value) > MAX_PARAM_CHARS:
        raise bad(name, value, f"at most {MAX_PARAM_CHARS} characters")
    value = value.strip()
    if not value:
        raise bad(name, value, "a non-empty value (leave the parameter out to apply no filter)")
    return value


def parse_date(name: str, value: str | None) -> dt.date | None:
    value = _clean(name, value)
    if value is None:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        return dt.date.fromisoformat(value)
    except ValueError:
        raise bad(name, value, "a date YYYY-MM-DD") from None


@functools.cache
def actor_parts() -> frozenset[str]:
    """Every three-letter part of a CAMEO actor code the packaged tables know (countries, regions, groups, roles)."""
    parts: set[str] = set()
    columns = {"countries.tsv": ("iso3", "cameo"), "regions.tsv": ("code",), "roles.tsv": ("role",),
               "roles_hand.tsv": ("role",), "organisations.tsv": ("code",), "organisations_hand.tsv": ("code",), "agencies_hand.tsv": ("code",)}
    for name, cols in columns.items():
        path = ACTOR_DATA / name
        if path.exists():
            for row in read_tsv(path):
                for col in cols:
                    code = (row.get(col) or "").strip().upper()
                    parts.update(code[i:i + 3] for i in range(0, len(code) - 2, 3))
    return frozenset(p for p in parts if len(p) == 3 and p.isalpha())


def _actor(name: str, value: str | None, pattern: re.Pattern[str], expected: str) -> str | None:
    value = _clean(name, value)
    if value is None:
        return None
    code = value.upper()
    if not pattern.match(code):
        raise bad(name, value, expected)
    unknown = [code[i:i + 3] for i in range(0, len(code), 3) if code[i:i + 3] not in actor_parts()]
    if unknown:
        raise bad(name, value, f"{expected}; {', '.join(unknown)} is not a CAMEO actor code")
    return code


def parse_root(value: str | None) -> str | None:
    value = _clean("root", value)
    if value is None:
        return None
    if not re.fullmatch(r"\d{1,2}", value) or not 1 <= int(value) <= 20:
        raise bad("root", value, "a CAMEO root code 01 .. 20")
    return f"{int(value):02d}"


def parse_code(value: str | None) -> str | None:
    value = _clean("code", value)
    if value is None:
        return None
    if not re.fullmatch(r"\d{2,4}", value) or value not in load_codes():
        raise bad("code", value, "a CAMEO event code such as 043 (see the codebook)")
    return value


def parse_quad(value: str | None) -> int | None:
    value = _clean("quad", value)
    if value is None:
        return None
    if value not in ("1", "2", "3", "4"):
        raise bad("quad", value, "a quad class 1, 2, 3 or 4")
    return int(value)


def parse_cluster(value: str | None) -> str | None:
    value = _clean("cluster", value)
    if value is None:
        return None
    if not (_CLUSTER_ID.match(value) or (_GLOBAL_ID.match(value) and int(value) < 2**63)):
        raise bad("cluster", value, "a cluster id (clu_...) or a GLOBALEVENTID")
    return value


def parse_doc_id(value: str) -> str:
    if not _DOC_ID.match(value or ""):
        raise bad("doc_id", value, "a document id of letters, digits and _ . : -")
    return value


def parse_period(value: str | None) -> str:
    value = _clean("by", value) or "day"
    if value not in PERIODS:
        raise bad("by", value, " or ".join(PERIODS))
    return value


def parse_limit(value: str | None, *, default: int = DEFAULT_PAGE, most: int = MAX_PAGE) -> int:
    value = _clean("limit", value)
    if value is None:
        return default
    if not re.fullmatch(r"\d{1,7}", value) or not 1 <= int(value) <= most:
        raise bad("limit", value, f"a whole number 1 .. {most}")
    return int(value)


@dataclass(frozen=True, slots=True)
class FilterParams:
    """The query-string filters, named as the CLI's options."""

    since: str | None = None
    until: str | None = None
    source: str | None = None
    target: str | None = None
    country: str | None = None
    root: str | None = None
    code: str | None = None
    quad: str | None = None
    cluster: str | None = None

    def to_filter(self) -> EventFilter:
        since, until = parse_date("since", self.since), parse_date("until", self.until)
        if since and until and since > until:
            raise ApiError("E600", f"since={since} is after until={until}")
        f = EventFilter(
            since=since, until=until,
            source=_actor("source", self.source, _ACTOR, "a country (USA) or actor code prefix (USAGOV)"),
            target=_actor("target", self.target, _ACTOR, "a country (USA) or actor code prefix (USAGOV)"),
            country=_actor("country", self.country, _COUNTRY, "a three-letter country code (TUR)"),
            root=parse_root(self.root), code=parse_code(self.code), quad=parse_quad(self.quad),
            cluster=parse_cluster(self.cluster),
        )
        try:  # the store's own filter check (store/filters.py), as the CLI and the Python API get it
            return validate(f)
        except FilterError as exc:
            raise ApiError("E600", str(exc).removeprefix("[E343] ")) from None


def encode_cursor(key: tuple) -> str:
    plain = [v.isoformat() if isinstance(v, dt.date) else v for v in key]
    return base64.urlsafe_b64encode(json.dumps(plain).encode()).decode().rstrip("=")


def decode_cursor(value: str | None, parts: int) -> tuple | None:
    """A cursor from a previous page: [date, text, ...] as produced by encode_cursor."""
    value = _clean("cursor", value)
    if value is None:
        return None
    try:
        key = json.loads(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)))
        ok = isinstance(key, list) and len(key) == parts and all(isinstance(v, str) for v in key)
        if ok:
            return (dt.date.fromisoformat(key[0]), *key[1:])
    except (ValueError, binascii.Error, UnicodeDecodeError):
        pass
    raise ApiError("E604", "parameter cursor is not valid: pass back the 'next' value of the previous page")
