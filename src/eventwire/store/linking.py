"""Cross-article linking: reports of the same real-world event become one cluster.

Two event mentions are *compatible* when they share the CAMEO root, their
source and target actors match (same country key, roles equal or one of them
unknown; a reciprocal event, or one of the symmetric roots 03/04/06, also
matches with source and target swapped), their dates lie within
``link_window_days`` of each other (a month- or year-precision date counts as
its whole period), their places are in the same country or one is unknown, and
they say the same thing about whether it happened (same *polarity*, below).
A cluster is a connected component of this relation (single linkage).

Polarity: a cluster stands for an event that took place, so "did not meet"
never joins "met" (``negated`` links only with ``negated``), and plans, threats
and conditions ("will meet", "would strike if ...") link only with each other
(``future``/``conditional``), never with the occurrence: a preview article is
not a source for the meeting having happened. ``alleged`` ("reportedly met",
"accused of shelling") links with ``asserted``: it is the same claimed
occurrence, one outlet merely attributes it.

Missing actors: an event whose target is unknown links only with events whose
target is unknown too. Letting "Turkey's president held talks" join any
Turkey-X consultation of those days would, under single linkage, make it a
bridge that merges Turkey-Greece and Turkey-Russia talks of the same week
into one cluster; a wrong merge is worse for counts than a missed link.

Why components: they depend only on the set of events, never on the order
they arrive in, so incremental linking after each batch gives exactly the
clusters a one-shot linking of the whole corpus gives, whatever the batch
boundaries or resume points. The cluster id is a hash of the smallest member,
so it too depends only on membership.

Why signatures: compatibility reads only a few fields of an event (its
:class:`Signature`). Mentions with equal signatures are compatible with
exactly the same events, and with each other (a dated signature is compatible
with itself), so a component computation may keep one node per distinct
signature: it unites the duplicates up front and compares representatives
only. Incremental linking (``db.relink_pending``) relies on this to load, per
batch, the distinct signatures of the stored events in the new events' blocks
and date windows, whose number does not grow with the size of the clusters,
and computes cluster summaries in SQL from :class:`ClusterStats` aggregates.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Hashable, Iterable, Mapping, Protocol, Sequence

from ..records import content_id

_EPOCH = dt.date(1970, 1, 1)

LINK_RULES = "3"  # bump when compatibility changes: stores linked under other rules are relinked on open


@dataclass(frozen=True, slots=True)
class LinkActor:
    key: str  # country, else code
    code: str | None
    country: str | None
    role: str | None


def link_actor(code: str | None, country: str | None, role: str | None) -> LinkActor | None:
    """The linking view of a stored actor; None when neither a code nor a country was found (an
    uncoded name, code '', is no key: two names the tables lack are not the same actor)."""
    if not code and not country:
        return None
    return LinkActor(country or code or "?", code, country, role)


def polarity(modality: str | None) -> str:
    """Modalities that may link: asserted and alleged happened; negated did not; future/conditional may."""
    if modality == "negated":
        return "negated"
    if modality in ("future", "conditional"):
        return "irrealis"
    return "factual"


class Linkable(Protocol):
    block_key: str
    root: str
    reciprocal: bool
    source: LinkActor | None
    target: LinkActor | None
    date_lo: dt.date | None
    date_hi: dt.date | None
    place: tuple | None
    modality: str
    cluster_id: str | None


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
    modality: str = "asserted"

    @property
    def member_key(self) -> tuple[str, str]:
        return (self.event_id, self.doc_id)


@dataclass(frozen=True, slots=True)
class Signature:
    """The fields compatibility reads, for a stored event of cluster ``cluster_id`` (see module docstring)."""

    block_key: str
    root: str
    reciprocal: bool
    source: LinkActor | None
    target: LinkActor | None
    date_lo: dt.date | None
    date_hi: dt.date | None
    place: tuple | None  # only the country (index 1) is read
    modality: str
    cluster_id: str | None


def _actor_sig(a: LinkActor | None) -> tuple | None:
    return (a.key, a.role) if a else None


def signature_key(x: Linkable) -> Hashable:
    """Equal keys <=> equal answers from :func:`compatible` against any event."""
    return (
        x.block_key, x.root, x.reciprocal, _actor_sig(x.source), _actor_sig(x.target),
        x.date_lo, x.date_hi, x.place[1] if x.place else None, polarity(x.modality),
    )


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


def _dyad_match(x: Linkable, y: Linkable) -> bool:
    if _actors_match(x.source, y.source) and _actors_match(x.target, y.target):
        return True
    if x.reciprocal or y.reciprocal or x.root in SYMMETRIC_ROOTS:
        return _actors_match(x.source, y.target) and _actors_match(x.target, y.source)
    return False


def _dates_match(x: Linkable, y: Linkable, window: int) -> bool:
    if x.date_lo is None or y.date_lo is None or x.date_hi is None or y.date_hi is None:
        return False
    gap = (max(x.date_lo, y.date_lo) - min(x.date_hi, y.date_hi)).days
    return gap <= window


def _places_match(x: Linkable, y: Linkable) -> bool:
    cx = x.place[1] if x.place else None
    cy = y.place[1] if y.place else None
    return cx is None or cy is None or cx == cy


def compatible(x: Linkable, y: Linkable, window: int) -> bool:
    """Could these two mentions report the same real-world event?"""
    return (
        x.root == y.root
        and polarity(x.modality) == polarity(y.modality)
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


def component_indices(items: Sequence[Linkable], window: int, *, trust_clusters: bool = False) -> list[list[int]]:
    """Connected components of the compatibility relation, as lists of indices into ``items``.

    Items with equal signatures are united without checking and only one of
    them is compared with the rest (exact: see the module docstring). With
    ``trust_clusters`` items that carry the same cluster id are united too
    (a stored cluster is a component already).
    """
    uf = _UnionFind(len(items))
    if trust_clusters:
        first_of_cluster: dict[str, int] = {}
        for i, e in enumerate(items):
            if e.cluster_id is not None:
                uf.union(i, first_of_cluster.setdefault(e.cluster_id, i))
    reps: dict[Hashable, int] = {}
    for i, e in enumerate(items):
        if e.date_lo is not None and e.date_hi is not None:
            uf.union(i, reps.setdefault(signature_key(e), i))
    by_block: dict[str, list[int]] = defaultdict(list)
    for i in reps.values():
        by_block[items[i].block_key].append(i)
    for idxs in by_block.values():
        idxs.sort(key=lambda i: items[i].date_lo)
        for pos, i in enumerate(idxs):
            x = items[i]
            reach = x.date_hi + dt.timedelta(days=window)
            for j in idxs[pos + 1:]:
                y = items[j]
                if y.date_lo > reach:
                    break  # sorted by date_lo: no later item can be in reach of x
                if uf.find(i) != uf.find(j) and compatible(x, y, window):
                    uf.union(i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[uf.find(i)].append(i)
    return list(groups.values())


def components(events: list[LinkEvent], window: int, *, trust_clusters: bool = False) -> list[list[LinkEvent]]:
    """Connected components of the compatibility relation, each sorted by member key."""
    return [
        sorted((events[i] for i in g), key=lambda e: e.member_key)
        for g in component_indices(events, window, trust_clusters=trust_clusters)
    ]


def cluster_id_for(members: Iterable[LinkEvent]) -> str:
    return cluster_id_of_key(min(e.member_key for e in members))


def cluster_id_of_key(smallest: tuple[str, str]) -> str:
    return content_id(*smallest, prefix="clu_")


def global_event_id(cluster_id: str) -> int:
    """A stable positive 60-bit integer for GDELT's GLOBALEVENTID."""
    return int(hashlib.sha256(cluster_id.encode("utf-8")).hexdigest()[:15], 16)


def _mode(counts: Mapping, key=None):
    """Most frequent value; ties go to the smallest (by ``key``) so the result is order-free."""
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


def _actor_tuple(a: LinkActor | None) -> tuple:
    return (a.code, a.country, a.role) if a else (None, None, None)


@dataclass(slots=True)
class ClusterStats:
    """Everything a clusters row is computed from; bounded by the variety of values, not the member count.

    Built from members in Python (:meth:`of_members`) or from SQL aggregates
    (``db``); :meth:`row` is the single place the row is computed, so both
    paths give the same row.
    """

    block_key: str = ""
    root: str = ""
    codes: dict[str, tuple[int, tuple, tuple]] = field(default_factory=dict)  # code -> (n, smallest key, (name, quad, goldstein))
    dyads: Counter = field(default_factory=Counter)  # ((src code, country, role), (tgt ...)) -> n
    places: Counter = field(default_factory=Counter)  # (name, country, lat, lon, feature) -> n
    text_dates: Counter = field(default_factory=Counter)
    all_dates: Counter = field(default_factory=Counter)
    date_lo: dt.date | None = None
    date_hi: dt.date | None = None
    num_mentions: int = 0
    num_articles: int = 0
    num_sources: int = 0
    first_doc: tuple = (None, None)  # (doc_id, url) of the earliest article: pub_date (None last), then doc_id
    min_pub: dt.date | None = None
    min_ingested: dt.datetime | None = None
    best_confidence: dict[str, float] = field(default_factory=dict)  # source_key -> best clamped confidence

    def add_dyad(self, src: tuple, tgt: tuple, n: int) -> None:
        """Count a dyad; an actor with neither code nor country counts as no actor (as in LinkEvent)."""
        src = src if src[0] is not None or src[1] is not None else (None, None, None)
        tgt = tgt if tgt[0] is not None or tgt[1] is not None else (None, None, None)
        self.dyads[(src, tgt)] += n

    @classmethod
    def of_members(cls, members: Sequence[LinkEvent]) -> "ClusterStats":
        smallest = min(members, key=lambda e: e.member_key)
        s = cls(block_key=smallest.block_key, root=smallest.root)
        for e in sorted(members, key=lambda e: e.member_key):
            n, key, facts = s.codes.get(e.code, (0, e.member_key, (e.name, e.quad_class, e.goldstein)))
            s.codes[e.code] = (n + 1, key, facts)
            s.add_dyad(_actor_tuple(e.source), _actor_tuple(e.target), 1)
            if e.place:
                s.places[e.place] += 1
            if e.event_date:
                s.all_dates[e.event_date] += 1
                if e.date_basis == "text":
                    s.text_dates[e.event_date] += 1
            c = min(max(float(e.confidence or 0.0), 0.0), 1.0)
            s.best_confidence[e.source_key] = max(s.best_confidence.get(e.source_key, 0.0), c)
        los = [e.date_lo for e in members if e.date_lo]
        his = [e.date_hi for e in members if e.date_hi]
        s.date_lo, s.date_hi = (min(los) if los else None), (max(his) if his else None)
        s.num_mentions = len(members)
        s.num_articles = len({e.doc_id for e in members})
        s.num_sources = len({e.source_key for e in members})
        first = min(members, key=lambda e: (e.pub_date is None, e.pub_date or _EPOCH, e.doc_id))
        s.first_doc = (first.doc_id, first.url)
        pubs = [e.pub_date for e in members if e.pub_date]
        ingested = [e.ingested_at for e in members if e.ingested_at]
        s.min_pub = min(pubs) if pubs else None
        s.min_ingested = min(ingested) if ingested else None
        return s

    def confidence(self) -> float:
        """1 - prod(1 - c_s) over distinct sources s, c_s the best confidence of s."""
        miss = 1.0
        for key in sorted(self.best_confidence):
            miss *= 1.0 - self.best_confidence[key]
        return round(1.0 - miss, 6)

    def representative_date(self) -> str | None:
        """Most frequent text-based date (ties: earliest); else most frequent of any date."""
        return _mode(self.text_dates) if self.text_dates else _mode(self.all_dates)

    def row(self, cluster_id: str) -> tuple:
        """The clusters-table row (schema column order)."""
        code = _mode({c: n for c, (n, _, _) in self.codes.items()})
        name, quad, goldstein = self.codes[code][2] if code is not None else (None, None, None)
        src, tgt = _mode(self.dyads, key=_none_last)
        place = _mode(self.places, key=_none_last) if self.places else (None,) * 5
        first_seen = self.min_pub or (self.min_ingested.date() if self.min_ingested else None)
        return (
            cluster_id, global_event_id(cluster_id), self.block_key, self.root,
            code, name, quad, goldstein,
            *src, *tgt,
            self.representative_date(), self.date_lo, self.date_hi,
            *place,
            self.num_mentions, self.num_articles, self.num_sources,
            first_seen, *self.first_doc, self.min_ingested,
            self.confidence(),
        )


def representative_date(members: Iterable[LinkEvent]) -> str | None:
    """Most frequent text-based date (ties: earliest); else most frequent of any date."""
    return ClusterStats.of_members(list(members)).representative_date()


def cluster_confidence(members: Iterable[LinkEvent]) -> float:
    """1 - prod(1 - c_s) over distinct sources s, c_s the best confidence of s.

    Several mentions from one article or one outlet count once: only
    independent sources raise the confidence.
    """
    return ClusterStats.of_members(list(members)).confidence()


def summarize(cluster: Cluster) -> tuple:
    """The clusters-table row of a cluster (schema column order)."""
    return ClusterStats.of_members(cluster.members).row(cluster.cluster_id)


def build_clusters(events: list[LinkEvent], window: int, *, trust_clusters: bool = False) -> list[Cluster]:
    return [Cluster(cluster_id_for(g), tuple(g)) for g in components(events, window, trust_clusters=trust_clusters)]
