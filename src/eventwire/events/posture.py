"""Whom a show of force faces.

The PLOVER manual on MOBILIZE: "the recipient are entities against whom the actor mobilizes its
military capabilities in a threatening manner if that is clear, but a group may mobilize with no
specific entity stated." A deployment's object is the force moved, and its place-phrase where it
goes; whom it faces the clause says in other ways, each a matter of grammar, not of words:

* an against-phrase: "in preparation for possible action against Kurdish rebels";
* a verb of facing in a purpose or participial clause: "sent reinforcements to face Iraqi army
  units", "in a show of force aimed at deterring Hezbollah", "the Line of Control facing Pakistan";
* a noun of hostility or message with its other side: "as tension with Hamas rose", "as a
  standoff with the Philippines entered its second week", "in what officials described as a
  message to Iran";
* the doer of a hostile act the force is readied for: "ahead of planned opposition protests",
  "feared an invasion by U.S. troops".

The party found replaces a target that is no party faced: none, the force's own state or its own
forces ("deployed thousands of officers"), a place, or a thing (rule ``+faced``).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterator

from spacy.tokens import Token

from ..nlp import children
from ..records import Actor
from .objects import POSTURE
from .parties import _place, names_a_party
from .patients import PLACE_OF_DEPLOYMENT
from .protests import IN_PROTEST
from .syntax import _modifiers, _with_conjuncts, noun_lemma
from .triggers import ActorFn, Candidate

# verbs whose object is whom a force is set against ("to face", "aimed at deterring", "facing")
FACING_VERBS = frozenset({"face", "deter", "confront", "counter", "intimidate", "repel", "repulse", "counteract"})
# nouns of a hostile relation or a message, whose other side their with- or to-phrase names
HOSTILITY_NOUNS = frozenset({"tension", "standoff", "stand-off", "dispute", "confrontation", "row", "conflict",
                             "showdown", "feud", "rift", "hostility", "message", "warning", "signal"})
HOSTILITY_PREPS = frozenset({"with", "to"})  # not "between": "tensions between Christian and Muslim communities"
# roots of the hostile acts a force is readied for: protest, coercion, violence (and "protests",
# whose noun cue is the official protest, 114); not posture, whose nouns name forces ("marines")
READIED_FOR_ROOTS = frozenset({"14", "17", "18", "19", "20"})
AGENT_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
FORCE_ROLES = frozenset({"MIL", "COP"})


def with_faced_party(c: Candidate, lexicon, code_actors: ActorFn) -> Candidate:
    """``c``, a show of force, aimed at the party its clause says it faces, where its target is no
    such party (see the module docstring)."""
    source = c.source
    if not c.code.startswith(POSTURE) or source is None or _faces_already(c.target, source):
        return c
    for tok in _faced_tokens(c.trigger.verb, c.trigger.tokens, lexicon):
        found = [a for t in _with_conjuncts(tok) for a in code_actors(t)
                 if (names_a_party(a) or a.role and a.kind in ("role", "group")) and _faced(a, source)]
        if found:
            return replace(c, target=replace(found[0], rule=found[0].rule + "+faced"), rule=c.rule + "+faced")
    if c.target is not None and _own_force(c.target, source):
        # "deployed thousands of officers", "put its armed forces on alert": the force moved, not whom it faces
        return replace(c, target=None)
    return c


def _faces_already(target: Actor | None, source: Actor) -> bool:
    """Whether the target found in the act's own slots is a party the force faces: not none, a place,
    or the source's own forces."""
    return target is not None and not _place(target) and _faced(target, source) and not _own_force(target, source)


def _faced(actor: Actor, source: Actor) -> bool:
    """A party a force may face: not a thing, nor the source again or its own state as a whole."""
    if not actor.code or actor.kind == "thing":
        return False
    return actor.key != source.key and not (actor.country and actor.country == source.country
                                            and (actor.code == actor.country or source.code == source.country))


def _own_force(actor: Actor, source: Actor) -> bool:
    """The source's own forces, or forces of no state: what is moved."""
    return actor.first_role in FORCE_ROLES and actor.country in (None, source.country)


def _scope(verb: Token, cue: tuple[Token, ...]) -> list[Token]:
    """The words of the posture's clause other than its subject and the force moved (its object and
    the cue's own phrase), in order; a conjoined verb's clause includes the adverbial clauses of the
    verb it is joined to ("moved two divisions ..., as its border dispute with Ethiopia deepened")."""
    moved = {t.i for n in (*cue[1:], *(c for c in children(verb) if c.dep_ in ("dobj", "dative"))) for t in _phrase(n)}
    heads = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
    out: dict[int, Token] = {}
    for head in heads:
        for child in children(head):
            if child.dep_ in ("nsubj", "nsubjpass", "csubj", "conj", "cc", "punct"):
                continue
            if head != verb and child.dep_ not in ("advcl", "prep", "npadvmod"):
                continue
            for t in child.subtree:
                if t.i not in moved:
                    out.setdefault(t.i, t)
    return [out[i] for i in sorted(out)]


def _phrase(noun: Token) -> Iterator[Token]:
    """A noun's own phrase: its words up to it, its of-phrase, the nouns joined to it ("thousands of
    reservists", "the carrier USS Gerald R. Ford and its strike group"), not the verb's phrases the
    parser hung on it."""
    yield from (t for t in noun.subtree if t.i <= noun.i)
    for c in children(noun):
        if c.dep_ in ("conj", "appos", "cc") or c.dep_ == "prep" and c.lower_ == "of":
            yield from c.subtree


def _faced_tokens(verb: Token, cue: tuple[Token, ...], lexicon) -> Iterator[Token]:
    """The words that may name whom the force faces, the plainest first."""
    scope = _scope(verb, cue)
    for tok in scope:  # "action against Kurdish rebels"
        if tok.dep_ == "prep" and tok.lower_ == "against":
            yield from (o for o in children(tok) if o.dep_ == "pobj")
    for tok in scope:  # "to face Iraqi army units", "aimed at deterring Hezbollah"
        if tok.pos_ == "VERB" and tok.lemma_.lower() in FACING_VERBS:
            yield from (o for o in children(tok) if o.dep_ == "dobj")
    for tok in scope:  # "as tension with Hamas rose", "a message to Iran"
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in HOSTILITY_NOUNS:
            yield from (o for p in children(tok) if p.dep_ == "prep" and p.lower_ in HOSTILITY_PREPS
                        for o in children(p) if o.dep_ == "pobj")
    for tok in scope:  # "ahead of planned opposition protests", "an invasion by U.S. troops"
        if tok.pos_ != "NOUN" or tok.dep_ == "pobj" and tok.head.lower_ in PLACE_OF_DEPLOYMENT:
            continue  # (a place the force goes to is no act: "close to the Syrian border")
        cue = lexicon.noun(noun_lemma(tok), _modifiers(tok))
        if noun_lemma(tok) not in IN_PROTEST and (cue is None or cue.code[:2] not in READIED_FOR_ROOTS):
            continue
        yield from (m for m in children(tok) if m.dep_ in AGENT_DEPS and m.i < tok.i)
        # (a by-phrase right after the noun is its own, wherever the parser hung it: "feared an invasion by U.S. troops")
        bys = [p for p in (*children(tok), *children(tok.head)) if p.dep_ == "prep" and p.lower_ == "by"
               and (p.head == tok or p.i == tok.right_edge.i + 1)]
        yield from (o for p in bys for o in children(p) if o.dep_ == "pobj")
