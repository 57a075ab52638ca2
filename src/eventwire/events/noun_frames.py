"""A frame told as a noun with its owner: "Russia's threat to invade Moldova", "Qatar's offer to
mediate", "the junta's refusal to restore the constitution".

The verb frames (frames.tsv) lift the act of their complement clause into their own kind: "Russia
threatened to invade" is a threat (13x), "Qatar offered to mediate" an intent (03x), "refused to
restore" a rejection (12x). The noun of the same frame ("threat", "offer", "refusal": the frame's
lemma, or its verb by derivation) with an infinitive of an act tells the same thing: the frame was
made, by the noun's possessor, whatever the sentence then says of it ("the EU condemned Russia's
threat to invade Moldova": the threat was made, and condemned). The complement's act alone is never
coded: an invasion threatened is no invasion. Only the frames that lift their act (intent, threat,
refuse, demand, appeal); a decision or a plan reported ("the government's decision to suspend")
is the act itself, coded from the infinitive as before.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp import children
from .derivation import verbs_of
from .nominal import _circumstance
from .syntax import _with_conjuncts
from .triggers import Trigger, is_dictionary_default

LIFTED_KINDS = frozenset({"intent", "threat", "refuse", "demand", "appeal"})
# the frames whose noun is an act whatever it is of: a threat, refusal or demand is made ("an intent to
# build an airport" or "a call to unite" of no coded act is no event)
UNLIFTED_KINDS = frozenset({"threat", "refuse", "demand"})
VERB_ENDING = "en"  # "threat": threaten (the suffixes of derivation.py form nouns from verbs; this, verbs from nouns)


def noun_frame(finder, noun: Token, consumed: set[int]) -> Trigger | None:
    """The lifted act of a frame noun with a possessor and an infinitive complement, its tokens and
    the complement's marked ``consumed``; None where the noun is no such frame."""
    owners = [c for c in children(noun) if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
    comps = [c for c in children(noun) if c.dep_ == "acl" and c.pos_ == "VERB"
             and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))]
    if not owners or not comps or _background(noun):
        return None
    frame = _frame_of(finder.lexicon, noun.lemma_.lower())
    if frame is None:
        return None
    comp = comps[0]
    inner = finder.action(comp)
    if inner is not None and is_dictionary_default(inner):
        inner = None  # a lifted act needs a written cue
    if inner is None:
        if frame.frame not in UNLIFTED_KINDS:
            return None
        # "Iran's threat to close the Strait of Hormuz": a threat, refusal or demand of an act no cue names
        # is still made, as "Iran threatened to close the strait" is (the frame's own code)
        code, cue, verb, tokens = frame.code, f"noun-{frame.key}", noun, (noun, comp)
        specs, heads = ("dobj", "prep:with|to|on|against"), (comp,)
    else:
        code, cue, verb = finder.lexicon.lift(frame.frame, inner.code, frame.lemma), f"noun-{frame.key}>{inner.cue}", comp
        tokens, specs, heads = (noun, *inner.tokens), inner.target_specs, inner.target_heads
    consumed.update((comp.i, *(t.i for t in tokens)))
    return Trigger(code=code, cue=cue, rule=f"noun-frame:{frame.frame}", verb=verb, tokens=tokens, target_specs=specs,
                   target_heads=heads, source_override=tuple(_with_conjuncts(owners[0])), modality="asserted",
                   frame=frame.frame)

def _background(noun: Token) -> bool:
    """A frame noun told as the setting or the topic of something else: the object of a preposition
    of another noun ("a hunger strike in protest of the government's refusal to accept ...", "concern
    over Russia's threat") or the cause or setting of an act ("amid Russia's threat to ...")."""
    return noun.dep_ == "pobj" and (noun.head.head.pos_ in ("NOUN", "PROPN") or _circumstance(noun))


def _frame_of(lexicon, lemma: str):
    """The lifting frame a noun names: its own lemma's ("offer", "pledge", "demand"), else its verb's
    ("refusal": refuse, "threat": threaten)."""
    for candidate in (lemma, *verbs_of(lemma, lexicon.frames), lemma + VERB_ENDING):
        frame = lexicon.frame(candidate)
        if frame is not None and frame.frame in LIFTED_KINDS:
            return frame
    return None
