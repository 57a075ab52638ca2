"""Raising the prospect of a hostile act: a threat of it ("raised the prospect of sanctions against
Georgian officials", "floated the possibility of suspending visa-free travel")."""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp import children
from .syntax import _children, _is_verbal
from .triggers import Trigger, is_dictionary_default

# Raising the prospect of a hostile act (root 11 and above: "of sanctions", "of suspending visa-free travel")
RAISING = frozenset({"raise", "float", "dangle"})
PROSPECTS = frozenset({"prospect", "possibility", "spectre", "specter"})
FIRST_HOSTILE_ROOT = "11"
THREAT, THREATENING = "threat", "threaten"  # the frame kind and verb whose lifts a raised prospect takes


def raised_prospect(finder, verb: Token) -> Trigger | None:
    """A hostile act whose prospect is raised is threatened (CAMEO 13): "raised the prospect of sanctions
    against Georgian officials", "floated the possibility of suspending visa-free travel"; the act is an
    event noun or a gerund in the prospect's of-phrase, lifted as "threatened" lifts it."""
    for obj in (o for o in _children(verb, {"dobj"}) if o.lemma_.lower() in PROSPECTS):
        for prep in (c for c in children(obj) if c.dep_ == "prep" and c.lower_ == "of"):
            for act in children(prep):
                inner = finder.action(act) if act.dep_ == "pcomp" and _is_verbal(act) else \
                    finder.event_noun(obj) if act.dep_ == "pobj" else None
                if inner is None or is_dictionary_default(inner) or inner.code[:2] < FIRST_HOSTILE_ROOT:
                    continue
                code = finder.lexicon.lift(THREAT, inner.code, THREATENING)  # as "threatened sanctions" lifts it
                return Trigger(code=code, cue=f"prospect:{verb.lemma_.lower()}>{inner.cue}", rule="frame:threat",
                               verb=verb, tokens=(verb, obj, *inner.tokens),
                               target_specs=inner.target_specs, target_heads=inner.target_heads, frame="threat")
    return None
