from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.store import Store, ingest_items
from eventwire.store.linking import LinkActor, LinkEvent, build_clusters, cluster_confidence, compatible
from fake_coder import FakeCoder, corpus, make_article
from helpers import dump

D = dt.date


def act(code: str | None) -> LinkActor | None:
    if code is None:
        return None
    return LinkActor(code[:3], code, code[:3], code[3:] or None)


def ev(eid="e1", doc="d1", root="04", code="043", src="USAGOV", tgt="CHNGOV", lo=D(2024, 3, 5), hi=None,
       place=None, recip=False, conf=0.5, skey="a", basis="text", date=None) -> LinkEvent:
    hi = hi or lo
    return LinkEvent(
        event_id=eid, doc_id=doc, block_key="", root=root, code=code, name="n", quad_class=1, goldstein=1.0,
        reciprocal=recip, source=act(src), target=act(tgt), event_date=date or (lo.isoformat() if lo else None),
        date_basis=basis, date_lo=lo, date_hi=hi, place=(f"P{place}", place, 0.0, 0.0, "city") if place else None,
        confidence=conf, source_key=skey, pub_date=lo, url=None, ingested_at=None,
    )


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (ev(), ev(code="040"), True),  # same root, different code
        (ev(), ev(root="11", code="111"), False),
        (ev(), ev(src="USA"), True),  # role unknown on one side
        (ev(), ev(src="USAMIL"), False),  # roles differ
        (ev(), ev(src="RUSGOV"), False),  # countries differ
        (ev(), ev(src="CHNGOV", tgt="USAGOV"), True),  # swapped: a consultation (04) is between both either way
        (ev(root="11", code="111"), ev(root="11", code="111", src="CHNGOV", tgt="USAGOV"), False),  # swapped criticism
        (ev(root="11", code="111", recip=True), ev(root="11", code="111", src="CHNGOV", tgt="USAGOV"), True),  # reciprocal
        (ev(), ev(lo=D(2024, 3, 7)), True),  # 2 days apart, window 2
        (ev(), ev(lo=D(2024, 3, 8)), False),  # 3 days apart
        (ev(), ev(lo=D(2024, 3, 1), hi=D(2024, 3, 31), date="2024-03"), True),  # month covers the day
        (ev(), ev(lo=None), False),  # no date at all: never links
        (ev(place="CHE"), ev(place="CHE"), True),
        (ev(place="CHE"), ev(place="FRA"), False),
        (ev(place="CHE"), ev(), True),  # unknown place
        (ev(tgt=None), ev(tgt=None), True),
        (ev(tgt=None), ev(), False),
    ],
)
def test_compatible(a, b, expected):
    assert compatible(a, b, 2) is expected
    assert compatible(b, a, 2) is expected


def test_components_chain_and_split():
    events = [
        ev("e1", lo=D(2024, 3, 1)), ev("e2", lo=D(2024, 3, 3)), ev("e3", lo=D(2024, 3, 5)),  # chain
        ev("e4", lo=D(2024, 3, 20)),  # far away
        ev("e5", root="19", code="190", lo=D(2024, 3, 1)),  # other root
    ]
    clusters = build_clusters(events, 2)
    groups = sorted(sorted(e.event_id for e in c.members) for c in clusters)
    assert groups == [["e1", "e2", "e3"], ["e4"], ["e5"]]


def test_cluster_id_depends_on_membership_only():
    events = [ev("e2", doc="d2"), ev("e1", doc="d1"), ev("e3", doc="d3")]
    a = build_clusters(events, 2)
    b = build_clusters(list(reversed(events)), 2)
    assert [c.cluster_id for c in a] == [c.cluster_id for c in b]
    assert a[0].row() == b[0].row()


def test_confidence_counts_independent_sources_once():
    one_source = [ev("e1", doc="d1", conf=0.5, skey="a"), ev("e2", doc="d2", conf=0.6, skey="a")]
    two_sources = [ev("e1", doc="d1", conf=0.5, skey="a"), ev("e2", doc="d2", conf=0.6, skey="b")]
    assert cluster_confidence(one_source) == pytest.approx(0.6)
    assert cluster_confidence(two_sources) == pytest.approx(1 - 0.5 * 0.4)
    assert cluster_confidence(two_sources) > cluster_confidence(one_source)


def test_summary_counts_articles_sources_mentions_and_picks_representatives():
    members = [
        ev("e1", doc="d1", skey="a", code="043", lo=D(2024, 3, 5), basis="text"),
        ev("e2", doc="d1", skey="a", code="043", lo=D(2024, 3, 5), basis="text"),  # same article again
        ev("e3", doc="d2", skey="a", code="040", lo=D(2024, 3, 6), basis="pub_date", place="CHE"),
        ev("e4", doc="d3", skey="b", code="043", lo=D(2024, 3, 4), basis="text"),
    ]
    (cluster,) = build_clusters(members, 2)
    row = dict(zip(__import__("eventwire.store.schema", fromlist=["x"]).CLUSTERS.names, cluster.row()))
    assert (row["num_mentions"], row["num_articles"], row["num_sources"]) == (4, 3, 2)
    assert row["code"] == "043"
    assert row["event_date"] == "2024-03-05"  # most frequent text-based date
    assert row["place_country"] == "CHE"
    assert row["first_seen"] == D(2024, 3, 4)
    assert row["first_doc_id"] == "d3"


def _ingest_in_batches(path, articles, sizes):
    with Store(path) as store:
        pos = 0
        for size in sizes:
            ingest_items(articles[pos:pos + size], store, coder=FakeCoder(), batch_size=max(1, size))
            pos += size
        ingest_items(articles[pos:], store, coder=FakeCoder(), batch_size=7)
        return dump(store.con)


ARTICLES = corpus(30)


@settings(max_examples=4, deadline=None)
@given(order=st.permutations(range(len(ARTICLES))), sizes=st.lists(st.integers(1, 12), max_size=5))
def test_incremental_linking_equals_one_shot_whatever_the_order_and_batches(tmp_path_factory, order, sizes):
    d = tmp_path_factory.mktemp("link")
    reference = _ingest_in_batches(d / "ref.duckdb", ARTICLES, [len(ARTICLES)])
    shuffled = [ARTICLES[i] for i in order]
    got = _ingest_in_batches(d / "got.duckdb", shuffled, sizes)
    assert got == reference
    with Store(d / "got.duckdb") as store:
        store.relink_all()
        assert dump(store.con) == reference


def test_same_document_events_never_count_as_two_sources(tmp_path):
    arts = [
        make_article(1, "043 USAGOV CHNGOV 2024-03-05 recip", "040 CHNGOV USAGOV 2024-03-05 recip", outlet="x"),
        make_article(2, "043 USAGOV CHNGOV 2024-03-06 recip", outlet="x"),
        make_article(3, "043 USA CHN 2024-03-05", outlet="y"),
        make_article(4, "190 USAMIL CHNMIL 2024-03-05", outlet="z"),  # other root: own cluster
    ]
    with Store(tmp_path / "s.duckdb") as store:
        ingest_items(arts, store, coder=FakeCoder())
        rows = store.con.execute(
            "SELECT root, num_mentions, num_articles, num_sources FROM clusters ORDER BY root"
        ).fetchall()
    assert rows == [("04", 4, 3, 2), ("19", 1, 1, 1)]


def test_changing_the_window_relinks_everything(tmp_path):
    arts = [make_article(1, "111 USA CHN 2024-03-01", outlet="x"), make_article(2, "111 USA CHN 2024-03-05", outlet="y")]
    with Store(tmp_path / "s.duckdb", link_window_days=2) as store:
        ingest_items(arts, store, coder=FakeCoder())
        assert store.counts()["clusters"] == 2
    with Store(tmp_path / "s.duckdb", link_window_days=5) as store:
        assert store.counts()["clusters"] == 1
