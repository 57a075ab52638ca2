from __future__ import annotations

from pathlib import Path

import duckdb

from eventwire.store import schema
from eventwire.store.rows import coded_rows
from fake_coder import code_one, make_article

ROOT = Path(__file__).resolve().parents[2]


def test_schema_md_is_generated_from_code():
    assert (ROOT / "SCHEMA.md").read_text(encoding="utf-8") == schema.render_markdown(), (
        "SCHEMA.md is stale: run `PYTHONPATH=src python -m eventwire.store > SCHEMA.md`"
    )


def test_required_tables_and_columns_exist():
    required = {
        "documents": {"doc_id", "source", "url", "outlet", "pub_date", "headline", "subheadline", "dateline_place",
                      "n_events", "ingested_at", "metadata"},
        "events": {"event_id", "doc_id", "code", "root", "quad_class", "goldstein", "plover_type", "modality",
                   "source_code", "source_country", "target_role", "event_date", "date_precision", "date_basis",
                   "place_name", "place_lat", "sentence", "sentence_start", "cue", "rule", "trigger",
                   "confidence", "quote_id", "cluster_id"},
        "mentions": {"event_id", "doc_id", "outlet", "sentence_start", "sentence_end", "confidence"},
        "clusters": {"cluster_id", "num_articles", "num_sources", "num_mentions", "first_seen", "event_date",
                     "place_name", "code", "confidence"},
        "rejects": {"source", "doc_id", "code", "kind", "message", "rejected_at"},
        "actors": {"doc_id", "code", "country", "role"},
        "quotes": {"quote_id", "doc_id", "text"},
    }
    for name, cols in required.items():
        assert cols <= set(schema.table(name).names), name


def test_every_column_has_a_comment_in_duckdb(tmp_path):
    con = duckdb.connect(str(tmp_path / "s.duckdb"))
    schema.create(con)
    rows = con.execute(
        "SELECT table_name, column_name, comment FROM duckdb_columns() WHERE schema_name = 'main' AND NOT internal AND database_name = current_database()"
    ).fetchall()
    assert len(rows) == sum(len(t.columns) for t in schema.TABLES)
    assert all(comment for _, _, comment in rows)
    tables = dict(con.execute("SELECT table_name, comment FROM duckdb_tables()").fetchall())
    assert tables["clusters"] == schema.CLUSTERS.comment


def test_row_builders_match_column_counts():
    coded = code_one(make_article(1, "043 USAGOV CHNGOV 2024-03-05 place=CHE recip"))
    rows = coded_rows(coded, when=None)
    assert len(rows.document) == len(schema.DOCUMENTS.columns)
    assert len(rows.events) == 1 and len(rows.events[0]) == len(schema.EVENTS.columns)
    assert all(len(r) == len(schema.ACTORS.columns) for r in rows.actors)
    assert all(len(r) == len(schema.QUOTES.columns) for r in rows.quotes)
    assert all(len(r) == len(schema.MENTIONS.columns) for r in rows.mentions)


def test_unknown_table_is_an_error():
    try:
        schema.table("nope")
    except KeyError as exc:
        assert "E305" in str(exc)
    else:
        raise AssertionError("expected KeyError")
