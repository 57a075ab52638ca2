from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.store import Store, ingest_items
from eventwire.store.db import _load, _stored_signatures
from eventwire.store.linking import LINK_RULES, LinkActor, LinkEvent, build_clusters, compatible, component_indices
from eventwire.store.summary import cluster_confidence, summarize
from eventwire.store.linking import Cluster
from fake_coder import FakeCoder, corpus, make_article
from helpers import dump

D = dt.date


def act(code: str | None) -> LinkActor | None:
    if code is None:
        return None
    return LinkActor(code[:3], code, code[:3], code[3:] or None)


def ev(eid="e1", doc="d1", root="04", code="043", src="USAGOV", tgt="CHNGOV", lo=D(2024, 3, 5), hi=None,
       place=None, recip=False, conf=0.5, skey="a", basis="text", date=None, mod="asserted") -> LinkEvent:
    hi = hi or lo
    return LinkEvent(
        event_id=eid, doc_id=doc, block_key="", root=root, code=code, name="n", quad_class=1, goldstein=1.0,
        reciprocal=recip, source=act(src), target=act(tgt), event_date=date or (lo.isoformat() if lo else None),
        date_basis=basis, date_lo=lo, date_hi=hi, place=(f"P{place}", place, 0.0, 0.0, "city") if place else None,
        confidence=conf, source_key=skey, pub_date=lo, url=None, ingested_at=None, modality=mod,
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
        (ev(tgt=None), ev(), False),  # an untargeted event would bridge every dyad of its source
        (ev(mod="negated"), ev(), False),  # "did not meet" is not a report of the meeting
        (ev(mod="negated"), ev(mod="negated"), True),
        (ev(mod="alleged"), ev(), True),  # "reportedly met": the same claimed occurrence
        (ev(mod="future"), ev(), False),  # a plan is not the occurrence
        (ev(mod="future"), ev(mod="conditional"), True),
        (ev(mod="future"), ev(mod="negated"), False),
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
    assert summarize(a[0]) == summarize(b[0])


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
    row = dict(zip(__import__("eventwire.store.schema", fromlist=["x"]).CLUSTERS.names, summarize(cluster)))
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


def _brute_force_partition(events, window):
    parent = list(range(len(events)))

    def find(i):
        while parent[i] != i:
            i = parent[i]
        return i

    for i in range(len(events)):
        for j in range(i + 1, len(events)):
            if compatible(events[i], events[j], window):
                parent[find(j)] = find(i)
    groups = {}
    for i in range(len(events)):
        groups.setdefault(find(i), set()).add(i)
    return sorted(sorted(g) for g in groups.values())


_EVENT = st.builds(
    lambda src, tgt, day, span, place, mod, recip: ev(
        src=src, tgt=tgt, lo=D(2024, 3, day), hi=D(2024, 3, day + span), place=place, mod=mod, recip=recip,
    ),
    st.sampled_from(["USAGOV", "USA", "USAMIL", "CHNGOV"]), st.sampled_from(["CHNGOV", "CHN", "USAGOV", None]),
    st.integers(1, 12), st.sampled_from([0, 0, 0, 3]), st.sampled_from([None, "CHE", "FRA"]),
    st.sampled_from(["asserted", "alleged", "negated", "future"]), st.booleans(),
)


@settings(max_examples=60, deadline=None)
@given(events=st.lists(_EVENT, max_size=25))
def test_components_with_signature_shortcut_equal_all_pairs_components(events):
    """Keeping one node per signature and sweeping by date finds the components an all-pairs check finds."""
    events = [e.__class__(**{**{f: getattr(e, f) for f in e.__slots__}, "event_id": f"e{i}"}) for i, e in enumerate(events)]
    got = sorted(sorted(g) for g in component_indices(events, 2))
    assert got == _brute_force_partition(events, 2)


def test_meeting_reported_in_different_words_links_and_unrelated_same_day_events_do_not(tmp_path):
    """Four outlets code one meeting differently; a denial, a preview and other stories of the day stay apart."""
    arts = [
        make_article(1, "040 TURGOV GRCGOV 2024-12-05 place=TUR", outlet="harbour"),
        make_article(2, "042 GRCGOV TURGOV 2024-12-05", outlet="meridian"),  # the visitor as source
        make_article(3, "043 GRC TUR 2024-12-05 mod=alleged", outlet="levant"),  # countries only, hedged
        make_article(4, "040 TUR GRCGOV 2024-12-04 place=TUR", "040 TURGOV GRCGOV 2024-12-05", outlet="northline"),
        make_article(5, "040 TURGOV GRCGOV 2024-12-05 mod=negated", outlet="denier"),  # "did not meet"
        make_article(6, "036 TURGOV GRCGOV 2024-12-01", "040 TURGOV GRCGOV 2024-12-01 mod=future", outlet="preview"),
        make_article(7, "040 TURGOV - 2024-12-05", outlet="vague"),  # "Turkey's president held talks"
        make_article(8, "175 CHLCOP CHL 2024-12-05 place=CHL", outlet="harbour"),
        make_article(9, "112 MMRMIL MMR 2024-12-05", "040 TURGOV RUSGOV 2024-12-05", outlet="meridian"),
    ]
    with Store(tmp_path / "s.duckdb") as store:
        ingest_items(arts, store, coder=FakeCoder(), batch_size=2)
        rows = store.con.execute(
            """SELECT c.root, c.num_sources, c.num_mentions, list(DISTINCT d.outlet ORDER BY d.outlet), c.date_lo
               FROM clusters c JOIN events e ON e.cluster_id = c.cluster_id JOIN documents d ON d.doc_id = e.doc_id
               GROUP BY c.cluster_id, c.root, c.num_sources, c.num_mentions, c.date_lo ORDER BY c.num_sources DESC, c.root, c.date_lo"""
        ).fetchall()
    meeting = rows[0]
    assert meeting[:4] == ("04", 4, 5, ["harbour", "levant", "meridian", "northline"])
    assert ("04", 1, 1, ["denier"], D(2024, 12, 5)) in rows
    assert ("04", 1, 1, ["preview"], D(2024, 12, 1)) in rows
    assert ("04", 1, 1, ["vague"], D(2024, 12, 5)) in rows
    assert len(rows) == 1 + 3 + 1 + 3  # meeting; denial, preview, vague; 036 preview; CHL, MMR, TUR-RUS


def test_stored_cluster_summaries_equal_the_python_summary_of_their_members(tmp_path):
    """The SQL aggregates behind incremental summaries give the row summarize() gives from the members."""
    arts = corpus(40) + [
        make_article(100, "043 USAGOV CHNGOV 2024-03-08 recip place=CHE conf=0.9", outlet="zz"),
        make_article(101, "043 USA CHN 2024-03", outlet=None),
        make_article(102, "112 RUSGOV UKRGOV 2024-03-08 pubdate", outlet="zz"),
    ]
    with Store(tmp_path / "s.duckdb") as store:
        ingest_items(arts, store, coder=FakeCoder(), batch_size=6)
        stored = {r[0]: r for r in store.con.execute("SELECT * FROM clusters").fetchall()}
        members = {}
        for e in _load(store.con, "e.cluster_id IS NOT NULL", []):
            members.setdefault(e.cluster_id, []).append(e)
    assert stored.keys() == members.keys() and any(len(m) > 2 for m in members.values())
    for cid, m in members.items():
        assert summarize(Cluster(cid, tuple(sorted(m, key=lambda e: e.member_key)))) == stored[cid]


def test_linking_loads_one_signature_per_distinct_report_however_big_the_cluster(tmp_path):
    arts = [make_article(i, "043 USAGOV CHNGOV 2024-03-05", outlet=f"o{i % 7}") for i in range(60)]
    arts.append(make_article(99, "043 USAGOV CHNGOV 2024-03-06"))
    with Store(tmp_path / "s.duckdb") as store:
        ingest_items(arts, store, coder=FakeCoder(), batch_size=10)
        probe = _load(store.con, "e.doc_id = ?", [arts[0].id])
        sigs = _stored_signatures(store.con, probe, 2)
        assert store.counts()["clusters"] == 1
    assert len(sigs) == 2  # two distinct dates, 61 mentions


def test_store_linked_under_other_rules_is_relinked_on_open(tmp_path):
    arts = [make_article(1, "111 USA CHN 2024-03-01", outlet="x"),
            make_article(2, "111 USA CHN 2024-03-02 mod=negated", outlet="y")]
    with Store(tmp_path / "s.duckdb") as store:
        ingest_items(arts, store, coder=FakeCoder())
        assert store.counts()["clusters"] == 2
        expected = dump(store.con)
        # what an older eventwire (no polarity rule) would have left: one cluster
        store.con.execute("DELETE FROM clusters")
        store.con.execute("UPDATE events SET cluster_id = 'clu_old'")
        store.con.execute("UPDATE store_info SET value = '1' WHERE key = 'link_rules'")
    with Store(tmp_path / "s.duckdb") as store:
        assert dump(store.con) == expected
        assert store.con.execute("SELECT value FROM store_info WHERE key = 'link_rules'").fetchone() == (LINK_RULES,)


def test_uncoded_names_are_no_linking_key():
    from eventwire.store.linking import link_actor

    assert link_actor("", None, None) is None  # two names the tables lack are not the same actor
    assert link_actor("USAGOV", "USA", "GOV").key == "USA"
