"""GDELT actor columns (``ActorNCode`` ... ``ActorNType3Code``) from a CAMEO actor code and a name."""
from __future__ import annotations

import functools

from ..actors.convention import parse
from ..actors.tables import DATA_DIR, read_tsv


@functools.lru_cache(maxsize=1)
def _place_names() -> dict[str, str]:
    """CAMEO country and region codes -> names (what GDELT's Name holds for a country-level actor)."""
    names = {r["cameo"]: r["name"] for r in read_tsv(DATA_DIR / "countries.tsv")}
    names.update({r["code"]: r["name"] for r in read_tsv(DATA_DIR / "regions.tsv")})
    return names


def actor_name(code: str | None, name: str | None) -> str:
    """The actor's name: the person or organisation named, else its country's or region's name, upper case."""
    if name:
        return name.upper()
    country = parse(code).country
    return _place_names().get(country or "", "").upper()


def actor_columns(code: str | None, name: str | None) -> tuple:
    """Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1-3Code."""
    if not code:
        return ("",) * 10
    p = parse(code)
    types = (list(p.types[:3]) + ["", "", ""])[:3]
    return (code, actor_name(code, name), p.country or "", p.known_group or "", "", p.religion or "", "", *types)
