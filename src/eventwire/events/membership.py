"""A state leaving an organisation of states: "withdrew from the WHO", "announced their withdrawal from
ECOWAS", "pulled out of ECOWAS", "Niger left ECOWAS", "said it would quit ECOWAS".

A withdrawal (087) is of forces unless a state leaves an organisation of states itself; then it is a
reduction of relations (CAMEO 160; PLOVER SANCTION, mode withdraw: "from a group, mediation activity,
organization"), and, announced for later, a threat to reduce them.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..actors.context import THING_RULE
from .refine import DEPARTING_CLASS, WITHDRAW, WITHDRAWAL, _force_sense, _verb_classes
from .syntax import SUBJ, _children, _prep_objects
from .triggers import Trigger

REDUCE_RELATIONS = "160"
STATES_BODY = "IGO"  # the country field of an organisation of states
MEMBER_ROLES = frozenset({None, "GOV", "LEG", "ELI"})  # who holds a state's membership: the state, its government


def leaving_an_organisation(lexicon, code: str, source, target, trig: Trigger) -> str:
    """"Withdrew from the World Health Organization", "voted to withdraw from the CIS assembly", "announced
    their withdrawal from ECOWAS": a state leaving an organisation of states withdraws itself, not forces
    (PLOVER SANCTION, mode withdraw: "from a group, mediation activity, organization"); CAMEO reduce
    relations (160). Forces withdrawn ("withdrew its troops from", "the withdrawal of troops from"),
    forces pulling out, or withdrawing from a place, stay a retreat."""
    if code != WITHDRAWAL or target is None or target.country != STATES_BODY or _forces_withdrawn(lexicon, trig) \
            or source.first_role not in MEMBER_ROLES or THING_RULE in target.rule:
        return code
    return REDUCE_RELATIONS if target.kind == "organisation" else code


def leaving_code(lexicon, code: str, source, target, trig: Trigger) -> str:
    """``leaving_an_organisation`` of a withdrawal as told, or as announced: "said it would quit ECOWAS"
    (a withdrawal the future made an intent to de-escalate) is a threat to reduce relations."""
    if trig.code == WITHDRAWAL and code != WITHDRAWAL and code == lexicon.lift("intent", WITHDRAWAL):
        left = leaving_an_organisation(lexicon, WITHDRAWAL, source, target, trig)
        return lexicon.lift("threat", left) if left != WITHDRAWAL else code
    return leaving_an_organisation(lexicon, code, source, target, trig)


def _forces_withdrawn(lexicon, trig: Trigger) -> bool:
    """Whether what is withdrawn is named, and is a body of forces: the verb's object ("withdrew its
    troops"), or the withdrawal noun's of-phrase ("the withdrawal of its troops"; not "of their
    countries")."""
    if trig.rule == LEFT_ORGANISATION:
        return False  # what is left is the object: the organisation
    head = trig.tokens[-1]
    if head.pos_ == "NOUN":
        return any(_force_sense(lexicon, t, WITHDRAW) is not None for t in [head, *_prep_objects([head], {"of"})])
    return bool(_children(trig.verb, {"dobj"}))


LEFT_ORGANISATION = "left-organisation"  # the rule of a verb of leaving with a named body as its object


def leaving_a_body(verb: Token) -> Trigger | None:
    """"Burkina Faso quit the G5 Sahel", "Niger left ECOWAS": a verb of leaving (verb_classes.tsv
    ``depart``) whose object is a named organisation may be a state leaving an organisation of states.
    The trigger is a withdrawal with rule ``left-organisation``: the extractor keeps it only where the
    object is coded as an organisation of states and the subject as a state that can be its member
    (``leaving_an_organisation``); leaving a company, a party or a city is no event."""
    lemma = verb.lemma_.lower()
    if lemma not in _verb_classes().get(DEPARTING_CLASS, frozenset()) or not _children(verb, SUBJ):
        return None
    if not any(o.pos_ in ("NOUN", "PROPN") for o in _children(verb, {"dobj"})):
        return None
    return Trigger(code=WITHDRAWAL, cue=f"depart:{lemma}>organisation", rule=LEFT_ORGANISATION, verb=verb,
                   tokens=(verb,), target_specs=("dobj",), target_heads=(verb,))
