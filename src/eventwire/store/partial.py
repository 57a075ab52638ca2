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
from .rows import update_events
from .linking import (
    SIGNATURE_SELECT, SYMMETRIC_ROOTS, Cluster, LinkActor, Linkable, LinkEvent, Signature, _actors_match,
    cluster_id_of_key, context_match, link_kind, signature_of_row,
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


def choose(p: Linkable, candidates: Iterable[Linkable], window: int) -> tuple[str, str | None, str | None]:
    """(rule, cluster id, country): the one cluster among ``candidates`` (full events with their cluster
    ids) that gives the partial event ``p`` a country, or the reason it stays alone (no cluster id)."""
    found: dict[str, set[str]] = {}
    if link_kind(p.source, p.target) == "partial":
        for f in candidates:
            country = fill(p, f, window)
            if country is not None:
                found.setdefault(f.cluster_id, set()).add(country)
    if len(found) == 1:
        ((cid, countries),) = found.items()
        return ("partial-actor", cid, min(countries))
    return ("partial-ambiguous" if found else "partial-alone", None, None)


def decide(p: LinkEvent, candidates: Iterable[Linkable], window: int) -> Attachment:
    """:func:`choose` for one event; alone, it is a cluster of its own."""
    rule, cid, country = choose(p, candidates, window)
    return Attachment(rule, cid or cluster_id_of_key(p.member_key), country)


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
# Stored partials with equal values here get equal decisions (``choose`` reads nothing else).
_SIG_ID = "md5(concat_ws('|', " + ", ".join(
    f"coalesce(CAST(e.{c} AS VARCHAR), '~')" for c in (
        "block_key", "root", "reciprocal", "source_code", "source_country", "source_role", "target_code",
        "target_country", "target_role", "date_lo", "date_hi", "place_country", "modality",
    )
) + "))"


def _stored_groups(con, written: list[str], window: int) -> list[tuple[str, Signature, tuple]]:
    """(signature id, signature, state) of the stored partials that could be compatible with a member of
    a cluster written in this batch; one row per distinct signature, so the number does not grow with the
    number of copies of a report (equal signatures were decided together and share their state)."""
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
    rows = con.execute(
        f"""SELECT DISTINCT e.joined, e.block_key, e.root, e.reciprocal,
                  e.source_code, e.source_country, e.source_role, e.target_code, e.target_country, e.target_role,
                  e.date_lo, e.date_hi, e.place_country, e.modality, {_SIG_ID}, e.link_rule, e.link_country
           FROM (SELECT e.*, CASE WHEN e.link_rule = 'partial-actor' THEN e.cluster_id END AS joined FROM events e
                 WHERE e.cluster_id IS NOT NULL AND e.link_rule IN {_PARTIAL_RULES}) e
           JOIN (SELECT unnest(?::VARCHAR[]) AS bk, unnest(?::DATE[]) AS lo, unnest(?::DATE[]) AS hi) b
             ON e.block_key = b.bk AND e.date_hi >= b.lo AND e.date_lo <= b.hi""",
        [keys, los, his],
    ).fetchall()
    return [(r[14], signature_of_row(r), (r[15], r[0], r[16])) for r in rows]


def _full_signatures(con, partials: Sequence[Linkable], window: int) -> dict[tuple[str, str], list]:
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

    Stored partials are decided per distinct signature first; only the events
    of a signature whose decision changed are loaded (``load(con, where,
    params)``, ``db._load``) and rewritten. Returns the ids of the clusters a
    partial joined or left: their rows must be rewritten.
    """
    groups = _stored_groups(con, written, window)
    anchored = [e for e in fresh if e.kind == "partial"]
    index = _full_signatures(con, [*anchored, *(g for _, g, _ in groups)], window)

    def candidates(p: Linkable) -> list:
        return index.get(known_side(p), []) if link_kind(p.source, p.target) == "partial" else []

    moved = sorted({sid for sid, g, state in groups if choose(g, candidates(g), window) != state})
    stored = load(con, f"e.cluster_id IS NOT NULL AND e.link_rule IN {_PARTIAL_RULES} AND {_SIG_ID} IN "
                       "(SELECT unnest(?::VARCHAR[]))", [moved]) if moved else []
    changes: list[tuple] = []
    affected: set[str] = set()
    for p in [*fresh, *stored]:
        a = decide(p, candidates(p), window)
        if (p.cluster_id, p.link_rule, p.link_country) != (a.cluster_id, a.rule, a.country):
            changes.append((p.doc_id, p.event_id, a.cluster_id, a.rule, a.country))
            affected |= {a.cluster_id, p.cluster_id} - {None}
    update_events(con, changes, ("cluster_id", "link_rule", "link_country"))
    return affected
