"""Actor tables: the TSV files in ``data/`` turned into dict lookups.

Every surface form is reduced to a tuple of normalised words (lower case, no
dots or apostrophes, hyphens as spaces), so ``U.S.``, ``US`` and ``al-Qaeda`` /
``al Qaeda`` meet on one key and the coder needs only dict lookups, longest
match first. Hand-curated files (``*_hand.tsv``) override the files generated
from Phoenix by ``scripts/build_actor_tables.py`` on the same key.
"""
from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Literal, get_args

from ..errors import EventwireError

DATA_DIR = Path(__file__).resolve().parent / "data"

EntryKind = Literal["country", "seat", "region", "org", "person"]
HeadKind = Literal["partitive", "collective", "mass", "place", "ethnic", "people", "premises", "accord", "measure"]
HEAD_KINDS: frozenset[str] = frozenset(get_args(HeadKind))
Key = tuple[str, ...]

# Roles the codebook allows in a combined code (table 3.1 plus NGO/PTY).
ROLE_CODES = frozenset({
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM",
    "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD",
    "PTY", "NGO", "REL",  # REL: GDELT's "religious" type, Phoenix's clergy and worshippers
})
INTERNATIONAL_CODES = frozenset({"IGO", "IMG", "NGO", "NGM", "MNC", "INT", "UIS"})


class TableError(EventwireError):
    code = "E301"
    kind = "actor_table"


@functools.lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """The one normalisation shared by tables and coder (and the build script); cached, as the
    coder normalises the same words of every sentence."""
    t = text.lower().replace("_", " ").replace("-", " ").replace("\u2010", " ").replace("\u2013", " ")
    t = t.replace(".", "").replace("'", "").replace("\u2019", "")
    if not t.isascii():  # "Türkiye", "Fernández": as the tables' ASCII spellings ("Turkiye", "Fernandez")
        t = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))
    return " ".join(t.split())


ARTICLES = frozenset({"the", "a", "an"})


def key_of(text: str) -> Key:
    """Words of a name without a leading article: "the Kremlin" and "Kremlin" share a key."""
    words = normalise(text).split()
    while len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return tuple(words)


@dataclass(frozen=True, slots=True)
class Entry:
    """What a name stands for. ``upper``: only matches an upper-case token (``US``, ``WHO``, ``IS``)."""

    kind: EntryKind
    code: str  # CAMEO code of the country/region/organisation; person key for persons
    country: str | None  # ISO3, "IGO", a region code, or None
    role: str | None
    name: str
    upper: bool = False


@dataclass(frozen=True, slots=True)
class Period:
    code: str
    start: dt.date | None
    end: dt.date | None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, when: dt.date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    periods: tuple[Period, ...]

    def code_at(self, when: dt.date | None) -> str:
        """The person's code on ``when`` (today's role when None); an undated row is the fallback."""
        dated = [p for p in self.periods if p.dated]
        if when is not None:
            hits = [p for p in dated if p.covers(when)]
        else:
            hits = [p for p in dated if p.end is None]
        if hits:
            return max(hits, key=lambda p: p.start or dt.date.min).code
        undated = [p for p in self.periods if not p.dated]
        if undated:
            eli = [p for p in undated if p.code.endswith("ELI")]
            return (eli or undated)[0].code
        return max(dated, key=lambda p: p.end or dt.date.max).code

    def out_of_office(self, when: dt.date) -> bool:
        """True if every period is dated and none covers ``when``: the role the tables last list is stale."""
        return bool(self.periods) and all(p.dated for p in self.periods) and not any(p.covers(when) for p in self.periods)

    def holds_office(self, when: dt.date | None) -> bool:
        """True if a dated, non-elite period covers ``when``: used to pick among namesakes."""
        return any(p.dated and not p.code.endswith("ELI") and (when is None and p.end is None or when is not None and p.covers(when))
                   for p in self.periods)


@dataclass(frozen=True)
class ActorTables:
    """All lookups the coder needs. Built once by :func:`load_tables`."""

    names: Mapping[Key, tuple[Entry, ...]]  # countries, seats, regions, organisations, persons
    roles: Mapping[Key, str]
    people: Mapping[str, Person]  # person key -> Person
    cameo_to_iso: Mapping[str, str]
    max_len: int
    # head noun -> partitive | collective | mass | place | ethnic | people | premises (heads_hand.tsv)
    heads: Mapping[str, HeadKind] = field(default_factory=lambda: MappingProxyType({}))
    # (first word, last word) of a person's name -> person keys: "Omar al-Bashir" finds "Omar Hassan Ahmad al Bashir"
    people_ends: Mapping[Key, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    # a person's surname (last word of a name of two or more words) -> person keys: "President Marcos"
    people_last: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    # organisation name -> the codes of the periods its standing changed in (organisations_dated.tsv)
    org_periods: Mapping[str, tuple[Period, ...]] = field(default_factory=lambda: MappingProxyType({}))
    # a title written before a name, as its lower-case tokens ("gov.", "lt. gov.") -> the role it gives or
    # "" (titles.tsv): "Gov. Tony Evers" is a governor, "Secretary Teodoro" no one named "Secretary"
    titles: Mapping[tuple[str, ...], str] = field(default_factory=lambda: MappingProxyType({}))

    def org_code_at(self, entry: Entry, when: dt.date | None) -> Entry:
        """An organisation as it stood on ``when``: the Taliban govern Afghanistan from August 2021."""
        for period in self.org_periods.get(entry.name, ()) if when is not None else ():
            if period.covers(when):
                return replace(entry, code=period.code)
        return entry

    def iso(self, cameo: str) -> str:
        return self.cameo_to_iso.get(cameo, cameo)

    def head_kind(self, head) -> HeadKind | None:
        """The kind heads_hand.tsv gives a phrase's head noun, by its lemma or its word ("futures")."""
        return self.heads.get(normalise(head.lemma_)) or self.heads.get(normalise(head.text))

    def countries_named(self, text: str) -> frozenset[str]:
        """The countries a name stands for in the tables ("Paris" and "France": FRA; a person: the country
        of their latest office), empty for a name the tables lack."""
        out = set()
        for e in self.names.get(key_of(text), ()):
            person = self.people.get(e.code) if e.kind == "person" else None
            country = self.iso(person.code_at(None)[:3]) if person is not None else e.country
            if country:
                out.add(country)
        return frozenset(out)

    @functools.cached_property
    def iso_to_cameo(self) -> Mapping[str, str]:
        return MappingProxyType({iso: cameo for cameo, iso in self.cameo_to_iso.items()})


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a data file: ``#`` lines are comments (source/licence), the first other line the header."""
    header: list[str] | None = None
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                continue
            if len(cells) != len(header):
                raise TableError(f"{path.name}:{n}: expected {len(header)} columns, got {len(cells)}")
            yield dict(zip(header, cells))


#: CAMEO's region codes (AFR, EUR, MEA, ...): actors' country parts that name no state
REGION_CODES = frozenset(row["code"] for row in read_tsv(DATA_DIR / "regions.tsv"))


def names_a_state(country: str | None) -> bool:
    """Whether an actor's country part is a state's code: not an organisation's, a region's or none."""
    return bool(country) and len(country) == 3 and country not in INTERNATIONAL_CODES and country not in REGION_CODES


def split_aliases(cell: str) -> list[str]:
    return [a for a in cell.split("|") if a.strip()]


def is_short_acronym(alias: str) -> bool:
    """One word of at most three letters (US, UN, EU, IS, WHO, ICC): too easily an ordinary word in lower case."""
    k = key_of(alias)
    return len(k) == 1 and len(k[0]) <= 3


def parse_date(cell: str) -> dt.date | None:
    return dt.date.fromisoformat(cell) if cell else None


class _Builder:
    """Collects entries in priority order: the first entry of a kind for a key wins."""

    def __init__(self) -> None:
        self.names: dict[Key, list[Entry]] = {}
        self.roles: dict[Key, str] = {}
        self.locked: set[Key] = set()

    def names_place(self, alias: str) -> bool:
        """Whether a country, capital or region already goes by this name."""
        return any(e.kind in ("country", "seat", "region") for e in self.names.get(key_of(alias), ()))

    def add(self, alias: str, entry: Entry, *, override: bool = False, hand: bool = False) -> None:
        """Add a name; a key named in a hand file means only what the hand files say."""
        k = key_of(alias)
        if not k or (k in self.locked and not hand):
            return
        if hand and k not in self.locked:
            self.locked.add(k)
            self.names.pop(k, None)  # drop what the generated tables said
        if is_short_acronym(alias):
            entry = Entry(entry.kind, entry.code, entry.country, entry.role, entry.name, upper=True)
        lst = self.names.setdefault(k, [])
        same = [i for i, e in enumerate(lst) if e.kind == entry.kind]
        if entry.kind == "person":
            if all(e.code != entry.code for e in lst):
                lst.append(entry)
        elif not same:
            lst.append(entry)
        elif override:
            lst[same[0]] = entry


def _load_countries(b: _Builder, data: Path) -> dict[str, str]:
    rows = list(read_tsv(data / "countries.tsv"))
    cameo_to_iso = {row["cameo"]: row["iso3"] for row in rows}
    iso_to_cameo = {row["iso3"]: row["cameo"] for row in rows}
    names = {row["iso3"]: row["name"] for row in rows}
    for row in read_tsv(data / "country_aliases_hand.tsv"):
        kind = "seat" if row["kind"] in ("seat", "capital") else "country"
        role = (row["role"] or None) if kind == "seat" else None
        iso = row["iso3"]
        b.add(row["alias"], Entry(kind, iso_to_cameo.get(iso, iso), iso, role, names.get(iso, iso)), hand=True)
    for row in rows:
        iso, cameo = row["iso3"], row["cameo"]
        country = Entry("country", cameo, iso, None, row["name"])
        demonyms = split_aliases(row["demonyms"])
        for alias in [row["name"], *split_aliases(row["variants"]), *demonyms, *map(plural, demonyms),
                      *split_aliases(row["places"])]:
            if alias:
                b.add(alias, country)
        for cap in split_aliases(row["capitals"]):
            b.add(cap, Entry("seat", cameo, iso, "GOV", row["name"]))
    return cameo_to_iso


def plural(demonym: str) -> str:
    """The plural of a one-word demonym used as a noun ("Guatemalan" -> "Guatemalans", "Pakistani" ->
    "Pakistanis"); none for adjectives that are no count noun ("French", "Sudanese", "Swiss")."""
    if " " in demonym or demonym.endswith(("sh", "ch", "ese", "s", "x", "z")) or not demonym[:1].isupper():
        return ""
    return demonym + "s"


def _load_regions(b: _Builder, data: Path) -> None:
    for row in read_tsv(data / "regions.tsv"):
        e = Entry("region", row["code"], row["code"], None, row["name"])
        for alias in [row["name"], *split_aliases(row["aliases"])]:
            b.add(alias, e, hand=True)


def _load_orgs(b: _Builder, data: Path) -> None:
    for fname, override in (("organisations_hand.tsv", True), ("agencies_hand.tsv", True), ("organisations.tsv", False)):
        rows = list(read_tsv(data / fname))
        # primary names before aliases, so a name never loses to someone else's alias
        for primary in (True, False):
            for row in rows:
                e = Entry("org", row["code"], row["country"] or None, None, row["name"])
                for alias in [row["name"]] if primary else split_aliases(row["aliases"]):
                    if not primary and not override and b.names_place(alias):
                        continue  # a generated alias that is a country's name ("Philippines" for a rebel front) is noise
                    b.add(alias, e, override=override and primary, hand=override)


def name_ends(name: str) -> Key | None:
    """(first, last) words of a name of three or more words; shorter names are matched whole."""
    words = normalise(name).split()
    return (words[0], words[-1]) if len(words) >= 3 else None


def _index_ends(people: Mapping[str, Person], aliases: dict[str, list[str]]) -> dict[Key, tuple[str, ...]]:
    ends: dict[Key, list[str]] = {}
    for pkey in people:
        for alias in aliases[pkey]:
            k = name_ends(alias)
            if k is not None and pkey not in ends.setdefault(k, []):
                ends[k].append(pkey)
    return {k: tuple(v) for k, v in ends.items()}


NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _index_last(people: Mapping[str, Person], aliases: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    last: dict[str, list[str]] = {}
    for pkey in people:
        for alias in aliases[pkey]:
            words = [w for w in normalise(alias).split() if w not in NAME_SUFFIXES]
            if len(words) >= 2 and pkey not in last.setdefault(words[-1], []):
                last[words[-1]].append(pkey)
    return {k: tuple(v) for k, v in last.items()}


def is_measure(tok) -> bool:
    """A head noun of an economic or statistical quantity (heads_hand.tsv ``measure``: "rate", "futures"):
    no actor, nor the country or market it is of the doer of what the quantity does."""
    return load_tables().head_kind(tok) == "measure"


def _load_heads(data: Path) -> dict[str, HeadKind]:
    path = data / "heads_hand.tsv"
    if not path.exists():
        return {}
    out: dict[str, HeadKind] = {}
    for row in read_tsv(path):
        if row["kind"] not in HEAD_KINDS:
            raise TableError(f"{path.name}: unknown head kind {row['kind']!r} for {row['noun']!r}")
        out.setdefault(normalise(row["noun"]), row["kind"])  # type: ignore[arg-type]
    return out


def _load_people(b: _Builder, data: Path) -> tuple[dict[str, Person], dict[str, list[str]]]:
    grouped: dict[str, tuple[str, list[str], list[Period]]] = {}
    for fname in ("people_modern.tsv", "people.tsv"):  # modern first: its names are canonical
        path = data / fname
        if not path.exists():
            continue
        modern = set(grouped)
        for row in read_tsv(path):
            pkey = normalise(row["name"])
            if pkey not in grouped:  # a Phoenix entry for someone in the modern table joins that person
                pkey = next((k for k in map(normalise, split_aliases(row["aliases"])) if k in modern), pkey)
            name, aliases, periods = grouped.setdefault(pkey, (row["name"], [], []))
            if row["name"] != name and row["name"] not in aliases:
                aliases.append(row["name"])
            for a in split_aliases(row["aliases"]):
                if a not in aliases:
                    aliases.append(a)
            periods.append(Period(row["code"], parse_date(row["start"]), parse_date(row["end"])))
    people: dict[str, Person] = {}
    names: dict[str, list[str]] = {}
    for pkey, (name, aliases, periods) in grouped.items():
        people[pkey] = Person(name, tuple(periods))
        names[pkey] = [name, *aliases]
        e = Entry("person", pkey, None, None, name)
        for alias in names[pkey]:
            b.add(alias, e)
    return people, names


def _load_roles(b: _Builder, data: Path) -> None:
    for fname in ("roles_hand.tsv", "roles.tsv"):
        for row in read_tsv(data / fname):
            k = key_of(row["noun"])
            if k and k not in b.roles:
                b.roles[k] = row["role"]


def build_tables(data: Path = DATA_DIR) -> ActorTables:
    """Read every table in ``data`` (uncached; tests use it on temporary directories)."""
    b = _Builder()
    cameo_to_iso = _load_countries(b, data)
    _load_regions(b, data)
    _load_orgs(b, data)
    people, person_names = _load_people(b, data)
    _load_roles(b, data)
    max_len = max(max(map(len, b.names)), max(map(len, b.roles)))
    return ActorTables(
        names=MappingProxyType({k: tuple(v) for k, v in b.names.items()}),
        roles=MappingProxyType(b.roles),
        people=MappingProxyType(people),
        cameo_to_iso=MappingProxyType(cameo_to_iso),
        max_len=min(max_len, 12),
        heads=MappingProxyType(_load_heads(data)),
        people_ends=MappingProxyType(_index_ends(people, person_names)),
        people_last=MappingProxyType(_index_last(people, person_names)),
        org_periods=MappingProxyType(_load_org_periods(data)),
        titles=MappingProxyType(_load_titles(data)),
    )


def _load_titles(data: Path) -> dict[tuple[str, ...], str]:
    path = data / "titles.tsv"
    out: dict[tuple[str, ...], str] = {}
    for row in read_tsv(path) if path.exists() else ():
        key = tuple(row["title"].split())
        if not key or len(key) > 2 or row["title"] != row["title"].lower() or key in out:
            raise TableError(f"{path.name}: title {row['title']!r} must be one or two lower-case tokens, once")
        if row["role"] and not row["role"].isupper():
            raise TableError(f"{path.name}: role {row['role']!r} of {row['title']!r} is not a role code")
        out[key] = row["role"]
    return out


def _load_org_periods(data: Path) -> dict[str, tuple[Period, ...]]:
    path = data / "organisations_dated.tsv"
    out: dict[str, list[Period]] = {}
    for row in read_tsv(path) if path.exists() else ():
        out.setdefault(row["name"], []).append(Period(row["code"], parse_date(row["start"]), parse_date(row["end"])))
    return {k: tuple(v) for k, v in out.items()}


@functools.lru_cache(maxsize=1)
def load_tables() -> ActorTables:
    """The packaged tables, read once per process."""
    return build_tables(DATA_DIR)
