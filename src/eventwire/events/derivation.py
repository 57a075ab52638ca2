"""Nouns that name the act of a verb: "the seizure" is an act of seizing, "the eviction" of evicting.

English forms most nouns of acts from their verbs by a handful of suffixes (-ure, -al, -ment,
-ation, -ion, -ing) or by none at all ("the raid": the noun lexicon lists those). Reading the suffix backwards
gives candidate verbs; a candidate counts only when the verb lexicon knows it, so a noun that
merely looks derived ("figures", "idea", "nation") names no act. The kinds of act such a noun
may name are those its verb codes (``Lexicon.act_roots``): what "condemned the seizure" reacts to
is the story's last act of seizing.
"""
from __future__ import annotations

from collections.abc import Collection

# (noun ending, verb ending) pairs, tried in order; one noun may give several candidates.
SUFFIXES: tuple[tuple[str, str], ...] = (
    ("ention", "ain"),    # detention -> detain
    ("ulsion", "el"),     # expulsion -> expel
    ("ission", "it"),     # admission -> admit
    ("nsion", "nd"),      # suspension -> suspend, extension -> extend
    ("sion", "de"),       # invasion -> invade, decision -> decide
    ("ation", "e"),       # declaration -> declare
    ("ation", "ate"),     # evacuation -> evacuate
    ("ation", ""),        # condemnation -> condemn
    ("ition", "ish"),     # abolition -> abolish
    ("ion", "e"),         # execution -> execute
    ("ion", ""),          # eviction -> evict
    ("ure", "e"),         # seizure -> seize
    ("ure", ""),          # failure -> fail
    ("ment", ""),         # deployment -> deploy
    ("al", "e"),          # refusal -> refuse
    ("al", ""),           # withdrawal -> withdraw
    ("ance", ""),         # assistance -> assist
    ("ance", "e"),        # acceptance -> accept? no: "grievance" -> "grieve"
    ("ence", "e"),        # interference -> interfere
    ("ing", ""),          # shooting -> shoot
    ("ing", "e"),         # ruling -> rule
)
MIN_STEM = 3  # "ring", "sing", "ion": too short a stem to be a verb's


def _undoubled(stem: str) -> str:
    """'stabb' -> 'stab', 'shell' stays: a doubled final consonant before -ing is spelling."""
    if len(stem) > MIN_STEM and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
        return stem[:-1]
    return stem


def verbs_of(noun: str, known: Collection[str]) -> list[str]:
    """The verbs in ``known`` that ``noun`` (a lemma) is the act of by a suffix ("seizure": seize).
    A noun spelt as its verb ("the raid") is the noun lexicon's to know, with its own senses."""
    noun = noun.lower()
    found: list[str] = []
    for ending, verb_ending in SUFFIXES:
        if not noun.endswith(ending) or len(noun) - len(ending) < MIN_STEM:
            continue
        stem = noun[: len(noun) - len(ending)]
        for verb in {stem + verb_ending, _undoubled(stem) + verb_ending}:
            if verb in known and verb not in found:
                found.append(verb)
    return found
