from __future__ import annotations

import csv
import datetime as dt
import io
import json

import duckdb
import pytest

from eventwire.store import EventFilter, Store, export, ingest_items, query_clusters, query_dyads, query_events
from eventwire.store.gdelt import EVENT_COLUMNS, MENTION_COLUMNS
from eventwire.store.gdelt_geo import fips
from eventwire.store.summary import global_event_id
from eventwire.store.query import write_result
from fake_coder import FakeCoder, make_article

ARTICLES = [
    make_article(1, "043 USAGOV CHNGOV 2024-03-05 recip place=CHE conf=0.6", outlet="a", url="https://a.example/1"),
    make_article(2, "040 CHNGOV USAGOV 2024-03-05 recip conf=0.7", outlet="b", pub="2024-03-06"),
    make_article(3, "190 RUSMIL UKRMIL 2024-03-04 place=UKR", outlet="a", pub="2024-03-04"),
    make_article(4, "111 RUSGOV UKRGOV 2024-03-20", outlet="c", pub="2024-03-21"),
]


@pytest.fixture()
def con(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        ingest_items(ARTICLES, store, coder=FakeCoder())
        yield store.con


def _ids(rows, cols, name="doc_id"):
    i = cols.index(name)
    return {r[i] for r in rows}


def test_event_filters(con):
    cols, rows = query_events(con, EventFilter())
    assert len(rows) == 4
    cols, rows = query_events(con, EventFilter(source="RUS"))
    assert _ids(rows, cols) == {ARTICLES[2].id, ARTICLES[3].id}
    cols, rows = query_events(con, EventFilter(source="RUSMIL"))
    assert _ids(rows, cols) == {ARTICLES[2].id}
    cols, rows = query_events(con, EventFilter(country="CHE"))
    assert _ids(rows, cols) == {ARTICLES[0].id}
    cols, rows = query_events(con, EventFilter(root="04"))
    assert _ids(rows, cols) == {ARTICLES[0].id, ARTICLES[1].id}
    cols, rows = query_events(con, EventFilter(code="19", quad=4))
    assert _ids(rows, cols) == {ARTICLES[2].id}
    cols, rows = query_events(con, EventFilter(since=dt.date(2024, 3, 10)))
    assert _ids(rows, cols) == {ARTICLES[3].id}
    cols, rows = query_events(con, EventFilter(until=dt.date(2024, 3, 4)))
    assert _ids(rows, cols) == {ARTICLES[2].id}
    cols, rows = query_events(con, EventFilter(target="FRA"))
    assert rows == []
    cols, rows = query_events(con, EventFilter(), limit=1)
    assert len(rows) == 1


def test_cluster_filter_by_id_and_global_id(con):
    cols, clusters = query_clusters(con, EventFilter(root="04"))
    assert len(clusters) == 1
    row = dict(zip(cols, clusters[0]))
    assert (row["num_articles"], row["num_sources"]) == (2, 2)
    assert row["global_event_id"] == global_event_id(row["cluster_id"])
    for key in (row["cluster_id"], str(row["global_event_id"])):
        cols, rows = query_events(con, EventFilter(cluster=key))
        assert _ids(rows, cols) == {ARTICLES[0].id, ARTICLES[1].id}


def test_dyads_by_period(con):
    cols, rows = query_dyads(con, by="month")
    table = {(r[1], r[2]): r for r in rows}
    assert cols[:4] == ["period", "source_country", "target_country", "events"]
    assert table[("RUS", "UKR")][3] == 2 and table[("RUS", "UKR")][0] == dt.date(2024, 3, 1)
    assert table[("RUS", "UKR")][6] == pytest.approx((-5.0 - 5.0) / 2)
    cols, rows = query_dyads(con, by="day", since=dt.date(2024, 3, 10))
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [(dt.date(2024, 3, 20), "RUS", "UKR", 1)]
    with pytest.raises(ValueError, match="E340"):
        query_dyads(con, by="year")


def test_output_formats(con):
    cols, rows = query_clusters(con, EventFilter())
    out = io.StringIO()
    write_result(cols, rows, "csv", out)
    parsed = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(parsed) == len(rows) and set(parsed[0]) == set(cols)
    out = io.StringIO()
    write_result(cols, rows, "json", out)
    assert len(json.loads(out.getvalue())) == len(rows)
    out = io.StringIO()
    write_result(cols, rows, "table", out, table_columns=("cluster_id", "code"))
    lines = out.getvalue().splitlines()
    assert lines[0].split() == ["cluster_id", "code"] and lines[-1] == f"({len(rows)} rows)"


@pytest.mark.parametrize("fmt, reader", [("parquet", "read_parquet"), ("csv", "read_csv_auto"), ("jsonl", "read_json_auto")])
def test_table_exports_round_trip(con, tmp_path, fmt, reader):
    written = export(con, tmp_path / "out", fmt)
    assert written[f"events.{fmt}"] == 4
    check = duckdb.connect()
    n = check.execute(f"SELECT count(*) FROM {reader}('{tmp_path / 'out' / f'clusters.{fmt}'}')").fetchone()[0]
    assert n == con.execute("SELECT count(*) FROM clusters").fetchone()[0]


def test_unknown_export_format(con, tmp_path):
    with pytest.raises(ValueError, match="E330"):
        export(con, tmp_path, "xml")


def test_gdelt_export(con, tmp_path):
    assert len(EVENT_COLUMNS) == 61 and len(MENTION_COLUMNS) == 16
    assert EVENT_COLUMNS[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert EVENT_COLUMNS[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                                    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert EVENT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL") and "ActionGeo_ADM2Code" in EVENT_COLUMNS
    written = export(con, tmp_path, "gdelt")
    events_name, mentions_name = sorted(written)
    assert events_name.endswith(".export.CSV") and mentions_name.endswith(".mentions.CSV")
    events = [line.split("\t") for line in (tmp_path / events_name).read_text().splitlines()]
    mentions = [line.split("\t") for line in (tmp_path / mentions_name).read_text().splitlines()]
    assert all(len(r) == 61 for r in events) and all(len(r) == 16 for r in mentions)
    assert len(events) == 3 and len(mentions) == 4
    ev = {r[26]: dict(zip(EVENT_COLUMNS, r)) for r in events}
    meet = ev["040"]  # 043 and 040 once each: the tie goes to the smaller code
    assert int(meet["GLOBALEVENTID"]) > 0
    assert (meet["SQLDATE"], meet["MonthYear"], meet["Year"]) == ("20240305", "202403", "2024")
    assert (meet["NumMentions"], meet["NumArticles"], meet["NumSources"]) == ("2", "2", "2")
    assert meet["ActionGeo_CountryCode"] == "SZ" == fips("CHE")  # FIPS, not ISO
    assert meet["ActionGeo_Type"] == "4" and meet["SOURCEURL"] == "https://a.example/1"
    assert {meet["Actor1CountryCode"], meet["Actor2CountryCode"]} == {"USA", "CHN"}
    ids = {r[0] for r in events}
    assert {m[0] for m in mentions} == ids
    conf = {dict(zip(MENTION_COLUMNS, m))["Confidence"] for m in mentions}
    assert "60" in conf and "70" in conf
