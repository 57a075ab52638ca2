"""Subjects the parser hung elsewhere: a finite verb with no subject of its own whose subject the parser
took for the object of a preceding date phrase or conjunction, or hung on an earlier phrase (a name
before the verb, or one set off by a relative clause). Each returns the subject's heads, else []."""
from __future__ import annotations

from spacy.tokens import Token

from ..dates import is_month_name, is_weekday_name
from ..nlp import children
from .syntax import _with_conjuncts


def _time_name(word: str) -> bool:
    return is_weekday_name(word) or is_month_name(word)


def subject_in_date_phrase(verb: Token) -> list[Token]:
    """"On Sunday Kobakhidze blamed ...": the parser takes the name after a day or month for the
    preposition's object (with the day as its compound); a finite verb with no subject of its own has
    it there."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return []
    for prep in children(verb):
        if prep.dep_ == "prep" and prep.i < verb.i and prep.lower_ in ("on", "in", "at"):
            for pobj in children(prep):
                if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN" and not _time_name(pobj.text) \
                        and any(c.dep_ == "compound" and _time_name(c.text) for c in children(pobj)):
                    return [pobj]
    return []


def subject_under_mark(verb: Token) -> list[Token]:
    """"a day after Azerbaijan launched an offensive": the parser takes the subject of a clause its
    conjunction opens for the conjunction's object, as if "after" were a preposition; a finite verb with
    no subject of its own has it there, right before it."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return []
    for mark in children(verb):
        if mark.dep_ == "mark" and mark.i < verb.i:
            nouns = [o for o in children(mark) if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and o.i < verb.i
                     and o.right_edge.i == verb.i - 1]
            if nouns:
                return _with_conjuncts(nouns[0])
    return []


def stranded_subject(verb: Token) -> list[Token]:
    """A finite main verb has a subject; where the parser hung the name just before it on an earlier
    phrase ("On a visit to Zimbabwe, President Cyril Ramaphosa voiced ...": a conjunct of Zimbabwe)
    or misread it ("USAID provided ...", "Nauru restored ...": an adverb), that name is the subject; so
    is a name whose relative clause, set off by commas, ends just before the verb ("In Addis Ababa, UN
    Secretary-General Antonio Guterres, who was on a visit, hailed ...": an apposition of the place)."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return []
    prev = verb.doc[verb.i - 1]
    if prev.text == "," and verb.i >= 2:
        prev = _before_relative(verb) or prev
    named = prev.pos_ in ("PROPN", "NOUN") or prev.is_upper and prev.is_alpha and len(prev) > 1
    misread = prev.head == verb and prev.dep_ in ("advmod", "npadvmod", "dep") and (prev.is_upper or prev.pos_ == "PROPN")
    return [prev] if named and (prev.head.i < prev.i or misread) else []


def _before_relative(verb: Token) -> Token | None:
    """The name a comma-set relative clause ending just before the verb describes: the word before the
    comma that opens it, wherever the parser hung the clause ("In Kampala, UN Secretary-General Ban
    Ki-moon, who was on a visit, hailed ...": on Kampala)."""
    doc = verb.doc
    clause = next((c for t in doc[:verb.i - 1] for c in t.children
                   if c.dep_ == "relcl" and c.right_edge.i == verb.i - 2), None)
    if clause is None or clause.left_edge.i < 2 or doc[clause.left_edge.i - 1].text != ",":
        return None
    return doc[clause.left_edge.i - 2]
