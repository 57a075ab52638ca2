"""A bare-role actor takes its country from a peer report of the same event in the same article.

"Turkey's president held talks with the Greek prime minister ... The president
also met government officials" codes the second meeting TURGOV -> GOV: the
role is known, the country not. When the same article codes an event of the
same CAMEO root between the same other party and an actor of the same role
*with* a country (TURGOV -> GRCGOV), and only one such country, the bare actor
is that country's (GRCGOV) and its rule records why (``...+peer``). Linking
then sees one dyad instead of a Turkey-"someone" event in a cluster of its own.

Why per article, not per cluster: a cross-article rule would let one bare-role
report bridge two clusters (Turkey-Greece and Turkey-Russia talks of one week);
inside one article the peer is the same story's own reading, and the result
depends on that article alone, so linking stays a function of the stored set.
"""
from __future__ import annotations

from dataclasses import replace

from ..records import Actor, CodedArticle, Event
from .convention import is_partial, vocabulary
from .context import names_a_weapon
from .tables import names_a_state

SYMMETRIC_ROOTS = frozenset({"03", "04", "06"})  # as in store/linking.py: the order of the parties is free


def _key(a: Actor | None) -> str | None:
    return None if a is None else (a.country or a.code)


def _peer_country(actor: Actor, other: Actor | None, event: Event, events: tuple[Event, ...]) -> str | None:
    found = set()
    for peer in events:
        if peer is event or peer.root != event.root:
            continue
        readings = [(peer.source, peer.target)]
        if peer.root in SYMMETRIC_ROOTS or peer.reciprocal or event.root in SYMMETRIC_ROOTS:
            readings.append((peer.target, peer.source))
        for mine, theirs in readings:
            # (a state's: an organisation's "IGO" is no country a bare role can take, "IGOGOV")
            if (mine is not None and names_a_state(mine.country) and mine.role == actor.role and not is_partial(mine)
                    and _key(theirs) == _key(other)):
                found.add(mine.country)
    return found.pop() if len(found) == 1 else None


def _complete(actor: Actor | None, other: Actor | None, event: Event, events: tuple[Event, ...]) -> Actor | None:
    if actor is None or actor.country or not is_partial(actor) or other is None or names_a_weapon(actor):
        return actor  # a weapon is whoever used it: no peer says whose "a downed drone" was
    iso = _peer_country(actor, other, event, events)
    if iso is None:
        return actor
    cameo = vocabulary().iso_to_cameo.get(iso, iso)
    return replace(actor, code=cameo + actor.code, country=iso, rule=f"{actor.rule}+peer")


def complete(coded: CodedArticle) -> CodedArticle:
    """Every event's bare-role actors completed from the article's peer events (see the module docstring)."""
    if not coded.ok or not any(is_partial(a) for e in coded.events for a in (e.source, e.target) if a):
        return coded
    events = coded.events
    done = []
    for e in events:
        s = _complete(e.source, e.target, e, events)
        t = _complete(e.target, e.source, e, events)
        done.append(e if (s is e.source and t is e.target) else replace(e, source=s, target=t))
    return replace(coded, events=tuple(done))
