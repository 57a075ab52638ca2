"""A state's claim that another did it harm is an accusation: "Cambodia's defence ministry said Thai
troops had attacked a Cambodian unit", "Kyrgyzstan's border service said Tajik forces had shelled
its posts".

What a state or its organ reports of a hostile act by another state's side, done to its own side,
is its account in a dispute: an accusation of the doer (CAMEO 112), coded
beside the act it reports, as CAMEO coders code "X said Y attacked" both ways. A report by a
third party (a monitor, a news agency, another state), or of an act done to no one named,
accuses no one; nor does a side's account of what it did itself.
"""
from __future__ import annotations

from dataclasses import replace

from ..records import Actor
from .arguments import reporter_tokens
from .triggers import ActorFn, Candidate, Trigger

ACCUSE = "112"
HOSTILE_ROOTS = frozenset({"17", "18", "19", "20"})  # coercion and violence
SAYING = frozenset({"say", "tell", "insist", "state", "report", "announce"})
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY"})  # organs that speak for a state in a dispute


def own_state_side(claimant: Actor, accused: Actor) -> bool:
    """Whether the party a state's claim names as the doer is an organ of that same state ("Trump claimed
    that the USS Boxer had destroyed an Iranian drone"): its own side's account, no accusation."""
    if claimant.role is not None and claimant.first_role not in STATE_ROLES or accused.first_role not in STATE_ROLES:
        return False
    if accused.country is None:  # "India claimed its jets had downed a Pakistani F-16"
        return accused.text.lower().startswith(("its ", "our "))
    return claimant.country == accused.country and len(accused.country) == 3


def _speaker(c: Candidate, code_actors: ActorFn) -> Actor | None:
    """The one state or state organ whose statement reports the candidate's act."""
    verb = c.trigger.verb
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SAYING:
        return None
    found = [a for t in reporter_tokens(verb) for a in code_actors(t)]
    if len(found) != 1 or not found[0].country or len(found[0].country) != 3:
        return None
    speaker = found[0]
    return speaker if speaker.role is None or speaker.first_role in STATE_ROLES else None


def claimed_acts(cands: list[Candidate], code_actors: ActorFn) -> list[Candidate]:
    """The accusations the candidates' reporting statements make (module doc), rule ``claim``."""
    out: list[Candidate] = []
    for c in cands:
        if c.code[:2] not in HOSTILE_ROOTS or c.modality != "asserted" or c.source is None or not c.source.country:
            continue
        speaker = _speaker(c, code_actors)
        if speaker is None or speaker.country == c.source.country:
            continue  # no state speaking, or a side's account of its own act
        if c.target is None or c.target.country != speaker.country or "near-target" in c.rule:
            continue  # harm to no one named in the act's own slot, or to a third party: a report, not a grievance
        said = c.trigger.verb.head
        trigger = Trigger(code=ACCUSE, cue=f"claim:{said.lemma_.lower()}>{c.trigger.cue}", rule="claim", verb=said,
                          tokens=(said, c.trigger.verb))
        out.append(replace(c, trigger=trigger, code=ACCUSE, source=speaker, target=c.source, reciprocal=False,
                           rule="claim"))
    return out
