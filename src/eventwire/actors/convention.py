"""One actor-code convention: parse, normalise and validate CAMEO actor codes.

Applied to coded actors *after* the actor coder (the coder's rules are not
changed here). A CAMEO actor code is a run of three-letter parts (codebook
chapter 3): a country (CAMEO's code), a region (EUR, WST ...), an international
generic code (IGO, NGO, IMG ...) or a religion, then role codes (GOV, MIL ...)
and, for organisations, a known-group code (UNO, EEC, AMN ...).

The convention this module enforces:

- one code per country whatever the spelling: the country part is CAMEO's code
  (``TMP`` for Timor-Leste, ``KSV`` for Kosovo), the ISO alpha-3 code stays in
  ``Actor.country``;
- ``Actor.role`` is one primary role code (``GOV``), never a concatenation
  (``GOVMIL``): the code keeps the full run (``PHLGOVMIL``, a defence minister
  in the codebook's own example);
- organisations keep their known-group code and drop a government role the
  coder appended to it (``IGOEUREECGOV`` -> ``IGOEUREEC``): an IGO has no
  government, and two spellings of one organisation would split its dyads. The
  ``role`` column keeps what the coder found (``GOV`` for "EU foreign ministers":
  the people are government officials, the organisation stays one code);
- an actor whose code starts with a country gets that country's ISO code in
  ``Actor.country`` when the coder left it empty (organisations keep the coder's
  ``IGO``/``NGO`` there; the GDELT export leaves their CountryCode blank).

:func:`problems` says what is wrong with a code (tests run it over every coded event). Two kinds of
actor carry no full code by design: a bare role (:func:`is_partial`) and a named actor the tables do
not know (:func:`is_uncoded`, an empty code from actors/entities.py); ``normalise`` leaves both alone.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Mapping

from ..records import Actor, CodedArticle, Event, Quote
from .tables import DATA_DIR, INTERNATIONAL_CODES, ROLE_CODES, read_tsv

PRIMARY_ROLES = frozenset({"COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF"})
ROLES = ROLE_CODES - {"NGO"}
MAX_ROLES = 3  # GDELT has three type columns; the codebook allows primary + secondary + tertiary


@dataclass(frozen=True, slots=True)
class Vocabulary:
    cameo_to_iso: Mapping[str, str]
    iso_to_cameo: Mapping[str, str]
    regions: frozenset[str]
    religions: frozenset[str]


@functools.lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    rows = list(read_tsv(DATA_DIR / "countries.tsv"))
    return Vocabulary(
        cameo_to_iso=MappingProxyType({r["cameo"]: r["iso3"] for r in rows}),
        iso_to_cameo=MappingProxyType({r["iso3"]: r["cameo"] for r in rows}),
        regions=frozenset(r["code"] for r in read_tsv(DATA_DIR / "regions.tsv")),
        religions=frozenset(r["code"] for r in read_tsv(DATA_DIR / "religions.tsv")),
    )


@dataclass(frozen=True, slots=True)
class CodeParts:
    """A CAMEO actor code taken apart (the GDELT actor columns are these parts)."""

    code: str
    country: str | None = None  # CAMEO country code or region code
    known_group: str | None = None
    religion: str | None = None
    types: tuple[str, ...] = ()  # role and international generic codes, in order
    subgroups: tuple[str, ...] = ()  # suborganisation codes after the known group (IGOUNOREFHCR: HCR)
    unknown: tuple[str, ...] = ()  # parts that are none of the above

    @property
    def is_international(self) -> bool:
        return bool(self.types) and self.types[0] in INTERNATIONAL_CODES


def chunks(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3)]


@functools.lru_cache(maxsize=8192)
def parse(code: str | None) -> CodeParts:
    """Take a code apart; a part after an international code that is nothing else is its known group."""
    if not code:
        return CodeParts("")
    v = vocabulary()
    country = known = religion = None
    types: list[str] = []
    subgroups: list[str] = []
    unknown: list[str] = []
    for i, part in enumerate(chunks(code)):
        international = bool(types) and types[0] in INTERNATIONAL_CODES
        if part in ROLE_CODES or part in INTERNATIONAL_CODES:
            types.append(part)
        elif religion is None and part in v.religions and (international or (i == 0 and part not in v.cameo_to_iso)):
            religion = part
        elif country is None and (part in v.cameo_to_iso or part in v.regions) and not known:
            country = part
        elif religion is None and part in v.religions:
            religion = part
        elif known is None and (international or country in v.regions):
            known = part
        elif known is not None:
            subgroups.append(part)
        else:
            unknown.append(part)
    return CodeParts(code, country, known, religion, tuple(types), tuple(subgroups), tuple(unknown))


def is_partial(actor: Actor) -> bool:
    """A bare role (``GOV``, ``MIL``): the text gave no country; context or linking may supply one."""
    p = parse(actor.code)
    return bool(p.types) and p.country is None and not p.is_international and not p.known_group and not p.unknown


def is_uncoded(actor: Actor) -> bool:
    """An actor the tables do not know (actors/entities.py): a named entity, the people an event
    noun names ("freed 37 prisoners"), or the thing a cue's slot names ("rejected the findings",
    events/patients.py); no code at all, as GDELT leaves one blank."""
    return not actor.code and actor.rule.startswith(("entity:", "cue-noun:", "slot:"))


def problems(actor: Actor) -> list[str]:
    """What breaks the convention in this actor (empty list: it conforms)."""
    out: list[str] = []
    code = actor.code or ""
    if not code or len(code) % 3 or not code.isalpha() or not code.isupper():
        return [f"code {code!r} is not a run of three-letter upper-case parts"]
    p = parse(code)
    v = vocabulary()
    if p.unknown:
        out.append(f"{code}: parts {list(p.unknown)} are not CAMEO country, region, role, religion or group codes")
    if p.country is None and not p.is_international and p.religion is None:
        out.append(f"{code}: no country, region or international code")
    if p.country in v.iso_to_cameo and p.country not in v.cameo_to_iso:
        out.append(f"{code}: country part is ISO, not CAMEO's code {v.iso_to_cameo[p.country]}")
    if actor.country and p.country in v.cameo_to_iso and v.cameo_to_iso[p.country] != actor.country:
        out.append(f"{code}: country column {actor.country} differs from the code's {v.cameo_to_iso[p.country]}")
    if actor.role is not None and actor.role not in ROLE_CODES | INTERNATIONAL_CODES:
        out.append(f"{code}: role {actor.role!r} is not one CAMEO role code")
    if p.known_group and "GOV" in p.types[1:]:
        out.append(f"{code}: organisation {p.known_group} with a government role")
    if len([t for t in p.types if t not in INTERNATIONAL_CODES]) > MAX_ROLES:
        out.append(f"{code}: more than {MAX_ROLES} role codes")
    return out


def _country_part(part: str, v: Vocabulary) -> str:
    if part in v.cameo_to_iso or part in v.regions:
        return part
    return v.iso_to_cameo.get(part, part)


def normalise(actor: Actor) -> Actor:
    """The actor under the convention (see the module docstring); unchanged when it conforms."""
    code = actor.code or ""
    if not code or len(code) % 3:
        return actor
    new_code, country, role = _normalised(code, actor.country, actor.role)
    if (new_code, country, role) == (actor.code, actor.country, actor.role):
        return actor
    return replace(actor, code=new_code, country=country, role=role)


@functools.lru_cache(maxsize=8192)
def _normalised(code: str, country: str | None, role: str | None) -> tuple[str, str | None, str | None]:
    """(code, country, role) under the convention; cached, as an article's actors share few codes."""
    v = vocabulary()
    parts = chunks(code)
    parts[0] = _country_part(parts[0], v)
    if parse("".join(parts)).known_group is not None:  # IGOUNOGOV -> IGOUNO
        while len(parts) > 1 and parts[-1] == "GOV":
            parts.pop()
    new_code = "".join(parts)
    p = parse(new_code)
    # the coder's IGO/NGO country stays: GDELT's blank CountryCode is the export's business
    if country is None and p.country in v.cameo_to_iso:
        country = v.cameo_to_iso[p.country]
    if role and role not in ROLE_CODES | INTERNATIONAL_CODES:
        role = next((r for r in chunks(role) if r in ROLE_CODES), None)
    return new_code, country, role


def _event(e: Event) -> Event:
    s = normalise(e.source) if e.source else None
    t = normalise(e.target) if e.target else None
    return e if (s is e.source and t is e.target) else replace(e, source=s, target=t)


def _quote(q: Quote) -> Quote:
    sp = normalise(q.speaker) if q.speaker else None
    return q if sp is q.speaker else replace(q, speaker=sp)


def apply(coded: CodedArticle) -> CodedArticle:
    """Every actor of a coded article (events, actor list, quote speakers) under the convention."""
    if not coded.ok:
        return coded
    return replace(
        coded,
        events=tuple(_event(e) for e in coded.events),
        actors=tuple(normalise(a) for a in coded.actors),
        quotes=tuple(_quote(q) for q in coded.quotes),
    )
