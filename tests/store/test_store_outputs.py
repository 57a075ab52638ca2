"""Stable outputs: a fixed Parquet schema that concatenates across exports, one CSV layout for events."""
from __future__ import annotations

import csv
import io

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from eventwire.store import Store, export, ingest_items
from eventwire.store import schema
from eventwire.store.export import arrow_schema
from eventwire.store.query import EventFilter, query_events, write_result
from eventwire.store.rows import EVENT_CSV_COLUMNS
from fake_coder import FakeCoder, make_article

WITH_PLACES = [make_article(1, "043 USAGOV CHNGOV 2024-03-05 recip place=CHE", url="https://a.example/1")]
WITHOUT = [make_article(2, "190 RUSMIL UKRMIL 2024-03-04", outlet=None, pub="2024-03-04"),
           make_article(3, "111 RUS - 2024-03-04", outlet=None, pub="2024-03-04")]


def _store(path, articles):
    store = Store(path)
    ingest_items(articles, store, coder=FakeCoder())
    return store


@pytest.fixture()
def two_exports(tmp_path):
    outs = []
    for name, arts in (("a", WITH_PLACES), ("b", WITHOUT)):
        with _store(tmp_path / f"{name}.duckdb", arts) as store:
            export(store.con, tmp_path / name, "parquet")
        outs.append(tmp_path / name)
    return outs


@pytest.mark.parametrize("table", [t.name for t in schema.TABLES])
def test_parquet_schema_is_fixed_and_shards_concatenate(two_exports, table):
    a, b = (pq.read_table(d / f"{table}.parquet") for d in two_exports)
    expected = arrow_schema(schema.table(table))
    assert a.schema.equals(expected, check_metadata=False) and b.schema.equals(expected, check_metadata=False)
    both = pa.concat_tables([a, b])
    assert both.num_rows == a.num_rows + b.num_rows
    assert both.schema.field(0).nullable


def test_place_columns_keep_their_type_when_every_value_is_null(two_exports):
    b = pq.read_table(two_exports[1] / "events.parquet")
    assert b.column("place_name").null_count == b.num_rows and b.schema.field("place_name").type == pa.string()
    assert b.schema.field("place_lat").type == pa.float64() and b.schema.field("date_lo").type == pa.date32()


def test_one_csv_layout_for_events_everywhere(tmp_path):
    with _store(tmp_path / "s.duckdb", WITH_PLACES + WITHOUT) as store:
        export(store.con, tmp_path / "csv", "csv")
        cols, rows = query_events(store.con, EventFilter())
    with open(tmp_path / "csv" / "events.csv", encoding="utf-8", newline="") as fh:
        exported = list(csv.reader(fh))
    assert tuple(exported[0]) == EVENT_CSV_COLUMNS == tuple(cols)
    out = io.StringIO()
    write_result(cols, rows, "csv", out)
    listed = list(csv.reader(io.StringIO(out.getvalue())))
    assert tuple(listed[0]) == EVENT_CSV_COLUMNS
    # codes as text, missing target empty (never "-")
    by_id = {r[0]: dict(zip(EVENT_CSV_COLUMNS, r)) for r in listed[1:]}
    assert {r["root"] for r in by_id.values()} == {"04", "19", "11"}
    assert all(r["target_code"] != "-" for r in by_id.values())
    assert any(r["target_code"] == "" for r in by_id.values())
