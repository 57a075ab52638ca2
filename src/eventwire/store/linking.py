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

Partial actors: an actor named only by its role ("the government said ...":
``GOV``, no country) is no linking key; two bare ``GOV`` need not be one
government. An event with one such actor and a known other party is a
*partial* event: it takes no part in the components above, and afterwards it
joins the one cluster it is compatible with, if there is exactly one
(``partial.py``): same root, polarity, date window and place country, the known
party matching as usual, and the cluster's actor in the bare role's place having
a country and the same role (or none). With none or several such clusters it
stays alone. Partials never join other partials, so a partial never bridges two
clusters and the components stay as they were; an event whose actors are both
bare roles, or a bare role and no actor, has nothing to anchor it and stays
alone. Every event records the rule its membership came from (``link_rule``)
and a partial that joined records the country the cluster gives its bare role
(``link_country``); the article's own codes are never rewritten.

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
and computes cluster summaries in SQL from ``summary.ClusterStats`` aggregates.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Hashable, Iterable, Protocol, Sequence

from ..actors.convention import parse
from ..records import content_id

LINK_RULES = "4"  # bump when compatibility changes: stores linked under other rules are relinked on open


# How an event's cluster membership was decided (events.link_rule).
LINK_RULE_VALUES = ("signature", "partial-actor", "partial-ambiguous", "partial-alone")


@dataclass(frozen=True, slots=True)
class LinkActor:
    key: str  # country, else code
    code: str | None
    country: str | None
    role: str | None
    partial: bool = False  # a bare role (GOV, MIL): no country, no organisation


def is_bare_role(code: str | None) -> bool:
    """Role codes only (``GOV``, ``GOVMIL``): the rule of ``actors.convention.is_partial`` on a stored code."""
    p = parse(code)
    return bool(p.types) and p.country is None and not p.is_international and not p.known_group and not p.unknown


def link_actor(code: str | None, country: str | None, role: str | None) -> LinkActor | None:
    """The linking view of a stored actor; None when neither a code nor a country was found (an
    uncoded name, code '', is no key: two names the tables lack are not the same actor)."""
    if not code and not country:
        return None
    partial = country is None and is_bare_role(code)
    if partial and role is None:
        role = parse(code).types[0]
    return LinkActor(country or code or "?", code, country, role, partial)


def link_kind(source: LinkActor | None, target: LinkActor | None) -> str:
    """``full`` (no bare role), ``partial`` (one bare role, the other party known) or ``unanchored``."""
    bare = [a for a in (source, target) if a is not None and a.partial]
    if not bare:
        return "full"
    other = target if source is not None and source.partial else source
    if len(bare) == 1 and other is not None:
        return "partial"
    return "unanchored"


def _side_key(actor: tuple | None) -> str:
    """Country, else code, of a stored actor (code, country, role); ``-`` for no actor."""
    if actor is None:
        return "-"
    return actor[1] or actor[0] or "?"


def block_key_of(root: str, source: tuple | None, target: tuple | None) -> str:
    """Events that could ever link share this key: ``root|a|b`` (the two actor keys, sorted) for a
    full event; ``root|k`` (the known party only) for a partial one, which may join a cluster of any
    block ``root|k|*`` or ``root|*|k``. Actors are (code, country, role) tuples, None for no actor."""
    src = link_actor(*source) if source else None
    tgt = link_actor(*target) if target else None
    if link_kind(src, tgt) == "partial":
        return f"{root}|{_side_key(target if src is not None and src.partial else source)}"
    a, b = sorted((_side_key(source), _side_key(target)))
    return f"{root}|{a}|{b}"


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
    link_rule: str = "signature"  # LINK_RULE_VALUES
    link_country: str | None = None  # country a joined cluster gives the bare role (partial-actor only)

    @property
    def member_key(self) -> tuple[str, str]:
        return (self.event_id, self.doc_id)

    @property
    def kind(self) -> str:
        return link_kind(self.source, self.target)


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


# The stored columns a Signature is read from (``signature_of_row``); callers add FROM's joins and WHERE.
SIGNATURE_SELECT = """
SELECT DISTINCT e.cluster_id, e.block_key, e.root, e.reciprocal,
       e.source_code, e.source_country, e.source_role, e.target_code, e.target_country, e.target_role,
       e.date_lo, e.date_hi, e.place_country, e.modality
FROM events e"""


def signature_of_row(r: tuple) -> Signature:
    return Signature(
        block_key=r[1], root=r[2], reciprocal=bool(r[3]),
        source=link_actor(r[4], r[5], r[6]), target=link_actor(r[7], r[8], r[9]),
        date_lo=r[10], date_hi=r[11], place=(None, r[12]) if r[12] is not None else None,
        modality=r[13], cluster_id=r[0],
    )


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


def context_match(x: Linkable, y: Linkable, window: int) -> bool:
    """Everything but the actors: root, polarity, dates, places."""
    return (
        x.root == y.root
        and polarity(x.modality) == polarity(y.modality)
        and _dates_match(x, y, window)
        and _places_match(x, y)
    )


def compatible(x: Linkable, y: Linkable, window: int) -> bool:
    """Could these two mentions report the same real-world event? (A bare role is no key: events
    with one are never compatible here; partial events join clusters by ``partial.py``.)"""
    return (
        link_kind(x.source, x.target) == "full"
        and link_kind(y.source, y.target) == "full"
        and context_match(x, y, window)
        and _dyad_match(x, y)
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


def is_anchor(e: LinkEvent) -> bool:
    """Members a cluster is made of; a partial that joined one is not (its dyad is incomplete)."""
    return e.link_rule != "partial-actor"


def cluster_id_for(members: Iterable[LinkEvent]) -> str:
    """Hash of the smallest anchor: partials joining or leaving never rename a cluster."""
    return cluster_id_of_key(min(e.member_key for e in members if is_anchor(e)))


def cluster_id_of_key(smallest: tuple[str, str]) -> str:
    return content_id(*smallest, prefix="clu_")


def build_clusters(events: list[LinkEvent], window: int) -> list[Cluster]:
    """One-shot linking of ``events``: components of the full events, then partial events attached
    to the one cluster compatible with them or left alone (``partial.attach_all``)."""
    from .partial import attach_all

    full = [replace(e, link_rule="signature", link_country=None) for e in events if e.kind == "full"]
    clusters = []
    for g in components(full, window):
        cid = cluster_id_for(g)
        clusters.append(Cluster(cid, tuple(replace(e, cluster_id=cid) for e in g)))
    members: dict[str, list[LinkEvent]] = {c.cluster_id: list(c.members) for c in clusters}
    for e in attach_all([e for e in events if e.kind != "full"], clusters, window):
        members.setdefault(e.cluster_id, []).append(e)
    return sorted(
        (Cluster(cid, tuple(sorted(m, key=lambda e: e.member_key))) for cid, m in members.items()),
        key=lambda c: c.cluster_id,
    )
