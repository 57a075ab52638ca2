"""Partial events (one bare-role actor, GOV with no country) join the one cluster compatible with them."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.store import Store, ingest_items, schema
from eventwire.store.linking import (
    LinkEvent, block_key_of, build_clusters, compatible, component_indices, link_actor,
)
from eventwire.store.summary import summarize
from eventwire.store.partial import fill
from fake_coder import BARE_ROLES, FakeCoder, make_article
from helpers import dump

D = dt.date


def act(code: str | None):
    """``TURGOV`` -> country TUR, role GOV; a bare ``GOV`` -> no country (as the coder leaves it)."""
    if code is None:
        return None
    if code[:3] in BARE_ROLES:
        return link_actor(code, None, code[:3])
    return link_actor(code, code[:3], code[3:] or None)


def ev(eid, src, tgt, day=5, root="04", mod="asserted", place=None, recip=False, doc=None) -> LinkEvent:
    lo = D(2024, 12, day)
    return LinkEvent(
        event_id=eid, doc_id=doc or f"d{eid}", block_key="", root=root, code=root + "0", name="n", quad_class=1,
        goldstein=1.0, reciprocal=recip, source=act(src), target=act(tgt), event_date=lo.isoformat(), date_basis="text",
        date_lo=lo, date_hi=lo, place=(f"P{place}", place, 0.0, 0.0, "city") if place else None, confidence=0.5,
        source_key=f"o{eid}", pub_date=lo, url=None, ingested_at=None, modality=mod,
    )


def link(*events: LinkEvent) -> dict[str, tuple[str, str, str | None]]:
    """event id -> (sorted ids of its cluster, link_rule, link_country)."""
    out = {}
    for c in build_clusters(list(events), 2):
        ids = ",".join(sorted(e.event_id for e in c.members))
        for e in c.members:
            out[e.event_id] = (ids, e.link_rule, e.link_country)
    return out


MEETING = (ev("a1", "TURGOV", "GRCGOV"), ev("a2", "GRC", "TUR", day=4))


def test_partial_joins_the_one_compatible_cluster_which_gives_its_country():
    got = link(*MEETING, ev("p", "GOV", "GRCGOV"))
    assert got["p"] == ("a1,a2,p", "partial-actor", "TUR")
    assert got["a1"] == ("a1,a2,p", "signature", None)


def test_partial_matches_in_either_order_for_a_consultation_and_with_a_roleless_country():
    assert link(*MEETING, ev("p", "GRCGOV", "GOV"))["p"] == ("a1,a2,p", "partial-actor", "TUR")  # symmetric root 04
    assert link(ev("a", "TUR", "GRC"), ev("p", "GOV", "GRC"))["p"] == ("a,p", "partial-actor", "TUR")
    criticism = ev("a", "TURGOV", "GRCGOV", root="11")
    assert link(criticism, ev("p", "GRCGOV", "GOV", root="11"))["p"][1] == "partial-alone"  # not symmetric


def test_partial_with_two_candidate_clusters_stays_alone_and_never_bridges_them():
    got = link(*MEETING, ev("b", "RUSGOV", "GRCGOV"), ev("p", "GOV", "GRCGOV"))
    assert got["p"] == ("p", "partial-ambiguous", None)
    assert got["a1"][0] == "a1,a2" and got["b"][0] == "b"  # Turkey-Greece and Russia-Greece stay two events


@pytest.mark.parametrize(
    "partial, why",
    [
        (ev("p", "GOV", "CHNGOV"), "no cluster with the known party"),
        (ev("p", "MIL", "GRCGOV"), "role conflict: the cluster's Turkish side is its government"),
        (ev("p", "GOV", "GRCGOV", mod="negated"), "a denial never joins the event it denies"),
        (ev("p", "GOV", "GRCGOV", mod="future"), "a plan is not the occurrence"),
        (ev("p", "GOV", "GRCGOV", day=9), "outside the date window"),
        (ev("p", "GOV", "GRCGOV", place="FRA", root="04"), "placed in another country"),
        (ev("p", "GOV", "GRCGOV", root="19"), "another root"),
        (ev("p", "GOV", None), "nothing anchors a bare role without a counterpart"),
        (ev("p", "GOV", "MIL"), "two bare roles anchor nothing"),
    ],
)
def test_partial_stays_alone_when_no_cluster_is_compatible(partial, why):
    got = link(replace(MEETING[0], place=("Ankara", "TUR", 0.0, 0.0, "city")), partial)
    assert got["p"] == ("p", "partial-alone", None), why
    assert got["a1"][0] == "a1"


def test_partials_never_join_each_other():
    got = link(ev("p1", "GOV", "GRCGOV"), ev("p2", "GOV", "GRCGOV", doc="d2"), ev("u1", "GOV", None), ev("u2", "GOV", None))
    assert all(v[0] == k and v[1] == "partial-alone" for k, v in got.items())


def test_an_organisation_gives_no_country_to_a_bare_role():
    eu = LinkEvent(**{**{f: getattr(MEETING[0], f) for f in LinkEvent.__slots__},
                      "source": link_actor("IGOEUREEC", "IGO", "GOV")})
    assert fill(ev("p", "GOV", "GRCGOV"), eu, 2) is None


def test_a_bare_role_is_no_linking_key():
    assert act("GOV").partial and not act("TURGOV").partial and not link_actor("IGOUNO", "IGO", None).partial
    assert not compatible(ev("p1", "GOV", "GRCGOV"), ev("p2", "GOV", "GRCGOV"), 2)
    assert block_key_of("04", ("GOV", None, "GOV"), ("GRCGOV", "GRC", "GOV")) == "04|GRC"
    assert block_key_of("04", ("GOV", None, "GOV"), None) == "04|-|GOV"
    assert block_key_of("04", ("TURGOV", "TUR", "GOV"), ("GRC", "GRC", None)) == "04|GRC|TUR"


def test_cluster_row_takes_actors_from_full_members_and_counts_the_partials():
    clusters = {c.cluster_id: c for c in build_clusters([MEETING[0], ev("p", "GOV", "GRCGOV"), ev("q", "GOV", "GRCGOV")], 2)}
    (cluster,) = clusters.values()
    row = dict(zip(schema.CLUSTERS.names, summarize(cluster)))
    assert (row["num_mentions"], row["num_partial"], row["num_sources"]) == (3, 2, 3)
    assert (row["source_code"], row["source_country"], row["target_code"]) == ("TURGOV", "TUR", "GRCGOV")
    (alone,) = build_clusters([MEETING[0]], 2)
    assert cluster.cluster_id == alone.cluster_id  # partials joining never rename a cluster


# ---- against a brute-force reading of the rule ----

def _brute_force(events, window):
    full = [i for i, e in enumerate(events) if e.kind == "full"]
    parent = {i: i for i in full}

    def find(i):
        while parent[i] != i:
            i = parent[i]
        return i

    for i in full:
        for j in full:
            if i < j and compatible(events[i], events[j], window):
                parent[find(j)] = find(i)
    groups = {}
    for i in full:
        groups.setdefault(find(i), {i})
        groups[find(i)].add(i)
    for i, e in enumerate(events):
        if e.kind == "full":
            continue
        roots = {find(j) for j in full if e.kind == "partial" and fill(e, events[j], window)}
        if len(roots) == 1:
            groups[roots.pop()].add(i)
        else:
            groups[("alone", i)] = {i}
    return sorted(sorted(g) for g in groups.values())


_EVENT = st.builds(
    lambda src, tgt, day, mod, recip, root: ev("x", src, tgt, day=day, mod=mod, recip=recip, root=root),
    st.sampled_from(["TURGOV", "TUR", "GRCGOV", "RUSGOV", "GOV", "MIL"]),
    st.sampled_from(["GRCGOV", "GRC", "TURGOV", "GOV", None]),
    st.integers(1, 9), st.sampled_from(["asserted", "asserted", "negated"]), st.booleans(), st.sampled_from(["04", "11"]),
)


@settings(max_examples=60, deadline=None)
@given(events=st.lists(_EVENT, max_size=20))
def test_one_shot_linking_equals_a_brute_force_reading_of_the_rule(events):
    events = [replace(e, event_id=f"e{i:02d}", doc_id=f"d{i:02d}") for i, e in enumerate(events)]
    pos = {e.event_id: i for i, e in enumerate(events)}
    got = sorted(sorted(pos[m.event_id] for m in c.members) for c in build_clusters(events, 2))
    assert got == _brute_force(events, 2)
    assert component_indices([e for e in events if e.kind == "full"], 2) is not None


# ---- incremental linking in the store equals one-shot linking, whatever the batches ----

def _store(path, batches):
    with Store(path) as store:
        for batch in batches:
            ingest_items(batch, store, coder=FakeCoder(), batch_size=max(1, len(batch)))
        return dump(store.con)


def _memberships(tables):
    """(doc, event) -> (link_rule, link_country, sorted docs of its cluster)."""
    events = tables["events"]
    names = schema.EVENTS.names
    rows = [dict(zip([n for n in names if n not in schema.TIME_COLUMNS], r)) for r in events]
    by_cluster = {}
    for r in rows:
        by_cluster.setdefault(r["cluster_id"], []).append(r["doc_id"])
    return {(r["doc_id"], r["sentence"]): (r["link_rule"], r["link_country"], sorted(by_cluster[r["cluster_id"]]))
            for r in rows}


A = make_article(1, "040 TURGOV GRCGOV 2024-12-05", outlet="harbour")
P = make_article(2, "040 GOV GRCGOV 2024-12-05", outlet="vague")  # "the government met the Greek government"
B = make_article(3, "040 RUSGOV GRCGOV 2024-12-06", outlet="meridian")  # Russia-Greece talks the next day
A_EARLY = make_article(4, "040 TURGOV GRCGOV 2024-12-01", outlet="early")
A_LATE = make_article(5, "040 TURGOV GRCGOV 2024-12-05", outlet="late")  # 4 days later: another cluster
P_MID = make_article(6, "040 GOV GRCGOV 2024-12-03", outlet="mid")  # within 2 days of both of them
BRIDGE = make_article(7, "040 TURGOV GRCGOV 2024-12-03", outlet="bridge")  # links the two


def test_a_later_batch_making_the_attachment_ambiguous_detaches_the_partial(tmp_path):
    first = _store(tmp_path / "one.duckdb", [[A, P]])
    assert _memberships(first)[(P.id, "EVENT 040 GOV GRCGOV 2024-12-05")] == ("partial-actor", "TUR", sorted([A.id, P.id]))
    got = _store(tmp_path / "inc.duckdb", [[A, P], [B]])
    assert got == _store(tmp_path / "ref.duckdb", [[A, P, B]])
    assert _memberships(got)[(P.id, "EVENT 040 GOV GRCGOV 2024-12-05")] == ("partial-ambiguous", None, [P.id])
    sizes = sorted((r[schema.CLUSTERS.names.index("num_mentions")]) for r in got["clusters"])
    assert sizes == [1, 1, 1]


def test_a_later_batch_supplying_the_only_cluster_attaches_the_partial(tmp_path):
    got = _store(tmp_path / "inc.duckdb", [[P], [A]])
    assert got == _store(tmp_path / "ref.duckdb", [[A, P]])
    assert _memberships(got)[(P.id, "EVENT 040 GOV GRCGOV 2024-12-05")] == ("partial-actor", "TUR", sorted([A.id, P.id]))
    (row,) = got["clusters"]
    cols = [n for n in schema.CLUSTERS.names if n not in schema.TIME_COLUMNS]
    row = dict(zip(cols, row))
    assert (row["num_mentions"], row["num_partial"], row["source_country"], row["target_country"]) == (2, 1, "TUR", "GRC")


def test_a_later_batch_merging_two_candidates_attaches_the_partial(tmp_path):
    got = _store(tmp_path / "inc.duckdb", [[A_EARLY, A_LATE, P_MID], [BRIDGE]])
    assert got == _store(tmp_path / "ref.duckdb", [[A_EARLY, A_LATE, P_MID, BRIDGE]])
    rule, country, docs = _memberships(got)[(P_MID.id, "EVENT 040 GOV GRCGOV 2024-12-03")]
    assert (rule, country) == ("partial-actor", "TUR") and set(docs) == {A_EARLY.id, A_LATE.id, P_MID.id, BRIDGE.id}
    before = _memberships(_store(tmp_path / "before.duckdb", [[A_EARLY, A_LATE, P_MID]]))
    assert before[(P_MID.id, "EVENT 040 GOV GRCGOV 2024-12-03")][0] == "partial-ambiguous"


def test_a_replaced_document_that_drops_a_candidate_lets_the_partial_attach(tmp_path):
    rich = make_article(3, "040 RUSGOV GRCGOV -", outlet="meridian", url="https://m.example/3", pub="2024-12-20")
    poor = replace(rich, pub_date=D(2024, 12, 5), outlet=None, url=None, title=None, source="b.txt")
    got = _store(tmp_path / "inc.duckdb", [[A, P, poor], [rich]])
    assert _memberships(got)[(P.id, "EVENT 040 GOV GRCGOV 2024-12-05")] == ("partial-actor", "TUR", sorted([A.id, P.id]))
    with Store(tmp_path / "inc.duckdb") as store:
        store.relink_all()
        assert dump(store.con) == got


_LINES = st.sampled_from([
    "040 TURGOV GRCGOV 2024-12-0{d}", "040 GRC TUR 2024-12-0{d}", "040 GOV GRCGOV 2024-12-0{d}",
    "040 GRCGOV GOV 2024-12-0{d}", "040 RUSGOV GRCGOV 2024-12-0{d}", "040 MIL GRCGOV 2024-12-0{d}",
    "040 GOV - 2024-12-0{d}", "111 GOV TURGOV 2024-12-0{d}", "111 GRCGOV TURGOV 2024-12-0{d}",
    "040 GOV GRCGOV 2024-12-0{d} mod=negated", "040 TURGOV GRCGOV 2024-12-0{d} mod=negated",
])
_CORPUS = st.lists(st.tuples(_LINES, st.integers(1, 9)), min_size=1, max_size=14)


@settings(max_examples=12, deadline=None)
@given(lines=_CORPUS, cuts=st.lists(st.integers(1, 13), max_size=3), data=st.data())
def test_incremental_linking_with_partials_equals_one_shot(tmp_path_factory, lines, cuts, data):
    arts = [make_article(i, line.format(d=day), outlet=f"o{i}") for i, (line, day) in enumerate(lines)]
    d = tmp_path_factory.mktemp("partial")
    reference = _store(d / "ref.duckdb", [arts])
    order = data.draw(st.permutations(arts))
    bounds = sorted({0, len(order), *(c for c in cuts if c < len(order))})
    got = _store(d / "got.duckdb", [order[a:b] for a, b in zip(bounds, bounds[1:])])
    assert got == reference
    # and the store's clusters are the one-shot clusters of build_clusters over the same events
    with Store(d / "got.duckdb") as store:
        from eventwire.store.db import _load

        stored = _load(store.con, "TRUE", [])
    expected = {frozenset(e.member_key for e in c.members) for c in build_clusters(
        [replace(e, cluster_id=None) for e in stored], 2)}
    by_cluster = {}
    for e in stored:
        by_cluster.setdefault(e.cluster_id, set()).add(e.member_key)
    assert {frozenset(v) for v in by_cluster.values()} == expected


def test_a_store_of_schema_3_is_upgraded_and_relinked_on_open(tmp_path):
    expected = _store(tmp_path / "ref.duckdb", [[A, P, B_ALONE]])
    path = tmp_path / "old.duckdb"
    _store(path, [[A, P, B_ALONE]])
    with Store(path) as store:  # what eventwire of schema 3 (linking rules 3) left: no link columns, old blocks
        con = store.con
        con.execute("ALTER TABLE events DROP COLUMN link_rule")
        con.execute("ALTER TABLE events DROP COLUMN link_country")
        con.execute("ALTER TABLE clusters DROP COLUMN num_partial")
        con.execute("UPDATE events SET block_key = 'old', cluster_id = 'clu_old'")
        con.execute("UPDATE store_info SET value = '3' WHERE key IN ('schema_version', 'link_rules')")
    with Store(path) as store:
        assert dump(store.con) == expected
        assert store.con.execute("SELECT value FROM store_info WHERE key = 'schema_version'").fetchone() == (
            str(schema.SCHEMA_VERSION),)


B_ALONE = make_article(8, "111 GOV TURGOV 2024-12-05", outlet="elsewhere")


def test_stored_partials_are_decided_once_per_distinct_report_however_many_copies(tmp_path):
    from eventwire.store.partial import _stored_groups

    copies = [make_article(100 + i, "040 GOV GRCGOV 2024-12-05", outlet=f"o{i}") for i in range(30)]
    with Store(tmp_path / "s.duckdb") as store:
        ingest_items([A, *copies], store, coder=FakeCoder(), batch_size=8)
        cluster = store.con.execute("SELECT cluster_id FROM events WHERE doc_id = ?", [A.id]).fetchone()[0]
        groups = _stored_groups(store.con, [cluster], 2)
        assert store.con.execute("SELECT num_mentions, num_partial FROM clusters WHERE cluster_id = ?",
                                 [cluster]).fetchone() == (31, 30)
    assert len(groups) == 1 and groups[0][2] == ("partial-actor", cluster, "TUR")
