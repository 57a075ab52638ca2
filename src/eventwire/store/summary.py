"""Cluster summaries: the clusters-table row of a set of linked event mentions.

The row is computed in one place (:meth:`ClusterStats.row`) from aggregates
that are built either from members in Python (:meth:`ClusterStats.of_members`)
or in SQL over the stored members (``db.cluster_stats``), so incremental
linking and one-shot linking write the same rows. A partial event that joined a
cluster (``partial.py``) counts in every figure but the block and the actor
columns: its dyad is incomplete, so the cluster's actors come from its anchors.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from .linking import Cluster, LinkActor, LinkEvent, is_anchor

_EPOCH = dt.date(1970, 1, 1)


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
    num_partial: int = 0
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
        smallest = min((e for e in members if is_anchor(e)), key=lambda e: e.member_key)
        s = cls(block_key=smallest.block_key, root=smallest.root)
        for e in sorted(members, key=lambda e: e.member_key):
            n, key, facts = s.codes.get(e.code, (0, e.member_key, (e.name, e.quad_class, e.goldstein)))
            s.codes[e.code] = (n + 1, key, facts)
            if is_anchor(e):
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
        s.num_partial = sum(not is_anchor(e) for e in members)
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
            self.confidence(), self.num_partial,
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
