"""Culpability: "X is responsible for the attacks", "X and Y were guilty of violating the ceasefire".

A copula with a predicate adjective of blame asserts that its subject did the act the adjective's
phrase names. The act is coded with that subject as its doer, as alleged (it is someone's
assessment, not a report of the act); the one who says so ("the Afghan government said Taliban
militants were responsible") makes an accusation (the frame's code, 112) against the subject.
A negated copula ("was not responsible") asserts nothing; a phrase that names no act ("responsible
for security") is no event, and neither is a bare adjective nobody is reported to have said.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..nlp import children
from .arguments import reporter_tokens, subject_tokens
from .syntax import _children
from .triggers import Trigger

if TYPE_CHECKING:  # pragma: no cover
    from .triggering import TriggerFinder
    from .lexicon import Frame


def culpable_triggers(ex: "TriggerFinder", adj: Token, frame: "Frame", consumed: set[int]) -> list[Trigger] | None:
    copula = adj.head
    if adj.dep_ != "acomp" or copula.lemma_.lower() != "be" or _children(adj, "neg") or _children(copula, "neg"):
        return None
    doers = tuple(subject_tokens(adj)[0])
    if not doers or all(d.pos_ == "PRON" for d in doers):
        return None
    comp, _ = ex.complement(adj)
    act = ex.action(comp) if comp is not None else None
    if act is None:
        act = ex.event_noun(adj)  # "responsible for the attacks"
    named_phrase = any(c.dep_ == "prep" for c in children(adj))
    out: list[Trigger] = []
    if act is not None:
        consumed.update(t.i for t in act.tokens)
        out.append(Trigger(code=act.code, cue=f"{frame.key}>{act.cue}", rule="culpable", verb=adj,
                           tokens=(adj, *act.tokens), target_specs=act.target_specs, target_heads=act.target_heads,
                           source_override=doers, modality="alleged"))
    reporter = tuple(reporter_tokens(adj))
    if reporter and (act is not None or not named_phrase):
        code = ex.lexicon.lift("accuse", act.code) if act is not None else frame.code  # of violence: 1123
        out.append(Trigger(code=code, cue=frame.key, rule="culpable:said", verb=adj, tokens=(adj,),
                           target_override=doers, source_override=reporter, frame="accuse"))
    consumed.add(adj.i)
    return out or None
