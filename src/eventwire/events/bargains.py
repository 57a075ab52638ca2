"""The other party of an agreement, where its clause names none: whom the bargain is struck with.

A promise or an agreement made "in return for" something names its other party in what is given
back ("in return for EU cash", "in return for security guarantees from the Palestinians", "in return
for a blanket amnesty offered by President Kabbah"); one made "at the request of" a party names that
party ("agreed to send troops at the request of President Trump"). CAMEO 03 codes an intent toward
whom it is expressed; the thing or place the promise is about is not that party.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from spacy.tokens import Token

from ..nlp import children
from ..records import Actor
from .syntax import _prep_objects
from .triggers import ActorFn, Candidate

AGREE_ROOT = "03"
GIVERS = {"from", "by", "of"}  # "guarantees from X", "an amnesty offered by X", "a promise of X"
ASKING_NOUNS = frozenset({"request", "behest", "invitation", "urging", "insistence"})


def _returned(thing: Token) -> list[Token]:
    """Who gives what is given back: its from/by phrases (on it or on the participle that offers it),
    then its possessor or a name before it ("EU cash"), then the thing itself."""
    givers = _prep_objects([thing], GIVERS)
    givers += _prep_objects([acl for acl in children(thing) if acl.dep_ in ("acl", "relcl")], GIVERS)
    givers += [c for c in children(thing) if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" and c.i < thing.i]
    return givers + [thing]


def _bargain_tokens(verb: Token) -> list[Token]:
    """Tokens that may name the other party of the verb's bargain, on it or on the frame verb above it."""
    out: list[Token] = []
    heads = [verb, *(c for c in children(verb) if c.dep_ == "xcomp"), *((verb.head,) if verb.dep_ == "xcomp" else ())]
    for head in heads:
        for noun in _prep_objects([head], {"in"}):  # "in return for X", "in exchange for X"
            if noun.lemma_.lower() in ("return", "exchange"):
                out += [t for thing in _prep_objects([noun], {"for"}) for t in _returned(thing)]
        for noun in _prep_objects([head], {"at", "on", "upon"}):  # "at the request of X"
            if noun.lemma_.lower() in ASKING_NOUNS:
                out += _prep_objects([noun], {"of"}) + [c for c in children(noun) if c.dep_ == "poss" and c.pos_ != "PRON"]
    return out


def with_other_party(c: Candidate, code_actors: ActorFn, is_party: Callable[[Actor], bool]) -> Candidate:
    """``c``, an intent to cooperate (03) aimed at no party (``is_party``: a thing, a place or a force
    of no state is none), aimed at whom its bargain is struck with (rule ``+bargain``); never its own
    doer nor its doer's own state."""
    if c.source is None or c.code[:2] != AGREE_ROOT or c.reciprocal or (c.target is not None and is_party(c.target)):
        return c
    for tok in _bargain_tokens(c.trigger.verb):
        found: list[Actor] = [a for a in code_actors(tok) if a.code and a.key != c.source.key
                              and a.country != c.source.country]
        if found:
            return replace(c, target=replace(found[0], rule=found[0].rule + "+bargain"), rule=c.rule + "+bargain")
    return c
