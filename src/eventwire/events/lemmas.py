"""Verb lemmas the small English model gets wrong where an inflected form fits two verbs.

Its rule lemmatizer strips "-ed" from "raped", "staged", "fined", "waged", "hoped" and keeps the
shorter verb ("rap", "stag", "fin", "wag", "hop"); it reads "enrolled" as British "enrol" and
"rearrested" as "rearreste". Where the model's lemma is no verb the coder knows and another reading
of the same form is, the other reading is the lemma: the field's dictionaries decide between two
English verbs, never a list of single words.
"""
from __future__ import annotations

from typing import Collection, Iterable

from spacy.symbols import AUX, VERB
from spacy.tokens import Token

from .syntax import NOMINAL_DEPS

INFLECTED = ("VBD", "VBN", "VBG", "VBZ")
VERBAL = (VERB, AUX)


def readings(form: str) -> Iterable[str]:
    """The lemmas an inflected verb form may have, most likely first ("raped": rape, rap)."""
    if form.endswith("ied") or form.endswith("ies"):
        yield form[:-3] + "y"
    for suffix in ("ed", "ing", "es", "s"):
        if form.endswith(suffix) and len(form) > len(suffix) + 2:
            stem = form[: -len(suffix)]
            yield stem + "e"
            yield stem
            if len(stem) > 2 and stem[-1] == stem[-2]:
                yield stem[:-1]  # "shelled", "enrolled": shell, enrol
            elif stem.endswith("l"):
                yield stem + "l"  # "fulfiled" -> fulfill
            break


def repair_lemmas(tokens: Iterable[Token], known: Collection[str]) -> None:
    """Set the lemma of each inflected verb whose model lemma is not in ``known`` but another
    reading of its form is. Idempotent; touches nothing the lexicon does not know."""
    for tok in tokens:
        if tok.pos not in VERBAL or tok.tag_ not in INFLECTED:  # the integer first: most tokens stop here
            continue
        lemma = tok.lemma_.lower()
        if lemma in known:
            continue
        for reading in readings(tok.lower_):
            if reading != lemma and reading in known:
                tok.lemma_ = reading
                break


def known_verbs(lexicon, dictionary) -> frozenset[str]:
    """Every verb the coder has a use for: cue verbs (hand lexicon and PETRARCH's dictionary), the
    light verbs of event nouns, frame verbs, and the verbs modality reads ("hope", "slate")."""
    from .modality import SCHEDULING, WISHING

    words: set[str] = set(lexicon.verbs) | set(lexicon.frames) | WISHING | SCHEDULING
    words |= {v.split()[0] for v in lexicon.light_verbs if v}
    words |= set(dictionary.defaults) | set(dictionary.blocks) | {lemma for lemma, _ in dictionary.phrasal}
    return frozenset(w.lower() for w in words)


CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "ccomp", "xcomp"})


def repair_plural_nouns(doc) -> None:
    """A plural noun the model tagged a present-tense verb ("US airstrikes/VBZ targeted Houthi
    positions", "separatists/VBZ killed two gendarmes") where its own parse makes the word a subject or
    object with no clause of its own: a noun (NNS), so that actors and event nouns are read from it."""
    for tok in doc:
        if tok.tag_ == "VBZ" and tok.dep_ in NOMINAL_DEPS and not any(c.dep_ in CLAUSE_DEPS for c in tok.children):
            tok.tag_ = "NNS"
            tok.pos_ = "NOUN"
