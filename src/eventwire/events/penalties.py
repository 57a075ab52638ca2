"""A court sentence that includes imprisonment is also a detention: "sentenced him to seven years in
prison", "handed down life sentences".

The PLOVER manual (convict): a sentence "sanctioned via court-order" is a finding of guilt (CAMEO
116), "though court sentences that include imprisonment will also receive a COERCE 'arrest' mode".
So a sentence to a term of prison is coded twice: the finding (116) and the detention (173), with
the same parties. A sentence to a fine, to death or with no term named stays the finding alone.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .triggers import Candidate

FINDING = "116"
DETENTION = "173"
TERMS = frozenset({"prison", "jail", "gaol", "imprisonment", "detention", "custody", "year", "month", "life", "labour",
                   "labor"})


def _term(word: Token) -> bool:
    return word.lemma_.lower() in TERMS


def _to_prison(sentence: Token) -> bool:
    """Whether the sentencing word names a term of prison: "sentenced to two years (in prison)",
    "a ten-year prison sentence", "a sentence of five years", "life sentences"."""
    if sentence.pos_ == "VERB":
        return any(p.lower_ == "to" and any(_term(o) for o in p.children if o.dep_ == "pobj")
                   for p in sentence.children if p.dep_ == "prep")
    before = [t for t in sentence.subtree if t.i < sentence.i and t.dep_ in ("compound", "amod", "nummod", "npadvmod")]
    after = [o for p in sentence.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj"]
    return any(_term(t) for t in before + after)


def jailing_sentences(cands: list[Candidate]) -> list[Candidate]:
    """The detentions (173) that the candidates' prison sentences also are (module doc), rule ``jailing``."""
    out: list[Candidate] = []
    for c in cands:
        if c.code != FINDING:
            continue
        word = next((t for t in c.trigger.tokens if t.lemma_.lower() == "sentence"), None)
        if word is None or not _to_prison(word):
            continue
        trigger = replace(c.trigger, code=DETENTION, cue=f"jailing:{c.trigger.cue}", rule="jailing")
        out.append(replace(c, trigger=trigger, code=DETENTION, rule=f"{c.rule}+jailing"))
    return out
