"""Whom a concession is made to, where its clause names no target (CAMEO 08: the target is the party
the concession is made to).

News names that party in what prompted the concession ("called off the strike after the government
offered a raise", "after reaching agreement with the government", "resigned after the army chief
demanded his removal", "as lawmakers were debating a motion to impeach him"), in what the conceder
bowed to ("bowing to a revolt by Conservative lawmakers", "gave in to the protesters") or in whom it
handed something ("handing protesters a key demand", "handing power back to the seven-party alliance").
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..nlp import children
from .syntax import _prep_objects
from .triggers import ActorFn, Candidate

YIELD_ROOT = "08"
PROMPTING = frozenset({"after", "following", "as"})
CLIMB = frozenset({"xcomp", "conj"})  # "voted to end the walkout ..., days after": the clause's own verb
# "bowing to a revolt by lawmakers", "giving in to the protesters": what the conceder yields to
YIELDING = frozenset({"bow", "yield", "bend", "cave", "give", "submit", "succumb", "accede", "concede"})
HANDING = frozenset({"hand", "give", "grant", "cede", "return"})  # "handing protesters a key demand"
GIVING_WAY = YIELDING | HANDING


def _prompting_heads(verb: Token) -> list[Token]:
    """The heads of the clauses or phrases of what prompted the verb's act ("after X did", "after the
    agreement with X", "after reaching a deal with X", "as X were debating"), on the verb or the verb
    it complements."""
    heads, node = [], verb
    for _ in range(3):
        for c in children(node):
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in PROMPTING for m in children(c)):
                heads.append(c)
            elif c.dep_ == "prep" and c.lower_ in PROMPTING and c.lower_ != "as":  # "resigned as president": a role
                heads += [o for o in children(c) if o.dep_ in ("pobj", "pcomp")]
        if node.dep_ not in CLIMB or node.head is node:
            break
        node = node.head
    return heads


def _yielded_to(verb: Token) -> list[Token]:
    """Whom a participle beside the verb says the conceder yielded or handed something to, with what
    names them behind it ("a revolt by Conservative lawmakers")."""
    out: list[Token] = []
    # (beside the verbs it is coordinated with too: "resigned and fled the country, bowing to protests")
    joined = [verb, *(c for c in children(verb) if c.dep_ == "conj"), *([verb.head] if verb.dep_ == "conj" else [])]
    beside = [c for v in joined for c in children(v) if c.dep_ in ("advcl", "xcomp", "conj") and c not in joined]
    for c in beside + [j for b in beside for j in children(b) if j.dep_ == "conj"]:  # "reinstating X and handing Y"
        if c.tag_ != "VBG":
            continue
        lemma = c.lemma_.lower()
        if lemma in HANDING:
            out += [d for d in children(c) if d.dep_ == "dative" and d.pos_ in ("NOUN", "PROPN")]
        if lemma in GIVING_WAY:
            for o in _prep_objects([c, *children(c)], {"to"}):
                # whose act it was first: "a revolt by Conservative lawmakers", "weeks of protests by students"
                acts = [o, *_prep_objects([o], {"of"})]
                out += _prep_objects(acts, {"by"}) + _prep_objects([o], {"of"})
                out.append(o)
    for v in joined:  # "released 20 prisoners under pressure from Algeria"
        out += [f for p in _prep_objects([v], {"under"}) if p.lemma_.lower() == "pressure" for f in _prep_objects([p], {"from"})]
    return out


def with_conceded_to(c: Candidate, code_actors: ActorFn) -> Candidate:
    """``c``, a concession (08) with no target (or only a thing), aimed at the party that prompted it: the partner of an
    agreement named in the prompting phrase ("with the government"), else its clause's subject, else
    whom a participle beside it yields or hands to, or the pressure it is under (rule ``+conceded-to``); never
    the conceder itself."""
    if c.source is None or c.code[:2] != YIELD_ROOT or "passive" in c.rule:
        return c
    if c.target is not None and (c.target.code or c.target.kind in ("group", "person", "role")):
        return c  # (a thing or place the tables do not know is no party: "pulled out of the city after ...")
    tokens: list[Token] = []
    for head in _prompting_heads(c.trigger.verb):
        tokens += [o for t in head.subtree if t.dep_ == "prep" and t.lower_ == "with" for o in children(t) if o.dep_ == "pobj"]
        tokens += [s for s in children(head) if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN")]
    for tok in tokens + _yielded_to(c.trigger.verb):
        found = [a for a in code_actors(tok) if a.code != c.source.code]
        if found:
            party = found[0]
            return replace(c, target=replace(party, rule=party.rule + "+conceded-to"), rule=c.rule + "+conceded-to")
    return c
