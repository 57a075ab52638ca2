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

from dataclasses import replace

from spacy.tokens import Token

from ..nlp import children
from ..records import Actor
from .tables import normalise

ENTITY_KINDS = {"PERSON": "person", "ORG": "organisation"}


def entity_type(tok: Token) -> str:
    """The token's entity type; for a proper-name head outside any entity, that of the name words
    right before it ("Marine Le Pen": the recogniser marks "Marine Le" a PERSON and stops short of
    the head the parser gives the name)."""
    if tok.ent_type_ or tok.pos_ != "PROPN" or tok.i == 0:
        return tok.ent_type_
    prev = tok.doc[tok.i - 1]
    return prev.ent_type_ if prev.head == tok and prev.dep_ == "compound" and prev.pos_ == "PROPN" else ""


def entity_span(tok: Token) -> tuple[int, int] | None:
    """Token range [start, end) of the PERSON/ORG entity that ``tok`` heads or belongs to."""
    kind = entity_type(tok)
    if kind not in ENTITY_KINDS or tok.pos_ not in ("PROPN", "NOUN"):
        return None
    doc = tok.doc
    if not tok.ent_type_:  # the head after a name the recogniser cut short: the name runs up to it
        start = tok.i - 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        return start, tok.i + 1
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
    kind = ENTITY_KINDS[entity_type(tok)]
    return Actor(text=ent.text, code="", country=None, role=None, name=ent.text, start=offset + ent.start_char,
                 end=offset + ent.end_char, rule=f"entity:{kind}", kind=kind)  # type: ignore[arg-type]


def named_actor(tok: Token, found: dict[int, Actor], offset: int = 0) -> Actor | None:
    """A name the tables do not know, coded by its apposition where one says who it is
    ("Kenzo Oshima, the United Nations relief coordinator": IGOUNO, named; "the US envoy, Tom
    Perriello": USAGOV), else uncoded."""
    named = entity_actor(tok, offset)
    if named is None:
        return None
    # the apposition after the name, or the office the name is in apposition to ("the US special envoy
    # for Sudan, Tom Perriello")
    told = [c for c in children(tok) if c.dep_ == "appos"]
    office = found.get(tok.head.i) if tok.dep_ == "appos" else None
    if office is not None and office.role and office.kind == "role":  # an office, not a state or place
        told.append(tok.head)
    if (after := _office_made_head(tok)) is not None:
        told.append(after)
    for appos in told:
        other = found.get(appos.i)
        if other is not None and other.code and other.kind != "person":
            return Actor(text=named.text, code=other.code, country=other.country, role=other.role, name=named.name,
                         start=named.start, end=named.end, rule=f"{other.rule}+appos", kind="person"
                         if named.kind == "person" else other.kind)
    words = named.text.split()
    if named.kind == "organisation" and len(words) > 2 and words[0] in DEPARTMENT_HEADS and words[1] == "of":
        # "the Department of International Relations and Cooperation": a government's department, whose
        # state the article gives (as "the ministry" takes it)
        return replace(named, code="GOV", role="GOV", rule=f"{named.rule}+department", kind="role")
    return named


def _office_made_head(tok: Token) -> Token | None:
    """The apposition after a name that the parser made the head of the name's own phrase: "signed ...
    and by Getachew Reda, spokesman for the TPLF" (by -> prep of "spokesman", "Reda" its object)."""
    doc = tok.doc
    after = tok.i + 2
    if after >= len(doc) or doc[tok.i + 1].text != ",":
        return None
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    return doc[after] if head.i == after and doc[after].pos_ == "NOUN" else None


# Heads of a government body's name: "the Department of Home Affairs" (a "department store" is no name)
DEPARTMENT_HEADS = frozenset({"Department"})


# Heads of a named body of people: "Imbonerakure members", "Amhara Fano groups", "members of the FNDC
# coalition", "CPI (Maoist) cadres". With a proper name the tables do not know, the body is that name's.
GROUP_HEADS = frozenset({"member", "group", "coalition", "movement", "front", "faction", "cadre", "wing", "alliance",
                         "network", "organisation", "organization", "brigade", "battalion", "unit"})


# Names that are no body of people: places, peoples, dates, persons ("members of Congress" is coded by
# the tables; "members of Kenya's parliament" by its role)
UNBODIED_ENTS = frozenset({"GPE", "NORP", "DATE", "PERSON", "LOC", "FAC"})


def _proper_words(noun: Token, found: dict[int, Actor]) -> list[Token]:
    """The uncoded proper-name words modifying ``noun`` ("Imbonerakure", "Amhara Fano", "CPI"), in order."""
    before = [t for t in noun.subtree if t.i < noun.i]  # in document order
    inside = {noun.i, *(t.i for t in before)}
    return [t for t in before if t.pos_ == "PROPN" and t.i not in found and t.head.i in inside
            and t.ent_type_ not in ("GPE", "DATE")]


def group_actor(head: Token, found: dict[int, Actor], offset: int = 0) -> Actor | None:
    """A body the tables do not know, named by its proper name: "Imbonerakure members", "members of the FNDC
    coalition" (the of-phrase's body), or an acronym standing alone ("the OLF"); uncoded, with that name."""
    noun = head
    named_body = False
    if head.lemma_.lower() in ("member", "group", "cadre", "faction", "wing"):
        of = [c for p in children(head) if p.dep_ == "prep" and p.lower_ == "of" for c in children(p) if c.dep_ == "pobj"]
        if of and of[0].i not in found and of[0].lemma_.lower() in GROUP_HEADS | {"party", "militia", "union"}:
            noun = of[0]  # "members of the FNDC coalition": the coalition's
        elif of and of[0].i not in found and of[0].pos_ == "PROPN" and of[0].ent_type_ not in UNBODIED_ENTS:
            noun, named_body = of[0], True  # "members of Barrio 18", "members of the Imbonerakure": the body named
    if named_body:  # with a number that is part of the name: "Barrio 18"
        words = [*_proper_words(noun, found), noun, *(c for c in children(noun) if c.dep_ == "nummod" and c.i == noun.i + 1)]
        noun = words[-1]
    elif noun.lemma_.lower() in GROUP_HEADS | {"party", "militia", "union"}:
        words = _proper_words(noun, found)
    elif noun.pos_ == "PROPN" and noun.text.isupper() and 2 <= len(noun.text) <= 6 and noun.text.isalpha() \
            and noun.i not in found and noun.ent_type_ not in ("GPE", "NORP", "DATE"):
        words = [noun]  # "the OLF reached an agreement": a short form the tables lack
    else:
        return None
    if not words:
        return None
    doc = noun.doc
    start, end = words[0].idx, noun.idx + len(noun.text)
    name = " ".join(w.text for w in words)
    return Actor(text=doc.text[start:end], code="", country=None, role=None, name=name, start=offset + start,
                 end=offset + end, rule="entity:group", kind="organisation")


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


# Bodies of people an apposition may name: "the country's largest labour federation, the CGT"
NAMED_BODY_HEADS = GROUP_HEADS | {"federation", "confederation", "union", "association", "syndicate", "party", "militia", "league"}


def own_short_form(head: Token) -> bool:
    """Whether a short form in brackets inside the head's phrase is the head's own: not one of a party
    coordinated with it ("representatives of the Sudanese army and the Rapid Support Forces (RSF)": the
    RSF's, not the representatives')."""
    for t in head.subtree:
        if t.i > 0 and head.doc[t.i - 1].text == "(" and t.i != head.i:
            node = t
            while node.i != head.i and node.head.i != node.i:
                if node.dep_ == "conj":
                    return False
                node = node.head
    return True


def buried_persons(sent, found: dict[int, Actor], code_span, memory) -> None:
    """Remember, by name only, a person the tables know whom the parser buried in another's noun
    phrase: "United States President Donald Trump and North Korean leader Kim Jong Un signed" can
    come out as one phrase headed by "Un", coded as Trump, and a later "Mr Kim" would then name no
    one. A PERSON entity the article has not named before, whose head is coded as another person, is
    coded on its own; it takes part in none of this sentence's events, and no he/she refers to it."""
    for ent in sent.ents:
        if ent.label_ != "PERSON":
            continue
        heads = [found[i] for i in range(ent.start, ent.end) if i in found]
        if not heads or any(a.kind != "person" or _names(a, ent) for a in heads):
            continue  # coded as the person it is, or as an office or state the name is part of, or no head
        known = memory.resolve_name(ent.text, first=False)
        if known is not None and _names(known, ent):
            continue  # named before: as the article coded the person then
        actor = code_span(ent)
        if actor is not None and actor.kind == "person" and actor.code and not any(
                a.name == actor.name for a in found.values()):
            memory.remember(actor, pronoun=False)


def _names(actor: Actor, ent) -> bool:
    """Whether a coded person is the one this name names: its surname is in the person's name (in the
    text only where no name was coded: the text of a buried name holds the other's name too)."""
    surname = normalise(ent[-1].text).split()
    return bool(surname) and surname[-1] in normalise(actor.name or actor.text).split()
