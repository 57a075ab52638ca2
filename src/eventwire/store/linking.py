"""Cross-article linking: reports of the same real-world event become one cluster.

Two event mentions are *compatible* when they share the CAMEO root, their
source and target actors match (same country key, roles equal or one of them
unknown; a reciprocal event also matches with source and target swapped),
their dates lie within ``link_window_days`` of each other (a month- or
year-precision date counts as its whole period), and their places are in the
same country or one is unknown. A cluster is a connected component of this
relation (single linkage).

Why components: they depend only on the set of events, never on the order
they arrive in, so incremental linking after each batch gives exactly the
clusters a one-shot linking of the whole corpus gives, whatever the batch
boundaries or resume points. The cluster id is a hash of the smallest member,
so it too depends only on membership. Incremental step: the unlinked (new)
events of a batch are joined with the stored events of their blocks that lie
in their date range; every stored cluster reached by a new event is merged
with it and recomputed from its members. Stored clusters are already
components, so merging through new events is all that can change.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable

from ..records import content_id

_EPOCH = dt.date(1970, 1, 1)


@dataclass(frozen=True, slots=True)
class LinkActor:
    key: str  # country, else code
    code: str | None
    country: str | None
    role: str | None


@dataclass(frozen=True, slots=True)
class LinkEvent:
    """What linking needs to know about one stored event mention."""

    event_id: str
    doc_id: str
    block_key: str
    root: str
    code: str
    name: str | None
    quad_class: int | None
    goldstein: float | None
    reciprocal: bool
    source: LinkActor | None
    target: LinkActor | None
    event_date: str | None
    date_basis: str | None
    date_lo: dt.date | None
    date_hi: dt.date | None
    place: tuple | None  # (name, country, lat, lon, feature)
    confidence: float
    source_key: str
    pub_date: dt.date | None
    url: str | None
    ingested_at: dt.datetime | None
    cluster_id: str | None = None

    @property
    def member_key(self) -> tuple[str, str]:
        return (self.event_id, self.doc_id)


@dataclass(frozen=True, slots=True)
class Cluster:
    cluster_id: str
    members: tuple[LinkEvent, ...]

    def row(self) -> tuple:
        return summarize(self)


# Intent to cooperate, consultations and cooperation are between two parties whichever
# of them a report names first ("Turkey hosted Greece" / "Greece's leader visited Ankara").
SYMMETRIC_ROOTS = frozenset({"03", "04", "06"})


def _actors_match(a: LinkActor | None, b: LinkActor | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a.key == b.key and (a.role is None or b.role is None or a.role == b.role)


def _dyad_match(x: LinkEvent, y: LinkEvent) -> bool:
    if _actors_match(x.source, y.source) and _actors_match(x.target, y.target):
        return True
    if x.reciprocal or y.reciprocal or x.root in SYMMETRIC_ROOTS:
        return _actors_match(x.source, y.target) and _actors_match(x.target, y.source)
    return False


def _dates_match(x: LinkEvent, y: LinkEvent, window: int) -> bool:
    if x.date_lo is None or y.date_lo is None or x.date_hi is None or y.date_hi is None:
        return False
    gap = (max(x.date_lo, y.date_lo) - min(x.date_hi, y.date_hi)).days
    return gap <= window


def _places_match(x: LinkEvent, y: LinkEvent) -> bool:
    cx = x.place[1] if x.place else None
    cy = y.place[1] if y.place else None
    return cx is None or cy is None or cx == cy


def compatible(x: LinkEvent, y: LinkEvent, window: int) -> bool:
    """Could these two mentions report the same real-world event?"""
    return (
        x.root == y.root
        and _dyad_match(x, y)
        and _dates_match(x, y, window)
        and _places_match(x, y)
    )


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def components(events: list[LinkEvent], window: int, *, trust_clusters: bool = False) -> list[list[LinkEvent]]:
    """Connected components of the compatibility relation.

    With ``trust_clusters`` events that already carry the same cluster id are
    united without checking (they are a component already), which saves the
    pairwise checks inside stored clusters.
    """
    uf = _UnionFind(len(events))
    if trust_clusters:
        first: dict[str, int] = {}
        for i, e in enumerate(events):
            if e.cluster_id is not None:
                uf.union(i, first.setdefault(e.cluster_id, i))
    by_block: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        if e.date_lo is not None:
            by_block[e.block_key].append(i)
    for idxs in by_block.values():
        idxs.sort(key=lambda i: events[i].date_lo)
        for pos, i in enumerate(idxs):
            x = events[i]
            reach = x.date_hi + dt.timedelta(days=window)
            for j in idxs[pos + 1:]:
                y = events[j]
                if y.date_lo > reach:
                    break  # sorted by date_lo: no later event can be in reach of x
                if trust_clusters and x.cluster_id is not None and x.cluster_id == y.cluster_id:
                    continue
                if uf.find(i) != uf.find(j) and compatible(x, y, window):
                    uf.union(i, j)
    groups: dict[int, list[LinkEvent]] = defaultdict(list)
    for i, e in enumerate(events):
        groups[uf.find(i)].append(e)
    return [sorted(g, key=lambda e: e.member_key) for g in groups.values()]


def cluster_id_for(members: Iterable[LinkEvent]) -> str:
    smallest = min(e.member_key for e in members)
    return content_id(*smallest, prefix="clu_")


def global_event_id(cluster_id: str) -> int:
    """A stable positive 60-bit integer for GDELT's GLOBALEVENTID."""
    return int(hashlib.sha256(cluster_id.encode("utf-8")).hexdigest()[:15], 16)


def _mode(values: Iterable, key=None):
    """Most frequent value; ties go to the smallest (by ``key``) so the result is order-free."""
    counts = Counter(values)
    if not counts:
        return None
    best = max(counts.values())
    tied = [v for v, n in counts.items() if n == best]
    return min(tied, key=key) if key else min(tied)


def _none_last(v) -> tuple:
    """Sort key for nested tuples with Nones: Nones last, values compared as text."""
    if isinstance(v, tuple):
        return tuple(_none_last(x) for x in v)
    return (v is None, "" if v is None else str(v))


def representative_date(members: Iterable[LinkEvent]) -> str | None:
    """Most frequent text-based date (ties: earliest); else most frequent of any date."""
    members = list(members)
    text = [e.event_date for e in members if e.date_basis == "text" and e.event_date]
    if text:
        return _mode(text)
    return _mode([e.event_date for e in members if e.event_date])


def cluster_confidence(members: Iterable[LinkEvent]) -> float:
    """1 - prod(1 - c_s) over distinct sources s, c_s the best confidence of s.

    Several mentions from one article or one outlet count once: only
    independent sources raise the confidence.
    """
    best: dict[str, float] = {}
    for e in members:
        c = min(max(float(e.confidence or 0.0), 0.0), 1.0)
        best[e.source_key] = max(best.get(e.source_key, 0.0), c)
    miss = 1.0
    for key in sorted(best):
        miss *= 1.0 - best[key]
    return round(1.0 - miss, 6)


def summarize(cluster: Cluster) -> tuple:
    """The clusters-table row of a cluster (schema column order)."""
    m = cluster.members
    code = _mode([e.code for e in m])
    of_code = min((e for e in m if e.code == code), key=lambda e: e.member_key)
    dyads = [(_actor_tuple(e.source), _actor_tuple(e.target)) for e in m]
    src, tgt = _mode(dyads, key=_none_last)
    places = [e.place for e in m if e.place]
    place = _mode(places, key=_none_last) if places else (None,) * 5
    los = [e.date_lo for e in m if e.date_lo]
    his = [e.date_hi for e in m if e.date_hi]
    first = min(m, key=lambda e: (e.pub_date is None, e.pub_date or _EPOCH, e.doc_id))
    ingested = [e.ingested_at for e in m if e.ingested_at]
    pubs = [e.pub_date for e in m if e.pub_date]
    first_seen = min(pubs) if pubs else (min(ingested).date() if ingested else None)
    return (
        cluster.cluster_id, global_event_id(cluster.cluster_id), m[0].block_key, m[0].root,
        code, of_code.name, of_code.quad_class, of_code.goldstein,
        *src, *tgt,
        representative_date(m), min(los) if los else None, max(his) if his else None,
        *place,
        len(m), len({e.doc_id for e in m}), len({e.source_key for e in m}),
        first_seen, first.doc_id, first.url, min(ingested) if ingested else None,
        cluster_confidence(m),
    )


def _actor_tuple(a: LinkActor | None) -> tuple:
    return (a.code, a.country, a.role) if a else (None, None, None)


def build_clusters(events: list[LinkEvent], window: int, *, trust_clusters: bool = False) -> list[Cluster]:
    return [Cluster(cluster_id_for(g), tuple(g)) for g in components(events, window, trust_clusters=trust_clusters)]
