"""Validate the hand-authored table of post-2014 leaders (actors/data/people_modern.tsv).

The table is knowledge, not code, so its invariants are checked here: shape, CAMEO codes,
ISO dates, one holder per office at a time, coverage of the offices the coder must know,
and a few facts pinned so that an accidental edit shows up.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "eventwire" / "actors" / "data"
TABLE = DATA / "people_modern.tsv"
COUNTRIES = DATA / "countries.tsv"

HEADER = ["name", "aliases", "code", "title", "start", "end", "note"]
CODE_RE = re.compile(r"^[A-Z]{3}(GOV|MIL|LEG|JUD)$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
IN_OFFICE = "in office at knowledge cutoff"
FOREVER = date.max
MAX_VACANCY_DAYS = 70

HEAD_TITLES = frozenset({
    "President", "Prime Minister", "Chancellor", "Premier", "King", "Queen",
    "Emperor", "Emir", "Supreme Leader",
})
TITLES = HEAD_TITLES | {
    "Foreign Minister", "Defence Minister", "Crown Prince", "De facto leader",
    "Chief Executive", "President of the Presidium", "Secretary-General",
    "President of the European Commission", "President of the European Council",
    "High Representative", "Chief of the General Staff", "Chief of Army Staff",
    "Chairman of the Joint Chiefs of Staff", "Commander-in-Chief of the Armed Forces",
    "President of the National Assembly",
}
P5_G20 = (
    "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN MEX RUS SAU ZAF KOR TUR GBR USA"
).split()
CONFLICT_STATES = "UKR ISR IRN SYR PSE EGY PRK AFG PAK IRQ VEN BLR POL QAT".split()
# Used only where countries.tsv is absent: every country this table names.
FALLBACK_ISO3 = frozenset(P5_G20 + CONFLICT_STATES)


@dataclass(frozen=True, slots=True)
class Row:
    line: int
    name: str
    aliases: tuple[str, ...]
    code: str
    title: str
    start: date
    end: date | None
    note: str

    @property
    def until(self) -> date:
        return self.end or FOREVER

    def covers(self, day: date) -> bool:
        return self.start <= day < self.until

    def overlaps(self, other: "Row") -> bool:
        """Strict overlap: a shared hand-over day is not an overlap."""
        return self.start < other.until and other.start < self.until


def _raw_lines() -> list[tuple[int, list[str]]]:
    text = TABLE.read_text(encoding="utf-8")
    out = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        out.append((n, line.split("\t")))
    return out


def _load() -> list[Row]:
    rows = []
    for n, f in _raw_lines()[1:]:
        rows.append(Row(
            line=n, name=f[0], aliases=tuple(a for a in f[1].split("|") if a) if f[1] else (),
            code=f[2], title=f[3], start=date.fromisoformat(f[4]),
            end=date.fromisoformat(f[5]) if f[5] else None, note=f[6],
        ))
    return rows


@pytest.fixture(scope="module")
def rows() -> list[Row]:
    return _load()


def _iso3() -> frozenset[str]:
    if not COUNTRIES.exists():
        return FALLBACK_ISO3
    lines = [ln for ln in COUNTRIES.read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    if "iso3" not in header:
        return FALLBACK_ISO3
    col = header.index("iso3")
    return frozenset(ln.split("\t")[col] for ln in lines[1:])


def _by(rows, **kw) -> list[Row]:
    return [r for r in rows if all(getattr(r, k) == v for k, v in kw.items())]


# ---------------------------------------------------------------- shape

def test_file_starts_with_comments_naming_source_and_convention():
    head = TABLE.read_text(encoding="utf-8").splitlines()[:6]
    assert all(line.startswith("#") for line in head[:3])
    joined = " ".join(head).lower()
    assert "general knowledge" in joined and "eventwire" in joined


def test_header_and_seven_fields_everywhere():
    lines = _raw_lines()
    assert lines[0][1] == HEADER
    bad = [(n, len(f)) for n, f in lines if len(f) != 7]
    assert not bad, f"rows without 7 fields (line, fields): {bad}"


def test_table_is_broad(rows):
    assert len(rows) >= 250


def test_fields_are_clean(rows):
    for r in rows:
        for value in (r.name, r.code, r.title, r.note, *r.aliases):
            assert value == value.strip(), f"line {r.line}: stray whitespace in {value!r}"
        assert r.name and r.name.isascii(), f"line {r.line}: name must be ASCII-folded"
        assert r.title in TITLES, f"line {r.line}: unknown title {r.title!r}"


def test_aliases_are_distinct_and_never_repeat_the_name(rows):
    for r in rows:
        assert len(set(r.aliases)) == len(r.aliases), f"line {r.line}: duplicate alias"
        assert r.name not in r.aliases, f"line {r.line}: name repeated among aliases"
        assert all(a.strip() for a in r.aliases), f"line {r.line}: empty alias"


# ---------------------------------------------------------------- codes

def test_codes_are_cameo_country_roles_or_igos(rows):
    for r in rows:
        assert CODE_RE.match(r.code) or r.code.startswith("IGO"), f"line {r.line}: {r.code}"


def test_country_part_is_iso3(rows):
    iso3 = _iso3()
    for r in rows:
        if not r.code.startswith("IGO"):
            assert r.code[:3] in iso3, f"line {r.line}: {r.code[:3]} is not ISO 3166 alpha-3"


def test_only_known_igo_codes(rows):
    assert {r.code for r in rows if r.code.startswith("IGO")} == {"IGOEUREEC", "IGOUNO"}


# ---------------------------------------------------------------- dates

def test_dates_are_iso_and_ordered():
    for n, f in _raw_lines()[1:]:
        assert DATE_RE.match(f[4]), f"line {n}: bad start {f[4]!r}"
        assert not f[5] or DATE_RE.match(f[5]), f"line {n}: bad end {f[5]!r}"
    for r in _load():
        assert r.end is None or r.start <= r.end, f"line {r.line}: start after end"


def test_every_row_reaches_the_covered_period(rows):
    assert all(r.until >= date(2014, 1, 1) for r in rows)


def test_open_tenures_say_so_and_closed_ones_do_not(rows):
    for r in rows:
        assert (IN_OFFICE in r.note) == (r.end is None), f"line {r.line}: note vs end"


def test_same_person_same_office_never_overlaps(rows):
    groups = defaultdict(list)
    for r in rows:
        groups[(r.name, r.code, r.title)].append(r)
    for key, tenures in groups.items():
        for i, a in enumerate(tenures):
            for b in tenures[i + 1:]:
                assert not a.overlaps(b), f"{key}: lines {a.line} and {b.line} overlap"


def test_one_holder_per_office_at_a_time(rows):
    groups = defaultdict(list)
    for r in rows:
        groups[(r.code, r.title)].append(r)
    for key, tenures in groups.items():
        for i, a in enumerate(tenures):
            for b in tenures[i + 1:]:
                if a.name != b.name:
                    assert not a.overlaps(b), f"{key}: {a.name} and {b.name} overlap"


def test_name_title_start_unique(rows):
    keys = [(r.name, r.title, r.start) for r in rows]
    assert len(keys) == len(set(keys))


def test_no_alias_points_to_two_people_at_once(rows):
    """A surface form shared by two people in office together could not be coded."""
    owners = defaultdict(list)
    for r in rows:
        for form in {r.name, *r.aliases}:
            owners[form.casefold()].append(r)
    for form, rs in owners.items():
        for i, a in enumerate(rs):
            for b in rs[i + 1:]:
                if a.name != b.name:
                    assert not a.overlaps(b), f"{form!r}: {a.name} vs {b.name}"


# ---------------------------------------------------------------- coverage

@pytest.mark.parametrize("iso3", P5_G20)
@pytest.mark.parametrize("day", [date(2014, 1, 1), date(2020, 1, 1), date(2024, 6, 1)])
def test_p5_g20_head_of_state_or_government_covered(rows, iso3, day):
    heads = [r for r in rows if r.code == f"{iso3}GOV" and r.title in HEAD_TITLES]
    assert any(r.covers(day) for r in heads), f"no head of {iso3} on {day}"


@pytest.mark.parametrize("iso3", P5_G20)
@pytest.mark.parametrize("title", ["Foreign Minister", "Defence Minister"])
def test_p5_g20_ministers_present(rows, iso3, title):
    assert _by(rows, code=f"{iso3}GOV", title=title)


@pytest.mark.parametrize("iso3", ["RUS", "CHN", "USA", "GBR", "FRA", "DEU", "IND", "TUR", "JPN"])
@pytest.mark.parametrize("title", ["Foreign Minister", "Defence Minister"])
def test_major_ministries_have_no_long_gap(rows, iso3, title):
    """Every tenure 2014-2024 is well documented here, so only short vacancies or
    unlisted acting holders (China's defence post was empty for two months in 2023)
    may separate one minister from the next."""
    tenures = sorted(_by(rows, code=f"{iso3}GOV", title=title), key=lambda r: r.start)
    covered_until = date(2014, 1, 1)
    assert tenures[0].start <= covered_until, f"{iso3} {title}: nobody on 2014-01-01"
    for r in tenures:
        gap = (r.start - covered_until).days
        assert gap <= MAX_VACANCY_DAYS, f"{iso3} {title}: {gap} days empty before {r.name}"
        covered_until = max(covered_until, r.until)
    assert covered_until > date(2024, 6, 1)


@pytest.mark.parametrize("iso3", CONFLICT_STATES)
def test_conflict_state_head_present(rows, iso3):
    assert any(r.code == f"{iso3}GOV" and r.title in HEAD_TITLES for r in rows)


@pytest.mark.parametrize("title", [
    "President of the European Commission", "President of the European Council",
    "High Representative",
])
def test_eu_leaders_cover_the_period(rows, title):
    tenures = _by(rows, code="IGOEUREEC", title=title)
    for day in (date(2014, 1, 1), date(2017, 1, 1), date(2020, 1, 1), date(2024, 6, 1)):
        assert any(r.covers(day) for r in tenures), f"{title} on {day}"


def test_un_secretary_general_covers_the_period(rows):
    tenures = _by(rows, code="IGOUNO", title="Secretary-General")
    assert all(any(r.covers(date(y, 6, 1)) for r in tenures) for y in range(2014, 2026))


def test_people_with_two_roles_have_two_rows(rows):
    assert {r.title for r in _by(rows, name="Fumio Kishida")} == {"Foreign Minister", "Prime Minister"}
    assert {r.code for r in _by(rows, name="Ursula von der Leyen")} == {"DEUGOV", "IGOEUREEC"}


# ---------------------------------------------------------------- pinned facts

def _one(rows, name, code, title, start):
    found = [r for r in _by(rows, name=name, code=code, title=title) if r.start == start]
    assert len(found) == 1, f"{name} {code} {title} from {start}"
    return found[0]


def test_spot_facts(rows):
    assert _one(rows, "Emmanuel Macron", "FRAGOV", "President", date(2017, 5, 14)).end is None
    assert _one(rows, "Xi Jinping", "CHNGOV", "President", date(2013, 3, 14)).end is None
    assert _one(rows, "Recep Tayyip Erdogan", "TURGOV", "President", date(2014, 8, 28)).end is None
    assert _one(rows, "Recep Tayyip Erdogan", "TURGOV", "Prime Minister", date(2003, 3, 14)).end \
        == date(2014, 8, 28)
    assert _one(rows, "Sergei Lavrov", "RUSGOV", "Foreign Minister", date(2004, 3, 9)).end is None
    assert _one(rows, "Angela Merkel", "DEUGOV", "Chancellor", date(2005, 11, 22)).end \
        == date(2021, 12, 8)
    assert _one(rows, "Theresa May", "GBRGOV", "Prime Minister", date(2016, 7, 13)).end \
        == date(2019, 7, 24)
    assert _one(rows, "Narendra Modi", "INDGOV", "Prime Minister", date(2014, 5, 26)).end is None
    assert _one(rows, "Antonio Guterres", "IGOUNO", "Secretary-General", date(2017, 1, 1)).end is None
    assert _one(rows, "Joe Biden", "USAGOV", "President", date(2021, 1, 20)).end == date(2025, 1, 20)


def test_trump_has_two_separate_terms(rows):
    terms = sorted(_by(rows, name="Donald Trump", code="USAGOV", title="President"),
                   key=lambda r: r.start)
    assert [(t.start, t.end) for t in terms] == [
        (date(2017, 1, 20), date(2021, 1, 20)), (date(2025, 1, 20), None)]


def test_who_held_office_on_known_days(rows):
    def holder(code, title, day):
        return {r.name for r in _by(rows, code=code, title=title) if r.covers(day)}

    assert holder("USAGOV", "President", date(2015, 11, 26)) == {"Barack Obama"}
    assert holder("FRAGOV", "President", date(2015, 11, 26)) == {"Francois Hollande"}
    assert holder("RUSGOV", "President", date(2015, 11, 26)) == {"Vladimir Putin"}
    assert holder("GBRGOV", "Prime Minister", date(2022, 10, 1)) == {"Liz Truss"}
    assert holder("ISRGOV", "Prime Minister", date(2021, 1, 1)) == {"Benjamin Netanyahu"}
    assert holder("ISRGOV", "Prime Minister", date(2022, 1, 1)) == {"Naftali Bennett"}
    assert holder("UKRGOV", "President", date(2013, 6, 1)) == {"Viktor Yanukovych"}
    assert holder("DEUGOV", "Chancellor", date(2013, 6, 1)) == {"Angela Merkel"}
    # Nothing may be claimed for a day before anyone in the table took that office.
    assert holder("SYRGOV", "De facto leader", date(2024, 1, 1)) == set()


def test_leaders_beyond_the_g20_and_conflict_states(rows):
    def holder(code, title, day):
        return {r.name for r in _by(rows, code=code, title=title) if r.covers(day)}

    assert _one(rows, "Bola Tinubu", "NGAGOV", "President", date(2023, 5, 29)).end is None
    assert _one(rows, "William Ruto", "KENGOV", "President", date(2022, 9, 13)).end is None
    assert _one(rows, "Anura Kumara Dissanayake", "LKAGOV", "President", date(2024, 9, 23)).end is None
    assert _one(rows, "Anwar Ibrahim", "MYSGOV", "Prime Minister", date(2022, 11, 24)).end is None
    assert _one(rows, "Hun Sen", "KHMGOV", "Prime Minister", date(1985, 1, 14)).end == date(2023, 8, 22)
    assert _one(rows, "Hun Manet", "KHMGOV", "Prime Minister", date(2023, 8, 22)).end is None
    assert "junta leader" in _one(rows, "Abdourahamane Tiani", "NERGOV", "President", date(2023, 7, 26)).note
    assert holder("NERGOV", "President", date(2022, 1, 1)) == {"Mohamed Bazoum"}
    assert holder("LBNGOV", "President", date(2015, 6, 1)) == set()  # the presidency was vacant
    assert holder("MYSGOV", "Prime Minister", date(2019, 1, 1)) == {"Mahathir Mohamad"}
    assert holder("ETHGOV", "Prime Minister", date(2019, 1, 1)) == {"Abiy Ahmed"}
    assert holder("THAGOV", "Prime Minister", date(2016, 1, 1)) == {"Prayut Chan-o-cha"}
    assert holder("TWNGOV", "President", date(2020, 1, 1)) == {"Tsai Ing-wen"}
    assert holder("HUNGOV", "Foreign Minister", date(2020, 1, 1)) == {"Peter Szijjarto"}
