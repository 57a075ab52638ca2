"""A conflict record's dyad: the two sides its fighting is between.

Conflict datasets name the parties of each record before describing it; UCDP puts the government
side first: "Government of Sudan - RSF: SAF and RSF fought for control of Omdurman's old souq; at
least 18 combatants killed". The cleaner labels that opening (segment kind ``dyad``, clean.py);
here its two sides are coded, and the record's violence is between them, side A acting on side B
as the dataset orders them (rule ``+dyad``): the text after the label often names the sides by other
names ("SAF", "ENDF", "army") or not at all ("heavy fighting around Paletwa"). A record whose text
codes no act of violence but names one ("fighting near Bulo Burde; 23 deaths") is that violence
between the sides (rule ``dyad``).
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from ..actors.article import VIOLENCE_ROOTS as VIOLENT_ROOTS
from ..records import Actor, Segment
from .triggers import Candidate, Trigger

__all__ = ["VIOLENT_ROOTS", "between_sides", "label_before", "named_violence", "sides", "with_sides"]
_SEPARATOR = re.compile(r"\s+[-\u2013\u2014]\s+")


def label_before(dyads: list[Segment], seg: Segment) -> Segment | None:
    """The dyad label (of an article's ``dyads`` segments) opening the line ``seg`` continues, if any."""
    before = [s for s in dyads if s.end <= seg.start and seg.start - s.end <= 2]
    return before[-1] if before else None


def sides(label: Segment, code_side) -> tuple[Actor, Actor] | None:
    """The label's two sides as actors: ``code_side(text, start)`` codes one (None where the tables do
    not know it: then an uncoded group named by the label's words)."""
    text = label.text.rstrip().rstrip(":")
    parts = _SEPARATOR.split(text, maxsplit=1)
    if len(parts) != 2:
        return None
    out = []
    pos = 0
    for part in parts:
        start = label.start + text.index(part, pos)
        pos = start - label.start + len(part)
        coded = code_side(part, start)
        if coded is None or not coded.code:
            coded = Actor(text=part, code="", country=None, role=None, name=part, start=start, end=start + len(part),
                          rule="dyad", kind="group")
        else:
            coded = replace(coded, text=part, start=start, end=start + len(part), rule=coded.rule + "+dyad")
        out.append(coded)
    return out[0], out[1]


def with_sides(cand: Candidate, pair: tuple[Actor, Actor] | None) -> Candidate:
    """A violent candidate of a dyad's record, between the dyad's sides (A on B)."""
    if pair is None or cand.code[:2] not in VIOLENT_ROOTS:
        return cand
    return replace(cand, source=pair[0], target=pair[1], rule=cand.rule + "+dyad")


def named_violence(sent: Span, lexicon, pair: tuple[Actor, Actor]) -> Candidate | None:
    """The act of violence a record names by a noun alone ("fighting near Bulo Burde", "clashes
    around Paletwa"), between the dyad's sides."""
    for tok in sent:
        if tok.pos_ != "NOUN" and tok.tag_ != "VBG":  # (a record opening "fighting near ..." may parse as a verb)
            continue
        cue = lexicon.noun(tok.lemma_.lower() if tok.pos_ == "NOUN" else tok.lower_, ())
        if cue is not None and cue.code[:2] in VIOLENT_ROOTS and not cue.is_force:
            trig = Trigger(code=cue.code, cue=cue.key, rule="dyad", verb=tok, tokens=(tok,))
            return Candidate(trig, cue.code, pair[0], pair[1], "asserted", False, "dyad", 0.6)
    return None


def between_sides(cands: list[Candidate], pair: tuple[Actor, Actor], sent: Span, lexicon, told: bool) -> list[Candidate]:
    """A sentence's candidates in a dyad's record: its violence between the sides; where neither the
    record so far (``told``) nor this sentence codes violence, the violence it names by a noun."""
    cands = [with_sides(c, pair) for c in cands]
    if not told and not any(c.code[:2] in VIOLENT_ROOTS for c in cands):
        cands += filter(None, [named_violence(sent, lexicon, pair)])
    return cands
