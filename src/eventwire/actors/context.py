"""What a sentence adds to an actor its own phrase leaves without a country.

A domestic role (rebels, protesters, students) names no state; the clause that
describes it often does: "rebel groups fighting Assad", "protesters who oppose the
Egyptian government". Such a group is of the state it faces, as CAMEO coders take
it; the rule is recorded on the actor (``+faces-country``).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..records import Actor

DOMESTIC_OR_ARMED = frozenset({"CVL", "OPP", "EDU", "LAB", "REF", "REB", "INS", "SEP", "UAF", "RAD", "PTY"})
FACING_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", None})  # a state or its organs


def facing_country(tok: Token, actor: Actor, found: dict[int, Actor]) -> Actor:
    """``actor`` (coded at ``tok``) with the country of the state its describing clause faces."""
    if actor.country is not None or actor.role not in DOMESTIC_OR_ARMED:
        return actor
    for clause in tok.children:
        if clause.dep_ not in ("acl", "relcl"):
            continue
        for obj in clause.children:
            other = found.get(obj.i) if obj.dep_ == "dobj" else None
            if other is not None and other.country and len(other.country) == 3 and other.role in FACING_ROLES \
                    and not other.code.startswith(("IGO", "NGO", "IMG")):
                return replace(actor, country=other.country, code=other.country + actor.code,
                               rule=actor.rule + "+faces-country")
    return actor
