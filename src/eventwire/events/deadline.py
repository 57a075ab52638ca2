"""Ultimatums: "gave Sudan's military 15 days to hand power to civilians", "gave the soldiers until
3am to lay down their weapons".

Giving a party a span of time to do something is a final demand, CAMEO 139 (Give ultimatum), as the
CAMEO dictionary codes "GIVE * DEADLINE" [139]: a time limit set on what someone must do, whose
breach carries the threat the giver holds. The party given the time is the target; the act it is
to do is the ultimatum's content, not an act of its own. A time set for diplomats or others to leave
the country is the expulsion itself (events/refined.ordered_out recodes it).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp import children
from ..quotes import SPEECH_VERBS
from .triggers import Trigger

ULTIMATUM = "139"
GIVING = frozenset({"give", "grant"})
TIME_UNITS = frozenset({"hour", "day", "week", "month"})
WITHIN = 14  # tokens after the verb within which the time span must stand (past a relative clause)


def _time_span(tok: Token) -> bool:
    """'15 days', 'one week', 'a month', 'until 3am', 'until Friday'."""
    if tok.lemma_.lower() in TIME_UNITS and any(c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in ("a", "an")
                                                for c in children(tok)):
        return True
    return tok.lower_ == "until"


def _for_clause(verb: Token, end: int) -> Token | None:
    """The infinitive the time is given for ("to hand power"), in the verb's sentence after it."""
    for tok in verb.doc[verb.i + 1: end]:
        if tok.pos_ == "VERB" and verb.is_ancestor(tok) and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(tok)):
            return tok
    return None


def _time_given_for(verb: Token, span: Token) -> Token | None:
    """The act a span of time is given for, told after it ("48 hours to leave"); a span after the act is
    how long the act lasts ("granted Britain to delay Brexit for three months"), no deadline."""
    todo = _for_clause(verb, min(span.i + 6, verb.sent.end))
    return todo if todo is not None and todo.i > span.i else None


def ultimatum(verb: Token) -> Trigger | None:
    """A verb of giving whose object is a span of time for someone to do something (module doc); or
    a speaker's report that someone has that time ("Maduro said U.S. diplomats had 72 hours to
    leave", ``reported_ultimatum``)."""
    if verb.lemma_.lower() == "have":
        return reported_ultimatum(verb)
    if verb.lemma_.lower() not in GIVING:
        return None
    end = min(verb.i + WITHIN + 1, verb.sent.end)
    span = next((t for t in verb.doc[verb.i + 1: end] if _time_span(t) and verb.is_ancestor(t)), None)
    if span is None:
        return None
    todo = _time_given_for(verb, span)
    if todo is None:
        return None
    # whom: the verb's other object or indirect object, or the possessor the parser gave the time span
    given = [c for c in children(verb) if c.dep_ in ("dobj", "dative") and c.i < span.i] \
        or [c for c in children(span) if c.dep_ in ("poss", "compound") and c.pos_ in ("NOUN", "PROPN")]
    if not given:
        return None
    return Trigger(code=ULTIMATUM, cue=f"ultimatum:{verb.lemma_.lower()}>{span.lemma_.lower()}", rule="ultimatum",
                   verb=verb, tokens=(verb, span, todo), target_override=tuple(given))


def reported_ultimatum(verb: Token) -> Trigger | None:
    """'The president said the diplomats had 72 hours to leave the country', 'told them they have
    until Friday to hand over their weapons': the time limit a speaker sets in saying it. The one
    who has the time is the target; the speaker gives the ultimatum."""
    speech = verb.head
    if verb.dep_ != "ccomp" or speech.lemma_.lower() not in SPEECH_VERBS or speech.i > verb.i:
        return None  # (not a report told before its source: "They had 72 hours to leave, the embassy said")
    giver = []
    for clause in (speech, *list(speech.ancestors)[:3]):  # "shouted, before adding that ...": the shouter
        giver = [c for c in children(clause) if c.dep_ == "nsubj"]
        if giver:
            break
    given = [c for c in children(verb) if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "PRON")]
    span = next((c for c in children(verb) if c.dep_ in ("dobj", "prep") and _time_span(c)), None)
    if not giver or not given or span is None:
        return None
    todo = _time_given_for(verb, span)
    if todo is None:
        return None
    return Trigger(code=ULTIMATUM, cue=f"ultimatum:have>{span.lemma_.lower()}", rule="ultimatum", verb=verb,
                   tokens=(verb, span, todo), target_override=tuple(given), source_override=tuple(giver))
