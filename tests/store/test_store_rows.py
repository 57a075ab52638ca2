from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import Article, DocError, EventDate, Rejected
from eventwire.store import schema
from eventwire.store.rows import block_key, coded_rows, date_span, rejected_rows, source_key
from fake_coder import code_one, event_from_line, make_article

D = dt.date


@pytest.mark.parametrize(
    "value, precision, pub, expected",
    [
        ("2024-03-05", "day", None, (D(2024, 3, 5), D(2024, 3, 5))),
        ("2024-02", "month", None, (D(2024, 2, 1), D(2024, 2, 29))),
        ("2023", "year", None, (D(2023, 1, 1), D(2023, 12, 31))),
        (None, None, D(2024, 1, 9), (D(2024, 1, 9), D(2024, 1, 9))),
        (None, None, None, (None, None)),
        ("2024-13-40", "day", D(2024, 1, 9), (D(2024, 1, 9), D(2024, 1, 9))),  # unparseable: pub date
    ],
)
def test_date_span(value, precision, pub, expected):
    assert date_span(EventDate(value, precision, "text" if value else "none"), pub) == expected


def test_block_key_ignores_direction():
    art = make_article(1)
    a = event_from_line(art, "EVENT 043 USAGOV CHNGOV 2024-03-05", 0)
    b = event_from_line(art, "EVENT 040 CHN USAMIL 2024-03-05", 0)
    c = event_from_line(art, "EVENT 111 CHN USAMIL 2024-03-05", 0)
    assert block_key(a) == block_key(b) == "04|CHN|USA"
    assert block_key(c) != block_key(a)


def test_source_key_prefers_outlet_then_host_then_doc():
    assert source_key(Article("x", id="d1", outlet=" Reuters ")) == "reuters"
    assert source_key(Article("x", id="d1", url="https://www.bbc.co.uk/news/1")) == "bbc.co.uk"
    assert source_key(Article("x", id="d1")) == "doc:d1"


def test_failed_article_becomes_rejects_only():
    coded = code_one(make_article(3, extra="\nFAIL"))
    rows = coded_rows(coded, when=dt.datetime(2024, 1, 1))
    assert rows.document is None and not rows.events
    assert len(rows.rejects) == 1
    rid, source, doc_id, code, kind, stage, message, when = rows.rejects[0]
    assert (doc_id, code, kind, stage) == (coded.article.id, "E006", "not_article", "check")


def test_reject_ids_are_content_hashes():
    r = Rejected("bad.jsonl:3", DocError("E010", "json", "bad JSON", "ingest"))
    a = rejected_rows(r, dt.datetime(2024, 1, 1)).rejects[0]
    b = rejected_rows(r, dt.datetime(2025, 1, 1)).rejects[0]
    assert a[0] == b[0]
    other = rejected_rows(Rejected("bad.jsonl:4", r.error), dt.datetime(2024, 1, 1)).rejects[0]
    assert other[0] != a[0]


def test_mentions_rank_sentences_and_flag_coref():
    coded = code_one(make_article(4, "043 USAGOV CHNGOV 2024-03-05 coref", "111 RUS UKR 2024-03-05"))
    rows = coded_rows(coded, when=dt.datetime(2024, 1, 1))
    ranks = sorted(m[6] for m in rows.mentions)
    assert ranks == [1, 2]
    raw = {m[0]: m[13] for m in rows.mentions}
    by_code = {e[2]: e[0] for e in rows.events}
    assert raw[by_code["043"]] is False and raw[by_code["111"]] is True


def test_duplicate_event_ids_in_one_article_are_stored_once():
    coded = code_one(make_article(5, "043 USAGOV CHNGOV 2024-03-05"))
    from dataclasses import replace

    doubled = replace(coded, events=coded.events + coded.events)
    rows = coded_rows(doubled, when=dt.datetime(2024, 1, 1))
    assert len(rows.events) == 1 and dict(zip(schema.DOCUMENTS.names, rows.document))["n_events"] == 1
