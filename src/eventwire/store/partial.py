"""Partial events join the one cluster compatible with them (linking.py, "Partial actors").

"The government said it held talks with Greece" codes ``GOV -> GRC``: the role
is known, the country not. The same meeting reported elsewhere as ``TURGOV ->
GRCGOV`` is a cluster of full events. The partial event joins that cluster when
it could report the same event as one of its members (:func:`fill`) and no
other cluster could: with one candidate cluster the cluster gives the bare role
its country (``link_country``, rule ``partial-actor``); with several
(``partial-ambiguous``) or none (``partial-alone``) it stays a cluster of its own.

Why "exactly one": under single linkage a partial that joined every compatible
cluster would merge Turkey-Greece and Russia-Greece talks of one week through
"the government met Greece". Attaching without joining, and only when the
choice is unique, keeps the components of the full events as they are; a
partial never joins another partial.

Why exact under incremental linking: a partial's membership depends only on the
set of full clusters compatible with it. A batch changes only the clusters it
writes (new full events, merges); every partial that could be compatible with a
member of one of them lies in a block ``root|k`` with ``k`` one of the
cluster's actor keys, within the window of the cluster's dates, so
:func:`relink_partials` re-decides exactly those (and the new partials).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Iterable, Sequence

from ..actors.tables import INTERNATIONAL_CODES
from .linking import (
    SIGNATURE_SELECT, SYMMETRIC_ROOTS, Cluster, LinkActor, Linkable, LinkEvent, _actors_match, cluster_id_of_key,
    context_match, link_kind, signature_of_row,
)


@dataclass(frozen=True, slots=True)
class Attachment:
    rule: str  # partial-actor, partial-ambiguous or partial-alone
    cluster_id: str
    country: str | None  # the country the joined cluster gives the bare role


def _fill_actor(bare: LinkActor, full: LinkActor | None) -> str | None:
    """The country ``full`` gives ``bare``: a national actor of the same role, or of no stated role."""
    if full is None or full.partial or full.country is None or full.country in INTERNATIONAL_CODES:
        return None
    if full.role is not None and full.role != bare.role:
        return None
    return full.country


def _fill_dyad(p: Linkable, fs: LinkActor | None, ft: LinkActor | None) -> str | None:
    if p.source is not None and p.source.partial:
        return _fill_actor(p.source, fs) if _actors_match(p.target, ft) else None
    return _fill_actor(p.target, ft) if _actors_match(p.source, fs) else None


def fill(p: Linkable, f: Linkable, window: int) -> str | None:
    """The country ``f`` (a full event) gives the bare role of ``p`` (a partial event) when both could
    report one event (root, polarity, dates, places as in ``compatible``; the known party matching
    its counterpart, in either order for symmetric or reciprocal events); None when they cannot."""
    if link_kind(f.source, f.target) != "full" or not context_match(p, f, window):
        return None
    got = _fill_dyad(p, f.source, f.target)
    if got is None and (p.reciprocal or f.reciprocal or p.root in SYMMETRIC_ROOTS):
        got = _fill_dyad(p, f.target, f.source)
    return got


def known_side(e: Linkable) -> tuple[str, str]:
    """(root, key of the known party) of a partial event: its block ``root|key``."""
    known = e.target if e.source is not None and e.source.partial else e.source
    return (e.root, known.key)


def side_keys(f: Linkable) -> set[tuple[str, str]]:
    """The (root, key) blocks of the partial events a full event could give a country to."""
    return {(f.root, a.key) for a in (f.source, f.target) if a is not None}


def decide(p: LinkEvent, candidates: Iterable[Linkable], window: int) -> Attachment:
    """Join the one cluster among ``candidates`` (full events with their cluster ids) that gives ``p`` a country."""
    found: dict[str, set[str]] = {}
    if p.kind == "partial":
        for f in candidates:
            country = fill(p, f, window)
            if country is not None:
                found.setdefault(f.cluster_id, set()).add(country)
    if len(found) == 1:
        ((cid, countries),) = found.items()
        return Attachment("partial-actor", cid, min(countries))
    return Attachment("partial-ambiguous" if found else "partial-alone", cluster_id_of_key(p.member_key), None)


def attach_all(events: Sequence[LinkEvent], clusters: Sequence[Cluster], window: int) -> list[LinkEvent]:
    """One-shot: every non-full event with its decided cluster id, rule and country."""
    index: dict[tuple[str, str], list[LinkEvent]] = {}
    for c in clusters:
        for f in c.members:
            for side in side_keys(f):
                index.setdefault(side, []).append(f)
    out = []
    for p in events:
        a = decide(p, index.get(known_side(p), ()) if p.kind == "partial" else (), window)
        out.append(replace(p, cluster_id=a.cluster_id, link_rule=a.rule, link_country=a.country))
    return out


# ---- incremental (inside db.relink_pending's transaction, after the full events are linked) ----

_PARTIAL_RULES = "('partial-actor', 'partial-ambiguous', 'partial-alone')"


def _stored_partials(con, load, written: list[str], window: int) -> list[LinkEvent]:
    """Stored partial events that could be compatible with a member of a cluster written in this batch."""
    if not written:
        return []
    pad = dt.timedelta(days=window)
    spans = con.execute(
        """SELECT block_key, min(date_lo), max(date_hi) FROM events
           WHERE cluster_id IN (SELECT unnest(?::VARCHAR[])) AND link_rule = 'signature' AND date_lo IS NOT NULL
           GROUP BY cluster_id, block_key""",
        [written],
    ).fetchall()
    keys, los, his = [], [], []
    for block, lo, hi in spans:
        root, *sides = block.split("|")
        for side in sorted(set(sides) - {"-"}):
            keys.append(f"{root}|{side}")
            los.append(lo - pad)
            his.append(hi + pad)
    if not keys:
        return []
    return load(
        con,
        f"""e.cluster_id IS NOT NULL AND e.link_rule IN {_PARTIAL_RULES} AND EXISTS (
              SELECT 1 FROM (SELECT unnest(?::VARCHAR[]) AS bk, unnest(?::DATE[]) AS lo, unnest(?::DATE[]) AS hi) b
              WHERE e.block_key = b.bk AND e.date_hi >= b.lo AND e.date_lo <= b.hi)""",
        [keys, los, his],
    )


def _full_signatures(con, partials: list[LinkEvent], window: int) -> dict[tuple[str, str], list]:
    """Distinct signatures of the linked full events in the partials' blocks and windows, by (root, key)."""
    pad = dt.timedelta(days=window)
    rows = sorted({(*known_side(p), p.date_lo - pad, p.date_hi + pad) for p in partials if p.date_lo and p.date_hi})
    if not rows:
        return {}
    roots, keys, los, his = (list(c) for c in zip(*rows))
    found = con.execute(
        SIGNATURE_SELECT + """
           JOIN (SELECT unnest(?::VARCHAR[]) AS root, unnest(?::VARCHAR[]) AS k,
                        unnest(?::DATE[]) AS lo, unnest(?::DATE[]) AS hi) b
             ON e.root = b.root AND (split_part(e.block_key, '|', 2) = b.k OR split_part(e.block_key, '|', 3) = b.k)
            AND e.date_hi >= b.lo AND e.date_lo <= b.hi
           WHERE e.cluster_id IS NOT NULL AND e.link_rule = 'signature'""",
        [roots, keys, los, his],
    ).fetchall()
    index: dict[tuple[str, str], list] = {}
    for r in found:
        sig = signature_of_row(r)
        for side in side_keys(sig):
            index.setdefault(side, []).append(sig)
    return index


def relink_partials(con, load, fresh: list[LinkEvent], written: list[str], window: int) -> set[str]:
    """Decide the new non-full events and the stored partials the clusters ``written`` may concern.

    ``load(con, where, params)`` reads stored events (``db._load``). Returns the ids of
    the clusters a partial joined or left: their rows must be rewritten.
    """
    seen = {e.member_key for e in fresh}
    todo = list(fresh) + [e for e in _stored_partials(con, load, written, window) if e.member_key not in seen]
    index = _full_signatures(con, [e for e in todo if e.kind == "partial"], window)
    changes: list[tuple] = []
    affected: set[str] = set()
    for p in todo:
        a = decide(p, index.get(known_side(p), ()) if p.kind == "partial" else (), window)
        if (p.cluster_id, p.link_rule, p.link_country) != (a.cluster_id, a.rule, a.country):
            changes.append((p.doc_id, p.event_id, a.cluster_id, a.rule, a.country))
            affected |= {a.cluster_id, p.cluster_id} - {None}
    if changes:
        docs, events, cids, rules, countries = (list(c) for c in zip(*changes))
        con.execute(
            """UPDATE events SET cluster_id = a.cid, link_rule = a.rule, link_country = a.country
               FROM (SELECT unnest(?::VARCHAR[]) AS doc_id, unnest(?::VARCHAR[]) AS event_id, unnest(?::VARCHAR[]) AS cid,
                            unnest(?::VARCHAR[]) AS rule, unnest(?::VARCHAR[]) AS country) a
               WHERE events.doc_id = a.doc_id AND events.event_id = a.event_id""",
            [docs, events, cids, rules, countries],
        )
    return affected
