"""Datelines and record labels that open a news line: where and by whom a story was filed, and a
conflict dataset's dyad (clean.py labels the lines; these patterns say what opens them).

"MOSCOW (Reuters) -", "Geneva, March 3 (AFP) \u2014", "ISLAMABAD:", "ANKARA" alone on a line, a
byline's place ("By Gbenga Adeyemi, Abuja"), and UCDP's "Government of Sudan - RSF:".
"""
from __future__ import annotations

import re
from typing import Callable

from .records import Dateline

_AGENCY = r"[A-Za-z][\w.&' -]{0,30}"
MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATE = rf"(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})(?:,?\s+\d{{4}}|/\d{{4}})?"  # "November 02/2022" (Addis Standard)
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"  # with the Latin-1 capitals: BOGOTÁ, SÃO PAULO, ASUNCIÓN, ZÜRICH
_CAPS_WORD = rf"[{_UPPER}][{_UPPER}.'\-]*"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}}(?:\s?/\s?{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}})?"  # "CARACAS / BUENOS AIRES"
# MOSCOW, NEW YORK, ST. PETERSBURG, and a story filed from two places: TOKYO/SEOUL
_TITLE_PLACE = r"[A-Z][a-z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2}"  # Geneva, Abu Dhabi
_REGION = r"[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2}"  # Ukraine, Calif., United States
_DASH = r"(?:--|[-\u2013\u2014])"

# Upper-case place: a dash alone is enough. Title-case place: needs an agency or a date.
# After an agency, a colon ends a dateline as a dash does: "KABUL (Pajhwok): ...", and so does a
# lone quotation mark, what an em dash becomes in some feeds' encodings: 'WASHINGTON (AP) " ...'
_AGENCY_SEP = rf"(?:{_DASH}|:|[\"\u201c\u201d])"
# (an agency's name may follow the date bare: "SINGAPORE, June 12 Kyodo -")
_DATELINE_CAPS = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}(?:,\s+{_REGION})?)(?:,\s+(?P<date>{_DATE})(?:,?\s+(?P<agency3>[A-Z][A-Za-z]{{1,15}}))?)?"
    rf"(?:\s*\((?P<agency>{_AGENCY})\)\s*{_AGENCY_SEP}|\s*{_DASH})(?=\s|$)"
)
_DATELINE_TITLE = re.compile(
    rf"^(?P<place>{_TITLE_PLACE}(?:,\s+{_REGION})?)(?:(?:,\s+(?P<date>{_DATE}))"
    rf"(?:\s*\((?P<agency>{_AGENCY})\)|,\s+(?P<agency3>[A-Z]{{2,8}}))?"  # "Tehran, March 15, IRNA -"
    rf"|\s*\((?P<agency2>{_AGENCY})\))\s*{_AGENCY_SEP}(?=\s|$)"
)


def match_dateline(line: str) -> re.Match[str] | None:
    """A dateline at the start of a paragraph: ``MOSCOW (Reuters) -``, ``Geneva, March 3 (AFP) \u2014``."""
    m = _DATELINE_CAPS.match(line)
    if m and _caps_place_ok(m.group("place")):
        return m
    return _DATELINE_TITLE.match(line)


# South Asian and Gulf papers: "NEW DELHI: India and Pakistan ...", "ISLAMABAD: ...", "New Delhi: ..."
# (only opening the story's first paragraph, clean.py); Anadolu and The
# Hindu put the place alone on a line. Without a dash or an agency the place must be a known one
# ("WARNING: ...", "NATO: ..." are not datelines).
_DATELINE_COLON = re.compile(rf"^(?P<place>(?:{_CAPS_PLACE}|{_TITLE_PLACE})(?:,\s+{_REGION})?)(?P<date>)(?P<agency>)\s*:"
                             rf"(?=\s+[\"\u201c\u2018']?[A-Z])")  # (with its state: "Naypyitaw, Myanmar:")
PLACE_ALONE = re.compile(rf"^(?P<place>{_CAPS_PLACE})(?P<date>)(?P<agency>)\s*$")
# A press release's place and date alone on a line: "Georgetown, May 19, 2025"; a paper's, with the month in
# capitals and the time it was filed: "NEW DELHI, AUGUST 28, 2017 13:42 IST" (The Hindu)
_DATE_ANY_CASE = rf"(?:(?i:{MONTH})\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{MONTH}))(?:,?\s+\d{{4}})?"
_FILED_AT = r"(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?)?"
PLACE_DATE_ALONE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE}),\s+(?P<date>{_DATE_ANY_CASE}){_FILED_AT}(?P<agency>)\s*$")


# A conflict dataset's record opening with its dyad, as UCDP names one: the government side first,
# "Government of Sudan - RSF: SAF and RSF fought for control of ...". The two sides are whom the
# record's fighting is between (pipeline: events/dyad.py).
_DYAD = re.compile(r"^(?P<a>Government of [A-Z][^:;\n]{1,50}?|[A-Z][^:;\n]{0,50}?)\s+[-\u2013\u2014]\s+"
                   r"(?P<b>Government of [A-Z][^:;\n]{1,50}?|\w[^:;\n]{0,50}?):\s+(?=\S)")  # "al-Shabaab"


def match_dyad(line: str) -> re.Match[str] | None:
    """A UCDP-style dyad label opening a line ("Government of Mali - CSP-DPA: ..."), one side a
    government as UCDP names it; None for any other "X - Y:" opening."""
    m = _DYAD.match(line)
    if m is None or not any(m.group(k).startswith("Government of ") for k in ("a", "b")):
        return None
    return m


def match_known_place_dateline(line: str, is_place: Callable[[str], bool]) -> re.Match[str] | None:
    """A dateline with no dash or agency ("ISLAMABAD: ...", "ANKARA" alone, or a press release's
    "Georgetown, May 19, 2025"), where ``is_place`` knows its place."""
    m = _DATELINE_COLON.match(line)
    if m is not None:  # "NEW DELHI:", "New Delhi:", "Naypyitaw, Myanmar:"
        return m if is_place(m.group("place").split(",")[0]) else None
    m = PLACE_ALONE.match(line)
    if m is None:
        m = PLACE_DATE_ALONE.match(line)
        return m if m and is_place(m.group("place")) else None
    return m if _caps_place_ok(m.group("place")) and is_place(m.group("place")) else None


def known_place(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a place (False where it is not installed)."""
    try:
        from .places import Gazetteer
    except ImportError:
        return False
    return Gazetteer.load().lookup(name) is not None


def _caps_place_ok(place: str) -> bool:
    head = place.split(",")[0]
    letters = [c for c in head if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def to_dateline(m: re.Match[str]) -> Dateline:
    agency = m.groupdict().get("agency") or m.groupdict().get("agency2") or m.groupdict().get("agency3")
    return Dateline(text=m.group(0).strip(), place=m.group("place").strip(), agency=agency.strip() if agency else None,
                    date_text=m.group("date") or None)
