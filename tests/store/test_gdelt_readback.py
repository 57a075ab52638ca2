"""`eventwire ingest examples` then the GDELT export, read back with the codebook's column names.

Every column is checked for its type and range, as a GDELT reader (pandas with the official
names, BigQuery's schema) would load it; the examples must all be dated.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pytest

from eventwire.actors.convention import parse
from eventwire.config import Config
from eventwire.store import Store, ingest
from eventwire.store.export import export
from eventwire.store.gdelt import EVENT_COLUMNS, MENTION_COLUMNS
from eventwire.store.gdelt_geo import tables

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

_FIPS = None


def fips_codes() -> set[str]:
    return {c.fips for c in tables().countries.values() if c.fips}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("gdelt")
    report = ingest([str(EXAMPLES)], tmp / "ex.duckdb", config=Config())
    with Store(tmp / "ex.duckdb") as store:
        written = export(store.con, tmp / "out", "gdelt")
        undated = store.con.execute(
            "SELECT count(*) FROM events WHERE date_basis = 'none' OR event_date IS NULL").fetchone()[0]
        docs = store.con.execute("SELECT count(*), count(pub_date) FROM documents").fetchone()
    events_name, mentions_name = sorted(written)

    def read(name, cols):
        with open(tmp / "out" / name, encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
        assert all(len(r) == len(cols) for r in rows), name
        return [dict(zip(cols, r)) for r in rows]

    return (report, read(events_name, EVENT_COLUMNS), read(mentions_name, MENTION_COLUMNS), undated, docs, written,
            tmp / "ex.duckdb")


def test_every_example_that_carries_a_date_is_dated(exported):
    report, _, _, undated, docs, *_ = exported
    assert docs[0] == docs[1] == 13  # 7 articles (the dated JSON Lines copies won) + 6 linking reports
    assert report.undated == 0 and report.replaced == 7
    assert undated == 0


def test_file_names_are_gdelt_names(exported):
    names = sorted(exported[5])
    assert re.fullmatch(r"\d{14}\.export\.CSV", names[0]) and re.fullmatch(r"\d{14}\.mentions\.CSV", names[1])


def _int(v, lo, hi):
    assert re.fullmatch(r"-?\d+", v), v
    assert lo <= int(v) <= hi, v


def _float(v, lo, hi, empty=False):
    if empty and v == "":
        return
    assert lo <= float(v) <= hi, v


def _geo(row, prefix, fips):
    t = row[f"{prefix}_Type"]
    _int(t, 0, 5)
    if t == "0":
        assert all(row[f"{prefix}_{f}"] == "" for f in ("FullName", "CountryCode", "ADM1Code", "Lat", "Long"))
        return
    assert row[f"{prefix}_CountryCode"] in fips
    assert row[f"{prefix}_ADM1Code"].startswith(row[f"{prefix}_CountryCode"])
    _float(row[f"{prefix}_Lat"], -90, 90)
    _float(row[f"{prefix}_Long"], -180, 180)
    assert row[f"{prefix}_FeatureID"] or (t in ("2", "5") and row[f"{prefix}_ADM1Code"] == row[f"{prefix}_CountryCode"])
    parts = row[f"{prefix}_FullName"].split(", ")
    if t in ("3", "4"):
        assert len(parts) in (2, 3) and re.fullmatch(r"\d+", row[f"{prefix}_FeatureID"])
    if t == "1":
        assert len(parts) == 1 and row[f"{prefix}_FeatureID"] == row[f"{prefix}_CountryCode"]


def _actor(row, n):
    code = row[f"Actor{n}Code"]
    if not code:
        assert all(row[f"Actor{n}{f}"] == "" for f in ("Name", "CountryCode", "KnownGroupCode", "Type1Code"))
        return
    assert re.fullmatch(r"([A-Z]{3})+", code)
    for f in ("CountryCode", "KnownGroupCode", "Religion1Code", "Type1Code", "Type2Code", "Type3Code"):
        assert re.fullmatch(r"([A-Z]{3})?", row[f"Actor{n}{f}"]), (f, row)
    p = parse(code)
    assert row[f"Actor{n}CountryCode"] == (p.country or "") and row[f"Actor{n}CountryCode"] not in ("IGO", "NGO")
    assert row[f"Actor{n}Name"] == row[f"Actor{n}Name"].upper()


def test_events_read_back_with_official_names(exported):
    events, fips = exported[1], fips_codes()
    assert events
    for row in events:
        _int(row["GLOBALEVENTID"], 1, 2**63 - 1)
        day = dt.datetime.strptime(row["SQLDATE"], "%Y%m%d").date()
        assert row["MonthYear"] == row["SQLDATE"][:6] and row["Year"] == row["SQLDATE"][:4]
        assert row["FractionDate"] == f"{day.year + (day.month * 30 + day.day) / 365:.4f}"
        _actor(row, 1)
        _actor(row, 2)
        _int(row["IsRootEvent"], 0, 1)
        assert re.fullmatch(r"\d{3,4}", row["EventCode"])
        assert row["EventBaseCode"] == row["EventCode"][:3] and row["EventRootCode"] == row["EventCode"][:2]
        _int(row["QuadClass"], 1, 4)
        _float(row["GoldsteinScale"], -10, 10)
        for c in ("NumMentions", "NumSources", "NumArticles"):
            _int(row[c], 1, 10**6)
        _float(row["AvgTone"], -100, 100)
        for prefix in ("Actor1Geo", "Actor2Geo", "ActionGeo"):
            _geo(row, prefix, fips)
        dt.datetime.strptime(row["DATEADDED"], "%Y%m%d%H%M%S")
        assert row["SOURCEURL"] == "" or row["SOURCEURL"].startswith("https://")


def test_mentions_read_back_with_official_names(exported):
    events, mentions = exported[1], exported[2]
    ids = {e["GLOBALEVENTID"] for e in events}
    assert len(mentions) >= len(events)
    for row in mentions:
        assert row["GLOBALEVENTID"] in ids
        for c in ("EventTimeDate", "MentionTimeDate"):
            dt.datetime.strptime(row[c], "%Y%m%d%H%M%S")
        assert row["MentionType"] == "1"
        assert row["MentionSourceName"] and " " not in row["MentionSourceName"] or "example" not in row["MentionIdentifier"]
        if row["MentionIdentifier"].startswith("https://"):
            assert row["MentionSourceName"] == "example.org"
        _int(row["SentenceID"], 1, 1000)
        for c in ("Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset"):
            _int(row[c], -1, int(row["MentionDocLen"]))
        _int(row["InRawText"], 0, 1)
        _int(row["Confidence"], 0, 100)
        _float(row["MentionDocTone"], -100, 100)
        assert row["MentionDocTranslationInfo"] == row["Extras"] == ""


def test_known_faults_are_gone(exported):
    events, mentions = exported[1], exported[2]
    cols = [c for c in EVENT_COLUMNS if c.endswith("Type1Code") or c.endswith("Type2Code")]
    assert all(len(r[c]) in (0, 3) for r in events for c in cols)  # never NGOHRI in one column
    full = {r["ActionGeo_FullName"] for r in events}
    assert "Athens, Attica, Greece" in full
    assert any(r["Actor1Geo_Type"] != "0" for r in events)  # actor geography is filled
    assert any(r["ActionGeo_FeatureID"].isdigit() for r in events)
    # SentenceID is the sentence's number in the article: some exceed the number of event sentences
    assert max(int(m["SentenceID"]) for m in mentions) > 3


def test_every_stored_enum_value_is_documented(exported):
    from eventwire.store import schema

    text = (ROOT / "SCHEMA.md").read_text(encoding="utf-8")
    assert "`lead`" in text  # the date basis the issue found undocumented
    with Store(exported[6], read_only=True) as store:
        for table in schema.TABLES:
            for col in table.columns:
                if not col.values:
                    continue
                assert all(f"`{v}`" in text for v in col.values)
                seen = {r[0] for r in store.con.execute(f"SELECT DISTINCT {col.name} FROM {table.name}").fetchall()}
                assert seen - {None} <= set(col.values), (table.name, col.name, seen)


def test_bare_role_reports_of_the_meeting_join_its_cluster(exported):
    with Store(exported[6], read_only=True) as store:
        rows = store.con.execute(
            """SELECT e.source_code, e.target_code, e.source_rule, e.target_rule, c.num_articles FROM events e
               JOIN clusters c USING (cluster_id) WHERE e.doc_id = 'meet-harbour' AND e.root = '04'"""
        ).fetchall()
    assert rows and all({s, t} == {"TURGOV", "GRCGOV"} for s, t, *_ in rows)
    # "The two leaders held talks ... at the presidential palace": the leaders, resolved from the article
    # (+antecedent), not the palace (a venue), are the parties; every report joins the other outlets' cluster
    assert any("+antecedent" in (r[2] + r[3]) for r in rows)
    assert all(r[4] >= 3 for r in rows)


def test_events_without_a_doer_export_with_empty_actor1(exported):
    # issue 8's unknown doers (source None: "a drone wounded ...") through the convention, peers,
    # the store and the GDELT export: no Actor1 at all, the rest of the row as for any event.
    report, events, mentions, *_, db = exported
    with Store(db) as store:
        stored = store.con.execute(
            "SELECT count(*) FROM events WHERE source_code IS NULL AND source_country IS NULL").fetchone()[0]
    assert stored >= 1
    doerless = [r for r in events if r["Actor1Code"] == "" and r["Actor1Name"] == "" and r["Actor2Code"]]
    assert doerless
    ids = {r["GLOBALEVENTID"] for r in doerless}
    for r in doerless:
        assert all(r[c] == "" for c in EVENT_COLUMNS if c.startswith("Actor1") and not c.startswith("Actor1Geo"))
        assert r["Actor1Geo_Type"] == "0" and r["EventCode"] and r["SQLDATE"]
        _float(r["AvgTone"], -100, 100)
    assert {m["GLOBALEVENTID"] for m in mentions} >= ids
