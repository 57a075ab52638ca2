"""Named actors the tables do not know: kept with their name instead of vanishing.

The actor tables know states, their agents, organisations and the people in office
they list. A sentence often names someone else: an NGO founded last year, a local
official, a company, a person in the news once. spaCy's entity recogniser marks
them (PERSON, ORG, NORP groups); they become actors with their name and an empty
CAMEO code, as GDELT leaves an actor's code blank when its dictionaries do not
know it. Whether such an actor may take part in an event is decided by the events
stage (an event needs a coded political actor on at least one side).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..nlp import children
from ..records import Actor

ENTITY_KINDS = {"PERSON": "person", "ORG": "organisation"}


def entity_span(tok: Token) -> tuple[int, int] | None:
    """Token range [start, end) of the PERSON/ORG entity that ``tok`` heads or belongs to."""
    if tok.ent_type_ not in ENTITY_KINDS or tok.pos_ not in ("PROPN", "NOUN"):
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def entity_actor(tok: Token, offset: int = 0) -> Actor | None:
    """The uncoded actor a PERSON or ORG entity names, with its text as name; None otherwise."""
    span = entity_span(tok)
    if span is None:
        return None
    doc = tok.doc
    ent = doc[span[0]:span[1]]
    while len(ent) > 1 and ent[0].lower_ in ("the", "a", "an"):
        ent = ent[1:]
    if not any(t.pos_ == "PROPN" for t in ent):
        return None
    kind = ENTITY_KINDS[tok.ent_type_]
    return Actor(text=ent.text, code="", country=None, role=None, name=ent.text, start=offset + ent.start_char,
                 end=offset + ent.end_char, rule=f"entity:{kind}", kind=kind)  # type: ignore[arg-type]


def named_actor(tok: Token, found: dict[int, Actor], offset: int = 0) -> Actor | None:
    """A name the tables do not know, coded by its apposition where one says who it is
    ("Kenzo Oshima, the United Nations relief coordinator": IGOUNO, named), else uncoded."""
    named = entity_actor(tok, offset)
    if named is None:
        return None
    for appos in children(tok):
        other = found.get(appos.i) if appos.dep_ == "appos" else None
        if other is not None and other.code and other.kind != "person":
            return Actor(text=named.text, code=other.code, country=other.country, role=other.role, name=named.name,
                         start=named.start, end=named.end, rule=f"{other.rule}+appos", kind="person"
                         if named.kind == "person" else other.kind)
    return named


def people_actor(noun: Token, offset: int = 0, country: str | None = None) -> Actor:
    """The uncoded group a people noun names ("freed 37 prisoners", "expelled the inspectors"): its
    words up to the noun, so the event says whom it was done to even where no table codes them;
    ``country`` where the clause places them ("freed 20 hostages in Mali")."""
    left = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("punct", "cc")]
    start = min(t.i for t in left)
    while start < noun.i and noun.doc[start].lower_ in ("the", "a", "an"):
        start += 1
    span = noun.doc[start:noun.i + 1]
    return Actor(text=span.text, code=country or "", country=country, role=None, name=None, start=offset + span.start_char,
                 end=offset + span.end_char, rule="cue-noun:people" + ("+place-country" if country else ""), kind="group")
