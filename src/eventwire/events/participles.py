"""A participle the parser read as the main verb: "Thirteen soldiers deployed with the SADC mission were
killed in the fighting", "He said the troops deployed for the operation had been withdrawn".

A bare past form right after its noun, with no object and no auxiliary, followed (with no "and" or
comma between) by a verb group that has an auxiliary but no subject of its own, is a reduced
relative on the noun (what the soldiers already are: deployed), and the later verb group is the
clause's real verb, whose subject is that noun. The small parser makes the participle the main verb
and hangs the real one on it as a conjunct, or beside it as a second complement of a reporting verb.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp import children
from .syntax import PASS_SUBJ, SUBJ, _children

AUXILIARIES = frozenset({"aux", "auxpass"})


def _joined_between(parent: Token, left: Token, right: Token) -> bool:
    """Whether a conjunction or a comma stands between ``left`` and ``right`` at ``parent``'s level."""
    return any(c.dep_ in ("cc", "punct") and left.i < c.i < right.i for c in children(parent))


def _real_verb(participle: Token) -> Token | None:
    """The clause's real verb after a participle misread as the main verb, or None."""
    if participle.pos_ != "VERB" or participle.tag_ not in ("VBD", "VBN"):
        return None
    kids = list(children(participle))
    subj = [c for c in kids if c.dep_ in SUBJ]
    if len(subj) != 1 or subj[0].pos_ not in ("NOUN", "PROPN") or subj[0].i != participle.i - 1 \
            and not any(t.i == participle.i - 1 for t in subj[0].subtree):
        return None  # right after its noun: "soldiers deployed", "the troops deployed"
    if any(c.dep_ in AUXILIARIES or c.dep_ in ("dobj", "ccomp", "xcomp") for c in kids):
        return None  # a verb group or a transitive verb with its object is a clause of its own
    later = [(c, participle) for c in kids if c.dep_ == "conj" and c.i > participle.i]
    if participle.dep_ == "ccomp" and participle.head != participle:  # beside it, under the reporting verb
        later += [(c, participle.head) for c in children(participle.head) if c.dep_ == "ccomp" and c.i > participle.i]
    for verb, parent in later:
        if verb.pos_ in ("VERB", "AUX") and any(c.dep_ in AUXILIARIES for c in children(verb)) \
                and not _children(verb, SUBJ | PASS_SUBJ) and not _joined_between(parent, participle, verb):
            return verb
    return None


def is_participle_misread_as_main(verb: Token) -> bool:
    """Whether ``verb`` is a participle the parser made the main verb (what its noun already is, not news)."""
    return _real_verb(verb) is not None


def misread_subject(verb: Token) -> Token | None:
    """The subject of a real verb hung on a participle misread as the main verb ("... were killed": the
    soldiers), or None."""
    candidates = [verb.head] if verb.dep_ == "conj" else []
    if verb.dep_ == "ccomp" and verb.head != verb:
        candidates += [c for c in children(verb.head) if c.dep_ == "ccomp" and c.i < verb.i]
    for participle in candidates:
        if _real_verb(participle) == verb:
            return next(c for c in children(participle) if c.dep_ in SUBJ)
    return None
