"""What the article already said a mention refers to: its memory of persons and short forms,
where the tables' reading of one word would be wrong.

A capitalised word the article used in a person's name is that person, not the place the word
also names ("Mr. Türk" after Volker Türk) nor the common noun the tagger took it for ("Morales
accused ..." at the start of a sentence); an acronym the article defined, in front of a
spokesman, is the group the spokesman speaks for ("AA spokesman Khine Thu Kha"). A body a person
owns or leads is of that person's, or that body's, state ("his government", "the Somali
delegation, led by X").
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from spacy.tokens import Token

from ..nlp import children
from ..records import Actor
from .context import GROUP_ROLES, GROUP_WORDS, of_country
from .memory import ArticleMemory
from .phrase import PLACE_KINDS, Match, Phrase
from .tables import INTERNATIONAL_CODES

LEADING = frozenset({"lead", "head", "chair"})  # "a delegation led by", "a commission headed by"


def _person_named(tok: Token, memory: ArticleMemory, first: bool = True) -> Actor | None:
    """The person the article named with this capitalised word (not an all-capitals acronym), if any."""
    if not tok.text[:1].isupper() or tok.text.isupper():
        return None
    known = memory.resolve_name(tok.text, first=first)
    return known if known is not None and known.kind == "person" else None


def remembered_person(m: Match, memory: ArticleMemory | None) -> bool:
    """A one-word place hit on a capitalised word the article already used as a person's family name
    ("Mr. Türk", once it named Volker Türk); a first name is not enough ("Israel's ambassadors", after
    Israel Katz: a state is more often named alone than a person by a first name)."""
    if memory is None or m.entry is None or m.entry.kind not in PLACE_KINDS or len(m.tokens) != 1:
        return False
    return _person_named(m.tokens[0], memory, first=False) is not None


def remembered_word(head: Token, phrase: Phrase, memory: ArticleMemory | None) -> Actor | None:
    """A capitalised word alone that the tagger took for a common noun ("Morales accused ..." at the
    start of a sentence) is the person the article named so, where it named one."""
    if memory is None or head.pos_ != "NOUN" or len(phrase.core) != 1:
        return None
    return _person_named(head, memory)


# Words for someone who speaks for another: the other's role, where the phrase names one, is theirs.
SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespersons",
                        "spokespeople"})


# Words for someone who heads a body: "leader of the opposition", "head of the army", "president of
# the Senate" hold the body's role, which the phrase after "of" names.
HEADS_OF = frozenset({"leader", "head", "chief", "chairman", "chairwoman", "chairperson", "chair", "president"})


def headed_bodies(core: list[Token]) -> set[int]:
    """The bodies a name's phrase says its bearer heads ("Moussa Faki, the chairperson of the African Union
    Commission"): the "of" objects of its words of ``HEADS_OF``, by token index."""
    return {o.i for t in core if t.lower_ in HEADS_OF for p in children(t) if p.dep_ == "prep" and p.lower_ == "of"
            for o in children(p) if o.dep_ == "pobj"}


def names_body(tokens: list[Token], bodies: set[int]) -> bool:
    """Whether a name is one of those bodies, or the name in front of it ("African Union" of "the African
    Union Commission"); not a modifier's ("the UN-recognised Government": not the UN's)."""
    tok = tokens[-1]
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-":
        return False  # "UN-recognised", which the parser may hang on the noun as a compound
    while tok.i not in bodies and tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok.i in bodies


def title_of(role_ms: list[Match], scan: Callable[[list[Token], bool], list[Match]]) -> str | None:
    """The office a phrase's title names: its last role word outside an "of" phrase, or, where that
    word only says its holder heads something ("X, leader of the main opposition party"), the role of
    the body its "of" phrase names (``scan``: the coder's table lookup)."""
    title = next((m for m in reversed(role_ms) if not m.in_of), None)
    if title is None:
        return None
    word = title.tokens[-1]
    if len(title.tokens) == 1 and word.lower_ in HEADS_OF:
        body = [c for p in children(word) if p.dep_ == "prep" and p.lower_ == "of"
                for c in children(p) if c.dep_ == "pobj"]
        led = [m for m in scan(list(body[0].subtree), True) if m.role] if body else []
        if led:
            return led[0].role  # its first: "the main opposition Democratic Party" is the opposition
    return title.role


def others_of(matches: list[Match]) -> bool:
    """Whether the phrase names an organisation or a place of the tables'."""
    return any(m.entry and m.entry.kind != "person" for m in matches)


def short_form_owner(nouns: list[Token], head: Token, memory: ArticleMemory) -> tuple[Token, Actor] | None:
    """An acronym the article defined, modifying a spokesman ("TPNPB spokesman Sebby Sambom", "the RSF
    spokesman"): (the acronym, the organisation it stands for)."""
    if not any(t.lower_ in SPEAKS_FOR for t in nouns):
        return None
    for tok in nouns:
        if tok is not head and tok.text.isupper() and len(tok.text) >= 2 and tok.dep_ == "compound":
            known = memory.resolve_name(tok.text)
            if known is not None and known.kind != "person":
                return tok, known
    return None


def possessor_country(head: Token, actor: Actor, memory: ArticleMemory) -> Actor:
    """"his government", "her ministers": a body of the person the pronoun names is of that
    person's state (rule ``+possessor``)."""
    poss = next((c for c in children(head) if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    owner = memory.referent(poss.lower_) if poss is not None else None
    if owner is None or owner.country is None or owner.country in INTERNATIONAL_CODES:
        return actor
    return of_country(actor, owner.country, "possessor")


# Nouns for a state as a whole: "his country" is the state of the person "his" names.
STATE_NOUNS = frozenset({"country", "nation", "homeland", "motherland", "fatherland"})


def _pronoun_owner(head: Token, nouns: frozenset[str], memory: ArticleMemory | None,
                   saying_more: tuple[str, ...]) -> tuple[Actor, int, int] | None:
    """(the person "his"/"her" names, the phrase's start and end in the document) for a bare noun of
    ``nouns`` with that possessor; None where the phrase says more (a dependant of ``saying_more``)."""
    if memory is None or head.lemma_.lower() not in nouns or head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    kids = children(head)
    poss = next((c for c in kids if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if poss is None or any(c.dep_ in saying_more for c in kids):
        return None
    owner = memory.referent(poss.lower_)
    return (owner, poss.idx, head.idx + len(head)) if owner is not None else None


def owners_state(head: Token, memory: ArticleMemory | None, offset: int = 0) -> Actor | None:
    """"his country", "her nation": the state of the person the pronoun names, as a country actor
    (rule ``possessor``); None where the phrase says more ("his country's army" is coded by its own
    head) or the person has no state of their own."""
    found = _pronoun_owner(head, STATE_NOUNS, memory, ("amod", "compound", "prep"))
    if found is None or found[0].country is None or found[0].country in INTERNATIONAL_CODES:
        return None
    owner, start, end = found
    return Actor(text=head.doc.text[start:end], code=owner.country, country=owner.country, role=None, name=None,
                 start=start + offset, end=end + offset, rule="possessor", kind="country")


def owners_group(head: Token, memory: ArticleMemory | None, offset: int = 0) -> Actor | None:
    """"his group", "her movement": the group of no state that the person the pronoun names leads or
    speaks for ("Houthi leader Abdul Malik al-Houthi said his group would attack"; rule ``possessor``).
    None for a person of a state's organs ("his group" of a minister is no armed group) or a phrase
    that says more ("his armed group's fighters" is coded by its own head)."""
    found = _pronoun_owner(head, GROUP_WORDS, memory, ("compound", "prep"))
    if found is None:
        return None
    owner, start, end = found
    if not owner.code or owner.first_role not in GROUP_ROLES and not owner.code.startswith(("NGO", "IMG")):
        return None
    return replace(owner, text=head.doc.text[start:end], name=None, start=start + offset, end=end + offset,
                   rule=f"{owner.rule}+possessor", kind="organisation")


def leader_country(head: Token, actor: Actor, code_body: Callable[[Token], Actor | None]) -> Actor:
    """"the Somali delegation, led by Permanent Secretary X": whoever leads or heads a body is of
    the body's state (rule ``+leads``), as is who a clause says leads it ("The Islamic Emirate's
    delegation was led by the Minister of Defense, X"); ``code_body`` codes the body's noun phrase."""
    while head.dep_ == "appos":
        head = head.head  # the title the name stands beside
    prep = head.head if head.dep_ == "pobj" else None
    verb = prep.head if prep is not None and prep.lower_ == "by" else None
    if verb is None or verb.lemma_.lower() not in LEADING:
        return actor
    if verb.dep_ in ("acl", "relcl"):
        led = verb.head if verb.head.pos_ == "NOUN" else None
    else:
        led = next((c for c in children(verb) if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)
    body = code_body(led) if led is not None else None
    if body is None or body.country is None or body.country in INTERNATIONAL_CODES:
        return actor
    return of_country(actor, body.country, "leads")
