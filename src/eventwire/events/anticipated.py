"""Whom a show of force is aimed at when its clause names no party: the doers of the act it anticipates,
or the other side of the tension it answers.

News tells a deployment by what it readies for: "police deployed thousands of officers across Lagos
ahead of demonstrations planned by youth groups", "the army reinforced positions around Tillaberi
ahead of a feared JNIM offensive", "called up 40,000 reservists as tension with Hamas rose". CAMEO
codes a show of force (15) against the party it is directed at; the place it is made in is where, not
whom (rule ``+anticipated``).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..nlp import children
from .parties import _place
from .patients import POSTURE_ROOT
from .syntax import _prep_objects
from .triggers import ActorFn, Candidate

# Words that say what a deployment readies for: "ahead of", "in anticipation of", "before"
ANTICIPATING = frozenset({"ahead", "anticipation", "before", "against"})
# Acts a force is readied for, whose doers it is aimed at
ANTICIPATED_ACTS = frozenset({"protest", "rally", "demonstration", "march", "strike", "offensive", "attack", "assault",
                              "incursion", "infiltration", "unrest", "uprising", "invasion", "riot"})
# Standing conflicts a build-up answers: the other side is named after "with"
TENSIONS = frozenset({"tension", "dispute", "standoff", "row", "confrontation", "conflict", "feud"})


def with_anticipated_party(c: Candidate, code_actors: ActorFn) -> Candidate:
    """``c``, a show of force with no party as target (none, a place or an uncoded thing), aimed at the doers of the
    act it readies for or the other side of the tension it answers, where its sentence names them."""
    if not c.code.startswith(POSTURE_ROOT) or c.target is not None and c.target.code and not _place(c.target):
        return c  # (a place or an uncoded thing of the slot, "positions around Tillaberi", is where)
    source_keys = {c.source.key} if c.source is not None else set()
    for tok in _parties_anticipated(c.trigger.verb):
        # (a party, not the place already found nor the doer's own state)
        found = [a for a in code_actors(tok) if a.code and a.key not in source_keys
                 and (c.target is None or a.key != c.target.key)
                 and not (c.source is not None and a.country == c.source.country and _place(a))]
        if found:
            return replace(c, target=found[0], rule=c.rule + "+anticipated")
    return c


def _parties_anticipated(verb: Token) -> list[Token]:
    """The tokens that may name whom a deployment is aimed at, first the doers of the act it readies
    for ("ahead of planned opposition protests", "demonstrations planned by youth groups", "a feared
    JNIM offensive"), then the other side of a tension ("as tension with Hamas rose")."""
    out: list[Token] = []
    for act in _acts_anticipated(verb):
        # (the act's phrase is coded as its doers where a modifier names them: "planned opposition protests")
        out += [act, *(m for m in children(act) if m.dep_ in ("compound", "amod", "poss", "nmod") and m.i < act.i)]
        planned = [v for v in children(act) if v.dep_ == "acl"]
        out += _prep_objects(planned, {"by"}) + _prep_objects([act], {"by"})
    for tension in (t for t in verb.sent if t.lemma_.lower() in TENSIONS):
        out += _prep_objects([tension], {"with"}) or (
            _prep_objects([tension.head], {"with"}) if tension.dep_ == "nsubj" else [])
    return out


def _acts_anticipated(verb: Token) -> list[Token]:
    """The act nouns a deployment readies for: objects of "ahead of", "in anticipation of", "before",
    "against" within the verb's clause."""
    acts = []
    for word in (t for t in verb.subtree if t.lower_ in ANTICIPATING):
        objects = _prep_objects([word], {"of"}) if word.lower_ in ("ahead", "anticipation") else \
            [o for o in children(word) if o.dep_ == "pobj"]
        acts += [o for obj in objects for o in (obj, *obj.conjuncts) if o.lemma_.lower() in ANTICIPATED_ACTS]
    return acts
