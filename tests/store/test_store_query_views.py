"""The query functions the HTTP API adds: keyset pages, counts per period and quad, pairs, places, one document."""
from __future__ import annotations

import pytest

from eventwire.store.db import connect
from eventwire.store.query import (
    EventFilter, page_key, query_clusters, query_counts, query_document, query_events, query_pairs, query_places,
)


@pytest.fixture(scope="module")
def con(examples_db):
    c = connect(examples_db, read_only=True)
    yield c
    c.close()


@pytest.mark.parametrize("run, clusters", [(query_events, False), (query_clusters, True)])
def test_pages_resume_after_the_last_row_and_cover_the_listing_once(con, run, clusters):
    cols, everything = run(con, EventFilter())
    walked, after = [], None
    while True:
        cols, rows = run(con, EventFilter(), limit=9, after=after)
        walked += rows
        if len(rows) < 9:
            break
        after = page_key(cols, rows[-1], clusters=clusters)
    assert walked == everything and len(everything) > 20


def test_a_cursor_of_the_wrong_shape_is_refused(con):
    with pytest.raises(ValueError, match="E342"):
        query_events(con, EventFilter(), after=("2024-01-01", "x"))


def test_counts_pairs_and_places_agree_with_the_rows(con):
    f = EventFilter(country="TUR")
    cols, rows = query_events(con, f)
    dated = [r for r in rows if r[cols.index("date_lo")] is not None]
    _, counts = query_counts(con, f, by="month")
    assert sum(c[2] for c in counts) == len(dated)
    _, pairs = query_pairs(con, EventFilter())
    assert sum(p[2] for p in pairs) == con.execute("SELECT count(*) FROM clusters").fetchone()[0]
    pcols, places = query_places(con, f)
    placed = [r for r in rows if r[cols.index("place_lat")] is not None]
    assert sum(p[pcols.index("mentions")] for p in places) == len(placed)


def test_document_returns_text_and_its_rows_or_none(con):
    doc_id = con.execute("SELECT doc_id FROM documents ORDER BY doc_id LIMIT 1").fetchone()[0]
    found = query_document(con, doc_id)
    (text, segments), = found["text"][1]
    assert len(text) == con.execute("SELECT n_chars FROM documents WHERE doc_id = ?", [doc_id]).fetchone()[0]
    assert segments.startswith("[[")
    assert all(r[found["events"][0].index("doc_id")] == doc_id for r in found["events"][1])
    assert query_document(con, "no-such-doc") is None


def test_a_store_without_texts_still_answers(examples_db, tmp_path):
    import shutil

    db = tmp_path / "old.duckdb"
    shutil.copy(examples_db, db)
    c = connect(db)
    c.execute("DROP TABLE texts")
    doc_id = c.execute("SELECT doc_id FROM documents LIMIT 1").fetchone()[0]
    found = query_document(c, doc_id)
    c.close()
    assert "text" not in found and found["events"][1]
