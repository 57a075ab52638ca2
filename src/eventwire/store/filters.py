"""Query filters that say what is wrong instead of silently matching nothing.

``validate`` normalises an EventFilter (``--root 4`` -> ``04``, ``--country Turkey``
-> ``TUR``, codes upper-cased) and refuses what cannot match any stored event
(an unknown CAMEO code or root, an unknown country name or code) with a
FilterError naming the value and what is accepted. The CLI and the Python API
(query_events, query_clusters) both go through it.
"""
from __future__ import annotations

import functools
from dataclasses import replace

from ..actors.convention import parse, vocabulary
from ..actors.tables import DATA_DIR, normalise, read_tsv, split_aliases


class FilterError(ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(f"[E343] {message}")


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Country names and variants (normalised) -> ISO alpha-3."""
    names: dict[str, str] = {}
    for row in read_tsv(DATA_DIR / "countries.tsv"):
        for name in (row["name"], *split_aliases(row["variants"])):
            names.setdefault(normalise(name), row["iso3"])
    return names


def country_code(value: str) -> str:
    """ISO alpha-3 (or CAMEO region code) for a country code or name; FilterError if there is none."""
    v = vocabulary()
    text = value.strip()
    up = text.upper()
    if up in v.iso_to_cameo or up in v.regions or up in ("IGO", "NGO", "IMG", "NGM", "MNC", "INT", "UIS"):
        return up
    if up in v.cameo_to_iso:
        return v.cameo_to_iso[up]
    iso = _country_names().get(normalise(text))
    if iso is None:
        raise FilterError(f"unknown country {value!r}: give an ISO 3166 alpha-3 code (TUR), a CAMEO country or "
                          "region code (WST), or a country name (Turkey)")
    return iso


def actor_filter(value: str) -> str:
    """A country (code or name) or a CAMEO actor code prefix (USAGOV); FilterError if neither."""
    up = value.strip().upper()
    if len(up) > 3 and up.isalpha() and len(up) % 3 == 0:
        p = parse(up)
        if not p.unknown:
            return up
    return country_code(value)


def root_code(value: str) -> str:
    from ..events.codes import load_codes

    text = value.strip()
    if text.isdigit() and len(text) <= 2:
        text = text.zfill(2)
    roots = {c.root for c in load_codes().values()}
    if text not in roots:
        raise FilterError(f"unknown CAMEO root {value!r}: use 01 .. 20 (e.g. 04 for Consult)")
    return text


def event_code(value: str) -> str:
    from ..events.codes import load_codes

    text = value.strip()
    if not text.isdigit() or not any(c.startswith(text) for c in load_codes()):
        raise FilterError(f"unknown CAMEO event code {value!r}: give a code or its prefix, e.g. 04 or 043")
    return text


def validate(f):
    """The filter with every value normalised; FilterError for a value no event can have."""
    changes = {}
    for side in ("source", "target"):
        if getattr(f, side):
            changes[side] = actor_filter(getattr(f, side))
    if f.country:
        changes["country"] = country_code(f.country)
    if f.root:
        changes["root"] = root_code(f.root)
    if f.code:
        changes["code"] = event_code(f.code)
    if f.since and f.until and f.since > f.until:
        raise FilterError(f"--since {f.since} is after --until {f.until}: nothing can match")
    return replace(f, **changes)
