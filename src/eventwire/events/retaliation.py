"""A party that says it will respond to a hostile act threatens to answer it.

"Russia would respond to the expulsions", "France would respond immediately to any attack on its
nationals", "Belgium would respond in kind", "we will respond strongly": a response promised to a
hostile act (an event noun of a conflictual root: expulsion, attack, sanctions), in kind or with force
(``FORCEFUL``) is a threat (CAMEO 130, "threaten, not
specified"; the codebook's threats are "to retaliate" as much as to do a named act). Told as done
("Russia responded to the expulsions by expelling ...") the response is its own act, coded from its
own words; to a request or a letter ("would respond to the request") it is no threat.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp import children
from .derivation import verbs_of
from .modality import FUTURE_AUX
from .syntax import _modifiers, _prep_objects, noun_lemma
from .triggers import HOSTILE_ROOTS, Trigger

RESPONDING = frozenset({"respond", "react", "reply"})  # ("retaliate" has its own cue: 190, promised 138)
THREAT = "130"
PROMISED_RESPONSE = "promised-response"
WILL = FUTURE_AUX | {"would"}
PROMISING = frozenset({"vow", "promise", "pledge", "swear", "threaten", "warn", "prepare", "ready"})


def _promised(verb: Token) -> bool:
    """Told as to come: "will/would respond", or what a promise or threat is of ("vowed to respond")."""
    if any(c.dep_ == "aux" and c.lower_ in WILL for c in children(verb)):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PROMISING


def _in_kind(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(p.lower_ == "kind" for p in children(c))
               for c in children(verb))


# Manners of a response that make it a threat by themselves: "we will respond strongly", "Moscow will
# respond appropriately" (diplomatic usage for retaliation)
FORCEFUL = frozenset({"strongly", "firmly", "decisively", "harshly", "forcefully", "resolutely", "robustly",
                      "appropriately", "adequately", "accordingly", "severely", "sternly", "mercilessly"})


def _forcefully(verb: Token) -> str | None:
    """The manner of force a response is promised with ("strongly"), if any."""
    return next((c.lower_ for c in children(verb) if c.dep_ == "advmod" and c.lower_ in FORCEFUL), None)


def _hostile(lexicon, noun: Token, known_verbs) -> bool:
    """An event noun of a conflictual act: by the noun lexicon's first sense ("attack") or by its verb
    ("expulsion": expel). Not ``Lexicon.act_roots``, which counts every sense: a request one may
    reject would be hostile."""
    cue = lexicon.noun(noun_lemma(noun), _modifiers(noun))
    if cue is not None:
        return cue.code[:2] in HOSTILE_ROOTS
    for verb in verbs_of(noun_lemma(noun), known_verbs):
        done = lexicon.verb(verb, ())
        if done is not None:
            return done.code[:2] in HOSTILE_ROOTS
    return False


def promised_response(lexicon, verb: Token, known_verbs) -> Trigger | None:
    """The threat in a promised response to a hostile act, aimed at what it answers; else None."""
    lemma = verb.lemma_.lower()
    if lemma not in RESPONDING or not _promised(verb):
        return None
    answered = [n for n in _prep_objects([verb], {"to", "against"})
                if n.pos_ == "NOUN" and _hostile(lexicon, n, known_verbs)]
    manner = noun_lemma(answered[0]) if answered else "in kind" if _in_kind(verb) else _forcefully(verb)
    if manner is None:
        return None
    return Trigger(code=THREAT, cue=f"respond:{lemma}>{manner}",
                   rule=PROMISED_RESPONSE, verb=verb, tokens=(verb,), target_specs=(),
                   target_heads=(verb,))
