"""Dates are never silently lost: --pub-date, the richer duplicate wins, the run counts undated documents."""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace
from pathlib import Path

from eventwire import code_article
from eventwire.cli import main
from eventwire.dates import dateline_date
from eventwire.records import Dateline
from eventwire.store import Store, ingest_items
from eventwire.store.richer import metadata_score, richest
from fake_coder import FakeCoder, make_article

ROOT = Path(__file__).resolve().parents[2]
DATED = make_article(1, "043 TURGOV GRCGOV 2024-03-05", outlet="a", url="https://a.example/1")
BARE = replace(DATED, pub_date=None, outlet=None, url=None, title=None, pub_date_source=None,
               source="a.txt")


def _docs(store):
    return store.con.execute("SELECT doc_id, pub_date, outlet, source FROM documents").fetchall()


def test_richer_record_wins_within_a_run(tmp_path, caplog):
    with Store(tmp_path / "s.duckdb") as store, caplog.at_level(logging.INFO, "eventwire.ingest"):
        report = ingest_items([BARE, DATED], store, coder=FakeCoder())
        assert [d[1:3] for d in _docs(store)] == [(dt.date(2024, 3, 5), "a")]
    assert report.replaced == 1 and report.new == 1 and report.undated == 0
    assert "kept the record" in caplog.text


def test_richer_record_replaces_a_stored_poorer_one(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        first = ingest_items([BARE], store, coder=FakeCoder())
        assert first.undated == 1 and "1 new documents without a publication date" in first.summary()
        second = ingest_items([DATED], store, coder=FakeCoder())
        assert second.replaced == 1 and [d[1] for d in _docs(store)] == [dt.date(2024, 3, 5)]
        n_events, n_clustered = store.con.execute("SELECT count(*), count(cluster_id) FROM events").fetchone()
        assert n_events == n_clustered == 1
        assert store.con.execute("SELECT count(*) FROM clusters").fetchone()[0] == 1
        third = ingest_items([BARE], store, coder=FakeCoder())  # the poorer copy again: nothing changes
        assert third.replaced == 0 and third.skipped == 1 and [d[1] for d in _docs(store)] == [dt.date(2024, 3, 5)]


def test_richest_keeps_first_on_ties():
    other = replace(DATED, source="b.jsonl")
    kept, dropped = richest([DATED, other])
    assert kept == [DATED] and metadata_score(DATED) == metadata_score(other)


def test_dateline_with_a_year_dates_the_article():
    assert dateline_date(Dateline("KYIV, Jan. 11, 2025 -", "KYIV", None, "Jan. 11, 2025")) == dt.date(2025, 1, 11)
    assert dateline_date(Dateline("NAIROBI, June 25 -", "NAIROBI", None, "June 25")) is None  # no year: no guess


def test_code_article_never_raises_on_a_bad_date():
    coded = code_article("Turkey criticised Greece on Monday over the talks in Ankara. " * 3, "27/11/2015")
    assert not coded.ok and coded.errors[0].code == "E020" and "27/11/2015" in coded.errors[0].message


def test_ingest_pub_date_dates_plain_text(tmp_path, capsys):
    txt = tmp_path / "a.txt"
    txt.write_text((ROOT / "examples" / "articles" / "03-kyiv-strikes.txt").read_text(encoding="utf-8"),
                   encoding="utf-8")
    db = tmp_path / "s.duckdb"
    assert main(["ingest", str(txt), "--db", str(db), "--pub-date", "2025-01-11", "--quiet"]) == 0
    assert "0 new documents without a publication date" in capsys.readouterr().out
    with Store(db) as store:
        assert store.con.execute("SELECT pub_date, pub_date_source FROM documents").fetchall() == [
            (dt.date(2025, 1, 11), "given")]
        assert store.con.execute("SELECT count(*) FROM events WHERE date_basis = 'none'").fetchone()[0] == 0


def test_richer_record_and_the_run_accounting_agree(tmp_path):
    # issue-12's accounting over issue-9's choice: the poorer copy is a duplicate of the kept record,
    # the richer one is stored with its text, and every input has exactly one outcome.
    outcomes = []
    with Store(tmp_path / "s.duckdb") as store:
        report = ingest_items([BARE, DATED], store, coder=FakeCoder(), on_outcome=outcomes.append)
        texts = store.con.execute("SELECT doc_id FROM texts").fetchall()
    assert (report.new, report.duplicates, report.skipped, report.replaced, report.read) == (1, 1, 0, 1, 2)
    assert report.ok and texts == [(DATED.id,)]
    assert sorted((o.source, o.outcome) for o in outcomes) == [("a.txt", "duplicate"), (DATED.source, "stored")]


def test_a_replaced_document_leaves_one_text_row(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        ingest_items([BARE], store, coder=FakeCoder())
        report = ingest_items([DATED], store, coder=FakeCoder())
        assert report.replaced == 1 and report.ok
        assert store.con.execute("SELECT count(*) FROM texts").fetchone()[0] == 1
        assert store.con.execute("SELECT text_hash, warnings FROM documents").fetchall() == [
            (store.known_ids([DATED.id])[DATED.id], "[]")]
